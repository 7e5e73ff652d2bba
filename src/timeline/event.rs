//! What happens at a moment of a session.

use crate::session::{AudioFile, Volume};

/// What to do when an event's frame is reached.
#[derive(Clone, Debug, PartialEq)]
pub enum Cue {
    /// A step begins: show its title and guidance.
    StepStart { step: usize },
    /// One strike of a bell from [`super::Timeline::bells`].
    Bell { bell: usize, strike: u8, strikes: u8 },
    /// A step's voice recording starts.
    Voice { step: usize, file: AudioFile },
    /// The ambient bed moves to `to` over `over_frames`.
    AmbientFade { to: Volume, over_frames: u64 },
    /// The session is over.
    End,
}

impl Cue {
    /// The kind as `timeline --json` names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Cue::StepStart { .. } => "step",
            Cue::Bell { .. } => "bell",
            Cue::Voice { .. } => "voice",
            Cue::AmbientFade { .. } => "ambient",
            Cue::End => "end",
        }
    }

    /// Among events on the same frame, the order they are handled in:
    /// the step first, so a bell or voice belongs to the step it starts.
    pub(crate) fn order(&self) -> u8 {
        match self {
            Cue::StepStart { .. } => 0,
            Cue::AmbientFade { .. } => 1,
            Cue::Voice { .. } => 2,
            Cue::Bell { .. } => 3,
            Cue::End => 4,
        }
    }
}

/// A cue at a frame, counted from the first bell (after settling).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub at_frame: u64,
    pub cue: Cue,
    /// A short description for people: the step title, the bell's name.
    pub label: String,
}
