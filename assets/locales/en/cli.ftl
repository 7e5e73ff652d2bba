## cli
## What the `stillpoint` command prints. Ids, file names, codes and
## JSON stay as they are; only the words around them are here.

## Shared by the commands

# Put before a line that needs attention but stops nothing.
cli-warning = warning: { $message }
cli-note = note: { $message }
cli-error = error: { $message }
# Between the items of a list written on one line.
cli-separator = {", "}
# Minutes practised, and days.
cli-minutes = { $minutes } min
cli-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# Practice logged without a domain.
cli-domain-other = other
# Said of something that could not be used, a sound or the voice.
cli-left-out = { $what } was left out: { $error }
cli-duration-hint = { $error }; write durations like "90s", "5m" or "1h 10m"
cli-no-data-folder = cannot find a data folder; give one with --data-dir
cli-no-synthesizer = no speech synthesizer is installed (espeak-ng), so the guidance is shown, not spoken
cli-cannot-write = cannot write { $file }
cli-cannot-open = cannot open { $file }
cli-cannot-remove = cannot remove { $file }

## Finding a session

cli-no-session-with-id = there is no session with the id "{ $id }"; `stillpoint list` shows them all
cli-no-session-did-you-mean = there is no session with the id "{ $id }"; did you mean "{ $suggestion }"?
cli-session-has-errors = { $name } has errors and cannot be played

## stillpoint list

cli-list-with-errors = Sessions with errors (run `stillpoint validate` on them for details)
cli-list-own-sessions-folder = Your own sessions go in { $folder }

## stillpoint log

cli-log-empty = No practice logged yet. Sessions you play are logged here.
cli-log-ended-early = (ended early)
cli-log-interrupted = (interrupted)
cli-log-no-entry = there is no entry with the id "{ $id }"; `stillpoint log` shows them
cli-log-note-saved = The note of "{ $title }" on { $date } is saved.
cli-log-deleted = Deleted "{ $title }" on { $date }. `stillpoint log restore { $id }` brings it back.
cli-log-restored = Restored "{ $title }" on { $date }.
cli-log-marked = "{ $title }" of { $date } is in your portfolio: its note goes into reports.
cli-log-marked-no-note = "{ $title }" of { $date } is in your portfolio. It has no note yet: `stillpoint log note { $id } TEXT` adds one for reports.
cli-log-unmarked = "{ $title }" of { $date } is no longer in your portfolio.
cli-log-added = Logged { $minutes } min of "{ $title }" on { $date } ({ $id }).
cli-log-bad-start = --start `{ $text }` is not an RFC 3339 time ({ $reason }); write it like 2026-11-24T07:30:00+01:00
cli-log-recovered = "{ $title }" stopped before its end on { $date }; its { $minutes } min are in your practice log as interrupted.
cli-log-unreadable-saved-session = a saved session could not be read: { $problem }
# Dates in the log: a day, and a moment with its offset from UTC.
cli-date-day = %Y-%m-%d
cli-date-moment = %Y-%m-%d %H:%M %:z
cli-date-moment-local = %Y-%m-%d %H:%M

## stillpoint stats

cli-stats-empty = No practice logged yet. Your statistics start with your first session.
cli-stats-today = Today ({ $date }): { $minutes } min
cli-stats-streak = Streak: { $current }; longest { $longest }
cli-stats-streak-waiting = Streak: { $current } (today's practice will carry it on); longest { $longest }
cli-stats-in-all = In all: { $total } in { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } on { $days }; { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } min a session on average
cli-stats-this-week = This week: { $minutes } min
cli-goal = { $minutes } min on { $days ->
    [one] one day
   *[other] { $days } days
} a week
cli-goal-set = Weekly goal set: { $goal } of formal practice (sessions, calls, retreats).
cli-goal-off = The weekly goal is off.
cli-goal-none = No weekly goal is set. `stillpoint goal set --minutes 20 --days 5` sets one.
cli-goal-this-week = Goal: { $goal }. This week: { $days } of { $wanted } days.
cli-goal-weeks-met = Met in { $met } of the last { $weeks } weeks:
cli-goal-met = met
cli-report-format = "{ $file }": a report is written as a PDF (.pdf) or Markdown (.md)
cli-report-written = Wrote the report to { $file }, with { $reflections ->
    [one] one reflection
   *[other] { $reflections } reflections
}.
cli-report-missing-font = no font on this computer has { $letters }: they show as empty boxes (Debian: install fonts-noto-core and fonts-noto-cjk)
cli-not-a-date = "{ $given }" is not a date like 2026-10-01
cli-stats-by-domain = By domain: { $domains }
cli-stats-domain-minutes = { $domain } { $minutes } min
cli-stats-weeks = Minutes a week, the last { $weeks ->
        [one] week
       *[other] { $weeks } weeks
    }:
cli-stats-milestones = Milestones:
cli-stats-milestone = { $title } ({ $date })

## stillpoint export and import

cli-export-done = Exported { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } to { $file }.
cli-import-left-out = { $reason }; left out
cli-import-cut-short = { $reason }, so the file was cut short here; the sessions before this line are imported. Export it again to bring in the rest.
cli-import-done = Imported from { $file } ({ $format }): { $added } added, { $already } already in your log, { $skipped } skipped.
cli-import-done-cut-short = Imported from { $file } ({ $format }): { $added } added, { $already } already in your log, { $skipped } skipped; the file stops short at line { $line }.

## stillpoint play

cli-play-name-a-session = name a session to play, or an invitation with --invite
cli-play-clock-not-synchronized = this computer's clock is not kept in step with a time server, so its bells may not ring with everyone else's
cli-play-begins-together = "{ $title }" begins together { $when }: in { $left }
cli-play-joining = Joining { $late } after the first bell.
cli-play-joining-in-series = Joining { $late } after the first bell ({ $place }).
cli-play-keys = space pauses · s skips a step · + adds a minute · q ends
cli-play-speech-failed = the guidance can no longer be spoken ({ $why }); it goes on as text
cli-play-completed = Completed: "{ $title }", { $practised } practised.
cli-play-ended-early = Ended early: "{ $title }", { $practised } practised.
cli-play-logged = Logged in your practice log.
cli-play-not-logged = This session could not be logged yet: { $problem }
cli-play-logged-later = It is kept, and will be logged the next time Stillpoint starts.
# The line under the guidance while a session plays in the terminal.
cli-play-status-settling = settling · first bell in { $left }
cli-play-status-left = step { $step } of { $steps } · { $left } left
cli-play-status-so-far = step { $step } of { $steps } · { $position } so far
cli-play-status-paused = paused
cli-play-status-separator = {" · "}

## stillpoint show

cli-show-id = id: { $id }
cli-show-domain = domain: { $domain }
cli-show-domain-lens = domain: { $domain }, lens: { $lens }
cli-show-length = length: { $length }
cli-show-author = by { $author }
cli-show-tags = tags: { $tags }
cli-show-steps = Steps:
cli-show-steps-for-length = Steps, for a session of { $length }:
cli-show-until-you-end-it = until you end it
cli-show-afterwards = Afterwards: { $reflection }
# The columns of `show --stats`.
cli-pacing-step = step
cli-pacing-session = session
cli-pacing-length = length
cli-pacing-minutes = minutes
cli-pacing-cues = cues
cli-pacing-words = words
cli-pacing-screen = screen
cli-pacing-speaking = speaking
cli-pacing-top-step = top step
cli-pacing-open = open
cli-pacing-minutes-value = { NUMBER($minutes, minimumFractionDigits: 1, maximumFractionDigits: 1) }
cli-pacing-step-notes = screen: the most words on screen at once. speaking: the share of the step spoken at 110 words a minute.
cli-pacing-library-notes = screen: the most words on screen at once. speaking: the share of the session spoken at 110 words a minute; top step: the highest share of any step.

## stillpoint timeline

cli-timeline-ends = { $title } — ends at { $end } (settle { $settle } first)
cli-timeline-open-ended = { $title } — open-ended; the first hour of the open step is shown
cli-timeline-kind = { $kind ->
        [step] step
        [cue] cue
        [bell] bell
        [voice] voice
        [ambient] ambient
       *[end] end
    }
cli-timeline-strike = ({ $strike } of { $strikes })

## stillpoint render

cli-render-wrote = wrote { $file }: "{ $title }", { $length } (48 kHz stereo, 16-bit)
cli-render-wrote-spoken = wrote { $file }: "{ $title }", { $length } (48 kHz stereo, 16-bit, guidance spoken)

## stillpoint new

cli-new-default-title = My session
cli-new-cannot-make-folder = cannot make the folder { $folder }
cli-new-exists = { $file } already exists; choose another name (nothing was changed)
cli-new-cannot-write = cannot write { $file }: { $error }
cli-new-wrote = Wrote { $file }: a { $template ->
        [timer] timer
        [flexible] flexible
       *[guided] guided
    } session with the id "{ $id }".
cli-new-open-it = Open it in any text editor; `stillpoint validate { $file }` checks it.
cli-new-keep-it-in = To see it in the library, keep it in { $folder } (or copy it there).

## stillpoint validate

cli-validate-cannot-read = cannot read { $path }: { $error }
cli-validate-ok-session = ok  { $file }  { $id }: "{ $title }", { $domain }, { $length }
cli-validate-ok-program = ok  { $file }  program { $id }: "{ $title }", { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    }, { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
cli-validate-summary = { $files ->
        [one] { $files } session file
       *[other] { $files } session files
    } checked: { $good } good, { $bad } with errors, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-validate-nothing-found = no session files (*.ron) found

## stillpoint invite

cli-invite-bad-at = --at `{ $text }` is not an RFC 3339 time ({ $reason }); write it like 2026-11-27T15:00:00+01:00
cli-invite-no-end = { $problem }; give the length everyone sits with --length
cli-invite-cannot-write-calendar = cannot write the calendar file { $file }
cli-invite-wrote-calendar = Wrote { $file }: open it to add the sit to a calendar (adding it again updates the same event).
cli-invite-wrote = Wrote { $file }.
cli-invite-already-ended = Note: this sit has already ended ({ $date } UTC); whoever opens the code will be told so. Give a later --at to invite others.
cli-invite-share = "{ $title }" at { $date } ({ $utc } UTC). Share this code; `stillpoint play --invite CODE` joins:
cli-invite-share-repeating = "{ $title }" at { $date } ({ $utc } UTC), { $repeats }. Share this code; `stillpoint play --invite CODE` joins:
cli-invite-is-a-folder = { $file } is a folder; give the name of a file to write in it
cli-invite-no-folder = cannot write { $file }: the folder { $folder } does not exist
cli-date-invite-ended = %A %-d %B %Y, %H:%M
cli-date-invite-start = %A %-d %B, %H:%M %:z
cli-date-utc-time = %H:%M

## stillpoint cohort

cli-cohort-give-a-name = give a name the cohort will know you by: --name NAME
cli-cohort-name-too-long = a name of at most { $most } characters, on one line, please: the others see it beside their own
cli-cohort-folder-not-found = the cohort folder { $folder } cannot be found
cli-cohort-not-a-folder = { $folder } is not a folder
cli-cohort-cannot-save = cannot save { $file }
cli-cohort-shared-days = the days you practise
cli-cohort-shared-minutes = your minutes
cli-cohort-shared-domains = the domains
cli-cohort-shared-streak = your streak
cli-cohort-joined = Joined the cohort in { $folder } as { $name }. Shared: { $shared }; never your notes.
cli-cohort-cannot-share = cannot write your file in the cohort folder { $folder }
cli-cohort-not-in-one = you are not in a cohort
cli-cohort-not-in-one-join = you are not in a cohort; `stillpoint cohort join DIR --name NAME` joins one
cli-cohort-week = The cohort in { $folder }, the week of { $date }:
cli-cohort-member = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $minutes } min
cli-cohort-member-streak = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $minutes } min, { $streak ->
        [one] { $streak } day in a row
       *[other] { $streak } days in a row
    }
cli-cohort-together = Together: { $days ->
        [0] no day yet on which everyone practised
        [one] { $days } day on which everyone practised
       *[other] { $days } days on which everyone practised
    }; { $minutes } min in all.
cli-cohort-left = You have left the cohort in { $folder }; your file there is removed, everyone else's is left as it is.
cli-cohort-cannot-save-settings = cannot write the cohort's settings in { $folder }
cli-cohort-ranking-on = The cohort is now listed by minutes this week, for everyone.
cli-cohort-ranking-off = The cohort is listed by name again, for everyone.

## stillpoint --help: every command's and argument's help, by its place
## in the command tree (help-log-add-minutes is `log add --minutes`); a
## test keeps these word for word as the doc comments in src/cli/args.rs.

help-stillpoint = A desktop meditation player for the Compassionate Systems program
help-data-dir = Keep all of Stillpoint's state (practice log, settings, your own sessions) in DIR instead of the usual data folder
help-list = List the sessions in the library: the bundled program and your own
help-play = Play a session
help-play-long =
    Play a session.

    With --no-gui it plays in the terminal: a live countdown and the guidance as it comes; space pauses, s skips a step, + adds a minute, q ends.
help-play-session = A session file, or the id of a bundled or user session
help-play-invite = Join a shared sit: an invitation file or code (from `stillpoint invite`). Opened early it counts down to the first bell; opened late it joins where the others are
help-play-length = For a flexible session, the chosen length; for an open-ended one, when it ends by itself
help-play-no-gui = Play in the terminal instead of the window
help-play-speak = With --no-gui: read the guidance aloud with the system's speech synthesizer (espeak-ng), where a cue has no recording
help-invite = Invite others to sit together: a session whose first bell rings at the same moment for everyone who opens the invitation, once or every few days or weeks
help-invite-session = A session file, or the id of a bundled or user session
help-invite-at = When the first bell rings, in RFC 3339 with your offset, e.g. 2026-11-27T15:00:00+01:00
help-invite-length = For a flexible session, the length everyone sits; for an open-ended one, when it ends (which a calendar event needs)
help-invite-every = Sit again every N days or weeks (1d, 1w, 2w), --count times in all
help-invite-count = With --every, how many sits in all, the first among them (1 to 100)
help-invite-rrule = Or repeat by a calendar rule: FREQ=DAILY or FREQ=WEEKLY, INTERVAL, and COUNT or UNTIL, e.g. "FREQ=WEEKLY;INTERVAL=2;COUNT=6"
help-invite-output = Also write the invitation as a file
help-invite-ics = Also write it as a calendar event (.ics) to open in a calendar; adding it again updates the same event
help-show = Show a session: its details, its steps and their guidance
help-show-session = A session file, or the id of a bundled or user session
help-show-length = For a flexible session, the length to lay the steps out for (for example "20m")
help-show-stats = Show the pacing instead: for each step, its cues, its words, the most words on screen at once and the share of it taken by speaking at 110 words a minute. Without a session, one line for each session in the library
help-timeline = List a session's events in time: steps, bells, voice, ambient, end
help-timeline-long =
    List a session's events in time: steps, bells, voice, ambient, end.

    Times are counted from the first bell, after the settling countdown.
help-timeline-session = A session file, or the id of a bundled or user session
help-timeline-length = The length to lay the session out for: for a flexible session, the chosen length; for an open-ended one, when it is ended
help-timeline-json = Print a JSON array of events (`at_ms`, `kind`, `label`, ...)
help-render = Render a session to a WAV file, to listen to anywhere or share
help-render-long =
    Render a session to a WAV file, to listen to anywhere or share.

    The file starts at the first bell and lasts exactly as long as the session, closing bell included.
help-render-session = A session file, or the id of a bundled or user session
help-render-output = The WAV file to write
help-render-length = For a flexible session, the chosen length; an open-ended session needs one, and ends there
help-render-speak = Read the guidance aloud in the file, with the system's speech synthesizer (espeak-ng), where a cue has no recording
help-log = Show the practice log: every session practised, oldest first
help-log-json = Print a JSON array of entries
help-log-add = Log practice away from the app: a session, a call, a retreat day, journaling, practice in daily life, or leading others
help-log-add-start = When it started, in RFC 3339 with your UTC offset then, e.g. 2026-11-24T07:30:00+01:00. That offset is the one recorded
help-log-add-minutes = How many minutes were practised
help-log-add-session = The id of the session practised, if it was one of the library's
help-log-add-practice = The kind of practice: formal, informal, call, retreat, journaling or teaching; else the session's own kind, or formal
help-log-add-note = A note to keep with it
help-log-note = Replace the note of an entry (an empty text removes it)
help-log-note-id = The entry's id, as `stillpoint log` shows it
help-log-note-text = The new note, in quotes; "" removes it
help-log-delete = Delete an entry. It stays in the file's history; `restore` brings it back
help-log-delete-id = The entry's id, as `stillpoint log` shows it
help-log-restore = Bring back a deleted entry
help-log-restore-id = The entry's id
help-log-mark = Choose an entry for your portfolio: its note goes into reports
help-log-mark-id = The entry's id, as `stillpoint log` shows it
help-log-unmark = Take an entry out of your portfolio
help-log-unmark-id = The entry's id, as `stillpoint log` shows it
help-goal = A weekly goal of formal practice (sessions, calls, retreats): at least so many minutes on so many days a week. Without a subcommand, this week's progress
help-goal-set = Set the goal, e.g. `--minutes 20 --days 5`
help-goal-set-minutes = Minutes of formal practice that make a day count toward it
help-goal-set-days = Days a week with those minutes
help-goal-off = Remove the goal
help-desk = The bells at the desk: whether a bell would ring now, and if not, why
help-desk-status = On or off, the next bell, a quiet asked for, and every reason that holds a bell now (do not disturb, a fullscreen window, a call or a recording, a locked screen, time away, the battery, a quiet, the hours, the bells off), read from the desktop as the bells read it
help-desk-status-json = Print JSON (`enabled`, `next_bell`, `quiet_until`, `held_by`)
help-devices = One practice on every computer you use: share the log through a folder your sync tool keeps in step between your computers
help-devices-link = Link this computer to a folder your sync tool shares between your computers (Syncthing, Nextcloud, Dropbox, a network share). Its practice is written there, and the others' is read from there
help-devices-link-dir = The shared folder
help-devices-link-name = What to call this computer, e.g. "School laptop": by default the name it had, or the system's name for it. Linking again with another name renames it
help-devices-status = The computers linked: when each last wrote, and how many entries each holds
help-devices-status-json = Print JSON (`folder`, `computers` with `name`, `this_computer`, `left`, `last_wrote`, `entries`)
help-devices-unlink = Stop sharing. This computer's file stays in the folder, marked as left, and its practice still counts on the others
help-report = The record of a period of practice for a portfolio review: a PDF or Markdown report, or its figures as JSON
help-report-long =
    The record of a period of practice for a portfolio review: a PDF or Markdown report, or its figures as JSON.

    The period is of practice days: a sit at 01:30 on the day after the last day, before the day-start hour, is inside it. Notes enter only when marked for the portfolio (`log mark`), unless asked otherwise.
help-report-from = The first practice day, e.g. 2026-10-01
help-report-to = The last practice day, e.g. 2027-03-31
help-report-output = The file to write: a PDF (.pdf) or Markdown (.md)
help-report-json = Print the figures as JSON
help-report-name = The name to print on the cover (your cohort name when not given)
help-report-reflections = Which reflections to include: marked (the default), none or all
help-new = Write a new session file to start from, with notes on every field
help-new-long =
    Write a new session file to start from, with notes on every field.

    The file is valid as it is; change the words, the steps and the bells in any text editor, and `stillpoint validate FILE` checks it.
help-new-file = The file to write (`.ron` is added without an extension). Put it in your sessions folder to see it in the library
help-new-template = What kind of session to start from
help-cohort = Practise with a cohort through a shared folder that your sync tool (Syncthing, Nextcloud, Dropbox, a network share) keeps in step
help-cohort-join = Link a cohort folder and share your practice there: the days you practise, your minutes, the domains (unless turned off) and, if you like, your streak. Never your notes
help-cohort-join-dir = The shared folder
help-cohort-join-name = The name the cohort knows you by
help-cohort-join-no-domains = Do not share the domains you practise
help-cohort-join-share-streak = Share your current streak too
help-cohort-status = Who practised this week, and the days on which everyone did
help-cohort-status-json = Print JSON (`members` with `name`, `days_practised_this_week`, `minutes_this_week`; `days_all_practised`)
help-cohort-leave = Stop sharing: removes your own file from the cohort folder
help-cohort-ranking = List the cohort by minutes this week instead of by name, for everyone in it (off unless the cohort turns it on)
help-stats = Show practice statistics: streaks, totals, minutes a week, milestones
help-stats-json = Print JSON (`current_streak_days`, `longest_streak_days`, `total_minutes`, `sessions`, `days_practised` and more)
help-export = Export the practice log as a CSV file, for a spreadsheet or a backup
help-export-csv = The CSV file to write
help-import = Import practice from another app: Insight Timer's CSV export, Apple Health's export.xml (its mindful sessions), Meditation Assistant's CSV, or a Stillpoint export
help-import-long =
    Import practice from another app: Insight Timer's CSV export, Apple Health's export.xml (its mindful sessions), Meditation Assistant's CSV, or a Stillpoint export.

    Sessions already in the log are left out, also when logged from another source (a start within a minute, the same length), so importing a file twice adds nothing. Times without a zone are read in this computer's time zone as it was then.
help-import-file = The file to read
help-import-format = The file's format; found from its header when not given
help-validate = Check session files and report every problem at file:line:col
help-validate-long =
    Check session files and report every problem at file:line:col.

    Folders are searched for .ron files recursively. Exits with status 1 when any file has an error; warnings alone leave it at 0.
help-validate-paths = Session files or folders
help-new-template-guided = Steps with words on screen (and, if you like, recordings of them)
help-new-template-timer = Silence held by bells
help-new-template-flexible = A length the practitioner chooses, filled by one step
help-import-format-stillpoint-csv = Stillpoint's own export (`stillpoint export --csv`)
help-import-format-insight-timer = Insight Timer's CSV export
help-import-format-meditation-assistant = Meditation Assistant's CSV export
help-import-format-apple-health = Apple Health's `export.xml`: its mindful sessions
help-report-reflections-marked = Notes of entries marked for the portfolio
help-report-reflections-none = No notes at all
help-report-reflections-all = Every note in the period

# clap's own words, given in the other languages.
help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag-help = Print help
help-flag-version = Print version
help-help = Print this message or the help of the given subcommand(s)
help-env = [env: { $name }=]
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
cli-devices-linked = This computer, { $name }, now shares its practice through { $folder }.
cli-devices-linked-next = Link your other computers to the same folder as your sync tool has it there: `stillpoint devices link <folder> --name "…"`. `stillpoint devices status` shows what each has written.
cli-devices-unlinked = This computer no longer shares its practice through { $folder }. Its file stays there, marked as left; the practice in it still counts on your other computers.
cli-devices-not-linked = This computer is not linked to a shared folder. Link it with `stillpoint devices link <folder> --name "…"`.
cli-devices-folder = Shared through { $folder }
cli-devices-this-computer = { $name } (this computer)
cli-devices-left = { $name } (left)
cli-devices-last-wrote = last wrote { $when }
cli-devices-never-wrote = nothing written since it was linked
cli-devices-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
cli-devices-together = Together: { $count ->
    [one] 1 entry
   *[other] { $count } entries
}, each counted once.
cli-log-replaced-note = Replaced by an edit on another computer:
cli-devices-still-linked = This computer, { $name }, shares its practice through { $folder }.
cli-devices-unlinked-own = From now on this computer shows its own practice only.
cli-devices-renamed = This computer is now called { $name } on all your computers.
