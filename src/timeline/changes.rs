//! When what a player shows next changes by itself: the time left (by the
//! second or the minute), the step and its guidance, the end. The window and
//! the terminal player sleep until then.

use super::{Phase, Status, Timeline, millis};

const MINUTE_MS: u64 = 60_000;

/// How long until anything on the player changes by itself: the time
/// shown, the step and its guidance, or the end. `None` while paused.
pub fn next_change(status: &Status, timeline: &Timeline, rate: u32, seconds: bool) -> Option<std::time::Duration> {
    if status.paused || matches!(status.phase, Phase::Finished | Phase::EndedEarly) {
        return None;
    }
    let ms = |frames| millis(frames, rate);
    let until_multiple = |value: u64, unit: u64| match value % unit {
        0 => unit,
        part => part,
    };
    let wait = match (status.phase, status.remaining) {
        (Phase::Ready | Phase::Settling, _) => until_multiple(ms(status.settle_left), 1000),
        (_, Some(left)) => {
            let left = ms(left);
            let shown = if seconds {
                until_multiple(left, 1000)
            } else if left < MINUTE_MS {
                left
            } else {
                until_multiple(left, MINUTE_MS)
            };
            let next_cue = timeline
                .events
                .iter()
                .find(|event| event.at_frame > status.position)
                .map_or(u64::MAX, |event| ms(event.at_frame - status.position));
            shown.min(next_cue)
        }
        (_, None) => {
            let unit = if seconds { 1000 } else { MINUTE_MS };
            let next_cue = timeline
                .events
                .iter()
                .find(|event| event.at_frame > status.position)
                .map_or(u64::MAX, |event| ms(event.at_frame - status.position));
            (unit - ms(status.position) % unit).min(next_cue)
        }
    };
    Some(std::time::Duration::from_millis(wait.max(1)))
}
