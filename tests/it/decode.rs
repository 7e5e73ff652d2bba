//! Real files made by other tools decode to the right length, pitch and
//! channels at the mixer's rate: WAV, FLAC and MP3 in their common
//! variants (tests/audio/, made with sox, flac and lame), and the OGG
//! Vorbis recordings of Debian's sound-theme-freedesktop.

use std::path::{Path, PathBuf};

use stillpoint::audio::decode::decode_file;

const RATE: u32 = 48_000;

/// Frequency of one channel, from its zero crossings over the middle of
/// the signal (away from any fade at either end).
fn frequency(samples: &[f32], channel: usize) -> f64 {
    let signal: Vec<f32> = samples.chunks_exact(2).map(|f| f[channel]).collect();
    let middle = &signal[signal.len() / 5..signal.len() * 4 / 5];
    let crossings = middle.windows(2).filter(|w| w[0] < 0.0 && w[1] >= 0.0).count();
    crossings as f64 * f64::from(RATE) / middle.len() as f64
}

fn fixtures() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/audio");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_variant_decodes_to_half_a_second_of_the_right_tones() {
    let paths = fixtures();
    assert!(paths.len() >= 20);
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let samples = decode_file(&path, RATE).unwrap_or_else(|e| panic!("{name}: {e}"));
        let frames = samples.len() / 2;
        // Lossless files keep their length to the frame (within the
        // resampler's rounding); MP3 may keep a little encoder padding.
        let tolerance = if name.ends_with(".mp3") { 1_200 } else { 2 };
        assert!(frames.abs_diff(24_000) <= tolerance, "{name}: {frames} frames");
        let left = frequency(&samples, 0);
        assert!((left - 440.0).abs() < 4.4, "{name}: left at {left:.1} Hz");
        let right = frequency(&samples, 1);
        let expected_right = if name.contains("stereo") { 660.0 } else { 440.0 };
        assert!(
            (right - expected_right).abs() < expected_right / 100.0,
            "{name}: right at {right:.1} Hz"
        );
        let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!((0.4..0.6).contains(&peak), "{name}: peak {peak}");
    }
}

/// The length another decoder (sox) reads from the file, in seconds.
fn sox_length(path: &Path) -> f64 {
    let output = std::process::Command::new("sox")
        .arg("--i")
        .arg("-D")
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("sox is needed for this test (make test installs it): {e}"));
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_freedesktop_sound_theme_decodes_to_the_lengths_sox_reads() {
    let folder = Path::new("/usr/share/sounds/freedesktop/stereo");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e} (make test installs sound-theme-freedesktop)", folder.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "oga"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 20, "{} recordings", paths.len());
    for path in paths {
        let samples = decode_file(&path, RATE).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let ours = samples.len() as f64 / 2.0 / f64::from(RATE);
        let theirs = sox_length(&path);
        assert!(
            (ours - theirs).abs() < 0.005,
            "{}: {ours:.4} s, sox says {theirs:.4} s",
            path.display()
        );
        assert!(samples.iter().all(|s| s.is_finite()));
        assert!(
            samples.iter().any(|s| s.abs() > 0.01),
            "{} decodes to silence",
            path.display()
        );
    }
}
