//! Sample-rate conversion by windowed-sinc interpolation, from a table of
//! precomputed filter phases. Works on a stream of chunks, so long files
//! can be converted as they are read.

use std::f64::consts::PI;

/// Taps on each side of the interpolated point.
const HALF_TAPS: usize = 16;
const TAPS: usize = HALF_TAPS * 2;
/// Filter phases between two input frames.
const PHASES: usize = 512;

/// Converts interleaved stereo from one rate to another.
pub struct Resampler {
    /// Input frames per output frame.
    step: f64,
    /// Position of the next output frame, in input frames from the start of
    /// `history`.
    position: f64,
    /// Input not yet fully used: stereo, interleaved, with `HALF_TAPS`
    /// frames of silence before the first real frame.
    history: Vec<f32>,
    table: Vec<f32>,
    same_rate: bool,
}

impl Resampler {
    pub fn new(from_rate: u32, to_rate: u32) -> Self {
        let step = f64::from(from_rate) / f64::from(to_rate.max(1));
        // Below the lower of the two Nyquist frequencies, with a little room.
        let cutoff = 0.94 * (1.0 / step).min(1.0);
        let mut table = vec![0.0f32; PHASES * TAPS];
        for phase in 0..PHASES {
            let fraction = phase as f64 / PHASES as f64;
            let mut sum = 0.0;
            for tap in 0..TAPS {
                let x = tap as f64 - (HALF_TAPS as f64 - 1.0) - fraction;
                let sinc = if x.abs() < 1e-9 {
                    1.0
                } else {
                    (PI * x * cutoff).sin() / (PI * x * cutoff)
                };
                // Blackman window over the filter's length.
                let w = 2.0 * PI * (x + HALF_TAPS as f64) / (TAPS as f64);
                let window = 0.42 - 0.5 * w.cos() + 0.08 * (2.0 * w).cos();
                let value = sinc * window;
                table[phase * TAPS + tap] = value as f32;
                sum += value;
            }
            for tap in 0..TAPS {
                table[phase * TAPS + tap] /= sum as f32;
            }
        }
        Self {
            step,
            position: HALF_TAPS as f64,
            history: vec![0.0; HALF_TAPS * 2],
            table,
            same_rate: from_rate == to_rate,
        }
    }

    /// Converts the next chunk of input; returns the output it completes.
    pub fn process(&mut self, input: &[f32]) -> Vec<f32> {
        if self.same_rate {
            return input.to_vec();
        }
        self.history.extend_from_slice(input);
        let frames = self.history.len() / 2;
        let mut out = Vec::with_capacity((input.len() as f64 / self.step) as usize + 4);
        // Each output needs HALF_TAPS frames of input after it.
        while (self.position as usize) + HALF_TAPS < frames {
            let base = self.position as usize;
            let fraction = self.position - base as f64;
            let phase = ((fraction * PHASES as f64) as usize).min(PHASES - 1);
            let coefficients = &self.table[phase * TAPS..(phase + 1) * TAPS];
            let first = base + 1 - HALF_TAPS;
            let (mut left, mut right) = (0.0f32, 0.0f32);
            for (tap, c) in coefficients.iter().enumerate() {
                let i = (first + tap) * 2;
                left += self.history[i] * c;
                right += self.history[i + 1] * c;
            }
            out.push(left);
            out.push(right);
            self.position += self.step;
        }
        // Drop what no later output needs.
        let keep_from = (self.position as usize).saturating_sub(HALF_TAPS);
        if keep_from > 0 {
            self.history.drain(..keep_from * 2);
            self.position -= keep_from as f64;
        }
        out
    }

    /// Converts what is left, as if silence followed.
    pub fn finish(&mut self) -> Vec<f32> {
        if self.same_rate {
            return Vec::new();
        }
        let tail = vec![0.0f32; HALF_TAPS * 2 * 2];
        self.process(&tail)
    }
}

/// Converts a whole interleaved stereo buffer.
pub fn resample(input: &[f32], from_rate: u32, to_rate: u32) -> Vec<f32> {
    let mut resampler = Resampler::new(from_rate, to_rate);
    let mut out = resampler.process(input);
    out.extend(resampler.finish());
    // Exactly as many frames as the input lasts at the new rate.
    let frames = (input.len() as u64 / 2 * u64::from(to_rate) / u64::from(from_rate.max(1))) as usize;
    out.resize(frames * 2, 0.0);
    out
}
