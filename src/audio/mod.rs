//! Sound: synthesized bells and beds, reading audio files, the mixer that
//! renders a session, offline rendering, and playing live (`output`).

pub mod decode;
mod engine;
pub mod output;
mod probe;
mod ramp;
pub mod reach;
pub mod recording;
pub mod render;
pub mod resample;
pub mod speech;
pub mod synth;

pub use probe::FileProbe;

pub use engine::{Bus, Command, END_FADE, Engine, FINAL_FADE, Missing, PAUSE_FADE, Volumes};
pub use ramp::Ramp;
