//! Timing work in the benchmarks, and how big their work is: in full for
//! `make bench`, or quick (one run, small inputs) for `.ci/run`, so that
//! no benchmark can break unseen.

// The tests share this module with the benchmarks and use none of it.
#![allow(dead_code)]

use std::sync::OnceLock;
use std::time::{Duration, Instant};

static QUICK: OnceLock<bool> = OnceLock::new();

/// Runs the benchmarks quick, for the rest of the process.
pub fn set_quick(quick: bool) {
    let _ = QUICK.set(quick);
}

/// Whether the benchmarks run quick.
pub fn quick() -> bool {
    QUICK.get().copied().unwrap_or(false)
}

/// `full`, or `small` when quick.
pub fn scaled<T>(full: T, small: T) -> T {
    if quick() { small } else { full }
}

/// How many times each piece of work is timed.
pub fn runs() -> usize {
    scaled(7, 1)
}

/// The median of [`runs`] timings of `work`, and what the last run gave.
pub fn median(mut work: impl FnMut() -> usize) -> (Duration, usize) {
    let mut times = Vec::new();
    let mut result = 0;
    for _ in 0..runs() {
        let start = Instant::now();
        result = std::hint::black_box(work());
        times.push(start.elapsed());
    }
    times.sort();
    (times[times.len() / 2], result)
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}
