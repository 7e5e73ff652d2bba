//! `make bench`, speech: how long the synthesizers take over every cue of
//! the body scan, with a cold cache and a warm one, beside the bare
//! synthesizer reading the same words in one go; and, through a real
//! PulseAudio server (null sink, monitor recorded), how long after its
//! frame each cue's speech begins, against a bell on the first frame.
//! Prints figures; asserts nothing about time.

use crate::support::timing::{quick, scaled};
use crate::support::{onsets, pulse};

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use stillpoint::audio::FileProbe;
use stillpoint::audio::speech::{SYNTHESIS_TIMEOUT, SpeechCache, SpeechSettings, Synthesizer, Voicer};
use stillpoint::session::{Origin, load_text};
use stillpoint::timeline::{Action, Timeline};

const RATE: u32 = 48_000;

/// A bell on the first frame, then cues at known times (quick: the first
/// two, in a 12-second step).
const SPOKEN: &str = r#"Session(format: 1, id: "spoken-bench", title: "Spoken", summary: "S", domain: "mindfulness",
    steps: [Step(title: "A", duration: "40s", start_bell: "wood block", guidance: [
        Cue(at: "4s", text: "Let the body settle."),
        Cue(at: "10s", text: "Feel the chair beneath you."),
        Cue(at: "16s", text: "Notice the breath."),
        Cue(at: "22s", text: "Breathing in, you are here."),
        Cue(at: "28s", text: "If your mind wanders, gently return."),
        Cue(at: "34s", text: "Rest here."),
    ])],
    ending: None,
)"#;

fn synthesis(name: &str, synthesizer: Synthesizer, texts: &[String]) {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let voicer = Voicer {
        synthesizer,
        settings: SpeechSettings::default(),
        language: "en".into(),
        cache: SpeechCache::new(cache.path().to_owned()),
        sample_rate: RATE,
        timeout: SYNTHESIS_TIMEOUT,
    };
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        f();
        start.elapsed().as_secs_f64()
    };
    let cold = time(&|| {
        for text in texts {
            voicer.prepare(text).unwrap_or_else(|e| panic!("{e}"));
        }
    });
    let warm = time(&|| {
        for text in texts {
            voicer.speak(text).unwrap_or_else(|e| panic!("{e}"));
        }
    });
    println!(
        "  {name}: cold cache {cold:.2} s ({:.0} ms a cue), warm cache, read and made ready for the mixer {warm:.2} s ({:.1} ms a cue)",
        cold * 1000.0 / texts.len() as f64,
        warm * 1000.0 / texts.len() as f64
    );
}

pub fn run() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let body_scan = library
        .sessions()
        .find(|s| s.id.as_str() == "body-scan")
        .unwrap_or_else(|| panic!("no body scan"));
    let texts: Vec<String> = body_scan
        .steps
        .iter()
        .flat_map(|s| s.cues.iter().map(|c| c.text.clone()))
        .take(scaled(usize::MAX, 3))
        .collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let found = Synthesizer::find().unwrap_or_else(|| panic!("no synthesizer; make bench installs them"));
    let espeak = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("espeak-ng"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("no espeak-ng"));
    println!(
        "speech: every cue of the body scan ({} cues, {words} words)",
        texts.len()
    );
    let start = Instant::now();
    let whole = texts.join(" ");
    let status = Command::new(&espeak)
        .args(["-s", "120", "--stdout", "--"])
        .arg(&whole)
        .stdout(Stdio::null())
        .status();
    assert!(status.is_ok_and(|s| s.success()));
    println!(
        "  baseline, espeak-ng reading all of it in one process: {:.2} s",
        start.elapsed().as_secs_f64()
    );
    synthesis("espeak-ng", Synthesizer::espeak_at(espeak), &texts);
    synthesis(&found.name(), found.clone(), &texts);

    // Through the sound server: the wood block on frame 0 is the reference.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("spoken.ron");
    let spoken = if quick() {
        let cut = SPOKEN.find("        Cue(at: \"16s\"").unwrap_or(SPOKEN.len());
        let end = SPOKEN.find("    ])]").unwrap_or(SPOKEN.len());
        format!("{}{}", &SPOKEN[..cut], &SPOKEN[end..]).replace("\"40s\"", "\"12s\"")
    } else {
        SPOKEN.to_owned()
    };
    std::fs::write(&path, &spoken).unwrap_or_else(|e| panic!("{e}"));
    let file = load_text("spoken.ron".into(), Origin::Bundled, spoken.clone(), &FileProbe);
    let session = file.session.clone().unwrap_or_else(|| panic!("loads"));
    let timeline = Timeline::compile(&session, None, &[], RATE);
    let cues: Vec<u64> = timeline
        .events
        .iter()
        .filter(|e| matches!(e.action, Action::Cue { .. }))
        .map(|e| e.at_frame)
        .collect();
    let mut sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let recording = dir.path().join("recorded.wav");
    for warm in scaled(&[false, true][..], &[false][..]).iter().copied() {
        sink.record(&recording).unwrap_or_else(|e| panic!("{e}"));
        let played = sink
            .command(env!("CARGO_BIN_EXE_stillpoint"))
            .args(["play", &path.to_string_lossy(), "--no-gui", "--speak", "--data-dir"])
            .arg(dir.path().join("data"))
            .stdin(Stdio::null())
            .output();
        assert!(played.is_ok_and(|o| o.status.success()), "play failed");
        std::thread::sleep(Duration::from_millis(500));
        sink.stop_recording();
        let signal = pulse::read_mono(&recording);
        let templates = onsets::bell_templates(&timeline.bells, RATE);
        let Some(bell) = onsets::find_onsets(&signal, &templates)
            .first()
            .map(|o| o.frame as usize)
        else {
            println!("  through PulseAudio: the bell was not heard");
            continue;
        };
        // Where the voice begins: the first 5 ms whose level rises well
        // above the silence before the cue.
        let window = RATE as usize / 200;
        let mut lateness = Vec::new();
        for cue in &cues {
            let due = bell + *cue as usize;
            let quiet = &signal[due.saturating_sub(RATE as usize / 2)..due.saturating_sub(RATE as usize / 10)];
            let floor = (quiet.iter().map(|s| s * s).sum::<f32>() / quiet.len().max(1) as f32).sqrt();
            let begun = (due.saturating_sub(window * 10)..due + RATE as usize)
                .step_by(window)
                .find(|at| {
                    let part = &signal[*at..(*at + window).min(signal.len())];
                    let level = (part.iter().map(|s| s * s).sum::<f32>() / part.len().max(1) as f32).sqrt();
                    level > (floor * 10.0).max(0.01)
                });
            if let Some(begun) = begun {
                lateness.push((begun as f64 - due as f64) * 1000.0 / f64::from(RATE));
            }
        }
        let cache = if warm { "warm cache" } else { "cold cache" };
        let listed: Vec<String> = lateness.iter().map(|l| format!("{l:+.0}")).collect();
        let worst = lateness.iter().fold(f64::MIN, |m, l| m.max(l.abs()));
        println!(
            "  through PulseAudio ({}, {cache}): speech began after its frame by [{}] ms, worst {worst:.0} ms (target within 50 ms; the bell on frame 0 is the reference; {} of {} cues heard)",
            found.name(),
            listed.join(", "),
            lateness.len(),
            cues.len()
        );
    }
}
