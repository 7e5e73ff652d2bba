## Compartido por la aplicación y la línea de órdenes.

language-name = Español

# Un día como lo nombra una frase (formato de chrono: %A día de la
# semana, %-d día del mes, %B mes).
date-weekday-day-month = %A %-d de %B

# El mismo día con su año (%Y).
date-weekday-day-month-year = %A %-d de %B de %Y
