//! Keeping heavy work and precise listening apart. Tests run four at a
//! time on two cores, which suits tests that wait on real time; but a
//! test that listens to a session played live through a sound server and
//! checks its bells' spacing to the millisecond must not share the cores
//! with one that renders or synthesizes at full speed, nor with more than
//! two other such listeners, or its player starves as it would on no real
//! desk. Measured: four listeners at once, beside heavy tests, lose a
//! bell's spacing; three alone do not. Tests that only wait for the sound
//! to come back, without timing its bells, take no part.

use std::sync::{Condvar, Mutex};

/// Listening tests at most at once.
const LISTENERS: usize = 3;

/// Heavy tests at most at once.
const HEAVY: usize = 2;

/// Who holds the cores: listeners or heavy tests, never both.
#[derive(Default)]
struct Held {
    listeners: usize,
    heavy: usize,
}

static HELD: Mutex<Held> = Mutex::new(Held { listeners: 0, heavy: 0 });
static CHANGED: Condvar = Condvar::new();

/// The cores, held until dropped.
pub struct Cores {
    heavy: bool,
}

impl Drop for Cores {
    fn drop(&mut self) {
        let mut held = HELD.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if self.heavy {
            held.heavy -= 1;
        } else {
            held.listeners -= 1;
        }
        CHANGED.notify_all();
    }
}

fn take(heavy: bool) -> Cores {
    let mut held = HELD.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    loop {
        let free = match heavy {
            true => held.heavy < HEAVY && held.listeners == 0,
            false => held.heavy == 0 && held.listeners < LISTENERS,
        };
        if free {
            break;
        }
        held = CHANGED.wait(held).unwrap_or_else(|poisoned| poisoned.into_inner());
    }
    match heavy {
        true => held.heavy += 1,
        false => held.listeners += 1,
    }
    Cores { heavy }
}

/// Held by a test that times bells played in real time: two others like
/// it may run beside it; heavy ones wait.
pub fn listening() -> Cores {
    take(false)
}

/// Held by a test that keeps the cores busy (rendering, synthesizing):
/// one other like it may run beside it; no listening test runs meanwhile.
pub fn heavy() -> Cores {
    take(true)
}
