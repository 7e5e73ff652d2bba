//! From a checked session to timed events, and the playback state machine
//! that walks through them. Pure: no clock, device or window in here; time
//! arrives as frames.

mod changes;
mod compile;
mod event;
mod playback;

pub use changes::next_change;
pub use compile::{OPEN_HORIZON, OpenBells, RING_OUT, StepSpan, Timeline, clock_text, frames, millis};
pub use event::{Action, Event, TimedCue};
pub use playback::{Jump, Phase, Playback, Status};
