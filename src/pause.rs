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

    /// The time between bells.
    pub fn interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.clamped().every_minutes) * 60)
    }

    /// Whether `now` is within the bells' hours and days (and they are on).
    pub fn in_hours(&self, now: DateTime<FixedOffset>) -> bool {
        let schedule = self.clamped();
        schedule.enabled
            && schedule.rings_on(now.weekday())
            && (schedule.from_hour..schedule.to_hour).contains(&chrono::Timelike::hour(&now))
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

/// Keeps track of the bells: which is next, snoozing, and a while the
/// practitioner asked them to stay quiet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PauseBells {
    /// The next bell, once known.
    pub next: Option<DateTime<FixedOffset>>,
    /// Set by "Snooze": this bell replaces the schedule's next one.
    pub snoozed_until: Option<DateTime<FixedOffset>>,
    /// Set from the tray ("for an hour", "until tomorrow"): no bell rings
    /// before this moment; the schedule takes up again after it.
    pub quiet_until: Option<DateTime<FixedOffset>>,
    /// The time last looked at: a clock set back, or a change of offset
    /// (summer time), puts the next bell where the schedule now says.
    seen: Option<DateTime<FixedOffset>>,
}

impl PauseBells {
    /// Whether a bell is due at `now`; moves on to the following one.
    pub fn due(&mut self, schedule: &PauseSchedule, now: DateTime<FixedOffset>) -> Option<PauseOffer> {
        if !schedule.enabled {
            *self = Self::default();
            return None;
        }
        let jumped = self
            .seen
            .is_some_and(|seen| now < seen || seen.offset() != now.offset());
        self.seen = Some(now);
        if jumped && self.next.is_some() {
            // A bell due right now still rings.
            self.ring_from(schedule, now);
        }
        if let Some(quiet) = self.quiet_until {
            if now < quiet {
                // The schedule's first bell after the quiet (a schedule
                // changed meanwhile is read again here).
                if self.next.is_none_or(|next| next < quiet) {
                    self.ring_from(schedule, quiet);
                }
                return None;
            }
            self.quiet_until = None;
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
        // Of the bells passed while the computer slept (or the clock was
        // set forward), the last rings, if it came a few minutes ago at
        // most; the others are let go.
        let latest = std::iter::successors(Some(next), |bell| schedule.next_bell(*bell).filter(|b| *b <= now))
            .take(10_000)
            .last()
            .unwrap_or(next);
        (now - latest <= TimeDelta::minutes(5)).then_some(PauseOffer { rang_at: latest })
    }

    /// "Snooze": ring again in a few minutes.
    pub fn snooze(&mut self, schedule: &PauseSchedule, now: DateTime<FixedOffset>) {
        self.snoozed_until = Some(now + TimeDelta::minutes(i64::from(schedule.clamped().snooze_minutes)));
    }

    /// Keeps the bells quiet until `until` (a snoozed bell before then
    /// is let go); the schedule's first bell at or after it rings.
    pub fn quiet(&mut self, schedule: &PauseSchedule, until: DateTime<FixedOffset>) {
        self.quiet_until = Some(until);
        self.snoozed_until = None;
        self.ring_from(schedule, until);
    }

    /// The next bell is the schedule's first at or after `at`.
    pub fn ring_from(&mut self, schedule: &PauseSchedule, at: DateTime<FixedOffset>) {
        self.next = schedule.next_bell(at - TimeDelta::seconds(1));
    }

    /// Lets the bells ring again as the schedule says.
    pub fn resume(&mut self, schedule: &PauseSchedule, now: DateTime<FixedOffset>) {
        self.quiet_until = None;
        self.next = schedule.next_bell(now);
    }

    /// The bell that rings next as things stand: the snoozed one, or the
    /// schedule's; `None` while none is known.
    pub fn upcoming(&self) -> Option<DateTime<FixedOffset>> {
        self.snoozed_until.or(self.next)
    }

    /// How long until the next bell, to wake the app then.
    pub fn wait(&self, now: DateTime<FixedOffset>) -> Option<std::time::Duration> {
        let next = self.upcoming()?;
        Some((next - now).to_std().unwrap_or_default())
    }
}

/// The start of the calendar day after `now`'s, in `now`'s offset: where
/// "until tomorrow" ends.
pub fn start_of_tomorrow(now: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let midnight = (now.date_naive() + TimeDelta::days(1)).and_time(NaiveTime::MIN);
    midnight
        .and_local_timezone(*now.offset())
        .single()
        .unwrap_or(now + TimeDelta::days(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn schedule() -> PauseSchedule {
        PauseSchedule {
            enabled: true,
            every_minutes: 30,
            from_hour: 9,
            to_hour: 17,
            weekdays_only: false,
            snooze_minutes: 10,
        }
    }

    /// Asks `bells` at each moment and returns those at which a bell rang.
    fn rings(bells: &mut PauseBells, moments: &[&str]) -> Vec<String> {
        moments
            .iter()
            .filter(|m| bells.due(&schedule(), at(m)).is_some())
            .map(|m| (*m).to_owned())
            .collect()
    }

    #[test]
    fn quiet_for_an_hour_lets_the_bells_in_it_go_and_rings_the_one_after() {
        let mut bells = PauseBells::default();
        assert!(bells.due(&schedule(), at("2026-03-02T10:05:00+01:00")).is_none());
        bells.quiet(&schedule(), at("2026-03-02T11:05:00+01:00"));
        let rang = rings(
            &mut bells,
            &[
                "2026-03-02T10:30:00+01:00",
                "2026-03-02T11:00:00+01:00",
                "2026-03-02T11:05:00+01:00",
                "2026-03-02T11:30:00+01:00",
            ],
        );
        assert_eq!(rang, ["2026-03-02T11:30:00+01:00"]);
        assert_eq!(bells.quiet_until, None, "the quiet is over");
    }

    #[test]
    fn quiet_ending_on_a_bell_rings_it() {
        let mut bells = PauseBells::default();
        bells.quiet(&schedule(), at("2026-03-02T11:00:00+01:00"));
        assert_eq!(bells.upcoming(), Some(at("2026-03-02T11:00:00+01:00")));
        assert_eq!(rings(&mut bells, &["2026-03-02T11:00:00+01:00"]).len(), 1);
    }

    #[test]
    fn quiet_until_tomorrow_rings_nothing_more_today() {
        let now = at("2026-03-02T14:10:00+01:00");
        let tomorrow = start_of_tomorrow(now);
        assert_eq!(tomorrow, at("2026-03-03T00:00:00+01:00"));
        let mut bells = PauseBells::default();
        bells.snooze(&schedule(), now);
        bells.quiet(&schedule(), tomorrow);
        assert_eq!(bells.snoozed_until, None, "a snoozed bell is let go too");
        let rang = rings(
            &mut bells,
            &[
                "2026-03-02T14:20:00+01:00",
                "2026-03-02T15:00:00+01:00",
                "2026-03-02T16:30:00+01:00",
                "2026-03-03T09:30:00+01:00",
            ],
        );
        assert_eq!(rang, ["2026-03-03T09:30:00+01:00"]);
    }

    #[test]
    fn resuming_rings_the_schedule_again_and_the_wait_follows_the_quiet() {
        let now = at("2026-03-02T10:05:00+01:00");
        let mut bells = PauseBells::default();
        bells.quiet(&schedule(), at("2026-03-02T12:00:00+01:00"));
        assert_eq!(bells.wait(now), Some(std::time::Duration::from_secs(115 * 60)));
        bells.resume(&schedule(), now);
        assert_eq!(bells.wait(now), Some(std::time::Duration::from_secs(25 * 60)));
        assert_eq!(rings(&mut bells, &["2026-03-02T10:30:00+01:00"]).len(), 1);
    }
}
