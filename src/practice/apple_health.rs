//! Mindful sessions from Apple Health's `export.xml`, read as a stream: an
//! export can hold years of heart beats and steps, over a gigabyte, and only
//! the `HKCategoryTypeIdentifierMindfulSession` records are kept.

use std::io::BufRead;

use chrono::{DateTime, FixedOffset, Utc};
use quick_xml::events::{BytesStart, Event};

use super::entry::{Entry, HowEnded, Source};
use super::exchange::{ImportError, Imported, SkippedRow};

/// The record type of a mindful session.
const MINDFUL: &[u8] = b"HKCategoryTypeIdentifierMindfulSession";
/// How Health writes its times: `2022-07-31 09:20:46 -0700`.
const TIME_SHAPE: &str = "%Y-%m-%d %H:%M:%S %z";

/// Whether the start of a file looks like Health's export.
pub fn looks_like_health(start: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&start[..start.len().min(4096)]);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with("<?xml") || text.starts_with("<HealthData") || text.starts_with("<!DOCTYPE HealthData")
}

/// Reads the mindful sessions of an export. A record that cannot be read is
/// named by its line; a file that ends in the middle keeps what came before.
pub fn read_health(input: impl BufRead) -> Result<Imported, ImportError> {
    let mut reader = quick_xml::Reader::from_reader(LineCounting { inner: input, lines: 0 });
    let mut imported = Imported::default();
    let mut buffer = Vec::new();
    let mut seen_root = false;
    // Elements open: a file cut short ends with some still open.
    let mut open = 0usize;
    loop {
        buffer.clear();
        let event = reader.read_event_into(&mut buffer);
        let line = reader.get_ref().lines + 1;
        if matches!(event, Ok(Event::Start(_))) {
            open += 1;
        }
        match event {
            Ok(Event::End(_)) => open = open.saturating_sub(1),
            Ok(Event::Start(tag) | Event::Empty(tag)) => {
                if !seen_root {
                    if tag.name().as_ref() != b"HealthData" {
                        return Err(ImportError::NotHealth {
                            found: String::from_utf8_lossy(tag.name().as_ref()).into_owned(),
                        });
                    }
                    seen_root = true;
                    continue;
                }
                if tag.name().as_ref() != b"Record" || attribute(&tag, b"type").as_deref() != Some(MINDFUL) {
                    continue;
                }
                match mindful_session(&tag) {
                    Ok(entry) => imported.entries.push(entry),
                    Err(reason) => imported.skipped.push(SkippedRow { line, reason }),
                }
            }
            Ok(Event::Eof) => {
                if !seen_root {
                    return Err(ImportError::NotHealth {
                        found: crate::t!("errors-import-health-no-element"),
                    });
                }
                if open > 0 {
                    imported.cut_short = Some(SkippedRow {
                        line,
                        reason: crate::t!("errors-import-health-ends-early"),
                    });
                }
                break;
            }
            Ok(_) => {}
            Err(error) => {
                if !seen_root {
                    return Err(ImportError::NotHealth {
                        found: error.to_string(),
                    });
                }
                imported.cut_short = Some(SkippedRow {
                    line,
                    reason: crate::t!("errors-import-health-unreadable", reason = error.to_string()),
                });
                break;
            }
        }
    }
    Ok(imported)
}

/// An attribute's raw value (Health writes its values plainly).
fn attribute(tag: &BytesStart, name: &[u8]) -> Option<Vec<u8>> {
    tag.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// An attribute as text, its escapes read.
fn text_attribute(tag: &BytesStart, name: &[u8]) -> Option<String> {
    tag.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn mindful_session(tag: &BytesStart) -> Result<Entry, String> {
    let time = |name: &str| -> Result<(String, DateTime<FixedOffset>), String> {
        let text = text_attribute(tag, name.as_bytes())
            .ok_or_else(|| crate::t!("errors-import-health-no-attribute", attribute = name))?;
        let time = DateTime::parse_from_str(text.trim(), TIME_SHAPE)
            .map_err(|_| crate::t!("errors-import-health-bad-time", attribute = name, text = text.as_str()))?;
        Ok((text, time))
    };
    let (start_text, start) = time("startDate")?;
    let (end_text, end) = time("endDate")?;
    let seconds = (end - start).num_seconds();
    if seconds <= 0 {
        return Err(crate::t!(
            "errors-import-health-end-before-start",
            end = end_text.as_str(),
            start = start_text.as_str()
        ));
    }
    if seconds > 24 * 3600 {
        return Err(crate::t!(
            "errors-import-health-longer-than-a-day",
            start = start_text.as_str(),
            end = end_text.as_str()
        ));
    }
    let source = text_attribute(tag, b"sourceName")
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    Ok(Entry {
        id: Entry::new_id(start.with_timezone(&Utc)),
        session_id: None,
        title: match &source {
            Some(app) => format!("Mindful session (from {app})"),
            None => "Mindful session".into(),
        },
        domain: None,
        start,
        planned_secs: None,
        practised_secs: seconds.unsigned_abs(),
        ended: HowEnded::Completed,
        note: None,
        feeling_before: None,
        feeling_after: None,
        source: Source::Import,
        import_key: Some(format!(
            "apple-health:{start_text}:{end_text}:{}",
            source.as_deref().unwrap_or_default()
        )),
        practice: crate::practice::Practice::Formal,
        portfolio: false,
        prompt: None,
    })
}

/// Counts the line breaks the XML reader has gone past, so a record can be
/// named by its line without keeping the file.
struct LineCounting<R> {
    inner: R,
    lines: u64,
}

impl<R: std::io::Read> std::io::Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.lines += buf[..read].iter().filter(|b| **b == b'\n').count() as u64;
        Ok(read)
    }
}

impl<R: BufRead> BufRead for LineCounting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if let Ok(buffered) = self.inner.fill_buf() {
            let amount = amount.min(buffered.len());
            self.lines += buffered[..amount].iter().filter(|b| **b == b'\n').count() as u64;
        }
        self.inner.consume(amount);
    }
}
