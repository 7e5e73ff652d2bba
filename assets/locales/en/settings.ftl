## settings: what the practitioner chooses once and keeps

settings-title = Settings
# The word for Language in this language first, then in the others, so
# a person who cannot read the current language still finds it.
settings-language = Language · Idioma · 語言
settings-follow-system = Follow the system
# The headings of Settings' groups.
settings-section-screen = The screen
settings-section-sound = Sound
settings-section-desk = At the desk
settings-section-files = Your files
settings-volumes = Volumes
settings-volume = Volume
settings-bells = Bells
settings-voice = Voice
settings-ambient = Ambient
settings-mute = Mute
settings-timer-bell = Bell for timers
settings-theme = Theme
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-reduced-motion = Reduced motion
settings-show-seconds = Count down in seconds while a session plays
settings-sound = Sound: { $device }
settings-sound-device = The system's default sound device; without one, sessions run silently on time.
settings-sound-none = No sound device: sessions run silently.
settings-your-data = Your data: { $path }
settings-your-sessions = Your own sessions: { $path }

## Practice days and streaks

settings-practice-rules = Practice days and streaks
settings-day-start = A new day begins at this hour
settings-day-threshold = Minutes that make a day count
settings-rest-days = Rest days a week that keep a streak
settings-show-streaks = Show streaks
settings-weekly-goal = A weekly goal of formal practice (sessions, calls, retreats)
settings-goal-minutes = Minutes a day
settings-goal-days = Days a week

## Bells of mindfulness at the desk

settings-pause-bells = Bells of mindfulness at the desk, with the offer of a three-minute pause
settings-pause-every = minutes between bells
settings-pause-from = from (hour)
settings-pause-until = until (hour)
settings-pause-weekdays = Monday to Friday only
settings-hold = Hold a bell, without a sound or a notification, while:
settings-pause-next = The next bell: { $when }
# A chrono date pattern: the weekday and the time of the next bell.
settings-pause-next-date = %A %H:%M
settings-pause-none = No bell is due in the coming week with these settings.

## Spoken guidance

settings-spoken-guidance = Spoken guidance
settings-spoken-needs = Needs a speech synthesizer: on Debian and Ubuntu, sudo apt install festival festvox-us-slt-hts espeak-ng
settings-spoken-guidance-on = Spoken guidance: read the guidance aloud where a session has no recording ({ $synthesizer })
settings-words-per-minute = words a minute

## The voices guidance can be read in.
settings-voice-most-natural = The most natural one installed
settings-voice-festival = Natural, US English (Festival)
settings-voice-soft-higher = Soft, higher (espeak-ng)
settings-voice-clear-higher = Clear, higher (espeak-ng)
settings-voice-soft-lower = Soft, lower (espeak-ng)
settings-voice-clear-lower = Clear, lower (espeak-ng)
settings-fields-reset = Some settings could not be read and are back to their defaults: { $fields }
settings-section-computers = Your computers
settings-computers-intro = Practise on more than one computer? Link each one to a folder your sync tool (Syncthing, Nextcloud, Dropbox, a network share) keeps in step between them. Each computer writes its practice there and reads the others', so your streak, statistics, journal and progress are the same on all of them. Nothing goes through a server.
settings-computers-folder = The shared folder
settings-computers-name = This computer's name
settings-computers-link = Link this computer
settings-computers-shared = Your practice is shared through { $folder }
settings-computers-this = { $name } (this computer)
settings-computers-left = { $name } (left)
settings-computers-wrote = { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}, last wrote { $when }
settings-computers-never = { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}, nothing written since it was linked
settings-computers-unlink = Unlink this computer
settings-computers-unlinked = Unlinked. This computer's file stays in { $folder }, marked as left; the practice in it still counts on your other computers. This computer now shows its own practice only.
