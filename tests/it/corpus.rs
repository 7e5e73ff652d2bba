//! The session corpus under `tests/sessions/`: every bad file reports
//! exactly the problems its `// expect:` lines name, at their line:col;
//! every good file loads, with exactly the warnings it expects.
//!
//! An expectation line reads `// expect: CODE LINE:COL`, or
//! `// expect: CODE` for a problem with the whole file. CODE is the name
//! shown in brackets by `stillpoint validate` (`unknown-field`, ...).

use crate::support::expect;

use expect::{expected, reported};
use std::path::{Path, PathBuf};

use stillpoint::audio::FileProbe;
use stillpoint::session::{find_session_files, load_file};

fn corpus(folder: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sessions")
        .join(folder);
    let (files, problems) = find_session_files(&[folder]);
    assert!(problems.is_empty(), "{problems:?}");
    files
}

/// Loads each file and compares what it reports with what it expects;
/// returns a description of every mismatch.
fn mismatches(paths: &[PathBuf], must_have_errors: bool) -> Vec<String> {
    let mut mismatches = Vec::new();
    for path in paths {
        let file = load_file(path, &FileProbe);
        let (expected, actual) = (expected(&file), reported(&file));
        if expected != actual {
            mismatches.push(format!(
                "{}\n  expected: {expected:?}\n  reported: {actual:?}\n{}",
                path.display(),
                stillpoint::session::file_diagnostics_text(&file)
            ));
        } else if must_have_errors != file.has_errors() || must_have_errors == file.session.is_some() {
            mismatches.push(format!("{}: has_errors = {}", path.display(), file.has_errors()));
        }
    }
    mismatches
}

#[test]
fn bad_files_report_their_problems_where_they_are() {
    let paths = corpus("bad");
    assert!(paths.len() >= 30, "the bad corpus has only {} files", paths.len());
    let failures = mismatches(&paths, true);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn good_files_load_with_only_their_expected_warnings() {
    let paths = corpus("good");
    assert!(!paths.is_empty());
    let failures = mismatches(&paths, false);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bad_file_expects_something() {
    for path in corpus("bad") {
        let file = load_file(&path, &FileProbe);
        assert!(
            !expected(&file).is_empty(),
            "{} has no `// expect:` line",
            path.display()
        );
    }
}
