//! Sounds made in code: every built-in bell and ambient bed. Stillpoint
//! ships no recordings.

mod ambient;
mod bell;
mod noise;

pub use ambient::{Bed, builtin_bed};
pub use bell::render_bell;
