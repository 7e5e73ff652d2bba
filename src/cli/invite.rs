//! `stillpoint invite`: a shared sit as a code, and, when asked, as an
//! invitation file and a calendar event.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::cohort::{CalendarError, Invitation, Recurrence, RepeatError};
use crate::i18n::date;
use crate::session::{Duration, Session};
use crate::t;

/// What `stillpoint invite` was asked for, as typed.
#[derive(Clone, Copy, Debug, Default)]
pub struct InviteRequest<'a> {
    /// The first bell, RFC 3339.
    pub at: &'a str,
    pub length: Option<Duration>,
    /// How often the sit comes back (`2w`), with `count`.
    pub every: Option<&'a str>,
    /// How many sits in all.
    pub count: Option<u32>,
    /// Or an iCalendar repeat rule.
    pub rrule: Option<&'a str>,
    /// Where to write the invitation file.
    pub output: Option<&'a Path>,
    /// Where to write the calendar event.
    pub ics: Option<&'a Path>,
}

/// Invites others to sit `session` together as `request` asks; the
/// calendar event is stamped `now`. Every file is checked before any is
/// written, and each is written whole or not at all.
pub fn invite(
    session: &Session,
    request: &InviteRequest<'_>,
    now: DateTime<Utc>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let at = request.at;
    let start = DateTime::parse_from_rfc3339(at.trim())
        .map_err(|e| anyhow::anyhow!(t!("cli-invite-bad-at", text = at, reason = e.to_string())))?;
    let repeat = match (request.every, request.rrule) {
        (Some(every), _) => Some(Recurrence::from_every(every, request.count).map_err(|e| match e {
            RepeatError::Count(_) => anyhow::anyhow!("--count: {e}"),
            RepeatError::NoCount => anyhow::anyhow!("{e}"),
            _ => anyhow::anyhow!("--every: {e}"),
        })?),
        (None, Some(rule)) => Some(Recurrence::parse_rrule(rule, start.with_timezone(&Utc)).context("--rrule")?),
        (None, None) => None,
    };
    let invitation = Invitation {
        session: session.id.as_str().to_owned(),
        start: start.with_timezone(&Utc),
        length: request.length,
        repeat,
    };
    let calendar = request
        .ics
        .map(|path| invitation.to_ics(session, now).map(|text| (path, text)))
        .transpose()
        .map_err(|e| match e {
            CalendarError::NoEnd(_) => anyhow::anyhow!(t!("cli-invite-no-end", problem = e.to_string())),
            CalendarError::TooLate => anyhow::anyhow!("{e}"),
        })?;
    let file = request.output.map(|path| (path, invitation.to_ron()));
    for (path, _) in calendar.iter().chain(file.iter()) {
        check_writable(path)?;
    }
    if let Some((path, text)) = &calendar {
        let file = path.display().to_string();
        crate::paths::write_atomically(path, text.as_bytes())
            .with_context(|| t!("cli-invite-cannot-write-calendar", file = file.as_str()))?;
        writeln!(out, "{}", t!("cli-invite-wrote-calendar", file = file.as_str()))?;
    }
    if let Some((path, text)) = &file {
        let file = path.display().to_string();
        crate::paths::write_atomically(path, text.as_bytes())
            .with_context(|| t!("cli-cannot-write", file = file.as_str()))?;
        writeln!(out, "{}", t!("cli-invite-wrote", file = file.as_str()))?;
    }
    // Made for a time already past: those who open it will only be told it
    // has ended, so say so now.
    if let crate::cohort::Timing::Over { ended } = invitation.timing(now, invitation.sit_length(session)) {
        let said = t!("cli-invite-already-ended", date = date("cli-date-invite-ended", &ended));
        writeln!(out, "{said}")?;
    }
    let (title, date, utc) = (
        session.title.as_str(),
        date("cli-date-invite-start", &start),
        date("cli-date-utc-time", &invitation.start),
    );
    let said = match repeat {
        Some(repeat) => t!(
            "cli-invite-share-repeating",
            title = title,
            date = date,
            utc = utc,
            repeats = repeat.describe()
        ),
        None => t!("cli-invite-share", title = title, date = date, utc = utc),
    };
    writeln!(out, "{said}\n{}", invitation.code())?;
    Ok(())
}

/// Says, before anything is written, why `path` cannot take a file.
fn check_writable(path: &Path) -> anyhow::Result<()> {
    let file = path.display().to_string();
    anyhow::ensure!(!path.is_dir(), t!("cli-invite-is-a-folder", file = file.as_str()));
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(folder) = folder {
        anyhow::ensure!(
            folder.is_dir(),
            t!(
                "cli-invite-no-folder",
                file = file.as_str(),
                folder = folder.display().to_string()
            )
        );
    }
    Ok(())
}
