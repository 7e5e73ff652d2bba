## welcome: el primer inicio, tres pantallas tranquilas

# Dónde está la persona dentro de la bienvenida: «1 de 3».
welcome-progress = { $step } de { $steps }
welcome-continue = Continuar
# En la última pantalla, en lugar de Continuar.
welcome-begin = Empezar
welcome-skip = Omitir
welcome-change-later = Puedes cambiar cualquiera de estas opciones más adelante en Ajustes.

## 1. Qué es Stillpoint (después viene la nota sobre lo que no es, de library.ftl)

welcome-what-title = Te damos la bienvenida a Stillpoint
welcome-what-it-is = Stillpoint es un lugar tranquilo para practicar: sesiones guiadas de atención plena, compasión y bienestar, campanas que suenan a su hora y un registro de tu práctica que se queda en esta computadora.

## 2. El día de práctica y las rachas

welcome-day-title = Tu día de práctica
welcome-day-explained = Tu práctica se cuenta por días. Si a veces practicas tarde por la noche, el nuevo día puede empezar un poco después de la medianoche, para que esa práctica siga contando para la noche a la que pertenece.
welcome-day-start = Un nuevo día de práctica empieza a las
welcome-streaks = Mostrar las rachas, los días seguidos en que has practicado
welcome-streaks-explained = A algunas personas una racha les anima; otras prefieren no contar. De cualquier forma, cada sesión que practicas queda guardada.

## 3. Campanas en el escritorio y guía leída en voz alta

welcome-desk-title = Mientras trabajas
welcome-desk-explained = De vez en cuando puede sonar una campana suave mientras estás en tu escritorio, con la invitación a una pausa de tres minutos. No se registra nada a menos que tomes la pausa.
welcome-pause-bells = Hacer sonar campanas en el escritorio
# El horario de las campanas tal como está; $days es "weekdays" o "all".
welcome-pause-schedule = Cada { $every } minutos, desde las { $from }:00 hasta las { $to }:00, { $days ->
    [weekdays] de lunes a viernes
   *[all] todos los días
}.
welcome-speak = Leer la guía en voz alta cuando una sesión no tiene una grabación propia
welcome-speak-needs = Para leer en voz alta hace falta un sintetizador de voz, como espeak-ng. Cuando haya uno instalado, puedes activarlo en Ajustes.
