## cohort: la vista Cohorte, la espera de una sesión compartida y lo que
## encuentra la lectura de la carpeta de la cohorte.

cohort-back = Volver a la biblioteca
cohort-heading = Cohorte
cohort-paste-invitation = Practicar juntos: pega una invitación
cohort-open-invitation = Abrir
cohort-session-not-in-library = La sesión «{ $session }» no está en tu biblioteca; puedes pedir su archivo a quien te invitó.

## Practicar con una cohorte.

cohort-membership = Practicas con la cohorte de { $folder } como { $name }.
# $first_day es el primer día de la semana, escrito con date-weekday-day-month.
cohort-week-of = La semana del { $first_day }:
cohort-member-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
cohort-member-minutes = { $minutes } min
cohort-member-streak = { $days ->
    [one] { $days } día seguido
   *[other] { $days } días seguidos
}
cohort-together-minutes = Juntos: { $minutes } min esta semana.
cohort-together-days = { $days ->
    [one] Juntos: un día de esta semana en el que practicaron todos; { $minutes } min en total.
   *[other] Juntos: { $days } días de esta semana en los que practicaron todos; { $minutes } min en total.
}
cohort-rank-by-minutes = Ordenar por minutos de esta semana (para toda la cohorte)
cohort-leave = Dejar la cohorte
cohort-not-shared = No se pudo compartir tu práctica: { $reason }
cohort-settings-not-saved = No se pudieron guardar los ajustes de la cohorte: { $reason }

## Unirse.

cohort-join-intro = Practica junto a tu cohorte: elige una carpeta que la herramienta de sincronización de la cohorte (Syncthing, Nextcloud, Dropbox, una carpeta de red) mantenga al día entre todos. Stillpoint solo escribe ahí tu propio archivo, con los días en que practicas y tus minutos; nunca tus notas.
cohort-join-folder = Carpeta
cohort-join-name = Tu nombre
cohort-join-share-domains = Compartir los dominios que practico
cohort-join-share-streak = Compartir mi racha
cohort-join = Unirme
cohort-join-name-needed = Escribe un nombre con el que la cohorte te reconozca.
cohort-join-not-a-folder = { $folder } no es una carpeta de este equipo.
cohort-join-failed = No fue posible unirte a la cohorte: { $reason }

## Esperar a que empiece una sesión compartida.

# $when es cuándo empieza: «a las 15:00» o «el jueves 10 de diciembre a las 15:00».
cohort-waiting-together = Juntos, { $when }
# $left es un reloj como 1:00 o 23:30:00.
cohort-waiting-first-bell = Primera campana en { $left }
cohort-waiting-settle = Quizá quieras buscar tu lugar y dejar que los demás también lleguen.
cohort-waiting-leave = Esta vez no

## Leer la carpeta de la cohorte (también lo muestra la línea de órdenes).
## $file es el nombre de un archivo de la carpeta.

cohort-share-problem = no se pudo compartir tu práctica con la cohorte de { $folder }: { $reason }
cohort-folder-unreadable = no se puede leer la carpeta de la cohorte { $folder }: { $reason }
cohort-warning-settings-unreadable = { $file }: no se puede leer; los ajustes de la cohorte quedan con sus valores predeterminados
cohort-warning-sync-copy = { $file }: parece una copia hecha por una herramienta de sincronización; se omite
cohort-warning-conflict-copy = { $file }: parece una copia de conflicto hecha por una herramienta de sincronización; se omite
cohort-warning-unreadable = { $file }: no se puede leer ({ $reason }); se omite
# $format es la versión del formato del archivo, más nueva de lo que lee este Stillpoint.
cohort-warning-newer = { $file }: lo escribió un Stillpoint más nuevo (formato { $format }); se omite
cohort-warning-other-member = { $file }: dentro nombra a otro miembro; se omite
cohort-warning-incomplete = { $file }: incompleto, quizá aún se está sincronizando; se omite
cohort-warning-link = { $file }: un enlace, no un archivo de la propia carpeta; se omite
cohort-warning-too-large = { $file }: más grande de lo que puede ser el archivo de un miembro ({ $most }); se omite
cohort-warning-invalid = { $file }: no es un archivo de miembro como los que escribe Stillpoint ({ $reason }); se omite
cohort-invalid-name = un nombre de más de { $most } caracteres
cohort-invalid-date-twice = { $date } aparece dos veces
cohort-invalid-date-outside = { $date } queda fuera de los { $days } días anteriores a cuando se escribió
cohort-invalid-minutes = { $minutes } minutos el { $date }, más de lo que cabe en un día

## Una sola práctica en cada computadora: el registro compartido en una carpeta.
devices-error-name = el nombre de una computadora es una sola línea de 1 a { $most } caracteres
devices-error-not-a-folder = { $folder } es un archivo, no una carpeta
devices-error-folder-missing = la carpeta compartida { $folder } no está (¿está desmontada o aún no se ha sincronizado?)
devices-error-folder-is-data = { $folder } está dentro de la carpeta de datos de Stillpoint; elige la carpeta que comparte tu herramienta de sincronización
devices-error-write = no se puede escribir { $path }: { $reason }
devices-error-not-linked = esta computadora no está vinculada a una carpeta compartida
devices-this-computer = Esta computadora
devices-unnamed = Una computadora ({ $id }…)
devices-warning-too-many = { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
} de la carpeta compartida quedan fuera: se leen como mucho los registros de { $most } computadoras y { $copies } copias hechas por una herramienta de sincronización
devices-warning-not-a-file = { $file }: no es un archivo propio de la carpeta (es un enlace o una carpeta); se omite
devices-warning-too-large = { $file }: es más grande de lo que puede ser un registro de práctica ({ $most }); se omite
devices-warning-unreadable = { $file }: no se puede leer ({ $reason }); se omite
devices-warning-newer = { $name }: escrito por un Stillpoint más nuevo (formato { $format }); su práctica se mostrará cuando actualices este
devices-warning-torn = { $file }: su última línea todavía se está escribiendo; se leerá cuando esté completa
devices-warning-other-computer = { $file }: dentro nombra otra computadora; se omite
devices-warning-name = { $file }: el nombre de una computadora tiene { $most } caracteres como mucho; se omite
devices-warning-lines = { $name }: { $count ->
    [one] 1 línea
   *[other] { $count } líneas
} de su registro no se pudieron leer (dañadas o de un Stillpoint más nuevo); el resto se cuenta
devices-folder-unreadable = no se puede leer la carpeta compartida { $folder } ({ $reason }); la práctica de tus otras computadoras se muestra como se leyó la última vez
devices-not-shared = tu práctica queda guardada en esta computadora, pero no se puede escribir en la carpeta compartida { $folder } ({ $reason }); se escribirá allí en cuanto se pueda
devices-folder-away = la carpeta no está
devices-id-taken = otra computadora escribe allí con el identificador de esta (¿se copió su carpeta de datos desde esta?); ejecuta de nuevo `stillpoint devices link` en esta computadora para darle un identificador propio
devices-folder-away-said = la carpeta compartida { $folder } no está, o ya no tiene los archivos de esta computadora (¿desmontada o aún sin sincronizar?): tu práctica queda guardada en esta computadora y se escribirá allí cuando vuelva, y la práctica de tus otras computadoras se muestra como se leyó la última vez. Si la carpeta cambió de lugar, vuelve a vincular esta computadora a ella
