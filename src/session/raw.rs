//! The raw model: what a session file says, value by value, before the
//! values are checked against each other.
//!
//! Each value here is already well-formed on its own (a duration that
//! parses, a bell name that exists). A field that is `None` was either left
//! out or could not be read; in the second case a diagnostic says why.

use super::duration::Duration;
use super::model::{SessionId, Volume};
use super::names::{BuiltinAmbient, BuiltinBell, Domain, Lens};
use super::span::{Span, Spanned};

/// A built-in sound or a file named in the session.
#[derive(Clone, Debug, PartialEq)]
pub enum RawSound<B> {
    Builtin(B),
    /// The path as written: relative, without `..`.
    File(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawBell {
    pub span: Span,
    pub sound: Option<Spanned<RawSound<BuiltinBell>>>,
    pub strikes: u8,
    pub spacing: Duration,
    pub volume: Volume,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RawRule {
    Every(Spanned<Duration>),
    Count(Spanned<u32>),
    At(Spanned<Vec<Spanned<Duration>>>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawIntervals {
    pub span: Span,
    pub rule: Option<RawRule>,
    pub bell: Option<RawBell>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawFade {
    pub span: Span,
    pub at: Spanned<Duration>,
    pub to: Option<Volume>,
    pub over: Duration,
}

/// When a cue comes, as written; `None` in [`RawCue::at`] is untimed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RawCueTime {
    FromStart(Duration),
    /// Written with a minus: counted back from the step's end.
    FromEnd(Duration),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawCue {
    pub at: Option<Spanned<RawCueTime>>,
    /// One paragraph, lines joined; its span is where it was written.
    pub text: Spanned<String>,
    pub voice: Option<Spanned<String>>,
    /// `module_question: true`: the question of the program module in
    /// progress takes this cue's words.
    pub module_question: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawStep {
    pub span: Span,
    /// The step's name (`Step`) or opening bracket, where step-wide problems
    /// are reported.
    pub head: Span,
    pub title: Option<String>,
    pub duration: Option<Spanned<Duration>>,
    /// `Some(span of the value)` when the step says `fill: true` or
    /// `fill: Between(...)`.
    pub fill: Option<Span>,
    /// The range of `fill: Between(min: ..., max: ...)`.
    pub fill_range: Option<RawFillRange>,
    /// The guidance, cue by cue.
    pub cues: Vec<RawCue>,
    /// `guidance` was given but could not be read, or was misspelled.
    pub guidance_unknown: bool,
    pub voice: Option<Spanned<String>>,
    pub start_bell: Option<RawBell>,
    pub end_bell: Option<RawBell>,
    pub intervals: Option<RawIntervals>,
    pub fades: Vec<RawFade>,
}

/// `Between(min: "10m", max: "30m")`: how far a fill step stretches.
#[derive(Clone, Debug, PartialEq)]
pub struct RawFillRange {
    pub span: Span,
    pub min: Option<Spanned<Duration>>,
    pub max: Option<Spanned<Duration>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RawLength {
    Fixed,
    Flexible {
        min: Option<Spanned<Duration>>,
        max: Option<Spanned<Duration>>,
        default: Option<Spanned<Duration>>,
    },
    OpenEnded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawAmbient {
    pub span: Span,
    pub sound: Option<Spanned<RawSound<BuiltinAmbient>>>,
    pub volume: Volume,
    pub fade_in: Duration,
    pub fade_out: Duration,
    pub looping: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawEnding {
    pub bell: Option<RawBell>,
    pub reflection: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawSession {
    pub head: Span,
    /// `ambient` was given but could not be read, or was misspelled: whether
    /// the session has a bed is unknown.
    pub ambient_unknown: bool,
    pub format: Option<Spanned<i64>>,
    pub id: Option<Spanned<SessionId>>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub description: String,
    pub author: String,
    /// The language as written, where it was written; `None` when the
    /// file gives none (English).
    pub language: Option<Spanned<String>>,
    pub domain: Option<Domain>,
    pub lens: Option<Lens>,
    pub practice: Option<crate::practice::Practice>,
    pub tags: Vec<String>,
    pub length: Option<Spanned<RawLength>>,
    pub settle: Option<Spanned<Duration>>,
    /// One breath, in and out, for the player's ring to follow.
    pub breath: Option<Spanned<Duration>>,
    pub ambient: Option<RawAmbient>,
    pub steps: Option<Spanned<Vec<RawStep>>>,
    pub ending: RawEnding,
}
