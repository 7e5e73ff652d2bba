//! A weekly goal of formal practice, as certification programs set it: at
//! least so many minutes on at least so many days a week. Pure functions of
//! the entries, the rules and the days asked about.

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeDelta, Weekday};

use super::day::{PracticeRules, week_start};
use super::entry::Entry;

/// The most minutes a day a goal can ask for.
pub const MOST_MINUTES: u32 = 24 * 60;

/// At least `minutes` of formal practice (sessions, calls, retreats) on at
/// least `days` days of each week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WeeklyGoal {
    pub minutes: u32,
    pub days: u8,
}

/// Why a goal cannot be set as given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GoalError {
    #[error("{}", crate::t!("errors-goal-minutes", most = MOST_MINUTES, given = *.0))]
    Minutes(u32),
    #[error("{}", crate::t!("errors-goal-days", given = *.0))]
    Days(u8),
}

impl WeeklyGoal {
    /// A goal of `minutes` (1 to a day's) on `days` days (1 to 7).
    pub fn new(minutes: u32, days: u8) -> Result<Self, GoalError> {
        if !(1..=MOST_MINUTES).contains(&minutes) {
            return Err(GoalError::Minutes(minutes));
        }
        if !(1..=7).contains(&days) {
            return Err(GoalError::Days(days));
        }
        Ok(Self { minutes, days })
    }

    /// The goal with its values brought into range (a hand-edited file).
    pub fn clamped(self) -> Self {
        Self {
            minutes: self.minutes.clamp(1, MOST_MINUTES),
            days: self.days.clamp(1, 7),
        }
    }

    /// Whether a day with `secs` of formal practice meets the goal.
    pub fn met_by(self, secs: u64) -> bool {
        secs >= u64::from(self.minutes) * 60
    }
}

/// One week measured against the goal.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct GoalWeek {
    /// The week's first day (the locale's first weekday); it may lie
    /// before the period asked about.
    pub start: NaiveDate,
    /// The week's days inside the period asked about.
    pub days_in_period: u8,
    /// Days inside the period with the goal's minutes of formal practice.
    pub days_meeting_goal: u8,
    /// Whether enough days met it: the goal's days, or every day of the
    /// week inside the period when fewer are (a week cut by the period's
    /// ends asks no more than it holds).
    pub met: bool,
}

/// Seconds of formal practice on each practice day.
pub fn formal_secs_by_day(entries: &[Entry], rules: &PracticeRules) -> BTreeMap<NaiveDate, u64> {
    let mut by_day: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    for entry in entries.iter().filter(|e| e.practice.is_formal()) {
        *by_day.entry(rules.day_of(entry.start)).or_default() += entry.practised_secs;
    }
    by_day
}

/// The weeks that hold the practice days `from` to `to` (both included),
/// oldest first, each against `goal`; a week's days outside the period do
/// not count.
pub fn goal_weeks(
    by_day: &BTreeMap<NaiveDate, u64>,
    goal: WeeklyGoal,
    first_weekday: Weekday,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<GoalWeek> {
    let mut weeks = Vec::new();
    if to < from {
        return weeks;
    }
    let mut start = week_start(from, first_weekday);
    while start <= to {
        let end = start + TimeDelta::days(6);
        let (first, last) = (start.max(from), end.min(to));
        let days_in_period = ((last - first).num_days() + 1) as u8;
        let days_meeting_goal = by_day
            .range(first..=last)
            .filter(|(_, secs)| goal.met_by(**secs))
            .count() as u8;
        weeks.push(GoalWeek {
            start,
            days_in_period,
            days_meeting_goal,
            met: days_meeting_goal >= goal.days.min(days_in_period),
        });
        start += TimeDelta::weeks(1);
    }
    weeks
}

/// This week and the last ones against the goal, for My practice and
/// `stats`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct GoalProgress {
    pub goal: WeeklyGoal,
    /// This week so far: days met, and minutes of formal practice today.
    pub this_week: GoalWeek,
    pub today_formal_minutes: u64,
    /// The weeks before this one, oldest first, whole weeks.
    pub weeks: Vec<GoalWeek>,
}

/// `goal` this week (to `today`) and over the `weeks` before it.
pub fn goal_progress(
    by_day: &BTreeMap<NaiveDate, u64>,
    goal: WeeklyGoal,
    first_weekday: Weekday,
    today: NaiveDate,
    weeks: usize,
) -> GoalProgress {
    let this_start = week_start(today, first_weekday);
    let earlier = goal_weeks(
        by_day,
        goal,
        first_weekday,
        this_start - TimeDelta::weeks(weeks as i64),
        this_start - TimeDelta::days(1),
    );
    let mut this_week = goal_weeks(by_day, goal, first_weekday, this_start, today)
        .pop()
        .unwrap_or(GoalWeek {
            start: this_start,
            days_in_period: 0,
            days_meeting_goal: 0,
            met: false,
        });
    // A week under way is met only once its goal is, not by being short.
    this_week.met = this_week.days_meeting_goal >= goal.days;
    GoalProgress {
        goal,
        this_week,
        today_formal_minutes: super::stats::minutes(by_day.get(&today).copied().unwrap_or(0)),
        weeks: earlier,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset};

    use super::*;
    use crate::practice::{Practice, Source};

    fn entry(start: &str, minutes: u64, practice: Practice) -> Entry {
        let start: DateTime<FixedOffset> = DateTime::parse_from_rfc3339(start).unwrap_or_else(|e| panic!("{e}"));
        let mut entry =
            Entry::manual(start, minutes, None, practice, None, start.to_utc()).unwrap_or_else(|e| panic!("{e}"));
        entry.source = Source::App;
        entry
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn days_meet_the_goal_with_formal_practice_only() {
        let rules = PracticeRules::default();
        let entries = [
            // Monday 7 December 2026: 12 + 10 formal minutes.
            entry("2026-12-07T07:00:00+01:00", 12, Practice::Formal),
            entry("2026-12-07T18:00:00+01:00", 10, Practice::Call),
            // Tuesday: informal and journaling do not count.
            entry("2026-12-08T07:00:00+01:00", 30, Practice::Informal),
            entry("2026-12-08T08:00:00+01:00", 30, Practice::Journaling),
            // Wednesday's sit at 01:30 on Thursday, before the day starts.
            entry("2026-12-10T01:30:00+01:00", 20, Practice::Retreat),
        ];
        let by_day = formal_secs_by_day(&entries, &rules);
        let goal = WeeklyGoal::new(20, 2).unwrap_or_else(|e| panic!("{e}"));
        let weeks = goal_weeks(&by_day, goal, Weekday::Mon, day("2026-12-07"), day("2026-12-13"));
        assert_eq!(
            weeks,
            [GoalWeek {
                start: day("2026-12-07"),
                days_in_period: 7,
                days_meeting_goal: 2,
                met: true,
            }]
        );
    }

    #[test]
    fn a_week_cut_by_the_period_counts_its_days_inside() {
        let rules = PracticeRules::default();
        let entries = [
            entry("2026-11-30T07:00:00+01:00", 20, Practice::Formal),
            entry("2026-12-01T07:00:00+01:00", 20, Practice::Formal),
            entry("2026-12-02T07:00:00+01:00", 20, Practice::Formal),
        ];
        let by_day = formal_secs_by_day(&entries, &rules);
        let goal = WeeklyGoal::new(20, 5).unwrap_or_else(|e| panic!("{e}"));
        // The period starts on Tuesday 1 December: Monday's sit is outside.
        let weeks = goal_weeks(&by_day, goal, Weekday::Mon, day("2026-12-01"), day("2026-12-08"));
        let figures: Vec<(String, u8, u8, bool)> = weeks
            .iter()
            .map(|w| (w.start.to_string(), w.days_in_period, w.days_meeting_goal, w.met))
            .collect();
        assert_eq!(
            figures,
            [
                ("2026-11-30".to_owned(), 6, 2, false),
                // Two days inside, none practised.
                ("2026-12-07".to_owned(), 2, 0, false),
            ]
        );
        let short = goal_weeks(&by_day, goal, Weekday::Mon, day("2026-12-01"), day("2026-12-02"));
        assert!(short[0].met, "two days inside, both met: {short:?}");
    }

    #[test]
    fn a_goal_out_of_range_is_refused() {
        assert_eq!(WeeklyGoal::new(0, 5), Err(GoalError::Minutes(0)));
        assert_eq!(WeeklyGoal::new(20, 8), Err(GoalError::Days(8)));
        assert_eq!(WeeklyGoal::new(20, 0), Err(GoalError::Days(0)));
        assert!(WeeklyGoal::new(MOST_MINUTES, 7).is_ok());
    }
}
