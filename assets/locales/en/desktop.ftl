## The app on the desktop: starting when you log in, and the pause asked
## for from outside the window (a key binding runs `stillpoint pause`).

# The autostart entry's comment, which a desktop's list of programs that
# start at login shows.
desktop-autostart-comment = Opens Stillpoint quietly when you log in, so the bells at your desk can ring
desktop-start-at-login = Start Stillpoint when I log in
desktop-start-at-login-hint = It opens quietly, in the tray (or minimized where there is no tray), and the bells at your desk ring if they are on.
desktop-autostart-cannot-write = Stillpoint could not be set to start when you log in: { $path } could not be written ({ $reason }). You might check that this folder can be written to, and try again.
desktop-autostart-cannot-remove = Stillpoint could not stop starting when you log in: { $path } could not be removed ({ $reason }). You might remove that file yourself.
desktop-pause-handed = The pause begins in the Stillpoint that is already running, in its window.
desktop-cannot-listen = this window cannot be reached by `stillpoint pause` ({ $reason }); the command opens another window instead

## The command line's help for the flag and the command above; a test
## keeps these word for word as the doc comments in src/cli/args.rs.

help-background = Without a command: open the app quietly, in the tray or minimized, with the bells at the desk ringing (as when it starts at login)
help-pause = Take the three-minute pause now, in the open app or in a new window
help-pause-long =
    Take the three-minute pause now, in the open app or in a new window.

    A keyboard shortcut of your desktop can run it, for a pause at a keystroke.

## Notifications, the tray icon and closing the window while the bells at
## the desk are on.

desktop-open = Open Stillpoint
desktop-reminder-heading = A moment for practice
desktop-reminder-body = You have not practised yet today. You might take a few minutes when it suits you.
# The time of a bell later today, in the tray's menu (a chrono pattern).
desktop-tray-time-today = %H:%M
desktop-tray-next-bell = Next bell at { $when }
desktop-tray-bells-off = The bells at the desk are off
desktop-tray-quiet-until = Bells quiet until { $when }
desktop-tray-quiet-hour = Quiet the bells for an hour
desktop-tray-quiet-tomorrow = Quiet the bells until tomorrow
desktop-tray-resume = Let the bells ring again
desktop-tray-take-pause = Take the pause now
desktop-pause-offer-in-tray = Would you like a three-minute pause? It waits in the menu of Stillpoint's icon, with the bell's other answers.
desktop-tray-offer = A bell at { $when }: a pause is offered
desktop-tray-quit = Quit Stillpoint
desktop-reminder = A gentle reminder on days you have not practised yet
desktop-reminder-at = at (hour)
desktop-reminder-minute = and minute
desktop-no-notifications = This desktop has no notification service Stillpoint can reach, so a bell's offer of a pause appears in the Stillpoint window, and the daily reminder cannot come.
desktop-no-tray = This desktop shows no tray icons for Stillpoint, so the bells ring while the Stillpoint window is open.
desktop-close-heading = Keep the bells?
desktop-close-question = The bells at your desk are on. When you close the window, Stillpoint can stay in the tray and keep ringing them.
desktop-close-keep = Keep the bells in the tray
desktop-close-quit = Quit
desktop-close-choice = When I close the window while the bells are on
desktop-close-ask = Ask me
desktop-state-unreadable = { $path } could not be read ({ $reason }); the bells start again as scheduled, with no quiet kept
desktop-state-cannot-save = { $path } could not be written ({ $reason }); a quiet asked for from the tray lasts until Stillpoint closes
desktop-no-sound-device = no sound device could be opened ({ $reason }); the bell is offered without its sound
desktop-tray-only-failed = the bells could not be kept in the tray ({ $reason }); the window opens instead
desktop-cannot-keep-in-tray = the bells could not be handed to the tray ({ $reason }); open Stillpoint again to hear them

## Why a bell did not ring

desk-held-do-not-disturb = do not disturb is on
desk-held-fullscreen = a window is fullscreen
desk-held-in-a-call = a call or a recording is going on
desk-held-screen-locked = the screen is locked
desk-held-away = you are away
desk-held-on-battery = the computer is on battery
desk-held-quiet = you asked for quiet
desk-held-outside-hours = outside the bells' hours
desk-held-off = the bells at the desk are turned off
desk-would-ring = A bell would ring now.
desk-held = Held: { $reasons }.
desk-status-on = Bells at the desk: on, every { $minutes } min, { $from }:00 to { $to }:00
desk-status-off = Bells at the desk: off
desk-status-next = Next bell: { $time }
desk-status-quiet = Quiet until { $time }
