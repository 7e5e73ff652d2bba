//! The playback state machine and the engine around it, driven only by
//! frame counts: no clock, no device, no sleeps.

use stillpoint::audio::{Command, END_FADE, Engine, PAUSE_FADE};
use stillpoint::session::{Duration, Session};
use stillpoint::timeline::{Action, Phase, Playback, RING_OUT, frames};

const RATE: u32 = 48_000;
const S: u64 = RATE as u64;

use crate::support::sessions;
use sessions::session;

fn three_steps() -> Session {
    session(
        "Step(title: \"A\", duration: \"10s\", start_bell: \"gong\"), Step(title: \"B\", duration: \"10s\"), Step(title: \"C\", duration: \"10s\")",
        "settle: \"3s\", ending: Ending(bell: \"small bell\"),",
    )
}

#[test]
fn settling_counts_down_then_the_first_bell_rings_on_frame_zero() {
    let mut p = Playback::new(three_steps(), None, RATE);
    assert_eq!(p.status().phase, Phase::Ready);
    assert!(p.advance(S).is_empty(), "nothing moves before start");
    p.start();
    assert_eq!(p.status().phase, Phase::Settling);
    assert!(p.advance(2 * S).is_empty());
    assert_eq!(p.status().settle_left, S);
    // The stretch that ends the countdown carries the first cues, offset by
    // the settling frames still left in it.
    let cues = p.advance(2 * S);
    let first: Vec<(u64, &str)> = cues.iter().map(|(o, e)| (*o, e.action.kind())).collect();
    assert_eq!(first, [(S, "step"), (S, "bell")]);
    assert_eq!(p.status().phase, Phase::Playing);
    assert_eq!(p.status().position, S);
}

#[test]
fn cues_arrive_once_each_with_their_offsets_whatever_the_block_size() {
    for block in [1u64, 64, 441, 4096, 48_000] {
        let mut p = Playback::new(three_steps(), None, RATE);
        p.start();
        p.skip();
        let mut seen = Vec::new();
        let mut rendered = 0;
        while p.status().phase == Phase::Playing {
            for (offset, event) in p.advance(block) {
                seen.push((rendered + offset, event.action.kind()));
            }
            rendered += block;
        }
        let expected: Vec<(u64, &str)> = vec![
            (0, "step"),
            (0, "bell"),
            (10 * S, "step"),
            (20 * S, "step"),
            (30 * S, "bell"),
            (30 * S + frames(RING_OUT, RATE), "end"),
        ];
        assert_eq!(seen, expected, "block of {block}");
        assert_eq!(p.status().phase, Phase::Finished);
        assert_eq!(p.status().position, 30 * S + frames(RING_OUT, RATE));
        assert_eq!(p.status().practised, p.status().position);
    }
}

#[test]
fn pausing_stops_the_position_and_resuming_continues_from_the_same_frame() {
    let mut p = Playback::new(three_steps(), None, RATE);
    p.start();
    p.skip();
    p.advance(5 * S);
    p.pause();
    assert!(p.advance(60 * S).is_empty());
    assert_eq!(p.status().position, 5 * S);
    assert!(p.status().paused);
    p.resume();
    let cues = p.advance(5 * S + 1);
    assert_eq!(
        cues.iter().map(|(o, e)| (*o, e.action.kind())).collect::<Vec<_>>(),
        [(5 * S, "step")]
    );
    assert_eq!(p.status().practised, 10 * S + 1);
}

#[test]
fn skipping_goes_to_the_next_step_and_from_the_last_to_the_closing_bell() {
    let mut p = Playback::new(three_steps(), None, RATE);
    p.start();
    p.skip(); // out of settling
    p.advance(2 * S);
    p.skip();
    assert_eq!((p.status().position, p.status().step), (10 * S, 1));
    p.skip();
    assert_eq!((p.status().position, p.status().step), (20 * S, 2));
    p.skip();
    assert_eq!(p.status().position, 30 * S);
    let cues = p.advance(1);
    assert_eq!(cues.iter().map(|(_, e)| e.action.kind()).collect::<Vec<_>>(), ["bell"]);
    // Skipped time is not practised.
    assert_eq!(p.status().practised, 2 * S + 1);
}

#[test]
fn extending_adds_a_minute_to_the_current_step() {
    let mut p = Playback::new(three_steps(), None, RATE);
    p.start();
    p.skip();
    p.advance(12 * S);
    let before = p.status().remaining;
    p.extend(Duration::from_mins(1));
    assert_eq!(p.status().remaining, before.map(|r| r + 60 * S));
    assert_eq!(p.timeline().steps[2].start, 80 * S);
}

#[test]
fn ending_early_stops_at_once_and_an_open_sit_closes_with_its_bell() {
    let mut p = Playback::new(three_steps(), None, RATE);
    p.start();
    p.end();
    assert_eq!(p.status().phase, Phase::EndedEarly);
    assert!(p.advance(S).is_empty());

    let open = session(
        "Step(title: \"Sit\", fill: true, interval_bells: Intervals(every: \"1m\"))",
        "length: OpenEnded, ending: Ending(bell: \"gong\"),",
    );
    let mut p = Playback::new(open, None, RATE);
    p.start();
    let cues = p.advance(150 * S);
    assert_eq!(cues.iter().filter(|(_, e)| e.action.kind() == "bell").count(), 2);
    assert_eq!(p.status().remaining, None);
    p.end();
    assert_eq!(
        p.status().phase,
        Phase::Playing,
        "an open sit ends with its closing bell"
    );
    let cues = p.advance(60 * S);
    let kinds: Vec<(u64, &str)> = cues.iter().map(|(o, e)| (*o, e.action.kind())).collect();
    assert_eq!(kinds, [(0, "bell"), (frames(RING_OUT, RATE), "end")]);
    assert_eq!(p.status().phase, Phase::Finished);
}

fn rendered(engine: &mut Engine, frames: usize) -> Vec<f32> {
    let mut out = vec![0.0; frames * 2];
    engine.render(&mut out);
    out
}

#[test]
fn the_engine_fades_into_a_pause_without_a_click_and_resumes_on_the_same_frame() {
    let (mut engine, missing) = Engine::new(three_steps(), None, RATE);
    assert!(missing.is_empty());
    engine.command(Command::Start);
    engine.command(Command::Skip);
    rendered(&mut engine, S as usize); // one second into the gong
    engine.command(Command::Pause);
    let fade = frames(PAUSE_FADE, RATE);
    let out = rendered(&mut engine, S as usize);
    assert_eq!(engine.status().position, S + fade, "the position stops after the fade");
    assert!(engine.status().paused);
    // The fade falls smoothly to silence; then silence.
    let left: Vec<f32> = out.chunks_exact(2).map(|f| f[0]).collect();
    let jumps = left.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0f32, f32::max);
    assert!(jumps < 0.05, "largest step between samples {jumps}");
    assert!(out[(fade as usize + 1) * 2..].iter().all(|s| *s == 0.0));
    engine.command(Command::Resume);
    let out = rendered(&mut engine, 4800);
    assert_eq!(engine.status().position, S + fade + 4800);
    assert!(out[0].abs() < 0.01, "resuming starts from silence");
    assert!(out.iter().any(|s| s.abs() > 0.01), "and the gong goes on");
}

/// The sound comes back after a silence the session spent on the clock:
/// a bell struck at most two seconds before rings again from its strike,
/// faded in; an older one is let go.
#[test]
fn sound_that_comes_back_rings_a_late_bell_from_its_strike_and_lets_an_old_one_go() {
    let strike = |late_secs: u64| {
        let (mut engine, _) = Engine::new(three_steps(), None, RATE);
        engine.command(Command::Start);
        engine.command(Command::Skip);
        rendered(&mut engine, (late_secs * S) as usize); // the gong, unheard
        engine.resound(2 * S);
        let out = rendered(&mut engine, S as usize);
        let energy = |part: &[f32]| part.iter().map(|s| s * s).sum::<f32>();
        (energy(&out[..9_600]), energy(&out[9_600..19_200]), out[0])
    };
    let (fresh, _, first) = strike(0);
    let (late, late_next, late_first) = strike(1);
    let (old, old_next, _) = strike(3);
    assert!(
        first.abs() < 0.01 && late_first.abs() < 0.01,
        "it fades in, without a click"
    );
    assert!(
        late > 0.0 && late_next > 0.0,
        "the gong begun a second before rings again"
    );
    // From its strike: as loud as a fresh strike, once faded in.
    assert!(
        (late_next - strike(0).1).abs() < 1e-3 * late_next.max(1.0),
        "{late_next} {fresh}"
    );
    assert_eq!((old, old_next), (0.0, 0.0), "the gong three seconds old is let go");
}

#[test]
fn ending_early_fades_out_and_then_the_engine_is_done() {
    let (mut engine, _) = Engine::new(three_steps(), None, RATE);
    engine.command(Command::Start);
    engine.command(Command::Skip);
    rendered(&mut engine, S as usize);
    engine.command(Command::End);
    assert!(!engine.is_done());
    let out = rendered(&mut engine, 2 * S as usize);
    assert!(engine.is_done());
    let fade = frames(END_FADE, RATE) as usize;
    assert!(out[..fade * 2].iter().any(|s| s.abs() > 0.01));
    assert!(out[fade * 2..].iter().all(|s| *s == 0.0));
}

#[test]
fn skipping_in_the_engine_moves_to_the_next_step_exactly() {
    let (mut engine, _) = Engine::new(three_steps(), None, RATE);
    engine.command(Command::Start);
    engine.command(Command::Skip);
    rendered(&mut engine, 1234);
    engine.command(Command::Skip);
    assert_eq!(engine.status().position, 10 * S);
    rendered(&mut engine, 100);
    assert_eq!(engine.status().position, 10 * S + 100);
    assert!(matches!(
        engine.playback().timeline().events.first().map(|e| &e.action),
        Some(Action::StepStart { .. })
    ));
}

/// A clock the test moves by hand.
#[derive(Clone, Default)]
struct ManualClock(std::sync::Arc<std::sync::Mutex<std::time::Duration>>);

impl ManualClock {
    fn advance(&self, by: std::time::Duration) {
        if let Ok(mut now) = self.0.lock() {
            *now += by;
        }
    }
}

impl stillpoint::audio::output::Clock for ManualClock {
    fn now(&self) -> std::time::Duration {
        self.0.lock().map(|now| *now).unwrap_or_default()
    }
}

#[test]
fn without_a_device_the_wall_clock_drives_the_session_to_its_end() {
    use stillpoint::audio::output::{ClockDriver, lock};
    let (engine, _) = Engine::new(three_steps(), None, RATE);
    let engine = std::sync::Arc::new(std::sync::Mutex::new(engine));
    lock(&engine).command(Command::Start);
    let clock = ManualClock::default();
    let mut driver = ClockDriver::new(engine.clone(), clock.clone());
    // Three seconds of settling, then 2.5 s into the first step.
    clock.advance(std::time::Duration::from_millis(5_500));
    assert!(!driver.tick());
    assert_eq!(lock(&engine).status().position, 2 * S + S / 2);
    lock(&engine).command(Command::Pause);
    clock.advance(std::time::Duration::from_secs(60));
    driver.tick();
    let paused_at = lock(&engine).status().position;
    assert_eq!(paused_at, 2 * S + S / 2 + frames(PAUSE_FADE, RATE));
    lock(&engine).command(Command::Resume);
    // The rest of the session: 30 s of steps plus the closing bell's ring-out.
    let rest = 30 * S + frames(RING_OUT, RATE) - paused_at;
    clock.advance(std::time::Duration::from_nanos(rest * 1_000_000_000 / S - 1));
    assert!(!driver.tick());
    clock.advance(std::time::Duration::from_millis(1));
    assert!(driver.tick(), "the session is done");
    assert_eq!(lock(&engine).status().phase, Phase::Finished);
}
