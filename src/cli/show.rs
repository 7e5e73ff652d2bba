//! `stillpoint show SESSION`: a session's details, steps and guidance.

use std::io::Write;

use crate::session::{Duration, Length, Pacing, Session, StepLength};
use crate::t;
use crate::timeline::clock_text;

use super::text::{columns as text_columns, pad_end, pad_start, truncate, wrap_lines};

/// Writes what a practitioner or author wants to know before starting:
/// the details, then each step with its start time and guidance.
pub fn show<W: Write>(session: &Session, length: Option<Duration>, out: &mut W) -> std::io::Result<()> {
    writeln!(out, "{}", session.title)?;
    writeln!(out, "{}", session.summary)?;
    writeln!(out)?;
    let domain = session.domain.label();
    let domain = match session.lens {
        Some(lens) => t!("cli-show-domain-lens", domain = domain, lens = lens.label()),
        None => t!("cli-show-domain", domain = domain),
    };
    writeln!(
        out,
        "{}   {domain}   {}",
        t!("cli-show-id", id = session.id.as_str()),
        t!("cli-show-length", length = session.length.to_string())
    )?;
    if !session.author.is_empty() {
        writeln!(out, "{}", t!("cli-show-author", author = session.author.as_str()))?;
    }
    if !session.tags.is_empty() {
        writeln!(
            out,
            "{}",
            t!("cli-show-tags", tags = session.tags.join(&t!("cli-separator")))
        )?;
    }
    if !session.description.is_empty() {
        writeln!(out)?;
        write_wrapped(out, &session.description, "")?;
    }
    let total = length
        .and_then(|l| session.clamp_length(l))
        .or(session.default_length())
        .unwrap_or(Duration::ZERO);
    writeln!(out)?;
    if let Length::Flexible { .. } = session.length {
        writeln!(out, "{}", t!("cli-show-steps-for-length", length = total.label()))?;
    } else {
        writeln!(out, "{}", t!("cli-show-steps"))?;
    }
    let mut at = Duration::ZERO;
    for (step, step_length) in session.steps.iter().zip(session.step_lengths(total)) {
        let lasts = match (step.length, step_length) {
            (_, Some(d)) => d.label(),
            (StepLength::Fill(_), None) => t!("cli-show-until-you-end-it"),
            (StepLength::Fixed(d), None) => d.label(),
        };
        writeln!(out)?;
        writeln!(out, "  {:>5}  {} ({lasts})", clock_text(at.as_millis()), step.title)?;
        // Each cue at its time in the session, as it will come.
        for (cue, offset) in step.cues.iter().zip(step.cue_offsets(step_length)) {
            let when = match offset {
                Some(offset) => clock_text(at.as_millis() + offset),
                None => "  -  ".to_owned(),
            };
            let lines = wrap_lines(&cue.text, 76 - 15);
            for (i, line) in lines.iter().enumerate() {
                let time = if i == 0 { when.as_str() } else { "" };
                writeln!(out, "         {time:>5}  {line}")?;
            }
        }
        at = at.saturating_add(step_length.unwrap_or(Duration::ZERO));
    }
    if let Some(reflection) = &session.ending.reflection {
        writeln!(out)?;
        writeln!(out, "{}", t!("cli-show-afterwards", reflection = reflection.as_str()))?;
    }
    Ok(())
}

fn write_wrapped<W: Write>(out: &mut W, text: &str, indent: &str) -> std::io::Result<()> {
    const WIDTH: usize = 76;
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        for line in wrap_lines(paragraph, WIDTH - indent.len()) {
            writeln!(out, "{indent}{line}")?;
        }
    }
    Ok(())
}

/// Writes a session's pacing step by step: length, cues, words, the most
/// words on screen at once, and the share of the step taken by speaking at
/// 110 words a minute.
pub fn show_pacing<W: Write>(session: &Session, length: Option<Duration>, out: &mut W) -> std::io::Result<()> {
    let pacing = Pacing::at(session, length);
    writeln!(out, "{} ({})", session.title, session.id)?;
    let mut table = Table::new(&[
        (t!("cli-pacing-step"), 32),
        (t!("cli-pacing-length"), 7),
        (t!("cli-pacing-cues"), 4),
        (t!("cli-pacing-words"), 5),
        (t!("cli-pacing-screen"), 6),
        (t!("cli-pacing-speaking"), 8),
    ]);
    for step in &pacing.steps {
        table.push(vec![
            truncate(&step.title, 32),
            step.length.map_or_else(|| t!("cli-pacing-open"), Duration::label),
            step.cues.to_string(),
            step.words.to_string(),
            step.most_words_on_screen.to_string(),
            format!("{:.0}%", step.speaking_share * 100.0),
        ]);
    }
    for line in table.lines() {
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "\n{}", t!("cli-pacing-step-notes"))?;
    Ok(())
}

/// Writes one line a session: minutes, cues, words, the most words on
/// screen at once, and speaking shares (the whole session's, and its
/// highest step's).
pub fn show_library_pacing<'a, W: Write>(
    sessions: impl IntoIterator<Item = &'a Session>,
    out: &mut W,
) -> std::io::Result<()> {
    let mut table = Table::new(&[
        (t!("cli-pacing-session"), 30),
        (t!("cli-pacing-minutes"), 7),
        (t!("cli-pacing-cues"), 4),
        (t!("cli-pacing-words"), 5),
        (t!("cli-pacing-screen"), 6),
        (t!("cli-pacing-speaking"), 8),
        (t!("cli-pacing-top-step"), 9),
    ]);
    for session in sessions {
        let pacing = Pacing::of(session);
        let minutes = pacing.length.map_or_else(
            || t!("cli-pacing-open"),
            |l| t!("cli-pacing-minutes-value", minutes = l.as_millis() as f64 / 60_000.0),
        );
        table.push(vec![
            truncate(session.id.as_str(), 30),
            minutes,
            pacing.cues().to_string(),
            pacing.words().to_string(),
            pacing.most_words_on_screen().to_string(),
            format!("{:.0}%", pacing.speaking_share() * 100.0),
            format!("{:.0}%", pacing.highest_speaking_share() * 100.0),
        ]);
    }
    for line in table.lines() {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "\n{}", t!("cli-pacing-library-notes"))?;
    Ok(())
}

/// Columns of text and numbers under their headings: the first to the
/// left, the others to the right, each as wide as its usual width, its
/// heading or its widest value needs, in any language and script.
struct Table {
    rows: Vec<Vec<String>>,
    widths: Vec<usize>,
}

impl Table {
    /// Headings, each with the columns its values usually take.
    fn new(columns: &[(String, usize)]) -> Table {
        Table {
            rows: vec![columns.iter().map(|(heading, _)| heading.clone()).collect()],
            widths: columns.iter().map(|(_, usual)| *usual).collect(),
        }
    }

    fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The heading and every row, laid out.
    fn lines(&self) -> Vec<String> {
        let widths: Vec<usize> = self
            .widths
            .iter()
            .enumerate()
            .map(|(i, usual)| {
                let widest = self
                    .rows
                    .iter()
                    .filter_map(|row| row.get(i))
                    .map(|cell| text_columns(cell))
                    .max();
                widest.unwrap_or(0).max(*usual)
            })
            .collect();
        self.rows
            .iter()
            .map(|row| {
                let cells: Vec<String> = row
                    .iter()
                    .zip(&widths)
                    .enumerate()
                    .map(|(i, (cell, width))| match i {
                        0 => pad_end(cell, *width),
                        _ => pad_start(cell, *width),
                    })
                    .collect();
                cells.join(" ")
            })
            .collect()
    }
}
