//! Stillpoint: a desktop meditation player for the Compassionate Systems
//! program. The library holds everything; the binary parses arguments.

pub mod audio;
pub mod bundled;
pub mod cli;
pub mod cohort;
pub mod paths;
pub mod pause;
pub mod practice;
pub mod session;
pub mod timeline;
pub mod ui;
