## settings: lo que eliges una vez y se conserva

settings-title = Ajustes
# La palabra Idioma en este idioma primero, y luego en los demás, para
# que quien no lea el idioma actual la encuentre igual.
settings-language = Idioma · Language · 語言
settings-follow-system = Igual que el sistema
# Los títulos de los grupos de Ajustes.
settings-section-screen = La pantalla
settings-section-sound = Sonido
settings-section-desk = En el escritorio
settings-section-files = Tus archivos
settings-volumes = Volúmenes
settings-volume = Volumen
settings-bells = Campanas
settings-voice = Voz
settings-ambient = Ambiente
settings-mute = Silenciar
settings-timer-bell = Campana de los temporizadores
settings-theme = Tema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-text-size = Tamaño del texto
settings-reduced-motion = Menos movimiento
settings-show-seconds = Contar en segundos mientras suena una sesión
settings-sound = Sonido: { $device }
settings-sound-device = el dispositivo de sonido predeterminado del sistema; sin él, las sesiones avanzan en silencio y a tiempo.
settings-sound-none = no hay dispositivo de sonido: las sesiones avanzan en silencio.
settings-your-data = Tus datos: { $path }
settings-your-sessions = Tus propias sesiones: { $path }

## Días de práctica y rachas

settings-practice-rules = Días de práctica y rachas
settings-day-start = Un día nuevo empieza a esta hora
settings-day-threshold = Minutos para que un día cuente
settings-rest-days = Días de descanso por semana que mantienen la racha
settings-show-streaks = Mostrar las rachas
settings-weekly-goal = Una meta semanal de práctica formal (sesiones, llamadas, retiros)
settings-goal-minutes = Minutos al día
settings-goal-days = Días a la semana

## Campanas de atención plena en el escritorio

settings-pause-bells = Campanas de atención plena en el escritorio, con la invitación a una pausa de tres minutos
settings-pause-every = minutos entre campanas
settings-pause-from = desde (hora)
settings-pause-until = hasta (hora)
settings-pause-weekdays = Solo de lunes a viernes
settings-hold = Retener la campana, sin sonido ni notificación, mientras:
settings-pause-next = La próxima campana: { $when }
# Un patrón de fecha de chrono: el día de la semana y la hora de la próxima campana.
settings-pause-next-date = %A, %H:%M
settings-pause-none = Con estos ajustes no sonará ninguna campana en la próxima semana.

## Guía hablada

settings-spoken-guidance = Guía hablada
settings-spoken-needs = Hace falta un sintetizador de voz: en Debian y Ubuntu, sudo apt install festival festvox-us-slt-hts espeak-ng
settings-spoken-guidance-on = Guía hablada: leer la guía en voz alta cuando una sesión no tiene grabación ({ $synthesizer })
settings-words-per-minute = palabras por minuto

## Las voces que pueden leer la guía.
settings-voice-most-natural = La más natural que haya instalada
settings-voice-festival = Natural, inglés de EE. UU. (Festival)
settings-voice-soft-higher = Suave, más aguda (espeak-ng)
settings-voice-clear-higher = Clara, más aguda (espeak-ng)
settings-voice-soft-lower = Suave, más grave (espeak-ng)
settings-voice-clear-lower = Clara, más grave (espeak-ng)
settings-fields-reset = Algunos ajustes no se pudieron leer y vuelven a sus valores predeterminados: { $fields }
settings-section-computers = Tus computadoras
settings-computers-intro = ¿Practicas en más de una computadora? Vincula cada una a una carpeta que tu herramienta de sincronización (Syncthing, Nextcloud, Dropbox, una carpeta de red) mantiene al día entre ellas. Cada computadora escribe allí su práctica y lee la de las demás, así que tu racha, tus estadísticas, tu diario y tu avance son los mismos en todas. Nada pasa por un servidor.
settings-computers-folder = La carpeta compartida
settings-computers-name = El nombre de esta computadora
settings-computers-link = Vincular esta computadora
settings-computers-shared = Tu práctica se comparte a través de { $folder }
settings-computers-this = { $name } (esta computadora)
settings-computers-left = { $name } (retirada)
settings-computers-wrote = { $entries ->
    [one] 1 entrada
   *[other] { $entries } entradas
}, escribió por última vez el { $when }
settings-computers-never = { $entries ->
    [one] 1 entrada
   *[other] { $entries } entradas
}, no ha escrito nada desde que se vinculó
settings-computers-unlink = Desvincular esta computadora
settings-computers-unlinked = Desvinculada. El archivo de esta computadora se queda en { $folder }, marcado como retirado; la práctica que contiene sigue contando en tus otras computadoras. Ahora esta computadora muestra solo su propia práctica.
