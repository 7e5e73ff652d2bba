//! `make bench`, playback: a 10-minute session played live through a real
//! PulseAudio server (null sink, monitor recorded), beside a baseline in
//! the same run: the same session rendered to WAV and played by `paplay`
//! into the same sink.
//!
//! For each: the onset error of every bell against its schedule (the first
//! bell is the reference), in ms, median and max; the drift from the first
//! bell to the last; CPU while playing, as a share of one core; peak memory.
//! Prints figures; asserts nothing about time.

use crate::support::timing::quick;
use crate::support::usage::usage;
use crate::support::{onsets, pulse};

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use stillpoint::audio::FileProbe;
use stillpoint::session::load_file;
use stillpoint::timeline::{Action, Timeline};

const RATE: u32 = 48_000;
/// Ten minutes, a bell every 30 s (quick: 20 s, a bell every 5 s).
const SESSION: &str =
    "Session(format: 1, id: \"bench-ten\", title: \"Ten minutes\", summary: \"A bench.\", domain: \"timer\",
    ambient: Ambient(sound: \"rain\", volume: 0.3),
    steps: [Step(title: \"Sit\", duration: \"10m\", start_bell: \"singing bowl\",
        interval_bells: Intervals(every: \"30s\", bell: \"small bell\"))],
    ending: Ending(bell: \"gong\"))";

/// Waits for `child`, sampling its CPU and memory; returns (CPU seconds,
/// wall seconds, peak KiB).
fn watch(mut child: Child) -> (f64, f64, u64) {
    let start = Instant::now();
    let mut last = (0.0, 0);
    while child.try_wait().ok().flatten().is_none() {
        if let Some(now) = usage(child.id()) {
            last = now;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    (last.0, start.elapsed().as_secs_f64(), last.1)
}

struct Figures {
    median_ms: f64,
    max_ms: f64,
    drift_ms: f64,
    heard: usize,
}

/// Onset errors of the recorded bells against the schedule.
fn onset_errors(recording: &Path, timeline: &Timeline) -> Figures {
    let signal = pulse::read_mono(recording);
    let templates = onsets::bell_templates(&timeline.bells, RATE);
    let found = onsets::find_onsets(&signal, &templates);
    let scheduled: Vec<u64> = timeline
        .events
        .iter()
        .filter(|e| matches!(e.action, Action::Bell { .. }))
        .map(|e| e.at_frame)
        .collect();
    let (Some(first_found), Some(first_scheduled)) = (found.first(), scheduled.first()) else {
        return Figures {
            median_ms: f64::NAN,
            max_ms: f64::NAN,
            drift_ms: f64::NAN,
            heard: 0,
        };
    };
    let mut errors: Vec<f64> = found
        .iter()
        .zip(&scheduled)
        .map(|(heard, planned)| {
            let heard_ms = (heard.frame as f64 - first_found.frame as f64) * 1000.0 / f64::from(RATE);
            let planned_ms = (*planned as f64 - *first_scheduled as f64) * 1000.0 / f64::from(RATE);
            heard_ms - planned_ms
        })
        .collect();
    let drift_ms = errors.last().copied().unwrap_or(f64::NAN);
    let heard = found.len();
    errors.iter_mut().for_each(|e| *e = e.abs());
    errors.sort_by(f64::total_cmp);
    Figures {
        median_ms: errors[errors.len() / 2],
        max_ms: errors[errors.len() - 1],
        drift_ms,
        heard,
    }
}

pub fn run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let session_path = dir.path().join("bench-ten.ron");
    let session_text = match quick() {
        true => SESSION.replace("\"10m\"", "\"20s\"").replace("\"30s\"", "\"5s\""),
        false => SESSION.to_owned(),
    };
    std::fs::write(&session_path, session_text).unwrap_or_else(|e| panic!("{e}"));
    let file = load_file(&session_path, &FileProbe);
    let session = file
        .session
        .clone()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)));
    let timeline = Timeline::compile(&session, None, &[], RATE);
    let bells = timeline
        .events
        .iter()
        .filter(|e| matches!(e.action, Action::Bell { .. }))
        .count();
    let binary = env!("CARGO_BIN_EXE_stillpoint");
    let wav = dir.path().join("bench-ten.wav");
    let rendered = Command::new(binary)
        .arg("render")
        .arg(&session_path)
        .arg("-o")
        .arg(&wav)
        .output();
    assert!(rendered.is_ok_and(|o| o.status.success()), "render failed");

    let mut results = Vec::new();
    for (name, program) in [
        ("stillpoint play --no-gui", None),
        ("baseline: paplay of the rendered WAV", Some("paplay")),
    ] {
        let mut sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
        let recording = sink.dir().join("recording.wav");
        sink.record(&recording).unwrap_or_else(|e| panic!("{e}"));
        let mut command = match program {
            None => {
                let mut command = sink.command(binary);
                command
                    .args(["play", "--no-gui"])
                    .arg(&session_path)
                    // Logged in the sink's folder, not this machine's log.
                    .env("STILLPOINT_DATA_DIR", sink.dir());
                command
            }
            Some(player) => {
                let mut command = sink.command(player);
                command.arg("--device=stillpoint_test").arg(&wav);
                command
            }
        };
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        eprintln!(
            "playing: {name} ({})",
            if quick() { "20 s" } else { "about 10 minutes" }
        );
        let (cpu, wall, peak_kib) = watch(child);
        std::thread::sleep(Duration::from_millis(500));
        sink.stop_recording();
        results.push((name, onset_errors(&recording, &timeline), cpu, wall, peak_kib));
    }

    println!(
        "playback: a {} session (rain bed, {bells} bells) through a PulseAudio null sink, 48 kHz",
        if quick() { "20-second" } else { "10-minute" }
    );
    for (name, figures, cpu, wall, peak_kib) in results {
        println!("  {name}");
        println!("    bells heard: {} of {bells}", figures.heard);
        println!(
            "    onset error, first bell as reference: median {:.2} ms, max {:.2} ms",
            figures.median_ms, figures.max_ms
        );
        println!("    drift from the first bell to the last: {:+.2} ms", figures.drift_ms);
        println!(
            "    CPU while playing: {:.2}% of one core ({cpu:.1} s over {wall:.0} s)",
            cpu / wall * 100.0
        );
        println!("    peak memory: {:.1} MiB", peak_kib as f64 / 1024.0);
    }
}
