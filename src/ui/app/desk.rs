//! The app's side of the desktop around the window: the pause offered as
//! a notification, the tray's asks answered, the daily reminder, and what
//! closing the window does while the bells are on.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::desk::kept::KeptState;
use crate::desk::notifications::{NotificationEvent, PauseChoice};
use crate::desk::tray::{TrayAction, TrayState};
use crate::ui::window::bring_forward;
use crate::ui::window::desk::{CloseAnswer, DeskLink};

use super::{AudioChoice, StillpointApp};

impl StillpointApp {
    /// The tray's state as the app stands.
    pub fn tray_state(&self) -> TrayState {
        TrayState {
            held: self.bell_held_by.first().copied(),
            ..TrayState::of(&self.pause_bells, &self.settings.pause, self.practice.now())
        }
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
        let snooze = self.settings.pause.clamped().snooze_minutes;
        let Some(desk) = self.desk.as_mut() else { return false };
        let offer = self.pause_offer;
        let sent = desk.offer_pause(offer, snooze);
        if sent {
            self.pause_offer = None;
        }
        sent
    }

    /// Answers the notifications and the tray, sends the daily reminder
    /// when due, keeps the tray's menu current, and decides what closing
    /// the window does. Called each frame.
    pub(in crate::ui) fn keep_desk(&mut self, ctx: &egui::Context) {
        let Some(desk) = self.desk.as_mut() else { return };
        let events = desk.notifier.take();
        let actions = desk.tray_actions();
        let offered = desk.offered();
        let now = self.practice.now();
        for event in events {
            match event {
                NotificationEvent::Pause(PauseChoice::Take) => self.take_pause_from_desk(ctx),
                NotificationEvent::Pause(PauseChoice::Snooze) => self.pause_bells.snooze(&self.settings.pause, now),
                NotificationEvent::Pause(PauseChoice::NotNow) => {}
                NotificationEvent::Pause(PauseChoice::Open) => {
                    self.pause_offer = offered;
                    bring_forward(ctx);
                }
                NotificationEvent::OfferNotShown => {
                    self.pause_offer = offered;
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                        egui::UserAttentionType::Informational,
                    ));
                }
                NotificationEvent::ReminderOpened => bring_forward(ctx),
            }
        }
        let schedule = self.settings.pause;
        for action in actions {
            match action {
                TrayAction::QuietForAnHour | TrayAction::QuietUntilTomorrow | TrayAction::Resume => {
                    action.quiet_bells(&mut self.pause_bells, &schedule, now);
                }
                TrayAction::TakePause => self.take_pause_from_desk(ctx),
                // The window's tray offers no pause in its menu; answered
                // there all the same, they do what the notification's do.
                TrayAction::Snooze => self.pause_bells.snooze(&self.settings.pause, now),
                TrayAction::NotNow => {}
                TrayAction::Open => bring_forward(ctx),
                TrayAction::Quit => {
                    if let Some(desk) = self.desk.as_mut() {
                        desk.close(ctx, false);
                    }
                }
            }
        }
        self.keep_reminder(ctx, now);
        let next = [self.pause_bells.wait(now), self.settings.reminder.wait(now)];
        if let Some(desk) = self.desk.as_ref()
            && let Some(wait) = next.into_iter().flatten().min()
            && let Ok(wait) = chrono::TimeDelta::from_std(wait + std::time::Duration::from_millis(50))
        {
            desk.wake_in(wait);
        }
        let state = self.tray_state();
        let bells_on = self.settings.pause.enabled;
        let close_to_tray = self.settings.close_to_tray;
        let Some(desk) = self.desk.as_mut() else { return };
        // The quiet (asked for, let go, or over) outlives the window.
        desk.show(state);
        desk.on_close(ctx, bells_on, close_to_tray);
    }

    /// The pause asked for from the tray or a notification: started unless
    /// a session is already on its way; the window comes forward.
    fn take_pause_from_desk(&mut self, ctx: &egui::Context) {
        if self.active.is_none() && self.invitation.is_none() {
            self.take_pause();
        }
        bring_forward(ctx);
    }

    /// Sends the daily reminder when it is due, and wakes the app for the
    /// next one.
    fn keep_reminder(&mut self, ctx: &egui::Context, now: chrono::DateTime<chrono::FixedOffset>) {
        let reminder = self.settings.reminder;
        let practised_today = self.practice.stats.today_secs > 0;
        if let Some(desk) = self.desk.as_mut() {
            desk.remind(&reminder, now, practised_today);
        }
        if let Some(wait) = reminder.wait(now) {
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(50));
        }
    }

    /// The question on closing, while it is asked; its answer kept in
    /// Settings.
    pub(in crate::ui) fn close_question_ui(&mut self, ui: &mut egui::Ui) {
        if !self.desk.as_ref().is_some_and(|desk| desk.asking_close) {
            return;
        }
        let answer = crate::ui::window::desk::close_question_ui(ui);
        let Some(desk) = self.desk.as_mut() else { return };
        match answer {
            Some(CloseAnswer::Keep(keep)) => {
                self.settings.close_to_tray = Some(keep);
                // Either way the window closes; kept, the tray carries on.
                desk.close(ui.ctx(), keep);
            }
            Some(CloseAnswer::Dismissed) => desk.asking_close = false,
            None => {}
        }
    }

    /// The pause offered in the window, and its answer.
    pub(super) fn pause_offer_ui(&mut self, ui: &mut egui::Ui) {
        let snooze = self.settings.pause.clamped().snooze_minutes;
        match crate::ui::pause_offer_view::pause_offer_ui(ui, snooze) {
            Some(PauseChoice::Take) => self.take_pause(),
            Some(PauseChoice::Snooze) => {
                let now = self.practice.now();
                self.pause_bells.snooze(&self.settings.pause, now);
                self.pause_offer = None;
            }
            Some(PauseChoice::NotNow | PauseChoice::Open) => self.pause_offer = None,
            None => {}
        }
    }
}

impl StillpointApp {
    /// Rings a pause bell when one is due (never during a session), and
    /// wakes the app for the next.
    pub(super) fn keep_pause_bells(&mut self, ctx: &egui::Context) {
        let now = self.practice.now();
        let offer = self.pause_bells.due(&self.settings.pause, now);
        if let Some(offer) = offer
            && self.active.is_none()
            && self.invitation.is_none()
        {
            // The bell rings, or is held, when the desktop has answered.
            self.ask_desktop(move |state| super::Done::BellDue(offer, state));
        }
        // While a bell is held, the desktop's word that the hold may be
        // over has it asked again.
        if self.held_bell.is_some() && self.desk.as_ref().is_some_and(|desk| desk.take_hold_signal()) {
            self.ask_desktop(super::Done::HoldChecked);
        }
        if std::mem::take(&mut self.bell_wants_attention) {
            ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
        }
        if let Some(wait) = self.pause_bells.wait(now) {
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(50));
        }
    }

    /// Asks the desktop off the frame (nothing, where the app makes no
    /// sound of its own); `done` carries its answer back.
    fn ask_desktop(&mut self, done: impl FnOnce(crate::desk::hold::DesktopState) -> super::Done + Send + 'static) {
        let desktop = self.desktop.clone();
        self.work.run("desktop", move || {
            let state = desktop
                .map(|d| crate::desk::desktop::Desktop::read_opening(&d))
                .unwrap_or_default();
            done(state)
        });
    }

    /// A bell came due and the desktop has said what it is doing: it rings
    /// and is offered, or is held while the desktop says not now.
    pub fn bell_due(&mut self, offer: crate::pause::PauseOffer, state: crate::desk::hold::DesktopState) {
        if self.active.is_some() || self.invitation.is_some() {
            return;
        }
        // A bell held before: its hold over, it is let go (this one rings)
        // or, after time away, this one waits a full interval.
        if self.held_bell.is_some() && !self.hold_checked(state) {
            return;
        }
        let interval = self.settings.pause.interval();
        self.bell_held_by = crate::desk::hold::held_by(&state, &self.settings.hold, interval);
        if !self.bell_held_by.is_empty() {
            // The last bell's offer, unanswered, is withdrawn.
            self.pause_offer = None;
            if let Some(desk) = self.desk.as_mut() {
                desk.withdraw_offer();
                desk.set_holding(true);
            }
            self.held_bell = Some(crate::desk::hold::HeldBell {
                due_at: offer.rang_at,
                away: self.bell_held_by.contains(&crate::desk::hold::HoldReason::Away),
            });
            return;
        }
        self.pause_offer = Some(offer);
        // Offered as the desktop's notification where there is a service
        // for it. Otherwise in the window: one behind others, or
        // minimized, is marked in the task bar (at the next frame); it
        // does not take the focus.
        if !self.offer_by_notification() {
            self.bell_wants_attention = true;
        }
        if matches!(self.audio, AudioChoice::Device) {
            crate::desk::ring_pause_bell_apart(self.settings.volumes, drop);
        }
    }

    /// The desktop asked again while a bell is held: the hold goes on, or
    /// it is over and the held bell is offered softly (no sound), let go,
    /// or, after time away, the next bell waits a full interval from the
    /// return. Says whether a bell may ring now.
    pub fn hold_checked(&mut self, state: crate::desk::hold::DesktopState) -> bool {
        use crate::desk::hold::{AfterHold, after_hold, held_by};
        let Some(held) = self.held_bell else { return true };
        let interval = self.settings.pause.interval();
        let reasons = held_by(&state, &self.settings.hold, interval);
        if !reasons.is_empty() {
            self.bell_held_by = reasons;
            return true;
        }
        self.held_bell = None;
        self.bell_held_by.clear();
        if let Some(desk) = self.desk.as_ref() {
            desk.set_holding(false);
        }
        let now = self.practice.now();
        match after_hold(held, now, state.idle, interval) {
            AfterHold::Offer { due_at } => {
                if self.active.is_none() && self.invitation.is_none() {
                    self.pause_offer = Some(crate::pause::PauseOffer { rang_at: due_at });
                    if !self.offer_by_notification() {
                        self.bell_wants_attention = true;
                    }
                }
                true
            }
            AfterHold::LetGo => true,
            AfterHold::Returned { next_at } => {
                self.pause_bells.ring_from(&self.settings.pause, next_at);
                false
            }
        }
    }

    /// The pause was accepted: start it.
    pub fn take_pause(&mut self) {
        self.pause_offer = None;
        let wanted = crate::i18n::locale().language.tag();
        let session = self.library.session_in(crate::pause::PAUSE_SESSION, wanted).cloned();
        if let Some(session) = session {
            self.start(session, None);
        }
    }

    /// Answers a second start: the window comes forward, with the pause
    /// when it was asked for (a session already playing goes on).
    pub fn answer_requests(&mut self, ctx: &egui::Context) {
        let Some(requests) = self.requests.as_ref() else { return };
        for request in requests.take() {
            if request == crate::instance::Request::Pause && self.active.is_none() && self.invitation.is_none() {
                self.take_pause();
            }
            crate::ui::window::bring_forward(ctx);
        }
    }
}
