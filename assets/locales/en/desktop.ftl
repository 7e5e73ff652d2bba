## The app on the desktop: starting when you log in, and the pause asked
## for from outside the window (a key binding runs `stillpoint pause`).

# The autostart entry's comment, which a desktop's list of programs that
# start at login shows.
desktop-autostart-comment = Opens Stillpoint quietly when you log in, so the bells at your desk can ring
desktop-start-at-login = Start Stillpoint when I log in
desktop-start-at-login-hint = It opens quietly, minimized, and the bells at your desk ring if they are on.
desktop-autostart-cannot-write = Stillpoint could not be set to start when you log in: { $path } could not be written ({ $reason }). You might check that this folder can be written to, and try again.
desktop-autostart-cannot-remove = Stillpoint could not stop starting when you log in: { $path } could not be removed ({ $reason }). You might remove that file yourself.
desktop-pause-handed = The pause begins in the Stillpoint window that is already open.
desktop-cannot-listen = this window cannot be reached by `stillpoint pause` ({ $reason }); the command opens another window instead

## The command line's help for the flag and the command above; a test
## keeps these word for word as the doc comments in src/cli/args.rs.

help-background = Without a command: open the app quietly, minimized, with the bells at the desk ringing (as when it starts at login)
help-pause = Take the three-minute pause now, in the open app or in a new window
help-pause-long =
    Take the three-minute pause now, in the open app or in a new window.

    A keyboard shortcut of your desktop can run it, for a pause at a keystroke.
