//! Timing work in the benchmarks: the median of a few runs.

use std::time::{Duration, Instant};

/// How many times each piece of work is timed.
pub const RUNS: usize = 7;

/// The median of `RUNS` timings of `work`, and what the last run gave.
pub fn median(mut work: impl FnMut() -> usize) -> (Duration, usize) {
    let mut times = Vec::new();
    let mut result = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        result = std::hint::black_box(work());
        times.push(start.elapsed());
    }
    times.sort();
    (times[RUNS / 2], result)
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}
