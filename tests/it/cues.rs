//! Cues in the timeline: every bundled session's guidance arrives as cues,
//! and timed cues land on their frame, from the start or back from the end.

use std::path::Path;

use stillpoint::audio::FileProbe;
use stillpoint::session::{Domain, Duration, load_file};
use stillpoint::timeline::{Action, Playback, Timeline, frames};

const RATE: u32 = 48_000;

/// (frame, cue text) of every cue event.
fn cues(timeline: &Timeline) -> Vec<(u64, String)> {
    timeline
        .events
        .iter()
        .filter_map(|e| match e.action {
            Action::Cue { cue, .. } => Some((e.at_frame, timeline.cues[cue].text.clone())),
            _ => None,
        })
        .collect()
}

/// The worked example of timed cues, tests/sessions/good/timed-cues.ron.
fn timed_cues() -> stillpoint::session::Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/timed-cues.ron");
    let file = load_file(&path, &FileProbe);
    file.session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)))
}

fn ms(ms: u64) -> u64 {
    frames(Duration::from_millis(ms), RATE)
}

#[test]
fn every_bundled_session_unfolds_in_cues() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    for session in library.sessions() {
        let timeline = Timeline::compile(session, None, &[], RATE);
        let listed = cues(&timeline);
        if session.domain != Domain::Timer {
            assert!(!listed.is_empty(), "{} has no cues", session.id);
            // Every step has guidance, and its first cue comes within it (as
            // it begins, or once its bell has rung out).
            for (index, step) in session.steps.iter().enumerate() {
                assert!(!step.cues.is_empty(), "{} step {index}", session.id);
                let span = &timeline.steps[index];
                assert!(
                    listed
                        .iter()
                        .any(|(at, _)| *at >= span.start && span.end.is_none_or(|end| *at < end)),
                    "{} step {index}",
                    session.id
                );
            }
        }
        // Cues come in order, inside their steps, and no two at once.
        assert!(listed.windows(2).all(|w| w[0].0 < w[1].0), "{}", session.id);
        for event in &timeline.events {
            if let Action::Cue { step, .. } = event.action {
                let span = &timeline.steps[step];
                assert!(event.at_frame >= span.start, "{}", session.id);
                assert!(span.end.is_none_or(|end| event.at_frame < end), "{}", session.id);
            }
        }
        // Read one at a time, at most 40 words are on screen.
        assert!(
            timeline.cues.iter().all(|c| c.text.split_whitespace().count() <= 40),
            "{}",
            session.id
        );
    }
}

#[test]
fn timed_cues_land_on_their_frame_at_every_length() {
    let session = timed_cues();
    for minutes in [5, 10, 20] {
        let length = Duration::from_mins(minutes);
        let timeline = Timeline::compile(&session, Some(length), &[], RATE);
        let fill = (minutes * 60 - 60) * 1000;
        let expected: Vec<(u64, &str)> = vec![
            (0, "Let your eyes close, or let your gaze rest low."),
            (ms(20_000), "Notice where the body meets the chair."),
            // Seven words after the cue at 20 s: said in 3.8 s, then 5 s
            // of silence.
            (ms(20_000 + 3_818 + 5_000), "Stay with this breath. And this one."),
            (ms(50_000), "In a moment, the sit begins."),
            (ms(60_000), "Rest here."),
            (
                ms(180_000),
                "If your mind has wandered, that is part of it. Come back gently.",
            ),
            (
                ms(60_000 + fill - 30_000),
                "Slowly, when you are ready, let your eyes open.",
            ),
        ];
        let listed = cues(&timeline);
        let listed: Vec<(u64, &str)> = listed.iter().map(|(at, text)| (*at, text.as_str())).collect();
        assert_eq!(listed, expected, "at {minutes} minutes");
        // The cue with its own recording starts it on the same frame.
        let voices: Vec<u64> = timeline
            .events
            .iter()
            .filter(|e| matches!(e.action, Action::Voice { .. }))
            .map(|e| e.at_frame)
            .collect();
        assert_eq!(voices, [ms(60_000)]);
        // Its recording speaks it: the synthesizer leaves it alone.
        assert!(!timeline.cues[4].synthesized && timeline.cues[5].synthesized);
    }
}

#[test]
fn one_more_minute_moves_the_cues_counted_from_the_end() {
    let session = timed_cues();
    let mut playback = Playback::new(session, Some(Duration::from_mins(10)), RATE);
    playback.start();
    // Into the sit, past its first cue.
    playback.advance(ms(90_000));
    assert_eq!(playback.status().cue, Some(4));
    playback.extend(Duration::from_mins(1));
    let listed = cues(playback.timeline());
    assert_eq!(
        listed.last().map(|(at, _)| *at),
        Some(ms(60_000 + 540_000 + 60_000 - 30_000))
    );
    assert_eq!(listed[5].0, ms(180_000), "counted from the start: where it was");
    // The cue showing follows the frames: the last reached.
    playback.advance(ms(100_000));
    assert_eq!(playback.status().cue, Some(5));
    // Skipping to the next step: nothing showing until its first cue.
    let mut playback = Playback::new(timed_cues(), Some(Duration::from_mins(10)), RATE);
    playback.start();
    playback.advance(ms(25_000));
    assert_eq!(playback.status().cue, Some(1));
    playback.skip();
    assert_eq!(playback.status().cue, None);
    playback.advance(1);
    assert_eq!(playback.status().cue, Some(4));
}

#[test]
fn joining_late_shows_the_cue_that_is_showing_for_everyone() {
    let session = timed_cues();
    let mut playback = Playback::new(session, Some(Duration::from_mins(10)), RATE);
    playback.start();
    playback.seek(ms(25_000));
    assert_eq!(playback.status().cue, Some(1));
}
