## Shared across the app and the command line.

# The language's own name, as the language menu shows it.
language-name = English
