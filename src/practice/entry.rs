//! One practice: what was practised, when, for how long, and how it felt.

use chrono::{DateTime, FixedOffset, Utc};

/// One practised session, as the log keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Unique within the log; edits and deletions name the entry by it.
    pub id: String,
    /// The session's id, when it came from the library.
    pub session_id: Option<String>,
    /// The session's title as it was when practised.
    pub title: String,
    /// "mindfulness", "compassion", "well-being", "timer" or another word;
    /// `None` when not known (a manual or imported entry).
    pub domain: Option<String>,
    /// When it started: the UTC instant, with the local UTC offset of the
    /// place and time it was practised.
    pub start: DateTime<FixedOffset>,
    /// The length chosen before starting, in seconds.
    pub planned_secs: Option<u64>,
    /// Time actually practised, in seconds: pauses and skipped steps left out.
    pub practised_secs: u64,
    pub ended: HowEnded,
    pub note: Option<String>,
    pub feeling_before: Option<Feeling>,
    pub feeling_after: Option<Feeling>,
    pub source: Source,
    /// For imported entries: what identifies the original, so importing the
    /// same file twice adds nothing.
    pub import_key: Option<String>,
    /// The kind of practice: a formal session unless said otherwise.
    pub practice: Practice,
    /// Chosen for the portfolio: its note goes into a report.
    pub portfolio: bool,
    /// The reflection prompt the note answered, as it was offered.
    pub prompt: Option<String>,
}

impl Entry {
    /// A new entry id: the start in UTC, readable, and a random part so two
    /// machines or windows never make the same one.
    pub fn new_id(start: DateTime<Utc>) -> String {
        use std::hash::{BuildHasher, Hasher};
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        hasher.write_u32(std::process::id());
        hasher.write_i64(start.timestamp_nanos_opt().unwrap_or_default());
        format!("{}-{:08x}", start.format("%Y%m%dT%H%M%SZ"), hasher.finish() as u32)
    }

    /// Practice away from the app: `minutes` long, begun at `start` (whose
    /// offset is the one recorded), of `session` (id, title and domain)
    /// when it was one of the library's.
    pub fn manual(
        start: DateTime<FixedOffset>,
        minutes: u64,
        session: Option<(&str, &str, &str)>,
        practice: Practice,
        note: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Self, ManualError> {
        if minutes == 0 || minutes > MAX_MANUAL_MINUTES {
            return Err(ManualError::Minutes { given: minutes });
        }
        if start.with_timezone(&Utc) > now + chrono::TimeDelta::minutes(1) {
            return Err(ManualError::Future {
                start: start.format("%Y-%m-%d %H:%M").to_string(),
            });
        }
        Ok(Self {
            id: Self::new_id(start.with_timezone(&Utc)),
            session_id: session.map(|(id, _, _)| id.to_owned()),
            title: match session {
                Some((_, title, _)) => title.to_owned(),
                None => practice.own_title().to_owned(),
            },
            domain: session.map(|(_, _, domain)| domain.to_owned()),
            start,
            planned_secs: None,
            practised_secs: minutes * 60,
            ended: HowEnded::Completed,
            note: note.map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned),
            feeling_before: None,
            feeling_after: None,
            source: Source::Manual,
            import_key: None,
            practice,
            portfolio: false,
            prompt: None,
        })
    }

    /// The title as shown: practice other than formal added by hand without
    /// a session is named by its kind, in the reader's language.
    pub fn shown_title(&self) -> String {
        if self.session_id.is_none() && self.practice != Practice::Formal && self.title == self.practice.own_title() {
            self.practice.label()
        } else {
            self.title.clone()
        }
    }

    /// The kind, when it says more than the title: `None` for formal
    /// practice and where the title is the kind's name.
    pub fn kind_beside_title(&self) -> Option<String> {
        let label = self.practice.label();
        (self.practice != Practice::Formal && self.shown_title() != label).then_some(label)
    }

    /// The start as a UTC instant.
    pub fn start_utc(&self) -> DateTime<Utc> {
        self.start.with_timezone(&Utc)
    }

    /// The practised time in whole minutes, rounded to the nearest.
    pub fn practised_minutes(&self) -> u64 {
        super::stats::minutes(self.practised_secs)
    }
}

/// The longest session that can be added by hand: a day.
pub const MAX_MANUAL_MINUTES: u64 = 24 * 60;

/// Why a session practised elsewhere cannot be logged as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManualError {
    Minutes { given: u64 },
    Future { start: String },
}

impl std::fmt::Display for ManualError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ManualError::Minutes { given } => {
                crate::t!("errors-manual-minutes", most = MAX_MANUAL_MINUTES, given = *given)
            }
            ManualError::Future { start } => crate::t!("errors-manual-future", start = start.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ManualError {}

/// A kind of practice, as a certification's practice record counts it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Practice {
    /// A session or a sit: every entry logged before kinds were kept.
    #[default]
    Formal,
    /// Practice in daily activity: a mindful walk, a pause before a meeting.
    Informal,
    /// A contemplative or community call with the cohort.
    Call,
    /// A retreat day, or part of one.
    Retreat,
    Journaling,
    /// Leading a practice for others.
    Teaching,
}

impl crate::session::Named for Practice {
    const ALL: &'static [Self] = &[
        Self::Formal,
        Self::Informal,
        Self::Call,
        Self::Retreat,
        Self::Journaling,
        Self::Teaching,
    ];

    fn name(self) -> &'static str {
        match self {
            Self::Formal => "formal",
            Self::Informal => "informal",
            Self::Call => "call",
            Self::Retreat => "retreat",
            Self::Journaling => "journaling",
            Self::Teaching => "teaching",
        }
    }
}

impl Practice {
    /// Whether it counts toward a weekly goal of formal practice: a
    /// session, a call held in practice, a retreat.
    pub fn is_formal(self) -> bool {
        matches!(self, Self::Formal | Self::Call | Self::Retreat)
    }

    /// The kind in the interface's language.
    pub fn label(self) -> String {
        use crate::session::Named;
        crate::t!("practice-kind", kind = self.name())
    }

    /// The title of an entry of this kind added by hand without a session,
    /// as kept in the log (in English, like the bundled sessions' titles).
    fn own_title(self) -> &'static str {
        match self {
            Self::Formal => "Practice on my own",
            Self::Informal => "Informal practice",
            Self::Call => "Contemplative call",
            Self::Retreat => "Retreat",
            Self::Journaling => "Journaling",
            Self::Teaching => "Leading a practice",
        }
    }
}

/// A kind of practice not in the list, as given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("errors-practice-unknown", given = crate::shown::escaped(.0).into_owned(), kinds = kinds_listed()))]
pub struct UnknownPractice(pub String);

fn kinds_listed() -> String {
    use crate::session::Named;
    Practice::names().collect::<Vec<_>>().join(", ")
}

impl std::str::FromStr for Practice {
    type Err = UnknownPractice;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        use crate::session::Named;
        Self::from_name(text).ok_or_else(|| UnknownPractice(text.to_owned()))
    }
}

/// How a session came to an end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HowEnded {
    /// It ran to its closing bell.
    Completed,
    /// The practitioner ended it before its end.
    EndedEarly,
    /// It stopped without an ending: the app or the computer stopped, and
    /// the entry was found at the next start.
    Interrupted,
}

impl HowEnded {
    pub fn describe(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::EndedEarly => "ended early",
            Self::Interrupted => "interrupted",
        }
    }
}

/// Where an entry came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Played in Stillpoint, in the window or the terminal.
    App,
    /// Added by hand: a session practised away from the app.
    Manual,
    /// Brought in from a file.
    Import,
}

/// How the practitioner felt, from 1 (low) to 5 (very well).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Feeling(u8);

impl Feeling {
    pub const LOWEST: u8 = 1;
    pub const HIGHEST: u8 = 5;

    /// A feeling from 1 to 5; anything else is `None`.
    pub fn new(value: u8) -> Option<Self> {
        (Self::LOWEST..=Self::HIGHEST).contains(&value).then_some(Self(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}
