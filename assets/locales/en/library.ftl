## library: the library, a program's page, About, Authoring, and the
## notices shown above the library.

library-back = Back to the library
library-open-folder = Open the folder
library-by-author = by { $author }

## The library's top bar

library-quick-timer = Quick timer
library-my-practice = My practice
library-authoring = Authoring
library-authoring-to-look-at = Authoring ({ $count } to look at)
library-cohort = Cohort
library-settings = Settings
library-about = About
library-search-hint = Search by title or tag
library-length = Length
library-length-any = Any length
library-length-up-to-five = Up to 5 minutes
library-length-five-to-fifteen = 5 to 15 minutes
library-length-over-fifteen = Over 15 minutes

## The library's groups

library-heading-mindfulness = Mindfulness
library-heading-compassion = Compassion
library-heading-well-being = Well-being
library-heading-timers = Timers
library-heading-my-own = My own sessions
library-heading-programs = Programs
library-heading-needs-attention = Sessions that need attention
library-program-progress = { $total ->
    [one] { $practised } of { $total } session practised
   *[other] { $practised } of { $total } sessions practised
}

## A program's page

library-program-practised = { $total ->
    [one] You have practised { $practised } of its { $total } session.
   *[other] You have practised { $practised } of its { $total } sessions.
}
library-program-weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
library-program-daily = { $length } a day
library-program-module-complete = Every session practised · { $minutes } min in all
library-program-you-are-here = Where you are now
library-program-call = With the cohort, to close the module:
library-program-call-question = Its question: { $question }
library-program-not-yet = not yet
library-program-practised-times = { $times ->
    [one] practised once · { $minutes } min
   *[other] practised { $times } times · { $minutes } min
}

## What the practice is, and is not: before the first session, and in About

library-care-note-title = Before you begin
library-care-note-thanks = Thank you
library-care-note-not-therapy = Stillpoint offers practice, not therapy or treatment.
library-care-note-invitation = Everything in it is an invitation. You can skip a step, open your eyes, move, or stop at any time, and come back another day.
library-care-note-support = If a session stirs up more than you expected, it is all right to stop. Let someone know: a person you trust, your doctor or a counsellor. If you are in crisis, call your local emergency number or a crisis line.
library-about-title = About Stillpoint
library-about-version = Version { $version } (session format { $session_format }, practice log format { $log_format })
library-about-summary = Guided mindfulness, compassion and well-being sessions for the Compassionate Systems program, with bells timed exactly and a practice log that stays on this computer.
library-about-what-it-is = What this practice is, and is not
library-about-program = The program, its arc over the six-month cycle and the traditions it draws on are described in program.md, installed with Stillpoint's documentation.

## Authoring: the practitioner's own session files

library-authoring-folder = Your sessions folder: { $path }
library-authoring-reread = Files saved there are read again within a second. `stillpoint new FILE` starts one.
library-authoring-none-yet = No session files of your own yet. Copy a bundled session into the folder above, or start one with `stillpoint new`.
library-authoring-ready = { $file }: "{ $title }", ready to practise
library-authoring-copy-hint = Click to copy the location
library-authoring-copy = Copy location
library-authoring-as-validate = As `stillpoint validate` shows it
library-authoring-copied = Copied { $location }
library-authoring-opened = Opened { $path }
library-authoring-not-opened = The folder could not be opened ({ $problem }); it is { $path }
library-watch-cannot-make = Your sessions folder { $path } cannot be made: { $problem }
library-watch-not-watched = Changes to { $path } are not seen until Stillpoint starts again ({ $problem }).

## Fonts: a script no font on this computer has. The package names stay
## as they are: they are what to type.

library-fonts-missing = Some text is in { $script }, and no font on this computer has its letters, so it shows as empty boxes. Installing the { $package } package (sudo apt install { $package }) brings them.
library-fonts-script-cjk = Chinese, Japanese or Korean
library-fonts-script-emoji = emoji
library-fonts-script-other = a script this computer has no font for

## The window

library-window-cannot-open = cannot open the window: { $problem }
    Without a display, `stillpoint play SESSION --no-gui` plays a session in the terminal.

## The library's cards and the shelf to go on from

library-heading-continue = Where you left off
library-continue-next-in = Next in { $program }
library-continue-last = Practised last
library-continue-pause = A pause, any time
library-card-practised = { $times ->
    [one] practised once
   *[other] practised { $times } times
}
library-card-not-yet = not practised yet
library-card-lens = { $lens } lens
