//! Work a frame must not wait for: reading a cohort's shared folder (which
//! may be a network mount, or a sync client's busy folder), asking the
//! system whether its clock is synchronized, reading the library again in
//! another language, opening the sound to play a take back. Each runs on a
//! short-lived thread of its own; what it found comes back as a [`Done`],
//! which the next frame applies, and the window is asked for that frame.

use std::sync::mpsc::{Receiver, Sender, channel};

use crate::audio::output::Wake;

/// What a piece of work found.
pub enum Done {
    /// The cohort as read from its folder, with the practice shared.
    Cohort(super::cohort::CohortRead),
    /// Whether the system's clock is synchronized, when it can say.
    ClockSynchronized(Option<bool>),
    /// The library read again, in the language it was read in.
    Library(crate::session::Library, crate::i18n::Locale),
    /// A take playing back to its author, or why it cannot.
    Listening(Result<crate::audio::output::Sound, crate::audio::output::OutputError>),
    /// A bell came due, and what the desktop said then.
    BellDue(crate::pause::PauseOffer, crate::desk::hold::DesktopState),
    /// What the desktop said when it signalled, while a bell is held.
    HoldChecked(crate::desk::hold::DesktopState),
    /// A report written to this file, or why it was not.
    Report(Result<std::path::PathBuf, String>),
}

/// Work under way off the frame, and what has come back.
pub struct Work {
    send: Sender<Done>,
    done: Receiver<Done>,
    pending: usize,
    wake: Option<Wake>,
}

impl Default for Work {
    fn default() -> Self {
        let (send, done) = channel();
        Work {
            send,
            done,
            pending: 0,
            wake: None,
        }
    }
}

impl Work {
    /// Asks the window for a frame whenever work comes back.
    pub fn wake_with(&mut self, wake: Wake) {
        self.wake = Some(wake);
    }

    /// Runs `job` on a thread of its own, in the window's language.
    pub fn run(&mut self, name: &str, job: impl FnOnce() -> Done + Send + 'static) {
        let send = self.send.clone();
        let wake = self.wake.clone();
        let locale = crate::i18n::locale();
        let spawned = std::thread::Builder::new()
            .name(format!("stillpoint-{name}"))
            .spawn(move || {
                crate::i18n::use_locale(locale);
                let _ = send.send(job());
                if let Some(wake) = wake {
                    wake();
                }
            });
        // Without a thread the work is not done; nothing waits for it.
        if spawned.is_ok() {
            self.pending += 1;
        }
    }

    /// What has come back since the last frame.
    pub fn take(&mut self) -> Vec<Done> {
        let done: Vec<Done> = self.done.try_iter().collect();
        self.pending = self.pending.saturating_sub(done.len());
        done
    }

    /// Waits until all work under way has come back, or `limit` has
    /// passed for the next piece; returns what came back. For tests, and
    /// for the window's last frame.
    pub fn wait(&mut self, limit: std::time::Duration) -> Vec<Done> {
        let mut done = Vec::new();
        while self.pending > 0 {
            match self.done.recv_timeout(limit) {
                Ok(one) => {
                    self.pending -= 1;
                    done.push(one);
                }
                Err(_) => break,
            }
        }
        done
    }
}
