## Shared across the app and the command line.

# The language's own name, as the language menu shows it.
language-name = English

# A day as a sentence names it: a weekday, its day of the month and the
# month (a chrono format: %A weekday, %-d day, %B month).
date-weekday-day-month = %A %-d %B

# The same day with its year (%Y).
date-weekday-day-month-year = %A %-d %B %Y
