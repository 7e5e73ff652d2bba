//! `make bench`: how long validating 1,000 session files takes, beside two
//! baselines measured in the same run on the same files — reading them
//! from disk, and parsing them with the `ron` crate (which checks syntax
//! only, keeps no positions and reports one error).
//!
//! Prints figures; asserts nothing about time (machines are shared).

use crate::support::timing::{median, ms, runs, scaled};

use std::path::{Path, PathBuf};

use stillpoint::audio::FileProbe;
use stillpoint::session::{find_session_files, load_file, mark_duplicate_ids};

fn files() -> usize {
    scaled(1_000, 40)
}

/// Copies of the bundled sessions, each with an id of its own. Only the
/// originals: a language version (`NAME.TAG.ron`) keeps its original's id
/// and would clash, and the program is not a session.
fn write_corpus(dir: &Path) -> Vec<PathBuf> {
    let bundled: Vec<(&str, &str)> = stillpoint::bundled::sessions()
        .iter()
        .copied()
        .filter(|(name, text)| name.matches('.').count() == 1 && text.contains("Session("))
        .collect();
    (0..files())
        .map(|i| {
            let (name, text) = bundled[i % bundled.len()];
            let id = name.trim_end_matches(".ron");
            let text = text.replacen(&format!("\"{id}\""), &format!("\"{id}-{i}\""), 1);
            let path = dir.join(format!("{:02}/{id}-{i}.ron", i % 10));
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
            }
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
            path
        })
        .collect()
}

pub fn run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let paths = write_corpus(dir.path());
    let bytes: usize = paths
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len() as usize))
        .sum();

    let (read, _) = median(|| {
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).map_or(0, |t| t.len()))
            .sum()
    });
    let (ron_parse, ron_ok) = median(|| {
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter(|t| ron::from_str::<ron::Value>(t).is_ok())
            .count()
    });
    let (validate, valid) = median(|| {
        let (found, _) = find_session_files(&[dir.path().to_path_buf()]);
        let mut files: Vec<_> = found.iter().map(|p| load_file(p, &FileProbe)).collect();
        mark_duplicate_ids(&mut files);
        files.iter().filter(|f| f.session.is_some()).count()
    });
    assert_eq!((ron_ok, valid), (files(), files()), "every generated file is valid");

    let binary = Path::new(env!("CARGO_BIN_EXE_stillpoint"));
    let (command, _) = median(|| {
        let output = std::process::Command::new(binary)
            .arg("validate")
            .arg(dir.path())
            .output();
        usize::from(output.is_ok_and(|o| o.status.success()))
    });

    println!(
        "validate: {} session files, {:.1} MiB, median of {} runs",
        files(),
        bytes as f64 / 1048576.0,
        runs()
    );
    println!("  baseline, read the files:             {}", ms(read));
    println!("  baseline, parse with the ron crate:   {}", ms(ron_parse));
    println!(
        "  load, check and find duplicate ids:   {}  ({:.1}x the ron crate)",
        ms(validate),
        validate.as_secs_f64() / ron_parse.as_secs_f64()
    );
    println!(
        "  `stillpoint validate DIR`, whole run: {}  (target: under 500 ms)",
        ms(command)
    );
}
