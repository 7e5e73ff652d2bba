//! Sitting together apart: an invitation names a session and the moment
//! of its first bell; everyone who opens it hears the bells at the same
//! moment, however early or late they open it. A repeating invitation
//! holds a series of sits; opening it joins the one going on or the next.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use super::recurrence::Recurrence;
use crate::session::{Duration, Length, Node, Session, Value, parse};

/// A shared sit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// The session's id.
    pub session: String,
    /// When the first bell rings, for everyone.
    pub start: DateTime<Utc>,
    /// For a flexible session, the length chosen; for an open-ended one,
    /// when it ends by itself.
    pub length: Option<Duration>,
    /// How the sit comes back after the first, if it does.
    pub repeat: Option<Recurrence>,
}

/// One sit of an invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sit {
    /// Which sit, counted from 1.
    pub number: u32,
    /// How many sits the invitation holds.
    pub of: u32,
    /// When its first bell rings.
    pub start: DateTime<Utc>,
}

impl Sit {
    /// Where the sit stands in a series, "sit 3 of 6"; `None` for a sit
    /// on its own.
    pub fn place_in_series(&self) -> Option<String> {
        (self.of > 1).then(|| crate::t!("invite-sit-of", number = self.number, of = self.of))
    }

    /// When the sit begins, in the clock of `now`: "at 15:00" today, "on
    /// Thursday 10 December at 15:00" another day, with its place in a
    /// series; the time written as `time_format` asks.
    pub fn when(&self, now: DateTime<chrono::FixedOffset>, time_format: &str) -> String {
        let local = self.start.with_timezone(now.offset());
        let time = local.format(time_format).to_string();
        let day = if local.date_naive() == now.date_naive() {
            crate::t!("invite-today-at", time = time)
        } else {
            let day = crate::i18n::date("date-weekday-day-month", &local);
            crate::t!("invite-day-at", day = day, time = time)
        };
        match self.place_in_series() {
            Some(place) => crate::t!("invite-when-in-series", when = day, place = place),
            None => day,
        }
    }
}

/// Where an invitation stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// `sit` (the first, or the next) begins `left` later.
    Wait { sit: Sit, left: std::time::Duration },
    /// `sit` began `late` earlier and is going on: join at this offset.
    Join { sit: Sit, late: std::time::Duration },
    /// The last sit ended at `ended`: none is left to join.
    Over { ended: DateTime<Utc> },
}

const CODE_PREFIX: &str = "sit/";
/// How a moment is written in codes, file names and calendar ids (UTC).
pub(crate) const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// Why an invitation could not be read, in words for the practitioner.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvitationError {
    #[error("{}", crate::t!("invite-not-readable", reason = .0.as_str()))]
    NotReadable(String),
    #[error("{}", crate::t!("invite-not-an-invitation"))]
    NotAnInvitation,
    #[error("{}", crate::t!("invite-no-session"))]
    NoSession,
    #[error("{}", crate::t!("invite-no-start"))]
    NoStart,
    /// The start given, and why it is not a time.
    #[error("{}", crate::t!("invite-start-not-a-time", start = .0.as_str(), reason = .1.as_str()))]
    StartNotATime(String, String),
    /// The length given, and why it is not one.
    #[error("{}", crate::t!("invite-bad-length", length = .0.as_str(), reason = .1.as_str()))]
    BadLength(String, String),
    #[error("{0}")]
    BadRepeat(String),
    #[error("{}", crate::t!("invite-code-no-session"))]
    CodeNoSession,
    #[error("{}", crate::t!("invite-code-no-start"))]
    CodeNoStart,
    #[error("{}", crate::t!("invite-code-start-not-a-time", start = .0.as_str()))]
    CodeStartNotATime(String),
    #[error("{}", crate::t!("invite-code-bad-length", length = .0.as_str(), reason = .1.as_str()))]
    CodeBadLength(String, String),
    #[error("{}", crate::t!("invite-code-bad-repeat", reason = .0.as_str()))]
    CodeBadRepeat(String),
    /// A part after the code's last.
    #[error("{}", crate::t!("invite-code-extra", extra = .0.as_str()))]
    CodeExtra(String),
    /// A calendar's event file, not an invitation.
    #[error("{}", crate::t!("invite-calendar-event", path = .0.display().to_string()))]
    CalendarEvent(std::path::PathBuf),
    #[error("{}", crate::t!("invite-cannot-read", path = .0.display().to_string(), reason = .1.as_str()))]
    CannotRead(std::path::PathBuf, String),
    /// The file's invitation is not one, for this reason.
    #[error("{}: {}", .0.display(), .1)]
    InFile(std::path::PathBuf, Box<InvitationError>),
    #[error("{}", crate::t!("invite-no-such-file", path = .0.display().to_string(), prefix = CODE_PREFIX))]
    NoSuchFile(std::path::PathBuf),
}

impl Invitation {
    /// A short code to paste into a chat: `sit/the-pause/20261127T140000Z`,
    /// with `/20m` for a chosen length and `/every2w/x6` for a sit that
    /// comes back every two weeks, six times in all.
    pub fn code(&self) -> String {
        let mut code = format!("{CODE_PREFIX}{}/{}", self.session, self.start.format(STAMP));
        if let Some(length) = self.length {
            code.push('/');
            code.push_str(&length.to_string().replace(' ', ""));
        }
        if let Some(repeat) = self.repeat {
            code.push('/');
            code.push_str(&repeat.code());
        }
        code
    }

    /// The invitation as a small RON file.
    pub fn to_ron(&self) -> String {
        let mut text = format!(
            "// A shared sit: open it with `stillpoint play --invite THIS_FILE`.\nInvitation(\n    format: 1,\n    session: \"{}\",\n    // The first bell, in UTC.\n    start: \"{}\",\n",
            self.session,
            self.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
        if let Some(length) = self.length {
            text.push_str(&format!("    length: \"{length}\",\n"));
        }
        if let Some(repeat) = self.repeat {
            text.push_str(&format!(
                "    // How the sit comes back, as a calendar's repeat rule.\n    repeat: \"{}\",\n",
                repeat.rrule()
            ));
        }
        text.push_str(")\n");
        text
    }

    /// Reads a code or the text of an invitation file.
    pub fn parse(text: &str) -> Result<Self, InvitationError> {
        use InvitationError as E;
        let text = text.trim();
        if let Some(code) = text.strip_prefix(CODE_PREFIX) {
            return Self::parse_code(code);
        }
        let node = parse(text).map_err(|e| E::NotReadable(e.message))?;
        let Value::Struct { name, fields } = &node.value else {
            return Err(E::NotAnInvitation);
        };
        if name.as_ref().is_some_and(|n| n.text != "Invitation") {
            return Err(E::NotAnInvitation);
        }
        let text_of = |field: &str| -> Option<String> {
            fields
                .iter()
                .find(|f| f.name.text == field)
                .and_then(|f| match &f.value {
                    Node {
                        value: Value::Str(s), ..
                    } => Some(s.clone()),
                    _ => None,
                })
        };
        let session = text_of("session").ok_or(E::NoSession)?;
        let start = text_of("start").ok_or(E::NoStart)?;
        let start = DateTime::parse_from_rfc3339(&start)
            .map_err(|e| E::StartNotATime(start.clone(), e.to_string()))?
            .with_timezone(&Utc);
        let length = text_of("length")
            .map(|l| Duration::parse(&l).map_err(|e| E::BadLength(l.clone(), e.to_string())))
            .transpose()?;
        let repeat = text_of("repeat")
            .map(|r| Recurrence::parse_rrule(&r, start).map_err(|e| E::BadRepeat(e.to_string())))
            .transpose()?;
        Ok(Self {
            session,
            start,
            length,
            repeat,
        })
    }

    fn parse_code(code: &str) -> Result<Self, InvitationError> {
        use InvitationError as E;
        let mut parts = code.split('/');
        let session = parts.next().filter(|s| !s.is_empty()).ok_or(E::CodeNoSession)?;
        let start = parts.next().ok_or(E::CodeNoStart)?;
        let start = chrono::NaiveDateTime::parse_from_str(start, STAMP)
            .map_err(|_| E::CodeStartNotATime(start.to_owned()))?
            .and_utc();
        let mut next = parts.next();
        let length = next
            .filter(|part| !Recurrence::is_code_every(part))
            .map(|l| Duration::parse(l).map_err(|e| E::CodeBadLength(l.to_owned(), e.to_string())))
            .transpose()?;
        if length.is_some() {
            next = parts.next();
        }
        let repeat = next
            .map(|every| Recurrence::parse_code(every, parts.next()).map_err(|e| E::CodeBadRepeat(e.to_string())))
            .transpose()?;
        if let Some(extra) = parts.next() {
            return Err(E::CodeExtra(extra.to_owned()));
        }
        Ok(Self {
            session: session.to_owned(),
            start,
            length,
            repeat,
        })
    }

    /// Reads an invitation from a file path or a code.
    pub fn open(file_or_code: &str) -> Result<Self, InvitationError> {
        use InvitationError as E;
        let trimmed = file_or_code.trim();
        let path = std::path::Path::new(trimmed);
        if trimmed.starts_with(CODE_PREFIX) {
            return Self::parse(trimmed);
        }
        let calendar = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ics"));
        if calendar {
            return Err(E::CalendarEvent(path.to_owned()));
        }
        if path.exists() {
            let text = std::fs::read_to_string(path).map_err(|e| E::CannotRead(path.to_owned(), e.to_string()))?;
            return Self::parse(&text).map_err(|e| E::InFile(path.to_owned(), Box::new(e)));
        }
        // Not a code, and no such file: say so when it reads like a file.
        let looks_like_a_file = trimmed.contains(std::path::MAIN_SEPARATOR)
            || path.extension().is_some()
            || !trimmed.contains(['(', '"', '\n']);
        if looks_like_a_file {
            return Err(E::NoSuchFile(path.to_owned()));
        }
        Self::parse(trimmed)
    }

    /// Every sit's first bell, in order: one, or the series.
    pub fn starts(&self) -> Vec<DateTime<Utc>> {
        match self.repeat {
            Some(repeat) => repeat.starts(self.start).collect(),
            None => vec![self.start],
        }
    }

    /// How long each sit of `session` lasts: the chosen length of a
    /// flexible session, the session's own otherwise; for an open-ended
    /// session the length it ends at, if one was chosen.
    pub fn sit_length(&self, session: &Session) -> Option<Duration> {
        match session.length {
            Length::OpenEnded => self.length,
            _ => self
                .length
                .and_then(|l| session.clamp_length(l))
                .or(session.default_length()),
        }
    }

    /// What to tell someone who opens the invitation after its last sit
    /// `ended`, given in their own offset.
    pub fn over_message(&self, ended: DateTime<FixedOffset>) -> String {
        let day = crate::i18n::date("date-weekday-day-month-year", &ended);
        let time = ended.format("%H:%M").to_string();
        match self.repeat.map(Recurrence::count) {
            Some(count) if count > 1 => crate::t!("invite-series-over", count = count, day = day, time = time),
            _ => crate::t!("invite-sit-over", day = day, time = time),
        }
    }

    /// Where the invitation stands at `now`, for sits lasting
    /// `sit_length` ([`Invitation::sit_length`]): the sit going on, or else
    /// the next one, or none left. A sit without a known end goes on until
    /// the next begins.
    pub fn timing(&self, now: DateTime<Utc>, sit_length: Option<Duration>) -> Timing {
        let starts = self.starts();
        let of = starts.len() as u32;
        let sit = |index: usize| Sit {
            number: index as u32 + 1,
            of,
            start: starts.get(index).copied().unwrap_or(self.start),
        };
        let wait = |index: usize| Timing::Wait {
            sit: sit(index),
            left: (sit(index).start - now).to_std().unwrap_or_default(),
        };
        // The last sit begun by now, if any has.
        let Some(begun) = starts.iter().rposition(|start| *start <= now) else {
            return wait(0);
        };
        let start = sit(begun).start;
        let end = sit_length.and_then(|length| {
            let millis = i64::try_from(length.as_millis()).ok()?;
            start.checked_add_signed(TimeDelta::milliseconds(millis))
        });
        match end {
            Some(end) if now >= end && begun + 1 < starts.len() => wait(begun + 1),
            Some(end) if now >= end => Timing::Over { ended: end },
            _ => Timing::Join {
                sit: sit(begun),
                late: (now - start).to_std().unwrap_or_default(),
            },
        }
    }
}

/// Whether the system clock is kept in step with a time server, where the
/// system can say (systemd's timedatectl); `None` when it cannot be known.
pub fn clock_synchronized() -> Option<bool> {
    let output = std::process::Command::new("timedatectl")
        .args(["show", "--property=NTPSynchronized", "--value"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    match String::from_utf8_lossy(&output.stdout).trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .with_timezone(&Utc)
    }

    /// A sit of `length` every two weeks, four times, the first on Friday
    /// 27 November 2026 at 14:00 UTC.
    fn fortnightly(length: Option<&str>) -> (Invitation, Option<Duration>) {
        let invitation = Invitation {
            session: "the-pause".into(),
            start: at("2026-11-27T14:00:00Z"),
            length: None,
            repeat: Recurrence::from_every("2w", Some(4)).ok(),
        };
        let length = length.map(|l| Duration::parse(l).unwrap_or_else(|e| panic!("{l}: {e}")));
        (invitation, length)
    }

    fn check(invitation: &Invitation, length: Option<Duration>, now: &str, expected: Timing) {
        assert_eq!(invitation.timing(at(now), length), expected, "at {now}");
    }

    fn sit(number: u32, of: u32, start: &str) -> Sit {
        Sit {
            number,
            of,
            start: at(start),
        }
    }

    fn secs(secs: u64) -> std::time::Duration {
        std::time::Duration::from_secs(secs)
    }

    #[test]
    fn a_repeating_invitation_joins_the_sit_going_on_or_waits_for_the_next() {
        let (invitation, length) = fortnightly(Some("20m"));
        let third = sit(3, 4, "2026-12-25T14:00:00Z");
        let fourth = sit(4, 4, "2027-01-08T14:00:00Z");
        // Before the first.
        check(
            &invitation,
            length,
            "2026-11-27T13:59:00Z",
            Timing::Wait {
                sit: sit(1, 4, "2026-11-27T14:00:00Z"),
                left: secs(60),
            },
        );
        // On the third's first bell, and during it.
        check(
            &invitation,
            length,
            "2026-12-25T14:00:00Z",
            Timing::Join {
                sit: third,
                late: secs(0),
            },
        );
        check(
            &invitation,
            length,
            "2026-12-25T14:19:59Z",
            Timing::Join {
                sit: third,
                late: secs(19 * 60 + 59),
            },
        );
        // As the third ends, and between the third and the fourth.
        check(
            &invitation,
            length,
            "2026-12-25T14:20:00Z",
            Timing::Wait {
                sit: fourth,
                left: secs(14 * 86_400 - 20 * 60),
            },
        );
        check(
            &invitation,
            length,
            "2027-01-08T13:00:00Z",
            Timing::Wait {
                sit: fourth,
                left: secs(3600),
            },
        );
        // After the last.
        check(
            &invitation,
            length,
            "2027-01-08T14:20:00Z",
            Timing::Over {
                ended: at("2027-01-08T14:20:00Z"),
            },
        );
        check(
            &invitation,
            length,
            "2030-01-01T00:00:00Z",
            Timing::Over {
                ended: at("2027-01-08T14:20:00Z"),
            },
        );
    }

    #[test]
    fn a_sit_without_a_known_end_goes_on_until_the_next_begins() {
        let (invitation, _) = fortnightly(None);
        check(
            &invitation,
            None,
            "2026-12-24T14:00:00Z",
            Timing::Join {
                sit: sit(2, 4, "2026-12-11T14:00:00Z"),
                late: secs(13 * 86_400),
            },
        );
        check(
            &invitation,
            None,
            "2027-02-08T14:00:00Z",
            Timing::Join {
                sit: sit(4, 4, "2027-01-08T14:00:00Z"),
                late: secs(31 * 86_400),
            },
        );
    }

    #[test]
    fn a_single_sit_is_joined_until_it_ends() {
        let once = Invitation {
            repeat: None,
            ..fortnightly(None).0
        };
        let length = Some(Duration::from_mins(3));
        let only = sit(1, 1, "2026-11-27T14:00:00Z");
        check(
            &once,
            length,
            "2026-11-27T13:59:30Z",
            Timing::Wait {
                sit: only,
                left: secs(30),
            },
        );
        check(
            &once,
            length,
            "2026-11-27T14:01:30Z",
            Timing::Join {
                sit: only,
                late: secs(90),
            },
        );
        check(
            &once,
            length,
            "2026-11-27T14:03:00Z",
            Timing::Over {
                ended: at("2026-11-27T14:03:00Z"),
            },
        );
    }

    #[test]
    fn codes_and_files_carry_the_repeat_and_old_codes_still_open() {
        let (invitation, _) = fortnightly(None);
        let with_length = Invitation {
            length: Some(Duration::from_mins(20)),
            ..invitation.clone()
        };
        for (invitation, code) in [
            (&invitation, "sit/the-pause/20261127T140000Z/every2w/x4"),
            (&with_length, "sit/the-pause/20261127T140000Z/20m/every2w/x4"),
        ] {
            assert_eq!(invitation.code(), code);
            assert_eq!(Invitation::parse(code).as_ref(), Ok(invitation));
            assert_eq!(Invitation::parse(&invitation.to_ron()).as_ref(), Ok(invitation));
        }
        assert!(
            invitation
                .to_ron()
                .contains("repeat: \"FREQ=WEEKLY;INTERVAL=2;COUNT=4\"")
        );
        let old = Invitation::parse("sit/the-pause/20261127T140000Z/1h10m");
        assert_eq!(
            old.map(|i| (i.length, i.repeat)),
            Ok((Some(Duration::from_mins(70)), None))
        );
        for (bad, why) in [
            ("sit/the-pause/20261127T140000Z/every2w", "how many times"),
            ("sit/the-pause/20261127T140000Z/every2w/x0", "1 to 100 sits"),
            ("sit/the-pause/20261127T140000Z/every3m/x4", "\"3m\" is not how often"),
            ("sit/the-pause/20261127T140000Z/20m/every1w/x2/more", "ends in \"more\""),
        ] {
            let error = Invitation::parse(bad).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(error.contains(why), "{bad}: {error}");
        }
        let file = "Invitation(format: 1, session: \"the-pause\", start: \"2026-11-27T14:00:00Z\", repeat: \"FREQ=MONTHLY;COUNT=2\")";
        let error = Invitation::parse(file).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("FREQ=MONTHLY is not supported"), "{error}");
    }
}
