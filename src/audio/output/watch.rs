//! What the sound's keeper decides, from what it sees: whether the way out
//! still takes sound, whether the whole machine was frozen in between two
//! looks, when to try the way out again, and how much of the session the
//! clock moves on while there is no sound. Times are passed in (a clock
//! that goes on while the computer sleeps); nothing here waits or touches
//! a device.

use std::time::Duration;

/// How often the keeper looks at a way out that plays.
pub const LOOK_EVERY: Duration = Duration::from_millis(500);
/// How often the session moves on by the clock while nothing plays it:
/// often enough for the screen's words and the session's end.
pub const SILENT_TICK: Duration = Duration::from_millis(200);
/// How long a way out may stop taking sound before it is given up. A way
/// out that vanishes does not always say so.
pub const STALL_LIMIT: Duration = Duration::from_secs(1);
/// How long a way out just opened may take to start taking sound after
/// its first fill: a sound server starts a stream on its sink's next block
/// (up to two seconds on a quiet null sink), a Bluetooth headset wakes
/// slowly.
pub const START_LIMIT: Duration = Duration::from_secs(4);
/// A look this much later than it was due means the whole process (or the
/// computer) was stopped in between: a suspend, a SIGSTOP, a long stall.
pub const FREEZE_SLACK: Duration = Duration::from_secs(1);
/// Errors from the sound system between two looks that mean it is gone
/// rather than hiccuping (an underrun after a freeze is one or two).
pub const STORM_ERRORS: u64 = 16;
/// A bell begun at most this long before the sound came back still rings,
/// from its start; older ones are let go.
pub const LATE_BELL_LIMIT: Duration = Duration::from_secs(2);
/// The waits between attempts to open a way out: soon at first, then at
/// least every two seconds.
const RETRY_WAITS: [Duration; 4] = [
    Duration::from_millis(250),
    Duration::from_millis(500),
    Duration::from_secs(1),
    Duration::from_secs(2),
];

/// Notices the keeper's own pauses: a look much later than planned.
#[derive(Clone, Copy, Debug)]
pub struct Lookout {
    last: Duration,
}

impl Lookout {
    pub fn new(now: Duration) -> Self {
        Self { last: now }
    }

    /// Takes a look at `now`, planned `interval` after the last. Returns
    /// how long everything was frozen, when it was.
    pub fn look(&mut self, now: Duration, interval: Duration) -> Option<Duration> {
        let gap = now.saturating_sub(self.last);
        self.last = now;
        (gap > interval + FREEZE_SLACK).then(|| gap.saturating_sub(interval))
    }
}

/// What the keeper sees of a way out that plays.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sighting {
    /// Frames taken so far.
    pub pulled: u64,
    /// Errors reported so far.
    pub errors: u64,
    /// The way out said it is over, and why.
    pub gone: Option<String>,
}

/// Why a way out was given up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loss {
    /// It said so.
    Gone(String),
    /// It reported errors without end.
    Storm,
    /// It stopped taking sound.
    Stalled,
}

/// Watches a way out that plays: alive while it takes sound.
#[derive(Clone, Debug)]
pub struct DeviceWatch {
    pulled: u64,
    moved_at: Duration,
    errors: u64,
    /// What its first fill took, once seen: it has started when it takes
    /// more.
    first_fill: Option<u64>,
}

impl DeviceWatch {
    pub fn new(now: Duration) -> Self {
        Self {
            pulled: 0,
            moved_at: now,
            errors: 0,
            first_fill: None,
        }
    }

    /// Looks at the way out at `now`. After a freeze the way out is given
    /// its time again: it could not take sound while nothing ran.
    pub fn look(&mut self, now: Duration, seen: &Sighting, frozen: bool) -> Option<Loss> {
        if let Some(why) = &seen.gone {
            return Some(Loss::Gone(why.clone()));
        }
        let new_errors = seen.errors.saturating_sub(self.errors);
        self.errors = seen.errors;
        if seen.pulled != self.pulled || frozen {
            self.pulled = seen.pulled;
            self.moved_at = now;
        }
        if new_errors >= STORM_ERRORS {
            return Some(Loss::Storm);
        }
        let first_fill = *self.first_fill.get_or_insert(seen.pulled);
        let limit = if seen.pulled > first_fill && first_fill > 0 {
            STALL_LIMIT
        } else {
            START_LIMIT
        };
        (now.saturating_sub(self.moved_at) > limit).then_some(Loss::Stalled)
    }
}

/// When to try opening a way out again.
#[derive(Clone, Copy, Debug)]
pub struct Retry {
    failures: usize,
    next: Duration,
}

impl Retry {
    /// The first attempt is due at once.
    pub fn now(now: Duration) -> Self {
        Self { failures: 0, next: now }
    }

    pub fn is_due(&self, now: Duration) -> bool {
        now >= self.next
    }

    /// An attempt failed at `now`: the next waits a little longer.
    pub fn failed(&mut self, now: Duration) {
        let wait = RETRY_WAITS[self.failures.min(RETRY_WAITS.len() - 1)];
        self.failures += 1;
        self.next = now + wait;
    }

    /// How long until the next attempt.
    pub fn wait(&self, now: Duration) -> Duration {
        self.next.saturating_sub(now)
    }
}

/// The session's time while nothing plays it: the clock's, less any time
/// the computer or the process was frozen.
#[derive(Clone, Copy, Debug)]
pub struct Pace {
    lookout: Lookout,
    counted: Duration,
}

impl Pace {
    pub fn new(now: Duration) -> Self {
        Self {
            lookout: Lookout::new(now),
            counted: Duration::ZERO,
        }
    }

    /// Moves on to `now`, a tick planned `interval` after the last. Returns
    /// how long everything was frozen, when it was; that time is not counted.
    pub fn tick(&mut self, now: Duration, interval: Duration) -> Option<Duration> {
        let before = self.lookout.last;
        let frozen = self.lookout.look(now, interval);
        self.counted += match frozen {
            Some(_) => interval.min(now.saturating_sub(before)),
            None => now.saturating_sub(before),
        };
        frozen
    }

    /// The session's time counted so far.
    pub fn counted(&self) -> Duration {
        self.counted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn seen(pulled: u64, errors: u64) -> Sighting {
        Sighting {
            pulled,
            errors,
            gone: None,
        }
    }

    #[test]
    fn a_way_out_that_takes_sound_lives() {
        let mut watch = DeviceWatch::new(ms(0));
        for (i, at) in (500..10_000).step_by(500).enumerate() {
            assert_eq!(watch.look(ms(at), &seen(i as u64 * 24_000, 0), false), None, "{at}");
        }
    }

    #[test]
    fn a_way_out_that_stops_taking_sound_is_lost_after_the_limit() {
        let mut watch = DeviceWatch::new(ms(0));
        assert_eq!(watch.look(ms(500), &seen(12_000, 0), false), None);
        assert_eq!(watch.look(ms(500), &seen(24_000, 0), false), None);
        assert_eq!(watch.look(ms(1000), &seen(24_000, 0), false), None);
        assert_eq!(watch.look(ms(1500), &seen(24_000, 0), false), None, "1 s: at the limit");
        assert_eq!(watch.look(ms(2000), &seen(24_000, 0), false), Some(Loss::Stalled));
    }

    #[test]
    fn a_way_out_just_opened_has_longer_to_start() {
        let mut watch = DeviceWatch::new(ms(0));
        // Filled at once, then nothing taken while the server's sink wakes.
        for at in [500, 1000, 2000, 3000, 4000] {
            assert_eq!(watch.look(ms(at), &seen(24_000, 0), false), None, "{at}");
        }
        assert_eq!(watch.look(ms(4600), &seen(24_000, 0), false), Some(Loss::Stalled));
        let mut watch = DeviceWatch::new(ms(0));
        assert_eq!(watch.look(ms(500), &seen(24_000, 0), false), None);
        assert_eq!(watch.look(ms(2000), &seen(24_000, 0), false), None);
        assert_eq!(watch.look(ms(2500), &seen(36_000, 0), false), None, "started");
        assert_eq!(watch.look(ms(3000), &seen(36_000, 0), false), None);
        assert_eq!(watch.look(ms(3600), &seen(36_000, 0), false), Some(Loss::Stalled));
    }

    #[test]
    fn after_a_freeze_the_way_out_has_its_time_again() {
        let mut watch = DeviceWatch::new(ms(0));
        assert_eq!(watch.look(ms(100), &seen(12_000, 0), false), None);
        assert_eq!(watch.look(ms(500), &seen(24_000, 0), false), None);
        // Fifteen seconds stopped: nothing was taken, nor could be.
        assert_eq!(watch.look(ms(15_500), &seen(24_000, 1), true), None);
        assert_eq!(watch.look(ms(16_000), &seen(48_000, 1), false), None);
        // It does not come back: lost a second later, not at once.
        assert_eq!(watch.look(ms(16_500), &seen(48_000, 1), false), None);
        assert_eq!(watch.look(ms(17_500), &seen(48_000, 1), false), Some(Loss::Stalled));
    }

    #[test]
    fn a_way_out_that_says_it_is_gone_or_floods_errors_is_lost_at_once() {
        let mut watch = DeviceWatch::new(ms(0));
        let gone = Sighting {
            gone: Some("disconnected".into()),
            ..seen(24_000, 0)
        };
        assert_eq!(
            watch.look(ms(500), &gone, false),
            Some(Loss::Gone("disconnected".into()))
        );
        let mut watch = DeviceWatch::new(ms(0));
        assert_eq!(watch.look(ms(500), &seen(24_000, 2), false), None, "an underrun or two");
        assert_eq!(watch.look(ms(1000), &seen(48_000, 3), false), None);
        assert_eq!(
            watch.look(ms(1010), &seen(48_000, 3 + STORM_ERRORS), false),
            Some(Loss::Storm)
        );
    }

    #[test]
    fn a_late_look_is_a_freeze_and_a_timely_one_is_not() {
        let mut lookout = Lookout::new(ms(0));
        assert_eq!(lookout.look(ms(500), LOOK_EVERY), None);
        assert_eq!(
            lookout.look(ms(1900), LOOK_EVERY),
            None,
            "a busy machine, within the slack"
        );
        assert_eq!(lookout.look(ms(3500), LOOK_EVERY), Some(ms(1100)));
        assert_eq!(lookout.look(ms(4000), LOOK_EVERY), None);
        // A suspend of an hour.
        assert_eq!(lookout.look(ms(3_604_000), LOOK_EVERY), Some(ms(3_599_500)));
    }

    #[test]
    fn attempts_come_soon_then_every_two_seconds() {
        let mut retry = Retry::now(ms(0));
        assert!(retry.is_due(ms(0)));
        let mut at = 0;
        let mut waits = Vec::new();
        for _ in 0..6 {
            retry.failed(ms(at));
            waits.push(retry.wait(ms(at)).as_millis());
            at += retry.wait(ms(at)).as_millis() as u64;
            assert!(retry.is_due(ms(at)));
        }
        assert_eq!(waits, [250, 500, 1000, 2000, 2000, 2000]);
    }

    #[test]
    fn the_silent_clock_leaves_out_the_time_frozen() {
        let mut pace = Pace::new(ms(0));
        for at in (200..=2000).step_by(200) {
            assert_eq!(pace.tick(ms(at), SILENT_TICK), None);
        }
        assert_eq!(pace.counted(), ms(2000));
        // Stopped for ten seconds: the session goes on where it was.
        assert_eq!(pace.tick(ms(12_200), SILENT_TICK), Some(ms(10_000)));
        assert_eq!(pace.counted(), ms(2200));
        assert_eq!(pace.tick(ms(12_400), SILENT_TICK), None);
        assert_eq!(pace.counted(), ms(2400));
    }
}
