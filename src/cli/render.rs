//! `stillpoint render SESSION -o OUT.wav [--length D] [--speak]`

use std::io::Write;
use std::path::Path;

use crate::audio::render::{RENDER_RATE, RenderError, render_wav};
use crate::audio::speech::Voicer;
use crate::session::{Duration, Session};
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
        writeln!(out, "note: {} was left out: {}", gap.what, gap.error)?;
    }
    let length_ms = timeline.end_frame.map_or(0, |end| millis(end, RENDER_RATE));
    let spoken = if voicer.is_some() && missing.iter().all(|m| m.what != "the spoken guidance") {
        ", guidance spoken"
    } else {
        ""
    };
    writeln!(
        out,
        "wrote {}: \"{}\", {} (48 kHz stereo, 16-bit{spoken})",
        path.display(),
        session.title,
        Duration::from_millis(length_ms)
    )?;
    Ok(())
}

impl From<RenderError> for std::io::Error {
    fn from(error: RenderError) -> Self {
        std::io::Error::other(error)
    }
}
