//! An invitation as a calendar event (iCalendar, RFC 5545), so a shared sit
//! reaches people's calendars. The same invitation always gives the same
//! event id, so adding it again updates the event instead of doubling it.

use chrono::{DateTime, TimeDelta, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use super::Invitation;
use super::invite::STAMP;
use crate::session::Session;

/// Why an invitation cannot become a calendar event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// The session, by its title, has no end of its own.
    NoEnd(String),
    TooLate,
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            CalendarError::NoEnd(title) => crate::t!("errors-calendar-no-end", title = title.as_str()),
            CalendarError::TooLate => crate::t!("errors-calendar-too-late"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CalendarError {}

impl Invitation {
    /// The calendar event's id, made from the session and the first bell:
    /// the same whenever this invitation is added, whatever its length or
    /// repeat, so a changed invitation replaces the event it came from.
    pub fn calendar_uid(&self) -> String {
        format!("sit-{}-{}@stillpoint", self.session, self.start.format(STAMP))
    }

    /// A name for the calendar file: `the-pause-20261127T140000Z.ics`.
    pub fn calendar_file_name(&self) -> String {
        format!("{}-{}.ics", self.session, self.start.format(STAMP))
    }

    /// The invitation to `session` as an iCalendar file holding one event
    /// (repeating, for a series), stamped as made at `now`.
    pub fn to_ics(&self, session: &Session, now: DateTime<Utc>) -> Result<String, CalendarError> {
        let length = self
            .sit_length(session)
            .ok_or_else(|| CalendarError::NoEnd(session.title.clone()))?;
        let millis = i64::try_from(length.as_millis()).map_err(|_| CalendarError::TooLate)?;
        let end = self
            .start
            .checked_add_signed(TimeDelta::milliseconds(millis))
            .ok_or(CalendarError::TooLate)?;
        let mut event = Event::new();
        event
            .uid(&self.calendar_uid())
            .timestamp(now)
            .summary(&session.title)
            .description(&self.calendar_description(&session.title))
            .starts(self.start)
            .ends(end);
        if let Some(repeat) = self.repeat {
            event.add_property("RRULE", repeat.rrule());
        }
        let mut calendar = Calendar::empty();
        calendar
            .append_property(("VERSION", "2.0"))
            .append_property((
                "PRODID",
                concat!("-//Stillpoint//Stillpoint ", env!("CARGO_PKG_VERSION"), "//EN"),
            ))
            .append_property(("CALSCALE", "GREGORIAN"))
            .append_property(("METHOD", "PUBLISH"))
            .push(event.done());
        Ok(calendar.to_string())
    }

    /// What the event says: the code, and how to join with it. In English
    /// whatever the interface speaks: the file goes to others' calendars.
    fn calendar_description(&self, title: &str) -> String {
        let code = self.code();
        let mut text = format!(
            "Sitting together: \"{title}\", the first bell at the same moment for everyone.\n\n\
             To join, run\n    stillpoint play --invite {code}\n\
             or paste the code in Stillpoint's Cohort view:\n    {code}\n"
        );
        if let Some(repeat) = self.repeat {
            text.push_str(&format!(
                "\nThe sit comes back {}; the same code joins each one.\n",
                repeat.describe_in_english()
            ));
        }
        text
    }
}
