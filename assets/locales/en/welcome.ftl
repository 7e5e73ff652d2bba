## welcome: the first start, three quiet screens

# Where the person is in the welcome: "1 of 3".
welcome-progress = { $step } of { $steps }
welcome-continue = Continue
# On the last screen, in place of Continue.
welcome-begin = Begin
welcome-skip = Skip
welcome-change-later = You can change any of this later in Settings.

## 1. What Stillpoint is (the note on what it is not follows, from library.ftl)

welcome-what-title = Welcome to Stillpoint
welcome-what-it-is = Stillpoint is a quiet place to practise: guided mindfulness, compassion and well-being sessions, bells that ring on time, and a record of your practice that stays on this computer.

## 2. The practice day and streaks

welcome-day-title = Your practice day
welcome-day-explained = Your practice is counted by the day. If you sometimes sit late in the evening, the new day can begin a little after midnight, so that practice still counts for the evening it belongs to.
welcome-day-start = A new practice day begins at
welcome-streaks = Show streaks, the days in a row you have practised
welcome-streaks-explained = Some people find a streak encouraging; others would rather not count. Either way, every session you practise is kept.

## 3. Bells at the desk and guidance read aloud

welcome-desk-title = While you work
welcome-desk-explained = A soft bell can ring now and then while you are at your desk, with the offer of a three-minute pause. Nothing is logged unless you take the pause.
welcome-pause-bells = Ring bells at the desk
# The bells' schedule as it stands; $days is "weekdays" or "all".
welcome-pause-schedule = Every { $every } minutes from { $from }:00 until { $to }:00, { $days ->
    [weekdays] Monday to Friday
   *[all] every day
}.
welcome-speak = Read the guidance aloud where a session has no recording of its own
welcome-speak-needs = Reading aloud needs a speech synthesizer, such as espeak-ng. Once one is installed, you can turn it on in Settings.
