//! Offline renders: every bell and voice starts on its scheduled frame,
//! found in the samples themselves; renders last exactly as long as the
//! session.

use stillpoint::audio::render::{render_blocks, render_wav};
use stillpoint::audio::{FileProbe, Volumes};
use stillpoint::session::{Duration, Length, Origin, Session, load_file, load_text};
use stillpoint::timeline::{Action, Timeline};

const RATE: u32 = 48_000;

use crate::support::onsets;
use crate::support::sessions;

/// The frames of the onsets found in `signal`.
fn find_onsets(signal: &[f32], templates: &[Vec<f32>]) -> Vec<u64> {
    onsets::find_onsets(signal, templates).iter().map(|o| o.frame).collect()
}

fn mono_of_bells(session: &Session, length: Option<Duration>, volumes: Volumes) -> (Vec<f32>, Timeline) {
    let mut mono = Vec::new();
    let (timeline, missing) = render_blocks(session, length, RATE, volumes, None, |block| {
        mono.extend(block.chunks_exact(2).map(|f| f[0] + f[1]));
        Ok(())
    })
    .unwrap_or_else(|e| panic!("{}: {e}", session.id));
    assert!(missing.is_empty(), "{}: {missing:?}", session.id);
    (mono, timeline)
}

fn scheduled(timeline: &Timeline, kind: &str) -> Vec<u64> {
    let mut frames: Vec<u64> = timeline
        .events
        .iter()
        .filter(|e| e.action.kind() == kind)
        .map(|e| e.at_frame)
        .collect();
    frames.dedup();
    frames
}

fn templates(timeline: &Timeline) -> Vec<Vec<f32>> {
    onsets::bell_templates(&timeline.bells, RATE)
}

/// Every bundled session, rendered with its bells alone: each onset found
/// in the samples is a scheduled strike, on its exact frame, and none is
/// missing.
#[test]
fn every_bundled_bell_rings_on_its_scheduled_frame() {
    let _cores = crate::support::cpu::heavy();
    let library = stillpoint::bundled::library(None, &FileProbe);
    let bells_only = Volumes {
        ambient: 0.0,
        voice: 0.0,
        ..Volumes::default()
    };
    let mut checked = 0;
    for session in library.sessions() {
        let length = (session.length == Length::OpenEnded).then(|| Duration::from_mins(12));
        let (mono, timeline) = mono_of_bells(session, length, bells_only);
        assert_eq!(
            Some(mono.len() as u64),
            timeline.end_frame,
            "{}: render length",
            session.id
        );
        let expected = scheduled(&timeline, "bell");
        let found = find_onsets(&mono, &templates(&timeline));
        assert_eq!(found, expected, "{}: onsets found vs scheduled (frames)", session.id);
        checked += expected.len();
    }
    assert!(checked > 50, "only {checked} strikes checked");
}

/// The ambient bed and the bells together: the bells still stand out on
/// their frames over the bed.
#[test]
fn bells_land_on_their_frames_over_the_ambient_bed() {
    let _cores = crate::support::cpu::heavy();
    let library = stillpoint::bundled::library(None, &FileProbe);
    for id in ["body-scan", "calm-in-overwhelm", "shared-vision"] {
        let session = library
            .sessions()
            .find(|s| s.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(session.ambient.is_some(), "{id} has no bed");
        let (mono, timeline) = mono_of_bells(session, None, Volumes::default());
        assert_eq!(
            find_onsets(&mono, &templates(&timeline)),
            scheduled(&timeline, "bell"),
            "{id}"
        );
    }
}

/// A recording starts on its step's first frame.
#[test]
fn voice_recordings_start_on_their_frames() {
    let _cores = crate::support::cpu::heavy();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/all-fields.ron");
    let file = load_file(&path, &FileProbe);
    let session = file
        .session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)));
    let voice_only = Volumes {
        ambient: 0.0,
        bells: 0.0,
        ..Volumes::default()
    };
    let (mono, timeline) = mono_of_bells(&session, None, voice_only);
    let voice_frames = scheduled(&timeline, "voice");
    assert!(!voice_frames.is_empty());
    let template: Vec<Vec<f32>> = timeline
        .events
        .iter()
        .find_map(|e| match &e.action {
            Action::Voice { file, .. } => stillpoint::audio::decode::decode_file(&file.path, RATE).ok(),
            _ => None,
        })
        .map(|s| vec![s.chunks_exact(2).map(|f| f[0] + f[1]).collect()])
        .unwrap_or_default();
    assert_eq!(find_onsets(&mono, &template), voice_frames);
}

#[test]
fn a_wav_render_lasts_exactly_as_long_as_the_session() {
    let _cores = crate::support::cpu::heavy();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = "Session(format: 1, id: \"short\", title: \"Short\", summary: \"S\", domain: \"timer\", settle: \"5s\",
        ambient: Ambient(sound: \"stream\"),
        steps: [Step(title: \"Sit\", duration: \"7s 250ms\", start_bell: \"small bell\")],
        ending: Ending(bell: Bell(sound: \"wood block\", strikes: 2, spacing: \"1s\")))";
    let file = load_text("short.ron".into(), Origin::Bundled, text.into(), &FileProbe);
    let session = file
        .session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)));
    for rate in [44_100, 48_000] {
        let path = dir.path().join(format!("short-{rate}.wav"));
        let (timeline, _) = render_wav(&session, None, rate, None, &path).unwrap_or_else(|e| panic!("{e}"));
        let reader = hound::WavReader::open(&path).unwrap_or_else(|e| panic!("{e}"));
        // 7.25 s of step, a second between the two closing strikes, the ring-out.
        let expected = (7.25 + 1.0 + stillpoint::timeline::RING_OUT.as_secs_f64()) * f64::from(rate);
        assert_eq!(u64::from(reader.duration()), expected as u64);
        assert_eq!(timeline.end_frame, Some(expected as u64));
        assert_eq!(reader.spec().sample_rate, rate);
    }
}

/// The left channel of a whole render.
fn left_channel(session: &Session, volumes: Volumes) -> Vec<f32> {
    let mut left = Vec::new();
    render_blocks(session, None, RATE, volumes, None, |block| {
        left.extend(block.chunks_exact(2).map(|f| f[0]));
        Ok(())
    })
    .unwrap_or_else(|e| panic!("{e}"));
    left
}

/// A looping ambient file joins itself without a gap or a click: half a
/// second of 440 Hz (a whole number of cycles, 44.1 kHz, from sox) looped
/// at 48 kHz stays one clean sine across its loop points.
#[test]
fn a_looping_ambient_file_has_no_gap() {
    let _cores = crate::support::cpu::heavy();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let session = sessions::session_with_audio(
        dir.path(),
        "Session(format: 1, id: \"loop\", title: \"Loop\", summary: \"S\", domain: \"timer\",
            ambient: Ambient(file: \"loop.wav\", volume: 1.0, fade_in: \"0s\", fade_out: \"0s\"),
            steps: [Step(title: \"Sit\", duration: \"4s\")], ending: None)",
        &[("loop.wav", "tests/audio/wav-mono-16bit-44100.wav")],
    );
    let left = left_channel(
        &session,
        Volumes {
            master: 1.0,
            ..Volumes::default()
        },
    );
    // A pure sine obeys x[n+1] = 2 cos(w) x[n] - x[n-1]; a gap or a jump in
    // phase breaks it. Loop points fall at 0.5 s, 1 s, ... 2 s.
    let w = std::f32::consts::TAU * 440.0 / RATE as f32;
    let window = &left[RATE as usize / 10..(RATE as usize) * 5 / 2];
    let worst = window
        .windows(3)
        .map(|x| (x[2] - 2.0 * w.cos() * x[1] + x[0]).abs())
        .fold(0.0f32, f32::max);
    assert!(worst < 0.002, "the loop breaks the sine by {worst}");
    let peak = window.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    assert!((0.45..0.55).contains(&peak), "peak {peak}");
}

/// The ambient bed ducks under a voice recording and comes back after it.
#[test]
fn the_bed_ducks_under_the_voice() {
    let _cores = crate::support::cpu::heavy();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let session = sessions::session_with_audio(
        dir.path(),
        "Session(format: 1, id: \"duck\", title: \"Duck\", summary: \"S\", domain: \"timer\",
            ambient: Ambient(sound: \"pink noise\", volume: 1.0, fade_in: \"0s\", fade_out: \"0s\"),
            steps: [Step(title: \"Quiet\", duration: \"3s\"), Step(title: \"Spoken\", duration: \"4s\", voice: \"voice.wav\")],
            ending: None)",
        &[("voice.wav", "tests/sessions/good/voice/one-second.wav")],
    );
    // The voice bus silent, so only the bed is measured.
    let left = left_channel(
        &session,
        Volumes {
            voice: 0.0,
            ..Volumes::default()
        },
    );
    let rms = |from_secs: f64, to_secs: f64| {
        let part = &left[(from_secs * f64::from(RATE)) as usize..(to_secs * f64::from(RATE)) as usize];
        (part.iter().map(|s| s * s).sum::<f32>() / part.len() as f32).sqrt()
    };
    let before = rms(1.0, 2.5);
    let under_voice = rms(3.5, 3.9);
    let after = rms(4.8, 5.2);
    let ratio = under_voice / before;
    assert!((0.25..0.45).contains(&ratio), "ducked to {ratio:.2} of its level");
    assert!(
        (after / before - 1.0).abs() < 0.15,
        "back to {:.2} of its level",
        after / before
    );
}
