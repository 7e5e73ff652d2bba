//! Bells, bowls, a gong and a wood block by modal synthesis: a sum of
//! decaying partials at inharmonic ratios, as a struck metal or wooden body
//! rings, with a short noisy strike at the start.

use std::f32::consts::TAU;

use crate::session::BuiltinBell;

use super::noise::{OnePole, Rng};

/// One mode of the instrument's body.
struct Partial {
    /// Frequency as a multiple of the fundamental.
    ratio: f32,
    amplitude: f32,
    /// Seconds to fall by 60 dB.
    decay_secs: f32,
    /// Relative detuning of its twin, heard as a slow beat (bowls); 0 for none.
    beat: f32,
    /// Seconds over which the partial swells after the strike (gongs); 0 for
    /// an immediate start.
    bloom_secs: f32,
}

const fn partial(ratio: f32, amplitude: f32, decay_secs: f32, beat: f32) -> Partial {
    Partial {
        ratio,
        amplitude,
        decay_secs,
        beat,
        bloom_secs: 0.0,
    }
}

/// How an instrument is built: its fundamental, modes and strike.
struct Voice {
    fundamental_hz: f32,
    partials: Vec<Partial>,
    /// Length of the strike's noise burst, seconds.
    strike_secs: f32,
    /// Loudness of the strike against the ringing.
    strike_level: f32,
    /// Brightness of the strike (low-pass cut-off, Hz).
    strike_hz: f32,
    /// Total length rendered, seconds.
    length_secs: f32,
}

fn bowl(fundamental_hz: f32) -> Voice {
    Voice {
        fundamental_hz,
        partials: vec![
            partial(1.0, 1.0, 22.0, 0.0021),
            partial(2.77, 0.55, 13.0, 0.0016),
            partial(5.15, 0.30, 7.5, 0.0012),
            partial(8.21, 0.16, 4.5, 0.0009),
            partial(11.9, 0.08, 2.6, 0.0),
            partial(16.2, 0.04, 1.5, 0.0),
        ],
        strike_secs: 0.012,
        strike_level: 0.35,
        strike_hz: 2_500.0,
        length_secs: 16.0,
    }
}

fn voice(bell: BuiltinBell) -> Voice {
    match bell {
        BuiltinBell::SingingBowl => bowl(221.0),
        BuiltinBell::LowSingingBowl => bowl(147.0),
        BuiltinBell::HighSingingBowl => bowl(331.0),
        BuiltinBell::SmallBell => Voice {
            fundamental_hz: 1_245.0,
            partials: vec![
                partial(1.0, 1.0, 6.0, 0.0008),
                partial(1.51, 0.35, 3.5, 0.0),
                partial(2.47, 0.45, 3.0, 0.0006),
                partial(3.58, 0.20, 1.8, 0.0),
                partial(4.95, 0.10, 1.0, 0.0),
            ],
            strike_secs: 0.004,
            strike_level: 0.5,
            strike_hz: 6_000.0,
            length_secs: 7.0,
        },
        BuiltinBell::Gong => Voice {
            fundamental_hz: 98.0,
            partials: vec![
                partial(1.0, 1.0, 14.0, 0.0030),
                partial(1.47, 0.55, 11.0, 0.0),
                Partial {
                    ratio: 2.09,
                    amplitude: 0.55,
                    decay_secs: 9.0,
                    beat: 0.0024,
                    bloom_secs: 0.35,
                },
                Partial {
                    ratio: 2.56,
                    amplitude: 0.40,
                    decay_secs: 8.0,
                    beat: 0.0,
                    bloom_secs: 0.6,
                },
                Partial {
                    ratio: 3.19,
                    amplitude: 0.35,
                    decay_secs: 6.5,
                    beat: 0.0018,
                    bloom_secs: 0.8,
                },
                Partial {
                    ratio: 4.03,
                    amplitude: 0.25,
                    decay_secs: 5.0,
                    beat: 0.0,
                    bloom_secs: 1.0,
                },
                Partial {
                    ratio: 5.37,
                    amplitude: 0.15,
                    decay_secs: 3.5,
                    beat: 0.0,
                    bloom_secs: 1.2,
                },
                partial(7.11, 0.08, 2.0, 0.0),
            ],
            strike_secs: 0.03,
            strike_level: 0.45,
            strike_hz: 900.0,
            length_secs: 16.0,
        },
        BuiltinBell::WoodBlock => Voice {
            fundamental_hz: 812.0,
            partials: vec![
                partial(1.0, 1.0, 0.16, 0.0),
                partial(2.61, 0.45, 0.09, 0.0),
                partial(4.3, 0.2, 0.05, 0.0),
            ],
            strike_secs: 0.006,
            strike_level: 0.9,
            strike_hz: 4_000.0,
            length_secs: 0.5,
        },
    }
}

/// Renders one strike of `bell` at `sample_rate` as interleaved stereo,
/// peaking just below full scale. The first frame is the strike.
pub fn render_bell(bell: BuiltinBell, sample_rate: u32) -> Vec<f32> {
    let voice = voice(bell);
    let rate = sample_rate as f32;
    let frames = (voice.length_secs * rate) as usize;
    let mut rng = Rng::new(bell as u64 + 1);
    let mut strike_filter = [OnePole::new(voice.strike_hz, rate), OnePole::new(voice.strike_hz, rate)];
    // A few milliseconds of rise keep the strike from clicking.
    let attack_frames = (0.002 * rate).max(1.0);
    let fade_frames = (0.5 * rate).min(frames as f32 / 4.0);
    let mut out = vec![0.0f32; frames * 2];
    for (channel, spread) in [(0usize, -1.0f32), (1, 1.0)] {
        for p in &voice.partials {
            let hz = voice.fundamental_hz * p.ratio;
            if hz >= rate * 0.45 {
                continue;
            }
            // Each channel hears the twin a little differently: width.
            let twin_hz = hz * (1.0 + p.beat * (1.0 + 0.15 * spread));
            let decay = (-6.9078 / (p.decay_secs * rate)).exp();
            let (step, twin_step) = (TAU * hz / rate, TAU * twin_hz / rate);
            let phase0 = rng.unit() * TAU;
            let mut level = p.amplitude;
            let bloom = p.bloom_secs * rate;
            for frame in 0..frames {
                let t = frame as f32;
                let swell = if bloom > 0.0 {
                    1.0 - (-t / bloom).exp() * 0.85
                } else {
                    1.0
                };
                let tone = if p.beat > 0.0 {
                    0.5 * ((phase0 + step * t).sin() + (phase0 * 0.7 + twin_step * t).sin())
                } else {
                    (phase0 + step * t).sin()
                };
                out[frame * 2 + channel] += tone * level * swell;
                level *= decay;
            }
        }
        let strike_frames = (voice.strike_secs * rate) as usize;
        for frame in 0..strike_frames.min(frames) {
            let envelope = 1.0 - frame as f32 / strike_frames as f32;
            let noise = strike_filter[channel].low(rng.white());
            out[frame * 2 + channel] += noise * envelope * envelope * voice.strike_level * 4.0;
        }
    }
    for frame in 0..frames {
        let rise = ((frame as f32 + 1.0) / attack_frames).min(1.0);
        let fall = ((frames - frame) as f32 / fade_frames).min(1.0);
        out[frame * 2] *= rise * fall;
        out[frame * 2 + 1] *= rise * fall;
    }
    let peak = out.iter().fold(0.0f32, |m, s| m.max(s.abs())).max(1e-6);
    let gain = 0.8 / peak;
    out.iter_mut().for_each(|s| *s *= gain);
    out
}
