//! Ambient beds generated as they play: noise colours, rain, wind and a
//! stream. Each is stereo with independent channels, so it sounds wide.

use crate::session::BuiltinAmbient;

use super::noise::{BandPass, Brown, OnePole, Pink, Rng};

/// An endless stereo sound.
pub trait Bed: Send {
    /// Fills `out` (interleaved stereo) with the next frames.
    fn fill(&mut self, out: &mut [f32]);
}

/// The generator for a built-in bed at `sample_rate`.
pub fn builtin_bed(kind: BuiltinAmbient, sample_rate: u32) -> Box<dyn Bed> {
    let rate = sample_rate as f32;
    match kind {
        BuiltinAmbient::BrownNoise => Box::new(Colour::new([Brown::new(1), Brown::new(2)].map(Noise::Brown), rate)),
        BuiltinAmbient::PinkNoise => Box::new(Colour::new([Pink::new(3), Pink::new(4)].map(Noise::Pink), rate)),
        BuiltinAmbient::Rain => Box::new(Rain::new(rate)),
        BuiltinAmbient::Wind => Box::new(Wind::new(rate)),
        BuiltinAmbient::Stream => Box::new(Stream::new(rate)),
    }
}

enum Noise {
    Brown(Brown),
    Pink(Pink),
}

impl Noise {
    fn next(&mut self) -> f32 {
        match self {
            Noise::Brown(n) => n.next(),
            Noise::Pink(n) => n.next(),
        }
    }
}

struct Colour {
    channels: [Noise; 2],
    /// Takes away rumble below hearing, which speakers only pump with.
    rumble: [OnePole; 2],
}

impl Colour {
    fn new(channels: [Noise; 2], rate: f32) -> Self {
        Self {
            channels,
            rumble: [OnePole::new(35.0, rate), OnePole::new(35.0, rate)],
        }
    }
}

impl Bed for Colour {
    fn fill(&mut self, out: &mut [f32]) {
        for frame in out.chunks_exact_mut(2) {
            for (c, sample) in frame.iter_mut().enumerate() {
                *sample = self.rumble[c].high(self.channels[c].next()) * 0.6;
            }
        }
    }
}

/// A slowly wandering value in [0, 1]: the swell of wind, the density of
/// rain. Moves toward random targets with a time constant of seconds.
struct Drift {
    rng: Rng,
    value: f32,
    target: f32,
    smoothing: OnePole,
    frames_to_next: u32,
    period_frames: u32,
}

impl Drift {
    fn new(seed: u64, period_secs: f32, rate: f32) -> Self {
        let mut rng = Rng::new(seed);
        let value = rng.unit();
        Self {
            rng,
            value,
            target: value,
            smoothing: OnePole::new(1.0 / period_secs, rate),
            frames_to_next: 0,
            period_frames: (period_secs * rate) as u32,
        }
    }

    fn next(&mut self) -> f32 {
        if self.frames_to_next == 0 {
            self.target = self.rng.unit();
            self.frames_to_next = self.period_frames / 2 + (self.rng.unit() * self.period_frames as f32) as u32;
        }
        self.frames_to_next -= 1;
        self.value = self.smoothing.low(self.target);
        self.value
    }
}

/// A hiss of small drops over a soft wash, with now and then a nearer drop.
struct Rain {
    wash: [Pink; 2],
    wash_tone: [OnePole; 2],
    hiss_cut: [OnePole; 2],
    rng: Rng,
    /// Ringing of the latest nearby drop, per channel: (level, phase step, phase).
    drops: [(f32, f32, f32); 2],
    density: Drift,
    rate: f32,
}

impl Rain {
    fn new(rate: f32) -> Self {
        Self {
            wash: [Pink::new(11), Pink::new(12)],
            wash_tone: [OnePole::new(3_000.0, rate), OnePole::new(3_000.0, rate)],
            hiss_cut: [OnePole::new(400.0, rate), OnePole::new(400.0, rate)],
            rng: Rng::new(13),
            drops: [(0.0, 0.0, 0.0); 2],
            density: Drift::new(14, 6.0, rate),
            rate,
        }
    }
}

impl Bed for Rain {
    fn fill(&mut self, out: &mut [f32]) {
        let decay = (-1.0 / (0.012 * self.rate)).exp();
        for frame in out.chunks_exact_mut(2) {
            let density = 0.6 + 0.4 * self.density.next();
            for (c, sample) in frame.iter_mut().enumerate() {
                let wash = self.hiss_cut[c].high(self.wash_tone[c].low(self.wash[c].next()));
                // About 25 nearby drops a second, each a short falling ping.
                if self.rng.unit() < 25.0 * density / self.rate {
                    let hz = 1_800.0 + self.rng.unit() * 3_500.0;
                    self.drops[c] = (
                        0.08 + self.rng.unit() * 0.12,
                        std::f32::consts::TAU * hz / self.rate,
                        0.0,
                    );
                }
                let (level, step, phase) = &mut self.drops[c];
                *phase += *step;
                let drop = phase.sin() * *level;
                *level *= decay;
                *sample = wash * 0.9 * density + drop;
            }
        }
    }
}

/// Broad noise through a resonance that wanders, rising and falling in gusts.
struct Wind {
    source: [Brown; 2],
    air: [Pink; 2],
    resonance: [BandPass; 2],
    pitch: Drift,
    gust: Drift,
    rumble: [OnePole; 2],
    rate: f32,
    frame: u32,
}

impl Wind {
    fn new(rate: f32) -> Self {
        Self {
            source: [Brown::new(21), Brown::new(22)],
            air: [Pink::new(23), Pink::new(24)],
            resonance: [BandPass::new(400.0, 1.5, rate), BandPass::new(450.0, 1.5, rate)],
            pitch: Drift::new(25, 5.0, rate),
            gust: Drift::new(26, 7.0, rate),
            rumble: [OnePole::new(35.0, rate), OnePole::new(35.0, rate)],
            rate,
            frame: 0,
        }
    }
}

impl Bed for Wind {
    fn fill(&mut self, out: &mut [f32]) {
        for frame in out.chunks_exact_mut(2) {
            let pitch = self.pitch.next();
            let gust = 0.35 + 0.65 * self.gust.next();
            // Retuning every 64 frames is smooth enough and cheap.
            if self.frame.is_multiple_of(64) {
                for (c, filter) in self.resonance.iter_mut().enumerate() {
                    filter.tune(250.0 + 500.0 * pitch + 60.0 * c as f32, 1.2, self.rate);
                }
            }
            self.frame = self.frame.wrapping_add(1);
            for (c, sample) in frame.iter_mut().enumerate() {
                let body = self.resonance[c].process(self.air[c].next() * 4.0);
                *sample = (body * 0.8 + self.rumble[c].high(self.source[c].next()) * 0.25) * gust;
            }
        }
    }
}

/// Water over stones: a bed of noise with many small bright bubbles.
struct Stream {
    bed: [Pink; 2],
    body: [BandPass; 2],
    bubbles: [BandPass; 2],
    rng: Rng,
    bubble_level: [f32; 2],
    flow: Drift,
    rate: f32,
}

impl Stream {
    fn new(rate: f32) -> Self {
        Self {
            bed: [Pink::new(31), Pink::new(32)],
            body: [BandPass::new(700.0, 0.7, rate), BandPass::new(800.0, 0.7, rate)],
            bubbles: [BandPass::new(2_000.0, 8.0, rate), BandPass::new(2_400.0, 8.0, rate)],
            rng: Rng::new(33),
            bubble_level: [0.0; 2],
            flow: Drift::new(34, 3.0, rate),
            rate,
        }
    }
}

impl Bed for Stream {
    fn fill(&mut self, out: &mut [f32]) {
        let decay = (-1.0 / (0.02 * self.rate)).exp();
        for frame in out.chunks_exact_mut(2) {
            let flow = 0.7 + 0.3 * self.flow.next();
            for (c, sample) in frame.iter_mut().enumerate() {
                let noise = self.bed[c].next();
                if self.rng.unit() < 60.0 / self.rate {
                    self.bubble_level[c] = 0.5 + self.rng.unit();
                    let hz = 900.0 + self.rng.unit() * 2_500.0;
                    self.bubbles[c].tune(hz, 10.0, self.rate);
                }
                self.bubble_level[c] *= decay;
                let bubble = self.bubbles[c].process(noise * 6.0) * self.bubble_level[c];
                *sample = (self.body[c].process(noise * 2.0) * flow + bubble) * 0.6;
            }
        }
    }
}
