//! The window's ties to the desktop around it: the pause offer and the
//! daily reminder as notifications, the tray icon and its menu, and what
//! closing the window does while the bells at the desk are on.
//!
//! All of it starts with the window ([`DeskLink::start`]); tests that
//! build the app alone have none of it, and the app keeps its in-window
//! offer. Closing the window with the bells kept in the tray ends the
//! window's process and starts the tray on its own
//! ([`crate::desk::keeper`]), which takes far less of the computer.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use crate::desk::Wake;
use crate::desk::kept::KeptState;
use crate::desk::notifications::{Message, Notifier, Service};
use crate::desk::tray::{Tray, TrayAction, TrayState};

/// Where the tray icon is.
enum TraySlot {
    /// Being registered on the session bus, off the window's thread.
    Starting(mpsc::Receiver<Result<Tray, ksni::Error>>),
    Shown(Tray),
    /// No tray host (or no session bus).
    Absent,
}

/// The window's notifications and tray icon.
pub struct DeskLink {
    pub notifier: Notifier,
    tray: TraySlot,
    /// A quiet asked for from the tray and when the reminder last came,
    /// kept across runs at `kept_path`.
    kept: KeptState,
    kept_path: std::path::PathBuf,
    /// The offer last sent as a notification: brought into the window when
    /// the notification is clicked, or cannot be shown.
    offered: Option<crate::pause::PauseOffer>,
    /// Asking what closing the window does while the bells are on.
    pub asking_close: bool,
    /// The window is closing for good: closing is not asked about again.
    closing: bool,
    /// Set when the window closes with the bells kept in the tray: once
    /// the window is gone, the tray starts on its own.
    to_tray: Arc<AtomicBool>,
    /// Asks for a frame at the next bell or reminder on the wall clock, so
    /// that neither comes late after the computer slept.
    alarm: Option<crate::desk::alarm::Alarm>,
    /// Set while a bell is held: the desktop's signals are listened to.
    holding: Arc<AtomicBool>,
    /// Set when the desktop said something that may end a hold.
    hold_signalled: Arc<AtomicBool>,
}

impl DeskLink {
    /// Asks the session bus for a notification service and shows the tray
    /// icon, both off the window's thread; `ctx` is asked for a frame when
    /// either answers.
    pub fn start(
        ctx: &egui::Context,
        state: TrayState,
        kept: (KeptState, std::path::PathBuf),
        to_tray: Arc<AtomicBool>,
    ) -> DeskLink {
        let frame = ctx.clone();
        let wake: Wake = std::sync::Arc::new(move || frame.request_repaint());
        let notifier = Notifier::start(wake.clone());
        let alarm = crate::desk::alarm::Alarm::start(wake.clone()).ok();
        let holding = Arc::new(AtomicBool::new(false));
        let hold_signalled = Arc::new(AtomicBool::new(false));
        let signalled = hold_signalled.clone();
        let hold_wake = wake.clone();
        crate::desk::desktop::follow(
            std::sync::Arc::new(move || {
                signalled.store(true, std::sync::atomic::Ordering::Relaxed);
                hold_wake();
            }),
            holding.clone(),
        );
        let (send, starting) = mpsc::channel();
        let locale = crate::i18n::locale();
        let tray_wake = wake.clone();
        let spawned = std::thread::Builder::new()
            .name("stillpoint-tray".into())
            .spawn(move || {
                // The menu speaks the window's language.
                crate::i18n::use_locale(locale);
                let _ = send.send(Tray::start(state, tray_wake.clone()));
                tray_wake();
            });
        let tray = match spawned {
            Ok(_) => TraySlot::Starting(starting),
            Err(_) => TraySlot::Absent,
        };
        DeskLink {
            notifier,
            tray,
            kept: kept.0,
            kept_path: kept.1,
            offered: None,
            asking_close: false,
            closing: false,
            to_tray,
            alarm,
            holding,
            hold_signalled,
        }
    }

    /// Whether the tray icon shows (`Some(true)`), cannot (`Some(false)`),
    /// or is not known yet.
    pub fn tray_shown(&self) -> Option<bool> {
        match self.tray {
            TraySlot::Starting(_) => None,
            TraySlot::Shown(_) => Some(true),
            TraySlot::Absent => Some(false),
        }
    }

    /// Sends `offer` as a notification with a snooze of `snooze` minutes,
    /// when the desktop has a service for it; returns whether it did.
    pub fn offer_pause(&mut self, offer: Option<crate::pause::PauseOffer>, snooze: u32) -> bool {
        if self.notifier.service() != Service::Present {
            return false;
        }
        self.offered = offer;
        self.notifier.offer_pause(Message::pause_offer(snooze));
        true
    }

    /// Takes the last offer sent as a notification off the screen, if it
    /// is there.
    pub fn withdraw_offer(&mut self) {
        if self.offered.take().is_some() {
            self.notifier.withdraw_offer();
        }
    }

    /// The offer last sent as a notification.
    pub fn offered(&self) -> Option<crate::pause::PauseOffer> {
        self.offered
    }

    /// Asks for a frame `wait` from now on the system's clock, which goes
    /// on while the computer sleeps.
    pub fn wake_in(&self, wait: chrono::TimeDelta) {
        if let Some(alarm) = &self.alarm {
            alarm.ring_at(chrono::Utc::now().fixed_offset() + wait);
        }
    }

    /// Listens, while `held`, for the desktop to say a hold may be over.
    pub fn set_holding(&self, held: bool) {
        self.holding.store(held, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether the desktop said something that may end a hold since the
    /// last call.
    pub fn take_hold_signal(&self) -> bool {
        self.hold_signalled.swap(false, std::sync::atomic::Ordering::Relaxed)
    }

    /// Shows `state` in the tray's menu, and keeps its quiet across runs.
    pub fn show(&mut self, state: TrayState) {
        if self.kept.quiet_until != state.quiet_until {
            self.kept.quiet_until = state.quiet_until;
            self.kept.keep(&self.kept_path);
        }
        if let TraySlot::Shown(tray) = &mut self.tray {
            tray.show(state);
        }
    }

    /// Sends the daily reminder when `reminder` is due at `now`.
    pub fn remind(
        &mut self,
        reminder: &crate::desk::reminder::DailyReminder,
        now: chrono::DateTime<chrono::FixedOffset>,
        practised_today: bool,
    ) {
        if self.notifier.service() == Service::Present && reminder.due(now, self.kept.reminder_fired, practised_today) {
            self.kept.reminder_fired = Some(now);
            self.kept.keep(&self.kept_path);
            self.notifier.remind(Message::reminder());
        }
    }

    /// What closing the window does while the bells ring from the tray:
    /// asked once, then as answered in `close_to_tray`.
    pub fn on_close(&mut self, ctx: &egui::Context, bells_on: bool, close_to_tray: Option<bool>) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing && bells_on && self.tray_shown() == Some(true)
        {
            match close_to_tray {
                None => {
                    ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                    self.asking_close = true;
                }
                Some(true) => self.to_tray.store(true, Ordering::SeqCst),
                Some(false) => {}
            }
        }
    }

    /// Closes the window for good; with the bells kept in the tray when
    /// `to_tray`.
    pub fn close(&mut self, ctx: &egui::Context, to_tray: bool) {
        self.asking_close = false;
        self.closing = true;
        if to_tray {
            self.to_tray.store(true, Ordering::SeqCst);
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Takes the tray once it has started, and what was chosen in its menu.
    pub fn tray_actions(&mut self) -> Vec<TrayAction> {
        if let TraySlot::Starting(starting) = &self.tray {
            match starting.try_recv() {
                Ok(Ok(tray)) => self.tray = TraySlot::Shown(tray),
                Ok(Err(_)) => self.tray = TraySlot::Absent,
                Err(mpsc::TryRecvError::Disconnected) => self.tray = TraySlot::Absent,
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        match &self.tray {
            TraySlot::Shown(tray) => tray.take(),
            _ => Vec::new(),
        }
    }
}

/// The answer to the question on closing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseAnswer {
    /// Keep the bells in the tray (`true`), or quit.
    Keep(bool),
    /// Dismissed: the window stays, and the question waits for the next
    /// close.
    Dismissed,
}

/// The question asked the first time the window closes while the bells
/// are on: keep them in the tray, or quit. Returns the answer, once given.
pub fn close_question_ui(ui: &mut egui::Ui) -> Option<CloseAnswer> {
    use crate::ui::design::{primary_button, secondary_button};
    use crate::ui::dialog;
    let mut keep = None;
    let modal = dialog::dialog_ui(ui.ctx(), "close-to-tray", |ui, palette| {
        dialog::heading_ui(ui, crate::t!("desktop-close-heading"), palette);
        dialog::body_ui(ui, crate::t!("desktop-close-question"), palette);
        // The bells were turned on to ring: keeping them comes first,
        // quitting beside it, quieter.
        dialog::answers_ui(ui, |ui| {
            if ui
                .add(primary_button(crate::t!("desktop-close-keep"), palette))
                .clicked()
            {
                keep = Some(true);
            }
            if ui
                .add(secondary_button(crate::t!("desktop-close-quit"), palette))
                .clicked()
            {
                keep = Some(false);
            }
        });
    });
    match keep {
        Some(keep) => Some(CloseAnswer::Keep(keep)),
        None if modal.should_close() => Some(CloseAnswer::Dismissed),
        None => None,
    }
}
