//! Offline rendering: a whole session through the same engine as live
//! playback, as fast as the machine allows, into samples or a WAV file.

use std::path::Path;

use crate::session::{Duration, Length, Session};
use crate::timeline::{Phase, Timeline, frames};

use super::engine::{Command, Engine, Missing, Volumes};
use super::speech::{SpeechFeed, SpeechMessage, Voicer};

/// Frames rendered at a time.
const BLOCK: u64 = 4096;

/// The rate renders are written at: what phones and players expect.
pub const RENDER_RATE: u32 = 48_000;

/// Why a session could not be rendered.
#[derive(Debug)]
pub enum RenderError {
    OpenEndedWithoutLength,
    Write { path: String, source: hound::Error },
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            RenderError::OpenEndedWithoutLength => crate::t!("errors-render-open-ended"),
            RenderError::Write { path, source } => {
                crate::t!(
                    "errors-render-cannot-write",
                    path = path.as_str(),
                    reason = source.to_string()
                )
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RenderError::Write { source, .. } => Some(source),
            RenderError::OpenEndedWithoutLength => None,
        }
    }
}

/// A rendered session: its samples (interleaved stereo), the timeline they
/// follow, and the sounds that had to be left out.
pub struct Rendered {
    pub samples: Vec<f32>,
    pub timeline: Timeline,
    pub missing: Vec<Missing>,
}

/// Renders `session` from its first bell to its end (the settling countdown
/// is left out), handing each block to `sink`. An open-ended session is
/// ended at `length`. With a `voicer`, the cues without recordings are
/// spoken, each made ready before the block it begins in. Returns the
/// timeline as played and what was missing.
pub fn render_blocks(
    session: &Session,
    length: Option<Duration>,
    sample_rate: u32,
    volumes: Volumes,
    voicer: Option<&Voicer>,
    mut sink: impl FnMut(&[f32]) -> Result<(), RenderError>,
) -> Result<(Timeline, Vec<Missing>), RenderError> {
    let open_end = match (session.length, length) {
        (Length::OpenEnded, Some(length)) => Some(frames(length, sample_rate)),
        (Length::OpenEnded, None) => return Err(RenderError::OpenEndedWithoutLength),
        _ => None,
    };
    let (mut engine, mut missing) = Engine::new(session.clone(), length, sample_rate);
    engine.command(Command::SetVolumes(volumes));
    engine.command(Command::Start);
    if engine.status().phase == Phase::Settling {
        engine.command(Command::Skip);
    }
    let mut speech = voicer.map(|voicer| {
        let (feed, send) = SpeechFeed::manual();
        engine.speak(feed);
        (voicer, send, 0usize)
    });
    let mut buffer = vec![0.0f32; BLOCK as usize * 2];
    loop {
        let status = engine.status();
        let until = match (status.remaining, open_end) {
            (Some(remaining), _) => remaining,
            (None, Some(end)) if status.position >= end => {
                engine.command(Command::End);
                continue;
            }
            (None, Some(end)) => end - status.position,
            (None, None) => return Err(RenderError::OpenEndedWithoutLength),
        };
        if until == 0 {
            break;
        }
        let n = until.min(BLOCK) as usize;
        if let Some((voicer, send, sent)) = speech.as_mut() {
            // Every cue that begins in this block, spoken before it is mixed.
            let timeline = engine.playback().timeline();
            let to = status.position + n as u64;
            for event in timeline.events_between(status.position, to) {
                if let crate::timeline::Action::Cue { cue, .. } = event.action
                    && cue >= *sent
                    && timeline.cues.get(cue).is_some_and(|c| c.synthesized)
                {
                    *sent = cue + 1;
                    let text = &timeline.cues[cue].text;
                    let message = match voicer.speak(text) {
                        Ok(samples) => SpeechMessage::Ready { cue, samples },
                        Err(error) => SpeechMessage::Failed(error.to_string()),
                    };
                    let _ = send.send(message);
                }
            }
        }
        engine.render(&mut buffer[..n * 2]);
        if let Some(why) = engine.take_speech_failure() {
            missing.push(Missing {
                what: crate::t!("audio-missing-speech"),
                error: why,
            });
            speech = None;
        }
        sink(&buffer[..n * 2])?;
    }
    Ok((engine.playback().timeline().clone(), missing))
}

/// Renders a session into memory.
pub fn render_session(session: &Session, length: Option<Duration>, sample_rate: u32) -> Result<Rendered, RenderError> {
    let mut samples = Vec::new();
    let (timeline, missing) = render_blocks(session, length, sample_rate, Volumes::default(), None, |block| {
        samples.extend_from_slice(block);
        Ok(())
    })?;
    Ok(Rendered {
        samples,
        timeline,
        missing,
    })
}

/// Renders a session into a 16-bit stereo WAV file at `sample_rate`.
pub fn render_wav(
    session: &Session,
    length: Option<Duration>,
    sample_rate: u32,
    voicer: Option<&Voicer>,
    path: &Path,
) -> Result<(Timeline, Vec<Missing>), RenderError> {
    let spec = hound::WavSpec {
        channels: 2,
        sample_rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let write_error = |source| RenderError::Write {
        path: path.display().to_string(),
        source,
    };
    let mut writer = hound::WavWriter::create(path, spec).map_err(write_error)?;
    let result = render_blocks(session, length, sample_rate, Volumes::default(), voicer, |block| {
        for sample in block {
            writer
                .write_sample((sample.clamp(-1.0, 1.0) * 32767.0).round() as i16)
                .map_err(write_error)?;
        }
        Ok(())
    })?;
    writer.finalize().map_err(write_error)?;
    Ok(result)
}
