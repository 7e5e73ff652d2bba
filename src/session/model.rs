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
    /// Stretches to the chosen length (flexible sessions), within its
    /// range, or until the practitioner ends the session (open-ended ones).
    Fill(FillRange),
}

/// How far a fill step stretches: from `min` up to `max` (no limit when
/// `None`). `fill: true` is the range from nothing to no limit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FillRange {
    pub min: Duration,
    pub max: Option<Duration>,
}

/// Shares `to_fill` among fill steps with these ranges: each starts at its
/// shortest, and what is left is shared evenly among the steps that can
/// still grow, again and again, each stopping at its longest. Whole
/// milliseconds; the first steps take the leftover ones. What no step can
/// take is left out (the session's checks make sure there is none).
pub fn share_fill(to_fill: Duration, ranges: &[FillRange]) -> Vec<Duration> {
    let mut lengths: Vec<u64> = ranges.iter().map(|r| r.min.as_millis()).collect();
    let max = |r: &FillRange| r.max.map_or(u64::MAX, |m| m.as_millis());
    let mut left = to_fill.as_millis().saturating_sub(lengths.iter().sum());
    while left > 0 {
        let growing: Vec<usize> = (0..ranges.len()).filter(|&i| lengths[i] < max(&ranges[i])).collect();
        if growing.is_empty() {
            break;
        }
        let count = growing.len() as u64;
        let (share, extra) = (left / count, left % count);
        let mut given = 0;
        for (n, &i) in growing.iter().enumerate() {
            let offered = share + u64::from((n as u64) < extra);
            let taken = offered.min(max(&ranges[i]) - lengths[i]);
            lengths[i] += taken;
            given += taken;
        }
        left -= given;
        if given == 0 {
            break;
        }
    }
    lengths.into_iter().map(Duration::from_millis).collect()
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

    /// This session with `question` as the words of its cues marked
    /// `module_question: true` (and no recording for them): the question
    /// the program's module in progress asks, its `call_prompt` for a
    /// contemplative call, its journaling prompt of the day for any other
    /// session.
    pub fn with_module_question(&self, question: &str) -> Session {
        let mut session = self.clone();
        for cue in session.steps.iter_mut().flat_map(|step| step.cues.iter_mut()) {
            if cue.module_question {
                cue.text = question.to_owned();
                cue.voice = None;
            }
        }
        session
    }

    /// How long each step lasts when the whole session lasts `total`.
    ///
    /// Fill steps share what the fixed steps leave, as [`share_fill`]
    /// does: evenly, each within its range. In an open-ended session the
    /// fill step has no length (`None`); `total` is ignored.
    pub fn step_lengths(&self, total: Duration) -> Vec<Option<Duration>> {
        let fixed: Duration = self.steps.iter().fold(Duration::ZERO, |sum, step| match step.length {
            StepLength::Fixed(length) => sum.saturating_add(length),
            StepLength::Fill(_) => sum,
        });
        let ranges: Vec<FillRange> = self
            .steps
            .iter()
            .filter_map(|step| match step.length {
                StepLength::Fill(range) => Some(range),
                StepLength::Fixed(_) => None,
            })
            .collect();
        let open = matches!(self.length, Length::OpenEnded);
        let mut shares = share_fill(total.saturating_sub(fixed), &ranges).into_iter();
        self.steps
            .iter()
            .map(|step| match step.length {
                StepLength::Fixed(length) => Some(length),
                StepLength::Fill(_) if open => None,
                StepLength::Fill(_) => shares.next(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(min: u64, max: Option<u64>) -> FillRange {
        FillRange {
            min: Duration::from_mins(min),
            max: max.map(Duration::from_mins),
        }
    }

    #[test]
    fn fill_steps_start_at_their_shortest_and_share_the_rest_evenly_within_their_ranges() {
        let mins =
            |lengths: Vec<Duration>| -> Vec<f64> { lengths.iter().map(|l| l.as_millis() as f64 / 60_000.0).collect() };
        // Without ranges, evenly; the first takes the leftover millisecond.
        assert_eq!(
            share_fill(
                Duration::from_millis(10_001),
                &[FillRange::default(), FillRange::default()]
            ),
            [Duration::from_millis(5_001), Duration::from_millis(5_000)]
        );
        // A sit of 10 to 30 minutes between talk of at least 2, and turns
        // of 2 to 5: at 16 minutes all at their shortest; at 30 the turns
        // stop at 5 and the rest is shared; at 48 every step is at its
        // longest.
        let call = [
            range(2, Some(8)),
            range(10, Some(30)),
            range(2, Some(5)),
            range(2, Some(5)),
        ];
        assert_eq!(mins(share_fill(Duration::from_mins(16), &call)), [2.0, 10.0, 2.0, 2.0]);
        assert_eq!(mins(share_fill(Duration::from_mins(30), &call)), [6.0, 14.0, 5.0, 5.0]);
        assert_eq!(mins(share_fill(Duration::from_mins(48), &call)), [8.0, 30.0, 5.0, 5.0]);
        // What no step can take is left out.
        let total: u64 = share_fill(Duration::from_mins(90), &call)
            .iter()
            .map(|l| l.as_millis())
            .sum();
        assert_eq!(total, Duration::from_mins(48).as_millis());
    }
}
