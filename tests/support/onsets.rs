//! Finding bell and voice onsets in recorded or rendered samples, for the
//! render test, the sound-server test and the benchmark.
//!
//! A sudden rise of high-frequency energy marks a candidate; the frame
//! where the signal best matches the opening of a known strike (or
//! recording) is the onset, and that template says which sound it was.

// Each test binary that includes this file uses only part of it.
#![allow(dead_code)]

/// One onset found in a signal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Onset {
    pub frame: u64,
    /// Which template matched best.
    pub template: usize,
    /// How well it matched (normalized correlation, up to 1).
    pub score: f32,
}

/// Finds onsets in a mono signal at 48 kHz (any rate works; the windows
/// are sized for it), at least 40 ms apart.
pub fn find_onsets(signal: &[f32], templates: &[Vec<f32>]) -> Vec<Onset> {
    const WINDOW: usize = 48;
    let energy: Vec<f32> = (0..signal.len().div_ceil(WINDOW))
        .map(|w| {
            let start = (w * WINDOW).max(2);
            let end = ((w + 1) * WINDOW).min(signal.len());
            (start..end)
                .map(|n| {
                    let d = signal[n] - 2.0 * signal[n - 1] + signal[n - 2];
                    d * d
                })
                .sum::<f32>()
                + 1e-12
        })
        .collect();
    let mut onsets = Vec::new();
    let mut w = 0;
    while w < energy.len() {
        let before = &energy[w.saturating_sub(60)..w.saturating_sub(5).max(w.saturating_sub(60))];
        let floor = if before.is_empty() {
            1e-9
        } else {
            before.iter().sum::<f32>() / before.len() as f32
        };
        if energy[w] > 12.0 * floor.max(1e-9) && energy[w] > 1e-4 {
            onsets.push(refine(signal, w * WINDOW, templates));
            w += 40;
        } else {
            w += 1;
        }
    }
    onsets
}

/// The frame near `coarse` where the signal correlates best with the
/// opening of a template.
fn refine(signal: &[f32], coarse: usize, templates: &[Vec<f32>]) -> Onset {
    const LEN: usize = 384;
    let mut best = Onset {
        frame: coarse as u64,
        template: 0,
        score: f32::MIN,
    };
    for (index, template) in templates.iter().enumerate() {
        let template = &template[..LEN.min(template.len())];
        let t_norm: f32 = template.iter().map(|x| x * x).sum::<f32>().sqrt();
        for candidate in coarse.saturating_sub(96)..coarse + 96 {
            let Some(window) = signal.get(candidate..candidate + template.len()) else {
                continue;
            };
            let dot: f32 = window.iter().zip(template).map(|(a, b)| a * b).sum();
            let w_norm: f32 = window.iter().map(|x| x * x).sum::<f32>().sqrt();
            let score = dot / (t_norm * w_norm + 1e-9);
            if score > best.score {
                best = Onset {
                    frame: candidate as u64,
                    template: index,
                    score,
                };
            }
        }
    }
    best
}

/// Mono templates of the strikes of `bells` at `rate`, scaled by their
/// volumes; files are left out.
pub fn bell_templates(bells: &[stillpoint::session::Bell], rate: u32) -> Vec<Vec<f32>> {
    bells
        .iter()
        .filter_map(|b| match &b.sound {
            stillpoint::session::BellSound::Builtin(kind) => Some(
                stillpoint::audio::synth::render_bell(*kind, rate)
                    .chunks_exact(2)
                    .map(|f| (f[0] + f[1]) * b.volume.get())
                    .collect(),
            ),
            stillpoint::session::BellSound::File(_) => None,
        })
        .collect()
}

/// Places where sound stops dead for at least a millisecond: a run of
/// exact digital silence straight after a loud millisecond. A bell or a
/// voice fades before it falls silent; a stream that stalls is cut off, and
/// the server fills the gap with zeros. Gives (frame, frames of silence).
pub fn dropouts(signal: &[f32], rate: u32) -> Vec<(u64, u64)> {
    let millisecond = (rate / 1000).max(1) as usize;
    let mut cuts = Vec::new();
    let mut n = millisecond;
    while n < signal.len() {
        if signal[n] != 0.0 {
            n += 1;
            continue;
        }
        let run = signal[n..].iter().take_while(|x| **x == 0.0).count();
        let before = &signal[n - millisecond..n];
        let loud = (before.iter().map(|x| x * x).sum::<f32>() / millisecond as f32).sqrt() > 0.01;
        // A run to the very end is the recording stopping, not a stall.
        if loud && run >= millisecond && n + run < signal.len() {
            cuts.push((n as u64, run as u64));
        }
        n += run.max(1);
    }
    cuts
}
