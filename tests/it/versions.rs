//! Sessions in several languages: the library shows each session in the
//! practitioner's language, and language versions that drifted from their
//! original are reported at their line:col. The fixtures are under
//! `tests/sessions/versions/`: `good/` agrees, each file of `mismatched/`
//! names what it should report in `// expect: CODE LINE:COL` lines.

use crate::support::expect;

use expect::{expected, reported};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use stillpoint::audio::FileProbe;
use stillpoint::session::{
    Library, SessionFile, check_language_versions, file_diagnostics_text, find_session_files, load_file,
    mark_duplicate_ids,
};

fn folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sessions/versions")
        .join(name)
}

/// The folder's files, checked together as `stillpoint validate` checks them.
fn checked(name: &str) -> Vec<SessionFile> {
    let (paths, problems) = find_session_files(&[folder(name)]);
    assert!(problems.is_empty(), "{problems:?}");
    let mut files: Vec<SessionFile> = paths.iter().map(|path| load_file(path, &FileProbe)).collect();
    mark_duplicate_ids(&mut files);
    check_language_versions(&mut files);
    files
}

fn library(name: &str) -> Library {
    Library::load(&[], Some(&folder(name)), &FileProbe)
}

fn title_in(library: &Library, id: &str, wanted: &str) -> String {
    library
        .session_in(id, wanted)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| panic!("no session {id}"))
}

#[test]
fn versions_that_agree_load_without_a_diagnostic() {
    let files = checked("good");
    assert_eq!(files.len(), 3);
    for file in &files {
        assert!(
            file.diagnostics.is_empty() && file.session.is_some(),
            "{}",
            file_diagnostics_text(file)
        );
    }
}

#[test]
fn versions_that_differ_are_reported_where_they_differ() {
    let files = checked("mismatched");
    let mut mismatches = Vec::new();
    for file in &files {
        let (expected, reported) = (expected(file), reported(file));
        if expected != reported {
            mismatches.push(format!(
                "{}\n  expected: {expected:?}\n  reported: {reported:?}\n{}",
                file.name,
                file_diagnostics_text(file)
            ));
        }
        // A version with a difference is not played; its original is.
        assert_eq!(file.session.is_some(), expected.is_empty(), "{}", file.name);
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    let reported: usize = files.iter().map(|f| f.diagnostics.len()).sum();
    assert_eq!(reported, 13);
}

#[test]
fn a_difference_names_the_originals_value_and_line() {
    let files = checked("mismatched");
    let spanish = files
        .iter()
        .find(|f| f.name.ends_with("morning.es.ron"))
        .unwrap_or_else(|| panic!("morning.es.ron is a fixture"));
    let text = file_diagnostics_text(spanish);
    for said in [
        "this step lasts 3m 25s; morning.ron (line 22) gives 3m 30s",
        "morning.es.ron:30:23",
        "this cue comes at 45s; morning.ron (line 17) gives 40s",
        "this step's start bell is the gong; morning.ron (line 14) gives the small bell",
        "the settling time is 5s; morning.ron (line 9) gives 10s",
        "this step has 2 cues; morning.ron (line 26) gives 1",
        "the closing bell is the small bell; morning.ron (line 32) gives the singing bowl",
    ] {
        assert!(text.contains(said), "{said}\n{text}");
    }
}

#[test]
fn the_library_shows_each_session_in_the_wanted_language_else_its_original() {
    let library = library("good");
    assert_eq!(title_in(&library, "evening", "es"), "Una tarde en calma");
    assert_eq!(title_in(&library, "evening", "zh-Hant"), "安靜的傍晚");
    assert_eq!(title_in(&library, "evening", "en"), "A quiet evening");
    // Danish: no version in it, so the original.
    assert_eq!(title_in(&library, "evening", "da"), "A quiet evening");
    let titles: Vec<&str> = library.sessions_in("es").map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Una tarde en calma"]);
    // Without a language: one session for the id, as written first.
    let originals: Vec<&str> = library.sessions().map(|s| s.title.as_str()).collect();
    assert_eq!(originals, ["A quiet evening"]);
    assert_eq!(library.languages_of("evening"), ["en", "es", "zh-Hant"]);
    let original = library
        .file_with_id("evening")
        .map(|f| f.name.clone())
        .unwrap_or_default();
    assert!(original.ends_with("evening.ron"), "{original}");
}

#[test]
fn a_version_that_cannot_be_played_leaves_its_original_in_its_place() {
    let library = library("mismatched");
    assert_eq!(title_in(&library, "morning", "es"), "A quiet morning");
    assert_eq!(title_in(&library, "dusk", "zh-Hant"), "Dusk");
    assert_eq!(title_in(&library, "dusk", "es"), "Dusk");
    assert_eq!(title_in(&library, "noon", "de"), "A quiet noon");
    assert_eq!(library.languages_of("morning"), ["en"]);
    assert_eq!(library.languages_of("noon"), ["en"]);
}

#[test]
fn a_version_in_ones_own_folder_joins_a_bundled_session() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pause = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/the-pause.ron"))
        .unwrap_or_else(|e| panic!("{e}"));
    let danish = pause
        .replace("language: \"en\"", "language: \"da\"")
        .replace("title: \"The pause\"", "title: \"Pausen\"");
    std::fs::write(dir.path().join("the-pause.da.ron"), danish).unwrap_or_else(|e| panic!("{e}"));
    let library = stillpoint::bundled::library(Some(dir.path()), &FileProbe);
    assert_eq!(title_in(&library, "the-pause", "da"), "Pausen");
    assert_eq!(title_in(&library, "the-pause", "en"), "The pause");
    assert!(library.languages_of("the-pause").contains(&"da"));
    assert!(library.files.iter().all(|f| f.diagnostics.is_empty()));
}

fn stillpoint(args: &[&str], lang: &str, data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        .args(args)
        .env("STILLPOINT_DATA_DIR", data)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

#[test]
fn validate_points_at_each_difference_in_the_version() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(
        &["validate", "tests/sessions/versions/mismatched"],
        "en_US.UTF-8",
        data.path(),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for said in [
        "error[version-differs]: this step lasts 3m 25s; morning.ron (line 22) gives 3m 30s",
        "tests/sessions/versions/mismatched/morning.es.ron:30:23",
        "error[version-language]: this file's name gives the language \"de\", but its language is \"fr\"",
        "tests/sessions/versions/mismatched/noon.de.ron:8:15",
        "error[version-id]",
        "error[duplicate-id]",
    ] {
        assert!(stderr.contains(said), "{said}\n{stderr}");
    }
    let good = stillpoint(
        &["validate", "tests/sessions/versions/good"],
        "en_US.UTF-8",
        data.path(),
    );
    assert_eq!(good.status.code(), Some(0), "{}", String::from_utf8_lossy(&good.stderr));
}

#[test]
fn list_shows_each_session_in_the_practitioners_language_and_names_the_others() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    for name in ["evening.ron", "evening.es.ron", "evening.zh-Hant.ron"] {
        std::fs::copy(folder("good").join(name), sessions.join(name)).unwrap_or_else(|e| panic!("{e}"));
    }
    let list = |lang: &str| {
        let output = stillpoint(&["list"], lang, data.path());
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let spanish = list("es_ES.UTF-8");
    assert!(spanish.contains("Una tarde en calma"), "{spanish}");
    assert!(spanish.contains("También en: English, 繁體中文"), "{spanish}");
    assert!(!spanish.contains("A quiet evening"), "{spanish}");
    let danish = list("da_DK.UTF-8");
    assert!(danish.contains("A quiet evening"), "{danish}");
    assert!(danish.contains("Also in: Español, 繁體中文"), "{danish}");
    let chinese = list("zh_TW.UTF-8");
    assert!(chinese.contains("安靜的傍晚"), "{chinese}");
    assert!(chinese.contains("其他語言：English、Español"), "{chinese}");
}

/// `validate` speaks the system's language and points at the same
/// file:line:col in each: a misspelled field, a forgotten comma, and
/// versions that drifted from their original.
#[test]
fn validate_speaks_the_systems_language_at_the_same_places() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let check = |path: &str, lang: &str, said: &[&str], not: &[&str]| {
        let output = stillpoint(&["validate", path], lang, data.path());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{lang}: {stderr}");
        for said in said {
            assert!(stderr.contains(said), "{lang}: no {said:?} in\n{stderr}");
        }
        for not in not {
            assert!(!stderr.contains(not), "{lang}: {not:?} is still there in\n{stderr}");
        }
    };
    let field = "tests/sessions/bad/unknown-field-duraton.ron";
    let at = "tests/sessions/bad/unknown-field-duraton.ron:10:34";
    check(
        field,
        "en_US.UTF-8",
        &[
            "error[unknown-field]: unknown field `duraton` in `Step`",
            at,
            "did you mean `duration`?",
        ],
        &[],
    );
    check(
        field,
        "es_ES.UTF-8",
        &[
            "error[unknown-field]: `Step` no tiene ningún campo `duraton`",
            at,
            "¿quizá querías decir `duration`?",
        ],
        &["unknown field", "did you mean"],
    );
    check(
        field,
        "zh_TW.UTF-8",
        &[
            "error[unknown-field]: `Step` 沒有 `duraton` 這個欄位",
            at,
            "你是不是要寫 `duration`？",
        ],
        &["unknown field", "did you mean"],
    );
    check(
        "tests/sessions/bad/missing-comma.ron",
        "es_ES.UTF-8",
        &[
            "error[syntax]: se esperaba `,` o `)` después de este campo, pero hay `s`",
            "tests/sessions/bad/missing-comma.ron:7:5",
            "se abre aquí",
            "= sugerencia: ¿falta una coma al final de la línea anterior?",
        ],
        &["expected", "opened here", "help:"],
    );
    check(
        "tests/sessions/versions/mismatched",
        "es_ES.UTF-8",
        &[
            "error[version-differs]: este paso dura 3m 25s; en morning.ron (línea 22) dura 3m 30s",
            "tests/sessions/versions/mismatched/morning.es.ron:30:23",
            "error[version-language]: el nombre de este archivo indica el idioma \"de\", pero su idioma es \"fr\"",
            "tests/sessions/versions/mismatched/noon.de.ron:8:15",
        ],
        &["gives", "this step", "help:"],
    );
}
