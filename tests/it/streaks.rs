//! Practice days, streaks and statistics: pure functions of the entries,
//! the rules and the moment, so every case gives its own "now".

use crate::support::practice as support;

use chrono::{DateTime, FixedOffset, NaiveDate};
use proptest::prelude::*;
use stillpoint::practice::{Entry, PracticeRules, Stats, compute_stats};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// A session of `secs` begun at `start` (RFC 3339, with the offset of the
/// place it was practised).
fn session_secs(start: &str, secs: u64) -> Entry {
    let id = Entry::new_id(at(start).to_utc());
    support::entry(&id, "the-pause", start, secs)
}

fn session(start: &str, minutes: u64) -> Entry {
    session_secs(start, minutes * 60)
}

fn stats(entries: &[Entry], now: &str) -> Stats {
    compute_stats(entries, &PracticeRules::default(), at(now), chrono::Weekday::Mon)
}

fn stats_with(entries: &[Entry], rules: PracticeRules, now: &str) -> Stats {
    compute_stats(entries, &rules, at(now), chrono::Weekday::Mon)
}

/// Sessions at 07:00 on each of `days` (dates in November 2026, +01:00).
fn mornings(days: &[u32]) -> Vec<Entry> {
    days.iter()
        .map(|day| session(&format!("2026-11-{day:02}T07:00:00+01:00"), 10))
        .collect()
}

#[test]
fn nothing_logged_is_all_zero() {
    let s = stats(&[], "2026-11-24T10:00:00+01:00");
    assert_eq!(
        (
            s.current_streak_days,
            s.longest_streak_days,
            s.sessions,
            s.total_minutes,
            s.days_practised
        ),
        (0, 0, 0, 0, 0)
    );
    assert!(s.milestones.iter().all(|m| m.reached.is_none()));
    assert_eq!(s.calendar.secs.iter().sum::<u64>(), 0);
}

#[test]
fn a_session_after_midnight_counts_for_the_evening_before() {
    let entries = [
        session("2026-11-23T23:30:00+01:00", 10),
        session("2026-11-24T00:30:00+01:00", 10),
        session("2026-11-24T02:59:00+01:00", 10),
    ];
    let s = stats(&entries, "2026-11-24T12:00:00+01:00");
    assert_eq!(s.days_practised, 1, "all three belong to Monday the 23rd");
    assert_eq!(s.today, date("2026-11-24"));
    assert_eq!(s.today_minutes, 0);
    // With the day starting at midnight they are two days.
    let midnight = PracticeRules {
        day_start_hour: 0,
        ..Default::default()
    };
    let s = stats_with(&entries, midnight, "2026-11-24T12:00:00+01:00");
    assert_eq!(s.days_practised, 2);
    assert_eq!(s.current_streak_days, 2);
    // At 03:00 the new day begins.
    let s = stats(&[session("2026-11-24T03:00:00+01:00", 10)], "2026-11-24T03:01:00+01:00");
    assert_eq!((s.today, s.today_minutes), (date("2026-11-24"), 10));
}

#[test]
fn before_the_day_start_hour_it_is_still_yesterday() {
    let entries = mornings(&[22, 23]);
    // 02:00 on the 24th: the 23rd's practice day is not over.
    let s = stats(&entries, "2026-11-24T02:00:00+01:00");
    assert_eq!(s.today, date("2026-11-23"));
    assert_eq!((s.current_streak_days, s.streak_includes_today), (2, true));
}

#[test]
fn today_never_breaks_the_streak_before_it_is_over() {
    let entries = mornings(&[20, 21, 22, 23]);
    let s = stats(&entries, "2026-11-24T21:00:00+01:00");
    assert_eq!((s.current_streak_days, s.streak_includes_today), (4, false));
    let mut with_today = entries.clone();
    with_today.push(session("2026-11-24T21:30:00+01:00", 5));
    let s = stats(&with_today, "2026-11-24T21:40:00+01:00");
    assert_eq!((s.current_streak_days, s.streak_includes_today), (5, true));
    // A whole day without practice ends it; the longest is remembered.
    let s = stats(&entries, "2026-11-25T09:00:00+01:00");
    assert_eq!((s.current_streak_days, s.longest_streak_days), (0, 4));
}

#[test]
fn gaps_split_streaks_and_the_longest_is_kept() {
    let entries = mornings(&[2, 3, 4, 5, 6, 8, 9, 11, 12, 13]);
    let s = stats(&entries, "2026-11-13T20:00:00+01:00");
    assert_eq!(s.longest_streak_days, 5);
    assert_eq!(s.current_streak_days, 3);
    assert_eq!(s.days_practised, 10);
    assert_eq!(s.sessions, 10);
    assert_eq!(s.total_minutes, 100);
    // Out of order in the log makes no difference.
    let mut shuffled = entries.clone();
    shuffled.reverse();
    assert_eq!(stats(&shuffled, "2026-11-13T20:00:00+01:00"), s);
}

#[test]
fn the_threshold_decides_which_days_count() {
    let entries = [
        session_secs("2026-11-22T07:00:00+01:00", 30),
        // Two short sessions add up.
        session_secs("2026-11-23T07:00:00+01:00", 40),
        session_secs("2026-11-23T19:00:00+01:00", 40),
        session_secs("2026-11-24T07:00:00+01:00", 60),
    ];
    let s = stats(&entries, "2026-11-24T08:00:00+01:00");
    assert_eq!(s.days_practised, 2, "the 22nd has 30 s, under the minute");
    assert_eq!(s.current_streak_days, 2);
    assert_eq!(s.sessions, 4);
    let five = PracticeRules {
        threshold_secs: 5 * 60,
        ..Default::default()
    };
    let s = stats_with(&entries, five, "2026-11-24T08:00:00+01:00");
    assert_eq!((s.days_practised, s.current_streak_days), (0, 0));
}

#[test]
fn rest_days_keep_a_streak_within_their_weekly_allowance() {
    // November 2026: Monday is the 2nd, 9th, 16th and 23rd.
    // Week of the 2nd misses the 4th; week of the 9th misses the 12th;
    // week of the 16th misses the 17th and the 19th.
    let entries = mornings(&[2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 18, 20, 21, 22]);
    let now = "2026-11-22T20:00:00+01:00";
    let s = stats(&entries, now);
    assert_eq!(
        (s.current_streak_days, s.longest_streak_days),
        (3, 7),
        "no rest days by default"
    );
    let one = PracticeRules {
        rest_days_per_week: 1,
        ..Default::default()
    };
    let s = stats_with(&entries, one, now);
    // The 4th, the 12th and the 17th are rest days; the 19th is one too
    // many for its week. The longest runs from the 2nd to the 18th, rest
    // days included (17 days); the current one from the 18th (18, 19 at
    // rest, 20, 21, 22: 5 days).
    assert_eq!((s.current_streak_days, s.longest_streak_days), (5, 17));
    let two = PracticeRules {
        rest_days_per_week: 2,
        ..Default::default()
    };
    let s = stats_with(&entries, two, now);
    assert_eq!((s.current_streak_days, s.longest_streak_days), (21, 21));
    // Yesterday unpractised and allowed as a rest day: still going.
    let s = stats_with(&mornings(&[20, 21]), one, "2026-11-23T20:00:00+01:00");
    assert_eq!(s.current_streak_days, 2);
    let s = stats_with(&mornings(&[20, 21]), one, "2026-11-24T20:00:00+01:00");
    assert_eq!(
        s.current_streak_days, 2,
        "Sunday the 22nd rests in its week, Monday the 23rd in the next"
    );
}

#[test]
fn daylight_saving_time_starting_keeps_the_streak_and_the_days() {
    // Central Europe: on 29 March 2026 clocks go from 02:00 +01:00 to 03:00 +02:00.
    let entries = [
        session("2026-03-27T07:00:00+01:00", 10),
        session("2026-03-28T07:00:00+01:00", 10),
        session("2026-03-29T07:00:00+02:00", 10),
        // 03:30 local on the 30th is 01:30 UTC: it counts for the 30th,
        // in the offset recorded with it.
        session("2026-03-30T03:30:00+02:00", 10),
    ];
    let s = stats(&entries, "2026-03-30T12:00:00+02:00");
    assert_eq!(s.days_practised, 4);
    assert_eq!((s.current_streak_days, s.streak_includes_today), (4, true));
}

#[test]
fn daylight_saving_time_ending_keeps_the_streak_and_the_days() {
    // On 25 October 2026 clocks go back from 03:00 +02:00 to 02:00 +01:00:
    // 02:30 happens twice, and both times belong to the 24th.
    let entries = [
        session("2026-10-23T07:00:00+02:00", 10),
        session("2026-10-24T07:00:00+02:00", 10),
        session("2026-10-25T02:30:00+02:00", 10),
        session("2026-10-25T02:30:00+01:00", 10),
        session("2026-10-25T07:00:00+01:00", 10),
        session("2026-10-26T07:00:00+01:00", 10),
    ];
    let s = stats(&entries, "2026-10-26T12:00:00+01:00");
    assert_eq!(s.days_practised, 4);
    assert_eq!(s.current_streak_days, 4);
    assert_eq!(s.sessions, 6);
}

#[test]
fn travel_east_across_the_date_line_skips_a_date_not_the_streak() {
    // Honolulu (-10:00) on the 8th and 9th; a flight to Auckland (+13:00)
    // lands on the 11th: the 10th never happened for this traveller.
    let entries = [
        session("2026-11-08T08:00:00-10:00", 10),
        session("2026-11-09T08:00:00-10:00", 10),
        session("2026-11-11T08:00:00+13:00", 10),
        session("2026-11-12T08:00:00+13:00", 10),
    ];
    let s = stats(&entries, "2026-11-12T20:00:00+13:00");
    assert_eq!((s.current_streak_days, s.longest_streak_days), (4, 4));
    // At home in Auckland, missing the 10th breaks it.
    let home = [
        session("2026-11-08T08:00:00+13:00", 10),
        session("2026-11-09T08:00:00+13:00", 10),
        session("2026-11-11T08:00:00+13:00", 10),
        session("2026-11-12T08:00:00+13:00", 10),
    ];
    let s = stats(&home, "2026-11-12T20:00:00+13:00");
    assert_eq!((s.current_streak_days, s.longest_streak_days), (2, 2));
}

#[test]
fn travel_west_across_the_date_line_lives_a_date_twice() {
    // Auckland on the 9th and 10th, then Honolulu, where it is the 9th
    // again, then the 10th and 11th there.
    let entries = [
        session("2026-11-09T08:00:00+13:00", 10),
        session("2026-11-10T08:00:00+13:00", 10),
        session("2026-11-09T20:00:00-10:00", 10),
        session("2026-11-10T08:00:00-10:00", 10),
        session("2026-11-11T08:00:00-10:00", 10),
    ];
    let s = stats(&entries, "2026-11-11T20:00:00-10:00");
    assert_eq!(s.days_practised, 3, "the 9th and the 10th count once each");
    assert_eq!(s.current_streak_days, 3);
    // Just landed, still the 9th in Honolulu, with the 10th already
    // practised in Auckland: the streak runs to the 10th.
    let s = stats(&entries[..3], "2026-11-09T21:00:00-10:00");
    assert_eq!(s.current_streak_days, 2);
    assert_eq!(s.today, date("2026-11-09"));
}

#[test]
fn a_one_hour_shift_never_hides_a_missed_day() {
    // A missed day around a daylight saving change is still missed.
    let entries = [
        session("2026-03-28T07:00:00+01:00", 10),
        session("2026-03-30T03:30:00+02:00", 10),
    ];
    let s = stats(&entries, "2026-03-30T12:00:00+02:00");
    assert_eq!((s.current_streak_days, s.longest_streak_days), (1, 1));
}

#[test]
fn totals_domains_weeks_calendar_and_milestones() {
    let mut entries = Vec::new();
    // 40 days in a row from 1 October, 20 minutes each, and one
    // compassion session without a domain from an import.
    let first = date("2026-10-01");
    for day in 0..40 {
        let on = first + chrono::TimeDelta::days(day);
        entries.push(session(&format!("{}T07:00:00+01:00", on.format("%Y-%m-%d")), 20));
    }
    let mut imported = session("2026-09-01T07:00:00+01:00", 45);
    imported.domain = None;
    entries.push(imported);
    let mut compassion = session("2026-11-09T18:00:00+01:00", 15);
    compassion.domain = Some("compassion".into());
    entries.push(compassion);
    let s = stats(&entries, "2026-11-09T20:00:00+01:00");
    assert_eq!(s.sessions, 42);
    assert_eq!(s.total_minutes, 40 * 20 + 45 + 15);
    assert_eq!(s.days_practised, 41);
    assert_eq!(s.current_streak_days, 40);
    assert_eq!(s.longest_streak_days, 40);
    assert_eq!(s.today_minutes, 35);
    let domains: Vec<(&str, u64)> = s
        .minutes_by_domain
        .iter()
        .map(|d| (d.domain.as_str(), d.minutes))
        .collect();
    assert_eq!(domains, [("mindfulness", 800), ("other", 45), ("compassion", 15)]);
    assert!(
        (s.average_session_minutes - 20.5).abs() < 0.05,
        "{}",
        s.average_session_minutes
    );
    // The week of Monday 9 November is the last of the chart.
    assert_eq!(s.weeks.len(), 12);
    let last = s.weeks.last().unwrap_or_else(|| panic!("no weeks"));
    assert_eq!((last.week_start, last.minutes), (date("2026-11-09"), 35));
    assert_eq!(s.this_week_minutes, 35);
    let week_of_2_nov = s.weeks.iter().find(|w| w.week_start == date("2026-11-02"));
    assert_eq!(week_of_2_nov.map(|w| w.minutes), Some(140));
    // The calendar: 51 whole weeks and today's Monday.
    assert_eq!(s.calendar.first_day.weekday(), chrono::Weekday::Mon);
    assert_eq!(s.calendar.secs.len(), 51 * 7 + 1);
    assert_eq!(s.calendar.secs.iter().sum::<u64>(), s.total_secs);
    let reached = |id: &str| s.milestones.iter().find(|m| m.id == id).and_then(|m| m.reached);
    assert_eq!(reached("first-session"), Some(date("2026-09-01")));
    assert_eq!(reached("streak-7"), Some(date("2026-10-07")));
    assert_eq!(reached("streak-30"), Some(date("2026-10-30")));
    assert_eq!(reached("streak-100"), None);
    // 10 hours: 45 min, then 20 a day: 555 more minutes is 28 days (the 28th of October).
    assert_eq!(reached("hours-10"), Some(date("2026-10-28")));
    assert_eq!(reached("hours-100"), None);
}

use chrono::Datelike;

proptest! {
    /// Against the plainest reading of a streak: with no rest days and one
    /// time zone, the longest run of consecutive practised dates.
    #[test]
    fn streaks_match_runs_of_consecutive_days(days in proptest::collection::btree_set(0i64..120, 0..60), now_day in 0i64..130) {
        let origin = date("2026-01-05");
        let entries: Vec<Entry> = days
            .iter()
            .map(|d| session(&format!("{}T12:00:00+00:00", (origin + chrono::TimeDelta::days(*d)).format("%Y-%m-%d")), 5))
            .collect();
        let today = now_day.max(days.iter().next_back().copied().unwrap_or(0));
        let now = format!("{}T12:30:00+00:00", (origin + chrono::TimeDelta::days(today)).format("%Y-%m-%d"));
        let s = stats(&entries, &now);
        let mut longest = 0;
        let mut run = 0;
        let mut previous = None;
        for d in &days {
            run = if previous == Some(d - 1) { run + 1 } else { 1 };
            longest = longest.max(run);
            previous = Some(*d);
        }
        let mut current = 0;
        let mut day = if days.contains(&today) { today } else { today - 1 };
        while days.contains(&day) {
            current += 1;
            day -= 1;
        }
        prop_assert_eq!(s.longest_streak_days, longest);
        prop_assert_eq!(s.current_streak_days, current);
        prop_assert_eq!(s.days_practised, days.len());
    }
}
