//! The daily practice reminder: at a chosen time of day, a quiet
//! notification, only when the day has not been practised yet. Off unless
//! the practitioner turns it on.

use chrono::{DateTime, FixedOffset, NaiveTime, TimeDelta};

/// How late a reminder may still come: a computer that slept through the
/// chosen time reminds on waking within this, not in the middle of the
/// night.
pub const LATE_LIMIT: TimeDelta = TimeDelta::hours(3);

/// When the reminder comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DailyReminder {
    pub enabled: bool,
    /// The time of day, local time.
    pub hour: u32,
    pub minute: u32,
}

impl Default for DailyReminder {
    fn default() -> Self {
        Self {
            enabled: false,
            hour: 19,
            minute: 0,
        }
    }
}

impl DailyReminder {
    /// The chosen time of day, brought into range.
    pub fn time(&self) -> NaiveTime {
        NaiveTime::from_hms_opt(self.hour.min(23), self.minute.min(59), 0).unwrap_or(NaiveTime::MIN)
    }

    /// Whether the reminder comes at `now` (see [`reminder_due`]); never
    /// when turned off.
    pub fn due(
        &self,
        now: DateTime<FixedOffset>,
        last_fired: Option<DateTime<FixedOffset>>,
        practised_today: bool,
    ) -> bool {
        self.enabled && reminder_due(now, self.time(), last_fired, practised_today)
    }

    /// How long until the reminder's time next comes, to wake then;
    /// `None` when turned off.
    pub fn wait(&self, now: DateTime<FixedOffset>) -> Option<std::time::Duration> {
        if !self.enabled {
            return None;
        }
        let today = reminder_time_on(now, self.time());
        let next = if today > now { today } else { today + TimeDelta::days(1) };
        (next - now).to_std().ok()
    }
}

/// `at` on `now`'s day, in `now`'s offset.
fn reminder_time_on(now: DateTime<FixedOffset>, at: NaiveTime) -> DateTime<FixedOffset> {
    let local = now.date_naive().and_time(at);
    local.and_local_timezone(*now.offset()).single().unwrap_or(now)
}

/// Whether the reminder set for `at` comes at `now`: the time has come
/// today (by no more than [`LATE_LIMIT`]), it has not come yet today
/// (`last_fired`), and the day has not been practised.
pub fn reminder_due(
    now: DateTime<FixedOffset>,
    at: NaiveTime,
    last_fired: Option<DateTime<FixedOffset>>,
    practised_today: bool,
) -> bool {
    if practised_today {
        return false;
    }
    let today = reminder_time_on(now, at);
    let come = today <= now && now - today <= LATE_LIMIT;
    come && last_fired.is_none_or(|fired| fired < today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn check(now: &str, last_fired: Option<&str>, practised_today: bool, expected: bool) {
        let seven = NaiveTime::from_hms_opt(19, 0, 0).unwrap_or(NaiveTime::MIN);
        assert_eq!(
            reminder_due(at(now), seven, last_fired.map(at), practised_today),
            expected,
            "at {now}, last fired {last_fired:?}, practised today {practised_today}"
        );
    }

    #[test]
    fn the_reminder_comes_once_at_its_time_on_a_day_not_yet_practised() {
        check("2026-03-02T18:59:59+01:00", None, false, false);
        check("2026-03-02T19:00:00+01:00", None, false, true);
        check("2026-03-02T19:20:00+01:00", None, false, true);
        check(
            "2026-03-02T19:20:00+01:00",
            Some("2026-03-02T19:00:00+01:00"),
            false,
            false,
        );
        check(
            "2026-03-03T19:00:00+01:00",
            Some("2026-03-02T19:00:00+01:00"),
            false,
            true,
        );
        // Practised: never, whatever the time.
        check("2026-03-02T19:00:00+01:00", None, true, false);
        check("2026-03-02T21:00:00+01:00", None, true, false);
    }

    #[test]
    fn a_reminder_slept_through_comes_late_only_within_the_limit() {
        check("2026-03-02T21:59:00+01:00", None, false, true);
        check("2026-03-02T22:01:00+01:00", None, false, false);
        check("2026-03-03T08:00:00+01:00", None, false, false);
    }

    #[test]
    fn the_wait_reaches_the_next_time_and_nothing_when_turned_off() {
        let on = DailyReminder {
            enabled: true,
            hour: 19,
            minute: 30,
        };
        let wait = |now| on.wait(at(now)).map(|d| d.as_secs() / 60);
        assert_eq!(wait("2026-03-02T19:00:00+01:00"), Some(30));
        assert_eq!(wait("2026-03-02T19:30:00+01:00"), Some(24 * 60));
        assert_eq!(wait("2026-03-02T20:00:00+01:00"), Some(23 * 60 + 30));
        let off = DailyReminder { enabled: false, ..on };
        assert_eq!(off.wait(at("2026-03-02T19:00:00+01:00")), None);
        assert!(!off.due(at("2026-03-02T19:30:00+01:00"), None, false));
        assert!(on.due(at("2026-03-02T19:30:00+01:00"), None, false));
    }
}
