## errors: what the core says when something cannot be read, written or
## done (the practice log, imports, repeats and calendars, speech, audio
## files, rendering), and the few words it puts on a session's timeline.
## Words in `backticks`, CSV column names and iCalendar names (FREQ,
## COUNT…) are what the files hold: they stay as they are.

## The practice log. A skipped line is said as
## "<file>:<line>: <problem>; skipped".

errors-log-cannot-read = cannot read the practice log { $path }: { $reason }
errors-log-cannot-write = cannot write to the practice log { $path }: { $reason }
errors-log-busy = another Stillpoint is writing the practice log { $path } and has not finished after { $seconds } s; try again in a moment
errors-log-not-a-file = it is not a regular file
errors-log-line = line { $line }: { $message }
errors-log-skipped = { $problem }; skipped
errors-log-unknown-entry = names entry `{ $id }`, which is not in the log; skipped
errors-log-duplicate-entry = entry `{ $id }` is already in the log; skipped
errors-log-not-an-entry = not a session entry

## Why a line of the log cannot be read. $field is the name the file uses.

errors-line-damaged = damaged: { $reason }
errors-line-not-text = damaged: not UTF-8 text
errors-line-newer = written by a newer Stillpoint (format { $format }); kept in the file, but not shown here
errors-line-empty-id = the id is empty
errors-line-feeling = { $field } is { $value }; feelings go from 1 to 5
errors-line-missing = the entry has no `{ $field }`
errors-line-bad-start = start_utc `{ $start }` is not an RFC 3339 time: { $reason }
errors-line-bad-offset = utc_offset `{ $offset }` is not an offset like +01:00
errors-line-unknown-practice = practice `{ $given }` is not a kind of practice this version of Stillpoint knows
errors-line-clock = its clock is past the year 3000
errors-line-too-long = practised_secs is { $minutes } minutes; one entry holds at most { $days } days
errors-practice-unknown = "{ $given }" is not a kind of practice; the kinds are { $kinds }
errors-goal-minutes = A goal is from 1 to { $most } minutes a day; { $given } was given
errors-goal-days = A goal is on 1 to 7 days a week; { $given } was given
errors-report-backwards = The period ends ({ $to }) before it begins ({ $from })
errors-report-too-long = A report covers at most { $days } days
errors-report-not-begun = The period has not begun yet: it starts on { $from }
errors-report-pdf = The PDF could not be made: { $reason }

## Reading and writing files, in a person's words.

errors-io-disk-full = the disk is full
errors-io-read-only = the disk is read-only
errors-io-permission-denied = permission was denied
errors-io-folder-in-place = a folder is in its place

## A session practised elsewhere, added by hand.

errors-manual-minutes = the minutes practised must be from 1 to { $most }; { $given } was given
errors-manual-future = { $start } is still to come; log a session once it is practised

## Importing practice. $column is a column's name as the file writes it
## (Started At, Duration, ID, practised_secs…); $text is what the file holds.

errors-import-empty = the file is empty
errors-import-unknown-header = the first line is not a header Stillpoint knows ({ $found }); expected Insight Timer's Started At,Duration,Preset,Activity, Meditation Assistant's "ID","Length","Started","Completed","Message", a Stillpoint export, or Apple Health's export.xml
errors-import-not-health = this is not Apple Health's export.xml (it begins with { $found }, not <HealthData>)
errors-import-wrong-header = the header does not match --format { $format }: { $found }
errors-import-cannot-read = cannot read the file
errors-import-found-xml = an XML file
errors-import-not-a-text-file = it is not a text file
errors-import-not-text = not UTF-8 text
errors-import-empty-id = the { $column } is empty
errors-import-column-empty = { $column } is empty
errors-import-not-whole = { $column } "{ $text }" is not a whole number
errors-import-longer-than-a-day = { $column } "{ $text }" is longer than a day
errors-import-secs-longer-than-a-day = practised_secs { $seconds } is longer than a day
errors-import-feeling = { $column } { $value } is not from 1 to 5
errors-import-bad-start = start "{ $text }" is not an RFC 3339 time ({ $reason })
errors-import-bad-ended = ended "{ $text }" is not completed, ended early or interrupted
errors-import-ma-bad-started = Started "{ $text }" is not a time like 2024-03-01 07:30
errors-import-ma-bad-length = Length "{ $text }" is not a length like 00:20
errors-import-insight-bad-started = Started At "{ $text }" is not a time like 10/15/2024 06:30:00 or 10/15/2024 6:30:00 AM
errors-import-insight-bad-duration = Duration "{ $text }" is not a length like 0:20:00
errors-import-insight-no-time = Duration "{ $text }" is no time at all
errors-import-insight-skipped-hour = Started At "{ $text }" is in the hour the clocks skipped when they went forward; read as { $time }
errors-import-health-no-element = no XML element at all
errors-import-health-ends-early = the file ends before </HealthData>
errors-import-health-unreadable = the file cannot be read from here on ({ $reason })
errors-import-health-no-attribute = the record has no { $attribute }
errors-import-health-bad-time = { $attribute } "{ $text }" is not a time like 2022-07-31 09:20:46 -0700
errors-import-health-end-before-start = endDate "{ $end }" is not after startDate "{ $start }"
errors-import-health-longer-than-a-day = the session from { $start } to { $end } is longer than a day

## How a shared sit comes back. $most is the most allowed; $given what was
## written.

errors-repeat-every = "{ $text }" is not how often a sit comes back; write it like 1d, 1w or 2w (every day, every week, every two weeks)
errors-repeat-interval = a sit comes back every 1 to { $most } days or weeks, not every { $given }
errors-repeat-count = an invitation holds 1 to { $most } sits, not { $given }
errors-repeat-no-count = say how many times the sit comes with --count N (1 to { $most })
errors-repeat-rule = the repeat rule "{ $rule }": { $problem }
errors-repeat-daily = { $days ->
    [one] every day
   *[other] every { $days } days
}, { $count ->
    [one] { $count } time
   *[other] { $count } times
}
errors-repeat-weekly = { $weeks ->
    [one] every week
   *[other] every { $weeks } weeks
}, { $count ->
    [one] { $count } time
   *[other] { $count } times
}

## What is wrong in a calendar's repeat rule (RRULE); its names stay.

errors-rrule-not-name-value = "{ $part }" is not NAME=VALUE
errors-rrule-frequency = FREQ={ $value } is not supported; a sit comes back daily or weekly (FREQ=DAILY or FREQ=WEEKLY)
errors-rrule-not-whole = { $name }={ $value } is not a whole number
errors-rrule-until = UNTIL={ $value } is not a UTC time like 20270101T000000Z
errors-rrule-unsupported = { $name } is not supported; a sit comes back every N days or weeks from the first (FREQ, INTERVAL, and COUNT or UNTIL)
errors-rrule-twice = { $name } is given twice
errors-rrule-no-frequency = it has no FREQ (DAILY or WEEKLY)
errors-rrule-count-and-until = give COUNT or UNTIL, not both
errors-rrule-never-ends = it never ends; give COUNT (how many sits) or UNTIL (the last)
errors-rrule-until-before-first = UNTIL is before the first sit ({ $first })

## A shared sit that cannot go in a calendar.

errors-calendar-no-end = "{ $title }" is open-ended, so a calendar cannot know when it ends
errors-calendar-too-late = the sit ends after the last day a calendar can hold

## Spoken guidance. $program is a program's name (espeak-ng, festival) or
## errors-speech-synthesis.

errors-speech-synthesis = speech
errors-speech-two-synthesizers = { $first } and { $second }
errors-speech-start = { $program } could not be started: { $reason }
errors-speech-failed = { $program } failed ({ $reason })
errors-speech-timed-out = { $program } took longer than { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
errors-speech-not-audio = { $program } gave something that is not audio ({ $reason })
errors-speech-no-synthesizer = no synthesizer
errors-speech-far-too-long = far too long
errors-speech-no-channels = no channels
errors-speech-no-sound = no sound in it

## Why an audio file a session names cannot be used.

errors-audio-folder = it is a folder
errors-audio-no-sound = it holds no sound
errors-audio-unknown-format = it is not in a format Stillpoint knows

## Rendering a session to a file.

errors-render-open-ended = an open-ended session needs a length to render; give one with --length
errors-render-cannot-write = cannot write { $path }: { $reason }

## The timeline's own words for its events (`stillpoint timeline`).
## $sound is an ambient sound's name; $percent a whole number.

errors-timeline-fades-in = { $sound } fades in
errors-timeline-fade-to = fade to { $percent }%
errors-timeline-fade-out = fade out
errors-timeline-end = end
