//! One line of the practice log: what it holds and how it is read back.
//!
//! Every line is a JSON object with the format version `v` and a `kind`:
//! `entry` adds a practice; `edit` replaces an entry's note and feelings;
//! `delete` and `restore` hide and bring back an entry; `mark` and
//! `unmark` choose it for the portfolio or not. History is never
//! rewritten: a change is a new line.
//!
//! An entry's kind of practice is its optional `practice` field, written
//! only when it is not `formal`, so that a formal entry's line reads the
//! same as before kinds were kept.
//!
//! A line may carry a `clock`: the order of the change among the changes
//! of every computer that shares the log ([`crate::practice::devices`]).
//! It is a hybrid clock, in milliseconds since 1970: the writer's time, or
//! one past the greatest clock the writer had read when that is later, so
//! that a change made after reading another computer's always comes after
//! it, whatever either computer's clock says. Lines written before clocks
//! were kept have none; older versions ignore it.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};

use super::entry::{Entry, Feeling, HowEnded, Practice, Source};

/// The longest practice one entry may hold: a week. A longer one is a
/// damaged line, or a file from elsewhere that should not be believed.
pub const MAX_ENTRY_SECS: u64 = 7 * 24 * 3600;

/// The version of the line format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// One change to the log.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Entry(Entry),
    /// The note and feelings of entry `id`, as they are now; and the
    /// prompt the note answers, when one was offered (`None` keeps the
    /// one before).
    Edit {
        id: String,
        note: Option<String>,
        feeling_before: Option<Feeling>,
        feeling_after: Option<Feeling>,
        prompt: Option<String>,
        /// The clock of the note this edit was made over, as the writer
        /// had it ([`super::LoadedLog::note_clock`]): a note from another
        /// computer that the writer had not read is kept when this edit
        /// replaces it.
        over: Option<u64>,
    },
    Delete {
        id: String,
    },
    Restore {
        id: String,
    },
    /// Entry `id` is chosen for the portfolio.
    Mark {
        id: String,
    },
    /// Entry `id` is no longer chosen for the portfolio.
    Unmark {
        id: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    Entry,
    Edit,
    Delete,
    Restore,
    Mark,
    Unmark,
}

/// A line as it is on disk: flat, so reading it needs no buffering.
#[derive(serde::Serialize, serde::Deserialize)]
struct Line<'a> {
    v: u32,
    kind: Kind,
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    domain: Option<String>,
    /// The start as a UTC instant, RFC 3339 with `Z`.
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    start_utc: Option<std::borrow::Cow<'a, str>>,
    /// The local UTC offset at the start, like `+01:00`.
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    utc_offset: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    planned_secs: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    practised_secs: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ended: Option<HowEnded>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    feeling_before: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    feeling_after: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    import_key: Option<String>,
    /// The kind of practice; `formal` when absent.
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    practice: Option<std::borrow::Cow<'a, str>>,
    /// An entry chosen for the portfolio as it was logged (an import).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    portfolio: bool,
    /// The reflection prompt a note answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    prompt: Option<String>,
    /// Where the change stands among every computer's changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    clock: Option<u64>,
    /// An edit's: the clock of the note it was made over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    over: Option<u64>,
}

impl<'a> Line<'a> {
    fn bare(kind: Kind, id: &'a str) -> Self {
        Self {
            v: FORMAT_VERSION,
            kind,
            id: std::borrow::Cow::Borrowed(id),
            session: None,
            title: None,
            domain: None,
            start_utc: None,
            utc_offset: None,
            planned_secs: None,
            practised_secs: None,
            ended: None,
            note: None,
            feeling_before: None,
            feeling_after: None,
            source: None,
            import_key: None,
            practice: None,
            portfolio: false,
            prompt: None,
            clock: None,
            over: None,
        }
    }
}

/// Why a line could not be read. Said in the practitioner's language when
/// shown, so a log read on another thread is still worded for them.
#[derive(Clone, Debug, PartialEq)]
pub enum LineProblem {
    /// Not a record at all: the JSON reader's reason.
    Damaged(String),
    /// Bytes that are not UTF-8 text.
    NotText,
    Newer(u32),
    EmptyId,
    /// A feeling outside 1 to 5: the field, and the value found.
    Feeling {
        field: &'static str,
        value: u8,
    },
    /// An entry without a field it needs.
    Missing(&'static str),
    BadStart {
        start_utc: String,
        reason: String,
    },
    BadOffset(String),
    /// A kind of practice this version does not know.
    UnknownPractice(String),
    /// Practice longer than [`MAX_ENTRY_SECS`], in seconds.
    TooLong(u64),
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Damaged(reason) => crate::t!("errors-line-damaged", reason = reason.as_str()),
            Self::NotText => crate::t!("errors-line-not-text"),
            Self::Newer(format) => crate::t!("errors-line-newer", format = *format),
            Self::EmptyId => crate::t!("errors-line-empty-id"),
            Self::Feeling { field, value } => crate::t!("errors-line-feeling", field = *field, value = *value),
            Self::Missing(field) => crate::t!("errors-line-missing", field = *field),
            Self::BadStart { start_utc, reason } => {
                crate::t!(
                    "errors-line-bad-start",
                    start = start_utc.as_str(),
                    reason = reason.as_str()
                )
            }
            Self::BadOffset(offset) => crate::t!("errors-line-bad-offset", offset = offset.as_str()),
            Self::TooLong(secs) => crate::t!(
                "errors-line-too-long",
                minutes = secs / 60,
                days = MAX_ENTRY_SECS / 86400
            ),
            Self::UnknownPractice(given) => {
                crate::t!(
                    "errors-line-unknown-practice",
                    given = crate::shown::escaped(given).into_owned()
                )
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LineProblem {}

impl Record {
    /// The line for this record, without its line break.
    pub fn encode(&self) -> String {
        self.encode_at(None)
    }

    /// The line for this record with its `clock`, when it has one.
    pub fn encode_at(&self, clock: Option<u64>) -> String {
        let line = match self {
            Record::Entry(entry) => Line {
                session: entry.session_id.clone(),
                title: Some(entry.title.clone()),
                domain: entry.domain.clone(),
                start_utc: Some(
                    entry
                        .start
                        .with_timezone(&Utc)
                        .to_rfc3339_opts(SecondsFormat::AutoSi, true)
                        .into(),
                ),
                utc_offset: Some(entry.start.offset().to_string().into()),
                planned_secs: entry.planned_secs,
                practised_secs: Some(entry.practised_secs),
                ended: Some(entry.ended),
                note: entry.note.clone(),
                feeling_before: entry.feeling_before.map(Feeling::get),
                feeling_after: entry.feeling_after.map(Feeling::get),
                source: Some(entry.source),
                import_key: entry.import_key.clone(),
                practice: (entry.practice != Practice::Formal)
                    .then(|| crate::session::Named::name(entry.practice).into()),
                portfolio: entry.portfolio,
                prompt: entry.prompt.clone(),
                ..Line::bare(Kind::Entry, &entry.id)
            },
            Record::Edit {
                id,
                note,
                feeling_before,
                feeling_after,
                prompt,
                over,
            } => Line {
                note: note.clone(),
                feeling_before: feeling_before.map(Feeling::get),
                feeling_after: feeling_after.map(Feeling::get),
                prompt: prompt.clone(),
                over: *over,
                ..Line::bare(Kind::Edit, id)
            },
            Record::Delete { id } => Line::bare(Kind::Delete, id),
            Record::Restore { id } => Line::bare(Kind::Restore, id),
            Record::Mark { id } => Line::bare(Kind::Mark, id),
            Record::Unmark { id } => Line::bare(Kind::Unmark, id),
        };
        // A struct of strings and numbers always serializes.
        serde_json::to_string(&Line { clock, ..line }).unwrap_or_default()
    }

    /// Reads one line (without its line break).
    pub fn decode(text: &str) -> Result<Record, LineProblem> {
        Self::decode_clocked(text).map(|(record, _)| record)
    }

    /// Reads one line (without its line break), with its clock if it has
    /// one.
    pub fn decode_clocked(text: &str) -> Result<(Record, Option<u64>), LineProblem> {
        let line: Line = serde_json::from_str(text).map_err(|e| match version_of(text) {
            Some(v) if v > FORMAT_VERSION => LineProblem::Newer(v),
            _ => LineProblem::Damaged(e.to_string()),
        })?;
        if line.v > FORMAT_VERSION {
            return Err(LineProblem::Newer(line.v));
        }
        let clock = line.clock;
        let id = line.id.into_owned();
        if id.is_empty() {
            return Err(LineProblem::EmptyId);
        }
        let feeling = |value: Option<u8>, field: &'static str| match value {
            None => Ok(None),
            Some(v) => Feeling::new(v)
                .map(Some)
                .ok_or(LineProblem::Feeling { field, value: v }),
        };
        let record = match line.kind {
            Kind::Entry => {
                let start_utc = line.start_utc.ok_or(LineProblem::Missing("start_utc"))?;
                let offset = line.utc_offset.ok_or(LineProblem::Missing("utc_offset"))?;
                let practice = match line.practice {
                    None => Practice::Formal,
                    Some(name) => <Practice as crate::session::Named>::from_name(&name)
                        .ok_or_else(|| LineProblem::UnknownPractice(name.into_owned()))?,
                };
                Record::Entry(Entry {
                    id,
                    session_id: line.session,
                    title: line.title.unwrap_or_default(),
                    domain: line.domain,
                    start: parse_start(&start_utc, &offset)?,
                    planned_secs: match line.planned_secs {
                        Some(secs) if secs > MAX_ENTRY_SECS => return Err(LineProblem::TooLong(secs)),
                        planned => planned,
                    },
                    practised_secs: match line.practised_secs.ok_or(LineProblem::Missing("practised_secs"))? {
                        secs if secs > MAX_ENTRY_SECS => return Err(LineProblem::TooLong(secs)),
                        secs => secs,
                    },
                    ended: line.ended.ok_or(LineProblem::Missing("ended"))?,
                    note: line.note,
                    feeling_before: feeling(line.feeling_before, "feeling_before")?,
                    feeling_after: feeling(line.feeling_after, "feeling_after")?,
                    source: line.source.unwrap_or(Source::App),
                    import_key: line.import_key,
                    practice,
                    portfolio: line.portfolio,
                    prompt: line.prompt,
                })
            }
            Kind::Edit => Record::Edit {
                id,
                note: line.note,
                feeling_before: feeling(line.feeling_before, "feeling_before")?,
                feeling_after: feeling(line.feeling_after, "feeling_after")?,
                prompt: line.prompt,
                over: line.over,
            },
            Kind::Delete => Record::Delete { id },
            Kind::Restore => Record::Restore { id },
            Kind::Mark => Record::Mark { id },
            Kind::Unmark => Record::Unmark { id },
        };
        Ok((record, clock))
    }
}

/// The `v` of a line that did not read as this version's format, to tell a
/// newer line from a damaged one.
fn version_of(text: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Version {
        v: u32,
    }
    serde_json::from_str::<Version>(text).ok().map(|v| v.v)
}

fn parse_start(start_utc: &str, offset: &str) -> Result<DateTime<FixedOffset>, LineProblem> {
    let instant = DateTime::parse_from_rfc3339(start_utc).map_err(|e| LineProblem::BadStart {
        start_utc: start_utc.to_owned(),
        reason: e.to_string(),
    })?;
    let offset = parse_offset(offset).ok_or_else(|| LineProblem::BadOffset(offset.to_owned()))?;
    Ok(instant.with_timezone(&offset))
}

/// An offset written `+HH:MM` or `-HH:MM`.
pub fn parse_offset(text: &str) -> Option<FixedOffset> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if minutes >= 60 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        Entry {
            id: "e1".into(),
            session_id: Some("body-scan".into()),
            title: "Body scan".into(),
            domain: Some("mindfulness".into()),
            start: DateTime::parse_from_rfc3339("2026-03-29T00:30:00-09:30").unwrap_or_else(|e| panic!("{e}")),
            planned_secs: Some(600),
            practised_secs: 587,
            ended: HowEnded::EndedEarly,
            note: Some("a \"quiet\" one,\nthen rain".into()),
            feeling_before: Feeling::new(2),
            feeling_after: Feeling::new(4),
            source: Source::App,
            import_key: None,
            practice: Practice::Formal,
            portfolio: false,
            prompt: None,
        }
    }

    #[test]
    fn records_read_back_as_written() {
        for record in [
            Record::Entry(entry()),
            Record::Edit {
                id: "e1".into(),
                note: None,
                feeling_before: Feeling::new(1),
                feeling_after: None,
                prompt: Some("What stayed with you?".into()),
                over: Some(17),
            },
            Record::Delete { id: "e1".into() },
            Record::Restore { id: "e1".into() },
            Record::Entry(Entry {
                practice: Practice::Call,
                portfolio: true,
                ..entry()
            }),
            Record::Mark { id: "e1".into() },
            Record::Unmark { id: "e1".into() },
        ] {
            let line = record.encode();
            assert!(!line.contains('\n'), "{line}");
            assert_eq!(Record::decode(&line), Ok(record), "{line}");
        }
    }

    #[test]
    fn a_formal_entry_reads_as_before_kinds_were_kept() {
        let line = Record::Entry(entry()).encode();
        assert!(!line.contains("practice") && !line.contains("portfolio"), "{line}");
        let older = r#"{"v":1,"kind":"entry","id":"x","start_utc":"2026-01-01T00:00:00Z","utc_offset":"+01:00","practised_secs":60,"ended":"completed"}"#;
        let Ok(Record::Entry(read)) = Record::decode(older) else {
            panic!("{older}")
        };
        assert_eq!((read.practice, read.portfolio), (Practice::Formal, false));
        let call = Record::Entry(Entry {
            practice: Practice::Call,
            ..entry()
        })
        .encode();
        assert!(call.contains(r#""practice":"call""#), "{call}");
    }

    #[test]
    fn the_line_keeps_the_utc_instant_and_the_offset() {
        let line = Record::Entry(entry()).encode();
        assert!(line.contains(r#""start_utc":"2026-03-29T10:00:00Z""#), "{line}");
        assert!(line.contains(r#""utc_offset":"-09:30""#), "{line}");
    }

    #[test]
    fn bad_lines_say_why() {
        for (line, expected) in [
            (r#"{"v":1,"kind":"entry","id":"x","start_ut"#, "damaged"),
            (r#"{"v":7,"kind":"entry","id":"x","new":true}"#, "newer"),
            (r#"{"v":7,"kind":"hug","id":"x"}"#, "newer"),
            (r#"{"v":1,"kind":"hug","id":"x"}"#, "damaged"),
            (r#"{"v":1,"kind":"edit","id":"x","feeling_after":9}"#, "from 1 to 5"),
            (r#"{"v":1,"kind":"delete","id":""}"#, "empty"),
            (
                r#"{"v":1,"kind":"entry","id":"x","start_utc":"2026-01-01T00:00:00Z","utc_offset":"+25:00","practised_secs":1,"ended":"completed"}"#,
                "not an offset",
            ),
            (r#"{"v":1,"kind":"entry","id":"x"}"#, "no `start_utc`"),
            (
                r#"{"v":1,"kind":"entry","id":"x","start_utc":"2026-01-01T00:00:00Z","utc_offset":"+01:00","practised_secs":1,"ended":"completed","practice":"dancing"}"#,
                "dancing",
            ),
        ] {
            let problem = Record::decode(line).err().map(|p| p.to_string()).unwrap_or_default();
            assert!(problem.contains(expected), "{line}: {problem}");
        }
    }
}
