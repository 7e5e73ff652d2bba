//! Reads audio files into stereo samples at the rate the mixer runs at.

use std::fs::File;
use std::path::{Path, PathBuf};

use rodio::Source;

use super::resample::Resampler;

/// Recordings longer than this are refused for bells and voice (they are
/// held whole in memory); ambient beds are streamed instead.
pub const MAX_HELD_SECS: u64 = 20 * 60;

#[derive(Debug)]
pub enum DecodeError {
    Open { path: PathBuf, source: std::io::Error },
    Format { path: PathBuf, reason: String },
    TooLong { path: PathBuf },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            DecodeError::Open { path, source } => {
                crate::t!(
                    "audio-cannot-open",
                    path = path.display().to_string(),
                    reason = source.to_string()
                )
            }
            DecodeError::Format { path, reason } => {
                crate::t!(
                    "audio-not-audio",
                    path = path.display().to_string(),
                    reason = reason.as_str()
                )
            }
            DecodeError::TooLong { path } => {
                crate::t!(
                    "audio-too-long",
                    path = path.display().to_string(),
                    seconds = MAX_HELD_SECS
                )
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeError::Open { source, .. } => Some(source),
            _ => None,
        }
    }
}

type FileDecoder = rodio::Decoder<std::io::BufReader<File>>;

/// Opens a file's decoder; with it, its channels, rate and stated length
/// in frames.
fn open_decoder(path: &Path) -> Result<(FileDecoder, usize, u32, Option<u64>), DecodeError> {
    let file = File::open(path).map_err(|source| DecodeError::Open {
        path: path.to_owned(),
        source,
    })?;
    let decoder = rodio::Decoder::try_from(file).map_err(|e| DecodeError::Format {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    let channels = usize::from(decoder.channels().get());
    let rate = decoder.sample_rate().get();
    let stated = decoder
        .total_duration()
        .map(|d| (d.as_secs_f64() * f64::from(rate)).round() as u64);
    Ok((decoder, channels, rate, stated))
}

/// An open audio file producing stereo at a chosen rate, chunk by chunk;
/// a looping one starts again from its beginning without a gap.
pub struct FileStream {
    path: PathBuf,
    decoder: FileDecoder,
    channels: usize,
    /// Carries on across the loop point, so the join is seamless.
    resampler: Resampler,
    looping: bool,
    finished: bool,
    /// The length the container states, in input frames. Some decoders
    /// return a little past it (an Ogg stream's last packet, untrimmed);
    /// the stated length is the truth.
    stated_frames: Option<u64>,
    /// Frames read in this pass through the file.
    pass_frames: u64,
    read_frames: u64,
    written_frames: u64,
    rates: (u32, u32),
}

impl FileStream {
    /// Opens `path` to be read once, at `rate`.
    pub fn open(path: &Path, rate: u32) -> Result<Self, DecodeError> {
        let (decoder, channels, from_rate, stated_frames) = open_decoder(path)?;
        Ok(Self {
            path: path.to_owned(),
            decoder,
            channels,
            resampler: Resampler::new(from_rate, rate),
            looping: false,
            finished: false,
            stated_frames,
            pass_frames: 0,
            read_frames: 0,
            written_frames: 0,
            rates: (from_rate, rate),
        })
    }

    /// Opens `path` to be read over and over, at `rate`.
    pub fn open_looping(path: &Path, rate: u32) -> Result<Self, DecodeError> {
        let mut stream = Self::open(path, rate)?;
        stream.looping = true;
        Ok(stream)
    }

    /// How many output frames the input read so far makes, exactly.
    fn target_frames(&self) -> u64 {
        (u128::from(self.read_frames) * u128::from(self.rates.1) / u128::from(self.rates.0.max(1))) as u64
    }

    /// The next input frame as stereo, starting the file again at its end
    /// when looping; `None` when the file is over.
    fn next_frame(&mut self) -> Option<(f32, f32)> {
        let mut frame = [0.0f32; 8];
        let channels = self.channels.min(frame.len());
        loop {
            let within = self.stated_frames.is_none_or(|stated| self.pass_frames < stated);
            let mut complete = within;
            if within {
                for index in 0..self.channels {
                    let Some(sample) = self.decoder.next() else {
                        complete = false;
                        break;
                    };
                    if let Some(slot) = frame.get_mut(index).filter(|_| index < channels) {
                        *slot = sample;
                    }
                }
            }
            if complete {
                self.pass_frames += 1;
                return Some(match channels {
                    1 => (frame[0], frame[0]),
                    2 => (frame[0], frame[1]),
                    // More channels: front left and right, the rest folded in.
                    n => {
                        let rest: f32 = frame[2..n].iter().sum::<f32>() / (n - 2) as f32 * 0.5;
                        (frame[0] + rest, frame[1] + rest)
                    }
                });
            }
            // The end of a pass: start again, unless once is all, or the
            // file gave nothing (it would loop forever on nothing).
            if !self.looping || self.pass_frames == 0 {
                return None;
            }
            let Ok((decoder, channels, _, stated)) = open_decoder(&self.path) else {
                return None;
            };
            if channels != self.channels {
                return None;
            }
            self.decoder = decoder;
            self.stated_frames = stated;
            self.pass_frames = 0;
        }
    }

    /// The next stretch of stereo samples (about `frames` input frames'
    /// worth); empty when the file is over.
    pub fn next_chunk(&mut self, frames: usize) -> Vec<f32> {
        if self.finished {
            return Vec::new();
        }
        let mut stereo = Vec::with_capacity(frames * 2);
        while stereo.len() < frames * 2 {
            let Some((left, right)) = self.next_frame() else { break };
            stereo.push(left);
            stereo.push(right);
            self.read_frames += 1;
        }
        let mut out = if stereo.is_empty() {
            self.finished = true;
            self.resampler.finish()
        } else {
            self.resampler.process(&stereo)
        };
        // Never more than the input makes at the new rate: the filter's
        // tail past the end is not part of the recording.
        let allowed = self.target_frames().saturating_sub(self.written_frames) as usize;
        out.truncate(allowed * 2);
        self.written_frames += (out.len() / 2) as u64;
        out
    }
}

/// Reads a whole (short) file into stereo samples at `rate`.
pub fn decode_file(path: &Path, rate: u32) -> Result<Vec<f32>, DecodeError> {
    let mut stream = FileStream::open(path, rate)?;
    let limit = MAX_HELD_SECS as usize * rate as usize * 2;
    let mut out = Vec::new();
    loop {
        let chunk = stream.next_chunk(8192);
        if chunk.is_empty() {
            return Ok(out);
        }
        out.extend_from_slice(&chunk);
        if out.len() > limit {
            return Err(DecodeError::TooLong { path: path.to_owned() });
        }
    }
}
