## cli
## Lo que escribe la orden `stillpoint`. Los ids, los nombres de archivo,
## los códigos y el JSON se quedan como están; aquí solo van las palabras
## que los rodean.

## Compartido por las órdenes

# Delante de una línea que pide atención pero no detiene nada.
cli-warning = aviso: { $message }
cli-note = nota: { $message }
cli-error = error: { $message }
# Entre los elementos de una lista escrita en una sola línea.
cli-separator = {", "}
# Minutos de práctica, y días.
cli-minutes = { $minutes } min
cli-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
# La práctica registrada sin dominio.
cli-domain-other = otro
# Se dice de algo que no se pudo usar, un sonido o la voz.
cli-left-out = { $what } quedó fuera: { $error }
cli-duration-hint = { $error }; escribe las duraciones así: "90s", "5m" o "1h 10m"
cli-no-data-folder = no se encuentra una carpeta de datos; puedes indicar una con --data-dir
cli-no-synthesizer = no hay ningún sintetizador de voz instalado (espeak-ng), así que la guía se muestra, pero no se lee en voz alta
cli-cannot-write = no se puede escribir { $file }
cli-cannot-open = no se puede abrir { $file }
cli-cannot-remove = no se puede eliminar { $file }

## Encontrar una sesión

cli-no-session-with-id = no hay ninguna sesión con el id "{ $id }"; `stillpoint list` las muestra todas
cli-no-session-did-you-mean = no hay ninguna sesión con el id "{ $id }"; ¿quisiste decir "{ $suggestion }"?
cli-session-has-errors = { $name } tiene errores y no se puede reproducir

## stillpoint list

cli-list-with-errors = Sesiones con errores (`stillpoint validate` te muestra los detalles)
cli-list-own-sessions-folder = Tus propias sesiones van en { $folder }

## stillpoint log

cli-log-empty = Todavía no hay práctica registrada. Las sesiones que reproduzcas se registran aquí.
cli-log-ended-early = (terminada antes)
cli-log-interrupted = (interrumpida)
cli-log-no-entry = no hay ninguna entrada con el id "{ $id }"; `stillpoint log` las muestra
cli-log-note-saved = La nota de «{ $title }» del { $date } está guardada.
cli-log-deleted = Se borró «{ $title }» del { $date }. `stillpoint log restore { $id }` la recupera.
cli-log-restored = Se recuperó «{ $title }» del { $date }.
cli-log-marked = "{ $title }" del { $date } está en tu portafolio: su nota entra en los informes.
cli-log-marked-no-note = "{ $title }" del { $date } está en tu portafolio. Aún no tiene nota: `stillpoint log note { $id } TEXTO` añade una para los informes.
cli-log-unmarked = "{ $title }" del { $date } ya no está en tu portafolio.
cli-log-added = Registrados { $minutes } min de «{ $title }» el { $date } ({ $id }).
cli-log-bad-start = --start `{ $text }` no es una hora en RFC 3339 ({ $reason }); escríbela así: 2026-11-24T07:30:00+01:00
cli-log-recovered = «{ $title }» se detuvo antes de terminar, el { $date }; sus { $minutes } min están en tu registro de práctica, marcados como interrumpidos.
cli-log-unreadable-saved-session = no se pudo leer una sesión guardada: { $problem }
# Las fechas del registro: un día, y un momento con su diferencia con UTC.
cli-date-day = %d/%m/%Y
cli-date-moment = %d/%m/%Y %H:%M %:z
cli-date-moment-local = %d/%m/%Y %H:%M

## stillpoint stats

cli-stats-empty = Todavía no hay práctica registrada. Tus estadísticas empiezan con tu primera sesión.
cli-stats-today = Hoy ({ $date }): { $minutes } min
cli-stats-streak = Racha: { $current }; la más larga, { $longest }
cli-stats-streak-waiting = Racha: { $current } (la práctica de hoy la continuará); la más larga, { $longest }
cli-stats-in-all = En total: { $total } en { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, a lo largo de { $days }; { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } min por sesión en promedio
cli-stats-this-week = Esta semana: { $minutes } min
cli-goal = { $minutes } min en { $days ->
    [one] un día
   *[other] { $days } días
} a la semana
cli-goal-set = Meta semanal fijada: { $goal } de práctica formal (sesiones, llamadas, retiros).
cli-goal-off = La meta semanal está desactivada.
cli-goal-none = No hay meta semanal. `stillpoint goal set --minutes 20 --days 5` fija una.
cli-goal-this-week = Meta: { $goal }. Esta semana: { $days } de { $wanted } días.
cli-goal-weeks-met = Cumplida en { $met } de las últimas { $weeks } semanas:
cli-goal-met = cumplida
cli-report-format = "{ $file }": un informe se escribe como PDF (.pdf) o Markdown (.md)
cli-report-written = Informe escrito en { $file }, con { $reflections ->
    [one] una reflexión
   *[other] { $reflections } reflexiones
}.
cli-report-missing-font = ninguna fuente de este equipo tiene { $letters }: se ven como cuadros vacíos (Debian: instala fonts-noto-core y fonts-noto-cjk)
cli-not-a-date = "{ $given }" no es una fecha como 2026-10-01
cli-stats-by-domain = Por dominio: { $domains }
cli-stats-domain-minutes = { $domain } { $minutes } min
cli-stats-weeks = Minutos por semana, { $weeks ->
        [one] la última semana
       *[other] las últimas { $weeks } semanas
    }:
cli-stats-milestones = Logros:
cli-stats-milestone = { $title } ({ $date })

## stillpoint export e import

cli-export-done = { $count ->
        [one] Se exportó { $count } entrada
       *[other] Se exportaron { $count } entradas
    } a { $file }.
cli-import-left-out = { $reason }; se deja fuera
cli-import-cut-short = { $reason }, así que el archivo se corta aquí; las sesiones anteriores a esta línea se importan. Puedes exportarlo de nuevo para traer el resto.
cli-import-done = Importado de { $file } ({ $format }): { $added } añadidas, { $already } ya estaban en tu registro, { $skipped } omitidas.
cli-import-done-cut-short = Importado de { $file } ({ $format }): { $added } añadidas, { $already } ya estaban en tu registro, { $skipped } omitidas; el archivo se interrumpe en la línea { $line }.

## stillpoint play

cli-play-name-a-session = indica una sesión para reproducir, o una invitación con --invite
cli-play-clock-not-synchronized = el reloj de esta computadora no se sincroniza con un servidor de hora, así que sus campanas podrían no sonar a la vez que las de los demás
cli-play-begins-together = «{ $title }» comienza para todos { $when }: faltan { $left }
cli-play-joining = Te unes { $late } después de la primera campana.
cli-play-joining-in-series = Te unes { $late } después de la primera campana ({ $place }).
cli-play-keys = espacio pausa · s salta un paso · + añade un minuto · q termina
cli-play-speech-failed = la guía ya no se puede leer en voz alta ({ $why }); sigue como texto
cli-play-completed = Completada: «{ $title }», { $practised } de práctica.
cli-play-ended-early = Terminada antes: «{ $title }», { $practised } de práctica.
cli-play-logged = Anotada en tu registro de práctica.
cli-play-not-logged = Esta sesión todavía no se pudo registrar: { $problem }
cli-play-logged-later = Se guarda, y se registrará la próxima vez que se abra Stillpoint.
# La línea bajo la guía mientras una sesión suena en la terminal.
cli-play-status-settling = acomodándote · primera campana en { $left }
cli-play-status-left = paso { $step } de { $steps } · quedan { $left }
cli-play-status-so-far = paso { $step } de { $steps } · { $position } hasta ahora
cli-play-status-paused = en pausa
cli-play-status-separator = {" · "}

## stillpoint show

cli-show-id = id: { $id }
cli-show-domain = dominio: { $domain }
cli-show-domain-lens = dominio: { $domain }, enfoque: { $lens }
cli-show-length = duración: { $length }
cli-show-author = por { $author }
cli-show-tags = etiquetas: { $tags }
cli-show-steps = Pasos:
cli-show-steps-for-length = Pasos, para una sesión de { $length }:
cli-show-until-you-end-it = hasta que la termines
cli-show-afterwards = Después: { $reflection }
# Las columnas de `show --stats`.
cli-pacing-step = paso
cli-pacing-session = sesión
cli-pacing-length = duración
cli-pacing-minutes = minutos
cli-pacing-cues = frases
cli-pacing-words = palabras
cli-pacing-screen = pantalla
cli-pacing-speaking = voz
cli-pacing-top-step = paso máx.
cli-pacing-open = abierta
cli-pacing-minutes-value = { NUMBER($minutes, minimumFractionDigits: 1, maximumFractionDigits: 1) }
cli-pacing-step-notes = pantalla: el mayor número de palabras en pantalla a la vez. voz: la parte del paso que ocupa la guía leída a 110 palabras por minuto.
cli-pacing-library-notes = pantalla: el mayor número de palabras en pantalla a la vez. voz: la parte de la sesión que ocupa la guía leída a 110 palabras por minuto; paso máx.: la parte más alta de cualquier paso.

## stillpoint timeline

cli-timeline-ends = { $title } — termina en { $end } (antes, { $settle } para acomodarte)
cli-timeline-open-ended = { $title } — sin duración fija; se muestra la primera hora del paso abierto
cli-timeline-kind = { $kind ->
        [step] paso
        [cue] frase
        [bell] campana
        [voice] voz
        [ambient] ambiente
       *[end] fin
    }
cli-timeline-strike = ({ $strike } de { $strikes })

## stillpoint render

cli-render-wrote = se escribió { $file }: «{ $title }», { $length } (48 kHz estéreo, 16 bits)
cli-render-wrote-spoken = se escribió { $file }: «{ $title }», { $length } (48 kHz estéreo, 16 bits, con la guía leída en voz alta)

## stillpoint new

cli-new-default-title = Mi sesión
cli-new-cannot-make-folder = no se puede crear la carpeta { $folder }
cli-new-exists = { $file } ya existe; elige otro nombre (no se cambió nada)
cli-new-cannot-write = no se puede escribir { $file }: { $error }
cli-new-wrote = Se escribió { $file }: una sesión { $template ->
        [timer] de temporizador
        [flexible] flexible
       *[guided] guiada
    } con el id "{ $id }".
cli-new-open-it = Puedes abrirlo en cualquier editor de texto; `stillpoint validate { $file }` lo revisa.
cli-new-keep-it-in = Para verla en la biblioteca, guárdala en { $folder } (o cópiala allí).

## stillpoint validate

cli-validate-cannot-read = no se puede leer { $path }: { $error }
cli-validate-ok-session = ok  { $file }  { $id }: «{ $title }», { $domain }, { $length }
cli-validate-ok-program = ok  { $file }  programa { $id }: «{ $title }», { $modules ->
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }
cli-validate-summary = { $files ->
        [one] { $files } archivo de sesión revisado
       *[other] { $files } archivos de sesión revisados
    }: { $good } correctos, { $bad } con errores, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
cli-validate-nothing-found = no se encontró ningún archivo de sesión (*.ron)

## stillpoint invite

cli-invite-bad-at = --at `{ $text }` no es una hora en RFC 3339 ({ $reason }); escríbela así: 2026-11-27T15:00:00+01:00
cli-invite-no-end = { $problem }; indica con --length cuánto dura la sesión para todos
cli-invite-cannot-write-calendar = no se puede escribir el archivo de calendario { $file }
cli-invite-wrote-calendar = Se escribió { $file }: ábrelo para añadir la sesión a un calendario (si la añades otra vez, se actualiza el mismo evento).
cli-invite-wrote = Se escribió { $file }.
cli-invite-already-ended = Nota: esta sesión ya terminó ({ $date } UTC); a quien abra el código se le dirá. Puedes indicar un --at posterior para invitar a otras personas.
cli-invite-share = «{ $title }», el { $date } ({ $utc } UTC). Comparte este código; con `stillpoint play --invite CODE` se unen:
cli-invite-share-repeating = «{ $title }», el { $date } ({ $utc } UTC), { $repeats }. Comparte este código; con `stillpoint play --invite CODE` se unen:
cli-invite-is-a-folder = { $file } es una carpeta; indica el nombre de un archivo para escribir en ella
cli-invite-no-folder = no se puede escribir { $file }: la carpeta { $folder } no existe
cli-date-invite-ended = %A %-d de %B de %Y, %H:%M
cli-date-invite-start = %A %-d de %B, %H:%M %:z
cli-date-utc-time = %H:%M

## stillpoint cohort

cli-cohort-give-a-name = indica el nombre con el que te conoce la cohorte: --name NOMBRE
cli-cohort-name-too-long = un nombre de { $most } caracteres como mucho, en una sola línea, por favor: los demás lo ven junto al suyo
cli-cohort-folder-not-found = no se encuentra la carpeta de la cohorte { $folder }
cli-cohort-not-a-folder = { $folder } no es una carpeta
cli-cohort-cannot-save = no se puede guardar { $file }
cli-cohort-shared-days = los días en que practicas
cli-cohort-shared-minutes = tus minutos
cli-cohort-shared-domains = los dominios
cli-cohort-shared-streak = tu racha
cli-cohort-joined = Te uniste a la cohorte de { $folder } como { $name }. Se comparte: { $shared }; nunca tus notas.
cli-cohort-cannot-share = no se puede escribir tu archivo en la carpeta de la cohorte { $folder }
cli-cohort-not-in-one = no estás en ninguna cohorte
cli-cohort-not-in-one-join = no estás en ninguna cohorte; `stillpoint cohort join DIR --name NAME` te une a una
cli-cohort-week = La cohorte de { $folder }, semana del { $date }:
cli-cohort-member = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $minutes } min
cli-cohort-member-streak = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $minutes } min, { $streak ->
        [one] { $streak } día seguido
       *[other] { $streak } días seguidos
    }
cli-cohort-together = Juntos: { $days ->
        [0] todavía ningún día en que hayan practicado todos
        [one] { $days } día en que practicaron todos
       *[other] { $days } días en que practicaron todos
    }; { $minutes } min en total.
cli-cohort-left = Dejaste la cohorte de { $folder }; tu archivo allí se eliminó, y los de los demás siguen como estaban.
cli-cohort-cannot-save-settings = no se pueden escribir los ajustes de la cohorte en { $folder }
cli-cohort-ranking-on = Ahora la cohorte se ordena por los minutos de esta semana, para todos.
cli-cohort-ranking-off = La cohorte vuelve a ordenarse por nombre, para todos.

## stillpoint --help: la ayuda de cada orden y de cada argumento, según su
## lugar en el árbol de órdenes (help-log-add-minutes es `log add --minutes`).

help-stillpoint = Un reproductor de meditación de escritorio para el programa Compassionate Systems
help-data-dir = Guarda todo el estado de Stillpoint (registro de práctica, ajustes, tus propias sesiones) en DIR en lugar de la carpeta de datos habitual
help-list = Lista las sesiones de la biblioteca: el programa incluido y las tuyas
help-play = Reproduce una sesión
help-play-long =
    Reproduce una sesión.

    Con --no-gui suena en la terminal: una cuenta atrás en vivo y la guía a medida que llega; espacio pausa, s salta un paso, + añade un minuto, q termina.
help-play-session = Un archivo de sesión, o el id de una sesión incluida o tuya
help-play-invite = Únete a una sesión compartida: un archivo o código de invitación (de `stillpoint invite`). Si lo abres antes, cuenta hasta la primera campana; si lo abres tarde, te unes donde están los demás
help-play-length = Para una sesión flexible, la duración elegida; para una sin duración fija, cuándo termina sola
help-play-no-gui = Reproduce en la terminal en lugar de la ventana
help-play-speak = Con --no-gui: lee la guía en voz alta con el sintetizador de voz del sistema (espeak-ng), donde una frase no tiene grabación
help-invite = Invita a otras personas a sentarse juntas: una sesión cuya primera campana suena en el mismo momento para todos los que abren la invitación, una vez o cada tantos días o semanas
help-invite-session = Un archivo de sesión, o el id de una sesión incluida o tuya
help-invite-at = Cuándo suena la primera campana, en RFC 3339 con tu diferencia horaria, p. ej. 2026-11-27T15:00:00+01:00
help-invite-length = Para una sesión flexible, la duración que todos practican; para una sin duración fija, cuándo termina (algo que un evento de calendario necesita)
help-invite-every = Vuelve a sentarte cada N días o semanas (1d, 1w, 2w), --count veces en total
help-invite-count = Con --every, cuántas sesiones en total, contando la primera (de 1 a 100)
help-invite-rrule = O repite según una regla de calendario: FREQ=DAILY o FREQ=WEEKLY, INTERVAL, y COUNT o UNTIL, p. ej. "FREQ=WEEKLY;INTERVAL=2;COUNT=6"
help-invite-output = Escribe también la invitación en un archivo
help-invite-ics = Escríbela también como evento de calendario (.ics) para abrirlo en un calendario; si lo añades otra vez, se actualiza el mismo evento
help-show = Muestra una sesión: sus detalles, sus pasos y su guía
help-show-session = Un archivo de sesión, o el id de una sesión incluida o tuya
help-show-length = Para una sesión flexible, la duración para la que se reparten los pasos (por ejemplo "20m")
help-show-stats = Muestra en su lugar el ritmo: para cada paso, sus frases, sus palabras, el mayor número de palabras en pantalla a la vez y la parte que ocupa la guía leída a 110 palabras por minuto. Sin sesión, una línea por cada sesión de la biblioteca
help-timeline = Lista los eventos de una sesión en el tiempo: pasos, campanas, voz, ambiente, fin
help-timeline-long =
    Lista los eventos de una sesión en el tiempo: pasos, campanas, voz, ambiente, fin.

    Los tiempos se cuentan desde la primera campana, después de la cuenta atrás para acomodarte.
help-timeline-session = Un archivo de sesión, o el id de una sesión incluida o tuya
help-timeline-length = La duración para la que se reparte la sesión: para una sesión flexible, la duración elegida; para una sin duración fija, cuándo se termina
help-timeline-json = Escribe un arreglo JSON de eventos (`at_ms`, `kind`, `label`, ...)
help-render = Convierte una sesión en un archivo WAV, para escucharla en cualquier lugar o compartirla
help-render-long =
    Convierte una sesión en un archivo WAV, para escucharla en cualquier lugar o compartirla.

    El archivo empieza en la primera campana y dura exactamente lo que dura la sesión, campana final incluida.
help-render-session = Un archivo de sesión, o el id de una sesión incluida o tuya
help-render-output = El archivo WAV que se escribe
help-render-length = Para una sesión flexible, la duración elegida; una sesión sin duración fija necesita una, y termina ahí
help-render-speak = Lee la guía en voz alta en el archivo, con el sintetizador de voz del sistema (espeak-ng), donde una frase no tiene grabación
help-log = Muestra el registro de práctica: cada sesión practicada, de la más antigua a la más reciente
help-log-json = Escribe un arreglo JSON de entradas
help-log-add = Registra práctica fuera de la aplicación: una sesión, una llamada, un día de retiro, escritura reflexiva, práctica en la vida diaria o guiar a otras personas
help-log-add-start = Cuándo empezó, en RFC 3339 con tu diferencia con UTC en ese momento, p. ej. 2026-11-24T07:30:00+01:00. Esa diferencia es la que se registra
help-log-add-minutes = Cuántos minutos se practicaron
help-log-add-session = El id de la sesión practicada, si era una de la biblioteca
help-log-add-practice = El tipo de práctica: formal, informal, call (llamada), retreat (retiro), journaling (escritura) o teaching (guiar); si no, el tipo propio de la sesión, o formal
help-log-add-note = Una nota para guardar con ella
help-log-note = Reemplaza la nota de una entrada (un texto vacío la quita)
help-log-note-id = El id de la entrada, como lo muestra `stillpoint log`
help-log-note-text = La nota nueva, entre comillas; "" la quita
help-log-delete = Borra una entrada. Queda en el historial del archivo; `restore` la recupera
help-log-delete-id = El id de la entrada, como lo muestra `stillpoint log`
help-log-restore = Recupera una entrada borrada
help-log-restore-id = El id de la entrada
help-log-mark = Elige una entrada para tu portafolio: su nota entra en los informes
help-log-mark-id = El id de la entrada, como lo muestra `stillpoint log`
help-log-unmark = Saca una entrada de tu portafolio
help-log-unmark-id = El id de la entrada, como lo muestra `stillpoint log`
help-goal = Una meta semanal de práctica formal (sesiones, llamadas, retiros): al menos tantos minutos en tantos días a la semana. Sin subcomando, el avance de esta semana
help-goal-set = Fija la meta, p. ej. `--minutes 20 --days 5`
help-goal-set-minutes = Minutos de práctica formal con los que un día cuenta para la meta
help-goal-set-days = Días a la semana con esos minutos
help-goal-off = Quita la meta
help-desk = Las campanas en el escritorio: si ahora sonaría una campana y, si no, por qué
help-desk-status = Activadas o no, la próxima campana, un silencio pedido y cada motivo que retiene una campana ahora («No molestar», una ventana a pantalla completa, una llamada o una grabación, la pantalla bloqueada, tu ausencia, la batería, un silencio, el horario, las campanas desactivadas), leídos del escritorio como los leen las campanas
help-desk-status-json = Escribe JSON (`enabled`, `next_bell`, `quiet_until`, `held_by`)
help-devices = Una sola práctica en cada computadora que uses: comparte el registro a través de una carpeta que tu herramienta de sincronización mantiene al día entre tus computadoras
help-devices-link = Vincula esta computadora a una carpeta que tu herramienta de sincronización comparte entre tus computadoras (Syncthing, Nextcloud, Dropbox, una carpeta de red). Su práctica se escribe allí, y la de las demás se lee de allí
help-devices-link-dir = La carpeta compartida
help-devices-link-name = Cómo llamar a esta computadora, p. ej. "Laptop de la escuela": por omisión, el nombre que tenía o el que le da el sistema. Vincularla de nuevo con otro nombre le cambia el nombre
help-devices-status = Las computadoras vinculadas: cuándo escribió cada una por última vez y cuántas entradas tiene cada una
help-devices-status-json = Escribe JSON (`folder`, `computers` con `name`, `this_computer`, `left`, `last_wrote`, `entries`)
help-devices-unlink = Deja de compartir. El archivo de esta computadora se queda en la carpeta, marcado como retirado, y su práctica sigue contando en las demás
help-report = El registro de un periodo de práctica para la revisión del portafolio: un informe en PDF o Markdown, o sus cifras en JSON
help-report-long =
    El registro de un periodo de práctica para la revisión del portafolio: un informe en PDF o Markdown, o sus cifras en JSON.

    El periodo es de días de práctica: una sentada a la 01:30 del día siguiente al último, antes de la hora en que empieza el día, queda dentro. Las notas entran solo si están marcadas para el portafolio (`log mark`), salvo que se pida otra cosa.
help-report-from = El primer día de práctica, p. ej. 2026-10-01
help-report-to = El último día de práctica, p. ej. 2027-03-31
help-report-output = El archivo que se escribe: un PDF (.pdf) o Markdown (.md)
help-report-json = Escribe las cifras en JSON
help-report-name = El nombre que se imprime en la portada (tu nombre en la cohorte si no se da)
help-report-reflections = Qué reflexiones incluir: marked (marcadas, por defecto), none (ninguna) o all (todas)
help-new = Escribe un archivo de sesión nuevo para empezar, con notas sobre cada campo
help-new-long =
    Escribe un archivo de sesión nuevo para empezar, con notas sobre cada campo.

    El archivo es válido tal como está; cambia las palabras, los pasos y las campanas en cualquier editor de texto, y `stillpoint validate ARCHIVO` lo revisa.
help-new-file = El archivo que se escribe (se añade `.ron` si no tiene extensión). Ponlo en tu carpeta de sesiones para verlo en la biblioteca
help-new-template = Con qué tipo de sesión empezar
help-cohort = Practica con una cohorte a través de una carpeta compartida que tu herramienta de sincronización (Syncthing, Nextcloud, Dropbox, una carpeta de red) mantiene al día
help-cohort-join = Vincula una carpeta de cohorte y comparte allí tu práctica: los días en que practicas, tus minutos, los dominios (salvo que lo desactives) y, si quieres, tu racha. Nunca tus notas
help-cohort-join-dir = La carpeta compartida
help-cohort-join-name = El nombre con el que te conoce la cohorte
help-cohort-join-no-domains = No compartir los dominios que practicas
help-cohort-join-share-streak = Compartir también tu racha actual
help-cohort-status = Quién practicó esta semana, y los días en que practicaron todos
help-cohort-status-json = Escribe JSON (`members` con `name`, `days_practised_this_week`, `minutes_this_week`; `days_all_practised`)
help-cohort-leave = Deja de compartir: elimina tu propio archivo de la carpeta de la cohorte
help-cohort-ranking = Ordena la cohorte por los minutos de esta semana en lugar de por nombre, para todos (desactivado salvo que la cohorte lo active)
help-stats = Muestra estadísticas de práctica: rachas, totales, minutos por semana, logros
help-stats-json = Escribe JSON (`current_streak_days`, `longest_streak_days`, `total_minutes`, `sessions`, `days_practised` y más)
help-export = Exporta el registro de práctica como archivo CSV, para una hoja de cálculo o una copia de seguridad
help-export-csv = El archivo CSV que se escribe
help-import = Importa práctica de otra aplicación: la exportación CSV de Insight Timer, el export.xml de Apple Health (sus sesiones de atención plena), el CSV de Meditation Assistant o una exportación de Stillpoint
help-import-long =
    Importa práctica de otra aplicación: la exportación CSV de Insight Timer, el export.xml de Apple Health (sus sesiones de atención plena), el CSV de Meditation Assistant o una exportación de Stillpoint.

    Las sesiones que ya están en el registro se dejan fuera, también cuando se registraron desde otra fuente (un comienzo con menos de un minuto de diferencia, la misma duración), así que importar un archivo dos veces no añade nada. Las horas sin zona horaria se leen en la zona horaria de esta computadora tal como era entonces.
help-import-file = El archivo que se lee
help-import-format = El formato del archivo; si no se indica, se deduce de su encabezado
help-validate = Revisa archivos de sesión e indica cada problema en archivo:línea:columna
help-validate-long =
    Revisa archivos de sesión e indica cada problema en archivo:línea:columna.

    En las carpetas se buscan archivos .ron de forma recursiva. Termina con estado 1 si algún archivo tiene un error; los avisos solos lo dejan en 0.
help-validate-paths = Archivos de sesión o carpetas
help-new-template-guided = Pasos con palabras en pantalla (y, si quieres, grabaciones de ellas)
help-new-template-timer = Silencio sostenido por campanas
help-new-template-flexible = Una duración que elige quien practica, llenada por un solo paso
help-import-format-stillpoint-csv = La exportación propia de Stillpoint (`stillpoint export --csv`)
help-import-format-insight-timer = La exportación CSV de Insight Timer
help-import-format-meditation-assistant = La exportación CSV de Meditation Assistant
help-import-format-apple-health = El `export.xml` de Apple Health: sus sesiones de atención plena
help-report-reflections-marked = Las notas de las entradas marcadas para el portafolio
help-report-reflections-none = Ninguna nota
help-report-reflections-all = Todas las notas del periodo

# Las palabras propias de clap, en este idioma.
help-heading-usage = Uso:
help-heading-commands = Órdenes
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-flag-help = Muestra la ayuda
help-flag-version = Muestra la versión
help-help = Muestra este mensaje o la ayuda de las órdenes indicadas
help-env = [variable de entorno: { $name }]
help-default = [predeterminado: { $value }]
help-possible-values = [valores posibles: { $values }]
cli-devices-linked = Esta computadora, { $name }, ahora comparte su práctica a través de { $folder }.
cli-devices-linked-next = Vincula tus otras computadoras a la misma carpeta, tal como la tiene allí tu herramienta de sincronización: `stillpoint devices link <carpeta> --name "…"`. `stillpoint devices status` muestra lo que ha escrito cada una.
cli-devices-unlinked = Esta computadora ya no comparte su práctica a través de { $folder }. Su archivo se queda allí, marcado como retirado; la práctica que contiene sigue contando en tus otras computadoras.
cli-devices-not-linked = Esta computadora no está vinculada a una carpeta compartida. Vincúlala con `stillpoint devices link <carpeta> --name "…"`.
cli-devices-folder = Compartida a través de { $folder }
cli-devices-this-computer = { $name } (esta computadora)
cli-devices-left = { $name } (retirada)
cli-devices-last-wrote = escribió por última vez el { $when }
cli-devices-never-wrote = no ha escrito nada desde que se vinculó
cli-devices-entries = { $count ->
    [one] 1 entrada
   *[other] { $count } entradas
}
cli-devices-together = En total: { $count ->
    [one] 1 entrada
   *[other] { $count } entradas
}, cada una contada una vez.
cli-log-replaced-note = Reemplazada por una edición en otra computadora:
cli-devices-still-linked = Esta computadora, { $name }, comparte su práctica a través de { $folder }.
cli-devices-unlinked-own = A partir de ahora, esta computadora muestra solo su propia práctica.
cli-devices-renamed = Esta computadora ahora se llama { $name } en todas tus computadoras.
