//! Sound: reading audio files (and, later, synthesis and output).

mod probe;

pub use probe::FileProbe;
