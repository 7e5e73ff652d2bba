## diagnostics: what `stillpoint validate` and the Authoring view say about
## a session file. Field names, RON syntax and values in quotes are written
## as the file writes them, in every language. The codes in brackets
## (`unknown-field`, `version-differs`) are not translated.

## How a problem is shown

diag-severity-error = error
diag-severity-warning = warning
diag-note = note: { $text }
diag-help = help: { $text }
# A list of names in a sentence: "a", "b" or "c".
diag-list-separator = {", "}
diag-list-or = { $rest } or { $last }

## Reading the file

diag-unreadable = cannot read this file: { $error }
diag-unreadable-help = check that the file exists and that you may read it
diag-too-large = this file is larger than { $kib } KiB, the most a session file may be
diag-too-large-help = a session file holds text only; put recordings in separate audio files
diag-not-utf8 = this file is not plain text (UTF-8)
diag-not-utf8-label = not UTF-8 text
diag-not-utf8-help = save the file as plain text in UTF-8, the default of most text editors

## Mistakes in the RON syntax

diag-char-end-of-line = end of line
diag-char-space = space
diag-expected = expected { $expected }
diag-what-a-value = a value
diag-what-a-name = a name
diag-what-a-field-name = a field name
diag-what-rest-of-escape = the rest of an escape
diag-opened-here = opened here
diag-text-after-end = unexpected { $found } after the end of the session
diag-text-after-end-label = the session already ended before this
diag-text-after-end-help = a file holds one `Session(...)`; check that its brackets are balanced
diag-unclosed-bracket = the file ends before this `{ $bracket }` is closed
diag-unclosed-bracket-label = opened here and never closed
diag-unclosed-bracket-help = add `{ $close }` where the group ends
diag-eof = the file ends where { $expected } was expected
diag-comment-unclosed = this comment is never closed
diag-comment-unclosed-label = comment opened here
diag-comment-unclosed-help = close it with `*/`
diag-attribute-unclosed = this attribute is never closed
diag-attribute-unclosed-help = close it with `]`
diag-curly-quote = curly quotes cannot start text
diag-curly-quote-label = a curly quote
diag-curly-quote-help = write text between straight double quotes: "like this"; word processors often change them, a plain text editor does not
diag-expected-value-found = expected a value, found { $found }
diag-expected-value-here = expected a value here
diag-mismatched-close = this `{ $found }` does not close the `{ $open }` that is open here
diag-mismatched-close-label = expected `{ $close }` first
diag-mismatched-close-help = close the group with `{ $close }`, or remove the extra `{ $found }`
diag-closes-nothing = `{ $found }` closes nothing
diag-closes-nothing-label = nothing is open here
diag-expected-name-found = expected a name, found { $found }
diag-too-deep = brackets are nested more than { $depth } deep
diag-too-deep-label = one level too many
diag-too-deep-help = a session never needs this many brackets inside each other; look for a bracket that was opened but not closed
# $what is one of: field, value, item, entry.
diag-expected-separator = expected `,` or `{ $close }` after this { $what ->
        [field] field
        [value] value
        [item] item
       *[entry] entry
    }, found { $found }
diag-expected-separator-label = expected `,` or `{ $close }`
diag-missing-comma-help = is a comma missing at the end of the line before?
diag-separator-help = put a comma after each { $what ->
        [field] field
        [value] value
        [item] item
       *[entry] entry
    }, and `{ $close }` at the end of the group
diag-equals-for-colon = expected `:` after the field name, found `=`
diag-equals-for-colon-label = write `:` here
diag-write-field = write `{ $field }: value`
diag-expected-colon-found = expected `:` after the field name, found { $found }
diag-expected-field-found = expected a field name, found { $found }
diag-decimal-point-help = decimals are written with a point: `0.5`, not `0,5`
diag-expected-map-colon = expected `:` between a key and its value
diag-not-a-number = `{ $text }` is not a number
diag-not-a-number-label = not a number
diag-duration-in-quotes-help = durations are text in double quotes: "{ $text }"
diag-expected-number = expected a number
diag-number-unreadable = this number cannot be read
diag-number-too-large = this number is too large or malformed
diag-number-too-large-label = cannot be read as a whole number
diag-unknown-escape = unknown escape in text
diag-unknown-escape-label = not an escape
diag-unknown-escape-help = to write a backslash, write `\\`; a double quote is `\"`; a new line is `\n`
diag-text-unclosed = this text is never closed
diag-text-starts-here = the text starts here
diag-text-unclosed-help = end the text with a straight double quote `"`; a `"` inside text is written `\"`
diag-text-runaway = this text seems to be missing its closing quote
diag-text-runs-to-here = it runs on to here
diag-text-runaway-help = end the text with a `"` where it should stop; here it ran on to the next quote
diag-raw-text-unclosed-help = end it with `{ $closing }`
diag-single-quotes = text is written in double quotes
diag-single-quotes-label = a single quote
diag-single-quotes-help = write "like this", with straight double quotes

## Kinds of values, in "expected ..., found ..."

diag-kind-bool = `true` or `false`
diag-kind-whole-number = a whole number
diag-kind-number = a number
diag-kind-text = text in quotes
diag-kind-char = a single character in single quotes
diag-kind-name = the name `{ $name }`
diag-kind-group = a group in round brackets
diag-kind-list = a list in square brackets
diag-kind-map = a map in curly brackets
diag-wrong-type = expected { $expected }, found { $found }
diag-expected-some = `Some(value)` with one value
diag-expected-text = text in double quotes
diag-expected-volume = a volume from 0.0 to 1.0
diag-expected-duration = a duration in quotes, like "5m"
diag-expected-fades = a list of fades, like [Fade(to: 0.1, over: "20s")]
diag-expected-tags = a list of tags, like ["breath", "short"]
diag-expected-prompts = a list of questions, like ["What did you notice today?"]
diag-expected-steps = a list of steps in square brackets
diag-expected-modules = a list of `Module(...)`
diag-expected-session-ids = a list of session ids
diag-expected-times = a list of times, like ["2m", "7m 30s"]
diag-expected-length = `Fixed`, `Flexible(min: "5m", max: "30m", default: "10m")` or `OpenEnded`
diag-expected-guidance = text in quotes, or a list of cues like [Cue(at: "40s", text: "...")]
# $kind is one of: domain, lens, bell, ambient.
diag-expected-word = { $kind ->
        [domain] domain
        [lens] lens
        [practice] kind of practice
        [bell] built-in bell
       *[ambient] built-in ambient bed
    } in quotes

## Fields and groups

diag-values-without-names = the values in `{ $group }(...)` need their field names
diag-values-without-names-label = values without names
diag-values-without-names-help = write each as `name: value`, like { $example }
diag-example-bell = `Bell(sound: "gong")`, or just `"gong"`
diag-wrong-group = expected `{ $expected }(...)`, found `{ $found }(...)`
diag-wrong-group-label = should be `{ $expected }`
diag-wrong-group-help = write `{ $expected }(` here, or leave the name out and write just `(`
diag-unknown-field = unknown field `{ $field }` in `{ $group }`
diag-unknown-field-label = unknown field
diag-did-you-mean-code = did you mean `{ $suggestion }`?
diag-did-you-mean-quoted = did you mean "{ $suggestion }"?
diag-group-fields = `{ $group }` has the fields { $fields }
diag-duplicate-field = the field `{ $field }` is given twice
diag-given-again = given again here
diag-first-given = first given here
diag-keep-one = keep one of them
diag-missing-field = `{ $group }` is missing the field `{ $field }`
diag-missing-field-label = `{ $field }` is missing here
diag-missing-field-help = add `{ $field }: { $example },`

## Values

# $what is one of: strikes, interval-bells, weeks, format.
diag-out-of-range = { $what ->
        [strikes] the number of strikes
        [interval-bells] the number of interval bells
        [weeks] weeks
       *[format] the format version
    } must be from { $min } to { $max }, not { $value }
diag-out-of-range-label = out of range
diag-volume-range = a volume is from 0.0 to 1.0, not { $value }
diag-volume-help = 0.0 is silent and 1.0 is full volume; 0.5 is half
diag-bad-duration = cannot read "{ $text }" as a duration: { $reason }
diag-bad-duration-label = not a duration
diag-duration-examples = write durations like "90s", "5m", "1h 10m" or "2m 30s"
diag-duration-needs-unit = a duration needs a unit, in quotes
diag-duration-needs-unit-label = a number without a unit
diag-duration-needs-unit-help = write "{ $number }s" or "{ $number }m"; { $examples }
diag-unknown-word = there is no { $kind ->
        [domain] domain
        [lens] lens
        [practice] kind of practice
        [bell] built-in bell
       *[ambient] built-in ambient bed
    } called "{ $text }"
diag-unknown-word-label = unknown { $kind ->
        [domain] domain
        [lens] lens
        [practice] kind of practice
        [bell] built-in bell
       *[ambient] built-in ambient bed
    }
diag-use-one-of = use one of { $names }
diag-own-file-help = for a file of your own, write `file: "{ $text }"`
diag-path-empty = the path is empty: "{ $path }"
diag-path-absolute = this path starts at the top of the disk: "{ $path }"
diag-path-climbs = this path climbs out of the session's folder: "{ $path }"
diag-path-label = must stay inside the session's folder
diag-path-help = put the audio file in the folder of the session file, or a folder inside it, and write the path from there, like "voice/intro.ogg"
# $kind is one of: bell, ambient.
diag-sound-and-file = { $kind ->
        [bell] a bell
       *[ambient] a ambient bed
    } has a `sound` or a `file`, not both
diag-second-sound = second sound
diag-first-sound = first sound
diag-no-sound = this { $kind ->
        [bell] bell
       *[ambient] ambient bed
    } has no sound
diag-no-sound-label = needs `sound` or `file`
diag-no-sound-help = add `sound: "{ $sound }"` or `file: "{ $file }"`
diag-id-empty = the id is empty
diag-id-too-long = an id is at most { $most } characters
diag-id-bad-char = `{ $char }` cannot be part of an id
diag-id-hyphen = an id cannot start or end with a hyphen
diag-bad-id = "{ $text }" is not a usable id: { $problem }
diag-bad-id-label = not a usable id
diag-bad-id-help = an id uses lowercase letters, digits and hyphens, like "evening-body-scan"

## Durations as written

diag-duration-empty = the duration is empty
diag-duration-malformed = `{ $text }` is not a number followed by a unit
diag-duration-unknown-unit = `{ $unit }` is not a unit of time
diag-duration-missing-unit = a number needs a unit after it, like `{ $number }s` or `{ $number }m`
# $unit is one of: hours, minutes, seconds, milliseconds.
diag-duration-repeated-unit = { $unit ->
        [hours] hours
        [minutes] minutes
        [seconds] seconds
       *[milliseconds] milliseconds
    } appears more than once
diag-duration-out-of-order = write the larger units first, as in `1h 10m` or `2m 30s`
diag-duration-fraction = write whole numbers, like "1m 30s" for a minute and a half
diag-duration-too-long = this is longer than a year

## The format version

diag-format-first-help = add `format: { $version },` as the first field
diag-format-zero = there is no format { $version }; formats start at 1
diag-format-zero-label = not a format version
diag-write-format = write `format: { $version },`
# $kind is one of: session, program.
diag-format-newer = this { $kind ->
        [session] session
       *[program] program
    } is written in format { $version }, but this Stillpoint reads format { $current } and older
diag-format-newer-label = newer than this Stillpoint
diag-format-newer-help = update Stillpoint to play this session

## Lengths and steps

diag-too-many-steps = this session has { $count } steps; a session has at most { $most }
diag-too-many-steps-label = too many steps
diag-split-session = split it into several sessions
diag-length-takes-no-values = `{ $kind }` takes no values
diag-length-write-just = write just `{ $kind }`
diag-length-fixed-help = a fixed session lasts as long as its steps; for a length the practitioner picks, write `Flexible(min: "5m", max: "30m", default: "10m")`
diag-flexible-needs-bounds = `Flexible` needs its shortest, longest and default lengths
diag-flexible-needs-bounds-label = needs `(min: ..., max: ..., default: ...)`
diag-flexible-needs-bounds-help = write `Flexible(min: "5m", max: "30m", default: "10m")`
diag-unknown-length = `{ $text }` is not a kind of length
diag-unknown-length-label = unknown length
diag-length-kinds = a length is `Fixed`, `Flexible(min: "5m", max: "30m", default: "10m")` or `OpenEnded`
diag-fill-with-duration = a fill step has no duration of its own
diag-fill-with-duration-label = leave this out
diag-fill-with-duration-fill = this step fills the session's length
diag-fill-with-duration-help = remove `duration`, or remove `fill: true` to give the step a fixed length
diag-step-duration-help = add `duration: "5m",`, or `fill: true,` to let the step fill a flexible session
diag-settle-too-long = the settling countdown is at most { $most }
diag-breath-out-of-range = a breath for the ring to follow is between { $least } and { $most }
diag-too-long = too long
diag-no-steps = a session needs at least one step
diag-no-steps-label = no steps
diag-no-steps-help = add a step: `Step(title: "Sitting", duration: "5m")`
diag-step-zero = a step lasts longer than zero
diag-zero = zero
diag-step-zero-help = give it a length like "30s", or remove the step
diag-fill-in-fixed = a fill step needs a session whose length can change
diag-fill-in-fixed-label = this session has a fixed length
diag-fill-in-fixed-help = give the step a `duration`, or give the session `length: Flexible(min: "5m", max: "30m", default: "10m")` or `length: OpenEnded`
diag-shortest-zero = the shortest length must be more than zero
diag-max-too-long = a session lasts at most { $most }
diag-min-above-max = the shortest length is longer than the longest
diag-longer-than = longer than { $max }
diag-the-longest-length = the longest length
diag-default-outside = the default length must be from { $min } to { $max }
diag-outside-range = outside the range
diag-no-fill-flexible = a flexible session needs a step that fills the chosen length
diag-no-fill-flexible-label = nothing stretches to the chosen length
diag-no-fill-flexible-help = mark the step that should stretch with `fill: true` and remove its `duration`
diag-no-room-to-fill = the steps with a duration already take { $fixed }, leaving nothing to fill at the shortest length, { $min }
diag-no-room-to-fill-label = no time left for the fill steps
diag-no-room-to-fill-help = shorten the other steps, or raise `min`
diag-kind-fill = `true`, or `Between(min: "10m", max: "30m")`
diag-fill-ranges-too-long = the steps with a duration take { $fixed } and the fill steps at least { $fills }: more than the shortest length, { $min }
diag-fill-ranges-too-long-help = lower the fill steps' `min`, shorten the other steps, or raise the session's `min`
diag-fill-ranges-too-short = the steps with a duration take { $fixed } and the fill steps at most { $fills }: less than the longest length, { $max }
diag-fill-ranges-too-short-label = the session cannot stretch this far
diag-fill-ranges-too-short-help = raise a fill step's `max` (or leave it out for no limit), or lower the session's `max`
diag-fill-range-open-ended = a fill step's range needs a session whose length is chosen
diag-fill-range-open-ended-label = an open-ended session's last step lasts until it is ended
diag-fill-range-open-ended-help = write `fill: true`, or give the session `length: Flexible(min: "20m", max: "1h", default: "45m")`
diag-no-fill-open-ended = an open-ended session needs a step that lasts until the practitioner ends it
diag-no-fill-open-ended-label = no step is open-ended
diag-no-fill-open-ended-help = mark the last step with `fill: true` and remove its `duration`
diag-two-fills = an open-ended session has one fill step
diag-two-fills-second = a second fill step
diag-two-fills-first = the first one
diag-fill-not-last = in an open-ended session, the fill step is the last step
diag-fill-not-last-label = the steps after it would never come
diag-fill-not-last-help = move this step to the end
diag-steps-too-long = the steps add up to { $total }; a session lasts at most { $most }

## Audio files

diag-bundled-audio = a bundled session cannot use audio files
diag-bundled-audio-label = no folder to find it in
diag-audio-missing = there is no audio file at "{ $path }"
diag-audio-missing-label = file not found
diag-audio-missing-help = the path is read from the session's folder, { $folder }
diag-audio-outside = "{ $path }" leads outside the session's folder
diag-audio-outside-label = a link out of the folder
diag-audio-outside-help = copy the audio file into the session's folder instead of linking to it
diag-audio-unreadable = cannot read "{ $path }" as audio: { $reason }
diag-audio-unreadable-label = not readable audio
diag-audio-unreadable-help = use a WAV, OGG Vorbis, FLAC or MP3 file
diag-voice-longer = this recording lasts { $clip }, longer than its step ({ $step })
diag-voice-longer-help = lengthen the step, or trim the recording

## Guidance and cues

diag-cue-empty = this cue has no words
diag-cue-empty-label = empty
diag-cue-empty-help = write what the practitioner reads, or remove the cue
# $char: the character, as U+001B.
diag-control-character = this text holds a control character ({ $char }), which could change or hide what a terminal shows
diag-control-character-label = a control character
diag-control-character-help = remove it: line breaks and tabs are fine
diag-cue-too-long = this cue has { $words } words; more than { $most } cannot be taken in at a glance
diag-cue-too-long-label = split it
diag-cue-too-long-help = split it into two cues with a blank line between them, so each can land before the next
diag-missing-guidance = this step of a guided session has no guidance text
diag-missing-guidance-label = no `guidance`
diag-missing-guidance-help = add `guidance: "..."` with what the practitioner reads during the step; a silent step can say so, like "Rest in silence."
diag-cue-from-end-open = this cue is counted back from the step's end, but the step lasts until the practitioner ends it
diag-cue-from-end-open-label = no end to count back from
diag-cue-from-end-open-help = count from the step's start instead, like `at: "5m"`
diag-cue-after-end = this cue comes at { $at }, after its step ends at { $end }
diag-after-step = after the step
diag-cue-after-end-help = bring it earlier, or count back from the end, like `at: "-30s"`
diag-cue-before-start = counted back { $before } from the end, this cue comes before its step begins; the step lasts { $length }
diag-cue-before-start-label = before the step
diag-cue-before-start-help = count back less far
diag-cues-out-of-order = this cue comes at { $at }, not after the cue before it, at { $before }
diag-cues-out-of-order-at-length = this cue comes at { $at } when the step lasts { $length }, not after the cue before it, at { $before }
diag-cues-out-of-order-label = out of order
diag-cues-out-of-order-before = the cue before it
diag-cues-out-of-order-help = list the cues in the order they come
diag-cue-runs-into-next = spoken at about { $pace } words a minute, this cue takes { $speaking }, and runs into the next cue after { $room }
diag-cue-runs-past-end = spoken at about { $pace } words a minute, this cue takes { $speaking }, and runs past the end of the step after { $room }
diag-runs-into-next = runs into the next cue
diag-runs-past-end = runs past the end of the step
diag-cue-runs-over-help = give the step more time, use fewer words, or time the cues with `Cue(at: ..., text: ...)`

## Bells and fades

diag-strikes-too-close = strikes must be at least { $spacing } apart
diag-strikes-too-close-label = too close together
diag-intervals-need-rule = `Intervals` needs `every`, `count` or `at`
diag-intervals-need-rule-label = when should the bells ring?
diag-intervals-need-rule-help = add `every: "5m"`, `count: 3` or `at: ["2m", "7m"]`
diag-intervals-two-rules = `Intervals` takes one of `every`, `count` or `at`; this one has `{ $first }` and `{ $second }`
diag-intervals-second-rule = second rule
diag-intervals-first-rule = first rule
diag-fade-without-ambient = this step fades an ambient bed, but the session has none
diag-fade-without-ambient-label = nothing to fade
diag-fade-without-ambient-help = add `ambient: Ambient(sound: "rain")` to the session, or remove the fade
diag-fade-after-step = this fade starts at { $at }, after its step ends at { $end }
# How long a step lasts, when it fills a flexible session.
diag-lasts-at-most = at most { $length }
diag-interval-too-often = interval bells ring at most once a second; this is { $every }
diag-less-than = less than { $min }
diag-every-never-rings = a bell every { $every } never rings inside this step, which lasts { $lasts }
diag-every-never-rings-label = longer than the step
diag-every-never-rings-help = ring more often, or use `at: [...]` or `count: ...`
diag-count-zero = `count: 0` rings no bells
diag-count-zero-label = no bells
diag-count-zero-help = use a count of 1 or more, or remove `interval_bells`
diag-count-open-ended = `count` spreads bells over a step's length, but this step lasts until the practitioner ends it
diag-count-open-ended-label = no end to count towards
diag-count-open-ended-help = use `every: "5m"` instead
diag-count-too-many = { $count } bells cannot fit inside a step of { $lasts }
diag-count-too-many-label = too many
diag-at-empty = `at: []` names no times, so no bell rings
diag-at-empty-label = no times
diag-at-empty-help = add times like `at: ["2m", "7m 30s"]`, or remove `interval_bells`
diag-at-never-rings = a bell at { $at } never rings inside this step, which lasts { $lasts }
diag-at-never-rings-label = after the step ends
diag-too-many-bells = this session rings { $total } bells; a session rings at most { $most }
diag-too-many-bells-label = too many bells
diag-too-many-bells-help = ring the interval bells less often

## Ids across files and programs

diag-duplicate-id = the id "{ $id }" is already used by { $first }
diag-duplicate-id-label = used twice
diag-duplicate-id-note = first used by { $first }
diag-duplicate-id-help = every session needs its own id; change one of them
diag-duplicate-version = "{ $id }" already has a version in "{ $language }": { $first }
diag-duplicate-version-label = a second version in this language
diag-duplicate-version-note = first written in "{ $language }" by { $first }
diag-duplicate-version-help = a session has one file for each language; remove one of them, or correct the language in its name
diag-unknown-session = there is no session with the id "{ $id }"
diag-unknown-session-label = no such session
diag-unknown-session-help = `stillpoint list` shows the ids of every session

## Language versions (`NAME.es.ron` beside `NAME.ron`)

diag-not-value = not "{ $value }"
diag-version-language = this file's name gives the language "{ $tag }", but its language is "{ $language }"
diag-version-no-language = this file's name gives the language "{ $tag }", but the file gives no `language`, so it reads as English
diag-version-no-language-label = no `language` here
diag-version-language-help = write `language: "{ $tag }"`, or name the file for the language it is in
diag-version-id = the id here is "{ $id }", but this file's name makes it a version of { $place }, whose id is "{ $other }"
diag-version-id-help = a language version keeps its original's id: write `id: "{ $other }"`, or give the file a name of its own
# Another file and a line in it: "the-pause.ron (line 31)".
diag-file-line = { $file } (line { $line })
diag-version-differs-label = { $original } gives { $theirs }
diag-version-differs-help = a language version keeps its original's steps, lengths, bells and cue times; only its words change
diag-length-fixed = fixed
diag-length-flexible = flexible
diag-length-open-ended = open-ended
diag-version-length-kind = this session's length is { $mine }; { $there } gives { $theirs }
# $which is one of: min, max, default.
diag-version-length-bound = the { $which ->
        [min] shortest length
        [max] longest length
       *[default] default length
    } is { $mine }; { $there } gives { $theirs }
diag-version-settle = the settling time is { $mine }; { $there } gives { $theirs }
diag-version-step-count = this session has { $mine } steps; { $there } gives { $theirs }
diag-count-steps = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
diag-version-step-lasts = this step lasts { $mine }; { $there } gives { $theirs }
diag-version-step-length = this step's length is { $mine }; { $there } gives { $theirs }
# $which is one of: start, end.
diag-version-bell = this step's { $which ->
        [start] start
       *[end] end
    } bell is { $mine }; { $there } gives { $theirs }
diag-version-intervals = this step's interval bells are { $mine }; { $there } gives { $theirs }
diag-version-cue-count = this step has { $mine } cues; { $there } gives { $theirs }
diag-count-cues = { $count ->
        [one] { $count } cue
       *[other] { $count } cues
    }
diag-version-cue-flowing = this cue has no time, so it follows the one before; { $there } gives { $theirs }
diag-version-cue-at = this cue comes at { $at }; { $there } gives { $theirs }
diag-version-closing-bell = the closing bell is { $mine }; { $there } gives { $theirs }
# A bell as an author would recognise it: "the small bell, 3 strikes 2s
# apart"; $name is the bell's name as the file writes it.
diag-bell-none = none
diag-bell-builtin = the { $name }
diag-bell-strikes = { $bell }, { $strikes } strikes { $spacing } apart
diag-bell-volume = { $bell }, at volume { $volume }
diag-intervals-every = every { $every }
diag-intervals-count = { $count } evenly spaced
diag-intervals-at = at { $times }
diag-intervals-with = { $rule }, with { $bell }
diag-cue-no-time = no time

## Changing a file from the app

diag-edit-unreadable = the file has a mistake to fix first (see the Authoring panel)
diag-edit-no-step = the file has no step { $step }
