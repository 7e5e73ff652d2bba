//! The desktop's notifications (`org.freedesktop.Notifications`): the
//! pause offer with its three answers, and the daily practice reminder.
//!
//! A notification here never takes the focus: it is transient (not kept
//! in a history once answered) and of normal urgency, so the desktop shows
//! it beside the work and lets it go. Showing one and waiting for its
//! answer happen on threads of their own; the answer comes back through
//! [`Notifier::take`], with a call to the owner's `wake`.
//!
//! There is never more than one pause offer on the screen: a new one
//! replaces the last (`replaces_id`), an offer withdrawn is closed
//! (`CloseNotification`), and only the answer to the offer shown counts.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use super::Wake;

/// What the practitioner answered the pause offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PauseChoice {
    Take,
    /// Ring again in the schedule's snooze minutes.
    Snooze,
    NotNow,
    /// The notification itself was clicked: the window comes forward with
    /// the offer in it.
    Open,
}

/// What came back from the desktop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotificationEvent {
    /// An answer to the pause offer.
    Pause(PauseChoice),
    /// The reminder was clicked: open Stillpoint.
    ReminderOpened,
    /// The pause offer could not be shown (the service went away): the
    /// window offers it instead.
    OfferNotShown,
}

/// Whether the desktop has a notification service, and whether it can
/// carry answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    /// Not asked yet, or no answer yet.
    Unknown,
    /// One that shows buttons on a notification (`actions` among its
    /// capabilities).
    Present,
    /// One that shows words only: the answers go elsewhere (the tray's
    /// menu).
    Plain,
    /// None.
    Absent,
}

impl Service {
    fn code(self) -> u8 {
        match self {
            Service::Unknown => 0,
            Service::Present => 1,
            Service::Plain => 2,
            Service::Absent => 3,
        }
    }

    fn from_code(code: u8) -> Service {
        match code {
            1 => Service::Present,
            2 => Service::Plain,
            3 => Service::Absent,
            _ => Service::Unknown,
        }
    }
}

/// The action ids the pause offer's buttons carry.
const TAKE: &str = "take";
const SNOOZE: &str = "snooze";
const NOT_NOW: &str = "not-now";
/// What the reminder's one button carries.
const OPEN: &str = "open";

/// The pause offer's action for `id`, as a notification server sends it
/// back (`default` is the notification itself clicked); `None` for a
/// notification closed unanswered.
pub fn pause_choice(id: &str) -> Option<PauseChoice> {
    match id {
        TAKE => Some(PauseChoice::Take),
        SNOOZE => Some(PauseChoice::Snooze),
        NOT_NOW => Some(PauseChoice::NotNow),
        "default" => Some(PauseChoice::Open),
        _ => None,
    }
}

/// The words of a notification, in the language of the thread that made
/// them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub summary: String,
    pub body: String,
    /// (action id, button label), in order.
    pub actions: Vec<(String, String)>,
}

impl Message {
    /// The pause offer, its snooze button naming `snooze_minutes`.
    pub fn pause_offer(snooze_minutes: u32) -> Message {
        Message {
            summary: crate::t!("app-pause-offer-heading"),
            body: crate::t!("app-pause-offer-invitation"),
            actions: vec![
                (TAKE.into(), crate::t!("app-pause-offer-take")),
                (
                    SNOOZE.into(),
                    crate::t!("app-pause-offer-snooze", minutes = snooze_minutes),
                ),
                (NOT_NOW.into(), crate::t!("app-pause-offer-not-now")),
            ],
        }
    }

    /// The pause offer for a service that shows no buttons: its answers
    /// are in the tray's menu.
    pub fn pause_offer_plain() -> Message {
        Message {
            summary: crate::t!("app-pause-offer-heading"),
            body: crate::t!("desktop-pause-offer-in-tray"),
            actions: Vec::new(),
        }
    }

    /// The daily practice reminder.
    pub fn reminder() -> Message {
        Message {
            summary: crate::t!("desktop-reminder-heading"),
            body: crate::t!("desktop-reminder-body"),
            actions: vec![(OPEN.into(), crate::t!("desktop-open"))],
        }
    }

    /// As notify-rust sends it: transient, normal urgency, never sticky.
    fn notification(&self) -> notify_rust::Notification {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Stillpoint")
            .icon("stillpoint")
            .summary(&self.summary)
            .body(&self.body)
            .urgency(notify_rust::Urgency::Normal)
            .hint(notify_rust::Hint::Transient(true))
            .hint(notify_rust::Hint::DesktopEntry("org.stillpoint.Stillpoint".into()));
        for (id, label) in &self.actions {
            notification.action(id, label);
        }
        notification
    }
}

/// Shows notifications and hands back their answers.
pub struct Notifier {
    service: Arc<AtomicU8>,
    /// The pause offer on the screen, as the service numbers it.
    offer_id: Arc<Mutex<Option<u32>>>,
    /// Counts the pause offers shown and withdrawn: an answer counts only
    /// while its offer is the last.
    offers: Arc<AtomicU64>,
    send: mpsc::Sender<NotificationEvent>,
    events: mpsc::Receiver<NotificationEvent>,
    wake: Wake,
}

impl Notifier {
    /// Asks the session bus, on a thread, whether a notification service
    /// with buttons is there; `wake` is called when it has answered and
    /// with each answer after.
    pub fn start(wake: Wake) -> Notifier {
        let service = Arc::new(AtomicU8::new(Service::Unknown.code()));
        let (send, events) = mpsc::channel();
        let found = service.clone();
        let woken = wake.clone();
        let spawned = std::thread::Builder::new()
            .name("stillpoint-notifications".into())
            .spawn(move || {
                let service = match notify_rust::get_capabilities() {
                    Ok(caps) if caps.iter().any(|c| c == "actions") => Service::Present,
                    Ok(_) => Service::Plain,
                    Err(_) => Service::Absent,
                };
                found.store(service.code(), Ordering::SeqCst);
                woken();
            });
        if spawned.is_err() {
            service.store(Service::Absent.code(), Ordering::SeqCst);
        }
        Notifier {
            service,
            offer_id: Arc::new(Mutex::new(None)),
            offers: Arc::new(AtomicU64::new(0)),
            send,
            events,
            wake,
        }
    }

    /// Whether notifications can be shown, as far as known.
    pub fn service(&self) -> Service {
        Service::from_code(self.service.load(Ordering::SeqCst))
    }

    /// Offers the pause, in place of the last offer if it is still shown;
    /// the answer comes back as [`NotificationEvent::Pause`], or
    /// [`NotificationEvent::OfferNotShown`] when it could not be shown.
    pub fn offer_pause(&self, message: Message) {
        let offer = self.offers.fetch_add(1, Ordering::SeqCst) + 1;
        self.show(
            message,
            |action| pause_choice(action).map(NotificationEvent::Pause),
            Some(offer),
        );
    }

    /// Takes the pause offer off the screen, unanswered (a new bell came
    /// while it was held); an answer to it no longer counts.
    pub fn withdraw_offer(&self) {
        self.offers.fetch_add(1, Ordering::SeqCst);
        let Some(id) = self.offer_id.lock().ok().and_then(|mut id| id.take()) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("stillpoint-notification".into())
            .spawn(move || {
                let closed = zbus::blocking::Connection::session().and_then(|bus| {
                    bus.call_method(
                        Some("org.freedesktop.Notifications"),
                        "/org/freedesktop/Notifications",
                        Some("org.freedesktop.Notifications"),
                        "CloseNotification",
                        &(id,),
                    )
                });
                // Closed already, or the service is gone: either way it is
                // off the screen.
                drop(closed);
            });
    }

    /// Shows the daily reminder; a click comes back as
    /// [`NotificationEvent::ReminderOpened`].
    pub fn remind(&self, message: Message) {
        self.show(
            message,
            |action| (action == OPEN || action == "default").then_some(NotificationEvent::ReminderOpened),
            None,
        );
    }

    /// What came back since the last call, oldest first.
    pub fn take(&self) -> Vec<NotificationEvent> {
        self.events.try_iter().collect()
    }

    /// Shows `message` and waits for its answer on a thread; `answer`
    /// turns the action id into an event. For the pause offer numbered
    /// `offer`, the notification replaces the last offer, an answer counts
    /// only while this offer is the last, and one that could not be shown
    /// is said as [`NotificationEvent::OfferNotShown`] (and the service
    /// taken as gone).
    fn show(
        &self,
        message: Message,
        answer: impl Fn(&str) -> Option<NotificationEvent> + Send + 'static,
        offer: Option<u64>,
    ) {
        let send = self.send.clone();
        let wake = self.wake.clone();
        let service = self.service.clone();
        let offers = self.offers.clone();
        let offer_id = self.offer_id.clone();
        let mut notification = message.notification();
        if offer.is_some()
            && let Some(id) = offer_id.lock().ok().and_then(|id| *id)
        {
            notification.id(id);
        }
        let spawned = std::thread::Builder::new()
            .name("stillpoint-notification".into())
            .spawn(move || {
                let last = || offer.is_none_or(|offer| offers.load(Ordering::SeqCst) == offer);
                let Ok(handle) = notification.show() else {
                    service.store(Service::Absent.code(), Ordering::SeqCst);
                    if offer.is_some() && last() {
                        let _ = send.send(NotificationEvent::OfferNotShown);
                        wake();
                    }
                    return;
                };
                if offer.is_some()
                    && last()
                    && let Ok(mut shown) = offer_id.lock()
                {
                    *shown = Some(handle.id());
                }
                // The library unwraps if the bus breaks while it waits;
                // the answer is then simply not heard.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    handle.wait_for_action(|action| {
                        // A replaced offer's thread hears its successor's
                        // answer too (they share the id): only the last
                        // offer's counts.
                        if !last() {
                            return;
                        }
                        if offer.is_some()
                            && let Ok(mut shown) = offer_id.lock()
                        {
                            *shown = None;
                        }
                        if let Some(event) = answer(action) {
                            let _ = send.send(event);
                            wake();
                        }
                    });
                }));
            });
        if spawned.is_err() && offer.is_some() {
            let _ = self.send.send(NotificationEvent::OfferNotShown);
            (self.wake)();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pause_offer_carries_three_answers_that_come_back_as_choices() {
        let message = Message::pause_offer(10);
        let ids: Vec<&str> = message.actions.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, [TAKE, SNOOZE, NOT_NOW]);
        assert!(message.actions.iter().all(|(_, label)| !label.is_empty()));
        let choices: Vec<_> = ["take", "snooze", "not-now", "default", "__closed"]
            .into_iter()
            .map(pause_choice)
            .collect();
        assert_eq!(
            choices,
            [
                Some(PauseChoice::Take),
                Some(PauseChoice::Snooze),
                Some(PauseChoice::NotNow),
                Some(PauseChoice::Open),
                None
            ]
        );
    }
}
