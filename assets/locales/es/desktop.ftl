## La app en el escritorio: abrirse al iniciar sesión, y la pausa pedida
## desde fuera de la ventana (un atajo de teclado ejecuta `stillpoint pause`).

# El comentario de la entrada de inicio automático, que muestra la lista
# de programas que se abren al iniciar sesión.
desktop-autostart-comment = Abre Stillpoint en silencio al iniciar sesión, para que las campanas de tu escritorio puedan sonar
desktop-start-at-login = Abrir Stillpoint al iniciar sesión
desktop-start-at-login-hint = Se abre en silencio, en la bandeja (o minimizado donde no hay bandeja), y las campanas del escritorio suenan si están activadas.
desktop-autostart-cannot-write = No se pudo hacer que Stillpoint se abra al iniciar sesión: no se pudo escribir { $path } ({ $reason }). Podrías comprobar que se puede escribir en esa carpeta e intentarlo de nuevo.
desktop-autostart-cannot-remove = No se pudo hacer que Stillpoint deje de abrirse al iniciar sesión: no se pudo quitar { $path } ({ $reason }). Podrías quitar ese archivo a mano.
desktop-pause-handed = La pausa comienza en el Stillpoint que ya está en marcha, en su ventana.
desktop-cannot-listen = `stillpoint pause` no puede llegar a esta ventana ({ $reason }); el comando abre otra ventana en su lugar

## La ayuda de la línea de comandos para la opción y el comando de arriba.

help-background = Sin comando: abre la app en silencio, en la bandeja o minimizada, con las campanas del escritorio sonando (como cuando se abre al iniciar sesión)
help-pause = Toma ahora la pausa de tres minutos, en la app abierta o en una ventana nueva
help-pause-long =
    Toma ahora la pausa de tres minutos, en la app abierta o en una ventana nueva.

    Un atajo de teclado de tu escritorio puede ejecutarlo, para hacer una pausa con solo pulsar una tecla.

## Notificaciones, el icono de la bandeja y cerrar la ventana mientras las
## campanas del escritorio están activadas.

desktop-open = Abrir Stillpoint
desktop-reminder-heading = Un momento para practicar
desktop-reminder-body = Aún no has practicado hoy. Podrías tomarte unos minutos cuando te venga bien.
# La hora de una campana más tarde hoy, en el menú de la bandeja (un patrón de chrono).
desktop-tray-time-today = %H:%M
desktop-tray-next-bell = Próxima campana a las { $when }
desktop-tray-bells-off = Las campanas del escritorio están desactivadas
desktop-tray-quiet-until = Campanas en silencio hasta { $when }
desktop-tray-quiet-hour = Silenciar las campanas durante una hora
desktop-tray-quiet-tomorrow = Silenciar las campanas hasta mañana
desktop-tray-resume = Dejar que las campanas vuelvan a sonar
desktop-tray-take-pause = Tomar la pausa ahora
desktop-pause-offer-in-tray = ¿Te gustaría una pausa de tres minutos? Te espera en el menú del icono de Stillpoint, con las otras respuestas a la campana.
desktop-tray-offer = Una campana a las { $when }: se ofrece una pausa
desktop-tray-quit = Salir de Stillpoint
desktop-reminder = Un recordatorio amable los días en que aún no has practicado
desktop-reminder-at = a las (hora)
desktop-reminder-minute = y minuto
desktop-no-notifications = Este escritorio no tiene un servicio de notificaciones al que Stillpoint pueda llegar, así que la invitación a una pausa aparece en la ventana de Stillpoint, y el recordatorio diario no puede llegar.
desktop-no-tray = Este escritorio no muestra iconos de bandeja para Stillpoint, así que las campanas suenan mientras la ventana de Stillpoint está abierta.
desktop-close-heading = ¿Mantener las campanas?
desktop-close-question = Las campanas de tu escritorio están activadas. Al cerrar la ventana, Stillpoint puede quedarse en la bandeja y seguir haciéndolas sonar.
desktop-close-keep = Mantener las campanas en la bandeja
desktop-close-quit = Salir
desktop-close-choice = Cuando cierro la ventana con las campanas activadas
desktop-close-ask = Preguntarme
desktop-state-unreadable = no se pudo leer { $path } ({ $reason }); las campanas vuelven a sonar según lo previsto, sin ningún silencio guardado
desktop-state-cannot-save = no se pudo escribir { $path } ({ $reason }); el silencio pedido desde la bandeja dura hasta que Stillpoint se cierre
desktop-no-sound-device = no se pudo abrir ningún dispositivo de sonido ({ $reason }); la campana se ofrece sin su sonido
desktop-tray-only-failed = las campanas no pudieron quedarse en la bandeja ({ $reason }); se abre la ventana en su lugar
desktop-cannot-keep-in-tray = las campanas no pudieron pasar a la bandeja ({ $reason }); abre Stillpoint de nuevo para oírlas

## Why a bell did not ring

desk-held-do-not-disturb = «No molestar» está activado
desk-held-fullscreen = hay una ventana a pantalla completa
desk-held-in-a-call = hay una llamada o una grabación en curso
desk-held-screen-locked = la pantalla está bloqueada
desk-held-away = estás fuera
desk-held-on-battery = el equipo funciona con batería
desk-held-quiet = un silencio que pediste
desk-held-outside-hours = fuera del horario de las campanas
desk-held-off = las campanas del escritorio están desactivadas
desk-would-ring = Ahora sonaría una campana.
desk-held = En espera: { $reasons }.
desk-status-on = Campanas en el escritorio: activadas, cada { $minutes } min, de { $from }:00 a { $to }:00
desk-status-off = Campanas en el escritorio: desactivadas
desk-status-next = Próxima campana: { $time }
desk-status-quiet = En silencio hasta { $time }
