## session: a session's page, the quick timer, and the words of the
## session format as people read them (the file keeps its own spelling).

## A session's page

session-domain-and-lens = { $domain } · lens: { $lens }
session-minutes = minutes
session-open-ended-note = Open-ended: it lasts until you end it.
session-start = Start
session-saving-wav = Saving as a WAV file...
session-saved-as = Saved as { $path }
session-not-saved = It could not be saved: { $problem }
session-save-wav = Save as a WAV file
session-save-wav-hint = The whole session as one sound file, to listen to anywhere or share
session-preview = Preview, for authors
session-preview-note = Runs the session from any step, at 1x with its sound, or faster and silent with each bell shown. Previews are not logged.
session-preview-from = from the step
session-preview-at = Preview at { $speed }x
session-timeline-counts = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, { $bells ->
    [one] { $bells } bell
   *[other] { $bells } bells
}

## The quick timer

session-timer-minutes-between = minutes between bells (0 for none)
session-timer-bell = Bell
session-timer-ambient = Ambient
session-timer-silence = silence
session-timer-presets = Saved timers
session-timer-preset-name = Name for this timer
session-timer-save-preset = Save as preset
session-timer-preset = { $name } · { $minutes } min
# The title, summary and step of the session a quick timer plays.
session-timer-title = { $minutes ->
    [one] Quick timer, { $minutes } minute
   *[other] Quick timer, { $minutes } minutes
}
session-timer-summary = A timer.
session-timer-step = Sitting

## Domains and lenses

session-domain-mindfulness = Mindfulness
session-domain-compassion = Compassion
session-domain-well-being = Well-being
session-domain-timer = Timer
session-lens-self = self
session-lens-each-other = each other
session-lens-system = system

## Built-in bells and ambient beds

session-bell-singing-bowl = singing bowl
session-bell-low-singing-bowl = low singing bowl
session-bell-high-singing-bowl = high singing bowl
session-bell-small-bell = small bell
session-bell-gong = gong
session-bell-wood-block = wood block
session-ambient-brown-noise = brown noise
session-ambient-pink-noise = pink noise
session-ambient-rain = rain
session-ambient-wind = wind
session-ambient-stream = stream

## Lengths: the parts of a duration, joined by spaces ("1h 10m"), and a
## session's length

session-duration-hours = { $count }h
session-duration-minutes = { $count }m
session-duration-seconds = { $count }s
session-duration-millis = { $count }ms
session-length-range = { $min } to { $max } (default { $default })
session-length-open-ended = open-ended
