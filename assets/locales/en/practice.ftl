## practice: the Practice view (streaks, totals, the calendar, minutes a
## week, milestones, the history) and the words the statistics give it.

practice-back = Back to the library
practice-heading = My practice
practice-kind = { $kind ->
    [informal] Informal practice
    [call] Contemplative call
    [retreat] Retreat
    [journaling] Journaling
    [teaching] Leading a practice
   *[formal] Formal practice
}
practice-dismiss = Dismiss

## Lengths of time, short, as the statistics and the history show them.

practice-minutes = { $minutes } min
practice-hours = { $hours } h
practice-hours-minutes = { $hours } h { $minutes } min

## The line under the library's top bar.

practice-today-nothing-yet = Nothing practised yet today
practice-today-under-a-minute = Today: under a minute
practice-today-minutes = Today: { $minutes } min
# $today is one of the three lines above; $streak is practice-days-in-a-row.
practice-today-and-streak = { $today } · { $streak }

## Streaks and totals.

# Also a milestone's title and a cohort member's streak.
practice-days-in-a-row = { $days ->
    [one] { $days } day in a row
   *[other] { $days } days in a row
}
practice-nothing-logged = Nothing logged yet. Each session you play is kept here, with its notes.
practice-streak-new = A new streak begins with your next session.
practice-streak-with-today = { $days ->
    [one] { $days } day in a row.
   *[other] { $days } days in a row.
}
practice-streak-waiting-for-today = { $days ->
    [one] { $days } day in a row; today's practice carries it on.
   *[other] { $days } days in a row; today's practice carries it on.
}
practice-streak-longest = { $days ->
    [one] Longest: { $days } day
   *[other] Longest: { $days } days
}
practice-today-and-this-week = Today { $today } min · this week { $this_week } min
practice-goal-heading = Weekly goal
practice-goal-this-week = This week: { $days } of { $wanted } days
practice-goal = { $minutes } min of formal practice on { $days ->
    [one] one day
   *[other] { $days } days
} a week
practice-goal-weeks-met = Met in { $met } of the last { $weeks } weeks
practice-journal = Journal
practice-journal-search = Search the journal
practice-journal-kind = Show
practice-journal-every-kind = Every kind
practice-journal-from = From
practice-journal-to = To
practice-journal-marked-only = Only my portfolio
practice-journal-count = { $count ->
    [0] No notes found
    [one] One note
   *[other] { $count } notes
}
practice-journal-show-more = Show more notes
practice-report = Make a report
practice-report-name = Name on the cover
practice-report-reflections = Reflections
practice-report-reflections-marked = Those marked for my portfolio
practice-report-reflections-none = None
practice-report-reflections-all = Every note
practice-report-make = Make the report
practice-report-making = Making the report…
practice-report-written = The report is in { $file }
practice-report-open = Open the report
# $time is a length such as "10 h 43 min"; $average is in minutes.
practice-in-all = In all: { $time } in { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } on { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { NUMBER($average, maximumFractionDigits: 1) } min on average

## The calendar of the last year and the weekly chart.

practice-last-year = The last year
practice-calendar-summary = Practised on { $practised } of the last { $days } days
# $day is a date written with date-weekday-day-month-year.
practice-calendar-day = { $day }: { $minutes } min
practice-minutes-a-week = Minutes a week
# $week is the week's first day, written with practice-date-day-short-month.
practice-week-bar = week of { $week }: { $minutes } min
practice-weeks-range = From the week of { $first_week } to this week; the most in a week: { $most } min

## Domains and milestones.

practice-by-domain = By domain
practice-domain-time = { $domain }: { $time }
practice-domain-mindfulness = Mindfulness
practice-domain-compassion = Compassion
practice-domain-well-being = Well-being
practice-domain-timer = Timers
practice-domain-other = Other practice
practice-milestones = Milestones
practice-milestone-first-session = Your first session
practice-milestone-hours = { $hours } hours of practice
practice-milestone-reached = { $milestone } · { $date }
# $milestone is a milestone's title, in lower case where the language has it.
practice-milestone-ahead = Still ahead: { $milestone }

## Adding a session practised away from the app.

practice-form-heading = Practised somewhere else?
practice-form-date = Date
practice-form-time = Time
practice-form-minutes = Minutes
practice-form-kind = Kind of practice
practice-form-note-hint = A note, if you like
practice-form-add = Add to my practice
practice-form-not-a-date = "{ $given }" is not a date like 2026-11-24
practice-form-not-a-time = "{ $given }" is not a time like 07:30
practice-form-not-minutes = "{ $given }" is not a number of minutes
practice-form-no-such-time = The clocks changed around that time here, so it is unclear; you might choose another.
practice-form-minutes-out-of-range = A session added here can be from 1 to { $most } minutes long; { $given } was given.
practice-form-in-the-future = { $start } is still to come; you might add the session once it is practised.

## The history.

practice-history = History
practice-history-deleted = Deleted "{ $title }" of { $day }.
practice-history-undo = Undo
practice-history-empty = Your sessions will be listed here.
practice-history-ended-early = ended early
practice-history-interrupted = interrupted
# How the practitioner felt before and after, from 1 to 5.
practice-history-feeling = feeling { $before } → { $after }
practice-history-note-hint = A note
practice-history-save-note = Save note
practice-history-cancel = Cancel
practice-history-edit-note = Edit note
practice-history-add-note = Add a note
practice-history-delete = Delete
practice-history-portfolio = For my portfolio
practice-history-show-more = Show more

## Notices about the log, shown above the view until dismissed.

practice-notice-interrupted = "{ $title }" on { $when } stopped before its end. Its { $minutes } min are in your log, marked interrupted.
# The lines left out follow, one a line.
practice-notice-unreadable-lines = Some lines of your practice log could not be read and are left out (the file is kept as it is):
practice-notice-not-shared = Your practice could not be shared with the cohort in { $folder }: { $reason }.
practice-notice-rules-not-saved = Your practice settings cannot be saved: { $reason }
practice-write-problem = Your practice log cannot be written just now: { $problem }. { $waiting ->
    [one] { $waiting } change is kept here and written as soon as it can be.
   *[other] { $waiting } changes are kept here and written as soon as they can be.
}

## Dates (chrono formats: %A weekday, %a its short name, %-d day, %B
## month, %b its short name, %Y year, %H:%M the time).

practice-date-day-short-month = %-d %b
practice-date-day-month = %-d %B
practice-date-day-month-year = %-d %B %Y
practice-date-weekday-day-month-time = %A %-d %B, %H:%M
practice-date-entry = %a %-d %b %Y, %H:%M

## The portfolio report

report-title = Practice record
report-cohort = Cohort: { $cohort }
report-date = %-d %B %Y
report-period = From { $from } to { $to } ({ $days } days)
report-period-so-far = From { $from } to today, { $to } ({ $days } days so far; the period runs to { $end })
report-goal = Weekly goal: { $minutes } min of formal practice on { $days ->
    [one] one day
   *[other] { $days } days
} a week
report-no-goal = No weekly goal was set.
report-figures = Figures
report-minutes-total = In all: { $time } ({ $minutes } min)
report-days-practised = Days practised: { $days } of { $of }
report-sessions = Practices logged: { $sessions }
report-calls = Contemplative calls attended: { $calls }
report-weeks-met = Goal met in { $met } of { $weeks } weeks
report-by-practice = Minutes by kind of practice
report-column-practice = Kind of practice
report-column-minutes = Minutes
report-column-time = Time
report-weeks = Weeks
report-column-week = Week of
report-column-days-practised = Days practised
report-column-days-meeting-goal = Days meeting the goal
report-column-met = Goal
report-met = met
report-not-met = not met
report-by-domain = By domain
report-by-lens = By lens
report-column-sessions = Practices
report-program = The program: { $program }
report-column-module = Module
report-column-sessions-practised = Sessions practised
report-column-complete = Complete
report-complete = complete
report-domain-other = Other practice
report-calendar = The period, day by day
report-calendar-alt = A column a week from { $first } to { $last }, a row a weekday from the first at the top, the darker the more minutes: { $days } of { $of } days with practice
report-minutes-a-week = Minutes a week
report-minutes-a-week-alt = Minutes a week, from { $first } to { $last }; the most in a week: { $most } min
report-reflections = Reflections
report-no-reflections = No reflections were chosen for this report.
report-prompt = Prompt: { $prompt }
practice-history-replaced-note = Replaced by an edit on another computer:
