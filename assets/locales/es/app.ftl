## app

app-clock-not-synchronized = El reloj de esta computadora no se mantiene sincronizado con un servidor de hora, así que sus campanas podrían no sonar al mismo tiempo que las de los demás.

## La invitación que llega con una campana de atención plena en el escritorio.

app-pause-offer-heading = Una campana de atención plena
app-pause-offer-invitation = Podrías detenerte un momento. ¿Te gustaría una pausa de tres minutos?
app-pause-offer-take = Tomar la pausa
app-pause-offer-snooze = { $minutes ->
    [one] En { $minutes } minuto
   *[other] En { $minutes } minutos
}
app-pause-offer-not-now = Ahora no

## Sentarse juntos: crear una invitación en la página de una sesión.

sit-together-heading = Sentarse juntos
sit-together-first-bell = Primera campana a las (HH:MM, tu hora)
sit-together-repeat = repetir
sit-together-once = una vez
sit-together-every-week = cada semana
sit-together-every-two-weeks = cada dos semanas
sit-together-sits-in-all = { $count ->
    [one] encuentro en total
   *[other] encuentros en total
}
sit-together-make = Crear una invitación
sit-together-copy-code = Copiar el código
sit-together-add-to-calendar = Agregar al calendario
sit-together-add-to-calendar-hint = Guarda el encuentro como evento y lo abre en tu calendario
sit-together-comes-back-weekly = Se repite { $weeks ->
    [one] cada semana
   *[other] cada { $weeks } semanas
}, { $count } veces; el mismo código sirve para unirse a cada encuentro.
sit-together-comes-back-daily = Se repite { $days ->
    [one] cada día
   *[other] cada { $days } días
}, { $count } veces; el mismo código sirve para unirse a cada encuentro.
sit-together-same-moment = Todas las personas que la abran (en Cohorte, o con `stillpoint play --invite CÓDIGO`) oyen la primera campana en el mismo momento.
sit-together-calendar-no-end = “{ $session_title }” no tiene un final fijo, así que un calendario no puede saber cuándo termina; `stillpoint invite { $session_id } --length 30m --ics ARCHIVO` crea una invitación que sí cabe en un calendario.
sit-together-calendar-too-late = El encuentro termina después del último día que un calendario puede guardar.
sit-together-calendar-not-written = No se pudo escribir el archivo de calendario { $path }: { $reason }
sit-together-calendar-saved = Se guardó como { $path }; se abre en tu calendario.
sit-together-calendar-saved-not-opened = Se guardó como { $path }. No se pudo abrir aquí ({ $reason }); ábrelo desde tu calendario.

## Cuándo empieza o terminó un encuentro compartido, en la ventana y en la
## línea de órdenes. $time es una hora del día, como 15:00; $day, una fecha
## escrita con date-weekday-day-month(-year).

invite-today-at = a las { $time }
invite-day-at = el { $day } a las { $time }
invite-sit-of = encuentro { $number } de { $of }
invite-when-in-series = { $when } ({ $place })
invite-sit-over = Este encuentro terminó el { $day } a las { $time }; ya no queda ninguno al que unirse.
invite-series-over = El último de estos { $count } encuentros terminó el { $day } a las { $time }; ya no queda ninguno al que unirse.

## Una invitación que no se puede abrir.

invite-calendar-event = { $path } es un evento de calendario, no una invitación: su descripción contiene el código de la invitación (sit/…), que es lo que la abre
invite-cannot-read = no se puede leer { $path }: { $reason }
invite-no-such-file = no se puede abrir { $path }: no existe ese archivo, y no es un código de invitación (estos empiezan por { $prefix })
invite-not-readable = esto no es una invitación ({ $reason })
invite-not-an-invitation = esto no es una invitación: se esperaba `Invitation(...)`
invite-no-session = la invitación no nombra ninguna sesión
invite-no-start = la invitación no tiene inicio
invite-start-not-a-time = el inicio "{ $start }" no es una hora ({ $reason })
invite-bad-length = la duración "{ $length }": { $reason }
invite-code-no-session = el código no nombra ninguna sesión
invite-code-no-start = el código no tiene hora de inicio
invite-code-start-not-a-time = "{ $start }" en el código no es una hora como 20261127T140000Z
invite-code-bad-length = la duración "{ $length }" en el código: { $reason }
invite-code-bad-repeat = la repetición en el código: { $reason }
invite-code-extra = el código termina en "{ $extra }", que no forma parte de una invitación
