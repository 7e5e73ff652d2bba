//! The checked session: once built, it is known to be playable.
//!
//! Values of these types come only from [`super::check`]; outside this crate
//! they can be read but not made (`#[non_exhaustive]`), so later code — the
//! timeline, the player — never re-checks what the loader already proved.

use std::path::PathBuf;

use super::cue::{Cue, CueTime, place_cues};
use super::duration::Duration;
use super::names::{BuiltinAmbient, BuiltinBell, Domain, Lens};

/// The session format version this build reads and writes.
pub const FORMAT_VERSION: i64 = 1;
/// Most steps a session may have.
pub const MAX_STEPS: usize = 1_000;
/// Most bells a session may ring, counting every strike.
pub const MAX_BELLS: u64 = 10_000;
/// The longest a session may last.
pub const MAX_SESSION_LENGTH: Duration = Duration::from_mins(24 * 60);
/// The longest settling countdown.
pub const MAX_SETTLE: Duration = Duration::from_mins(10);
/// The shortest and longest breath the ring follows: slower than a
/// resting breath at the most, never a hurried one.
pub const BREATH_RANGE: std::ops::RangeInclusive<Duration> = Duration::from_secs(4)..=Duration::from_secs(30);
/// How close interval bells may follow each other.
pub const MIN_INTERVAL: Duration = Duration::from_secs(1);
/// Most strikes of one bell.
pub const MAX_STRIKES: i64 = 12;
/// How close strikes of one bell may follow each other.
pub const MIN_STRIKE_SPACING: Duration = Duration::from_millis(500);

/// An id made from a name: `Evening Sit` → `evening-sit` (file names,
/// steps' voice files, cohort members).
pub fn id_from_name(stem: &str) -> String {
    let mut id = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id: String = id.trim_end_matches('-').chars().take(64).collect();
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "my-session".to_owned()
    } else {
        id.to_owned()
    }
}

/// A session's stable name: lowercase letters, digits and hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(String);

/// The longest id, in bytes.
const MAX_ID_BYTES: usize = 64;

/// What is wrong with an id's spelling, in the interface's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("{}", crate::t!("diag-id-empty"))]
    Empty,
    #[error("{}", crate::t!("diag-id-too-long", most = MAX_ID_BYTES))]
    TooLong,
    /// A letter an id cannot hold.
    #[error("{}", crate::t!("diag-id-bad-char", char = .0.to_string()))]
    BadChar(char),
    /// A hyphen at either end.
    #[error("{}", crate::t!("diag-id-hyphen"))]
    Hyphen,
}

impl SessionId {
    /// Checks the spelling of an id; the error says what is wrong with it,
    /// in the interface's language.
    pub fn parse(text: &str) -> Result<Self, IdError> {
        if text.is_empty() {
            return Err(IdError::Empty);
        }
        if text.len() > MAX_ID_BYTES {
            return Err(IdError::TooLong);
        }
        if let Some(c) = text
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return Err(IdError::BadChar(c));
        }
        if text.starts_with('-') || text.ends_with('-') {
            return Err(IdError::Hyphen);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SessionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(&self.0)
    }
}

/// A loudness from 0.0 (silent) to 1.0 (full).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Volume(f32);

impl Volume {
    pub const FULL: Volume = Volume(1.0);
    pub const SILENT: Volume = Volume(0.0);

    pub fn new(value: f64) -> Option<Self> {
        (0.0..=1.0).contains(&value).then_some(Self(value as f32))
    }

    pub fn get(self) -> f32 {
        self.0
    }
}

/// How long a session lasts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// As long as its steps added together.
    Fixed(Duration),
    /// The practitioner picks a length; fill steps share what the other
    /// steps leave.
    Flexible {
        min: Duration,
        max: Duration,
        default: Duration,
    },
    /// Counts up until the practitioner ends it.
    OpenEnded,
}

/// The length as a person reads it, in the interface's language.
impl std::fmt::Display for Length {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Length::Fixed(length) => f.write_str(&length.label()),
            Length::Flexible { min, max, default } => f.write_str(&crate::t!(
                "session-length-range",
                min = min.label(),
                max = max.label(),
                default = default.label()
            )),
            Length::OpenEnded => f.write_str(&crate::t!("session-length-open-ended")),
        }
    }
}

/// An audio file a session refers to, found and readable when checked.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AudioFile {
    /// The path as written in the session file.
    pub written: String,
    /// Where it is on disk.
    pub path: PathBuf,
    /// How long it plays, when the file says.
    pub length: Option<Duration>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BellSound {
    Builtin(BuiltinBell),
    File(AudioFile),
}

#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Bell {
    pub sound: BellSound,
    /// 1 to [`MAX_STRIKES`].
    pub strikes: u8,
    /// Time between strikes; at least [`MIN_STRIKE_SPACING`].
    pub spacing: Duration,
    pub volume: Volume,
}

/// Where interval bells fall inside a step.
#[derive(Clone, Debug, PartialEq)]
pub enum IntervalRule {
    /// Each time this much of the step has passed.
    Every(Duration),
    /// This many, evenly spaced, never at the step's very start or end.
    Count(u32),
    /// At these times into the step, in order.
    At(Vec<Duration>),
}

#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Intervals {
    pub rule: IntervalRule,
    pub bell: Bell,
}

/// A change of the ambient bed's volume during a step.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Fade {
    /// From the start of the step.
    pub at: Duration,
    pub to: Volume,
    pub over: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepLength {
    Fixed(Duration),
    /// Stretches to the chosen length (flexible sessions) or until the
    /// practitioner ends the session (open-ended ones).
    Fill,
}

#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Step {
    pub title: String,
    pub length: StepLength,
    /// The cues' texts, separated by a blank line (`"\n\n"`), for reading
    /// the whole step at once; may be empty.
    pub guidance: String,
    /// The guidance as it unfolds: short texts, each at its moment.
    pub cues: Vec<Cue>,
    /// A recording of the whole step's guidance, played as it begins.
    pub voice: Option<AudioFile>,
    pub start_bell: Option<Bell>,
    pub end_bell: Option<Bell>,
    pub intervals: Option<Intervals>,
    pub fades: Vec<Fade>,
}

impl Step {
    /// Where each cue falls when the step lasts `length` (`None`: until the
    /// practitioner ends it), in milliseconds from its start; `None` for a
    /// cue that does not come at this length.
    pub fn cue_offsets(&self, length: Option<Duration>) -> Vec<Option<u64>> {
        let times: Vec<CueTime> = self.cues.iter().map(|c| c.at).collect();
        let speaking: Vec<Duration> = self.cues.iter().map(Cue::speaking_time).collect();
        place_cues(&times, &speaking, length)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum AmbientSound {
    Builtin(BuiltinAmbient),
    File(AudioFile),
}

#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Ambient {
    pub sound: AmbientSound,
    pub volume: Volume,
    pub fade_in: Duration,
    pub fade_out: Duration,
    pub looping: bool,
}

#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Ending {
    pub bell: Option<Bell>,
    pub reflection: Option<String>,
}

/// A playable session.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Session {
    pub id: SessionId,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub author: String,
    pub language: String,
    pub domain: Domain,
    pub lens: Option<Lens>,
    /// The kind of practice it is logged as, when not a formal session: a
    /// contemplative call, journaling.
    pub practice: Option<crate::practice::Practice>,
    pub tags: Vec<String>,
    pub length: Length,
    pub settle: Duration,
    /// One breath, in and out, when the session asks the player's ring to
    /// breathe with the practitioner.
    pub breath: Option<Duration>,
    pub ambient: Option<Ambient>,
    pub steps: Vec<Step>,
    pub ending: Ending,
}

impl Session {
    /// The length the session starts at: its fixed length, or the default
    /// of a flexible one. `None` for an open-ended session.
    pub fn default_length(&self) -> Option<Duration> {
        match self.length {
            Length::Fixed(length) => Some(length),
            Length::Flexible { default, .. } => Some(default),
            Length::OpenEnded => None,
        }
    }

    /// Brings a requested length within what the session allows. A fixed
    /// session keeps its own length; an open-ended one has none.
    pub fn clamp_length(&self, requested: Duration) -> Option<Duration> {
        match self.length {
            Length::Fixed(length) => Some(length),
            Length::Flexible { min, max, .. } => Some(requested.clamp(min, max)),
            Length::OpenEnded => None,
        }
    }

    /// How long each step lasts when the whole session lasts `total`.
    ///
    /// Fill steps share what the fixed steps leave, evenly; the first fill
    /// steps take the leftover milliseconds. In an open-ended session the
    /// fill step has no length (`None`); `total` is ignored.
    pub fn step_lengths(&self, total: Duration) -> Vec<Option<Duration>> {
        let fixed: Duration = self.steps.iter().fold(Duration::ZERO, |sum, step| match step.length {
            StepLength::Fixed(length) => sum.saturating_add(length),
            StepLength::Fill => sum,
        });
        let fills = self.steps.iter().filter(|s| s.length == StepLength::Fill).count() as u64;
        let open = matches!(self.length, Length::OpenEnded);
        let to_fill = total.saturating_sub(fixed).as_millis();
        let mut fill_index = 0;
        self.steps
            .iter()
            .map(|step| match step.length {
                StepLength::Fixed(length) => Some(length),
                StepLength::Fill if open => None,
                StepLength::Fill => {
                    let share = to_fill / fills.max(1);
                    let extra = u64::from(fill_index < to_fill % fills.max(1));
                    fill_index += 1;
                    Some(Duration::from_millis(share + extra))
                }
            })
            .collect()
    }
}
