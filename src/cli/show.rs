//! `stillpoint show SESSION`: a session's details, steps and guidance.

use std::io::Write;

use crate::session::{Duration, Length, Named, Pacing, Session, StepLength};
use crate::timeline::clock_text;

use super::text::wrap_lines;

/// Writes what a practitioner or author wants to know before starting:
/// the details, then each step with its start time and guidance.
pub fn show<W: Write>(session: &Session, length: Option<Duration>, out: &mut W) -> std::io::Result<()> {
    writeln!(out, "{}", session.title)?;
    writeln!(out, "{}", session.summary)?;
    writeln!(out)?;
    let lens = session
        .lens
        .map(|l| format!(", lens: {}", l.name()))
        .unwrap_or_default();
    writeln!(
        out,
        "id: {}   domain: {}{lens}   length: {}",
        session.id,
        session.domain.name(),
        session.length
    )?;
    if !session.author.is_empty() {
        writeln!(out, "by {}", session.author)?;
    }
    if !session.tags.is_empty() {
        writeln!(out, "tags: {}", session.tags.join(", "))?;
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
        writeln!(out, "Steps, for a session of {total}:")?;
    } else {
        writeln!(out, "Steps:")?;
    }
    let mut at = Duration::ZERO;
    for (step, step_length) in session.steps.iter().zip(session.step_lengths(total)) {
        let lasts = match (step.length, step_length) {
            (_, Some(d)) => d.to_string(),
            (StepLength::Fill, None) => "until you end it".to_owned(),
            (StepLength::Fixed(d), None) => d.to_string(),
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
        writeln!(out, "Afterwards: {reflection}")?;
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
    writeln!(
        out,
        "  {:<32} {:>7} {:>4} {:>5} {:>6} {:>8}",
        "step", "length", "cues", "words", "screen", "speaking"
    )?;
    for step in &pacing.steps {
        let length = step.length.map_or_else(|| "open".to_owned(), |l| l.to_string());
        writeln!(
            out,
            "  {:<32} {:>7} {:>4} {:>5} {:>6} {:>7.0}%",
            truncate(&step.title, 32),
            length,
            step.cues,
            step.words,
            step.most_words_on_screen,
            step.speaking_share * 100.0
        )?;
    }
    writeln!(
        out,
        "\nscreen: the most words on screen at once. speaking: the share of the step spoken at 110 words a minute."
    )?;
    Ok(())
}

/// Writes one line a session: minutes, cues, words, the most words on
/// screen at once, and speaking shares (the whole session's, and its
/// highest step's).
pub fn show_library_pacing<'a, W: Write>(
    sessions: impl IntoIterator<Item = &'a Session>,
    out: &mut W,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<30} {:>7} {:>4} {:>5} {:>6} {:>8} {:>9}",
        "session", "minutes", "cues", "words", "screen", "speaking", "top step"
    )?;
    for session in sessions {
        let pacing = Pacing::of(session);
        let minutes = pacing.length.map_or_else(
            || "open".to_owned(),
            |l| format!("{:.1}", l.as_millis() as f64 / 60_000.0),
        );
        writeln!(
            out,
            "{:<30} {:>7} {:>4} {:>5} {:>6} {:>7.0}% {:>8.0}%",
            truncate(session.id.as_str(), 30),
            minutes,
            pacing.cues(),
            pacing.words(),
            pacing.most_words_on_screen(),
            pacing.speaking_share() * 100.0,
            pacing.highest_speaking_share() * 100.0
        )?;
    }
    writeln!(
        out,
        "\nscreen: the most words on screen at once. speaking: the share of the session spoken at 110 words a \
         minute; top step: the highest share of any step."
    )?;
    Ok(())
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width - 1).collect();
        cut.push('…');
        cut
    }
}
