//! When a bell at the desk is held: the desktop's do-not-disturb, a
//! fullscreen window in front, a call or a recording, a locked screen, a
//! practitioner who is away, a computer on battery (when asked). Pure
//! decisions over what the desktop said and the times given; reading the
//! desktop is elsewhere.
//!
//! A held bell makes no sound, no notification and no window. When the
//! hold ends it is offered once, softly, if the hold lasted less than the
//! bells' interval; otherwise it is let go. Time away counts as a pause:
//! after coming back the next bell is a full interval later.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeDelta};

/// Why a bell does not ring now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HoldReason {
    DoNotDisturb,
    Fullscreen,
    InACall,
    ScreenLocked,
    Away,
    OnBattery,
    /// A quiet the practitioner asked for.
    Quiet,
    /// Outside the bells' hours or days.
    OutsideHours,
    /// The bells at the desk are turned off.
    Off,
}

impl HoldReason {
    /// The reason's name in `desk status --json`.
    pub fn name(self) -> &'static str {
        match self {
            Self::DoNotDisturb => "do-not-disturb",
            Self::Fullscreen => "fullscreen",
            Self::InACall => "in-a-call",
            Self::ScreenLocked => "screen-locked",
            Self::Away => "away",
            Self::OnBattery => "on-battery",
            Self::Quiet => "quiet",
            Self::OutsideHours => "outside-hours",
            Self::Off => "off",
        }
    }
}

/// Which of the desktop's states hold a bell: each a setting, all on but
/// the battery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct HoldSettings {
    pub do_not_disturb: bool,
    pub fullscreen: bool,
    pub in_a_call: bool,
    pub screen_locked: bool,
    pub away: bool,
    pub on_battery: bool,
}

impl Default for HoldSettings {
    fn default() -> Self {
        HoldSettings {
            do_not_disturb: true,
            fullscreen: true,
            in_a_call: true,
            screen_locked: true,
            away: true,
            on_battery: false,
        }
    }
}

/// What the desktop said at a moment; `None` where it could not say (no
/// such service, no display), which never holds a bell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DesktopState {
    pub do_not_disturb: Option<bool>,
    pub fullscreen: Option<bool>,
    pub in_a_call: Option<bool>,
    pub screen_locked: Option<bool>,
    /// How long since the practitioner last touched the keyboard or mouse.
    pub idle: Option<Duration>,
    pub on_battery: Option<bool>,
}

/// The desktop's reasons to hold a bell now, under `settings`, for bells
/// `interval` apart: away means idle for longer than the interval.
pub fn held_by(state: &DesktopState, settings: &HoldSettings, interval: Duration) -> Vec<HoldReason> {
    let said = |value: Option<bool>, on: bool| on && value == Some(true);
    let mut reasons = Vec::new();
    if said(state.do_not_disturb, settings.do_not_disturb) {
        reasons.push(HoldReason::DoNotDisturb);
    }
    if said(state.fullscreen, settings.fullscreen) {
        reasons.push(HoldReason::Fullscreen);
    }
    if said(state.in_a_call, settings.in_a_call) {
        reasons.push(HoldReason::InACall);
    }
    if said(state.screen_locked, settings.screen_locked) {
        reasons.push(HoldReason::ScreenLocked);
    }
    if settings.away && state.idle.is_some_and(|idle| idle > interval) {
        reasons.push(HoldReason::Away);
    }
    if said(state.on_battery, settings.on_battery) {
        reasons.push(HoldReason::OnBattery);
    }
    reasons
}

/// A bell that came due while held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeldBell {
    /// When it came due.
    pub due_at: DateTime<FixedOffset>,
    /// Whether the practitioner was away (time away is a pause of its own).
    pub away: bool,
}

/// What becomes of a held bell when the hold ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterHold {
    /// Offer it once, softly: the hold was shorter than the interval.
    Offer { due_at: DateTime<FixedOffset> },
    /// Let it go; the next bell comes as the schedule says (also after a
    /// return long enough ago that a full interval has passed since).
    LetGo,
    /// The practitioner came back: the held bell is not offered, and the
    /// next comes a full interval after they came back, later than now.
    Returned { next_at: DateTime<FixedOffset> },
}

/// The held bell `held` once the hold has ended at `now`, for bells
/// `interval` apart; `idle` is how long the practitioner has been at the
/// keyboard unseen since (they came back that long ago).
pub fn after_hold(held: HeldBell, now: DateTime<FixedOffset>, idle: Option<Duration>, interval: Duration) -> AfterHold {
    let interval = TimeDelta::from_std(interval).unwrap_or(TimeDelta::MAX);
    if held.away {
        let idle = idle.and_then(|idle| TimeDelta::from_std(idle).ok()).unwrap_or_default();
        let next_at = (now - idle).max(held.due_at) + interval;
        return if next_at > now {
            AfterHold::Returned { next_at }
        } else {
            AfterHold::LetGo
        };
    }
    if now - held.due_at < interval {
        AfterHold::Offer { due_at: held.due_at }
    } else {
        AfterHold::LetGo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INTERVAL: Duration = Duration::from_secs(45 * 60);

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_state_the_desktop_says_holds_a_bell_when_its_setting_is_on() {
        let state = DesktopState {
            do_not_disturb: Some(true),
            fullscreen: Some(true),
            in_a_call: Some(true),
            screen_locked: Some(true),
            idle: Some(INTERVAL + Duration::from_secs(1)),
            on_battery: Some(true),
        };
        let on = HoldSettings {
            on_battery: true,
            ..HoldSettings::default()
        };
        assert_eq!(
            held_by(&state, &on, INTERVAL),
            [
                HoldReason::DoNotDisturb,
                HoldReason::Fullscreen,
                HoldReason::InACall,
                HoldReason::ScreenLocked,
                HoldReason::Away,
                HoldReason::OnBattery
            ]
        );
        // The battery is off by default; what cannot be told holds nothing.
        assert_eq!(
            held_by(&state, &HoldSettings::default(), INTERVAL).last(),
            Some(&HoldReason::Away)
        );
        assert!(held_by(&DesktopState::default(), &on, INTERVAL).is_empty());
        // Idle for less than the interval is not away.
        let short = DesktopState {
            idle: Some(INTERVAL),
            ..DesktopState::default()
        };
        assert!(held_by(&short, &on, INTERVAL).is_empty());
    }

    #[test]
    fn a_short_hold_offers_the_bell_a_long_one_lets_it_go_and_coming_back_waits_an_interval() {
        let due_at = at("2026-12-07T10:00:00+01:00");
        let held = HeldBell { due_at, away: false };
        assert_eq!(
            after_hold(held, at("2026-12-07T10:20:00+01:00"), None, INTERVAL),
            AfterHold::Offer { due_at }
        );
        assert_eq!(
            after_hold(held, at("2026-12-07T10:45:00+01:00"), None, INTERVAL),
            AfterHold::LetGo
        );
        let away = HeldBell { due_at, away: true };
        assert_eq!(
            after_hold(away, at("2026-12-07T10:05:00+01:00"), Some(Duration::ZERO), INTERVAL),
            AfterHold::Returned {
                next_at: at("2026-12-07T10:50:00+01:00")
            }
        );
        // Seen only at the next bell, back for forty minutes already: the
        // interval counts from the return, not from now.
        assert_eq!(
            after_hold(
                away,
                at("2026-12-07T10:45:00+01:00"),
                Some(Duration::from_secs(40 * 60)),
                INTERVAL
            ),
            AfterHold::Returned {
                next_at: at("2026-12-07T10:50:00+01:00")
            }
        );
        // Back more than an interval ago: nothing waits any more.
        assert_eq!(
            after_hold(
                away,
                at("2026-12-07T11:30:00+01:00"),
                Some(Duration::from_secs(50 * 60)),
                INTERVAL
            ),
            AfterHold::LetGo
        );
    }
}
