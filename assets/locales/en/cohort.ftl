## cohort: the Cohort view, waiting for a shared sit, and what reading
## the cohort's folder finds.

cohort-back = Back to the library
cohort-heading = Cohort
cohort-paste-invitation = Sit together: paste an invitation
cohort-open-invitation = Open
cohort-session-not-in-library = The session "{ $session }" is not in your library; you might ask whoever invited you for its file.

## Practising with a cohort.

cohort-membership = You practise with the cohort in { $folder } as { $name }.
# $first_day is the week's first day, written with date-weekday-day-month.
cohort-week-of = The week of { $first_day }:
cohort-member-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
cohort-member-minutes = { $minutes } min
cohort-member-streak = { $days ->
    [one] { $days } day in a row
   *[other] { $days } days in a row
}
cohort-together-minutes = Together: { $minutes } min this week.
cohort-together-days = { $days ->
    [one] Together: one day this week on which everyone practised; { $minutes } min in all.
   *[other] Together: { $days } days this week on which everyone practised; { $minutes } min in all.
}
cohort-rank-by-minutes = List by minutes this week (for the whole cohort)
cohort-leave = Leave the cohort
cohort-not-shared = Your practice could not be shared: { $reason }
cohort-settings-not-saved = The cohort's settings could not be written: { $reason }

## Joining.

cohort-join-intro = Practise alongside your cohort: choose a folder your sync tool (Syncthing, Nextcloud, Dropbox, a network share) keeps in step between you. Stillpoint writes only your own file there, with the days you practise and your minutes; never your notes.
cohort-join-folder = Folder
cohort-join-name = Your name
cohort-join-share-domains = Share the domains I practise
cohort-join-share-streak = Share my streak
cohort-join = Join
cohort-join-name-needed = Give a name the cohort will know you by.
cohort-join-not-a-folder = { $folder } is not a folder on this computer.
cohort-join-failed = The cohort could not be joined: { $reason }

## Waiting for a shared sit to begin.

# $when is when the sit begins: "at 15:00", or "on Thursday 10 December at 15:00".
cohort-waiting-together = Together, { $when }
# $left is a clock such as 1:00 or 23:30:00.
cohort-waiting-first-bell = First bell in { $left }
cohort-waiting-settle = You might find your seat, and let the others arrive too.
cohort-waiting-leave = Not this time

## Reading the cohort's folder (the command line shows these too). $file
## is a file's name in the folder.

cohort-share-problem = your practice could not be shared with the cohort in { $folder }: { $reason }
cohort-folder-unreadable = cannot read the cohort folder { $folder }: { $reason }
cohort-warning-settings-unreadable = { $file }: cannot be read; the cohort's settings are left at their defaults
cohort-warning-sync-copy = { $file }: looks like a copy made by a sync tool; skipped
cohort-warning-conflict-copy = { $file }: looks like a conflict copy made by a sync tool; skipped
cohort-warning-unreadable = { $file }: cannot be read ({ $reason }); skipped
# $format is the file's format version, newer than this Stillpoint reads.
cohort-warning-newer = { $file }: written by a newer Stillpoint (format { $format }); skipped
cohort-warning-other-member = { $file }: names another member inside; skipped
cohort-warning-incomplete = { $file }: incomplete, perhaps still syncing; skipped
cohort-warning-link = { $file }: a link, not a file of the folder's own; skipped
# $most: the largest a member's file may be, such as "1 MiB".
cohort-warning-too-large = { $file }: larger than a member's file can be ({ $most }); skipped
# $reason: one of the cohort-invalid- messages below.
cohort-warning-invalid = { $file }: not a member's file as Stillpoint writes it ({ $reason }); skipped
cohort-invalid-name = a name longer than { $most } characters
cohort-invalid-date-twice = { $date } given twice
cohort-invalid-date-outside = { $date } outside the { $days } days before it was written
cohort-invalid-minutes = { $minutes } minutes on { $date }, more than a day holds

## One practice on every computer: the log shared through a folder.
devices-error-name = a computer's name is one line of 1 to { $most } characters
devices-error-not-a-folder = { $folder } is a file, not a folder
devices-error-folder-missing = the shared folder { $folder } is not there (is it unmounted, or not synced yet?)
devices-error-folder-is-data = { $folder } is inside Stillpoint's own data folder; choose the folder your sync tool shares
devices-error-write = cannot write { $path }: { $reason }
devices-error-not-linked = this computer is not linked to a shared folder
devices-this-computer = This computer
devices-unnamed = A computer ({ $id }…)
devices-warning-too-many = { $count ->
    [one] 1 file
   *[other] { $count } files
} in the shared folder left out: at most { $most } computers' logs and { $copies } copies made by a sync tool are read
devices-warning-not-a-file = { $file }: not a file of the folder's own (a link or a folder); skipped
devices-warning-too-large = { $file }: larger than a practice log can be ({ $most }); skipped
devices-warning-unreadable = { $file }: cannot be read ({ $reason }); skipped
devices-warning-newer = { $name }: written by a newer Stillpoint (format { $format }); its practice is shown once this one is updated
devices-warning-torn = { $file }: its last line is still being written; it is read once it is whole
devices-warning-other-computer = { $file }: names another computer inside; skipped
devices-warning-name = { $file }: a computer's name is at most { $most } characters; skipped
devices-warning-lines = { $name }: { $count ->
    [one] 1 line
   *[other] { $count } lines
} of its log could not be read (damaged, or from a newer Stillpoint); the rest is counted
devices-folder-unreadable = cannot read the shared folder { $folder } ({ $reason }); your other computers' practice is shown as it was last read
devices-not-shared = your practice is kept on this computer, but cannot be written to the shared folder { $folder } ({ $reason }); it is written there as soon as it can be
devices-folder-away = the folder is not there
devices-id-taken = another computer writes there under this computer's id (was its data folder copied from this one?); run `stillpoint devices link` again on this computer to give it an id of its own
devices-folder-away-said = the shared folder { $folder } is not there, or no longer holds this computer's files (unmounted, or not synced yet?): your practice is kept on this computer and written there when it is back, and your other computers' practice is shown as it was last read. If the folder moved, link this computer to it again
