## session: la página de una sesión, el temporizador rápido y las
## palabras del formato de sesión tal como se leen (el archivo conserva
## su propia ortografía).

## La página de una sesión

session-domain-and-lens = { $domain } · enfoque: { $lens }
session-minutes = minutos
session-open-ended-note = Sin duración fija: dura hasta que tú la terminas.
session-start = Empezar
session-saving-wav = Guardando como archivo WAV...
session-saved-as = Guardada como { $path }
session-not-saved = No se pudo guardar: { $problem }
session-save-wav = Guardar como archivo WAV
session-save-wav-hint = La sesión entera en un solo archivo de sonido, para escucharla donde quieras o compartirla
session-preview = Vista previa, para autores
session-preview-note = Reproduce la sesión desde cualquier paso, a 1x con su sonido, o más rápido y en silencio, mostrando cada campana. Las vistas previas no se registran.
session-preview-from = desde el paso
session-preview-at = Vista previa a { $speed }x
session-timeline-counts = { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
}, { $bells ->
    [one] { $bells } campana
   *[other] { $bells } campanas
}

## El temporizador rápido

session-timer-minutes-between = minutos entre campanas (0 para ninguna)
session-timer-bell = Campana
session-timer-ambient = Ambiente
session-timer-silence = silencio
session-timer-presets = Temporizadores guardados
session-timer-preset-name = Nombre para este temporizador
session-timer-save-preset = Guardar como favorito
session-timer-preset = { $name } · { $minutes } min
# El título, el resumen y el paso de la sesión que reproduce un temporizador rápido.
session-timer-title = { $minutes ->
    [one] Temporizador rápido, { $minutes } minuto
   *[other] Temporizador rápido, { $minutes } minutos
}
session-timer-summary = Un temporizador.
session-timer-step = Sentarse en quietud

## Dominios y enfoques

session-domain-mindfulness = Atención plena
session-domain-compassion = Compasión
session-domain-well-being = Bienestar
session-domain-timer = Temporizador
session-lens-self = uno mismo
session-lens-each-other = los demás
session-lens-system = el sistema

## Campanas y ambientes incluidos

session-bell-singing-bowl = cuenco tibetano
session-bell-low-singing-bowl = cuenco tibetano grave
session-bell-high-singing-bowl = cuenco tibetano agudo
session-bell-small-bell = campanita
session-bell-gong = gong
session-bell-wood-block = bloque de madera
session-ambient-brown-noise = ruido marrón
session-ambient-pink-noise = ruido rosa
session-ambient-rain = lluvia
session-ambient-wind = viento
session-ambient-stream = arroyo

## Duraciones: las partes de una duración, separadas por espacios
## ("1 h 10 min"), y la duración de una sesión

session-duration-hours = { $count } h
session-duration-minutes = { $count } min
session-duration-seconds = { $count } s
session-duration-millis = { $count } ms
session-length-range = de { $min } a { $max } ({ $default } si no eliges otra)
session-length-open-ended = sin duración fija
