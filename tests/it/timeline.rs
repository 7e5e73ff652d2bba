//! Sessions laid out in frames: every cue exactly where the file says.

use stillpoint::audio::FileProbe;
use stillpoint::session::Duration;
use stillpoint::timeline::{Action, RING_OUT, Timeline, frames};

use crate::support::sessions;
use sessions::session;

/// The frames of every event of `kind`, in order.
fn at(timeline: &Timeline, kind: &str) -> Vec<u64> {
    timeline
        .events
        .iter()
        .filter(|e| e.action.kind() == kind)
        .map(|e| e.at_frame)
        .collect()
}

const S: u64 = 48_000;

#[test]
fn steps_follow_each_other_and_the_end_waits_for_the_closing_bell_to_ring_out() {
    let s = session(
        "Step(title: \"A\", duration: \"1m\", start_bell: Bell(sound: \"gong\", strikes: 3, spacing: \"4s\")),
         Step(title: \"B\", duration: \"30s\", end_bell: \"wood block\")",
        "ending: Ending(bell: Bell(sound: \"singing bowl\", strikes: 2, spacing: \"5s\")),",
    );
    let t = Timeline::compile(&s, None, &[], 48_000);
    assert_eq!(at(&t, "step"), [0, 60 * S]);
    // Gong strikes 0, 4, 8 s; wood block at 90 s; closing bowl at 90 s and 95 s.
    assert_eq!(at(&t, "bell"), [0, 4 * S, 8 * S, 90 * S, 90 * S, 95 * S]);
    let end = 95 * S + frames(RING_OUT, 48_000);
    assert_eq!(at(&t, "end"), [end]);
    assert_eq!(t.end_frame, Some(end));
}

#[test]
fn interval_rules_ring_inside_their_step_only() {
    for (rule, expected_secs) in [
        ("every: \"2m\"", vec![120, 240, 360, 480]),
        ("every: \"5m\"", vec![300]),
        ("count: 3", vec![150, 300, 450]),
        ("at: [\"7m\", \"1m 30s\", \"1m 30s\"]", vec![90, 420]),
    ] {
        let s = session(
            &format!("Step(title: \"A\", duration: \"10m\", interval_bells: Intervals({rule}))"),
            "ending: None,",
        );
        for rate in [44_100u32, 48_000] {
            let t = Timeline::compile(&s, None, &[], rate);
            let expected: Vec<u64> = expected_secs.iter().map(|s| s * u64::from(rate)).collect();
            assert_eq!(at(&t, "bell"), expected, "{rule} at {rate} Hz");
            // No closing bell: the session ends with its last step.
            assert_eq!(t.end_frame, Some(600 * u64::from(rate)));
        }
    }
}

#[test]
fn fill_steps_share_the_chosen_length() {
    let s = session(
        "Step(title: \"In\", duration: \"1m\"), Step(title: \"F1\", fill: true), Step(title: \"F2\", fill: true, interval_bells: Intervals(every: \"4m\")), Step(title: \"Out\", duration: \"1m\")",
        "length: Flexible(min: \"5m\", max: \"30m\", default: \"10m\"), ending: None,",
    );
    let t = Timeline::compile(&s, Some(Duration::from_mins(20)), &[], 48_000);
    // 18 minutes to fill, 9 each.
    assert_eq!(at(&t, "step"), [0, 60 * S, 600 * S, 1140 * S]);
    assert_eq!(at(&t, "bell"), [840 * S, 1080 * S]);
    assert_eq!(t.end_frame, Some(1200 * S));
    // Out of range lengths are brought within it; no length means the default.
    assert_eq!(
        Timeline::compile(&s, Some(Duration::from_mins(90)), &[], 48_000).end_frame,
        Some(1800 * S)
    );
    assert_eq!(Timeline::compile(&s, None, &[], 48_000).end_frame, Some(600 * S));
}

#[test]
fn an_extension_lengthens_its_step_and_moves_what_follows() {
    let s = session(
        "Step(title: \"A\", duration: \"2m\", interval_bells: Intervals(every: \"1m\")), Step(title: \"B\", duration: \"1m\", start_bell: \"gong\")",
        "ending: None,",
    );
    let plain = Timeline::compile(&s, None, &[], 48_000);
    let extended = Timeline::compile(&s, None, &[Duration::from_mins(1)], 48_000);
    assert_eq!(at(&plain, "bell"), [60 * S, 120 * S]);
    // The interval bells continue into the added minute; the gong moves.
    assert_eq!(at(&extended, "bell"), [60 * S, 120 * S, 180 * S]);
    assert_eq!(at(&extended, "step"), [0, 180 * S]);
    assert_eq!(extended.end_frame, Some(240 * S));
}

#[test]
fn an_open_ended_step_rings_until_it_is_ended() {
    let s = session(
        "Step(title: \"In\", duration: \"1m\"), Step(title: \"Open\", fill: true, interval_bells: Intervals(every: \"10m\", bell: Bell(sound: \"small bell\", strikes: 2, spacing: \"2s\")))",
        "length: OpenEnded, ending: Ending(bell: \"gong\"),",
    );
    let mut t = Timeline::compile(&s, None, &[], 48_000);
    assert_eq!(t.end_frame, None);
    let window: Vec<u64> = t
        .events_between(660 * S + S, 1261 * S)
        .iter()
        .map(|e| e.at_frame)
        .collect();
    // The second strike of the 11-minute ring, then the whole 21-minute ring.
    assert_eq!(window, [662 * S, 1260 * S]);
    t.close_at(1500 * S);
    assert_eq!(at(&t, "bell"), [660 * S, 662 * S, 1260 * S, 1262 * S, 1500 * S]);
    assert_eq!(t.end_frame, Some(1500 * S + frames(RING_OUT, 48_000)));
    assert!(matches!(t.events.last().map(|e| &e.action), Some(Action::End)));
}

#[test]
fn the_ambient_bed_fades_in_and_out_around_the_session() {
    let s = session(
        "Step(title: \"A\", duration: \"5m\", ambient: [Fade(at: \"1m\", to: 0.1, over: \"20s\")])",
        "ambient: Ambient(sound: \"rain\", volume: 0.4, fade_in: \"10s\", fade_out: \"15s\"), ending: None,",
    );
    let t = Timeline::compile(&s, None, &[], 48_000);
    let fades: Vec<(u64, u64)> = t
        .events
        .iter()
        .filter_map(|e| match e.action {
            Action::AmbientFade { over_frames, .. } => Some((e.at_frame, over_frames)),
            _ => None,
        })
        .collect();
    assert_eq!(fades, [(0, 10 * S), (60 * S, 20 * S), (285 * S, 15 * S)]);
}

#[test]
fn every_bundled_session_compiles_in_order_and_ends() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    for session in library.sessions() {
        let mut t = Timeline::compile(session, None, &[], 44_100);
        if t.end_frame.is_none() {
            t.close_at(frames(Duration::from_mins(30), 44_100));
        }
        assert!(
            t.events.windows(2).all(|w| w[0].at_frame <= w[1].at_frame),
            "{}",
            session.id
        );
        assert_eq!(
            t.events.iter().filter(|e| e.action == Action::End).count(),
            1,
            "{}",
            session.id
        );
        assert_eq!(t.events.last().map(|e| e.at_frame), t.end_frame, "{}", session.id);
        assert_eq!(t.steps.len(), session.steps.len());
    }
}
