//! Bells of mindfulness at the desk, across a simulated day and week.

use chrono::{DateTime, FixedOffset, TimeDelta};
use stillpoint::pause::{PauseBells, PauseSchedule};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn on() -> PauseSchedule {
    PauseSchedule {
        enabled: true,
        ..Default::default()
    }
}

#[test]
fn bells_follow_their_schedule_across_a_day_and_rest_at_the_weekend() {
    // Friday 27 November 2026, every 45 minutes from 9:00 to 17:00.
    let schedule = on();
    let mut bells = Vec::new();
    let mut now = at("2026-11-27T07:00:00+01:00");
    while let Some(next) = schedule.next_bell(now) {
        if next.date_naive() != now.date_naive() {
            break;
        }
        bells.push(next.format("%H:%M").to_string());
        now = next;
    }
    assert_eq!(
        bells,
        [
            "09:45", "10:30", "11:15", "12:00", "12:45", "13:30", "14:15", "15:00", "15:45", "16:30"
        ]
    );
    // After the last one, Monday.
    let monday = schedule.next_bell(at("2026-11-27T16:30:00+01:00"));
    assert_eq!(
        monday.map(|m| m.to_rfc3339()),
        Some("2026-11-30T09:45:00+01:00".to_owned())
    );
    // Every day when asked for.
    let daily = PauseSchedule {
        weekdays_only: false,
        ..on()
    };
    let saturday = daily.next_bell(at("2026-11-27T16:30:00+01:00"));
    assert_eq!(
        saturday.map(|m| m.to_rfc3339()),
        Some("2026-11-28T09:45:00+01:00".to_owned())
    );
    // Off by default.
    assert_eq!(
        PauseSchedule::default().next_bell(at("2026-11-27T09:00:00+01:00")),
        None
    );
}

#[test]
fn a_bell_rings_once_snoozes_and_is_not_rung_late_after_sleep() {
    let schedule = on();
    let mut bells = PauseBells::default();
    let mut rang = Vec::new();
    // A simulated morning, a minute at a time.
    let mut now = at("2026-11-27T08:00:00+01:00");
    let end = at("2026-11-27T11:20:00+01:00");
    while now <= end {
        if let Some(offer) = bells.due(&schedule, now) {
            rang.push(offer.rang_at.format("%H:%M").to_string());
            if rang.len() == 1 {
                // The first is snoozed: it comes again ten minutes later.
                bells.snooze(&schedule, now);
            }
        }
        now += TimeDelta::minutes(1);
    }
    assert_eq!(rang, ["09:45", "09:55", "10:30", "11:15"]);
    // The computer slept through a bell: it is not rung an hour late.
    let mut bells = PauseBells::default();
    assert!(bells.due(&schedule, at("2026-11-27T09:00:00+01:00")).is_none());
    assert!(bells.due(&schedule, at("2026-11-27T10:50:00+01:00")).is_none());
    assert_eq!(
        bells.wait(at("2026-11-27T10:50:00+01:00")),
        Some(std::time::Duration::from_secs(25 * 60))
    );
}
