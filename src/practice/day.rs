//! Practice days: which day a session counts for, and the rules that make a
//! day count.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta, Weekday};

/// How practice is counted into days and streaks. The practitioner's own
/// choices; the defaults suit most people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PracticeRules {
    /// The hour, local time, at which a new practice day begins: with 3, a
    /// session at 00:30 counts for the evening before.
    pub day_start_hour: u8,
    /// A day counts toward a streak once this much is practised in it.
    pub threshold_secs: u64,
    /// Days a week that may go without practice and not break a streak.
    pub rest_days_per_week: u8,
    /// Whether streaks are shown at all.
    pub show_streaks: bool,
    /// A weekly goal of formal practice, when one is set.
    pub weekly_goal: Option<super::goal::WeeklyGoal>,
}

impl Default for PracticeRules {
    fn default() -> Self {
        Self {
            day_start_hour: 3,
            threshold_secs: 60,
            rest_days_per_week: 0,
            show_streaks: true,
            weekly_goal: None,
        }
    }
}

impl PracticeRules {
    /// The rules with every value brought into its range.
    pub fn clamped(self) -> Self {
        Self {
            day_start_hour: self.day_start_hour.min(23),
            threshold_secs: self.threshold_secs.min(24 * 3600),
            rest_days_per_week: self.rest_days_per_week.min(6),
            show_streaks: self.show_streaks,
            weekly_goal: self.weekly_goal.map(super::goal::WeeklyGoal::clamped),
        }
    }

    /// The practice day of a moment, in the UTC offset it carries: its
    /// local date, with the day starting at `day_start_hour`.
    pub fn day_of(&self, moment: DateTime<FixedOffset>) -> NaiveDate {
        let shifted = moment.naive_local() - TimeDelta::hours(i64::from(self.day_start_hour.min(23)));
        shifted.date()
    }
}

/// The first day of the week that holds `day`, for weeks that begin on
/// `first_weekday`.
pub fn week_start(day: NaiveDate, first_weekday: Weekday) -> NaiveDate {
    day - TimeDelta::days(i64::from(day.weekday().days_since(first_weekday)))
}

impl PracticeRules {
    /// The rules saved at `path`, or the defaults when there are none or
    /// they cannot be read.
    pub fn load(path: &std::path::Path) -> Self {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Self>(&bytes).ok())
            .unwrap_or_default()
            .clamped()
    }

    /// Saves the rules at `path`, whole or not at all.
    pub fn save(&self, path: &std::path::Path) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        crate::paths::write_atomically(path, &serde_json::to_vec_pretty(self).unwrap_or_default())
    }
}
