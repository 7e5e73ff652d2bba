//! Authoring: starting a session file from a template, as a teacher would.

use crate::support::practice as support;

use support::{stillpoint, temp_dir, text};

#[test]
fn every_template_writes_a_file_that_validates_cleanly_and_joins_the_library() {
    let data = temp_dir();
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
    let data = temp_dir();
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
    use stillpoint::session::id_from_name;
    assert_eq!(id_from_name("Evening Sit"), "evening-sit");
    assert_eq!(id_from_name("--Ünïcode & more--"), "n-code-more");
    assert_eq!(id_from_name("???"), "my-session");
    assert_eq!(id_from_name(&"a".repeat(100)).len(), 64);
}

const PROGRAM: &str = r#"// A teacher's course.
Program(
    format: 1,
    id: "autumn-cohort",
    title: "Autumn cohort",
    summary: "Four weeks for the autumn cohort.",
    modules: [
        Module(title: "Arriving", weeks: 2, daily: "10m", sessions: ["the-pause", "evening-sit"]),
        Module(title: "Kindness", weeks: 2, sessions: ["self-compassion", "holding-spcae"]),
    ],
)
"#;

#[test]
fn a_program_naming_a_missing_session_fails_at_its_line() {
    let data = temp_dir();
    let sessions = data.path().join("sessions");
    let new = stillpoint(data.path(), &["new", &sessions.join("evening-sit").to_string_lossy()]);
    assert_eq!(new.status.code(), Some(0));
    let program = sessions.join("autumn.ron");
    std::fs::write(&program, PROGRAM).unwrap_or_else(|e| panic!("{e}"));
    let check = stillpoint(data.path(), &["validate", &sessions.to_string_lossy()]);
    assert_eq!(check.status.code(), Some(1));
    let errors = text(&check.stderr);
    assert!(
        errors.contains(&format!("{}:9:75", program.display())),
        "the missing id at its line and column: {errors}"
    );
    assert!(
        errors.contains("there is no session with the id \"holding-spcae\""),
        "{errors}"
    );
    assert!(errors.contains("did you mean \"holding-space\"?"), "{errors}");
    // The session file beside it, and the bundled ones, are found.
    assert!(!errors.contains("evening-sit"), "{errors}");
    assert!(!errors.contains("\"the-pause\""), "{errors}");

    std::fs::write(&program, PROGRAM.replace("holding-spcae", "holding-space")).unwrap_or_else(|e| panic!("{e}"));
    let check = stillpoint(data.path(), &["validate", &sessions.to_string_lossy()]);
    let report = text(&check.stdout);
    assert_eq!(check.status.code(), Some(0), "{report}{}", text(&check.stderr));
    assert!(
        report.contains("program autumn-cohort: \"Autumn cohort\", 2 modules, 4 sessions"),
        "{report}"
    );
}

#[test]
fn progress_through_a_program_comes_from_the_log() {
    use stillpoint::practice::program_progress;
    let library = stillpoint::bundled::library(None, &stillpoint::audio::FileProbe);
    let program = library
        .programs()
        .find(|p| p.id.as_str() == "first-cycle")
        .unwrap_or_else(|| panic!("the bundled program"));
    let entry = |session: &str, secs: u64| {
        support::entry(&format!("{session}-{secs}"), session, "2026-11-24T07:30:00+01:00", secs)
    };
    let nothing = program_progress(program, &[]);
    assert_eq!((nothing.sessions_practised, nothing.current_module), (0, Some(0)));
    // The modules' own sessions; the calls that close them show apart.
    assert_eq!(nothing.sessions_total, program.practice_ids().len());
    assert_eq!(
        nothing.modules[0].call.as_ref().map(|c| (c.id.as_str(), c.times)),
        Some(("contemplative-call", 0))
    );
    let entries = [
        entry("arriving-with-the-breath", 300),
        entry("arriving-with-the-breath", 320),
        entry("the-pause", 180),
        // Under a minute: not counted as practising it.
        entry("body-scan", 20),
    ];
    let progress = program_progress(program, &entries);
    assert!(progress.modules[0].complete, "complete before its call");
    let with_call = [entries.to_vec(), vec![entry("contemplative-call", 2700)]].concat();
    let called = program_progress(program, &with_call);
    assert_eq!(called.modules[0].call.as_ref().map(|c| c.times), Some(1));
    assert_eq!(called.sessions_practised, progress.sessions_practised);
    assert_eq!(progress.modules[0].sessions[0].times, 2);
    assert_eq!(progress.modules[0].minutes, 13);
    assert!(!progress.modules[1].complete);
    assert_eq!(progress.current_module, Some(1));
    assert_eq!(progress.sessions_practised, 2);
}

#[test]
fn a_steps_voice_is_written_into_the_file_leaving_the_rest_as_it_was() {
    use stillpoint::session::{EditError, set_step_voice};
    let text = "// my evening sit\nSession(\n    format: 1,\n    id: \"evening\",\n    steps: [\n        Step(\n            title: \"Arriving\", // first\n            duration: \"1m\",\n        ),\n        Step(title: \"Sitting\", duration: \"5m\", voice: \"old.ogg\"),\n        Step(\n            title: \"Leaving\",\n            duration: \"1m\"\n        ),\n    ],\n)\n";
    let added = set_step_voice(text, 0, "voice/evening-01-arriving.wav").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        added,
        text.replace(
            "            duration: \"1m\",\n        ),\n        Step(title",
            "            duration: \"1m\",\n            voice: \"voice/evening-01-arriving.wav\",\n        ),\n        Step(title"
        )
    );
    let replaced = set_step_voice(text, 1, "voice/b.wav").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(replaced, text.replace("\"old.ogg\"", "\"voice/b.wav\""));
    let without_comma = set_step_voice(text, 2, "voice/c.wav").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        without_comma.contains("            duration: \"1m\",\n            voice: \"voice/c.wav\"\n        ),"),
        "{without_comma}"
    );
    assert_eq!(set_step_voice(text, 3, "x.wav"), Err(EditError::NoSuchStep(3)));
    assert_eq!(set_step_voice("Session(", 0, "x.wav"), Err(EditError::Unreadable));
}

#[test]
fn continue_offers_the_next_session_of_the_program_in_progress() {
    use stillpoint::practice::continue_from;
    let library = stillpoint::bundled::library(None, &stillpoint::audio::FileProbe);
    let program = library
        .programs()
        .find(|p| p.id.as_str() == "first-cycle")
        .unwrap_or_else(|| panic!("the bundled program"));
    let entry = |session: &str, at: &str, secs: u64| support::entry(&format!("{session}-{at}"), session, at, secs);
    // Nothing practised: nothing to go on with.
    let fresh = continue_from(library.programs(), &[]);
    assert_eq!(fresh, Default::default());
    // The first module practised through: the next is the second module's
    // first session not yet practised; the last practised is offered too.
    let first_module: Vec<String> = program.modules[0]
        .sessions
        .iter()
        .map(|s| s.value.as_str().to_owned())
        .collect();
    let mut entries: Vec<_> = first_module
        .iter()
        .enumerate()
        .map(|(i, id)| entry(id, &format!("2026-11-2{}T07:30:00+01:00", i + 1), 300))
        .collect();
    let shelf = continue_from(library.programs(), &entries);
    let second = program.modules[1].sessions[0].value.as_str();
    assert_eq!(
        shelf.next_in_program,
        Some(("first-cycle".to_owned(), second.to_owned()))
    );
    assert_eq!(shelf.last_practised.as_deref(), first_module.last().map(String::as_str));
    // Practising the second module's first session moves "next" on; a
    // practice under a minute does not.
    entries.push(entry(second, "2026-11-29T07:30:00+01:00", 30));
    assert_eq!(
        continue_from(library.programs(), &entries).next_in_program.map(|n| n.1),
        Some(second.to_owned())
    );
    entries.push(entry(second, "2026-11-30T07:30:00+01:00", 600));
    let moved = continue_from(library.programs(), &entries);
    assert_ne!(moved.next_in_program.as_ref().map(|n| n.1.as_str()), Some(second));
    assert_eq!(moved.last_practised.as_deref(), Some(second));
}
