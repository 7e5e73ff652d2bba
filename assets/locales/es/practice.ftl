## practice: la vista Mi práctica (rachas, totales, el calendario, los
## minutos de cada semana, los logros, el historial) y las palabras que le
## dan las estadísticas.

practice-back = Volver a la biblioteca
practice-heading = Mi práctica
practice-kind = { $kind ->
    [informal] Práctica informal
    [call] Llamada contemplativa
    [retreat] Retiro
    [journaling] Escritura reflexiva
    [teaching] Guiar una práctica
   *[formal] Práctica formal
}
practice-dismiss = Entendido

## Duraciones, en corto, como las muestran las estadísticas y el historial.

practice-minutes = { $minutes } min
practice-hours = { $hours } h
practice-hours-minutes = { $hours } h { $minutes } min

## La línea bajo la barra superior de la biblioteca.

practice-today-nothing-yet = Hoy todavía no has practicado
practice-today-under-a-minute = Hoy: menos de un minuto
practice-today-minutes = Hoy: { $minutes } min
# $today es una de las tres líneas de arriba; $streak es practice-days-in-a-row.
practice-today-and-streak = { $today } · { $streak }

## Rachas y totales.

# También el título de un logro y la racha de un miembro de la cohorte.
practice-days-in-a-row = { $days ->
    [one] { $days } día seguido
   *[other] { $days } días seguidos
}
practice-nothing-logged = Aún no hay nada registrado. Cada sesión que practiques quedará guardada aquí, con sus notas.
practice-streak-new = Una nueva racha empieza con tu próxima sesión.
practice-streak-with-today = { $days ->
    [one] { $days } día seguido.
   *[other] { $days } días seguidos.
}
practice-streak-waiting-for-today = { $days ->
    [one] { $days } día seguido; la práctica de hoy le da continuidad.
   *[other] { $days } días seguidos; la práctica de hoy les da continuidad.
}
practice-streak-longest = { $days ->
    [one] La más larga: { $days } día
   *[other] La más larga: { $days } días
}
practice-today-and-this-week = Hoy { $today } min · esta semana { $this_week } min
practice-goal-heading = Meta semanal
practice-goal-this-week = Esta semana: { $days } de { $wanted } días
practice-goal = { $minutes } min de práctica formal en { $days ->
    [one] un día
   *[other] { $days } días
} a la semana
practice-goal-weeks-met = Cumplida en { $met } de las últimas { $weeks } semanas
practice-journal = Diario
practice-journal-search = Buscar en el diario
practice-journal-kind = Mostrar
practice-journal-every-kind = Todos los tipos
practice-journal-from = Desde
practice-journal-to = Hasta
practice-journal-marked-only = Solo mi portafolio
practice-journal-count = { $count ->
    [0] No se encontraron notas
    [one] Una nota
   *[other] { $count } notas
}
practice-journal-show-more = Mostrar más notas
practice-report = Hacer un informe
practice-report-name = Nombre en la portada
practice-report-reflections = Reflexiones
practice-report-reflections-marked = Las marcadas para mi portafolio
practice-report-reflections-none = Ninguna
practice-report-reflections-all = Todas las notas
practice-report-make = Hacer el informe
practice-report-making = Haciendo el informe…
practice-report-written = El informe está en { $file }
practice-report-open = Abrir el informe
# $time es una duración como «10 h 43 min»; $average, en minutos.
practice-in-all = En total: { $time } en { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } a lo largo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; { NUMBER($average, maximumFractionDigits: 1) } min de media por sesión

## El calendario del último año y el gráfico semanal.

practice-last-year = El último año
practice-calendar-summary = Practicaste { $practised } de los últimos { $days } días
# $day es una fecha escrita con date-weekday-day-month-year.
practice-calendar-day = { $day }: { $minutes } min
practice-minutes-a-week = Minutos por semana
# $week es el primer día de la semana, escrito con practice-date-day-short-month.
practice-week-bar = semana del { $week }: { $minutes } min
practice-weeks-range = Desde la semana del { $first_week } hasta esta; lo máximo en una semana: { $most } min

## Dominios y logros.

practice-by-domain = Por dominio
practice-domain-time = { $domain }: { $time }
practice-domain-mindfulness = Atención plena
practice-domain-compassion = Compasión
practice-domain-well-being = Bienestar
practice-domain-timer = Temporizadores
practice-domain-other = Otras prácticas
practice-milestones = Logros
practice-milestone-first-session = Tu primera sesión
practice-milestone-hours = { $hours } horas de práctica
practice-milestone-reached = { $milestone } · { $date }
# $milestone es el título de un logro, en minúsculas.
practice-milestone-ahead = Más adelante: { $milestone }

## Añadir una sesión practicada fuera de la aplicación.

practice-form-heading = ¿Practicaste en otro lugar?
practice-form-date = Fecha
practice-form-time = Hora
practice-form-minutes = Minutos
practice-form-kind = Tipo de práctica
practice-form-note-hint = Una nota, si quieres
practice-form-add = Añadir a mi práctica
practice-form-not-a-date = «{ $given }» no es una fecha como 2026-11-24
practice-form-not-a-time = «{ $given }» no es una hora como 07:30
practice-form-not-minutes = «{ $given }» no es un número de minutos
practice-form-no-such-time = Aquí los relojes cambiaron de hora en ese momento, así que no queda claro; quizá quieras elegir otra hora.
practice-form-minutes-out-of-range = Una sesión añadida aquí puede durar de 1 a { $most } minutos; se indicaron { $given }.
practice-form-in-the-future = { $start } todavía no ha llegado; puedes añadir la sesión cuando la hayas practicado.

## El historial.

practice-history = Historial
practice-history-deleted = Se eliminó «{ $title }» del { $day }.
practice-history-undo = Deshacer
practice-history-empty = Aquí aparecerán tus sesiones.
practice-history-ended-early = terminada antes
practice-history-interrupted = interrumpida
# Cómo se sentía la persona antes y después, del 1 al 5.
practice-history-feeling = ánimo { $before } → { $after }
practice-history-note-hint = Una nota
practice-history-save-note = Guardar la nota
practice-history-cancel = Cancelar
practice-history-edit-note = Editar la nota
practice-history-add-note = Añadir una nota
practice-history-delete = Eliminar
practice-history-portfolio = Para mi portafolio
practice-history-show-more = Mostrar más

## Avisos sobre el registro, arriba de la vista hasta que se cierran.

practice-notice-interrupted = «{ $title }», el { $when }, se detuvo antes de terminar. Sus { $minutes } min están en tu registro, marcados como interrumpidos.
# A continuación, las líneas omitidas, una por línea.
practice-notice-unreadable-lines = Algunas líneas de tu registro de práctica no se pudieron leer y se omiten (el archivo se deja tal como está):
practice-notice-not-shared = No se pudo compartir tu práctica con la cohorte en { $folder }: { $reason }.
practice-notice-rules-not-saved = No se pueden guardar tus ajustes de práctica: { $reason }
practice-write-problem = Ahora mismo no se puede escribir en tu registro de práctica: { $problem }. { $waiting ->
    [one] { $waiting } cambio queda guardado aquí y se escribirá en cuanto se pueda.
   *[other] { $waiting } cambios quedan guardados aquí y se escribirán en cuanto se pueda.
}

## Fechas (formatos de chrono: %A día de la semana, %a abreviado, %-d
## día, %B mes, %b abreviado, %Y año, %H:%M la hora).

practice-date-day-short-month = %-d %b
practice-date-day-month = %-d de %B
practice-date-day-month-year = %-d de %B de %Y
practice-date-weekday-day-month-time = %A %-d de %B, %H:%M
practice-date-entry = %a %-d %b %Y, %H:%M

## El informe del portafolio

report-title = Registro de práctica
report-cohort = Cohorte: { $cohort }
report-date = %-d de %B de %Y
report-period = Del { $from } al { $to } ({ $days } días)
report-period-so-far = Del { $from } a hoy, { $to } ({ $days } días hasta ahora; el periodo sigue hasta el { $end })
report-goal = Meta semanal: { $minutes } min de práctica formal en { $days ->
    [one] un día
   *[other] { $days } días
} a la semana
report-no-goal = No se fijó una meta semanal.
report-figures = Cifras
report-minutes-total = En total: { $time } ({ $minutes } min)
report-days-practised = Días de práctica: { $days } de { $of }
report-sessions = Prácticas registradas: { $sessions }
report-calls = Llamadas contemplativas: { $calls }
report-weeks-met = Meta cumplida en { $met } de { $weeks } semanas
report-by-practice = Minutos por tipo de práctica
report-column-practice = Tipo de práctica
report-column-minutes = Minutos
report-column-time = Tiempo
report-weeks = Semanas
report-column-week = Semana del
report-column-days-practised = Días de práctica
report-column-days-meeting-goal = Días que cumplen la meta
report-column-met = Meta
report-met = cumplida
report-not-met = no cumplida
report-by-domain = Por dominio
report-by-lens = Por enfoque
report-column-sessions = Prácticas
report-program = El programa: { $program }
report-column-module = Módulo
report-column-sessions-practised = Sesiones practicadas
report-column-complete = Completo
report-complete = completo
report-domain-other = Otra práctica
report-calendar = El periodo, día a día
report-calendar-alt = Una columna por semana del { $first } al { $last }, una fila por día de la semana desde el primero arriba, más oscuro cuantos más minutos: { $days } de { $of } días con práctica
report-minutes-a-week = Minutos por semana
report-minutes-a-week-alt = Minutos por semana, del { $first } al { $last }; lo más en una semana: { $most } min
report-reflections = Reflexiones
report-no-reflections = No se eligieron reflexiones para este informe.
report-prompt = Pregunta: { $prompt }
practice-history-replaced-note = Reemplazada por una edición en otra computadora:
