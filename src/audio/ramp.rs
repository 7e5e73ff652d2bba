//! A gain that moves linearly to a target over a number of frames.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ramp {
    value: f32,
    target: f32,
    step: f32,
}

impl Ramp {
    pub fn new(value: f32) -> Self {
        Self {
            value,
            target: value,
            step: 0.0,
        }
    }

    /// Starts moving to `target`, arriving after `frames` frames (at once
    /// for zero).
    pub fn go_to(&mut self, target: f32, frames: u64) {
        self.target = target;
        if frames == 0 {
            self.value = target;
            self.step = 0.0;
        } else {
            self.step = (target - self.value) / frames as f32;
        }
    }

    pub fn set(&mut self, value: f32) {
        self.go_to(value, 0);
    }

    /// The gain for this frame; then moves one frame on.
    pub fn tick(&mut self) -> f32 {
        let value = self.value;
        if self.step != 0.0 {
            self.value += self.step;
            if (self.step > 0.0 && self.value >= self.target) || (self.step < 0.0 && self.value <= self.target) {
                self.value = self.target;
                self.step = 0.0;
            }
        }
        value
    }

    pub fn value(&self) -> f32 {
        self.value
    }

    pub fn target(&self) -> f32 {
        self.target
    }

    pub fn is_moving(&self) -> bool {
        self.step != 0.0
    }
}
