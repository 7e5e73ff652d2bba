## app

app-clock-not-synchronized = This computer's clock is not kept in step with a time server, so its bells may not ring with everyone else's.

## The offer that comes with a bell of mindfulness at the desk.

app-pause-offer-heading = A bell of mindfulness
app-pause-offer-invitation = You might stop for a moment. Would you like a three-minute pause?
app-pause-offer-take = Take the pause
app-pause-offer-snooze = { $minutes ->
    [one] In { $minutes } minute
   *[other] In { $minutes } minutes
}
app-pause-offer-not-now = Not now

## Sit together: making an invitation on a session's page.

sit-together-heading = Sit together
sit-together-first-bell = First bell at (HH:MM, your time)
sit-together-repeat = repeat
sit-together-once = once
sit-together-every-week = every week
sit-together-every-two-weeks = every two weeks
# After the number of sits, which is 2 or more.
sit-together-sits-in-all = { $count ->
    [one] sit in all
   *[other] sits in all
}
sit-together-make = Make an invitation
sit-together-copy-code = Copy the code
sit-together-add-to-calendar = Add to calendar
sit-together-add-to-calendar-hint = Saves the sit as a calendar event and opens it in your calendar
sit-together-comes-back-weekly = It comes back { $weeks ->
    [one] every week
   *[other] every { $weeks } weeks
}, { $count } times; the same code joins each sit.
sit-together-comes-back-daily = It comes back { $days ->
    [one] every day
   *[other] every { $days } days
}, { $count } times; the same code joins each sit.
sit-together-same-moment = Everyone who opens it (Cohort, or `stillpoint play --invite CODE`) hears the first bell at the same moment.
sit-together-calendar-no-end = "{ $session_title }" is open-ended, so a calendar cannot know when it ends; `stillpoint invite { $session_id } --length 30m --ics FILE` makes one that can go in a calendar.
sit-together-calendar-too-late = The sit ends after the last day a calendar can hold.
sit-together-calendar-not-written = The calendar file { $path } could not be written: { $reason }
sit-together-calendar-saved = Saved as { $path }; it opens in your calendar.
sit-together-calendar-saved-not-opened = Saved as { $path }. It could not be opened here ({ $reason }); open it from your calendar.

## When a shared sit begins or ended, in the window and on the command line.
## $time is a time of day such as 15:00; $day a date written with
## date-weekday-day-month(-year).

invite-today-at = at { $time }
invite-day-at = on { $day } at { $time }
invite-sit-of = sit { $number } of { $of }
# $when: invite-today-at or invite-day-at; $place: invite-sit-of.
invite-when-in-series = { $when } ({ $place })
invite-sit-over = This sit ended on { $day } at { $time }; there is none left to join.
invite-series-over = The last of these { $count } sits ended on { $day } at { $time }; there is none left to join.

## An invitation that cannot be opened.

invite-calendar-event = { $path } is a calendar event, not an invitation: its description holds the invitation's code (sit/…), which opens it
invite-cannot-read = cannot read { $path }: { $reason }
invite-no-such-file = cannot open { $path }: there is no such file, and it is not an invitation code (they begin with { $prefix })
invite-not-readable = this is not an invitation ({ $reason })
invite-not-an-invitation = this is not an invitation: expected `Invitation(...)`
invite-no-session = the invitation names no session
invite-no-start = the invitation has no start
invite-start-not-a-time = the start "{ $start }" is not a time ({ $reason })
invite-bad-length = the length "{ $length }": { $reason }
invite-code-no-session = the code names no session
invite-code-no-start = the code has no start time
invite-code-start-not-a-time = "{ $start }" in the code is not a time like 20261127T140000Z
invite-code-bad-length = the length "{ $length }" in the code: { $reason }
invite-code-bad-repeat = the repeat in the code: { $reason }
invite-code-extra = the code ends in "{ $extra }", which is not part of an invitation
