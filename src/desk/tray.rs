//! The tray icon (a StatusNotifierItem, through `ksni`): the time of the
//! next bell of mindfulness, quieting the bells for a while, the pause,
//! opening the window and quitting.
//!
//! The menu's content is [`menu`], a function of a small [`TrayState`];
//! its words are made on the owner's thread (in the window's language)
//! and handed to the tray, which only shows them. A chosen item comes back
//! through [`Tray::take`], with a call to the owner's `wake`.

use std::sync::mpsc;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::Wake;

/// What the tray's menu asks of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrayAction {
    QuietForAnHour,
    QuietUntilTomorrow,
    /// Let the bells ring again after quieting them.
    Resume,
    TakePause,
    /// The offered pause, again in the schedule's snooze minutes.
    Snooze,
    /// The offered pause let go.
    NotNow,
    Open,
    Quit,
}

impl TrayAction {
    /// Carries out on `bells` a choice about their quiet (an hour, until
    /// tomorrow, ring again); says whether this was one (the others are
    /// the owner's to carry out).
    pub fn quiet_bells(
        self,
        bells: &mut crate::pause::PauseBells,
        schedule: &crate::pause::PauseSchedule,
        now: DateTime<FixedOffset>,
    ) -> bool {
        match self {
            TrayAction::QuietForAnHour => bells.quiet(schedule, now + chrono::TimeDelta::hours(1)),
            TrayAction::QuietUntilTomorrow => bells.quiet(schedule, crate::pause::start_of_tomorrow(now)),
            TrayAction::Resume => bells.resume(schedule, now),
            TrayAction::TakePause | TrayAction::Snooze | TrayAction::NotNow | TrayAction::Open | TrayAction::Quit => {
                return false;
            }
        }
        true
    }
}

/// What the menu shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrayState {
    /// Today, to say a bell's time without its day.
    pub today: NaiveDate,
    /// Whether the bells at the desk are on.
    pub bells_on: bool,
    /// The next bell, when one is known.
    pub next_bell: Option<DateTime<FixedOffset>>,
    /// The bells are quiet until then.
    pub quiet_until: Option<DateTime<FixedOffset>>,
    /// Why the last bell due was held, while it is.
    pub held: Option<super::hold::HoldReason>,
    /// A bell's offer of the pause, waiting in the menu (where
    /// notifications carry no buttons).
    pub offer: Option<TrayOffer>,
}

/// A pause offered in the menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrayOffer {
    /// When the bell rang.
    pub rang_at: DateTime<FixedOffset>,
    /// The snooze it offers, in minutes.
    pub snooze_minutes: u32,
}

impl TrayState {
    /// The menu's state for the bells as they stand at `now`: the next
    /// bell is the one `bells` knows of, or the schedule's.
    pub fn of(
        bells: &crate::pause::PauseBells,
        schedule: &crate::pause::PauseSchedule,
        now: DateTime<FixedOffset>,
    ) -> TrayState {
        TrayState {
            today: now.date_naive(),
            bells_on: schedule.enabled,
            next_bell: bells.upcoming().or_else(|| schedule.next_bell(now)),
            quiet_until: bells.quiet_until,
            held: None,
            offer: None,
        }
    }
}

/// One line of the menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrayEntry {
    /// Words to read, not an item to choose.
    Note(String),
    Item(String, TrayAction),
    Separator,
}

/// The menu for `state`, in this thread's language.
pub fn menu(state: &TrayState) -> Vec<TrayEntry> {
    let when = |moment: &DateTime<FixedOffset>| {
        let key = if moment.date_naive() == state.today {
            "desktop-tray-time-today"
        } else {
            "settings-pause-next-date"
        };
        crate::i18n::date(key, moment)
    };
    let mut entries = Vec::new();
    let status = match (state.bells_on, state.quiet_until, state.next_bell) {
        (false, _, _) => crate::t!("desktop-tray-bells-off"),
        (true, Some(until), _) => crate::t!("desktop-tray-quiet-until", when = when(&until)),
        (true, None, Some(next)) => crate::t!("desktop-tray-next-bell", when = when(&next)),
        (true, None, None) => crate::t!("settings-pause-none"),
    };
    entries.push(TrayEntry::Note(status));
    if let Some(reason) = state.held.filter(|_| state.bells_on) {
        entries.push(TrayEntry::Note(crate::t!("desk-held", reasons = reason.words())));
    }
    if let Some(offer) = state.offer {
        entries.push(TrayEntry::Note(crate::t!(
            "desktop-tray-offer",
            when = when(&offer.rang_at)
        )));
        entries.push(TrayEntry::Item(
            crate::t!("app-pause-offer-take"),
            TrayAction::TakePause,
        ));
        entries.push(TrayEntry::Item(
            crate::t!("app-pause-offer-snooze", minutes = offer.snooze_minutes),
            TrayAction::Snooze,
        ));
        entries.push(TrayEntry::Item(
            crate::t!("app-pause-offer-not-now"),
            TrayAction::NotNow,
        ));
        entries.push(TrayEntry::Separator);
    }
    if state.bells_on {
        match state.quiet_until {
            Some(_) => entries.push(TrayEntry::Item(crate::t!("desktop-tray-resume"), TrayAction::Resume)),
            None => entries.push(TrayEntry::Item(
                crate::t!("desktop-tray-quiet-hour"),
                TrayAction::QuietForAnHour,
            )),
        }
        entries.push(TrayEntry::Item(
            crate::t!("desktop-tray-quiet-tomorrow"),
            TrayAction::QuietUntilTomorrow,
        ));
    }
    entries.push(TrayEntry::Separator);
    entries.push(TrayEntry::Item(
        crate::t!("desktop-tray-take-pause"),
        TrayAction::TakePause,
    ));
    entries.push(TrayEntry::Item(crate::t!("desktop-open"), TrayAction::Open));
    entries.push(TrayEntry::Separator);
    entries.push(TrayEntry::Item(crate::t!("desktop-tray-quit"), TrayAction::Quit));
    entries
}

/// The item the tray host shows.
struct TrayIcon {
    entries: Vec<TrayEntry>,
    send: mpsc::Sender<TrayAction>,
    wake: Wake,
}

impl ksni::Tray for TrayIcon {
    fn id(&self) -> String {
        "stillpoint".into()
    }

    fn title(&self) -> String {
        "Stillpoint".into()
    }

    fn icon_name(&self) -> String {
        "stillpoint".into()
    }

    // Drawn as the window's icon is, for a host that finds no installed
    // `stillpoint` icon.
    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        let icon = crate::icon::Icon::drawn();
        let data = icon
            .rgba
            .chunks_exact(4)
            .flat_map(|p| [p[3], p[0], p[1], p[2]])
            .collect();
        vec![ksni::Icon {
            width: icon.size as i32,
            height: icon.size as i32,
            data,
        }]
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        // The notes at the top of the menu: the next bell, and why the
        // last one was held.
        let notes: Vec<&str> = self
            .entries
            .iter()
            .map_while(|entry| match entry {
                TrayEntry::Note(words) => Some(words.as_str()),
                _ => None,
            })
            .collect();
        let description = notes.join("\n");
        ksni::ToolTip {
            title: "Stillpoint".into(),
            description,
            ..Default::default()
        }
    }

    fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
        self.entries
            .iter()
            .map(|entry| match entry {
                TrayEntry::Note(words) => ksni::menu::StandardItem {
                    label: words.clone(),
                    enabled: false,
                    ..Default::default()
                }
                .into(),
                TrayEntry::Item(label, action) => {
                    let action = *action;
                    ksni::menu::StandardItem {
                        label: label.clone(),
                        activate: Box::new(move |icon: &mut TrayIcon| {
                            if icon.send.send(action).is_ok() {
                                (icon.wake)();
                            }
                        }),
                        ..Default::default()
                    }
                    .into()
                }
                TrayEntry::Separator => ksni::MenuItem::Separator,
            })
            .collect()
    }

    // A click on the icon opens the window, as in other trays.
    fn activate(&mut self, _x: i32, _y: i32) {
        if self.send.send(TrayAction::Open).is_ok() {
            (self.wake)();
        }
    }
}

/// The tray icon, shown.
pub struct Tray {
    handle: ksni::blocking::Handle<TrayIcon>,
    events: mpsc::Receiver<TrayAction>,
    shown: TrayState,
}

impl Tray {
    /// Shows the icon with the menu for `state`. Waits on the session bus
    /// (do it off the window's thread); an error says why there is no tray
    /// (no bus, or no tray host on it).
    pub fn start(state: TrayState, wake: Wake) -> Result<Tray, ksni::Error> {
        use ksni::blocking::TrayMethods;
        let (send, events) = mpsc::channel();
        let icon = TrayIcon {
            entries: menu(&state),
            send,
            wake,
        };
        let handle = icon.spawn()?;
        Ok(Tray {
            handle,
            events,
            shown: state,
        })
    }

    /// Shows `state`, when it differs from what is shown.
    pub fn show(&mut self, state: TrayState) {
        if state != self.shown {
            let entries = menu(&state);
            self.handle.update(move |icon| icon.entries = entries);
            self.shown = state;
        }
    }

    /// The items chosen since the last call, oldest first.
    pub fn take(&self) -> Vec<TrayAction> {
        self.events.try_iter().collect()
    }
}

impl Drop for Tray {
    fn drop(&mut self) {
        self.handle.shutdown().wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn state(bells_on: bool, next: Option<&str>, quiet: Option<&str>) -> TrayState {
        TrayState {
            today: at("2026-03-02T08:00:00+01:00").date_naive(),
            bells_on,
            next_bell: next.map(at),
            quiet_until: quiet.map(at),
            held: None,
            offer: None,
        }
    }

    /// The menu as lines: a note in brackets, an item with its action.
    fn check(state: TrayState, expected: &[&str]) {
        crate::i18n::use_locale(crate::i18n::Locale::new(crate::i18n::Language::English, None));
        let lines: Vec<String> = menu(&state)
            .into_iter()
            .map(|entry| match entry {
                TrayEntry::Note(words) => format!("[{words}]"),
                TrayEntry::Item(label, action) => format!("{label} -> {action:?}"),
                TrayEntry::Separator => "---".into(),
            })
            .collect();
        assert_eq!(lines, expected, "{state:?}");
    }

    #[test]
    fn the_menu_says_the_next_bell_and_offers_quiet() {
        check(
            state(true, Some("2026-03-02T10:30:00+01:00"), None),
            &[
                "[Next bell at 10:30]",
                "Quiet the bells for an hour -> QuietForAnHour",
                "Quiet the bells until tomorrow -> QuietUntilTomorrow",
                "---",
                "Take the pause now -> TakePause",
                "Open Stillpoint -> Open",
                "---",
                "Quit Stillpoint -> Quit",
            ],
        );
    }

    #[test]
    fn a_bell_on_another_day_is_said_with_its_day() {
        crate::i18n::use_locale(crate::i18n::Locale::new(crate::i18n::Language::English, None));
        let entries = menu(&state(true, Some("2026-03-03T09:30:00+01:00"), None));
        assert_eq!(entries[0], TrayEntry::Note("Next bell at Tuesday 09:30".into()));
    }

    #[test]
    fn quiet_bells_say_until_when_and_can_ring_again() {
        check(
            state(
                true,
                Some("2026-03-03T09:30:00+01:00"),
                Some("2026-03-03T00:00:00+01:00"),
            ),
            &[
                "[Bells quiet until Tuesday 00:00]",
                "Let the bells ring again -> Resume",
                "Quiet the bells until tomorrow -> QuietUntilTomorrow",
                "---",
                "Take the pause now -> TakePause",
                "Open Stillpoint -> Open",
                "---",
                "Quit Stillpoint -> Quit",
            ],
        );
    }

    #[test]
    fn with_the_bells_off_only_the_pause_the_window_and_quit_remain() {
        check(
            state(false, None, None),
            &[
                "[The bells at the desk are off]",
                "---",
                "Take the pause now -> TakePause",
                "Open Stillpoint -> Open",
                "---",
                "Quit Stillpoint -> Quit",
            ],
        );
    }
}
