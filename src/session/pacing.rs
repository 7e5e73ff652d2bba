//! How a session's words sit in its time: the words on screen at once and
//! the share of each step taken by speaking (each cue's recording, or its
//! words at [`WORDS_PER_MINUTE`](super::cue::WORDS_PER_MINUTE)). A practice
//! with the eyes closed needs more silence than speech.

use super::cue::{Cue, word_count};
use super::duration::Duration;
use super::model::Session;

/// The most of a step that speaking may take; the rest is silence.
pub const MAX_SPEAKING_SHARE: f64 = 0.6;

/// One step's pacing.
#[derive(Clone, Debug, PartialEq)]
pub struct StepPacing {
    pub title: String,
    /// The step's length at the session's usual length; `None` for a step
    /// that lasts until the practitioner ends it.
    pub length: Option<Duration>,
    pub cues: usize,
    pub words: usize,
    /// The most words in one cue: what is on screen at once.
    pub most_words_on_screen: usize,
    /// How long its cues take to say.
    pub speaking: Duration,
    /// Speaking time over the step's length (0 for a step without an end).
    pub speaking_share: f64,
}

/// A whole session's pacing, at its usual length.
#[derive(Clone, Debug, PartialEq)]
pub struct Pacing {
    /// The usual length; `None` for an open-ended session.
    pub length: Option<Duration>,
    pub steps: Vec<StepPacing>,
}

impl Pacing {
    pub fn of(session: &Session) -> Self {
        Self::at(session, None)
    }

    /// The pacing at a chosen length (a flexible session's), or the usual
    /// one when `None` or out of range.
    pub fn at(session: &Session, length: Option<Duration>) -> Self {
        let length = length
            .and_then(|l| session.clamp_length(l))
            .or(session.default_length());
        let step_lengths = session.step_lengths(length.unwrap_or(Duration::ZERO));
        let steps = session
            .steps
            .iter()
            .zip(step_lengths)
            .map(|(step, step_length)| {
                let counts: Vec<usize> = step.cues.iter().map(|c| word_count(&c.text)).collect();
                let speaking = step
                    .cues
                    .iter()
                    .map(Cue::speaking_time)
                    .fold(Duration::ZERO, Duration::saturating_add);
                StepPacing {
                    title: step.title.clone(),
                    length: step_length,
                    cues: counts.len(),
                    words: counts.iter().sum(),
                    most_words_on_screen: counts.iter().copied().max().unwrap_or(0),
                    speaking,
                    speaking_share: share(speaking, step_length),
                }
            })
            .collect();
        Self { length, steps }
    }

    pub fn cues(&self) -> usize {
        self.steps.iter().map(|s| s.cues).sum()
    }

    pub fn words(&self) -> usize {
        self.steps.iter().map(|s| s.words).sum()
    }

    pub fn most_words_on_screen(&self) -> usize {
        self.steps.iter().map(|s| s.most_words_on_screen).max().unwrap_or(0)
    }

    /// The highest speaking share of any step.
    pub fn highest_speaking_share(&self) -> f64 {
        self.steps.iter().map(|s| s.speaking_share).fold(0.0, f64::max)
    }

    /// Speaking time over the whole session's length (0 when open-ended).
    pub fn speaking_share(&self) -> f64 {
        let speaking = self
            .steps
            .iter()
            .map(|s| s.speaking)
            .fold(Duration::ZERO, Duration::saturating_add);
        share(speaking, self.length)
    }
}

/// `part` over `whole`; 0 where there is no whole.
fn share(part: Duration, whole: Option<Duration>) -> f64 {
    match whole {
        Some(whole) if !whole.is_zero() => part.as_millis() as f64 / whole.as_millis() as f64,
        _ => 0.0,
    }
}
