## diagnostics: lo que `stillpoint validate` y la vista de Creación dicen
## de un archivo de sesión. Los nombres de los campos, la sintaxis RON y
## los valores entre comillas se escriben tal como los escribe el archivo.
## Los códigos entre corchetes (`unknown-field`, `version-differs`) no se
## traducen.

## Cómo se muestra un problema

diag-severity-error = error
diag-severity-warning = aviso
diag-note = nota: { $text }
diag-help = sugerencia: { $text }
# Una lista de nombres dentro de una frase: "a", "b" o "c".
diag-list-separator = {", "}
diag-list-or = { $rest } o { $last }

## Leer el archivo

diag-unreadable = no se puede leer este archivo: { $error }
diag-unreadable-help = comprueba que el archivo existe y que tienes permiso para leerlo
diag-too-large = este archivo ocupa más de { $kib } KiB, lo máximo que puede ocupar un archivo de sesión
diag-too-large-help = un archivo de sesión contiene solo texto; las grabaciones van en archivos de audio aparte
diag-not-utf8 = este archivo no es texto plano (UTF-8)
diag-not-utf8-label = no es texto UTF-8
diag-not-utf8-help = guarda el archivo como texto plano en UTF-8, lo que la mayoría de los editores de texto hacen por defecto

## Errores en la sintaxis RON

diag-char-end-of-line = un fin de línea
diag-char-space = un espacio
diag-expected = se esperaba { $expected }
diag-what-a-value = un valor
diag-what-a-name = un nombre
diag-what-a-field-name = el nombre de un campo
diag-what-rest-of-escape = el resto de una secuencia de escape
diag-opened-here = se abre aquí
diag-text-after-end = hay { $found } después del final de la sesión
diag-text-after-end-label = la sesión ya había terminado antes de esto
diag-text-after-end-help = un archivo contiene un solo `Session(...)`; revisa que sus paréntesis y corchetes estén equilibrados
diag-unclosed-bracket = el archivo termina antes de que se cierre este `{ $bracket }`
diag-unclosed-bracket-label = se abre aquí y nunca se cierra
diag-unclosed-bracket-help = añade `{ $close }` donde termina el grupo
diag-eof = el archivo termina donde se esperaba { $expected }
diag-comment-unclosed = este comentario nunca se cierra
diag-comment-unclosed-label = el comentario se abre aquí
diag-comment-unclosed-help = ciérralo con `*/`
diag-attribute-unclosed = este atributo nunca se cierra
diag-attribute-unclosed-help = ciérralo con `]`
diag-curly-quote = un texto no puede empezar con comillas tipográficas
diag-curly-quote-label = comillas tipográficas
diag-curly-quote-help = escribe el texto entre comillas dobles rectas: "así"; los procesadores de texto suelen cambiarlas, un editor de texto plano no
diag-expected-value-found = se esperaba un valor, pero hay { $found }
diag-expected-value-here = aquí se esperaba un valor
diag-mismatched-close = este `{ $found }` no cierra el `{ $open }` que está abierto aquí
diag-mismatched-close-label = primero se esperaba `{ $close }`
diag-mismatched-close-help = cierra el grupo con `{ $close }`, o quita el `{ $found }` que sobra
diag-closes-nothing = `{ $found }` no cierra nada
diag-closes-nothing-label = aquí no hay nada abierto
diag-expected-name-found = se esperaba un nombre, pero hay { $found }
diag-too-deep = hay paréntesis o corchetes anidados a más de { $depth } niveles
diag-too-deep-label = un nivel de más
diag-too-deep-help = una sesión nunca necesita tantos niveles unos dentro de otros; busca uno que se abrió y no se cerró
# $what es uno de: field, value, item, entry.
diag-expected-separator = se esperaba `,` o `{ $close }` después { $what ->
        [field] de este campo
        [value] de este valor
        [item] de este elemento
       *[entry] de esta entrada
    }, pero hay { $found }
diag-expected-separator-label = se esperaba `,` o `{ $close }`
diag-missing-comma-help = ¿falta una coma al final de la línea anterior?
diag-separator-help = pon una coma después de { $what ->
        [field] cada campo
        [value] cada valor
        [item] cada elemento
       *[entry] cada entrada
    }, y `{ $close }` al final del grupo
diag-equals-for-colon = se esperaba `:` después del nombre del campo, pero hay `=`
diag-equals-for-colon-label = escribe `:` aquí
diag-write-field = escribe `{ $field }: value`
diag-expected-colon-found = se esperaba `:` después del nombre del campo, pero hay { $found }
diag-expected-field-found = se esperaba el nombre de un campo, pero hay { $found }
diag-decimal-point-help = los decimales se escriben con punto: `0.5`, no `0,5`
diag-expected-map-colon = se esperaba `:` entre una clave y su valor
diag-not-a-number = `{ $text }` no es un número
diag-not-a-number-label = no es un número
diag-duration-in-quotes-help = las duraciones son texto entre comillas dobles: "{ $text }"
diag-expected-number = se esperaba un número
diag-number-unreadable = este número no se puede leer
diag-number-too-large = este número es demasiado grande o está mal escrito
diag-number-too-large-label = no se puede leer como número entero
diag-unknown-escape = secuencia de escape desconocida en el texto
diag-unknown-escape-label = no es una secuencia de escape
diag-unknown-escape-help = una barra invertida se escribe `\\`; unas comillas dobles, `\"`; un salto de línea, `\n`
diag-text-unclosed = este texto nunca se cierra
diag-text-starts-here = el texto empieza aquí
diag-text-unclosed-help = termina el texto con unas comillas dobles rectas `"`; dentro del texto, unas comillas se escriben `\"`
diag-text-runaway = parece que a este texto le faltan las comillas de cierre
diag-text-runs-to-here = sigue hasta aquí
diag-text-runaway-help = termina el texto con `"` donde deba acabar; aquí siguió hasta las siguientes comillas
diag-raw-text-unclosed-help = termínalo con `{ $closing }`
diag-single-quotes = el texto se escribe entre comillas dobles
diag-single-quotes-label = una comilla simple
diag-single-quotes-help = escribe "así", con comillas dobles rectas

## Clases de valores, en "se esperaba ..., pero hay ..."

diag-kind-bool = `true` o `false`
diag-kind-whole-number = un número entero
diag-kind-number = un número
diag-kind-text = texto entre comillas
diag-kind-char = un solo carácter entre comillas simples
diag-kind-name = el nombre `{ $name }`
diag-kind-group = un grupo entre paréntesis
diag-kind-list = una lista entre corchetes
diag-kind-map = un mapa entre llaves
diag-wrong-type = se esperaba { $expected }, pero hay { $found }
diag-expected-some = `Some(value)` con un solo valor
diag-expected-text = texto entre comillas dobles
diag-expected-volume = un volumen de 0.0 a 1.0
diag-expected-duration = una duración entre comillas, como "5m"
diag-expected-fades = una lista de fundidos, como [Fade(to: 0.1, over: "20s")]
diag-expected-tags = una lista de etiquetas, como ["breath", "short"]
diag-expected-prompts = una lista de preguntas, como ["¿Qué notaste hoy?"]
diag-expected-steps = una lista de pasos entre corchetes
diag-expected-modules = una lista de `Module(...)`
diag-expected-session-ids = una lista de ids de sesión
diag-expected-times = una lista de momentos, como ["2m", "7m 30s"]
diag-expected-length = `Fixed`, `Flexible(min: "5m", max: "30m", default: "10m")` u `OpenEnded`
diag-expected-guidance = texto entre comillas, o una lista de frases como [Cue(at: "40s", text: "...")]
# $kind es uno de: domain, lens, bell, ambient.
diag-expected-word = { $kind ->
        [domain] un dominio
        [lens] un enfoque
        [practice] un tipo de práctica
        [bell] una campana incluida
       *[ambient] un sonido de ambiente incluido
    } entre comillas

## Campos y grupos

diag-values-without-names = los valores de `{ $group }(...)` necesitan el nombre de su campo
diag-values-without-names-label = valores sin nombre
diag-values-without-names-help = escribe cada uno como `name: value`, por ejemplo { $example }
diag-example-bell = `Bell(sound: "gong")`, o simplemente `"gong"`
diag-wrong-group = se esperaba `{ $expected }(...)`, pero hay `{ $found }(...)`
diag-wrong-group-label = debería ser `{ $expected }`
diag-wrong-group-help = escribe aquí `{ $expected }(`, o quita el nombre y escribe solo `(`
diag-unknown-field = `{ $group }` no tiene ningún campo `{ $field }`
diag-unknown-field-label = campo desconocido
diag-did-you-mean-code = ¿quizá querías decir `{ $suggestion }`?
diag-did-you-mean-quoted = ¿quizá querías decir "{ $suggestion }"?
diag-group-fields = los campos de `{ $group }` son { $fields }
diag-duplicate-field = el campo `{ $field }` aparece dos veces
diag-given-again = aparece otra vez aquí
diag-first-given = aparece por primera vez aquí
diag-keep-one = deja solo uno de los dos
diag-missing-field = a `{ $group }` le falta el campo `{ $field }`
diag-missing-field-label = aquí falta `{ $field }`
diag-missing-field-help = añade `{ $field }: { $example },`

## Valores

# $what es uno de: strikes, interval-bells, weeks, format.
diag-out-of-range = { $what ->
        [strikes] el número de toques
        [interval-bells] el número de campanas de intervalo
        [weeks] el número de semanas
       *[format] la versión del formato
    } tiene que estar entre { $min } y { $max }, no { $value }
diag-out-of-range-label = fuera del rango
diag-volume-range = un volumen va de 0.0 a 1.0, no { $value }
diag-volume-help = 0.0 es silencio y 1.0 el volumen completo; 0.5 es la mitad
diag-bad-duration = "{ $text }" no se puede leer como duración: { $reason }
diag-bad-duration-label = no es una duración
diag-duration-examples = escribe las duraciones así: "90s", "5m", "1h 10m" o "2m 30s"
diag-duration-needs-unit = una duración necesita una unidad, y va entre comillas
diag-duration-needs-unit-label = un número sin unidad
diag-duration-needs-unit-help = escribe "{ $number }s" o "{ $number }m"; { $examples }
diag-unknown-word = no hay { $kind ->
        [domain] ningún dominio llamado
        [lens] ningún enfoque llamado
        [practice] ningún tipo de práctica llamado
        [bell] ninguna campana incluida llamada
       *[ambient] ningún sonido de ambiente incluido llamado
    } "{ $text }"
diag-unknown-word-label = { $kind ->
        [domain] dominio desconocido
        [lens] enfoque desconocido
        [practice] tipo de práctica desconocido
        [bell] campana desconocida
       *[ambient] sonido de ambiente desconocido
    }
diag-use-one-of = usa uno de estos: { $names }
diag-own-file-help = para un archivo propio, escribe `file: "{ $text }"`
diag-path-empty = la ruta está vacía: "{ $path }"
diag-path-absolute = esta ruta empieza en la raíz del disco: "{ $path }"
diag-path-climbs = esta ruta sale de la carpeta de la sesión: "{ $path }"
diag-path-label = tiene que quedarse dentro de la carpeta de la sesión
diag-path-help = pon el archivo de audio en la carpeta del archivo de sesión, o en una carpeta dentro de ella, y escribe la ruta desde ahí, como "voice/intro.ogg"
# $kind es uno de: bell, ambient.
diag-sound-and-file = { $kind ->
        [bell] una campana
       *[ambient] un sonido de ambiente
    } lleva `sound` o `file`, no los dos
diag-second-sound = segundo sonido
diag-first-sound = primer sonido
diag-no-sound = { $kind ->
        [bell] esta campana
       *[ambient] este sonido de ambiente
    } no tiene sonido
diag-no-sound-label = necesita `sound` o `file`
diag-no-sound-help = añade `sound: "{ $sound }"` o `file: "{ $file }"`
diag-id-empty = el id está vacío
diag-id-too-long = un id tiene como mucho { $most } caracteres
diag-id-bad-char = `{ $char }` no puede formar parte de un id
diag-id-hyphen = un id no puede empezar ni terminar con un guion
diag-bad-id = "{ $text }" no sirve como id: { $problem }
diag-bad-id-label = no sirve como id
diag-bad-id-help = un id lleva letras minúsculas, cifras y guiones, como "evening-body-scan"

## Duraciones tal como se escriben

diag-duration-empty = la duración está vacía
diag-duration-malformed = `{ $text }` no es un número seguido de una unidad
diag-duration-unknown-unit = `{ $unit }` no es una unidad de tiempo
diag-duration-missing-unit = un número necesita una unidad detrás, como `{ $number }s` o `{ $number }m`
# $unit es uno de: hours, minutes, seconds, milliseconds.
diag-duration-repeated-unit = { $unit ->
        [hours] las horas aparecen
        [minutes] los minutos aparecen
        [seconds] los segundos aparecen
       *[milliseconds] los milisegundos aparecen
    } más de una vez
diag-duration-out-of-order = escribe primero las unidades más grandes, como en `1h 10m` o `2m 30s`
diag-duration-fraction = escribe números enteros, como "1m 30s" para un minuto y medio
diag-duration-too-long = esto dura más de un año

## La versión del formato

diag-format-first-help = añade `format: { $version },` como primer campo
diag-format-zero = no existe el formato { $version }; los formatos empiezan en 1
diag-format-zero-label = no es una versión del formato
diag-write-format = escribe `format: { $version },`
# $kind es uno de: session, program.
diag-format-newer = { $kind ->
        [session] esta sesión está escrita
       *[program] este programa está escrito
    } en el formato { $version }, pero esta versión de Stillpoint lee el formato { $current } y anteriores
diag-format-newer-label = más reciente que esta versión de Stillpoint
diag-format-newer-help = actualiza Stillpoint para reproducir esta sesión

## Duraciones y pasos

diag-too-many-steps = esta sesión tiene { $count } pasos; una sesión tiene como mucho { $most }
diag-too-many-steps-label = demasiados pasos
diag-split-session = divídela en varias sesiones
diag-length-takes-no-values = `{ $kind }` no lleva valores
diag-length-write-just = escribe solo `{ $kind }`
diag-length-fixed-help = una sesión fija dura lo que suman sus pasos; para una duración que elija quien practica, escribe `Flexible(min: "5m", max: "30m", default: "10m")`
diag-flexible-needs-bounds = `Flexible` necesita su duración más corta, la más larga y la predeterminada
diag-flexible-needs-bounds-label = necesita `(min: ..., max: ..., default: ...)`
diag-flexible-needs-bounds-help = escribe `Flexible(min: "5m", max: "30m", default: "10m")`
diag-unknown-length = `{ $text }` no es un tipo de duración
diag-unknown-length-label = tipo de duración desconocido
diag-length-kinds = una duración es `Fixed`, `Flexible(min: "5m", max: "30m", default: "10m")` u `OpenEnded`
diag-fill-with-duration = un paso que llena la sesión no tiene duración propia
diag-fill-with-duration-label = quita esto
diag-fill-with-duration-fill = este paso llena la duración de la sesión
diag-fill-with-duration-help = quita `duration`, o quita `fill: true` para darle al paso una duración fija
diag-step-duration-help = añade `duration: "5m",`, o `fill: true,` para que el paso llene una sesión flexible
diag-settle-too-long = la cuenta atrás para acomodarte dura como mucho { $most }
diag-breath-out-of-range = una respiración para que el anillo la siga dura entre { $least } y { $most }
diag-too-long = demasiado largo
diag-no-steps = una sesión necesita al menos un paso
diag-no-steps-label = no hay pasos
diag-no-steps-help = añade un paso: `Step(title: "Sitting", duration: "5m")`
diag-step-zero = un paso dura más que cero
diag-zero = cero
diag-step-zero-help = dale una duración como "30s", o quita el paso
diag-fill-in-fixed = un paso que llena la sesión necesita una sesión cuya duración pueda cambiar
diag-fill-in-fixed-label = esta sesión tiene una duración fija
diag-fill-in-fixed-help = dale al paso una `duration`, o dale a la sesión `length: Flexible(min: "5m", max: "30m", default: "10m")` o `length: OpenEnded`
diag-shortest-zero = la duración más corta tiene que ser mayor que cero
diag-max-too-long = una sesión dura como mucho { $most }
diag-min-above-max = la duración más corta es mayor que la más larga
diag-longer-than = más larga que { $max }
diag-the-longest-length = la duración más larga
diag-default-outside = la duración predeterminada tiene que estar entre { $min } y { $max }
diag-outside-range = fuera del rango
diag-no-fill-flexible = una sesión flexible necesita un paso que llene la duración elegida
diag-no-fill-flexible-label = nada se estira hasta la duración elegida
diag-no-fill-flexible-help = marca con `fill: true` el paso que debe estirarse y quítale su `duration`
diag-no-room-to-fill = los pasos con duración ya ocupan { $fixed }, y no queda nada que llenar con la duración más corta, { $min }
diag-no-room-to-fill-label = no queda tiempo para los pasos que llenan
diag-no-room-to-fill-help = acorta los otros pasos, o sube `min`
diag-kind-fill = `true`, o `Between(min: "10m", max: "30m")`
diag-fill-ranges-too-long = los pasos con duración ocupan { $fixed } y los pasos que llenan al menos { $fills }: más que la duración más corta, { $min }
diag-fill-ranges-too-long-help = baja el `min` de los pasos que llenan, acorta los otros pasos o sube el `min` de la sesión
diag-fill-ranges-too-short = los pasos con duración ocupan { $fixed } y los pasos que llenan como mucho { $fills }: menos que la duración más larga, { $max }
diag-fill-ranges-too-short-label = la sesión no puede alargarse tanto
diag-fill-ranges-too-short-help = sube el `max` de un paso que llena (o quítalo para no poner límite), o baja el `max` de la sesión
diag-fill-range-open-ended = el rango de un paso que llena necesita una sesión cuya duración se elige
diag-fill-range-open-ended-label = el último paso de una sesión abierta dura hasta que se termina
diag-fill-range-open-ended-help = escribe `fill: true`, o dale a la sesión `length: Flexible(min: "20m", max: "1h", default: "45m")`
diag-no-fill-open-ended = una sesión sin duración fija necesita un paso que dure hasta que quien practica lo termine
diag-no-fill-open-ended-label = ningún paso queda abierto
diag-no-fill-open-ended-help = marca el último paso con `fill: true` y quítale su `duration`
diag-two-fills = una sesión sin duración fija tiene un solo paso que llena
diag-two-fills-second = un segundo paso que llena
diag-two-fills-first = el primero
diag-fill-not-last = en una sesión sin duración fija, el paso que llena es el último
diag-fill-not-last-label = los pasos que le siguen nunca llegarían
diag-fill-not-last-help = mueve este paso al final
diag-steps-too-long = los pasos suman { $total }; una sesión dura como mucho { $most }

## Archivos de audio

diag-bundled-audio = una sesión incluida no puede usar archivos de audio
diag-bundled-audio-label = no hay carpeta donde buscarlo
diag-audio-missing = no hay ningún archivo de audio en "{ $path }"
diag-audio-missing-label = archivo no encontrado
diag-audio-missing-help = la ruta se lee desde la carpeta de la sesión, { $folder }
diag-audio-outside = "{ $path }" lleva fuera de la carpeta de la sesión
diag-audio-outside-label = un enlace que sale de la carpeta
diag-audio-outside-help = copia el archivo de audio en la carpeta de la sesión en lugar de enlazarlo
diag-audio-unreadable = "{ $path }" no se puede leer como audio: { $reason }
diag-audio-unreadable-label = audio que no se puede leer
diag-audio-unreadable-help = usa un archivo WAV, OGG Vorbis, FLAC o MP3
diag-voice-longer = esta grabación dura { $clip }, más que su paso ({ $step })
diag-voice-longer-help = alarga el paso, o recorta la grabación

## La guía y sus frases

diag-cue-empty = esta frase no tiene palabras
diag-cue-empty-label = vacía
diag-cue-empty-help = escribe lo que leerá quien practica, o quita la frase
diag-control-character = este texto contiene un carácter de control ({ $char }), que podría cambiar u ocultar lo que muestra una terminal
diag-control-character-label = un carácter de control
diag-control-character-help = quítalo: los saltos de línea y los tabuladores están bien
diag-cue-too-long = esta frase tiene { $words } palabras; más de { $most } no se pueden leer de un vistazo
diag-cue-too-long-label = divídela
diag-cue-too-long-help = divídela en dos frases con una línea en blanco entre ellas, para que cada una llegue antes de la siguiente
diag-missing-guidance = este paso de una sesión guiada no tiene texto de guía
diag-missing-guidance-label = sin `guidance`
diag-missing-guidance-help = añade `guidance: "..."` con lo que leerá quien practica durante el paso; un paso en silencio puede decirlo, como "Descansa en silencio."
diag-cue-from-end-open = esta frase se cuenta hacia atrás desde el final del paso, pero el paso dura hasta que quien practica lo termina
diag-cue-from-end-open-label = no hay un final desde el que contar hacia atrás
diag-cue-from-end-open-help = cuenta mejor desde el inicio del paso, como `at: "5m"`
diag-cue-after-end = esta frase llega a los { $at }, después de que su paso termine a los { $end }
diag-after-step = después del paso
diag-cue-after-end-help = adelántala, o cuéntala hacia atrás desde el final, como `at: "-30s"`
diag-cue-before-start = contando { $before } hacia atrás desde el final, esta frase llega antes de que empiece su paso; el paso dura { $length }
diag-cue-before-start-label = antes del paso
diag-cue-before-start-help = cuenta hacia atrás menos tiempo
diag-cues-out-of-order = esta frase llega a los { $at }, no después de la frase anterior, que llega a los { $before }
diag-cues-out-of-order-at-length = cuando el paso dura { $length }, esta frase llega a los { $at }, no después de la frase anterior, que llega a los { $before }
diag-cues-out-of-order-label = fuera de orden
diag-cues-out-of-order-before = la frase anterior
diag-cues-out-of-order-help = pon las frases en el orden en que llegan
diag-cue-runs-into-next = leída a unas { $pace } palabras por minuto, esta frase dura { $speaking }, pero solo tiene { $room } antes de la siguiente frase
diag-cue-runs-past-end = leída a unas { $pace } palabras por minuto, esta frase dura { $speaking }, pero solo tiene { $room } antes del final del paso
diag-runs-into-next = se junta con la siguiente frase
diag-runs-past-end = sigue después del final del paso
diag-cue-runs-over-help = dale más tiempo al paso, usa menos palabras, o marca el momento de cada frase con `Cue(at: ..., text: ...)`

## Campanas y fundidos

diag-strikes-too-close = los toques tienen que estar separados al menos { $spacing }
diag-strikes-too-close-label = demasiado juntos
diag-intervals-need-rule = `Intervals` necesita `every`, `count` o `at`
diag-intervals-need-rule-label = ¿cuándo deben sonar las campanas?
diag-intervals-need-rule-help = añade `every: "5m"`, `count: 3` o `at: ["2m", "7m"]`
diag-intervals-two-rules = `Intervals` lleva solo uno de `every`, `count` o `at`; este tiene `{ $first }` y `{ $second }`
diag-intervals-second-rule = segunda regla
diag-intervals-first-rule = primera regla
diag-fade-without-ambient = este paso funde un sonido de ambiente, pero la sesión no tiene ninguno
diag-fade-without-ambient-label = no hay nada que fundir
diag-fade-without-ambient-help = añade `ambient: Ambient(sound: "rain")` a la sesión, o quita el fundido
diag-fade-after-step = este fundido empieza a los { $at }, después de que su paso termine a los { $end }
# Lo que dura un paso que llena una sesión flexible.
diag-lasts-at-most = como mucho { $length }
diag-interval-too-often = las campanas de intervalo suenan como mucho una vez por segundo; aquí es cada { $every }
diag-less-than = menos de { $min }
diag-every-never-rings = una campana cada { $every } nunca suena dentro de este paso, que dura { $lasts }
diag-every-never-rings-label = más largo que el paso
diag-every-never-rings-help = haz que suene más a menudo, o usa `at: [...]` o `count: ...`
diag-count-zero = `count: 0` no hace sonar ninguna campana
diag-count-zero-label = ninguna campana
diag-count-zero-help = usa un número de 1 o más, o quita `interval_bells`
diag-count-open-ended = `count` reparte las campanas a lo largo del paso, pero este paso dura hasta que quien practica lo termina
diag-count-open-ended-label = no hay un final hasta el que contar
diag-count-open-ended-help = usa `every: "5m"` en su lugar
diag-count-too-many = { $count } campanas no caben en un paso de { $lasts }
diag-count-too-many-label = demasiadas
diag-at-empty = `at: []` no indica ningún momento, así que no suena ninguna campana
diag-at-empty-label = ningún momento
diag-at-empty-help = añade momentos como `at: ["2m", "7m 30s"]`, o quita `interval_bells`
diag-at-never-rings = una campana a los { $at } nunca suena dentro de este paso, que dura { $lasts }
diag-at-never-rings-label = después de que termine el paso
diag-too-many-bells = esta sesión hace sonar { $total } campanas; una sesión hace sonar como mucho { $most }
diag-too-many-bells-label = demasiadas campanas
diag-too-many-bells-help = haz que las campanas de intervalo suenen menos a menudo

## Ids entre archivos y programas

diag-duplicate-id = el id "{ $id }" ya lo usa { $first }
diag-duplicate-id-label = usado dos veces
diag-duplicate-id-note = lo usa primero { $first }
diag-duplicate-id-help = cada sesión necesita su propio id; cambia uno de los dos
diag-duplicate-version = "{ $id }" ya tiene una versión en "{ $language }": { $first }
diag-duplicate-version-label = una segunda versión en este idioma
diag-duplicate-version-note = la primera versión en "{ $language }" está en { $first }
diag-duplicate-version-help = una sesión tiene un archivo por idioma; quita uno de los dos, o corrige el idioma en su nombre
diag-unknown-session = no hay ninguna sesión con el id "{ $id }"
diag-unknown-session-label = no existe esa sesión
diag-unknown-session-help = `stillpoint list` muestra los ids de todas las sesiones

## Versiones en otros idiomas (`NOMBRE.es.ron` junto a `NOMBRE.ron`)

diag-not-value = no es "{ $value }"
diag-version-language = el nombre de este archivo indica el idioma "{ $tag }", pero su idioma es "{ $language }"
diag-version-no-language = el nombre de este archivo indica el idioma "{ $tag }", pero el archivo no tiene `language`, así que se lee como inglés
diag-version-no-language-label = aquí no hay `language`
diag-version-language-help = escribe `language: "{ $tag }"`, o nombra el archivo según el idioma en que está escrito
diag-version-id = el id aquí es "{ $id }", pero por el nombre de este archivo es una versión de { $place }, cuyo id es "{ $other }"
diag-version-id-help = una versión en otro idioma conserva el id de su original: escribe `id: "{ $other }"`, o dale al archivo un nombre propio
# Otro archivo y una línea suya: "the-pause.ron (línea 31)".
diag-file-line = { $file } (línea { $line })
diag-version-differs-label = en { $original }: { $theirs }
diag-version-differs-help = una versión en otro idioma conserva los pasos, las duraciones, las campanas y los momentos de las frases de su original; solo cambian sus palabras
diag-length-fixed = fija
diag-length-flexible = flexible
diag-length-open-ended = abierta
diag-version-length-kind = la duración de esta sesión es { $mine }; en { $there } es { $theirs }
# $which es uno de: min, max, default.
diag-version-length-bound = la duración { $which ->
        [min] más corta
        [max] más larga
       *[default] predeterminada
    } es { $mine }; en { $there } es { $theirs }
diag-version-settle = el tiempo para acomodarte es { $mine }; en { $there } es { $theirs }
diag-version-step-count = esta sesión tiene { $mine ->
        [one] { $mine } paso
       *[other] { $mine } pasos
    }; { $there } tiene { $theirs }
diag-count-steps = { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }
diag-version-step-lasts = este paso dura { $mine }; en { $there } dura { $theirs }
diag-version-step-length = la duración de este paso es { $mine }; en { $there } es { $theirs }
# $which es uno de: start, end.
diag-version-bell = campana { $which ->
        [start] de inicio
       *[end] final
    } de este paso: { $mine }; en { $there }: { $theirs }
diag-version-intervals = campanas de intervalo de este paso: { $mine }; en { $there }: { $theirs }
diag-version-cue-count = este paso tiene { $mine ->
        [one] { $mine } frase
       *[other] { $mine } frases
    }; { $there } tiene { $theirs }
diag-count-cues = { $count ->
        [one] { $count } frase
       *[other] { $count } frases
    }
diag-version-cue-flowing = esta frase no tiene un momento propio, así que sigue a la anterior; en { $there }: { $theirs }
diag-version-cue-at = esta frase llega a los { $at }; en { $there }: { $theirs }
diag-version-closing-bell = campana del final: { $mine }; en { $there }: { $theirs }
# Una campana tal como la reconoce quien escribe: "small bell", 3 toques
# separados 2s; $name es el nombre de la campana tal como lo escribe el
# archivo.
diag-bell-none = ninguna
diag-bell-builtin = "{ $name }"
diag-bell-strikes = { $bell }, { $strikes } toques separados { $spacing }
diag-bell-volume = { $bell }, a volumen { $volume }
diag-intervals-every = cada { $every }
diag-intervals-count = { $count } repartidas por igual
diag-intervals-at = a los { $times }
diag-intervals-with = { $rule }, con { $bell }
diag-cue-no-time = sin momento propio

## Cambiar un archivo desde la aplicación

diag-edit-unreadable = el archivo tiene un error que hay que corregir primero (míralo en Creación)
diag-edit-no-step = el archivo no tiene un paso { $step }
