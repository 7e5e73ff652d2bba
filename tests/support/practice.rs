//! For tests of the practice log and what is built on it: entries in a
//! line, and the `stillpoint` command run against a data folder.

// Each test binary that includes this file uses only part of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use chrono::DateTime;
use stillpoint::practice::{Entry, HowEnded, Source};

/// A completed session of `session` (id, also its title) begun at `start`
/// (RFC 3339, in the offset of the place it was practised).
pub fn entry(id: &str, session: &str, start: &str, practised_secs: u64) -> Entry {
    Entry {
        id: id.into(),
        session_id: Some(session.into()),
        title: session.into(),
        domain: Some("mindfulness".into()),
        start: DateTime::parse_from_rfc3339(start).unwrap_or_else(|e| panic!("{start}: {e}")),
        planned_secs: None,
        practised_secs,
        ended: HowEnded::Completed,
        note: None,
        feeling_before: None,
        feeling_after: None,
        source: Source::App,
        import_key: None,
        practice: stillpoint::practice::Practice::Formal,
        portfolio: false,
        prompt: None,
    }
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary folder: {e}"))
}

/// `stillpoint --data-dir DATA`, to be given its arguments: with no sound
/// server and nothing on standard input, in English whatever the machine
/// speaks (a test may set `LANG` again).
pub fn command(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stillpoint"));
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .env_remove("LANGUAGE")
        .arg("--data-dir")
        .arg(data)
        .env("PULSE_SERVER", "unix:/nonexistent/stillpoint-test")
        .stdin(Stdio::null());
    command
}

/// Runs `stillpoint --data-dir DATA ARGS...` as [`command`] sets it up.
pub fn stillpoint(data: &Path, args: &[&str]) -> Output {
    command(data)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs a command that must succeed; gives its standard output.
pub fn ok(data: &Path, args: &[&str]) -> String {
    let output = stillpoint(data, args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stillpoint {args:?}\n{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    text(&output.stdout)
}

/// Runs a command that must succeed and print JSON.
pub fn json(data: &Path, args: &[&str]) -> serde_json::Value {
    let out = ok(data, args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?} is not JSON ({e}): {out}"))
}
