//! Authoring: starting a session file from a template, as a teacher would.

use std::path::Path;
use std::process::{Command, Output};

fn stillpoint(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_template_writes_a_file_that_validates_cleanly_and_joins_the_library() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = data.path().join("sessions");
    for (template, name, id) in [
        ("guided", "Morning arrival", "morning-arrival"),
        ("timer", "desk_timer", "desk-timer"),
        ("flexible", "Open sky (long)", "open-sky-long"),
    ] {
        let file = sessions.join(name);
        let output = stillpoint(data.path(), &["new", &file.to_string_lossy(), "--template", template]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let written = sessions.join(format!("{name}.ron"));
        assert!(
            text(&output.stdout).contains(&format!("with the id \"{id}\"")),
            "{}",
            text(&output.stdout)
        );
        let source = std::fs::read_to_string(&written).unwrap_or_else(|e| panic!("{e}"));
        assert!(source.contains("// "), "the file explains itself");
        let check = stillpoint(data.path(), &["validate", &written.to_string_lossy()]);
        let report = text(&check.stdout);
        assert_eq!(check.status.code(), Some(0), "{report}{}", text(&check.stderr));
        assert!(
            report.contains("1 good, 0 with errors, 0 warnings"),
            "{template}: {report}"
        );
        let list = text(&stillpoint(data.path(), &["list"]).stdout);
        assert!(list.contains(id), "{template} is in the library: {list}");
    }
}

#[test]
fn new_never_writes_over_an_existing_file() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = data.path().join("mine.ron");
    std::fs::write(&file, "my own words").unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(data.path(), &["new", &file.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("already exists"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_default(), "my own words");
}

#[test]
fn ids_made_from_names_are_valid_ids() {
    use stillpoint::cli::id_from_name;
    assert_eq!(id_from_name("Evening Sit"), "evening-sit");
    assert_eq!(id_from_name("--Ünïcode & more--"), "n-code-more");
    assert_eq!(id_from_name("???"), "my-session");
    assert_eq!(id_from_name(&"a".repeat(100)).len(), 64);
}
