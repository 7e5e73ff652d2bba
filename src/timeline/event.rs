//! What happens at a moment of a session.

use crate::session::{AudioFile, Volume};

/// What to do when an event's frame is reached.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A step begins: show its title.
    StepStart { step: usize },
    /// A cue of guidance comes: show it (and speak it, when asked for and
    /// it has no recording). An index into [`super::Timeline::cues`].
    Cue { step: usize, cue: usize },
    /// One strike of a bell from [`super::Timeline::bells`].
    Bell { bell: usize, strike: u8, strikes: u8 },
    /// A recording starts: a step's, or a cue's.
    Voice { step: usize, file: AudioFile },
    /// The ambient bed moves to `to` over `over_frames`.
    AmbientFade { to: Volume, over_frames: u64 },
    /// The session is over.
    End,
}

impl Action {
    /// The kind as `timeline --json` names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Action::StepStart { .. } => "step",
            Action::Cue { .. } => "cue",
            Action::Bell { .. } => "bell",
            Action::Voice { .. } => "voice",
            Action::AmbientFade { .. } => "ambient",
            Action::End => "end",
        }
    }

    /// Among events on the same frame, the order they are handled in:
    /// the step first, so a cue, bell or voice belongs to the step it starts.
    pub(crate) fn order(&self) -> u8 {
        match self {
            Action::StepStart { .. } => 0,
            Action::AmbientFade { .. } => 1,
            Action::Cue { .. } => 2,
            Action::Voice { .. } => 3,
            Action::Bell { .. } => 4,
            Action::End => 5,
        }
    }
}

/// An action at a frame, counted from the first bell (after settling).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub at_frame: u64,
    pub action: Action,
    /// A short description for people: the step title, the bell's name,
    /// the cue's text.
    pub label: String,
}

/// A cue of guidance as the timeline holds it: its text, its step, and
/// whether it is to be spoken by the synthesizer (it has no recording of
/// its own, and its step has none).
#[derive(Clone, Debug, PartialEq)]
pub struct TimedCue {
    pub step: usize,
    pub text: String,
    pub synthesized: bool,
}
