//! `stillpoint render SESSION -o OUT.wav [--length D]`

use std::io::Write;
use std::path::Path;

use crate::audio::render::{RenderError, render_wav};
use crate::session::{Duration, Session};
use crate::timeline::millis;

/// The rate renders are written at: what phones and players expect.
pub const RENDER_RATE: u32 = 48_000;

/// Renders the session to a WAV file and says what was written, and which
/// sounds (if any) could not be read and were left out.
pub fn render<W: Write>(session: &Session, length: Option<Duration>, path: &Path, out: &mut W) -> anyhow::Result<()> {
    let (timeline, missing) = render_wav(session, length, RENDER_RATE, path)?;
    for gap in &missing {
        writeln!(out, "note: {} was left out: {}", gap.what, gap.error)?;
    }
    let length_ms = timeline.end_frame.map_or(0, |end| millis(end, RENDER_RATE));
    writeln!(
        out,
        "wrote {}: \"{}\", {} (48 kHz stereo, 16-bit)",
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
