//! Recording a voice through the microphone: a take, its silence trimmed
//! and its loudness evened out, saved as a WAV file beside the session.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;

/// The longest take: a step's guidance, not a whole session.
pub const MAX_TAKE_SECS: u32 = 15 * 60;
/// Silence is anything quieter than this (about -45 dBFS).
const SILENCE: f32 = 0.0056;
/// What is left of the silence at each end, in seconds.
const PAD_SECS: f32 = 0.15;
/// Loudness a take is brought to (RMS, about -20 dBFS), never peaking
/// above about -1 dBFS.
const TARGET_RMS: f32 = 0.1;
const PEAK_LIMIT: f32 = 0.89;

/// A recording of one voice, mono.
#[derive(Clone, Debug, PartialEq)]
pub struct Take {
    pub samples: Vec<f32>,
    pub rate: u32,
}

impl Take {
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.rate.max(1))
    }

    /// The take without the silence before the first word and after the
    /// last, keeping a breath of it at each end.
    pub fn trimmed(&self) -> Take {
        let pad = (PAD_SECS * self.rate as f32) as usize;
        let first = self.samples.iter().position(|s| s.abs() > SILENCE);
        let last = self.samples.iter().rposition(|s| s.abs() > SILENCE);
        let samples = match (first, last) {
            (Some(first), Some(last)) => {
                let from = first.saturating_sub(pad);
                let to = (last + pad + 1).min(self.samples.len());
                self.samples[from..to].to_vec()
            }
            _ => Vec::new(),
        };
        Take {
            samples,
            rate: self.rate,
        }
    }

    /// The take at an even loudness, whatever the microphone's level.
    pub fn normalized(&self) -> Take {
        let rms = (self.samples.iter().map(|s| s * s).sum::<f32>() / self.samples.len().max(1) as f32).sqrt();
        let peak = self.samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        if rms <= f32::EPSILON || peak <= f32::EPSILON {
            return self.clone();
        }
        let gain = (TARGET_RMS / rms).min(PEAK_LIMIT / peak);
        Take {
            samples: self.samples.iter().map(|s| s * gain).collect(),
            rate: self.rate,
        }
    }

    /// Writes the take as a 16-bit mono WAV file, whole or not at all.
    pub fn write_wav(&self, path: &Path) -> std::io::Result<()> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: self.rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut wav = std::io::Cursor::new(Vec::new());
        let mut write = || -> Result<(), hound::Error> {
            let mut writer = hound::WavWriter::new(&mut wav, spec)?;
            for sample in &self.samples {
                writer.write_sample((sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)) as i16)?;
            }
            writer.finalize()
        };
        write().map_err(std::io::Error::other)?;
        crate::paths::write_atomically(path, wav.get_ref())
    }
}

/// A take being recorded, on its own thread.
pub struct Recorder {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<Take>,
}

/// Why a take could not be recorded; each says so in words for the
/// author.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordingError {
    #[error("{}", crate::t!("audio-no-microphone"))]
    NoMicrophone,
    /// The microphone could not be opened, for this reason.
    #[error("{}", crate::t!("audio-no-microphone-because", reason = .0.as_str()))]
    MicrophoneRefused(String),
    /// It stopped sending sound.
    #[error("{}", crate::t!("audio-microphone-silent"))]
    Silent,
    #[error("{}", crate::t!("audio-recording-stopped"))]
    Stopped,
}

impl Recorder {
    /// Starts recording from the system's default microphone. Says so when
    /// there is none.
    pub fn start() -> Result<Self, RecordingError> {
        let stop = Arc::new(AtomicBool::new(false));
        let (opened, open_result) = mpsc::channel();
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            let microphone = rodio::microphone::MicrophoneBuilder::new()
                .default_device()
                .map_err(|e| e.to_string())
                .and_then(|b| b.default_config().map_err(|e| e.to_string()))
                .and_then(|b| b.open_stream().map_err(|e| e.to_string()));
            let microphone = match microphone {
                Ok(microphone) => {
                    let _ = opened.send(Ok(()));
                    microphone
                }
                Err(problem) => {
                    let _ = opened.send(Err(problem));
                    return Take {
                        samples: Vec::new(),
                        rate: 1,
                    };
                }
            };
            use rodio::Source;
            let channels = usize::from(microphone.channels().get()).max(1);
            let rate = microphone.sample_rate().get();
            let most = rate as usize * MAX_TAKE_SECS as usize;
            let mut samples = Vec::with_capacity(rate as usize * 30);
            let mut frame = Vec::with_capacity(channels);
            for sample in microphone {
                frame.push(sample);
                if frame.len() == channels {
                    samples.push(frame.iter().sum::<f32>() / channels as f32);
                    frame.clear();
                    if stopping.load(Ordering::Relaxed) || samples.len() >= most {
                        break;
                    }
                }
            }
            Take { samples, rate }
        });
        match open_result.recv() {
            Ok(Ok(())) => Ok(Self { stop, thread }),
            Ok(Err(problem)) => Err(RecordingError::MicrophoneRefused(problem)),
            Err(_) => Err(RecordingError::NoMicrophone),
        }
    }

    /// Stops and gives the take as recorded. A microphone that stopped
    /// sending sound is given up on after two seconds.
    pub fn stop(self) -> Result<Take, RecordingError> {
        self.stop.store(true, Ordering::Relaxed);
        let asked = std::time::Instant::now();
        while !self.thread.is_finished() {
            if asked.elapsed() > std::time::Duration::from_secs(2) {
                return Err(RecordingError::Silent);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        self.thread.join().map_err(|_| RecordingError::Stopped)
    }
}
