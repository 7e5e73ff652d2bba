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
use crate::desk::notifications::{Message, NotificationEvent, Notifier, PauseChoice, Service};
use crate::desk::tray::{Tray, TrayAction, TrayState};
use crate::ui::StillpointApp;

/// Where the tray icon is.
enum TraySlot {
    /// Being registered on the session bus, off the window's thread.
    Starting(mpsc::Receiver<Result<Tray, String>>),
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

    /// Takes the tray once it has started, and what was chosen in its menu.
    fn tray_actions(&mut self) -> Vec<TrayAction> {
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

impl StillpointApp {
    /// The tray's state as the app stands.
    pub fn tray_state(&self) -> TrayState {
        TrayState::of(&self.pause_bells, &self.settings.pause, self.practice.now())
    }

    /// Starts the notifications and the tray icon for this window, with
    /// what the desk kept from earlier runs (a quiet still to come holds).
    /// `to_tray` is set when the window closes with the bells kept in the
    /// tray.
    pub fn join_desktop(&mut self, ctx: &egui::Context, to_tray: Arc<AtomicBool>) {
        let path = self.data.desk_state();
        let kept = KeptState::recall(&path);
        let now = self.practice.now();
        if let Some(until) = kept.quiet_until.filter(|until| *until > now) {
            self.pause_bells.quiet(&self.settings.pause, until);
        }
        let state = self.tray_state();
        self.desk = Some(DeskLink::start(ctx, state, (kept, path), to_tray));
    }

    /// Sends the pause offer waiting in [`StillpointApp::pause_offer`] as
    /// a notification, when the desktop has a service for it; returns
    /// whether it did (otherwise the window offers it).
    pub(in crate::ui) fn offer_by_notification(&mut self) -> bool {
        let Some(desk) = self.desk.as_mut() else { return false };
        if desk.notifier.service() != Service::Present {
            return false;
        }
        desk.offered = self.pause_offer.take();
        let snooze = self.settings.pause.clamped().snooze_minutes;
        desk.notifier.offer_pause(Message::pause_offer(snooze));
        true
    }

    /// Answers the notifications and the tray, sends the daily reminder
    /// when due, keeps the tray's menu current, and decides what closing
    /// the window does. Called each frame.
    pub(in crate::ui) fn keep_desk(&mut self, ctx: &egui::Context) {
        let Some(desk) = self.desk.as_mut() else { return };
        let events = desk.notifier.take();
        let actions = desk.tray_actions();
        let offered = desk.offered;
        let now = self.practice.now();
        for event in events {
            match event {
                NotificationEvent::Pause(PauseChoice::Take) => self.take_pause_from_desk(ctx),
                NotificationEvent::Pause(PauseChoice::Snooze) => self.pause_bells.snooze(&self.settings.pause, now),
                NotificationEvent::Pause(PauseChoice::NotNow) => {}
                NotificationEvent::Pause(PauseChoice::Open) => {
                    self.pause_offer = offered;
                    super::bring_forward(ctx);
                }
                NotificationEvent::OfferNotShown => {
                    self.pause_offer = offered;
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                        egui::UserAttentionType::Informational,
                    ));
                }
                NotificationEvent::ReminderOpened => super::bring_forward(ctx),
            }
        }
        let schedule = self.settings.pause;
        for action in actions {
            match action {
                TrayAction::QuietForAnHour | TrayAction::QuietUntilTomorrow | TrayAction::Resume => {
                    action.quiet_bells(&mut self.pause_bells, &schedule, now);
                }
                TrayAction::TakePause => self.take_pause_from_desk(ctx),
                TrayAction::Open => super::bring_forward(ctx),
                TrayAction::Quit => {
                    if let Some(desk) = self.desk.as_mut() {
                        desk.closing = true;
                    }
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
        self.keep_reminder(ctx, now);
        let next = [self.pause_bells.wait(now), self.settings.reminder.wait(now)];
        if let Some(desk) = self.desk.as_ref()
            && let Some(alarm) = &desk.alarm
            && let Some(wait) = next.into_iter().flatten().min()
            && let Ok(wait) = chrono::TimeDelta::from_std(wait + std::time::Duration::from_millis(50))
        {
            alarm.ring_at(now + wait);
        }
        let state = self.tray_state();
        let bells_on = self.settings.pause.enabled;
        let close_to_tray = self.settings.close_to_tray;
        let Some(desk) = self.desk.as_mut() else { return };
        // The quiet (asked for, let go, or over) outlives the window.
        if desk.kept.quiet_until != state.quiet_until {
            desk.kept.quiet_until = state.quiet_until;
            desk.kept.keep(&desk.kept_path);
        }
        if let TraySlot::Shown(tray) = &mut desk.tray {
            tray.show(state);
        }
        // Closing the window while the bells ring from the tray: asked
        // once, then as answered.
        if ctx.input(|i| i.viewport().close_requested()) && !desk.closing && bells_on && desk.tray_shown() == Some(true)
        {
            match close_to_tray {
                None => {
                    ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                    desk.asking_close = true;
                }
                Some(true) => desk.to_tray.store(true, Ordering::SeqCst),
                Some(false) => {}
            }
        }
    }

    /// The pause asked for from the tray or a notification: started unless
    /// a session is already on its way; the window comes forward.
    fn take_pause_from_desk(&mut self, ctx: &egui::Context) {
        if self.active.is_none() && self.invitation.is_none() {
            self.take_pause();
        }
        super::bring_forward(ctx);
    }

    /// Sends the daily reminder when it is due, and wakes the app for the
    /// next one.
    fn keep_reminder(&mut self, ctx: &egui::Context, now: chrono::DateTime<chrono::FixedOffset>) {
        let reminder = self.settings.reminder;
        let practised_today = self.practice.stats.today_secs > 0;
        let Some(desk) = self.desk.as_mut() else { return };
        if desk.notifier.service() == Service::Present && reminder.due(now, desk.kept.reminder_fired, practised_today) {
            desk.kept.reminder_fired = Some(now);
            desk.kept.keep(&desk.kept_path);
            desk.notifier.remind(Message::reminder());
        }
        if let Some(wait) = reminder.wait(now) {
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(50));
        }
    }
}

/// The question asked the first time the window closes while the bells
/// are on: keep them in the tray, or quit. The answer is kept in Settings.
pub fn close_question_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    use crate::ui::design::{primary_button, secondary_button};
    use crate::ui::dialog;
    if !app.desk.as_ref().is_some_and(|desk| desk.asking_close) {
        return;
    }
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
    let Some(desk) = app.desk.as_mut() else { return };
    match keep {
        Some(keep) => {
            app.settings.close_to_tray = Some(keep);
            desk.asking_close = false;
            // Either way the window closes; kept, the tray carries on.
            desk.closing = true;
            desk.to_tray.store(keep, Ordering::SeqCst);
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // Dismissed: the window stays, and the question waits for the next
        // close.
        None if modal.should_close() => desk.asking_close = false,
        None => {}
    }
}
