## player: el reproductor, la pantalla final y la grabación de la guía.

## Los controles del reproductor.

player-pause = Pausar
player-resume = Continuar
player-skip-step = Saltar el paso
player-one-more-minute = Un minuto más
player-end = Terminar
player-focus = Enfoque
player-sound = Sonido
player-show-everything = Mostrar todo
player-show-one-cue = Mostrar una frase a la vez
player-show-whole-step = Mostrar el paso completo

## El tiempo en el anillo. $time es una hora de reloj, como 2:30.

player-first-bell-in = Primera campana en { $time }
player-time-left = Quedan { $time }
player-less-than-a-minute-left = Queda menos de un minuto
player-minutes-left = { $minutes ->
    [one] Queda { $minutes } min
   *[other] Quedan { $minutes } min
}
player-time-so-far = { $time } hasta ahora
player-minutes-so-far = { $minutes } min hasta ahora
player-paused = { $time } · en pausa

## La vista previa de quien escribe la sesión.

player-preview-heard = Vista previa a 1x: no se registra
player-preview-fast = Vista previa a { $speed }x: sin sonido, con las campanas a la vista; no se registra
player-preview-speed = { $speed }x
player-jump-to = Ir a:
player-bell-passed = Campana: { $bell } ({ $count } hasta ahora)

## Lo que dice el reproductor cuando algo falla.

player-no-device = No se encontró ningún dispositivo de sonido. La sesión sigue en silencio, a su tiempo. El sonido entrará cuando responda un dispositivo.
player-device-lost = El dispositivo de sonido dejó de funcionar. La sesión sigue en silencio, a su tiempo. El sonido volverá cuando vuelva el dispositivo.
player-device-back = Volvió el sonido, donde va la sesión.
player-left-out = Se dejó fuera { $what }: { $reason }
player-speech-stopped = La guía ya no se puede leer en voz alta ({ $reason }). Sigue como texto, a su tiempo.
player-not-saved-as-it-goes = Esta sesión no se puede guardar mientras avanza ({ $reason }). Se registrará cuando termine.

## Leer la guía en voz alta, ofrecido una vez.

player-speech-offer-heading = ¿Quieres escuchar la guía?
player-speech-offer-body = La guía se puede leer en voz alta, para que puedas cerrar los ojos o dejar descansar la mirada y seguirla con el oído.
player-speech-offer-later = Puedes cambiarlo cuando quieras en Ajustes.
player-speech-read-aloud = Leerla en voz alta
player-speech-text-only = Solo texto

## Terminar antes.

player-end-confirm = ¿Terminar esta sesión ahora?
player-end-session = Terminar la sesión
player-keep-going = Seguir

## La pantalla final.

player-session-complete = Sesión completa · { $practised } de práctica
player-session-ended = Sesión terminada · { $practised } de práctica
player-practised-hours = { $count } h
player-practised-minutes = { $count } min
player-practised-seconds = { $count } s
player-note-open = Una nota, y cómo te sientes
player-note-hint = Una nota para ti, si quieres
player-feeling-before-question = Si quieres llevar la cuenta: ¿cómo te sentías antes de empezar?
player-feeling-after-question = ¿Y ahora?
player-feeling-lowest = 1 bajo
player-feeling-highest = 5 muy bien
player-feeling-before-value = Antes: { $value } de 5
player-feeling-after-value = Después: { $value } de 5
player-reflection-optional = Todo esto es opcional, y se queda en esta computadora.
player-done = Listo

## La ayuda del teclado.

player-keyboard = Teclado
player-key-space = Espacio
player-key-right-arrow = Flecha derecha
player-key-pause = pausar o continuar
player-key-end = terminar la sesión (antes pregunta)
player-key-skip = pasar al siguiente paso
player-key-mute = silenciar o volver a oír
player-key-focus = enfoque: solo el tiempo y el anillo
player-key-help = esta ayuda
player-close = Cerrar

## Grabar la guía, en la página de una sesión.

voice-heading = Grabar la guía
voice-explain = En cada paso, grábate leyendo sus palabras; escucha la toma y quédate con la que te guste. Se guarda junto al archivo de la sesión.
voice-recording = grabando { $time }
voice-stop = Detener
voice-take-length = toma de { $seconds } s
voice-listen = Escuchar
voice-keep = Quedarme con esta
voice-record-again = Grabar de nuevo
voice-record = Grabar
voice-plays = suena { $file }
voice-take-silent = La toma está en silencio; revisa el micrófono y vuelve a grabarla.
voice-kept = Se guardaron { $seconds } s como { $file }; el paso la reproduce al empezar.
voice-cannot-read = No se puede leer { $path }: { $reason }
voice-cannot-write = No se puede escribir { $path }: { $reason }
voice-cannot-play = No se puede reproducir aquí: { $reason }

## El sonido, en la ventana y en la línea de órdenes.

audio-no-device = No se pudo abrir ningún dispositivo de sonido ({ $reason }). La sesión sigue en silencio, al ritmo del reloj. El sonido entrará cuando responda un dispositivo.
audio-device-lost = El dispositivo de sonido dejó de funcionar ({ $reason }). La sesión sigue en silencio, al ritmo del reloj. El sonido volverá cuando vuelva el dispositivo.
audio-device-stalled = dejó de recibir sonido
audio-device-back = Volvió el sonido, donde va la sesión.
audio-device-errors = informó un error tras otro
audio-server-refused = el servidor de sonido no respondió ({ $reason })
audio-server-ended = el servidor de sonido cerró la transmisión
audio-server-silent = el servidor de sonido aún no ha respondido
audio-named-server-not-running = el servidor de sonido indicado en PULSE_SERVER no está en marcha, y no hay tarjeta de sonido
audio-no-card-or-server = no hay tarjeta de sonido ni servidor de sonido en marcha
audio-no-microphone = No se pudo abrir ningún micrófono.
audio-no-microphone-because = No se pudo abrir ningún micrófono ({ $reason }).
audio-microphone-silent = El micrófono dejó de enviar sonido; intenta grabar de nuevo.
audio-recording-stopped = La grabación se detuvo de forma inesperada; inténtalo de nuevo.
audio-missing-bell = la campana { $file }
audio-missing-recording = la grabación { $file }
audio-missing-ambient = el sonido ambiente { $file }
audio-missing-speech = la guía hablada
audio-cannot-open = no se puede abrir { $path }: { $reason }
audio-not-audio = no se puede leer { $path } como audio: { $reason }
audio-too-long = { $path } dura más de { $seconds } segundos
