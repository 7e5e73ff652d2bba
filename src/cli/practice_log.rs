//! `stillpoint log`, `stats`, `export` and `import`: the practice log from
//! the command line.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, FixedOffset, Utc};

use crate::practice::{
    Entry, HowEnded, ImportFormat, LoadedLog, ManualError, PracticeLog, PracticeRules, Record, Source, Stats,
    hours_minutes, new_entries, read_import, write_csv,
};
use crate::session::{Library, Named};

use super::resolve::{SessionNotFound, resolve_session};

/// An entry as `log --json` and `export` show it.
#[derive(serde::Serialize)]
pub struct EntryView<'a> {
    pub id: &'a str,
    pub session_id: Option<&'a str>,
    pub title: &'a str,
    pub domain: Option<&'a str>,
    /// RFC 3339, in the offset recorded at the time.
    pub start: String,
    pub start_utc: String,
    pub utc_offset: String,
    pub planned_secs: Option<u64>,
    pub practised_secs: u64,
    pub ended: HowEnded,
    pub note: Option<&'a str>,
    pub feeling_before: Option<u8>,
    pub feeling_after: Option<u8>,
    pub source: Source,
}

impl<'a> EntryView<'a> {
    pub fn of(entry: &'a Entry) -> Self {
        Self {
            id: &entry.id,
            session_id: entry.session_id.as_deref(),
            title: &entry.title,
            domain: entry.domain.as_deref(),
            start: entry.start.to_rfc3339(),
            start_utc: entry.start_utc().to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            utc_offset: entry.start.offset().to_string(),
            planned_secs: entry.planned_secs,
            practised_secs: entry.practised_secs,
            ended: entry.ended,
            note: entry.note.as_deref(),
            feeling_before: entry.feeling_before.map(|f| f.get()),
            feeling_after: entry.feeling_after.map(|f| f.get()),
            source: entry.source,
        }
    }
}

/// Reads the log, telling standard error about each skipped line.
pub fn load_log_reporting(log: &PracticeLog, errors: &mut dyn Write) -> anyhow::Result<LoadedLog> {
    let loaded = log.load()?;
    for warning in &loaded.warnings {
        writeln!(
            errors,
            "warning: {}:{}: {}",
            log.path().display(),
            warning.line,
            warning.message
        )?;
    }
    Ok(loaded)
}

/// Prints the log, oldest first: as a table, or as a JSON array.
pub fn show_log(loaded: &LoadedLog, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    // Oldest first, by when each began: imports bring in older practice
    // after newer.
    let mut entries: Vec<&Entry> = loaded.entries.iter().collect();
    entries.sort_by_key(|entry| entry.start.timestamp());
    if json {
        let views: Vec<EntryView> = entries.iter().map(|entry| EntryView::of(entry)).collect();
        serde_json::to_writer_pretty(&mut *out, &views)?;
        writeln!(out)?;
        return Ok(());
    }
    if entries.is_empty() {
        writeln!(out, "No practice logged yet. Sessions you play are logged here.")?;
        return Ok(());
    }
    for entry in entries {
        let how = match entry.ended {
            HowEnded::Completed => String::new(),
            other => format!(" ({})", other.describe()),
        };
        writeln!(
            out,
            "{}  {:>4} min  {}{how}  [{}]",
            entry.start.format("%Y-%m-%d %H:%M %:z"),
            entry.practised_minutes(),
            entry.title,
            entry.id
        )?;
        if let Some(note) = &entry.note {
            for line in note.lines() {
                writeln!(out, "      {line}")?;
            }
        }
    }
    Ok(())
}

/// Why a manual entry was not added.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("--start `{text}` is not an RFC 3339 time ({reason}); write it like 2026-11-24T07:30:00+01:00")]
    Start { text: String, reason: String },
    #[error(transparent)]
    Entry(#[from] ManualError),
    #[error(transparent)]
    Session(#[from] SessionNotFound),
}

/// A session practised away from the app, as an entry. The offset written
/// in `start` is the one recorded.
pub fn manual_entry(
    start: &str,
    minutes: u64,
    session: Option<&str>,
    note: Option<&str>,
    library: &Library,
    now: DateTime<Utc>,
) -> Result<Entry, AddError> {
    let start_time: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339(start.trim()).map_err(|e| AddError::Start {
            text: start.to_owned(),
            reason: e.to_string(),
        })?;
    let found = session.map(|id| resolve_session(id, library)).transpose()?;
    let described = found
        .as_ref()
        .map(|s| (s.id.as_str(), s.title.as_str(), s.domain.name()));
    Ok(Entry::manual(start_time, minutes, described, note, now)?)
}

/// Adds an entry to the log and says so.
pub fn add_entry(log: &PracticeLog, entry: Entry, out: &mut dyn Write) -> anyhow::Result<()> {
    log.append(&[Record::Entry(entry.clone())])?;
    writeln!(
        out,
        "Logged {} min of \"{}\" on {} ({}).",
        entry.practised_minutes(),
        entry.title,
        entry.start.format("%Y-%m-%d %H:%M %:z"),
        entry.id
    )?;
    Ok(())
}

/// Prints the statistics: a few kind lines, or JSON.
pub fn show_stats(stats: &Stats, rules: &PracticeRules, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, stats)?;
        writeln!(out)?;
        return Ok(());
    }
    if stats.sessions == 0 {
        writeln!(
            out,
            "No practice logged yet. Your statistics start with your first session."
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "Today ({}): {} min",
        stats.today.format("%A %-d %B"),
        stats.today_minutes
    )?;
    if rules.show_streaks {
        let waiting = if stats.current_streak_days > 0 && !stats.streak_includes_today {
            " (today's practice will carry it on)"
        } else {
            ""
        };
        writeln!(
            out,
            "Streak: {}{waiting}; longest {}",
            days(stats.current_streak_days),
            days(stats.longest_streak_days)
        )?;
    }
    writeln!(
        out,
        "In all: {} in {} session{} on {}; {:.1} min a session on average",
        hours_minutes(stats.total_minutes),
        stats.sessions,
        plural(stats.sessions as u64),
        days(stats.days_practised as u32),
        stats.average_session_minutes
    )?;
    writeln!(out, "This week: {} min", stats.this_week_minutes)?;
    let domains: Vec<String> = stats
        .minutes_by_domain
        .iter()
        .map(|d| format!("{} {} min", d.domain, d.minutes))
        .collect();
    writeln!(out, "By domain: {}", domains.join(", "))?;
    let most = stats.weeks.iter().map(|w| w.minutes).max().unwrap_or(0).max(1);
    writeln!(out, "Minutes a week, the last {} weeks:", stats.weeks.len())?;
    for week in &stats.weeks {
        let bar = "#".repeat((week.minutes * 30).div_ceil(most) as usize);
        writeln!(
            out,
            "  {}  {:>5}  {bar}",
            week.week_start.format("%Y-%m-%d"),
            week.minutes
        )?;
    }
    let reached: Vec<String> = stats
        .milestones
        .iter()
        .filter(|m| rules.show_streaks || !m.id.starts_with("streak-"))
        .filter_map(|m| m.reached.map(|on| format!("  {} ({})", m.title, on.format("%Y-%m-%d"))))
        .collect();
    if !reached.is_empty() {
        writeln!(out, "Milestones:")?;
        for line in reached {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn days(n: u32) -> String {
    format!("{n} day{}", plural(u64::from(n)))
}

/// Writes the log's entries to a CSV file, whole or not at all.
pub fn export_csv(loaded: &LoadedLog, path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut bytes = Vec::new();
    write_csv(&loaded.entries, &mut bytes)?;
    crate::paths::write_atomically(path, &bytes).with_context(|| format!("cannot write {}", path.display()))?;
    writeln!(
        out,
        "Exported {} entr{} to {}.",
        loaded.entries.len(),
        if loaded.entries.len() == 1 { "y" } else { "ies" },
        path.display()
    )?;
    Ok(())
}

/// Imports a file into the log: an Insight Timer, Meditation Assistant or
/// Stillpoint CSV, or Apple Health's export. Sessions already there (by id,
/// by their original, or logged from another source at the same time for
/// the same length) are left out, so importing twice adds nothing. Rows
/// that cannot be read are named with their line.
pub fn import_file(
    log: &PracticeLog,
    loaded: &LoadedLog,
    path: &Path,
    format: Option<ImportFormat>,
    offset_at: &dyn Fn(DateTime<Utc>) -> FixedOffset,
    out: &mut dyn Write,
    errors: &mut dyn Write,
) -> anyhow::Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let (format, imported) = read_import(std::io::BufReader::with_capacity(1 << 16, file), format, offset_at)
        .with_context(|| format!("{}", path.display()))?;
    for (kind, rows, then) in [
        ("warning", &imported.skipped, "; left out"),
        ("note", &imported.notes, ""),
    ] {
        for row in rows {
            writeln!(errors, "{kind}: {}:{}: {}{then}", path.display(), row.line, row.reason)?;
        }
    }
    let read = imported.entries.len();
    let fresh = new_entries(imported.entries, loaded.entries.iter().chain(&loaded.deleted));
    let added = fresh.len();
    let records: Vec<Record> = fresh.into_iter().map(Record::Entry).collect();
    log.append(&records)?;
    if let Some(cut) = &imported.cut_short {
        writeln!(
            errors,
            "warning: {}:{}: {}, so the file was cut short here; the sessions before this line are imported. Export it again to bring in the rest.",
            path.display(),
            cut.line,
            cut.reason
        )?;
    }
    write!(
        out,
        "Imported from {} ({}): {} added, {} already in your log, {} skipped",
        path.display(),
        format.name(),
        added,
        read - added,
        imported.skipped.len()
    )?;
    match &imported.cut_short {
        Some(cut) => writeln!(out, "; the file stops short at line {}.", cut.line)?,
        None => writeln!(out, ".")?,
    }
    Ok(())
}
