## errors: lo que dice el núcleo cuando algo no se puede leer, escribir o
## hacer (el registro de práctica, las importaciones, las repeticiones y los
## calendarios, la voz, los archivos de audio, la conversión a WAV), y
## las pocas palabras que pone en la línea de tiempo de una sesión. Las
## palabras entre `comillas invertidas`, los nombres de columnas CSV y los
## de iCalendar (FREQ, COUNT…) son lo que guardan los archivos: no se
## traducen.

## El registro de práctica. Una línea omitida se dice como
## "<archivo>:<línea>: <problema>; se omite".

errors-log-cannot-read = no se puede leer el registro de práctica { $path }: { $reason }
errors-log-cannot-write = no se puede escribir en el registro de práctica { $path }: { $reason }
errors-log-busy = otro Stillpoint está escribiendo en el registro de práctica { $path } y no ha terminado después de { $seconds } s; vuelve a intentarlo en un momento
errors-log-not-a-file = no es un archivo normal
errors-log-line = línea { $line }: { $message }
errors-log-skipped = { $problem }; se omite
errors-log-unknown-entry = nombra la entrada `{ $id }`, que no está en el registro; se omite
errors-log-duplicate-entry = la entrada `{ $id }` ya está en el registro; se omite
errors-log-not-an-entry = no es la entrada de una sesión

## Por qué no se puede leer una línea del registro. $field es el nombre
## que usa el archivo.

errors-line-damaged = dañada: { $reason }
errors-line-not-text = dañada: no es texto UTF-8
errors-line-newer = la escribió un Stillpoint más reciente (formato { $format }); se conserva en el archivo, pero no se muestra aquí
errors-line-empty-id = el id está vacío
errors-line-feeling = { $field } vale { $value }; el ánimo se anota del 1 al 5
errors-line-missing = a la entrada le falta `{ $field }`
errors-line-bad-start = start_utc `{ $start }` no es una hora en RFC 3339: { $reason }
errors-line-bad-offset = utc_offset `{ $offset }` no es una diferencia horaria como +01:00
errors-line-unknown-practice = practice `{ $given }` no es un tipo de práctica que conozca esta versión de Stillpoint
errors-line-clock = su reloj pasa del año 3000
errors-line-too-long = practised_secs es de { $minutes } minutos; una entrada tiene como mucho { $days } días
errors-practice-unknown = "{ $given }" no es un tipo de práctica; los tipos son { $kinds }
errors-goal-minutes = Una meta es de 1 a { $most } minutos al día; se dio { $given }
errors-goal-days = Una meta es de 1 a 7 días a la semana; se dio { $given }
errors-report-backwards = El periodo termina ({ $to }) antes de empezar ({ $from })
errors-report-too-long = Un informe abarca como mucho { $days } días
errors-report-not-begun = El periodo aún no ha empezado: empieza el { $from }
errors-report-pdf = No se pudo hacer el PDF: { $reason }

## Leer y escribir archivos, en palabras de una persona.

errors-io-disk-full = el disco está lleno
errors-io-read-only = el disco es de solo lectura
errors-io-permission-denied = no tienes permiso
errors-io-folder-in-place = hay una carpeta en su lugar

## Una sesión practicada en otro lugar, añadida a mano.

errors-manual-minutes = los minutos practicados deben ir de 1 a { $most }; se indicaron { $given }
errors-manual-future = { $start } todavía no ha llegado; registra la sesión cuando la hayas practicado

## Importar práctica. $column es el nombre de una columna tal como lo
## escribe el archivo (Started At, Duration, ID, practised_secs…); $text, lo
## que contiene el archivo.

errors-import-empty = el archivo está vacío
errors-import-unknown-header = la primera línea no es un encabezado que Stillpoint conozca ({ $found }); se esperaba el de Insight Timer, Started At,Duration,Preset,Activity; el de Meditation Assistant, "ID","Length","Started","Completed","Message"; una exportación de Stillpoint, o el export.xml de Apple Health
errors-import-not-health = esto no es el export.xml de Apple Health (empieza con { $found }, no con <HealthData>)
errors-import-wrong-header = el encabezado no corresponde a --format { $format }: { $found }
errors-import-cannot-read = no se puede leer el archivo
errors-import-found-xml = un archivo XML
errors-import-not-a-text-file = no es un archivo de texto
errors-import-not-text = no es texto UTF-8
errors-import-empty-id = la columna { $column } está vacía
errors-import-column-empty = { $column } está vacío
errors-import-not-whole = { $column } "{ $text }" no es un número entero
errors-import-longer-than-a-day = { $column } "{ $text }" dura más de un día
errors-import-secs-longer-than-a-day = practised_secs { $seconds } dura más de un día
errors-import-feeling = { $column } { $value } no está entre 1 y 5
errors-import-bad-start = start "{ $text }" no es una hora en RFC 3339 ({ $reason })
errors-import-bad-ended = ended "{ $text }" no es completed, ended early ni interrupted
errors-import-ma-bad-started = Started "{ $text }" no es una hora como 2024-03-01 07:30
errors-import-ma-bad-length = Length "{ $text }" no es una duración como 00:20
errors-import-insight-bad-started = Started At "{ $text }" no es una hora como 10/15/2024 06:30:00 o 10/15/2024 6:30:00 AM
errors-import-insight-bad-duration = Duration "{ $text }" no es una duración como 0:20:00
errors-import-insight-no-time = Duration "{ $text }" no dura nada
errors-import-insight-skipped-hour = Started At "{ $text }" cae en la hora que se saltaron los relojes al adelantarse; se lee como { $time }
errors-import-health-no-element = no tiene ningún elemento XML
errors-import-health-ends-early = el archivo termina antes de </HealthData>
errors-import-health-unreadable = el archivo no se puede leer a partir de aquí ({ $reason })
errors-import-health-no-attribute = el registro no tiene { $attribute }
errors-import-health-bad-time = { $attribute } "{ $text }" no es una hora como 2022-07-31 09:20:46 -0700
errors-import-health-end-before-start = endDate "{ $end }" no es posterior a startDate "{ $start }"
errors-import-health-longer-than-a-day = la sesión de { $start } a { $end } dura más de un día

## Cómo se repite un encuentro compartido. $most es el máximo permitido;
## $given, lo que se escribió.

errors-repeat-every = "{ $text }" no indica cada cuánto se repite un encuentro; escríbelo como 1d, 1w o 2w (cada día, cada semana, cada dos semanas)
errors-repeat-interval = un encuentro se repite cada 1 a { $most } días o semanas, no cada { $given }
errors-repeat-count = una invitación reúne de 1 a { $most } encuentros, no { $given }
errors-repeat-no-count = indica cuántas veces se repite el encuentro con --count N (de 1 a { $most })
errors-repeat-rule = la regla de repetición "{ $rule }": { $problem }
errors-repeat-daily = { $days ->
    [one] cada día
   *[other] cada { $days } días
}, { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
errors-repeat-weekly = { $weeks ->
    [one] cada semana
   *[other] cada { $weeks } semanas
}, { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}

## Qué falla en la regla de repetición de un calendario (RRULE); sus
## nombres se quedan como están.

errors-rrule-not-name-value = "{ $part }" no tiene la forma NOMBRE=VALOR
errors-rrule-frequency = FREQ={ $value } no se admite; un encuentro se repite cada día o cada semana (FREQ=DAILY o FREQ=WEEKLY)
errors-rrule-not-whole = { $name }={ $value } no es un número entero
errors-rrule-until = UNTIL={ $value } no es una hora UTC como 20270101T000000Z
errors-rrule-unsupported = { $name } no se admite; un encuentro se repite cada N días o semanas a partir del primero (FREQ, INTERVAL, y COUNT o UNTIL)
errors-rrule-twice = { $name } aparece dos veces
errors-rrule-no-frequency = no tiene FREQ (DAILY o WEEKLY)
errors-rrule-count-and-until = indica COUNT o UNTIL, no los dos
errors-rrule-never-ends = no termina nunca; indica COUNT (cuántos encuentros) o UNTIL (el último)
errors-rrule-until-before-first = UNTIL es anterior al primer encuentro ({ $first })

## Un encuentro compartido que no puede ir a un calendario.

errors-calendar-no-end = “{ $title }” no tiene un final fijo, así que un calendario no puede saber cuándo termina
errors-calendar-too-late = el encuentro termina después del último día que un calendario puede guardar

## La guía hablada. $program es el nombre de un programa (espeak-ng,
## festival) o errors-speech-synthesis.

errors-speech-synthesis = la síntesis de voz
errors-speech-two-synthesizers = { $first } y { $second }
errors-speech-start = no se pudo iniciar { $program }: { $reason }
errors-speech-failed = { $program } falló ({ $reason })
errors-speech-timed-out = { $program } tardó más de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
errors-speech-not-audio = { $program } dio algo que no es audio ({ $reason })
errors-speech-no-synthesizer = no hay ningún sintetizador
errors-speech-far-too-long = demasiado largo
errors-speech-no-channels = no tiene canales
errors-speech-no-sound = no tiene sonido

## Por qué no se puede usar un archivo de audio que nombra una sesión.

errors-audio-folder = es una carpeta
errors-audio-no-sound = no contiene sonido
errors-audio-unknown-format = no está en un formato que Stillpoint conozca

## Convertir una sesión en un archivo WAV.

errors-render-open-ended = una sesión sin final fijo necesita una duración para convertirse en archivo; indícala con --length
errors-render-cannot-write = no se puede escribir { $path }: { $reason }

## Las palabras de la línea de tiempo para sus eventos (`stillpoint
## timeline`). $sound es el nombre de un sonido de fondo; $percent, un
## número entero.

errors-timeline-fades-in = { $sound } entra poco a poco
errors-timeline-fade-to = volumen al { $percent } %
errors-timeline-fade-out = se apaga poco a poco
errors-timeline-end = fin
