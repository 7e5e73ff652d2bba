//! `stillpoint desk status`: the bells at the desk as they stand, and for
//! this moment whether a bell would ring and, if not, every reason that
//! holds it, read from the desktop as the keeper reads it.

use chrono::{DateTime, FixedOffset};

use super::hold::{DesktopState, HoldReason, held_by};
use super::keeper::DeskSettings;

/// The bells' state at a moment.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DeskStatus {
    pub enabled: bool,
    /// The next bell as the schedule and a quiet have it.
    pub next_bell: Option<DateTime<FixedOffset>>,
    pub quiet_until: Option<DateTime<FixedOffset>>,
    /// Why a bell would not ring now; empty when it would.
    pub held_by: Vec<HoldReason>,
}

/// The status at `now` under `settings`, with the quiet asked for until
/// `quiet_until` and what the desktop said.
pub fn desk_status(
    settings: &DeskSettings,
    quiet_until: Option<DateTime<FixedOffset>>,
    desktop: &DesktopState,
    now: DateTime<FixedOffset>,
) -> DeskStatus {
    let schedule = settings.pause.clamped();
    let quiet_until = quiet_until.filter(|until| *until > now);
    let after = quiet_until.map_or(now, |until| until - chrono::TimeDelta::seconds(1));
    let mut held = held_by(desktop, &settings.hold, schedule.interval());
    if quiet_until.is_some() {
        held.push(HoldReason::Quiet);
    }
    if !schedule.enabled {
        held.push(HoldReason::Off);
    } else if !schedule.in_hours(now) {
        held.push(HoldReason::OutsideHours);
    }
    DeskStatus {
        enabled: schedule.enabled,
        next_bell: schedule.next_bell(after),
        quiet_until,
        held_by: held,
    }
}

impl HoldReason {
    /// The reason in the reader's words: "a window is fullscreen".
    pub fn words(self) -> String {
        match self {
            Self::DoNotDisturb => crate::t!("desk-held-do-not-disturb"),
            Self::Fullscreen => crate::t!("desk-held-fullscreen"),
            Self::InACall => crate::t!("desk-held-in-a-call"),
            Self::ScreenLocked => crate::t!("desk-held-screen-locked"),
            Self::Away => crate::t!("desk-held-away"),
            Self::OnBattery => crate::t!("desk-held-on-battery"),
            Self::Quiet => crate::t!("desk-held-quiet"),
            Self::OutsideHours => crate::t!("desk-held-outside-hours"),
            Self::Off => crate::t!("desk-held-off"),
        }
    }
}

impl DeskStatus {
    /// "Held: a window is fullscreen; do not disturb is on", or that a
    /// bell would ring now.
    pub fn held_words(&self) -> String {
        if self.held_by.is_empty() {
            return crate::t!("desk-would-ring");
        }
        let reasons: Vec<String> = self.held_by.iter().map(|r| r.words()).collect();
        crate::t!("desk-held", reasons = reasons.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_status_names_every_reason_and_the_next_bell() {
        let mut settings = DeskSettings::default();
        settings.pause.enabled = true;
        // A Monday at 10:10, in hours.
        let now = at("2026-12-07T10:10:00+01:00");
        let status = desk_status(&settings, None, &DesktopState::default(), now);
        assert_eq!(status.held_by, []);
        assert_eq!(status.next_bell, Some(at("2026-12-07T10:30:00+01:00")));
        let desktop = DesktopState {
            do_not_disturb: Some(true),
            fullscreen: Some(true),
            ..DesktopState::default()
        };
        let quiet = Some(at("2026-12-07T12:00:00+01:00"));
        let status = desk_status(&settings, quiet, &desktop, now);
        assert_eq!(
            status.held_by,
            [HoldReason::DoNotDisturb, HoldReason::Fullscreen, HoldReason::Quiet]
        );
        assert_eq!(status.next_bell, Some(at("2026-12-07T12:00:00+01:00")));
        // Saturday: outside the bells' days.
        let saturday = desk_status(
            &settings,
            None,
            &DesktopState::default(),
            at("2026-12-12T10:10:00+01:00"),
        );
        assert_eq!(saturday.held_by, [HoldReason::OutsideHours]);
        // Turned off: said as off, not as outside the hours.
        settings.pause.enabled = false;
        let off = desk_status(&settings, None, &DesktopState::default(), now);
        assert_eq!(off.held_by, [HoldReason::Off]);
        assert!(!off.enabled);
    }
}
