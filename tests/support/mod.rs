//! What the integration tests share: clocks and fixtures, the app built
//! for a test, a `stillpoint` run, the PulseAudio and D-Bus stand-ins, a
//! virtual display and the accessibility bus.

pub mod accessibility;
pub mod app;
pub mod bus;
pub mod child;
pub mod cpu;
pub mod display;
pub mod expect;
pub mod onsets;
pub mod practice;
pub mod pulse;
pub mod sessions;
pub mod storage;
pub mod sync;
pub mod timing;
pub mod usage;
