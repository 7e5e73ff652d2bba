## library: la biblioteca, la página de un programa, Acerca de, Creación
## y los avisos sobre la biblioteca.

library-back = Volver a la biblioteca
library-open-folder = Abrir la carpeta
library-by-author = de { $author }

## La barra superior de la biblioteca

library-quick-timer = Temporizador rápido
library-my-practice = Mi práctica
library-authoring = Creación
library-authoring-to-look-at = Creación ({ $count } por revisar)
library-cohort = Cohorte
library-settings = Ajustes
library-about = Acerca de
library-search-hint = Buscar por título o etiqueta
library-length = Duración
library-length-any = Cualquier duración
library-length-up-to-five = Hasta 5 minutos
library-length-five-to-fifteen = De 5 a 15 minutos
library-length-over-fifteen = Más de 15 minutos

## Los grupos de la biblioteca

library-heading-mindfulness = Atención plena
library-heading-compassion = Compasión
library-heading-well-being = Bienestar
library-heading-timers = Temporizadores
library-heading-my-own = Mis propias sesiones
library-heading-programs = Programas
library-heading-needs-attention = Sesiones que necesitan atención
library-program-progress = { $total ->
    [one] { $practised } de { $total } sesión practicada
   *[other] { $practised } de { $total } sesiones practicadas
}

## La página de un programa

library-program-practised = { $total ->
    [one] Has practicado { $practised } de su única sesión.
   *[other] Has practicado { $practised } de sus { $total } sesiones.
}
library-program-weeks = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
library-program-daily = { $length } al día
library-program-module-complete = Todas las sesiones practicadas · { $minutes } min en total
library-program-you-are-here = Aquí estás ahora
library-program-call = Con la cohorte, para cerrar el módulo:
library-program-call-question = Su pregunta: { $question }
library-program-not-yet = todavía no
library-program-practised-times = { $times ->
    [one] practicada una vez · { $minutes } min
   *[other] practicada { $times } veces · { $minutes } min
}

## Lo que es esta práctica, y lo que no es

library-care-note-title = Antes de empezar
library-care-note-thanks = Gracias
library-care-note-not-therapy = Stillpoint ofrece práctica, no terapia ni tratamiento.
library-care-note-invitation = Todo aquí es una invitación. Puedes saltarte un paso, abrir los ojos, moverte o parar en cualquier momento, y volver otro día.
library-care-note-support = Si una sesión te remueve más de lo que esperabas, está bien parar. Cuéntaselo a alguien: una persona de confianza, tu médico o un consejero. Si estás en crisis, llama al número de emergencias de tu zona o a una línea de atención en crisis.
library-about-title = Acerca de Stillpoint
library-about-version = Versión { $version } (formato de sesión { $session_format }, formato del registro de práctica { $log_format })
library-about-summary = Sesiones guiadas de atención plena, compasión y bienestar para el programa Compassionate Systems, con campanas en el momento justo y un registro de práctica que se queda en esta computadora.
library-about-what-it-is = Lo que es esta práctica, y lo que no es
library-about-program = El programa, su recorrido a lo largo del ciclo de seis meses y las tradiciones en las que se apoya se describen en program.md, que se instala con la documentación de Stillpoint.

## Creación: los archivos de sesión propios

library-authoring-folder = Tu carpeta de sesiones: { $path }
library-authoring-reread = Los archivos que guardes ahí se vuelven a leer en menos de un segundo. `stillpoint new ARCHIVO` crea uno.
library-authoring-none-yet = Todavía no tienes archivos de sesión propios. Copia una sesión incluida en la carpeta de arriba, o crea una con `stillpoint new`.
library-authoring-ready = { $file }: «{ $title }», lista para practicar
library-authoring-copy-hint = Haz clic para copiar la ubicación
library-authoring-copy = Copiar la ubicación
library-authoring-as-validate = Como lo muestra `stillpoint validate`
library-authoring-copied = Copiado: { $location }
library-authoring-opened = Se abrió { $path }
library-authoring-not-opened = No se pudo abrir la carpeta ({ $problem }); está en { $path }
library-watch-cannot-make = No se puede crear tu carpeta de sesiones { $path }: { $problem }
library-watch-not-watched = Los cambios en { $path } no se verán hasta que Stillpoint vuelva a abrirse ({ $problem }).

## Tipos de letra: una escritura que ninguna fuente de esta computadora
## tiene. Los nombres de los paquetes no se traducen.

library-fonts-missing = Hay texto en { $script } y ninguna fuente de esta computadora tiene sus letras, así que se ve como cuadros vacíos. Si instalas el paquete { $package } (sudo apt install { $package }), aparecerán.
library-fonts-script-cjk = chino, japonés o coreano
library-fonts-script-emoji = emoji
library-fonts-script-other = una escritura para la que esta computadora no tiene fuente

## La ventana

library-window-cannot-open = no se puede abrir la ventana: { $problem }
    Sin pantalla, `stillpoint play SESIÓN --no-gui` reproduce una sesión en la terminal.

## Las tarjetas de la biblioteca y el estante para retomar

library-heading-continue = Donde lo dejaste
library-continue-next-in = Lo siguiente en { $program }
library-continue-last = Lo último que practicaste
library-continue-pause = Una pausa, cuando quieras
library-card-practised = { $times ->
    [one] practicada una vez
   *[other] practicada { $times } veces
}
library-card-not-yet = aún sin practicar
library-card-lens = lente: { $lens }
