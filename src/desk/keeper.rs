//! The bells at the desk kept from the tray, with no window: what runs
//! when Stillpoint starts at login, and when the window is closed while the
//! bells are on. It holds the tray icon, the pause bells and their
//! notifications, the daily reminder and the socket a second start talks
//! to, and sleeps between them: no window, no drawing, no frames.
//!
//! [`DeskKeeper`] decides, from the time it is given and what happened;
//! [`keep`] runs it on the desktop. Whatever asks for the window ("Open
//! Stillpoint", taking the pause, a notification clicked, a second start)
//! ends the keeper with a [`Leave::Window`]: the window then opens in this
//! same process, and takes the tray over.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use super::hold::{AfterHold, DesktopState, HeldBell, HoldReason, after_hold, held_by};
use super::kept::KeptState;
use super::notifications::{Message, NotificationEvent, Notifier, PauseChoice, Service};
use super::tray::{Tray, TrayAction, TrayState};
use crate::instance::Request;
use crate::paths::DataDir;
use crate::pause::{PauseBells, PauseOffer};
use crate::practice::WallClock;

/// The longest the keeper sleeps with nothing due: the tray's "next bell"
/// stays right across a change of the system's clock or time zone.
const LONGEST_SLEEP: Duration = Duration::from_secs(15 * 60);

/// What the window opens with, when the keeper hands over to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// The library, as when the app is opened.
    Library,
    /// The three-minute pause, started.
    Pause,
    /// A bell's offer of the pause, to take or let go (where the desktop
    /// has no notification service to offer it in).
    Offer(PauseOffer),
    /// Minimized: there is no tray to keep the bells in.
    Minimized,
}

/// What the keeper needs of the practitioner's settings.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DeskSettings {
    /// The bells at the desk.
    pub pause: crate::pause::PauseSchedule,
    pub reminder: super::reminder::DailyReminder,
    /// How loud the bell rings.
    pub volumes: crate::audio::Volumes,
    /// What in the desktop holds a bell.
    pub hold: super::hold::HoldSettings,
}

/// Why the keeper stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leave {
    /// "Quit Stillpoint" from the tray.
    Quit,
    /// The window is wanted.
    Window(Opening),
}

/// What the keeper asks of the desktop.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Ring the pause bell.
    Ring,
    /// Offer the pause as a notification, in place of the last offer.
    Offer(Message),
    /// Take the last offer off the screen, unanswered.
    Withdraw,
    /// Send the daily reminder.
    Remind(Message),
    /// The kept state changed: write it.
    Keep(KeptState),
    Leave(Leave),
}

/// The keeper's decisions, from the time it is given: which bell rings,
/// what a notification's or the tray's answer does, when the reminder
/// comes.
pub struct DeskKeeper {
    settings: DeskSettings,
    bells: PauseBells,
    kept: KeptState,
    /// A bell rang before the notification service was known: its offer
    /// waits for it.
    waiting_offer: Option<PauseOffer>,
    /// The offer last sent as a notification, while it is unanswered.
    offered: Option<PauseOffer>,
    /// The offer waiting in the tray's menu (the notification service
    /// shows no buttons).
    tray_offer: Option<PauseOffer>,
    /// Reads the desktop when a bell comes due; without one, nothing holds
    /// a bell.
    desktop: Option<Box<dyn Fn() -> DesktopState + Send>>,
    /// The bell held last, and why: what the tray says.
    held: Option<(HeldBell, Vec<HoldReason>)>,
}

impl DeskKeeper {
    /// The keeper for `settings`, with what was `kept` from earlier runs
    /// (a quiet still to come is honoured).
    pub fn new(settings: DeskSettings, kept: KeptState, now: DateTime<FixedOffset>) -> DeskKeeper {
        let mut bells = PauseBells::default();
        if let Some(until) = kept.quiet_until.filter(|until| *until > now) {
            bells.quiet(&settings.pause, until);
        }
        DeskKeeper {
            settings,
            bells,
            kept,
            waiting_offer: None,
            offered: None,
            tray_offer: None,
            desktop: None,
            held: None,
        }
    }

    /// Reads the desktop with `read` whenever a bell comes due, to hold
    /// it while the desktop says not now.
    pub fn read_desktop_with(&mut self, read: impl Fn() -> DesktopState + Send + 'static) {
        self.desktop = Some(Box::new(read));
    }

    /// The reasons the last bell was held, while it is.
    pub fn held_by(&self) -> &[HoldReason] {
        self.held.as_ref().map_or(&[], |(_, reasons)| reasons)
    }

    /// What is due at `now`: a bell, its offer, the reminder.
    /// `practised_today` is asked only when the reminder's time has come.
    pub fn tick(
        &mut self,
        now: DateTime<FixedOffset>,
        service: Service,
        practised_today: impl FnOnce() -> bool,
    ) -> Vec<Effect> {
        let mut effects = Vec::new();
        let quiet_before = self.bells.quiet_until;
        let interval = self.settings.pause.interval();
        // The desktop is read at most once a tick, and only when a bell is
        // held or due.
        let mut read: Option<(DesktopState, Vec<HoldReason>)> = None;
        let mut holds = |keeper: &Self| {
            read.get_or_insert_with(|| {
                let state = keeper.desktop.as_ref().map(|read| read()).unwrap_or_default();
                let reasons = held_by(&state, &keeper.settings.hold, interval);
                (state, reasons)
            })
            .clone()
        };
        // While a bell is held, each waking asks whether the hold is over.
        if let Some((held, _)) = self.held {
            let (state, reasons) = holds(self);
            if reasons.is_empty() {
                self.held = None;
                match after_hold(held, now, state.idle, interval) {
                    // Offered once, softly: no bell, only the offer.
                    AfterHold::Offer { due_at } => self.waiting_offer = Some(PauseOffer { rang_at: due_at }),
                    AfterHold::LetGo => {}
                    AfterHold::Returned { next_at } => self.bells.ring_from(&self.settings.pause, next_at),
                }
            } else {
                self.held = Some((held, reasons));
            }
        }
        if let Some(offer) = self.bells.due(&self.settings.pause, now) {
            let (_, reasons) = holds(self);
            let unanswered = self.offered.take().is_some() | self.tray_offer.take().is_some();
            if reasons.is_empty() {
                self.held = None;
                // An offer not answered is replaced by this bell's.
                effects.push(Effect::Ring);
                self.waiting_offer = Some(offer);
            } else {
                // An offer not answered is withdrawn.
                if unanswered {
                    effects.push(Effect::Withdraw);
                }
                // No sound, no notification, no window.
                let away = reasons.contains(&HoldReason::Away);
                self.held = Some((
                    HeldBell {
                        due_at: offer.rang_at,
                        away,
                    },
                    reasons,
                ));
            }
        }
        if self.bells.quiet_until != quiet_before {
            // The quiet is over.
            self.kept.quiet_until = self.bells.quiet_until;
            effects.push(Effect::Keep(self.kept));
        }
        if let Some(offer) = self.waiting_offer {
            match service {
                Service::Unknown => {}
                Service::Present => {
                    self.waiting_offer = None;
                    self.offered = Some(offer);
                    let snooze = self.settings.pause.clamped().snooze_minutes;
                    effects.push(Effect::Offer(Message::pause_offer(snooze)));
                }
                Service::Plain => {
                    // Words on the screen, the answers in the menu.
                    self.waiting_offer = None;
                    self.offered = Some(offer);
                    self.tray_offer = Some(offer);
                    effects.push(Effect::Offer(Message::pause_offer_plain()));
                }
                Service::Absent => {
                    self.waiting_offer = None;
                    effects.push(Effect::Leave(Leave::Window(Opening::Offer(offer))));
                }
            }
        }
        let reminder = self.settings.reminder;
        if matches!(service, Service::Present | Service::Plain)
            && reminder.enabled
            && reminder.due(now, self.kept.reminder_fired, false)
            && !practised_today()
        {
            self.kept.reminder_fired = Some(now);
            effects.push(Effect::Remind(Message::reminder()));
            effects.push(Effect::Keep(self.kept));
        }
        effects
    }

    /// What a notification's answer does.
    pub fn answer(&mut self, event: NotificationEvent, now: DateTime<FixedOffset>) -> Option<Leave> {
        if matches!(event, NotificationEvent::Pause(_)) {
            self.tray_offer = None;
        }
        match event {
            NotificationEvent::Pause(PauseChoice::Take) => {
                self.offered = None;
                Some(Leave::Window(Opening::Pause))
            }
            NotificationEvent::Pause(PauseChoice::Snooze) => {
                self.offered = None;
                self.bells.snooze(&self.settings.pause, now);
                None
            }
            NotificationEvent::Pause(PauseChoice::NotNow) => {
                self.offered = None;
                None
            }
            NotificationEvent::Pause(PauseChoice::Open) | NotificationEvent::OfferNotShown => {
                let offer = self.offered.take().unwrap_or(PauseOffer { rang_at: now });
                Some(Leave::Window(Opening::Offer(offer)))
            }
            NotificationEvent::ReminderOpened => Some(Leave::Window(Opening::Library)),
        }
    }

    /// What an item chosen in the tray's menu does; a quiet asked for or
    /// let go comes back as [`Effect::Keep`].
    pub fn choose(&mut self, action: TrayAction, now: DateTime<FixedOffset>) -> Option<Effect> {
        let leave = match action {
            TrayAction::QuietForAnHour | TrayAction::QuietUntilTomorrow | TrayAction::Resume => {
                action.quiet_bells(&mut self.bells, &self.settings.pause, now);
                self.kept.quiet_until = self.bells.quiet_until;
                return Some(Effect::Keep(self.kept));
            }
            TrayAction::Snooze | TrayAction::NotNow => {
                // The offer answered from the menu: its words go too.
                if action == TrayAction::Snooze {
                    self.bells.snooze(&self.settings.pause, now);
                }
                self.tray_offer = None;
                self.offered = None;
                return Some(Effect::Withdraw);
            }
            TrayAction::TakePause => {
                self.tray_offer = None;
                self.offered = None;
                Leave::Window(Opening::Pause)
            }
            TrayAction::Open => Leave::Window(Opening::Library),
            TrayAction::Quit => Leave::Quit,
        };
        Some(Effect::Leave(leave))
    }

    /// What a second start's request does: the window, with the pause
    /// when asked for.
    pub fn request(&self, request: Request) -> Leave {
        match request {
            Request::Pause => Leave::Window(Opening::Pause),
            Request::Show => Leave::Window(Opening::Library),
        }
    }

    /// What the tray's menu shows at `now`.
    pub fn tray_state(&self, now: DateTime<FixedOffset>) -> TrayState {
        TrayState {
            held: self.held_by().first().copied(),
            offer: self.tray_offer.map(|offer| super::tray::TrayOffer {
                rang_at: offer.rang_at,
                snooze_minutes: self.settings.pause.clamped().snooze_minutes,
            }),
            ..TrayState::of(&self.bells, &self.settings.pause, now)
        }
    }

    /// How long the keeper may sleep at `now` before something is due: the
    /// next bell, the reminder's time, or the end of the day (the menu
    /// names bells by their day).
    pub fn sleep(&self, now: DateTime<FixedOffset>) -> Duration {
        let tomorrow = (crate::pause::start_of_tomorrow(now) - now).to_std().ok();
        let due = [
            self.bells.wait(now),
            self.bells.quiet_until.and_then(|until| (until - now).to_std().ok()),
            self.settings.reminder.wait(now),
            tomorrow,
        ];
        let first = due.into_iter().flatten().min().unwrap_or(LONGEST_SLEEP);
        // A moment past the time, so that it has come when woken.
        (first + Duration::from_millis(50)).min(LONGEST_SLEEP)
    }
}

/// Whether any practice counts towards the practice day of `now`, as the
/// log on disk says (an unreadable log counts as none).
pub fn practised_today(data: &DataDir, now: DateTime<FixedOffset>) -> bool {
    use crate::practice::{PracticeLog, PracticeRules, compute_stats};
    let Ok(loaded) = PracticeLog::of(data).load() else {
        return false;
    };
    let rules = PracticeRules::load(&data.practice_rules());
    compute_stats(&loaded.entries, &rules, now, crate::i18n::locale().first_weekday()).today_secs > 0
}

/// Runs the keeper on the desktop until the window is wanted or the
/// practitioner quits: the tray icon, the bells through the sound device,
/// notifications, the daily reminder and requests on `socket`. Where no
/// tray host answers, it stops at once with [`Opening::Minimized`]. An
/// error says why the keeper could not start (the socket could not be
/// listened on). It speaks this thread's language.
pub fn keep(data: &DataDir, socket: &Path, settings: DeskSettings, wall: &dyn WallClock) -> std::io::Result<Leave> {
    let kept = KeptState::recall(&data.desk_state());
    let (send, woken) = mpsc::channel::<()>();
    let wake: super::Wake = {
        let send = std::sync::Mutex::new(send);
        std::sync::Arc::new(move || {
            if let Ok(send) = send.lock() {
                let _ = send.send(());
            }
        })
    };
    let mut keeper = DeskKeeper::new(settings, kept, wall.now());
    // The desktop's buses are opened at the first bell, not before: the
    // tray with nothing due holds no more connections than it needs.
    let desktop = std::sync::OnceLock::new();
    keeper.read_desktop_with(move || super::desktop::Desktop::read_opening(&desktop));
    let requests = {
        let wake = wake.clone();
        crate::instance::Listener::start(socket, move || wake())?
    };
    let mut tray = match Tray::start(keeper.tray_state(wall.now()), wake.clone()) {
        Ok(tray) => tray,
        Err(_) => return Ok(Leave::Window(Opening::Minimized)),
    };
    let notifier = Notifier::start(wake.clone());
    // A hold can end at any moment: the desktop's signals wake the keeper
    // while a bell is held.
    let holding = Arc::new(AtomicBool::new(false));
    super::desktop::follow(wake.clone(), holding.clone());
    // The wait below counts on a clock that stops while the computer
    // sleeps; the alarm wakes the keeper on the wall clock's time.
    let alarm = super::alarm::Alarm::start(wake).ok();
    let said_no_device = Arc::new(AtomicBool::new(false));
    loop {
        let now = wall.now();
        let mut leave = None;
        let mut effects = keeper.tick(now, notifier.service(), || practised_today(data, now));
        for event in notifier.take() {
            leave = leave.or(keeper.answer(event, now));
        }
        for action in tray.take() {
            effects.extend(keeper.choose(action, now));
        }
        for request in requests.take() {
            leave = leave.or(Some(keeper.request(request)));
        }
        for effect in effects {
            match effect {
                Effect::Ring => {
                    let said = said_no_device.clone();
                    super::ring_pause_bell_apart(keeper.settings.volumes, move |reason| {
                        if !said.swap(true, Ordering::Relaxed) {
                            let note = crate::t!("desktop-no-sound-device", reason = reason);
                            eprintln!("stillpoint: {}", crate::t!("cli-note", message = note));
                        }
                    });
                }
                Effect::Offer(message) => notifier.offer_pause(message),
                Effect::Withdraw => notifier.withdraw_offer(),
                Effect::Remind(message) => notifier.remind(message),
                Effect::Keep(state) => state.keep(&data.desk_state()),
                Effect::Leave(wanted) => leave = leave.or(Some(wanted)),
            }
        }
        if let Some(leave) = leave {
            return Ok(leave);
        }
        holding.store(!keeper.held_by().is_empty(), Ordering::Relaxed);
        tray.show(keeper.tray_state(now));
        let sleep = keeper.sleep(now);
        // The alarm keeps the system's own clock: the same moment as the
        // wall clock's on the desktop, and a true one when the wall clock
        // given is not the system's.
        if let Some(alarm) = &alarm
            && let Ok(sleep) = chrono::TimeDelta::from_std(sleep)
        {
            alarm.ring_at(chrono::Utc::now().fixed_offset() + sleep);
        }
        // Woken early by the tray, a notification or a request; either way
        // the loop looks at everything again.
        let _ = woken.recv_timeout(sleep);
        while woken.try_recv().is_ok() {}
    }
}

/// Starts `stillpoint --background` on `data` as a process of its own:
/// the bells kept in the tray after the window has closed.
pub fn start_in_background(data: &DataDir) -> std::io::Result<()> {
    background_command(&std::env::current_exe()?, data).spawn().map(drop)
}

/// The command that keeps the bells in the tray on `data` with the
/// `stillpoint` at `exe`, in a process group of its own (so that closing
/// the terminal the window was started from leaves it be).
pub fn background_command(exe: &Path, data: &DataDir) -> std::process::Command {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new(exe);
    command
        .arg("--data-dir")
        .arg(data.root())
        .arg("--background")
        .stdin(std::process::Stdio::null())
        .process_group(0);
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// The bells on (every 45 minutes from 9, weekdays; snoozed for ten), the reminder at
    /// 19:00; 2026-03-02 is a Monday.
    fn keeper_at(kept: KeptState, now: &str) -> DeskKeeper {
        let mut settings = DeskSettings::default();
        settings.pause.enabled = true;
        settings.reminder.enabled = true;
        DeskKeeper::new(settings, kept, at(now))
    }

    fn ticks(keeper: &mut DeskKeeper, now: &str, service: Service) -> Vec<Effect> {
        keeper.tick(at(now), service, || false)
    }

    #[test]
    fn a_bell_due_while_the_desktop_says_not_now_is_held_without_a_sound_or_a_notification() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:29:00+01:00");
        let do_not_disturb = Arc::new(AtomicBool::new(true));
        let read = do_not_disturb.clone();
        keeper.read_desktop_with(move || DesktopState {
            do_not_disturb: Some(read.load(Ordering::SeqCst)),
            ..DesktopState::default()
        });
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:29:00+01:00", Service::Present), []);
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:30:00+01:00", Service::Present), []);
        assert_eq!(keeper.held_by(), [HoldReason::DoNotDisturb]);
        crate::i18n::use_locale(crate::i18n::Locale::new(crate::i18n::Language::English, None));
        let menu = super::super::tray::menu(&keeper.tray_state(at("2026-03-02T10:30:01+01:00")));
        assert!(
            menu.contains(&super::super::tray::TrayEntry::Note(
                "Held: do not disturb is on.".into()
            )),
            "{menu:?}"
        );
        // Do not disturb is turned off ten minutes later: the held bell is
        // offered once, softly (no bell), and no more.
        do_not_disturb.store(false, Ordering::SeqCst);
        let effects = ticks(&mut keeper, "2026-03-02T10:40:00+01:00", Service::Present);
        assert!(matches!(effects[..], [Effect::Offer(_)]), "{effects:?}");
        assert_eq!(keeper.held_by(), []);
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:41:00+01:00", Service::Present), []);
        // The next bell rings.
        let effects = ticks(&mut keeper, "2026-03-02T11:15:00+01:00", Service::Present);
        assert_eq!(effects[0], Effect::Ring, "{effects:?}");
    }

    #[test]
    fn after_time_away_the_next_bell_is_a_full_interval_later() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:29:00+01:00");
        let idle = Arc::new(std::sync::atomic::AtomicU64::new(3_600));
        let read = idle.clone();
        keeper.read_desktop_with(move || DesktopState {
            idle: Some(Duration::from_secs(read.load(Ordering::SeqCst))),
            ..DesktopState::default()
        });
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:29:00+01:00", Service::Present), []);
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:30:00+01:00", Service::Present), []);
        assert_eq!(keeper.held_by(), [HoldReason::Away]);
        // Back at 10:50: nothing now, and not the 11:15 bell either.
        idle.store(5, Ordering::SeqCst);
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:50:00+01:00", Service::Present), []);
        assert_eq!(ticks(&mut keeper, "2026-03-02T11:15:00+01:00", Service::Present), []);
        assert_eq!(
            keeper.tray_state(at("2026-03-02T11:15:00+01:00")).next_bell,
            Some(at("2026-03-02T12:00:00+01:00"))
        );
        let effects = ticks(&mut keeper, "2026-03-02T12:00:00+01:00", Service::Present);
        assert_eq!(effects[0], Effect::Ring, "{effects:?}");
    }

    #[test]
    fn a_bell_held_longer_than_the_interval_is_let_go() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T16:29:00+01:00");
        let locked = Arc::new(AtomicBool::new(true));
        let read = locked.clone();
        keeper.read_desktop_with(move || DesktopState {
            screen_locked: Some(read.load(Ordering::SeqCst)),
            ..DesktopState::default()
        });
        assert_eq!(ticks(&mut keeper, "2026-03-02T16:29:00+01:00", Service::Present), []);
        // The day's last bell, held.
        assert_eq!(ticks(&mut keeper, "2026-03-02T16:30:00+01:00", Service::Present), []);
        assert_eq!(keeper.held_by(), [HoldReason::ScreenLocked]);
        // Unlocked fifty minutes later, after the bells' hours: let go.
        locked.store(false, Ordering::SeqCst);
        assert_eq!(ticks(&mut keeper, "2026-03-02T17:20:00+01:00", Service::Present), []);
        assert_eq!(keeper.held_by(), []);
    }

    #[test]
    fn a_bell_rings_and_is_offered_as_a_notification() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:29:00+01:00");
        assert_eq!(ticks(&mut keeper, "2026-03-02T10:29:00+01:00", Service::Present), []);
        assert_eq!(
            keeper.sleep(at("2026-03-02T10:29:00+01:00")),
            Duration::from_millis(60_050),
            "asleep until the bell"
        );
        let effects = ticks(&mut keeper, "2026-03-02T10:30:00+01:00", Service::Present);
        assert_eq!(effects[0], Effect::Ring);
        assert!(matches!(effects[1], Effect::Offer(_)), "{effects:?}");
        assert_eq!(effects.len(), 2, "{effects:?}");
        // Snoozed from the notification: it rings again in ten minutes.
        assert_eq!(
            keeper.answer(
                NotificationEvent::Pause(PauseChoice::Snooze),
                at("2026-03-02T10:30:10+01:00")
            ),
            None
        );
        assert_eq!(
            keeper.tray_state(at("2026-03-02T10:30:10+01:00")).next_bell,
            Some(at("2026-03-02T10:40:10+01:00"))
        );
        assert_eq!(
            keeper.answer(
                NotificationEvent::Pause(PauseChoice::Take),
                at("2026-03-02T10:35:20+01:00")
            ),
            Some(Leave::Window(Opening::Pause))
        );
    }

    #[test]
    fn without_buttons_on_notifications_the_offer_waits_in_the_menu_and_one_offer_is_shown_at_a_time() {
        crate::i18n::use_locale(crate::i18n::Locale::new(crate::i18n::Language::English, None));
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:29:00+01:00");
        let do_not_disturb = Arc::new(AtomicBool::new(false));
        let read = do_not_disturb.clone();
        keeper.read_desktop_with(move || DesktopState {
            do_not_disturb: Some(read.load(Ordering::SeqCst)),
            ..DesktopState::default()
        });
        ticks(&mut keeper, "2026-03-02T10:29:00+01:00", Service::Plain);
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T10:30:00+01:00", Service::Plain),
            [Effect::Ring, Effect::Offer(Message::pause_offer_plain())]
        );
        assert!(Message::pause_offer_plain().actions.is_empty());
        let menu = super::super::tray::menu(&keeper.tray_state(at("2026-03-02T10:30:01+01:00")));
        use super::super::tray::TrayEntry::{Item, Note};
        for entry in [
            Note("A bell at 10:30: a pause is offered".into()),
            Item("Take the pause".into(), TrayAction::TakePause),
            Item("In 10 minutes".into(), TrayAction::Snooze),
            Item("Not now".into(), TrayAction::NotNow),
        ] {
            assert!(menu.contains(&entry), "{entry:?} in {menu:?}");
        }
        // Not answered: the next bell's offer takes its place.
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T11:15:00+01:00", Service::Plain),
            [Effect::Ring, Effect::Offer(Message::pause_offer_plain())]
        );
        let offer = keeper.tray_state(at("2026-03-02T11:15:01+01:00")).offer;
        assert_eq!(offer.map(|o| o.rang_at), Some(at("2026-03-02T11:15:00+01:00")));
        // Snoozed from the menu: the words go, the bell comes in ten minutes.
        assert_eq!(
            keeper.choose(TrayAction::Snooze, at("2026-03-02T11:16:00+01:00")),
            Some(Effect::Withdraw)
        );
        let state = keeper.tray_state(at("2026-03-02T11:16:00+01:00"));
        assert_eq!(state.offer, None);
        assert_eq!(state.next_bell, Some(at("2026-03-02T11:26:00+01:00")));
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T11:26:00+01:00", Service::Plain),
            [Effect::Ring, Effect::Offer(Message::pause_offer_plain())]
        );
        // Not answered, and the next bell is held: the offer is withdrawn,
        // from the screen and the menu.
        do_not_disturb.store(true, Ordering::SeqCst);
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T12:00:00+01:00", Service::Plain),
            [Effect::Withdraw]
        );
        assert_eq!(keeper.tray_state(at("2026-03-02T12:00:00+01:00")).offer, None);
        // A bell held with no offer out withdraws nothing.
        assert_eq!(ticks(&mut keeper, "2026-03-02T12:45:00+01:00", Service::Plain), []);
    }

    #[test]
    fn a_notification_answered_is_not_withdrawn_and_one_unanswered_is() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:29:00+01:00");
        let locked = Arc::new(AtomicBool::new(false));
        let read = locked.clone();
        keeper.read_desktop_with(move || DesktopState {
            screen_locked: Some(read.load(Ordering::SeqCst)),
            ..DesktopState::default()
        });
        ticks(&mut keeper, "2026-03-02T10:29:00+01:00", Service::Present);
        ticks(&mut keeper, "2026-03-02T10:30:00+01:00", Service::Present);
        keeper.answer(
            NotificationEvent::Pause(PauseChoice::NotNow),
            at("2026-03-02T10:31:00+01:00"),
        );
        locked.store(true, Ordering::SeqCst);
        assert_eq!(ticks(&mut keeper, "2026-03-02T11:15:00+01:00", Service::Present), []);
        locked.store(false, Ordering::SeqCst);
        // Offered once the screen is unlocked; left unanswered, the next
        // bell (held again) withdraws it.
        let effects = ticks(&mut keeper, "2026-03-02T11:20:00+01:00", Service::Present);
        assert!(matches!(effects[..], [Effect::Offer(_)]), "{effects:?}");
        locked.store(true, Ordering::SeqCst);
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T12:00:00+01:00", Service::Present),
            [Effect::Withdraw]
        );
    }

    #[test]
    fn an_offer_waits_for_the_service_and_without_one_opens_the_window() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:29:00+01:00");
        ticks(&mut keeper, "2026-03-02T10:29:00+01:00", Service::Unknown);
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T10:30:00+01:00", Service::Unknown),
            [Effect::Ring],
            "the bell rings; its offer waits"
        );
        assert_eq!(
            ticks(&mut keeper, "2026-03-02T10:30:01+01:00", Service::Absent),
            [Effect::Leave(Leave::Window(Opening::Offer(PauseOffer {
                rang_at: at("2026-03-02T10:30:00+01:00")
            })))]
        );
    }

    #[test]
    fn a_quiet_from_the_tray_is_kept_and_holds_after_a_restart() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:00:00+01:00");
        ticks(&mut keeper, "2026-03-02T10:00:00+01:00", Service::Present);
        let kept = match keeper.choose(TrayAction::QuietUntilTomorrow, at("2026-03-02T10:00:00+01:00")) {
            Some(Effect::Keep(kept)) => kept,
            other => panic!("the quiet is to be kept: {other:?}"),
        };
        assert_eq!(kept.quiet_until, Some(at("2026-03-03T00:00:00+01:00")));
        // Started again (a restart, or the window handing over).
        let mut again = keeper_at(kept, "2026-03-02T12:00:00+01:00");
        assert_eq!(ticks(&mut again, "2026-03-02T12:00:00+01:00", Service::Present), []);
        assert_eq!(ticks(&mut again, "2026-03-02T15:45:00+01:00", Service::Present), []);
        let state = again.tray_state(at("2026-03-02T15:45:00+01:00"));
        assert_eq!(state.quiet_until, kept.quiet_until);
        assert_eq!(
            state.next_bell,
            Some(at("2026-03-03T09:45:00+01:00")),
            "the day's first bell, 45 minutes into its hours"
        );
        // The quiet over, it is kept as over.
        let effects = ticks(&mut again, "2026-03-03T09:45:00+01:00", Service::Present);
        assert_eq!(effects[0], Effect::Ring);
        assert!(effects.contains(&Effect::Keep(KeptState::default())), "{effects:?}");
        // A quiet that ended while Stillpoint was closed holds no more.
        let mut later = keeper_at(kept, "2026-03-03T10:00:00+01:00");
        assert_eq!(later.tray_state(at("2026-03-03T10:00:00+01:00")).quiet_until, None);
        ticks(&mut later, "2026-03-03T10:00:00+01:00", Service::Present);
        assert_eq!(
            ticks(&mut later, "2026-03-03T10:30:00+01:00", Service::Present)[0],
            Effect::Ring
        );
    }

    #[test]
    fn the_reminder_comes_once_on_a_day_not_yet_practised() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T18:00:00+01:00");
        let practised = keeper.tick(at("2026-03-02T19:00:00+01:00"), Service::Present, || true);
        assert_eq!(practised, [], "practised today: no reminder");
        let effects = ticks(&mut keeper, "2026-03-02T19:10:00+01:00", Service::Present);
        assert_eq!(effects[0], Effect::Remind(Message::reminder()));
        let fired = KeptState {
            quiet_until: None,
            reminder_fired: Some(at("2026-03-02T19:10:00+01:00")),
        };
        assert_eq!(effects[1], Effect::Keep(fired));
        assert_eq!(ticks(&mut keeper, "2026-03-02T19:20:00+01:00", Service::Present), []);
        // Restarted the same evening: it does not come again.
        let mut again = keeper_at(fired, "2026-03-02T20:00:00+01:00");
        assert_eq!(ticks(&mut again, "2026-03-02T20:00:00+01:00", Service::Present), []);
        // Nor with no service to show it.
        let mut silent = keeper_at(KeptState::default(), "2026-03-02T19:00:00+01:00");
        assert_eq!(ticks(&mut silent, "2026-03-02T19:00:00+01:00", Service::Absent), []);
    }

    #[test]
    fn the_window_is_opened_for_what_asks_for_it() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:00:00+01:00");
        let now = at("2026-03-02T10:00:00+01:00");
        assert_eq!(keeper.request(Request::Show), Leave::Window(Opening::Library));
        assert_eq!(keeper.request(Request::Pause), Leave::Window(Opening::Pause));
        for (action, leave) in [
            (TrayAction::Open, Leave::Window(Opening::Library)),
            (TrayAction::TakePause, Leave::Window(Opening::Pause)),
            (TrayAction::Quit, Leave::Quit),
        ] {
            assert_eq!(keeper.choose(action, now), Some(Effect::Leave(leave)));
        }
        assert_eq!(
            keeper.answer(NotificationEvent::ReminderOpened, now),
            Some(Leave::Window(Opening::Library))
        );
        assert_eq!(
            keeper.answer(NotificationEvent::Pause(PauseChoice::Open), now),
            Some(Leave::Window(Opening::Offer(PauseOffer { rang_at: now })))
        );
    }

    #[test]
    fn with_nothing_due_the_keeper_sleeps_until_the_day_turns() {
        let mut settings = DeskSettings::default();
        settings.pause.enabled = false;
        let keeper = DeskKeeper::new(settings, KeptState::default(), at("2026-03-02T23:00:00+01:00"));
        assert_eq!(keeper.sleep(at("2026-03-02T23:00:00+01:00")), LONGEST_SLEEP);
        assert_eq!(
            keeper.sleep(at("2026-03-02T23:59:00+01:00")),
            Duration::from_millis(60_050),
            "the menu names tomorrow's bells by their day"
        );
    }

    /// Ticks at each moment given, as the keeper wakes (after each, it
    /// would sleep until `sleep` says); gives the moments a bell rang.
    fn rung_at(keeper: &mut DeskKeeper, moments: &[&str]) -> Vec<String> {
        moments
            .iter()
            .filter(|now| ticks(keeper, now, Service::Present).contains(&Effect::Ring))
            .map(|now| (*now).to_owned())
            .collect()
    }

    #[test]
    fn after_a_suspend_no_missed_bell_rings_and_the_next_comes_on_time() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T10:00:00+01:00");
        ticks(&mut keeper, "2026-03-02T10:00:00+01:00", Service::Present);
        // Asleep from 10:00 to 12:55: four bells passed (10:30 to 12:45),
        // the last ten minutes ago.
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-02T12:55:00+01:00"]),
            Vec::<String>::new()
        );
        assert_eq!(
            keeper.tray_state(at("2026-03-02T12:55:00+01:00")).next_bell,
            Some(at("2026-03-02T13:30:00+01:00")),
            "the next bell on the schedule"
        );
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-02T13:29:59+01:00", "2026-03-02T13:30:00+01:00"]),
            ["2026-03-02T13:30:00+01:00"]
        );
        // Woken two minutes after a bell: that one rings, once.
        assert_eq!(
            rung_at(
                &mut keeper,
                &[
                    "2026-03-02T14:17:00+01:00",
                    "2026-03-02T14:17:01+01:00",
                    "2026-03-02T14:20:00+01:00"
                ]
            ),
            ["2026-03-02T14:17:00+01:00"]
        );
    }

    #[test]
    fn a_clock_set_back_or_forward_rings_no_burst_and_keeps_the_schedule() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T11:20:00+01:00");
        ticks(&mut keeper, "2026-03-02T11:20:00+01:00", Service::Present);
        // Set back an hour: the schedule's next bell from the new time is
        // 10:30, and it rings then, once.
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-02T10:20:00+01:00"]),
            Vec::<String>::new()
        );
        assert_eq!(
            keeper.sleep(at("2026-03-02T10:20:00+01:00")),
            Duration::from_millis(10 * 60_000 + 50)
        );
        assert_eq!(
            keeper.tray_state(at("2026-03-02T10:20:00+01:00")).next_bell,
            Some(at("2026-03-02T10:30:00+01:00"))
        );
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-02T10:30:00+01:00", "2026-03-02T10:30:05+01:00"]),
            ["2026-03-02T10:30:00+01:00"]
        );
        // Set forward three hours: nothing of the skipped hours rings.
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-02T13:35:00+01:00"]),
            ["2026-03-02T13:35:00+01:00"]
        );
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-02T13:36:00+01:00"]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn after_a_change_to_summer_time_the_bells_keep_to_the_local_hours() {
        // Europe's clocks went forward overnight (2026-03-29, a Sunday):
        // Monday's bells keep to the hours on the clock, now at +02:00.
        let mut keeper = keeper_at(KeptState::default(), "2026-03-27T16:40:00+01:00");
        ticks(&mut keeper, "2026-03-27T16:40:00+01:00", Service::Present);
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-30T08:00:00+02:00"]),
            Vec::<String>::new()
        );
        assert_eq!(
            keeper.tray_state(at("2026-03-30T08:00:00+02:00")).next_bell,
            Some(at("2026-03-30T09:45:00+02:00"))
        );
        assert_eq!(
            rung_at(&mut keeper, &["2026-03-30T09:45:00+02:00"]),
            ["2026-03-30T09:45:00+02:00"]
        );
    }

    #[test]
    fn a_night_asleep_loses_no_day_of_the_reminder() {
        let mut keeper = keeper_at(KeptState::default(), "2026-03-02T18:00:00+01:00");
        let reminded = |keeper: &mut DeskKeeper, now: &str| {
            ticks(keeper, now, Service::Present)
                .iter()
                .any(|e| matches!(e, Effect::Remind(_)))
        };
        assert!(!reminded(&mut keeper, "2026-03-02T18:00:00+01:00"));
        // Asleep from 18:00 to the next morning: yesterday's reminder is
        // gone, today's comes at its time.
        assert!(!reminded(&mut keeper, "2026-03-03T08:00:00+01:00"));
        let time = keeper.settings.reminder.time();
        let today = at("2026-03-03T00:00:00+01:00").date_naive().and_time(time);
        let due = today
            .and_local_timezone(*at("2026-03-03T00:00:00+01:00").offset())
            .single();
        let due = due.unwrap_or_else(|| panic!("the reminder's time"));
        assert!(reminded(&mut keeper, &due.to_rfc3339()));
        assert!(
            !reminded(&mut keeper, &(due + chrono::TimeDelta::minutes(1)).to_rfc3339()),
            "once a day"
        );
    }
}
