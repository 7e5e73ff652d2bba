//! Recording a voice through a real sound server: a PulseAudio null sink's
//! monitor is the microphone, a tone is played into the sink, and the take
//! comes back trimmed of its silence and evened out in loudness.

use crate::support::{child, pulse};

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::Stdio;

use stillpoint::audio::recording::{Recorder, Take};

/// The recording side, a child of its test (`support::child`) so the
/// sound server's environment is its own: records until standard input
/// closes, then writes the take, trimmed and normalized, where asked.
fn record_as_a_child() {
    let Ok(out) = std::env::var("STILLPOINT_TEST_TAKE") else {
        return;
    };
    let recorder = match Recorder::start() {
        Ok(recorder) => recorder,
        Err(problem) => {
            println!("problem: {problem}");
            return;
        }
    };
    println!("recording");
    let _ = std::io::stdout().flush();
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
    match recorder.stop() {
        Ok(take) => {
            let kept = take.trimmed().normalized();
            println!("raw {:.3} s", take.seconds());
            kept.write_wav(Path::new(&out)).unwrap_or_else(|e| panic!("{e}"));
        }
        Err(problem) => println!("problem: {problem}"),
    }
}

/// The recorder, as a child playing that part of `test`.
fn recorder(test: &str, envs: &[(&'static str, String)], out: &Path) -> std::process::Child {
    child::command(module_path!(), test, "recorder")
        .envs(envs.iter().cloned())
        .env("STILLPOINT_TEST_TAKE", out)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Half a second of silence, a second of 440 Hz at a quiet level, half a
/// second of silence.
fn write_tone(path: &Path) {
    let spec = hound::WavSpec {
        channels: 2,
        sample_rate: 48_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(path, spec).unwrap_or_else(|e| panic!("{e}"));
    for n in 0..96_000u32 {
        let t = n as f32 / 48_000.0;
        let value = if (0.5..1.5).contains(&t) {
            0.05 * (2.0 * std::f32::consts::PI * 440.0 * t).sin()
        } else {
            0.0
        };
        let sample = (value * f32::from(i16::MAX)) as i16;
        for _ in 0..2 {
            writer.write_sample(sample).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    writer.finalize().unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_take_through_the_sound_server_is_trimmed_and_evened_out() {
    if child::role().as_deref() == Some("recorder") {
        return record_as_a_child();
    }
    let sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let tone = sink.dir().join("tone.wav");
    write_tone(&tone);
    let take_path = sink.dir().join("voice").join("take.wav");
    let mut envs = sink.env();
    envs.push(("PULSE_SOURCE", "stillpoint_test.monitor".to_owned()));
    let mut child = recorder(
        "a_take_through_the_sound_server_is_trimmed_and_evened_out",
        &envs,
        &take_path,
    );
    let mut lines = BufReader::new(child.stdout.take().unwrap_or_else(|| panic!("no stdout"))).lines();
    let first = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.ends_with("recording") || l.contains("problem:"));
    // The test harness may start the line with the test's name.
    assert!(first.as_deref().is_some_and(|l| l.ends_with("recording")), "{first:?}");
    let played = sink
        .command("paplay")
        .arg("--device=stillpoint_test")
        .arg(&tone)
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(played.success());
    drop(child.stdin.take());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(child.wait().is_ok_and(|s| s.success()), "{rest:?}");
    assert!(!rest.iter().any(|l| l.contains("problem:")), "{rest:?}");

    let reader = hound::WavReader::open(&take_path).unwrap_or_else(|e| panic!("{e}"));
    let rate = reader.spec().sample_rate;
    assert_eq!(reader.spec().channels, 1);
    let samples: Vec<f32> = reader
        .into_samples::<i16>()
        .map(|s| f32::from(s.unwrap_or(0)) / f32::from(i16::MAX))
        .collect();
    let seconds = samples.len() as f64 / f64::from(rate);
    // The tone's second, and a breath of silence kept at each end.
    assert!((1.0..1.6).contains(&seconds), "{seconds} s kept of {rest:?}");
    let rms = (samples.iter().map(|s| s * s).sum::<f32>() / samples.len() as f32).sqrt();
    assert!((0.07..0.11).contains(&rms), "evened out to about -20 dBFS: rms {rms}");
    // Still the tone: about 440 upward zero crossings a second, in the
    // middle half of the take (the ends keep a little silence).
    let middle = &samples[samples.len() / 4..samples.len() * 3 / 4];
    let crossings = middle.windows(2).filter(|w| w[0] < 0.0 && w[1] >= 0.0).count() as f64;
    let pitch = crossings / (middle.len() as f64 / f64::from(rate));
    assert!((380.0..460.0).contains(&pitch), "{pitch} Hz");
}

#[test]
fn without_a_microphone_it_says_so() {
    if child::role().as_deref() == Some("recorder") {
        return record_as_a_child();
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let envs = vec![("PULSE_SERVER", "unix:/nonexistent/stillpoint-test".to_owned())];
    let mut child = recorder("without_a_microphone_it_says_so", &envs, &dir.path().join("take.wav"));
    drop(child.stdin.take());
    let mut out = String::new();
    let _ = child.stdout.take().map(|mut s| s.read_to_string(&mut out));
    let _ = child.wait();
    assert!(out.contains("problem: No microphone could be opened"), "{out}");
    assert!(!dir.path().join("take.wav").exists());
}

#[test]
fn silence_is_trimmed_and_loudness_evened_out() {
    let rate = 1000;
    let mut samples = vec![0.0; 2000];
    samples.extend((0..1000).map(|n| 0.01 * ((n % 20) as f32 - 10.0) / 10.0));
    samples.extend(vec![0.0; 3000]);
    let take = Take { samples, rate };
    let kept = take.trimmed();
    // The sound, and 150 ms either side.
    assert!((1.2..1.35).contains(&kept.seconds()), "{}", kept.seconds());
    let even = kept.normalized();
    let peak = even.samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    assert!(peak <= 0.9 && peak > 0.1, "{peak}");
    let nothing = Take {
        samples: vec![0.0; 500],
        rate,
    };
    assert!(nothing.trimmed().samples.is_empty());
}
