//! `stillpoint invite`: a shared sit as a code, and, when asked, as an
//! invitation file and a calendar event.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::cohort::{CalendarError, Invitation, Recurrence, RepeatError};
use crate::session::{Duration, Session};

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
    let start = DateTime::parse_from_rfc3339(at.trim()).map_err(|e| {
        anyhow::anyhow!("--at `{at}` is not an RFC 3339 time ({e}); write it like 2026-11-27T15:00:00+01:00")
    })?;
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
            CalendarError::NoEnd(_) => anyhow::anyhow!("{e}; give the length everyone sits with --length"),
            CalendarError::TooLate => anyhow::anyhow!("{e}"),
        })?;
    let file = request.output.map(|path| (path, invitation.to_ron()));
    for (path, _) in calendar.iter().chain(file.iter()) {
        check_writable(path)?;
    }
    if let Some((path, text)) = &calendar {
        crate::paths::write_atomically(path, text.as_bytes())
            .with_context(|| format!("cannot write the calendar file {}", path.display()))?;
        writeln!(
            out,
            "Wrote {}: open it to add the sit to a calendar (adding it again updates the same event).",
            path.display()
        )?;
    }
    if let Some((path, text)) = &file {
        crate::paths::write_atomically(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        writeln!(out, "Wrote {}.", path.display())?;
    }
    // Made for a time already past: those who open it will only be told it
    // has ended, so say so now.
    if let crate::cohort::Timing::Over { ended } = invitation.timing(now, invitation.sit_length(session)) {
        writeln!(
            out,
            "Note: this sit has already ended ({} UTC); whoever opens the code will be told so. Give a later --at to invite others.",
            ended.format("%A %-d %B %Y, %H:%M")
        )?;
    }
    let repeats = repeat.map(|r| format!(", {}", r.describe())).unwrap_or_default();
    writeln!(
        out,
        "\"{}\" at {} ({} UTC){repeats}. Share this code; `stillpoint play --invite CODE` joins:\n{}",
        session.title,
        start.format("%A %-d %B, %H:%M %:z"),
        invitation.start.format("%H:%M"),
        invitation.code()
    )?;
    Ok(())
}

/// Says, before anything is written, why `path` cannot take a file.
fn check_writable(path: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        !path.is_dir(),
        "{} is a folder; give the name of a file to write in it",
        path.display()
    );
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(folder) = folder {
        anyhow::ensure!(
            folder.is_dir(),
            "cannot write {}: the folder {} does not exist",
            path.display(),
            folder.display()
        );
    }
    Ok(())
}
