//! The bundled program: every session loads cleanly, covers the program,
//! writes its durations the way Stillpoint prints them, and is plain RON.

use std::path::Path;

use stillpoint::audio::FileProbe;
use stillpoint::session::{Domain, Duration, Length, Node, Origin, Value, load_text, parse};

fn bundled() -> Vec<stillpoint::session::SessionFile> {
    stillpoint::bundled::sessions()
        .iter()
        .map(|(name, text)| load_text((*name).to_owned(), Origin::Bundled, (*text).to_owned(), &FileProbe))
        .collect()
}

#[test]
fn every_bundled_session_loads_without_a_single_diagnostic() {
    let (programs, files): (Vec<_>, Vec<_>) = bundled().into_iter().partition(|f| f.is_program);
    for file in &files {
        assert!(
            file.diagnostics.is_empty() && file.session.is_some(),
            "{}",
            stillpoint::session::file_diagnostics_text(file)
        );
    }
    let library = stillpoint::bundled::library(None, &FileProbe);
    assert_eq!(library.sessions().count(), files.len(), "bundled ids must be distinct");
    // The bundled program names only bundled sessions, and every one of them
    // that is not an open-ended timer.
    assert_eq!(library.programs().count(), programs.len());
    for program in library.programs() {
        let named = program.session_ids();
        for session in library.sessions().filter(|s| s.id.as_str() != "open-sit") {
            assert!(
                named.contains(&session.id.as_str()),
                "{} leaves out {}",
                program.id,
                session.id
            );
        }
    }
    assert!(!programs.is_empty());
}

#[test]
fn the_binary_carries_every_file_in_sessions() {
    let on_disk = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(stillpoint::bundled::sessions().len(), on_disk);
}

#[test]
fn the_program_covers_what_it_promises() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let session = |id: &str| {
        library
            .sessions()
            .find(|s| s.id.as_str() == id)
            .unwrap_or_else(|| panic!("no bundled session {id}"))
    };
    for (id, domain, length) in [
        (
            "arriving-with-the-breath",
            Domain::Mindfulness,
            Some(Duration::from_mins(5)),
        ),
        ("body-scan", Domain::Mindfulness, Some(Duration::from_mins(15))),
        ("the-pause", Domain::Mindfulness, Some(Duration::from_mins(3))),
        ("self-compassion", Domain::Compassion, None),
        ("holding-space", Domain::Compassion, None),
        ("widening-circles", Domain::Compassion, None),
        ("compassion-in-conflict", Domain::Compassion, None),
        ("calm-in-overwhelm", Domain::WellBeing, None),
        ("gratitude", Domain::WellBeing, None),
        ("rest-for-the-tired-educator", Domain::WellBeing, None),
        ("reflective-journaling", Domain::WellBeing, None),
        ("we-are-the-system", Domain::Mindfulness, None),
        ("shared-vision", Domain::WellBeing, None),
        ("silent-sit", Domain::Timer, None),
        ("open-sit", Domain::Timer, None),
    ] {
        let s = session(id);
        assert_eq!(s.domain, domain, "{id}");
        if let Some(length) = length {
            assert_eq!(s.length, Length::Fixed(length), "{id}");
        }
        if domain != Domain::Timer {
            assert!(s.ending.reflection.is_some(), "{id} has no reflection prompt");
            assert!(s.steps.iter().all(|step| !step.guidance.is_empty()), "{id}");
        }
    }
    assert_eq!(
        session("open-awareness").length,
        Length::Flexible {
            min: Duration::from_mins(10),
            max: Duration::from_mins(30),
            default: Duration::from_mins(15)
        }
    );
    assert!(matches!(session("silent-sit").length, Length::Flexible { .. }));
    assert!(session("silent-sit").steps.iter().any(|s| s.intervals.is_some()));
    assert_eq!(session("open-sit").length, Length::OpenEnded);
    assert!(library.sessions().count() >= 12);
}

/// Fields whose values are durations, written as text.
const DURATION_FIELDS: &[&str] = &[
    "duration", "settle", "min", "max", "default", "every", "spacing", "fade_in", "fade_out", "at", "over", "daily",
];

fn durations_in(node: &Node, field: Option<&str>, found: &mut Vec<String>) {
    match &node.value {
        Value::Str(text) if field.is_some_and(|f| DURATION_FIELDS.contains(&f)) => found.push(text.clone()),
        Value::List(items) => items.iter().for_each(|i| durations_in(i, field, found)),
        Value::Tuple { items, .. } => items.iter().for_each(|i| durations_in(i, field, found)),
        Value::Struct { fields, .. } => {
            fields
                .iter()
                .for_each(|f| durations_in(&f.value, Some(&f.name.text), found));
        }
        _ => {}
    }
}

#[test]
fn durations_parse_and_print_back_unchanged() {
    let mut count = 0;
    for (name, text) in stillpoint::bundled::sessions() {
        let node = parse(text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let mut found = Vec::new();
        durations_in(&node, None, &mut found);
        for written in found {
            let parsed = Duration::parse(&written).unwrap_or_else(|e| panic!("{name}: {written}: {e}"));
            assert_eq!(parsed.to_string(), written, "{name}");
            count += 1;
        }
    }
    assert!(count > 100, "only {count} durations found");
}

/// Session files are standard RON: the `ron` crate reads every bundled and
/// good corpus file too.
#[test]
fn session_files_are_plain_ron() {
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good");
    let (paths, _) = stillpoint::session::find_session_files(&[good]);
    let mut texts: Vec<(String, String)> = stillpoint::bundled::sessions()
        .iter()
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .collect();
    texts.extend(
        paths
            .iter()
            .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap_or_default())),
    );
    for (name, text) in texts {
        // Stillpoint accepts the byte order mark Windows editors write; the
        // ron crate does not, and it is not part of the RON text.
        if let Err(error) = ron::from_str::<ron::Value>(text.trim_start_matches('\u{feff}')) {
            panic!("{name}: the ron crate cannot read it: {error}");
        }
    }
}
