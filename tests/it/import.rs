//! Importing practice from the apps people come from, through the real
//! command and a real time zone: Insight Timer's CSV and Apple Health's
//! export, each with rows that cannot be read, times the clocks skipped or
//! repeated, and files cut short.

use crate::support::practice as support;

use std::path::{Path, PathBuf};
use std::process::Output;

use support::{temp_dir, text};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/practice").join(name)
}

/// Runs stillpoint on the west coast of America, where these exports were
/// made.
fn in_los_angeles(data: &Path, args: &[&str]) -> Output {
    support::command(data)
        .args(args)
        .env("TZ", "America/Los_Angeles")
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

fn import(data: &Path, name: &str) -> (String, String) {
    let path = fixture(name);
    let output = in_los_angeles(data, &["import", &path.to_string_lossy()]);
    let (out, errors) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(0), "{out}{errors}");
    (out, errors)
}

/// The log as `log --json` shows it: (start, seconds, title) in order.
fn logged(data: &Path) -> Vec<(String, u64, String)> {
    let output = in_los_angeles(data, &["log", "--json"]);
    let entries: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap_or_default();
    entries
        .iter()
        .map(|e| {
            (
                e["start"].as_str().unwrap_or_default().to_owned(),
                e["practised_secs"].as_u64().unwrap_or_default(),
                e["title"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn insight_timer_rows_in_both_shapes_get_the_offset_of_their_day() {
    let data = temp_dir();
    let (out, errors) = import(data.path(), "insight-timer.csv");
    assert!(
        out.contains("(insight-timer): 6 added, 0 already in your log, 1 skipped."),
        "{out}"
    );
    assert!(
        errors.contains("insight-timer.csv:6: Started At \"13/45/2024 07:00:00\" is not a time"),
        "{errors}"
    );
    assert!(
        errors.contains(
            "note: ") && errors.contains("insight-timer.csv:3: Started At \"03/10/2024 02:30:00\" is in the hour the clocks skipped when they went forward; read as 03:30:00 -07:00"),
        "{errors}"
    );
    let expected = [
        ("2022-07-31T09:20:46-07:00", 600, "Meditation"),
        ("2024-03-10T03:30:00-07:00", 900, "Meditation"),
        ("2024-10-15T06:30:00-07:00", 1201, "Meditation"),
        ("2024-10-15T21:05:10-07:00", 3930, "Yoga"),
        // The clocks went back at 02:00: 01:30 came twice; the first.
        ("2024-11-03T01:30:00-07:00", 720, "Body scan"),
        ("2025-01-02T07:00:00-08:00", 600, "Meditation"),
    ];
    let expected: Vec<(String, u64, String)> = expected
        .iter()
        .map(|(s, n, t)| ((*s).to_owned(), *n, (*t).to_owned()))
        .collect();
    assert_eq!(logged(data.path()), expected);

    // The same file again adds nothing.
    let (again, _) = import(data.path(), "insight-timer.csv");
    assert!(
        again.contains(": 0 added, 6 already in your log, 1 skipped."),
        "{again}"
    );
    assert_eq!(logged(data.path()).len(), 6);
}

#[test]
fn a_cut_short_insight_timer_file_keeps_the_rows_before_the_cut() {
    let data = temp_dir();
    let (out, errors) = import(data.path(), "insight-timer-truncated.csv");
    assert!(out.contains(": 4 added, 0 already in your log, 1 skipped."), "{out}");
    assert!(
        errors.contains("insight-timer-truncated.csv:6: Duration \"0:1\" is not a length"),
        "{errors}"
    );
}

#[test]
fn apple_healths_mindful_sessions_come_in_and_one_logged_elsewhere_is_not_doubled() {
    let data = temp_dir();
    import(data.path(), "insight-timer.csv");
    // Insight Timer wrote its 31 July session to Health as well.
    let (out, errors) = import(data.path(), "apple-health-export.xml");
    assert!(
        out.contains("(apple-health): 2 added, 1 already in your log, 1 skipped."),
        "{out}"
    );
    assert!(
        errors.contains("apple-health-export.xml:32: startDate \"yesterday morning\" is not a time"),
        "{errors}"
    );
    let log = logged(data.path());
    assert_eq!(log.len(), 8, "{log:?}");
    assert!(log.contains(&(
        "2022-08-01T07:05:00-07:00".to_owned(),
        60,
        "Mindful session (from Breathe)".to_owned()
    )));
    // Recorded abroad: its own offset kept.
    assert!(log.contains(&(
        "2023-01-09T21:20:00+01:00".to_owned(),
        1200,
        "Mindful session (from Headspace)".to_owned()
    )));
    let (again, _) = import(data.path(), "apple-health-export.xml");
    assert!(
        again.contains(": 0 added, 3 already in your log, 1 skipped."),
        "{again}"
    );
}

#[test]
fn a_cut_short_health_export_keeps_the_sessions_before_the_cut() {
    let data = temp_dir();
    let (out, errors) = import(data.path(), "apple-health-truncated.xml");
    assert!(
        out.contains(": 2 added, 0 already in your log, 0 skipped; the file stops short at line 32."),
        "{out}"
    );
    assert!(
        errors.contains("apple-health-truncated.xml:32: ") && errors.contains("so the file was cut short here"),
        "{errors}"
    );
    assert_eq!(logged(data.path()).len(), 2);
}

#[test]
fn a_file_of_no_known_kind_is_refused_and_nothing_is_logged() {
    let data = temp_dir();
    let odd = data.path().join("odd.xml");
    std::fs::write(&odd, "<?xml version=\"1.0\"?>\n<plist><dict/></plist>\n").unwrap_or_else(|e| panic!("{e}"));
    let output = in_los_angeles(data.path(), &["import", &odd.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("not Apple Health's export.xml (it begins with plist"),
        "{}",
        text(&output.stderr)
    );
    let csv = data.path().join("odd.csv");
    std::fs::write(&csv, "when,how long\n2024-01-01,5\n").unwrap_or_else(|e| panic!("{e}"));
    let output = in_los_angeles(data.path(), &["import", &csv.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("Insight Timer's Started At,Duration,Preset,Activity"));
    assert!(logged(data.path()).is_empty());
}

/// Files that are not what `import` reads say so plainly: no raw bytes on
/// the terminal, no reason given twice, and a format asked for that does
/// not match the file is named.
#[test]
fn files_import_cannot_read_are_named_plainly() {
    let data = temp_dir();
    let check = |path: &Path, args: &[&str], expected: &str| {
        let mut all = vec!["import", path.to_str().unwrap_or_default()];
        all.extend_from_slice(args);
        let output = in_los_angeles(data.path(), &all);
        let errors = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{errors}");
        assert!(errors.contains(expected), "{errors}");
        assert!(
            !errors.chars().any(|c| c.is_control() && c != '\n'),
            "raw bytes on the terminal: {errors:?}"
        );
    };
    let binary = data.path().join("noise.dat");
    let bytes: Vec<u8> = (0..2000u32)
        .map(|n| (n.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    std::fs::write(&binary, bytes).unwrap_or_else(|e| panic!("{e}"));
    check(&binary, &[], "(it is not a text file)");
    let folder = data.path().join("a-folder");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    let output = in_los_angeles(data.path(), &["import", folder.to_str().unwrap_or_default()]);
    let errors = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert_eq!(errors.matches("Is a directory").count(), 1, "{errors}");
    check(
        &fixture("insight-timer.csv"),
        &["--format", "apple-health"],
        "not Apple Health's export.xml",
    );
    assert!(logged(data.path()).is_empty());
}

/// `log` lists practice by when it began, oldest first, whatever order it
/// was imported in.
#[test]
fn the_log_lists_imported_practice_oldest_first() {
    let data = temp_dir();
    import(data.path(), "insight-timer.csv");
    import(data.path(), "apple-health-export.xml");
    let starts: Vec<i64> = logged(data.path())
        .iter()
        .map(|(start, _, _)| {
            chrono::DateTime::parse_from_rfc3339(start)
                .map(|t| t.timestamp())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(starts.len(), 8);
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
}
