//! The practice log as CSV: exported for spreadsheets and backups; and
//! practice imported from a Stillpoint export or from the apps people come
//! from: Insight Timer, Meditation Assistant, Apple Health.

use std::io::{BufRead, Read, Write};

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};

use super::entry::{Entry, Feeling, HowEnded, Practice, Source};

/// The columns of a Stillpoint CSV export, in order.
pub const STILLPOINT_COLUMNS: [&str; 16] = [
    "id",
    "start",
    "session_id",
    "title",
    "domain",
    "planned_secs",
    "practised_secs",
    "practised_minutes",
    "ended",
    "feeling_before",
    "feeling_after",
    "source",
    "note",
    "practice",
    "portfolio",
    "prompt",
];

/// Meditation Assistant's export header.
const MEDITATION_ASSISTANT_COLUMNS: [&str; 5] = ["ID", "Length", "Started", "Completed", "Message"];

/// The kinds of file `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// Stillpoint's own export (`stillpoint export --csv`).
    StillpointCsv,
    /// Insight Timer's CSV export.
    InsightTimer,
    /// Meditation Assistant's CSV export.
    MeditationAssistant,
    /// Apple Health's `export.xml`: its mindful sessions.
    AppleHealth,
}

impl ImportFormat {
    /// The format a file's header row shows, if it is one of ours.
    pub fn detect(header: &[String]) -> Option<Self> {
        let matches = |expected: &[&str]| {
            header.len() >= expected.len()
                && expected
                    .iter()
                    .zip(header)
                    .all(|(want, have)| have.trim().eq_ignore_ascii_case(want))
        };
        if matches(&MEDITATION_ASSISTANT_COLUMNS) {
            Some(Self::MeditationAssistant)
        } else if matches(&super::insight_timer::COLUMNS) {
            Some(Self::InsightTimer)
        } else if ["id", "start", "practised_secs"]
            .iter()
            .all(|column| header.iter().any(|h| h.trim() == *column))
        {
            Some(Self::StillpointCsv)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::StillpointCsv => "stillpoint-csv",
            Self::InsightTimer => "insight-timer",
            Self::MeditationAssistant => "meditation-assistant",
            Self::AppleHealth => "apple-health",
        }
    }
}

/// Writes entries as CSV with a header row.
pub fn write_csv(entries: &[Entry], out: impl Write) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(STILLPOINT_COLUMNS)?;
    let number = |value: Option<u64>| value.map(|v| v.to_string()).unwrap_or_default();
    for entry in entries {
        writer.write_record([
            entry.id.as_str(),
            &entry.start.to_rfc3339(),
            entry.session_id.as_deref().unwrap_or(""),
            &entry.title,
            entry.domain.as_deref().unwrap_or(""),
            &number(entry.planned_secs),
            &entry.practised_secs.to_string(),
            &entry.practised_minutes().to_string(),
            entry.ended.describe(),
            &number(entry.feeling_before.map(|f| u64::from(f.get()))),
            &number(entry.feeling_after.map(|f| u64::from(f.get()))),
            source_name(entry.source),
            entry.note.as_deref().unwrap_or(""),
            crate::session::Named::name(entry.practice),
            if entry.portfolio { "yes" } else { "" },
            entry.prompt.as_deref().unwrap_or(""),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

fn source_name(source: Source) -> &'static str {
    match source {
        Source::App => "app",
        Source::Manual => "manual",
        Source::Import => "import",
    }
}

/// A row that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRow {
    /// The line the row starts on, counted from 1.
    pub line: u64,
    pub reason: String,
}

/// What a file held.
#[derive(Debug, Default)]
pub struct Imported {
    pub entries: Vec<Entry>,
    pub skipped: Vec<SkippedRow>,
    /// Rows imported whose reading needed a word: a local time the clocks
    /// skipped, and how it was read.
    pub notes: Vec<SkippedRow>,
    /// Where a file stops in the middle, as a download or copy cut short
    /// does: what came before is imported, what should have followed is
    /// not there to read.
    pub cut_short: Option<SkippedRow>,
}

/// Why a file could not be imported at all.
#[derive(Debug)]
pub enum ImportError {
    Empty,
    UnknownHeader { found: String },
    NotHealth { found: String },
    WrongHeader { format: &'static str, found: String },
    Read(csv::Error),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportError::Empty => crate::t!("errors-import-empty"),
            ImportError::UnknownHeader { found } => crate::t!("errors-import-unknown-header", found = found.as_str()),
            ImportError::NotHealth { found } => crate::t!("errors-import-not-health", found = found.as_str()),
            ImportError::WrongHeader { format, found } => {
                crate::t!("errors-import-wrong-header", format = *format, found = found.as_str())
            }
            ImportError::Read(_) => crate::t!("errors-import-cannot-read"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Read(source) => Some(source),
            _ => None,
        }
    }
}

impl From<csv::Error> for ImportError {
    fn from(error: csv::Error) -> Self {
        ImportError::Read(error)
    }
}

/// Reads practice from any file `import` knows: Apple Health's XML, read
/// as a stream, or one of the CSV exports. `format` is found from the
/// file when not given.
pub fn read_import(
    mut input: impl BufRead,
    format: Option<ImportFormat>,
    offset_at: &dyn Fn(DateTime<Utc>) -> FixedOffset,
) -> Result<(ImportFormat, Imported), ImportError> {
    let start = input.fill_buf().map_err(csv::Error::from)?;
    if start.is_empty() {
        return Err(ImportError::Empty);
    }
    let health = super::apple_health::looks_like_health(start);
    match (format, health) {
        (Some(ImportFormat::AppleHealth), _) | (None, true) => {
            Ok((ImportFormat::AppleHealth, super::apple_health::read_health(input)?))
        }
        (Some(asked), true) => Err(ImportError::WrongHeader {
            format: asked.name(),
            found: crate::t!("errors-import-found-xml"),
        }),
        (asked, false) => read_csv(input, asked, offset_at),
    }
}

/// Reads entries from CSV. `format` is detected from the header when not
/// given. `offset_at` gives the local UTC offset for times the file keeps
/// in UTC only (Meditation Assistant's).
pub fn read_csv(
    mut input: impl Read,
    format: Option<ImportFormat>,
    offset_at: &dyn Fn(DateTime<Utc>) -> FixedOffset,
) -> Result<(ImportFormat, Imported), ImportError> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(csv::Error::from)?;
    // Lines counted here: a quoted field may hold line breaks.
    let mut lines = LineCounter::new(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut records = reader.byte_records();
    let header: Vec<String> = match records.next() {
        None => return Err(ImportError::Empty),
        Some(record) => record?
            .iter()
            .map(|field| String::from_utf8_lossy(field).trim_start_matches('\u{feff}').to_owned())
            .collect(),
    };
    let found = shown_header(&header.join(","));
    let detected = ImportFormat::detect(&header);
    let format = match (format, detected) {
        (Some(asked), Some(seen)) if asked == seen => asked,
        (Some(asked), _) => {
            return Err(ImportError::WrongHeader {
                format: asked.name(),
                found,
            });
        }
        (None, Some(seen)) => seen,
        (None, None) => return Err(ImportError::UnknownHeader { found }),
    };
    let mut imported = Imported::default();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                imported.skipped.push(SkippedRow {
                    line,
                    reason: e.to_string(),
                });
                // A broken quote can swallow the rest of the file; stop.
                if !matches!(
                    e.kind(),
                    csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. }
                ) {
                    break;
                }
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        if record.iter().all(|field| field.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let fields: Vec<String> = match record
            .iter()
            .map(|field| String::from_utf8(field.to_vec()))
            .collect::<Result<_, _>>()
        {
            Ok(fields) => fields,
            Err(_) => {
                imported.skipped.push(SkippedRow {
                    line,
                    reason: crate::t!("errors-import-not-text"),
                });
                continue;
            }
        };
        let row = match format {
            ImportFormat::MeditationAssistant => meditation_assistant_row(&fields, offset_at).map(|e| (e, None)),
            ImportFormat::InsightTimer => super::insight_timer::row(&fields, offset_at),
            ImportFormat::StillpointCsv | ImportFormat::AppleHealth => {
                stillpoint_row(&header, &fields).map(|e| (e, None))
            }
        };
        match row {
            Ok((entry, note)) => {
                imported.entries.push(entry);
                if let Some(reason) = note {
                    imported.notes.push(SkippedRow { line, reason });
                }
            }
            Err(reason) => imported.skipped.push(SkippedRow { line, reason }),
        }
    }
    Ok((format, imported))
}

/// Line numbers of byte offsets, asked for in increasing order.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0, line: 1 }
    }

    /// The line of the first byte of a record at `byte` (the reader may
    /// place a record at the line break before it).
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(self.bytes.len());
        while self.bytes.get(byte).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            byte += 1;
        }
        if byte < self.at {
            self.at = 0;
            self.line = 1;
        }
        self.line += self.bytes[self.at..byte].iter().filter(|b| **b == b'\n').count() as u64;
        self.at = byte;
        self.line
    }
}

/// One row of Meditation Assistant's export: ID, Length (HH:MM), Started
/// and Completed (`yyyy-MM-dd HH:mm`, UTC), Message.
fn meditation_assistant_row(
    fields: &[String],
    offset_at: &dyn Fn(DateTime<Utc>) -> FixedOffset,
) -> Result<Entry, String> {
    let field = |i: usize| fields.get(i).map_or("", |f| f.trim());
    let id = field(0);
    if id.is_empty() {
        return Err(crate::t!("errors-import-empty-id", column = "ID"));
    }
    let started = NaiveDateTime::parse_from_str(field(2), "%Y-%m-%d %H:%M")
        .map_err(|_| crate::t!("errors-import-ma-bad-started", text = field(2)))?
        .and_utc();
    let length = parse_hours_minutes(field(1)).or_else(|| {
        // Without a length, the time between start and end.
        let completed = NaiveDateTime::parse_from_str(field(3), "%Y-%m-%d %H:%M")
            .ok()?
            .and_utc();
        u64::try_from((completed - started).num_seconds()).ok()
    });
    let Some(practised_secs) = length else {
        return Err(crate::t!("errors-import-ma-bad-length", text = field(1)));
    };
    if practised_secs > 24 * 3600 {
        return Err(crate::t!(
            "errors-import-longer-than-a-day",
            column = "Length",
            text = field(1)
        ));
    }
    let message = fields.get(4).map_or(String::new(), |m| m.trim().replace("\r\n", "\n"));
    Ok(Entry {
        id: format!("ma-{id}-{}", started.format("%Y%m%d%H%M")),
        session_id: None,
        title: "Meditation (from Meditation Assistant)".into(),
        domain: None,
        start: started.with_timezone(&offset_at(started)),
        planned_secs: None,
        practised_secs,
        ended: HowEnded::Completed,
        note: (!message.is_empty()).then_some(message),
        feeling_before: None,
        feeling_after: None,
        source: Source::Import,
        import_key: Some(format!("meditation-assistant:{id}:{}:{}", field(2), field(1))),
        practice: Practice::Formal,
        portfolio: false,
        prompt: None,
    })
}

/// "HH:MM" as seconds.
fn parse_hours_minutes(text: &str) -> Option<u64> {
    let (hours, minutes) = text.split_once(':')?;
    let hours: u64 = hours.trim().parse().ok()?;
    let minutes: u64 = minutes.trim().parse().ok()?;
    (minutes < 60).then_some((hours * 60 + minutes) * 60)
}

/// One row of a Stillpoint export, read by its header's column names.
fn stillpoint_row(header: &[String], fields: &[String]) -> Result<Entry, String> {
    let field = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .and_then(|i| fields.get(i))
            .map_or("", |f| f.as_str())
    };
    let optional = |name: &str| {
        let value = field(name).trim();
        (!value.is_empty()).then(|| value.to_owned())
    };
    let id = field("id").trim();
    if id.is_empty() {
        return Err(crate::t!("errors-import-empty-id", column = "id"));
    }
    let start = DateTime::parse_from_rfc3339(field("start").trim())
        .map_err(|e| crate::t!("errors-import-bad-start", text = field("start"), reason = e.to_string()))?;
    let number = |name: &str| -> Result<Option<u64>, String> {
        optional(name)
            .map(|v| {
                v.parse::<u64>()
                    .map_err(|_| crate::t!("errors-import-not-whole", column = name, text = v.as_str()))
            })
            .transpose()
    };
    let practised_secs =
        number("practised_secs")?.ok_or_else(|| crate::t!("errors-import-column-empty", column = "practised_secs"))?;
    if practised_secs > 24 * 3600 {
        return Err(crate::t!(
            "errors-import-secs-longer-than-a-day",
            seconds = practised_secs
        ));
    }
    let feeling = |name: &str| -> Result<Option<Feeling>, String> {
        number(name)?
            .map(|v| {
                u8::try_from(v)
                    .ok()
                    .and_then(Feeling::new)
                    .ok_or_else(|| crate::t!("errors-import-feeling", column = name, value = v))
            })
            .transpose()
    };
    let ended = match field("ended").trim() {
        "" | "completed" => HowEnded::Completed,
        "ended early" | "ended-early" => HowEnded::EndedEarly,
        "interrupted" => HowEnded::Interrupted,
        other => {
            return Err(crate::t!("errors-import-bad-ended", text = other));
        }
    };
    let source = match field("source").trim() {
        "app" => Source::App,
        "manual" => Source::Manual,
        _ => Source::Import,
    };
    // An export from before kinds were kept has no such column: formal.
    let practice = match field("practice").trim() {
        "" => Practice::Formal,
        given => given.parse::<Practice>().map_err(|e| e.to_string())?,
    };
    let portfolio = matches!(field("portfolio").trim(), "yes" | "true" | "1");
    Ok(Entry {
        id: id.to_owned(),
        session_id: optional("session_id"),
        title: optional("title").unwrap_or_else(|| "Practice".into()),
        domain: optional("domain"),
        start,
        planned_secs: number("planned_secs")?,
        practised_secs,
        ended,
        note: optional("note"),
        feeling_before: feeling("feeling_before")?,
        feeling_after: feeling("feeling_after")?,
        source,
        import_key: None,
        practice,
        portfolio,
        prompt: optional("prompt"),
    })
}

/// How far apart two starts may be and still be the same session logged
/// twice (by two apps, or an app and by hand).
pub const SAME_START_SECS: i64 = 60;
/// How far apart two lengths may be and still be the same session: less
/// than a minute.
pub const SAME_LENGTH_SECS: u64 = 59;

/// Keeps the entries the log does not have yet: none whose id, or whose
/// original (for imports), it already holds; none that is a session the
/// log has from another source (a start within a minute and the same length
/// to the minute); and no row twice.
pub fn new_entries<'a>(imported: Vec<Entry>, known: impl IntoIterator<Item = &'a Entry>) -> Vec<Entry> {
    use std::collections::{BTreeMap, HashSet};
    let mut ids = HashSet::new();
    let mut keys = HashSet::new();
    // Lengths by start, in whole seconds since 1970.
    let mut sessions: BTreeMap<i64, Vec<u64>> = BTreeMap::new();
    let remember = |sessions: &mut BTreeMap<i64, Vec<u64>>, entry: &Entry| {
        sessions
            .entry(entry.start.timestamp())
            .or_default()
            .push(entry.practised_secs);
    };
    for entry in known {
        ids.insert(entry.id.clone());
        if let Some(key) = &entry.import_key {
            keys.insert(key.clone());
        }
        remember(&mut sessions, entry);
    }
    let mut fresh = Vec::new();
    for entry in imported {
        if entry.import_key.as_ref().is_some_and(|key| keys.contains(key)) || ids.contains(&entry.id) {
            continue;
        }
        let start = entry.start.timestamp();
        let logged = sessions
            .range(start - SAME_START_SECS..=start + SAME_START_SECS)
            .flat_map(|(_, lengths)| lengths)
            .any(|length| length.abs_diff(entry.practised_secs) <= SAME_LENGTH_SECS);
        if logged {
            continue;
        }
        if let Some(key) = &entry.import_key {
            keys.insert(key.clone());
        }
        ids.insert(entry.id.clone());
        remember(&mut sessions, &entry);
        fresh.push(entry);
    }
    fresh
}

/// The first and last start among `entries`.
pub fn span(entries: &[Entry]) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
    let first = entries.iter().map(|e| e.start).min()?;
    let last = entries.iter().map(|e| e.start).max()?;
    Some((first, last))
}

/// A first line as it may be shown in a message: a file that is not text
/// is said to be so rather than printed, and a long line is cut.
fn shown_header(line: &str) -> String {
    let binary = line.chars().any(|c| c == '\u{fffd}' || (c.is_control() && c != '\t'));
    if binary {
        return crate::t!("errors-import-not-a-text-file");
    }
    const MOST: usize = 120;
    if line.chars().count() > MOST {
        format!("{}…", line.chars().take(MOST).collect::<String>())
    } else {
        line.to_owned()
    }
}
