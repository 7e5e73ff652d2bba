//! `stillpoint render SESSION -o OUT.wav [--length D] [--speak]`

use std::io::Write;
use std::path::Path;

use crate::audio::render::{RENDER_RATE, RenderError, render_wav};
use crate::audio::speech::Voicer;
use crate::session::{Duration, Session};
use crate::t;
use crate::timeline::millis;

/// Renders the session to a WAV file and says what was written, and which
/// sounds (if any) could not be read and were left out. With a `voicer`,
/// the guidance is spoken in it.
pub fn render<W: Write>(
    session: &Session,
    length: Option<Duration>,
    voicer: Option<&Voicer>,
    path: &Path,
    out: &mut W,
) -> anyhow::Result<()> {
    let (timeline, missing) = render_wav(session, length, RENDER_RATE, voicer, path)?;
    for gap in &missing {
        let left_out = t!("cli-left-out", what = gap.what.as_str(), error = gap.error.as_str());
        writeln!(out, "{}", t!("cli-note", message = left_out))?;
    }
    let length_ms = timeline.end_frame.map_or(0, |end| millis(end, RENDER_RATE));
    let (file, title, length) = (
        path.display().to_string(),
        session.title.as_str(),
        Duration::from_millis(length_ms).label(),
    );
    // The voice is missing when rendering it failed (named as render_wav names it).
    let voice_missing = t!("audio-missing-speech");
    let said = if voicer.is_some() && missing.iter().all(|m| m.what != voice_missing) {
        t!("cli-render-wrote-spoken", file = file, title = title, length = length)
    } else {
        t!("cli-render-wrote", file = file, title = title, length = length)
    };
    writeln!(out, "{said}")?;
    Ok(())
}

impl From<RenderError> for std::io::Error {
    fn from(error: RenderError) -> Self {
        std::io::Error::other(error)
    }
}
