//! Deterministic noise and the small filters the generators are made of.

/// A small, fast, seeded random source (xorshift64*): the same seed gives
/// the same sound, so renders and tests are repeatable.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// Uniform in [-1, 1).
    pub fn white(&mut self) -> f32 {
        self.unit() * 2.0 - 1.0
    }
}

/// Pink noise (-3 dB per octave), by summing filtered white noise.
#[derive(Clone, Debug)]
pub struct Pink {
    rng: Rng,
    b: [f32; 7],
}

impl Pink {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Rng::new(seed),
            b: [0.0; 7],
        }
    }

    pub fn next(&mut self) -> f32 {
        let white = self.rng.white();
        let b = &mut self.b;
        b[0] = 0.99886 * b[0] + white * 0.055_517_9;
        b[1] = 0.99332 * b[1] + white * 0.075_075_9;
        b[2] = 0.96900 * b[2] + white * 0.153_852;
        b[3] = 0.86650 * b[3] + white * 0.310_485_6;
        b[4] = 0.55000 * b[4] + white * 0.532_952_2;
        b[5] = -0.7616 * b[5] - white * 0.016_898;
        let pink = b.iter().sum::<f32>() + white * 0.5362;
        b[6] = white * 0.115926;
        pink * 0.11
    }
}

/// Brown noise (-6 dB per octave): white noise integrated, with a slight
/// leak so it never wanders off.
#[derive(Clone, Debug)]
pub struct Brown {
    rng: Rng,
    level: f32,
}

impl Brown {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Rng::new(seed),
            level: 0.0,
        }
    }

    pub fn next(&mut self) -> f32 {
        self.level = (self.level * 0.998 + self.rng.white() * 0.04).clamp(-1.0, 1.0);
        self.level * 2.5
    }
}

/// A one-pole low-pass filter.
#[derive(Clone, Debug, Default)]
pub struct OnePole {
    coefficient: f32,
    state: f32,
}

impl OnePole {
    pub fn new(cutoff_hz: f32, sample_rate: f32) -> Self {
        let mut filter = Self::default();
        filter.set_cutoff(cutoff_hz, sample_rate);
        filter
    }

    pub fn set_cutoff(&mut self, cutoff_hz: f32, sample_rate: f32) {
        self.coefficient = 1.0 - (-std::f32::consts::TAU * cutoff_hz / sample_rate).exp();
    }

    pub fn low(&mut self, input: f32) -> f32 {
        self.state += self.coefficient * (input - self.state);
        self.state
    }

    pub fn high(&mut self, input: f32) -> f32 {
        input - self.low(input)
    }
}

/// A two-pole band-pass filter (constant peak gain), whose centre can move.
#[derive(Clone, Debug, Default)]
pub struct BandPass {
    b0: f32,
    a1: f32,
    a2: f32,
    x1: f32,
    x2: f32,
    y1: f32,
    y2: f32,
}

impl BandPass {
    pub fn new(centre_hz: f32, q: f32, sample_rate: f32) -> Self {
        let mut filter = Self::default();
        filter.tune(centre_hz, q, sample_rate);
        filter
    }

    pub fn tune(&mut self, centre_hz: f32, q: f32, sample_rate: f32) {
        let w = std::f32::consts::TAU * centre_hz.clamp(10.0, sample_rate * 0.45) / sample_rate;
        let alpha = w.sin() / (2.0 * q);
        let a0 = 1.0 + alpha;
        self.b0 = alpha / a0;
        self.a1 = -2.0 * w.cos() / a0;
        self.a2 = (1.0 - alpha) / a0;
    }

    pub fn process(&mut self, x: f32) -> f32 {
        let y = self.b0 * x - self.b0 * self.x2 - self.a1 * self.y1 - self.a2 * self.y2;
        self.x2 = self.x1;
        self.x1 = x;
        self.y2 = self.y1;
        self.y1 = y;
        y
    }
}
