//! Practice days and streaks over them.
//!
//! A day counts when the time practised in it reaches the threshold. A
//! streak is a run of counted days with no day missed between them, except
//! the rest days the rules allow (so many in each ISO week) and the days a
//! traveller never lived (flying east across the date line skips a date).
//! Today never breaks a streak: until it is over, the streak may end
//! yesterday.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::day::PracticeRules;
use super::entry::Entry;

/// One practice day: how much was practised, and when it began and ended
/// (in the offsets recorded then), to tell travel from a missed day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PracticeDay {
    pub secs: u64,
    pub sessions: u32,
    first: DateTime<FixedOffset>,
    last: DateTime<FixedOffset>,
}

/// The entries gathered into practice days.
#[derive(Clone, Debug, Default)]
pub struct Days {
    pub by_date: BTreeMap<NaiveDate, PracticeDay>,
}

impl Days {
    pub fn gather(entries: &[Entry], rules: &PracticeRules) -> Self {
        let mut by_date: BTreeMap<NaiveDate, PracticeDay> = BTreeMap::new();
        for entry in entries {
            let date = rules.day_of(entry.start);
            by_date
                .entry(date)
                .and_modify(|day| {
                    day.secs += entry.practised_secs;
                    day.sessions += 1;
                    if entry.start < day.first {
                        day.first = entry.start;
                    }
                    if entry.start > day.last {
                        day.last = entry.start;
                    }
                })
                .or_insert(PracticeDay {
                    secs: entry.practised_secs,
                    sessions: 1,
                    first: entry.start,
                    last: entry.start,
                });
        }
        Self { by_date }
    }

    /// The days whose practice reaches the threshold.
    pub fn counted<'a>(&'a self, rules: &'a PracticeRules) -> impl Iterator<Item = (NaiveDate, &'a PracticeDay)> + 'a {
        self.by_date
            .iter()
            .filter(|(_, day)| day.secs >= rules.threshold_secs.max(1))
            .map(|(date, day)| (*date, day))
    }
}

/// Streaks, in days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Streaks {
    /// The streak that is still going: it ends today, or yesterday (or on
    /// rest days since) while today has no practice yet.
    pub current: u32,
    /// Whether today already counts toward the current streak.
    pub includes_today: bool,
    pub longest: u32,
    /// The day each streak length was first reached, for milestones:
    /// `reached[n - 1]` is when a streak of `n` days was first completed.
    pub reached: Vec<NaiveDate>,
}

/// What a calendar day is to a streak.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Counted,
    /// Not practised: a rest day if the week allows one, else the end.
    Missed,
    /// A date the practitioner skipped by crossing the date line, or today
    /// before it is over: neither practised nor missed.
    Neutral,
}

/// The streaks in `days` as of `today`, under `rules`.
pub fn streaks(days: &Days, rules: &PracticeRules, today: NaiveDate) -> Streaks {
    let counted: Vec<(NaiveDate, &PracticeDay)> = days.counted(rules).collect();
    let Some(&(first, _)) = counted.first() else {
        return Streaks::default();
    };
    let last_counted = counted.last().map_or(first, |(date, _)| *date);
    // Travelling west may put a practised day after "today": the streak
    // runs to the later of the two.
    let end = today.max(last_counted);
    let span = usize::try_from((end - first).num_days()).unwrap_or(0) + 1;
    let mut marks = vec![Mark::Missed; span];
    let index = |date: NaiveDate| usize::try_from((date - first).num_days()).unwrap_or(0);
    for (date, _) in &counted {
        marks[index(*date)] = Mark::Counted;
    }
    for pair in counted.windows(2) {
        let ((before, earlier), (after, later)) = (pair[0], pair[1]);
        if (after - before).num_days() > 1 && lived_consecutively(rules, before, earlier, after, later) {
            for date in before.iter_days().skip(1).take_while(|d| *d < after) {
                marks[index(date)] = Mark::Neutral;
            }
        }
    }
    if today >= first && marks[index(today)] == Mark::Missed {
        marks[index(today)] = Mark::Neutral;
    }

    // The longest window [left, right] in which no ISO week has more
    // missed days than the rules allow; a streak is such a window trimmed
    // to counted days at both ends.
    let allowed = u32::from(rules.rest_days_per_week);
    let week_of = |i: usize| {
        let week = (first + chrono::TimeDelta::days(i as i64)).iso_week();
        (week.year(), week.week())
    };
    let mut misses: BTreeMap<(i32, u32), u32> = BTreeMap::new();
    let mut left = 0;
    // Days lived up to each index: a streak's length leaves out the dates
    // that were never lived and today before it counts.
    let mut lived = Vec::with_capacity(span + 1);
    lived.push(0u32);
    for mark in &marks {
        lived.push(lived.last().copied().unwrap_or(0) + u32::from(*mark != Mark::Neutral));
    }
    let length = |from: usize, to: usize| lived[to + 1] - lived[from];
    let mut first_counted_in_window: Option<usize> = None;
    let mut result = Streaks::default();
    let mut last_counted_index: Option<usize> = None;
    for right in 0..span {
        match marks[right] {
            Mark::Missed => {
                let week = week_of(right);
                let count = misses.entry(week).or_insert(0);
                *count += 1;
                if *count > allowed {
                    // Shrink from the left until this week fits again.
                    while left <= right {
                        if marks[left] == Mark::Missed {
                            let w = week_of(left);
                            if let Some(c) = misses.get_mut(&w) {
                                *c -= 1;
                            }
                            if w == week {
                                left += 1;
                                break;
                            }
                        }
                        left += 1;
                    }
                    // Drop counts of weeks that fell out entirely.
                    misses.retain(|_, c| *c > 0);
                    first_counted_in_window = (left..=right).find(|i| marks[*i] == Mark::Counted);
                }
            }
            Mark::Counted => {
                let start = *first_counted_in_window.get_or_insert(right);
                last_counted_index = Some(right);
                let days = length(start, right);
                if days > result.longest {
                    result.longest = days;
                }
                while (result.reached.len() as u32) < days {
                    result.reached.push(first + chrono::TimeDelta::days(right as i64));
                }
            }
            Mark::Neutral => {}
        }
    }
    // The current streak: the window that reaches the end, if it still
    // holds a counted day.
    if let (Some(start), Some(last)) = (first_counted_in_window, last_counted_index)
        && start >= left
        && last >= start
    {
        result.current = length(start, last);
        result.includes_today = marks[index(today.max(first))] == Mark::Counted && today >= first;
    }
    result
}

/// Whether two counted days with dates missing between them were in fact
/// lived one after the other: the later session, seen in the earlier
/// day's offset (or the earlier in the later's), falls on the next day.
/// Only travelling far east (across the date line, or on a long flight)
/// skips a date like that.
fn lived_consecutively(
    rules: &PracticeRules,
    before: NaiveDate,
    earlier: &PracticeDay,
    after: NaiveDate,
    later: &PracticeDay,
) -> bool {
    // Daylight saving moves clocks by an hour or two; only travel moves
    // them far enough to skip a date.
    let moved_east = later.first.offset().local_minus_utc() - earlier.last.offset().local_minus_utc();
    if moved_east < 3 * 3600 {
        return false;
    }
    let later_seen_before = rules.day_of(later.first.with_timezone(earlier.last.offset()));
    let earlier_seen_after = rules.day_of(earlier.last.with_timezone(later.first.offset()));
    (later_seen_before - before).num_days() <= 1 || (after - earlier_seen_after).num_days() <= 1
}
