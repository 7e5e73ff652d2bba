//! Finds and reads the audio files a session names.

use std::fs::File;
use std::path::Path;

use rodio::Source;

use crate::session::{AudioInfo, AudioProbe, AudioProblem, Duration};

/// The longest recording whose length is measured by decoding it, when its
/// header does not say. Longer ones are accepted without a length.
const MAX_MEASURED_SECS: u64 = 15 * 60;

/// Looks at audio files on disk, decoding them with the same decoders the
/// player uses.
#[derive(Clone, Copy, Debug, Default)]
pub struct FileProbe;

impl AudioProbe for FileProbe {
    fn probe(&self, folder: &Path, written: &str) -> Result<AudioInfo, AudioProblem> {
        let folder = folder.canonicalize().map_err(|_| AudioProblem::Missing)?;
        let path = folder.join(written).canonicalize().map_err(|_| AudioProblem::Missing)?;
        if !path.starts_with(&folder) {
            return Err(AudioProblem::OutsideFolder);
        }
        if path.is_dir() {
            return Err(AudioProblem::Unreadable(crate::t!("errors-audio-folder")));
        }
        let file = File::open(&path).map_err(|e| AudioProblem::Unreadable(e.to_string()))?;
        let mut decoder = rodio::Decoder::try_from(file).map_err(|e| AudioProblem::Unreadable(describe(&e)))?;
        let length = match decoder.total_duration() {
            Some(length) => Some(Duration::from_millis(length.as_millis() as u64)),
            None => {
                let per_second = u64::from(decoder.sample_rate().get()) * u64::from(decoder.channels().get());
                let samples = decoder.by_ref().take((per_second * MAX_MEASURED_SECS) as usize).count() as u64;
                (samples < per_second * MAX_MEASURED_SECS)
                    .then(|| Duration::from_millis(samples * 1000 / per_second.max(1)))
            }
        };
        if length.is_some_and(Duration::is_zero) {
            return Err(AudioProblem::Unreadable(crate::t!("errors-audio-no-sound")));
        }
        Ok(AudioInfo { path, length })
    }
}

fn describe(error: &rodio::decoder::DecoderError) -> String {
    match error {
        rodio::decoder::DecoderError::UnrecognizedFormat => crate::t!("errors-audio-unknown-format"),
        other => other.to_string(),
    }
}
