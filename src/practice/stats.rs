//! Statistics over the practice log: pure functions of the entries, the
//! practitioner's rules and the moment they are asked for.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Weekday};

use super::day::{PracticeRules, week_start};
use super::entry::Entry;
use super::streak::{Days, streaks};

/// Weeks in the weekly chart.
pub const CHART_WEEKS: usize = 12;
/// Weeks in the calendar heat map.
pub const CALENDAR_WEEKS: usize = 52;

/// Everything the Practice view and `stillpoint stats` show.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Stats {
    /// The practice day it is now.
    pub today: NaiveDate,
    pub current_streak_days: u32,
    /// Whether today already counts toward the current streak (else the
    /// streak is waiting for today's practice).
    pub streak_includes_today: bool,
    pub longest_streak_days: u32,
    pub total_minutes: u64,
    pub total_secs: u64,
    pub sessions: usize,
    /// Days whose practice reached the threshold.
    pub days_practised: usize,
    pub average_session_minutes: f64,
    pub today_minutes: u64,
    pub today_secs: u64,
    pub this_week_minutes: u64,
    /// Minutes per domain, most practised first; entries without a domain
    /// are under "other".
    pub minutes_by_domain: Vec<DomainMinutes>,
    /// The last weeks (from the first weekday asked for), oldest first,
    /// this week last.
    pub weeks: Vec<WeekMinutes>,
    /// Practised seconds on each day of the last 52 weeks, from a first
    /// day of the week to today.
    pub calendar: Calendar,
    pub milestones: Vec<Milestone>,
    /// The weekly goal this week and over the chart's earlier weeks, when
    /// one is set.
    pub goal: Option<super::goal::GoalProgress>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DomainMinutes {
    pub domain: String,
    pub minutes: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct WeekMinutes {
    /// The week's first day.
    pub week_start: NaiveDate,
    pub minutes: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Calendar {
    pub first_day: NaiveDate,
    /// One value per day from `first_day`.
    pub secs: Vec<u64>,
}

impl Calendar {
    pub fn day(&self, index: usize) -> NaiveDate {
        self.first_day + TimeDelta::days(index as i64)
    }
}

/// A landmark of practice, reached on a day or not yet.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Milestone {
    /// Stable name: `first-session`, `streak-7`, `hours-10` and so on.
    pub id: String,
    /// In the language of the thread that computed it.
    pub title: String,
    pub reached: Option<NaiveDate>,
}

/// The statistics of `entries` at the moment `now`, under `rules`, with
/// weeks that begin on `first_weekday` (the locale's: Sunday in the United
/// States and Taiwan, Monday in Spain).
pub fn compute_stats(
    entries: &[Entry],
    rules: &PracticeRules,
    now: DateTime<FixedOffset>,
    first_weekday: Weekday,
) -> Stats {
    let rules = rules.clamped();
    let today = rules.day_of(now);
    let days = Days::gather(entries, &rules);
    let streaks = streaks(&days, &rules, today);

    let total_secs: u64 = entries.iter().map(|e| e.practised_secs).sum();
    let sessions = entries.len();
    let today_secs = days.by_date.get(&today).map_or(0, |d| d.secs);
    let week_start = |date: NaiveDate| week_start(date, first_weekday);

    let mut by_domain: BTreeMap<&str, u64> = BTreeMap::new();
    for entry in entries {
        *by_domain.entry(entry.domain.as_deref().unwrap_or("other")).or_default() += entry.practised_secs;
    }
    let mut minutes_by_domain: Vec<DomainMinutes> = by_domain
        .into_iter()
        .map(|(domain, secs)| DomainMinutes {
            domain: domain.to_owned(),
            minutes: minutes(secs),
        })
        .collect();
    minutes_by_domain.sort_by(|a, b| b.minutes.cmp(&a.minutes).then_with(|| a.domain.cmp(&b.domain)));

    let this_week = week_start(today);
    let first_chart_week = this_week - TimeDelta::weeks(CHART_WEEKS as i64 - 1);
    let mut week_secs = [0u64; CHART_WEEKS];
    let first_calendar_day = this_week - TimeDelta::weeks(CALENDAR_WEEKS as i64 - 1);
    let calendar_len = usize::try_from((today - first_calendar_day).num_days()).unwrap_or(0) + 1;
    let mut calendar = vec![0u64; calendar_len];
    for (date, day) in days.by_date.range(first_calendar_day.min(first_chart_week)..=today) {
        if let Ok(weeks_in) = usize::try_from((week_start(*date) - first_chart_week).num_weeks())
            && weeks_in < CHART_WEEKS
        {
            week_secs[weeks_in] += day.secs;
        }
        if let Ok(at) = usize::try_from((*date - first_calendar_day).num_days())
            && at < calendar_len
        {
            calendar[at] += day.secs;
        }
    }

    let mut milestones = Vec::new();
    let first_day = days.by_date.keys().next().copied();
    milestones.push(Milestone {
        id: "first-session".into(),
        title: crate::t!("practice-milestone-first-session"),
        reached: first_day,
    });
    for length in [7u32, 30, 100, 365] {
        milestones.push(Milestone {
            id: format!("streak-{length}"),
            title: crate::t!("practice-days-in-a-row", days = length),
            reached: streaks.reached.get(length as usize - 1).copied(),
        });
    }
    let mut running = 0u64;
    let mut hours_reached = [None; 3];
    for (date, day) in &days.by_date {
        running += day.secs;
        for (slot, hours) in hours_reached.iter_mut().zip([10u64, 100, 1000]) {
            if slot.is_none() && running >= hours * 3600 {
                *slot = Some(*date);
            }
        }
    }
    for (reached, hours) in hours_reached.into_iter().zip([10u64, 100, 1000]) {
        milestones.push(Milestone {
            id: format!("hours-{hours}"),
            title: crate::t!("practice-milestone-hours", hours = hours),
            reached,
        });
    }

    Stats {
        today,
        current_streak_days: streaks.current,
        streak_includes_today: streaks.includes_today,
        longest_streak_days: streaks.longest,
        total_minutes: minutes(total_secs),
        total_secs,
        sessions,
        days_practised: days.counted(&rules).count(),
        average_session_minutes: if sessions == 0 {
            0.0
        } else {
            (total_secs as f64 / sessions as f64 / 6.0).round() / 10.0
        },
        today_minutes: minutes(today_secs),
        today_secs,
        this_week_minutes: minutes(week_secs[CHART_WEEKS - 1]),
        minutes_by_domain,
        weeks: week_secs
            .iter()
            .enumerate()
            .map(|(i, secs)| WeekMinutes {
                week_start: first_chart_week + TimeDelta::weeks(i as i64),
                minutes: minutes(*secs),
            })
            .collect(),
        calendar: Calendar {
            first_day: first_calendar_day,
            secs: calendar,
        },
        milestones,
        goal: rules.weekly_goal.map(|goal| {
            let by_day = super::goal::formal_secs_by_day(entries, &rules);
            super::goal::goal_progress(&by_day, goal, first_weekday, today, CHART_WEEKS - 1)
        }),
    }
}

/// Seconds as whole minutes, rounded to the nearest.
pub fn minutes(secs: u64) -> u64 {
    (secs + 30) / 60
}

/// Minutes as people say them: "45 min", "2 h", "10 h 43 min".
pub fn hours_minutes(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => crate::t!("practice-minutes", minutes = m),
        (h, 0) => crate::t!("practice-hours", hours = h),
        (h, m) => crate::t!("practice-hours-minutes", hours = h, minutes = m),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;
    use crate::i18n::{Language, Locale};

    /// Weeks in `locale` begin on `first_day`: this week's bar starts then
    /// and holds a session of that day, and the calendar's columns do too.
    fn check(locale: Locale, first_day: &str, this_week_minutes: u64) {
        let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        let sunday = at("2026-11-22T07:00:00+01:00");
        let entry = Entry::manual(sunday, 10, None, Default::default(), None, sunday.to_utc())
            .unwrap_or_else(|e| panic!("{e}"));
        // A Thursday.
        let now = at("2026-11-26T12:00:00+01:00");
        let stats = compute_stats(&[entry], &PracticeRules::default(), now, locale.first_weekday());
        let this_week = stats.weeks.last().unwrap_or_else(|| panic!("no weeks"));
        assert_eq!(this_week.week_start.to_string(), first_day, "{locale:?}");
        assert_eq!(stats.this_week_minutes, this_week_minutes, "{locale:?}");
        assert_eq!(
            stats.calendar.first_day.weekday(),
            this_week.week_start.weekday(),
            "{locale:?}"
        );
        let today_at = (stats.today - stats.calendar.first_day).num_days();
        assert_eq!(
            stats.calendar.day(today_at as usize - today_at as usize % 7),
            this_week.week_start,
            "{locale:?}: today's column begins the week"
        );
    }

    #[test]
    fn weeks_begin_on_the_locales_first_weekday() {
        let locale = |language, system| Locale::new(language, Some(system));
        check(locale(Language::English, "en_US.UTF-8"), "2026-11-22", 10);
        check(locale(Language::TraditionalChinese, "zh_TW.UTF-8"), "2026-11-22", 10);
        check(locale(Language::Spanish, "es_ES.UTF-8"), "2026-11-23", 0);
        check(Locale::default(), "2026-11-23", 0);
    }
}
