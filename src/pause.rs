//! Bells of mindfulness at the desk: during chosen hours and days, a soft
//! bell now and then, with the offer of a three-minute pause. Off unless
//! the practitioner turns them on; nothing is logged unless the pause is
//! taken.

use chrono::{DateTime, Datelike, FixedOffset, NaiveTime, TimeDelta, Weekday};

/// When the bells ring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PauseSchedule {
    pub enabled: bool,
    /// Minutes between bells, counted from the start of the hours.
    pub every_minutes: u32,
    /// The hours, local time: from `from_hour` to `to_hour`.
    pub from_hour: u32,
    pub to_hour: u32,
    /// Monday to Friday only; otherwise every day.
    pub weekdays_only: bool,
    /// How long "Snooze" waits.
    pub snooze_minutes: u32,
}

impl Default for PauseSchedule {
    fn default() -> Self {
        Self {
            enabled: false,
            every_minutes: 45,
            from_hour: 9,
            to_hour: 17,
            weekdays_only: true,
            snooze_minutes: 10,
        }
    }
}

/// The session offered when a bell rings.
pub const PAUSE_SESSION: &str = "the-pause";

impl PauseSchedule {
    /// The values brought into range.
    pub fn clamped(self) -> Self {
        let from_hour = self.from_hour.min(23);
        Self {
            every_minutes: self.every_minutes.clamp(5, 240),
            from_hour,
            to_hour: self.to_hour.clamp(from_hour + 1, 24),
            snooze_minutes: self.snooze_minutes.clamp(1, 60),
            ..self
        }
    }

    fn rings_on(&self, day: Weekday) -> bool {
        !self.weekdays_only || !matches!(day, Weekday::Sat | Weekday::Sun)
    }

    /// The first bell strictly after `after`, in its offset (the local time
    /// of the machine); `None` when turned off.
    pub fn next_bell(&self, after: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
        if !self.enabled {
            return None;
        }
        let schedule = self.clamped();
        let every = i64::from(schedule.every_minutes);
        let offset = *after.offset();
        for day in 0..8 {
            let date = after.date_naive() + TimeDelta::days(day);
            if !schedule.rings_on(date.weekday()) {
                continue;
            }
            let Some(from) = NaiveTime::from_hms_opt(schedule.from_hour, 0, 0) else {
                continue;
            };
            let start = date.and_time(from);
            let end_minutes = i64::from(schedule.to_hour) * 60;
            let mut k = 1;
            loop {
                let minutes = i64::from(schedule.from_hour) * 60 + k * every;
                if minutes > end_minutes {
                    break;
                }
                let bell = start + TimeDelta::minutes(k * every);
                if let Some(bell) = bell.and_local_timezone(offset).single()
                    && bell > after
                {
                    return Some(bell);
                }
                k += 1;
            }
        }
        None
    }
}

/// A bell that rang, waiting for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PauseOffer {
    pub rang_at: DateTime<FixedOffset>,
}

/// Keeps track of the bells: which is next, and snoozing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PauseBells {
    /// The next bell, once known.
    pub next: Option<DateTime<FixedOffset>>,
    /// Set by "Snooze": this bell replaces the schedule's next one.
    pub snoozed_until: Option<DateTime<FixedOffset>>,
}

impl PauseBells {
    /// Whether a bell is due at `now`; moves on to the following one.
    pub fn due(&mut self, schedule: &PauseSchedule, now: DateTime<FixedOffset>) -> Option<PauseOffer> {
        if !schedule.enabled {
            *self = Self::default();
            return None;
        }
        let next = match (self.snoozed_until, self.next) {
            (Some(snoozed), _) => snoozed,
            (None, Some(next)) => next,
            (None, None) => {
                self.next = schedule.next_bell(now);
                return None;
            }
        };
        if now < next {
            return None;
        }
        self.snoozed_until = None;
        self.next = schedule.next_bell(now);
        // A bell missed by more than a few minutes (the computer slept)
        // is not rung late.
        (now - next <= TimeDelta::minutes(5)).then_some(PauseOffer { rang_at: next })
    }

    /// "Snooze": ring again in a few minutes.
    pub fn snooze(&mut self, schedule: &PauseSchedule, now: DateTime<FixedOffset>) {
        self.snoozed_until = Some(now + TimeDelta::minutes(i64::from(schedule.clamped().snooze_minutes)));
    }

    /// How long until the next bell, to wake the app then.
    pub fn wait(&self, now: DateTime<FixedOffset>) -> Option<std::time::Duration> {
        let next = self.snoozed_until.or(self.next)?;
        Some((next - now).to_std().unwrap_or_default())
    }
}
