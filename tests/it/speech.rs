//! Spoken guidance through the engine, with the system's real
//! synthesizers: heard at each cue's frame with the bed ducked under it,
//! paused and resumed on the same sample; and a synthesizer that is
//! missing, fails, hangs or gives no audio leaves the session on time, as
//! text, with one notice.

use std::path::{Path, PathBuf};
use std::process::Command;

use stillpoint::audio::render::render_blocks;
use stillpoint::audio::speech::{SYNTHESIS_TIMEOUT, SpeechCache, SpeechFeed, SpeechSettings, Synthesizer, Voicer};
use stillpoint::audio::{Command as EngineCommand, Engine, FileProbe, Volumes};
use stillpoint::session::{Origin, Session, load_text};
use stillpoint::timeline::{Action, Phase, Timeline};

const RATE: u32 = 48_000;

/// Three steps with a rain bed and cues far enough apart to be told apart.
const SESSION: &str = r#"Session(format: 1, id: "spoken", title: "Spoken", summary: "S", domain: "mindfulness",
    ambient: Ambient(sound: "rain", volume: 0.5, fade_in: "1s", fade_out: "1s"),
    steps: [
        Step(title: "A", duration: "12s", guidance: [
            Cue(at: "1s", text: "Let the body settle."),
            Cue(at: "7s", text: "Feel the chair beneath you."),
        ]),
        Step(title: "B", duration: "8s", guidance: "Notice the breath."),
    ],
    ending: None,
)"#;

fn session() -> Session {
    let file = load_text("spoken.ron".into(), Origin::Bundled, SESSION.into(), &FileProbe);
    file.session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)))
}

fn on_path(name: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} is not installed; `make test` installs it"))
}

fn voicer(synthesizer: Synthesizer, cache: &Path) -> Voicer {
    Voicer {
        synthesizer,
        settings: SpeechSettings::default(),
        language: "en".into(),
        cache: SpeechCache::new(cache.to_owned()),
        sample_rate: RATE,
        timeout: SYNTHESIS_TIMEOUT,
    }
}

/// The session rendered to mono with these volumes, spoken by `voicer`.
fn render(voicer: Option<&Voicer>, volumes: Volumes) -> (Vec<f32>, Timeline) {
    let mut mono = Vec::new();
    let (timeline, missing) = render_blocks(&session(), None, RATE, volumes, voicer, |block| {
        mono.extend(block.chunks_exact(2).map(|f| (f[0] + f[1]) / 2.0));
        Ok(())
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(missing.is_empty(), "{missing:?}");
    (mono, timeline)
}

/// The frames of the cue events.
fn cue_frames(timeline: &Timeline) -> Vec<(usize, u64)> {
    timeline
        .events
        .iter()
        .filter_map(|e| match e.action {
            Action::Cue { cue, .. } => Some((cue, e.at_frame)),
            _ => None,
        })
        .collect()
}

/// The signal through a band-pass filter around the voice's band
/// (a biquad centred at 1 kHz, an octave and a half either side).
fn voice_band(signal: &[f32]) -> Vec<f32> {
    let w0 = 2.0 * std::f64::consts::PI * 1000.0 / f64::from(RATE);
    let alpha = w0.sin() / (2.0 * 0.5);
    let (b0, b2, a0, a1, a2) = (alpha, -alpha, 1.0 + alpha, -2.0 * w0.cos(), 1.0 - alpha);
    let (mut x1, mut x2, mut y1, mut y2) = (0.0, 0.0, 0.0, 0.0);
    signal
        .iter()
        .map(|x| {
            let x = f64::from(*x);
            let y = (b0 * x + b2 * x2 - a1 * y1 - a2 * y2) / a0;
            (x2, x1, y2, y1) = (x1, x, y1, y);
            y as f32
        })
        .collect()
}

fn rms(signal: &[f32]) -> f32 {
    (signal.iter().map(|s| s * s).sum::<f32>() / signal.len().max(1) as f32).sqrt()
}

fn ms(ms: u64) -> usize {
    (ms * u64::from(RATE) / 1000) as usize
}

fn check_heard_at_each_cue(synthesizer: Synthesizer) {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let voicer = voicer(synthesizer, cache.path());
    // Speech alone (no bed): voice-band energy within 300 ms of each cue,
    // silence in the 300 ms before it.
    let (speech, timeline) = render(
        Some(&voicer),
        Volumes {
            ambient: 0.0,
            ..Default::default()
        },
    );
    let band = voice_band(&speech);
    let cues = cue_frames(&timeline);
    assert_eq!(cues.len(), 3);
    for (cue, frame) in &cues {
        let at = *frame as usize;
        let after = rms(&band[at..at + ms(300)]);
        let before = rms(&band[at - ms(300)..at]);
        assert!(
            after > 0.01 && after > before * 20.0,
            "cue {cue}: {after} after, {before} before"
        );
    }
    // The bed alone (the voice bus silent, the speech still playing):
    // lower under each cue's speech than between cues.
    let (bed, _) = render(
        Some(&voicer),
        Volumes {
            voice: 0.0,
            ..Default::default()
        },
    );
    // (The first cue comes while the bed is still fading in.)
    for (cue, frame) in &cues[1..] {
        let at = *frame as usize;
        let said = voicer
            .speak(&timeline.cues[*cue].text)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(said.len() > ms(900), "cue {cue} is spoken for {} frames", said.len());
        let under = rms(&bed[at + ms(500)..at + ms(800)]);
        let between = rms(&bed[at - ms(900)..at - ms(600)]);
        assert!(
            under < between * 0.5,
            "cue {cue}: bed {under} under the voice, {between} between"
        );
    }
    // A second render reads every cue from the cache: the same sound.
    let cached = std::fs::read_dir(cache.path()).map(|d| d.count()).unwrap_or(0);
    assert_eq!(cached, 2 * 3, "a WAV and its key for each cue");
    let (again, _) = render(
        Some(&voicer),
        Volumes {
            ambient: 0.0,
            ..Default::default()
        },
    );
    assert_eq!(again, speech);
}

#[test]
fn espeak_ng_is_heard_at_each_cue_with_the_bed_ducked_under_it() {
    let _cores = crate::support::cpu::heavy();
    check_heard_at_each_cue(Synthesizer::espeak_at(on_path("espeak-ng")));
}

#[test]
fn festivals_natural_voice_is_heard_at_each_cue_with_the_bed_ducked_under_it() {
    let _cores = crate::support::cpu::heavy();
    on_path("text2wave");
    let found = Synthesizer::find().unwrap_or_else(|| panic!("no synthesizer found"));
    assert_eq!(found.name(), "Festival and espeak-ng");
    check_heard_at_each_cue(found);
}

#[test]
fn pausing_mid_word_and_resuming_continues_on_the_same_sample() {
    let _cores = crate::support::cpu::heavy();
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let voicer = voicer(Synthesizer::espeak_at(on_path("espeak-ng")), cache.path());
    let engine = |voicer: &Voicer| {
        let (mut engine, _) = Engine::new(session(), None, RATE);
        let (feed, send) = SpeechFeed::manual();
        engine.speak(feed);
        let timeline = engine.playback().timeline().clone();
        for (cue, _) in cue_frames(&timeline) {
            let samples = voicer.speak(&timeline.cues[cue].text).unwrap_or_else(|e| panic!("{e}"));
            let _ = send.send(stillpoint::audio::speech::SpeechMessage::Ready { cue, samples });
        }
        // The voice alone, so each sample is the speech's own.
        engine.command(EngineCommand::SetVolumes(Volumes {
            ambient: 0.0,
            ..Default::default()
        }));
        engine.command(EngineCommand::Start);
        (engine, send)
    };
    let block = |engine: &mut Engine, frames: usize| {
        let mut out = vec![0.0f32; frames * 2];
        engine.render(&mut out);
        out
    };
    // Straight through.
    let (mut straight, _keep) = engine(&voicer);
    let reference = block(&mut straight, ms(4_000));
    // Paused at 1.5 s, in the middle of "Let the body settle.", for a while.
    let (mut paused, _keep) = engine(&voicer);
    let pause_at = ms(1_500);
    let mut heard = block(&mut paused, pause_at);
    assert!(rms(&heard[ms(1_300) * 2..]) > 0.01, "speaking when paused");
    paused.command(EngineCommand::Pause);
    for _ in 0..20 {
        heard.extend(block(&mut paused, 256));
    }
    assert!(paused.status().paused);
    let frozen = paused.status().position;
    assert!(
        heard[heard.len() - 512..].iter().all(|s| *s == 0.0),
        "silent while paused"
    );
    paused.command(EngineCommand::Resume);
    let resumed = block(&mut paused, ms(1_000));
    // Past the 30 ms fade back in, every sample is the one the straight
    // render played at the same point of the session.
    let settled = ms(40);
    let from = frozen as usize + settled;
    let after = &resumed[settled * 2..];
    let same = &reference[from * 2..from * 2 + after.len()];
    assert!(rms(after) > 0.01, "speaking after the pause");
    let differs = after
        .iter()
        .zip(same)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(differs < 1e-6, "resumed at frame {frozen}: differs by up to {differs}");
}

/// A stand-in synthesizer: a shell script saved as `espeak-ng` in `dir`.
fn stand_in(dir: &Path, script: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let program = dir.join("espeak-ng");
    std::fs::write(&program, format!("#!/bin/sh\n{script}\n")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap_or_else(|e| panic!("{e}"));
    program
}

/// Plays the session as the audio thread does, in blocks, with speech from
/// `synthesizer`; checks each cue is shown on its frame, and returns the
/// one notice of failure (waiting up to 10 s for it) and whether the whole
/// session had been played before it came.
fn play_with(synthesizer: Synthesizer) -> (String, bool) {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let voicer = voicer(synthesizer, cache.path());
    let (mut engine, _) = Engine::new(session(), None, RATE);
    let cues = Voicer::cues_of(engine.playback().timeline());
    engine.speak(SpeechFeed::start(voicer, cues));
    engine.command(EngineCommand::Start);
    let expected = cue_frames(engine.playback().timeline());
    let mut out = vec![0.0f32; 256 * 2];
    let mut shown = Vec::new();
    let mut notice = None;
    while engine.status().phase != Phase::Finished {
        engine.render(&mut out);
        let status = engine.status();
        if let Some(cue) = status.cue
            && shown.last().is_none_or(|(c, _)| *c != cue)
        {
            shown.push((cue, status.position));
        }
        notice = notice.or(engine.take_speech_failure());
    }
    let finished_first = notice.is_none();
    // Each cue showed within the block its frame fell in.
    assert_eq!(shown.len(), expected.len());
    for ((cue, seen), (expected_cue, frame)) in shown.iter().zip(&expected) {
        assert_eq!(cue, expected_cue);
        // The position is told at the end of each block.
        assert!(
            *seen > *frame && *seen <= frame + 256,
            "cue {cue} at {seen}, due {frame}"
        );
    }
    let started = std::time::Instant::now();
    while notice.is_none() && started.elapsed() < std::time::Duration::from_secs(10) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        engine.render(&mut out);
        notice = engine.take_speech_failure();
    }
    let notice = notice.unwrap_or_else(|| panic!("no notice"));
    // Said once.
    engine.render(&mut out);
    assert_eq!(engine.take_speech_failure(), None);
    assert!(!engine.is_speaking());
    (notice, finished_first)
}

#[test]
fn a_failing_synthesizer_leaves_the_cues_on_time_with_one_notice() {
    let _cores = crate::support::cpu::heavy();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (notice, _) = play_with(Synthesizer::espeak_at(stand_in(
        dir.path(),
        "echo 'no voice' >&2; exit 3",
    )));
    assert!(
        notice.contains("espeak-ng failed") && notice.contains("no voice"),
        "{notice}"
    );
}

#[test]
fn a_synthesizer_that_gives_no_audio_leaves_the_cues_on_time_with_one_notice() {
    let _cores = crate::support::cpu::heavy();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (notice, _) = play_with(Synthesizer::espeak_at(stand_in(
        dir.path(),
        "echo 'hello, I am not a WAV'",
    )));
    assert!(notice.contains("not audio"), "{notice}");
}

#[test]
fn a_missing_synthesizer_leaves_the_cues_on_time_with_one_notice() {
    let _cores = crate::support::cpu::heavy();
    let (notice, _) = play_with(Synthesizer::espeak_at("/nonexistent/espeak-ng".into()));
    assert!(notice.contains("could not be started"), "{notice}");
}

#[test]
fn a_hanging_synthesizer_is_given_up_after_five_seconds_and_never_holds_the_audio_up() {
    let _cores = crate::support::cpu::heavy();
    assert_eq!(SYNTHESIS_TIMEOUT, std::time::Duration::from_secs(5));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (notice, finished_first) = play_with(Synthesizer::espeak_at(stand_in(dir.path(), "exec sleep 60")));
    assert!(notice.contains("took longer than 5 seconds"), "{notice}");
    // The whole 20 s session was rendered while the synthesizer hung.
    assert!(finished_first, "the audio waited for the synthesizer");
}

fn stillpoint(args: &[&str], path: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        // In English, whatever the machine running the tests speaks.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .args(args)
        .env("PATH", path)
        .env_remove("STILLPOINT_DATA_DIR")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

#[test]
fn the_command_line_speaks_or_says_why_not() {
    let _cores = crate::support::cpu::heavy();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("spoken.ron");
    std::fs::write(&file, SESSION).unwrap_or_else(|e| panic!("{e}"));
    let file = file.to_string_lossy().into_owned();
    let data = dir.path().join("data");
    let data = data.to_string_lossy();
    let out = dir.path().join("out.wav");
    let out = out.to_string_lossy();
    // The real synthesizers: the file has the guidance spoken in it.
    let system_path = std::env::var("PATH").unwrap_or_default();
    let output = stillpoint(
        &["render", &file, "--speak", "-o", &out, "--data-dir", &data],
        &system_path,
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("guidance spoken"), "{said}");
    assert!(std::fs::read_dir(dir.path().join("data/speech-cache")).is_ok_and(|d| d.count() == 6));
    // None installed: a note, and the file all the same.
    let output = stillpoint(
        &["render", &file, "--speak", "-o", &out, "--data-dir", &data],
        "/nonexistent",
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("no speech synthesizer is installed"), "{said}");
    // One that fails, in the terminal player: one note; the cues still
    // come, each as it arrives; the session completes.
    let bin = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    stand_in(bin.path(), "exit 1");
    let output = stillpoint(
        &["play", &file, "--no-gui", "--speak", "--data-dir", &data],
        &bin.path().to_string_lossy(),
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert_eq!(said.matches("can no longer be spoken").count(), 1, "{said}");
    let settle = said.find("Let the body settle.").unwrap_or(usize::MAX);
    let chair = said.find("Feel the chair beneath you.").unwrap_or(0);
    assert!(settle < chair, "each cue as it comes: {said}");
    assert!(said.contains("Completed"), "{said}");
}
