//! A wake-up at a moment on the wall clock, for the bells at the desk.
//!
//! The keeper's own wait (and egui's) counts on the monotonic clock, which
//! stops while the computer sleeps: a bell due ten minutes after the lid
//! closed would come ten minutes after it opened again. This alarm is a
//! timer on the wall clock (a `timerfd` on `CLOCK_REALTIME`): it fires at
//! once on waking when its moment passed during the sleep, and early when
//! the clock is set (a manual change, a time server's correction), so the
//! keeper looks at the time again either way.

use std::os::fd::OwnedFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, FixedOffset};
use rustix::time::{Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags, timerfd_create, timerfd_settime};

use super::Wake;

/// Wakes its owner at a moment on the wall clock.
pub struct Alarm {
    timer: Arc<OwnedFd>,
    stop: Arc<AtomicBool>,
}

impl Alarm {
    /// Starts the alarm's thread, which calls `wake` when the moment set
    /// comes or the clock is set. Unset until [`Alarm::ring_at`].
    pub fn start(wake: Wake) -> std::io::Result<Self> {
        let timer = Arc::new(timerfd_create(TimerfdClockId::Realtime, TimerfdFlags::CLOEXEC)?);
        let stop = Arc::new(AtomicBool::new(false));
        let (watched, stopping) = (timer.clone(), stop.clone());
        std::thread::Builder::new()
            .name("stillpoint-alarm".into())
            .spawn(move || {
                let mut expirations = [0u8; 8];
                loop {
                    let read = rustix::io::read(&*watched, &mut expirations[..]);
                    if stopping.load(Ordering::Relaxed) {
                        return;
                    }
                    match read {
                        Ok(_) => wake(),
                        // The clock was set: the moment is looked at again
                        // (the owner sets the alarm anew as it wakes).
                        Err(rustix::io::Errno::CANCELED) => {
                            wake();
                            std::thread::sleep(std::time::Duration::from_millis(50));
                        }
                        Err(rustix::io::Errno::INTR | rustix::io::Errno::AGAIN) => {}
                        Err(_) => return,
                    }
                }
            })?;
        Ok(Self { timer, stop })
    }

    /// Rings at `at` (once; a moment already past rings at once).
    pub fn ring_at(&self, at: DateTime<FixedOffset>) {
        let value = rustix::time::Timespec {
            // A moment before 1970 would disarm the timer: one nanosecond
            // after it rings at once all the same.
            tv_sec: at.timestamp().max(0),
            tv_nsec: i64::from(at.timestamp_subsec_nanos()).max(1),
        };
        let _ = timerfd_settime(
            &*self.timer,
            TimerfdTimerFlags::ABSTIME | TimerfdTimerFlags::CANCEL_ON_SET,
            &Itimerspec {
                it_interval: rustix::time::Timespec { tv_sec: 0, tv_nsec: 0 },
                it_value: value,
            },
        );
    }
}

impl Drop for Alarm {
    fn drop(&mut self) {
        // Rings now, so that the thread sees it is to stop.
        self.stop.store(true, Ordering::Relaxed);
        let _ = timerfd_settime(
            &*self.timer,
            TimerfdTimerFlags::empty(),
            &Itimerspec {
                it_interval: rustix::time::Timespec { tv_sec: 0, tv_nsec: 0 },
                it_value: rustix::time::Timespec { tv_sec: 0, tv_nsec: 1 },
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_moment_already_past_rings_at_once_and_a_later_one_is_waited_for() {
        let (send, rung) = mpsc::channel();
        let send = std::sync::Mutex::new(send);
        let alarm = Alarm::start(Arc::new(move || {
            if let Ok(send) = send.lock() {
                let _ = send.send(());
            }
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let now = chrono::Local::now().fixed_offset();
        alarm.ring_at(now + chrono::TimeDelta::days(1));
        assert!(rung.try_recv().is_err(), "tomorrow has not come");
        // Set anew, to a moment past: rings without waiting for tomorrow.
        alarm.ring_at(now - chrono::TimeDelta::seconds(1));
        assert!(rung.recv_timeout(std::time::Duration::from_secs(10)).is_ok());
    }
}
