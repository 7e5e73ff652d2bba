//! `stillpoint log`, `stats`, `export` and `import`: the practice log from
//! the command line.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, FixedOffset, Utc};

use crate::i18n::date;
use crate::practice::Practice;
use crate::practice::{
    Entry, HowEnded, ImportFormat, LoadedLog, ManualError, PracticeLog, PracticeRules, Record, Source, Stats,
    hours_minutes, new_entries, read_import, write_csv,
};
use crate::session::{Domain, Library, Named};
use crate::shown::escaped;
use crate::t;

use super::resolve::{SessionNotFound, resolve_session};
use super::text::pad_start;

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
    /// The kind of practice: `formal`, `informal`, `call`, `retreat`,
    /// `journaling` or `teaching`.
    pub practice: &'static str,
    /// Chosen for the portfolio.
    pub portfolio: bool,
    /// The reflection prompt the note answered.
    pub prompt: Option<&'a str>,
    /// Notes that an edit made on another computer replaced, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replaced_notes: Vec<&'a str>,
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
            practice: entry.practice.name(),
            portfolio: entry.portfolio,
            prompt: entry.prompt.as_deref(),
            replaced_notes: Vec::new(),
        }
    }
}

/// Reads the log, telling standard error about each skipped line.
pub fn load_log_reporting(log: &PracticeLog, errors: &mut dyn Write) -> anyhow::Result<LoadedLog> {
    let loaded = log.load()?;
    for warning in &loaded.warnings {
        let place = format!("{}:{}", log.path().display(), warning.line);
        writeln!(
            errors,
            "{}",
            t!("cli-warning", message = format!("{place}: {}", warning.message))
        )?;
    }
    for said in &loaded.sharing {
        if first_time(said) {
            writeln!(errors, "{}", t!("cli-warning", message = said.as_str()))?;
        }
    }
    Ok(loaded)
}

/// Whether `said`, something about the shared folder, is said for the
/// first time by this command: a command that reads the log and then
/// writes to it says a folder that is away once.
pub fn first_time(said: &str) -> bool {
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut told = SAID.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if told.iter().any(|t| t == said) {
        return false;
    }
    told.push(said.to_owned());
    true
}

/// Prints the log, oldest first: as a table, or as a JSON array.
pub fn show_log(loaded: &LoadedLog, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    // Oldest first, by when each began: imports bring in older practice
    // after newer.
    let mut entries: Vec<&Entry> = loaded.entries.iter().collect();
    entries.sort_by_key(|entry| entry.start.timestamp());
    if json {
        let views: Vec<EntryView> = entries
            .iter()
            .map(|entry| EntryView {
                replaced_notes: loaded.replaced_notes(&entry.id).map(|r| r.note.as_str()).collect(),
                ..EntryView::of(entry)
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &views)?;
        writeln!(out)?;
        return Ok(());
    }
    if entries.is_empty() {
        writeln!(out, "{}", t!("cli-log-empty"))?;
        return Ok(());
    }
    for entry in entries {
        let how = match entry.ended {
            HowEnded::Completed => String::new(),
            HowEnded::EndedEarly => format!(" {}", t!("cli-log-ended-early")),
            HowEnded::Interrupted => format!(" {}", t!("cli-log-interrupted")),
        };
        let kind = entry
            .kind_beside_title()
            .map(|kind| format!(" ({kind})"))
            .unwrap_or_default();
        let marked = if entry.portfolio { " *" } else { "" };
        writeln!(
            out,
            "{}  {}  {}{kind}{how}  [{}]{marked}",
            date("cli-date-moment", &entry.start),
            pad_start(&t!("cli-minutes", minutes = entry.practised_minutes()), 8),
            // Titles and notes may come from another app's export.
            escaped(&entry.shown_title()),
            entry.id
        )?;
        if let Some(note) = &entry.note {
            for line in note.lines() {
                writeln!(out, "      {}", escaped(line))?;
            }
        }
        for replaced in loaded.replaced_notes(&entry.id) {
            writeln!(out, "      {}", t!("cli-log-replaced-note"))?;
            for line in replaced.note.lines() {
                writeln!(out, "        {}", escaped(line))?;
            }
        }
    }
    Ok(())
}

/// Why a manual entry was not added.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("{}", bad_start(.text, .reason))]
    Start { text: String, reason: String },
    #[error(transparent)]
    Entry(#[from] ManualError),
    #[error(transparent)]
    Session(#[from] SessionNotFound),
}

fn bad_start(text: &str, reason: &str) -> String {
    t!("cli-log-bad-start", text = text, reason = reason)
}

/// A session practised away from the app, as an entry. The offset written
/// in `start` is the one recorded.
pub fn manual_entry(
    start: &str,
    minutes: u64,
    session: Option<&str>,
    practice: Option<Practice>,
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
    // A session's own kind (a call, journaling) unless another is said.
    let practice = practice.or(found.as_ref().and_then(|s| s.practice)).unwrap_or_default();
    Ok(Entry::manual(start_time, minutes, described, practice, note, now)?)
}

/// Adds an entry to the log and says so.
pub fn add_entry(log: &PracticeLog, entry: Entry, out: &mut dyn Write) -> anyhow::Result<()> {
    log.append(&[Record::Entry(entry.clone())])?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-log-added",
            minutes = entry.practised_minutes(),
            title = escaped(&entry.shown_title()).into_owned(),
            date = date("cli-date-moment", &entry.start),
            id = entry.id.as_str()
        )
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
        writeln!(out, "{}", t!("cli-stats-empty"))?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!(
            "cli-stats-today",
            date = date("date-weekday-day-month", &stats.today),
            minutes = stats.today_minutes
        )
    )?;
    if rules.show_streaks {
        let current = t!("cli-days", count = stats.current_streak_days);
        let longest = t!("cli-days", count = stats.longest_streak_days);
        let line = if stats.current_streak_days > 0 && !stats.streak_includes_today {
            t!("cli-stats-streak-waiting", current = current, longest = longest)
        } else {
            t!("cli-stats-streak", current = current, longest = longest)
        };
        writeln!(out, "{line}")?;
    }
    writeln!(
        out,
        "{}",
        t!(
            "cli-stats-in-all",
            total = hours_minutes(stats.total_minutes),
            sessions = stats.sessions,
            days = t!("cli-days", count = stats.days_practised),
            average = stats.average_session_minutes
        )
    )?;
    writeln!(out, "{}", t!("cli-stats-this-week", minutes = stats.this_week_minutes))?;
    if let Some(progress) = &stats.goal {
        super::goal::show_goal(progress, out)?;
    }
    let domains: Vec<String> = stats
        .minutes_by_domain
        .iter()
        .map(|d| {
            t!(
                "cli-stats-domain-minutes",
                domain = domain_label(&d.domain),
                minutes = d.minutes
            )
        })
        .collect();
    writeln!(
        out,
        "{}",
        t!("cli-stats-by-domain", domains = domains.join(&t!("cli-separator")))
    )?;
    let most = stats.weeks.iter().map(|w| w.minutes).max().unwrap_or(0).max(1);
    writeln!(out, "{}", t!("cli-stats-weeks", weeks = stats.weeks.len()))?;
    for week in &stats.weeks {
        let bar = "#".repeat((week.minutes * 30).div_ceil(most) as usize);
        writeln!(
            out,
            "  {}  {:>5}  {bar}",
            date("cli-date-day", &week.week_start),
            week.minutes
        )?;
    }
    let reached: Vec<String> = stats
        .milestones
        .iter()
        .filter(|m| rules.show_streaks || !m.id.starts_with("streak-"))
        .filter_map(|m| {
            let on = m.reached?;
            Some(t!(
                "cli-stats-milestone",
                title = m.title.as_str(),
                date = date("cli-date-day", &on)
            ))
        })
        .collect();
    if !reached.is_empty() {
        writeln!(out, "{}", t!("cli-stats-milestones"))?;
        for line in reached {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

/// A domain as logged (its canonical name, or "other"), as a person reads it.
fn domain_label(logged: &str) -> String {
    match Domain::from_name(logged) {
        Some(domain) => domain.label(),
        None if logged == "other" => t!("cli-domain-other"),
        None => logged.to_owned(),
    }
}

/// Writes the log's entries to a CSV file, whole or not at all.
pub fn export_csv(loaded: &LoadedLog, path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut bytes = Vec::new();
    write_csv(&loaded.entries, &mut bytes)?;
    crate::paths::write_atomically(path, &bytes)
        .with_context(|| t!("cli-cannot-write", file = path.display().to_string()))?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-export-done",
            count = loaded.entries.len(),
            file = path.display().to_string()
        )
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
    let file = std::fs::File::open(path).with_context(|| t!("cli-cannot-open", file = path.display().to_string()))?;
    let (format, imported) = read_import(std::io::BufReader::with_capacity(1 << 16, file), format, offset_at)
        .with_context(|| format!("{}", path.display()))?;
    for row in &imported.skipped {
        let message = t!("cli-import-left-out", reason = escaped(&row.reason).into_owned());
        let message = format!("{}:{}: {message}", path.display(), row.line);
        writeln!(errors, "{}", t!("cli-warning", message = message))?;
    }
    for row in &imported.notes {
        let message = format!("{}:{}: {}", path.display(), row.line, escaped(&row.reason));
        writeln!(errors, "{}", t!("cli-note", message = message))?;
    }
    let read = imported.entries.len();
    let fresh = new_entries(imported.entries, loaded.entries.iter().chain(&loaded.deleted));
    let added = fresh.len();
    let records: Vec<Record> = fresh.into_iter().map(Record::Entry).collect();
    log.append(&records)?;
    if let Some(cut) = &imported.cut_short {
        let message = t!("cli-import-cut-short", reason = cut.reason.as_str());
        let message = format!("{}:{}: {message}", path.display(), cut.line);
        writeln!(errors, "{}", t!("cli-warning", message = message))?;
    }
    let file = path.display().to_string();
    let (format, already, skipped) = (format.name(), read - added, imported.skipped.len());
    let said = match &imported.cut_short {
        Some(cut) => t!(
            "cli-import-done-cut-short",
            file = file,
            format = format,
            added = added,
            already = already,
            skipped = skipped,
            line = cut.line
        ),
        None => t!(
            "cli-import-done",
            file = file,
            format = format,
            added = added,
            already = already,
            skipped = skipped
        ),
    };
    writeln!(out, "{said}")?;
    Ok(())
}
