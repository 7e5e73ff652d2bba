//! What the integration tests share: clocks and fixtures, the app built
//! for a test, a `stillpoint` run, the PulseAudio and D-Bus stand-ins.

pub mod app;
pub mod bus;
pub mod child;
pub mod expect;
pub mod onsets;
pub mod practice;
pub mod pulse;
pub mod sessions;
pub mod storage;
pub mod timing;
pub mod usage;
