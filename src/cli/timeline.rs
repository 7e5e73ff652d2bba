//! `stillpoint timeline SESSION [--length D] [--json]`

use std::io::Write;

use serde::Serialize;

use crate::session::{Duration, Length, Session};
use crate::t;
use crate::timeline::{Action, Event, OPEN_HORIZON, Timeline, frames, millis};

use super::text::{pad_end, truncate};

/// The rate events are laid out at for printing; milliseconds do not
/// depend on it.
const PRINT_RATE: u32 = 48_000;

/// One event as `timeline --json` prints it.
#[derive(Serialize)]
struct JsonEvent<'a> {
    /// From the first bell, after settling.
    at_ms: u64,
    kind: &'static str,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    strike: Option<u8>,
    /// A cue's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

/// Lays the session out for `length` and lists its events. For an
/// open-ended session `length` is when the practitioner ends it; without
/// it, an hour of the open step is listed.
pub fn timeline<W: Write>(session: &Session, length: Option<Duration>, json: bool, out: &mut W) -> std::io::Result<()> {
    let mut timeline = Timeline::compile(session, length, &[], PRINT_RATE);
    let events = match (session.length, length) {
        (Length::OpenEnded, Some(length)) => {
            timeline.close_at(frames(length, PRINT_RATE).max(timeline.steps.last().map_or(0, |s| s.start)));
            timeline.events_between(0, u64::MAX)
        }
        (Length::OpenEnded, None) => {
            let open_start = timeline.steps.last().map_or(0, |s| s.start);
            timeline.events_between(0, open_start + frames(OPEN_HORIZON, PRINT_RATE))
        }
        _ => timeline.events.clone(),
    };
    if json {
        let listed: Vec<JsonEvent> = events.iter().map(json_event).collect();
        serde_json::to_writer_pretty(&mut *out, &listed)?;
        writeln!(out)?;
        return Ok(());
    }
    let title = session.title.as_str();
    let heading = match timeline.end_frame {
        Some(end) => t!(
            "cli-timeline-ends",
            title = title,
            end = clock(millis(end, PRINT_RATE)),
            settle = session.settle.label()
        ),
        None => t!("cli-timeline-open-ended", title = title),
    };
    writeln!(out, "{heading}")?;
    for event in &events {
        writeln!(
            out,
            "  {}  {}  {}{}",
            clock(millis(event.at_frame, PRINT_RATE)),
            pad_end(&t!("cli-timeline-kind", kind = event.action.kind()), 7),
            shortened(&event.label, 64),
            detail(event)
        )?;
    }
    Ok(())
}

fn json_event(event: &Event) -> JsonEvent<'_> {
    let (step, strike) = match &event.action {
        Action::StepStart { step } | Action::Voice { step, .. } | Action::Cue { step, .. } => (Some(*step), None),
        Action::Bell { strike, .. } => (None, Some(*strike)),
        _ => (None, None),
    };
    let text = matches!(event.action, Action::Cue { .. }).then_some(event.label.as_str());
    JsonEvent {
        at_ms: millis(event.at_frame, PRINT_RATE),
        kind: event.action.kind(),
        label: &event.label,
        step,
        strike,
        text,
    }
}

fn detail(event: &Event) -> String {
    match &event.action {
        Action::Bell { strike, strikes, .. } if *strikes > 1 => {
            format!(" {}", t!("cli-timeline-strike", strike = *strike, strikes = *strikes))
        }
        _ => String::new(),
    }
}

/// At most `width` columns of `text`, ending in "…" when cut.
fn shortened(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    match cut.strip_suffix('…') {
        Some(kept) if cut != text => format!("{}…", kept.trim_end()),
        _ => cut,
    }
}

/// `m:ss.mmm`, or `h:mm:ss.mmm` past an hour.
fn clock(ms: u64) -> String {
    let secs = ms / 1000;
    if secs >= 3600 {
        format!(
            "{}:{:02}:{:02}.{:03}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            ms % 1000
        )
    } else {
        format!("{:>2}:{:02}.{:03}", secs / 60, secs % 60, ms % 1000)
    }
}
