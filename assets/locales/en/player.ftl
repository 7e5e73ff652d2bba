## player

## The player's controls.

player-pause = Pause
player-resume = Resume
player-skip-step = Skip step
player-one-more-minute = One more minute
player-end = End
player-focus = Focus
player-sound = Sound
player-show-everything = Show everything
player-show-one-cue = Show one cue at a time
player-show-whole-step = Show the whole step

## The time in the ring. $time is a clock time such as 2:30.

player-first-bell-in = First bell in { $time }
player-time-left = { $time } left
player-less-than-a-minute-left = Less than a minute left
player-minutes-left = { $minutes } min left
player-time-so-far = { $time } so far
player-minutes-so-far = { $minutes } min so far
player-paused = { $time } · paused

## An author's preview.

player-preview-heard = Preview at 1x: not logged
player-preview-fast = Preview at { $speed }x: silent, bells shown; not logged
# A button that starts the preview again at this speed.
player-preview-speed = { $speed }x
player-jump-to = Jump to:
# $bell: the time in the session and the bell's name, "0:00 small bell".
player-bell-passed = Bell: { $bell } ({ $count } so far)

## Said on the player when something goes wrong.

player-no-device = No sound device was found. The session runs silently, on time. The sound comes in when a device answers.
player-device-lost = The sound device stopped. The session goes on silently, on time. The sound comes back when the device does.
player-device-back = The sound is back, where the session is.
# $what: the sound, such as "the bell bells/gong.wav"; $reason: why.
player-left-out = { $what } was left out: { $reason }
player-speech-stopped = The guidance can no longer be read aloud ({ $reason }). It goes on as text, on time.
player-not-saved-as-it-goes = This session cannot be saved as it goes ({ $reason }). It will be logged when it ends.

## Reading the guidance aloud, offered once.

player-speech-offer-heading = Hear the guidance?
player-speech-offer-body = The guidance can be read aloud, so you can close your eyes or rest your gaze and follow it by ear.
player-speech-offer-later = You can change this at any time in Settings.
player-speech-read-aloud = Read it aloud
player-speech-text-only = Text only

## Ending early.

player-end-confirm = End this session now?
player-end-session = End the session
player-keep-going = Keep going

## The end screen.

player-session-complete = Session complete · { $practised } practised
player-session-ended = Session ended · { $practised } practised
# The parts of the time practised, joined with spaces: "4m 30s".
player-practised-hours = { $count }h
player-practised-minutes = { $count }m
player-practised-seconds = { $count }s
player-note-open = A note, and how you feel
player-note-hint = A note for yourself, if you like
player-feeling-before-question = If you like to keep track: how were you feeling before you began?
player-feeling-after-question = And now?
player-feeling-lowest = 1 low
player-feeling-highest = 5 very well
player-feeling-before-value = Feeling before: { $value } of 5
player-feeling-after-value = Feeling after: { $value } of 5
player-reflection-optional = All of this is optional, and stays on this computer.
player-done = Done

## The keyboard help.

player-keyboard = Keyboard
player-key-space = Space
player-key-right-arrow = Right arrow
player-key-pause = pause or resume
player-key-end = end the session (asks first)
player-key-skip = skip to the next step
player-key-mute = mute or unmute
player-key-focus = focus: only the time and the ring
player-key-help = this help
player-close = Close

## Recording the guidance, on a session's page.

voice-heading = Record the guidance
voice-explain = For each step, record yourself reading its words; listen back, and keep the take you like. It is saved beside the session file.
voice-recording = recording { $time }
voice-stop = Stop
voice-take-length = take of { $seconds } s
voice-listen = Listen
voice-keep = Keep
voice-record-again = Record again
voice-record = Record
# $file: the recording's file, as the session names it.
voice-plays = plays { $file }
voice-take-silent = The take is silent; check the microphone and record it again.
voice-kept = Kept { $seconds } s as { $file }; the step plays it as it starts.
voice-cannot-read = { $path } cannot be read: { $reason }
voice-cannot-write = { $path } cannot be written: { $reason }
voice-cannot-play = It cannot be played here: { $reason }

## Sound, in the window and on the command line.

audio-no-device = No sound device could be opened ({ $reason }). The session runs silently, timed by the clock. The sound comes in when a device answers.
audio-device-lost = The sound device stopped ({ $reason }). The session goes on silently, timed by the clock. The sound comes back when the device does.
audio-device-stalled = it stopped taking sound
audio-device-back = The sound is back, where the session is.
audio-device-errors = it reported one error after another
# $reason: what the system said, such as "Connection refused".
audio-server-refused = the sound server did not answer ({ $reason })
audio-server-ended = the sound server ended the stream
audio-server-silent = the sound server has not answered yet
audio-named-server-not-running = the sound server named in PULSE_SERVER is not running, and there is no sound card
audio-no-card-or-server = there is no sound card and no sound server running
audio-no-microphone = No microphone could be opened.
audio-no-microphone-because = No microphone could be opened ({ $reason }).
audio-microphone-silent = The microphone stopped sending sound; try recording again.
audio-recording-stopped = The recording stopped unexpectedly; try again.
# What was left out of a session: $file as the session names it.
audio-missing-bell = the bell { $file }
audio-missing-recording = the recording { $file }
audio-missing-ambient = the ambient sound { $file }
audio-missing-speech = the spoken guidance
audio-cannot-open = cannot open { $path }: { $reason }
audio-not-audio = cannot read { $path } as audio: { $reason }
audio-too-long = { $path } is longer than { $seconds } seconds
