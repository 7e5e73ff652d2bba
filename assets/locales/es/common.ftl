## Compartido por la aplicación y la línea de órdenes.

language-name = Español
