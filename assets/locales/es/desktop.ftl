## La app en el escritorio: abrirse al iniciar sesión, y la pausa pedida
## desde fuera de la ventana (un atajo de teclado ejecuta `stillpoint pause`).

# El comentario de la entrada de inicio automático, que muestra la lista
# de programas que se abren al iniciar sesión.
desktop-autostart-comment = Abre Stillpoint en silencio al iniciar sesión, para que las campanas de tu escritorio puedan sonar
desktop-start-at-login = Abrir Stillpoint al iniciar sesión
desktop-start-at-login-hint = Se abre en silencio, minimizado, y las campanas del escritorio suenan si están activadas.
desktop-autostart-cannot-write = No se pudo hacer que Stillpoint se abra al iniciar sesión: no se pudo escribir { $path } ({ $reason }). Podrías comprobar que se puede escribir en esa carpeta e intentarlo de nuevo.
desktop-autostart-cannot-remove = No se pudo hacer que Stillpoint deje de abrirse al iniciar sesión: no se pudo quitar { $path } ({ $reason }). Podrías quitar ese archivo a mano.
desktop-pause-handed = La pausa comienza en la ventana de Stillpoint que ya está abierta.
desktop-cannot-listen = `stillpoint pause` no puede llegar a esta ventana ({ $reason }); el comando abre otra ventana en su lugar

## La ayuda de la línea de comandos para la opción y el comando de arriba.

help-background = Sin comando: abre la app en silencio, minimizada, con las campanas del escritorio sonando (como cuando se abre al iniciar sesión)
help-pause = Toma ahora la pausa de tres minutos, en la app abierta o en una ventana nueva
help-pause-long =
    Toma ahora la pausa de tres minutos, en la app abierta o en una ventana nueva.

    Un atajo de teclado de tu escritorio puede ejecutarlo, para hacer una pausa con solo pulsar una tecla.
