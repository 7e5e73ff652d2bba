//! Building sessions for tests from a few lines of RON.

// Each test binary that includes this file uses only part of it.
#![allow(dead_code)]

use std::path::Path;

use stillpoint::audio::FileProbe;
use stillpoint::session::{Origin, Session, load_file, load_text};

/// A timer session with these steps and extra top-level fields; panics with
/// the diagnostics if it does not load.
pub fn session(steps: &str, extra: &str) -> Session {
    let text = format!(
        "Session(format: 1, id: \"t\", title: \"T\", summary: \"S\", domain: \"timer\", {extra}\n steps: [{steps}])"
    );
    let file = load_text("t.ron".into(), Origin::Bundled, text, &FileProbe);
    match file.session {
        Some(session) => session,
        None => panic!("{}", stillpoint::session::file_diagnostics_text(&file)),
    }
}

/// Writes `text` as a session file in `dir`, with `audio` files copied
/// beside it under the given names, and loads it.
pub fn session_with_audio(dir: &Path, text: &str, audio: &[(&str, &str)]) -> Session {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, fixture) in audio {
        std::fs::copy(manifest.join(fixture), dir.join(name)).unwrap_or_else(|e| panic!("{fixture}: {e}"));
    }
    let path = dir.join("session.ron");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let file = load_file(&path, &FileProbe);
    match file.session {
        Some(session) => session,
        None => panic!("{}", stillpoint::session::file_diagnostics_text(&file)),
    }
}

/// The words of `session`'s cues marked `module_question`, in order.
pub fn module_questions(session: &Session) -> Vec<String> {
    session
        .steps
        .iter()
        .flat_map(|step| &step.cues)
        .filter(|cue| cue.module_question)
        .map(|cue| cue.text.clone())
        .collect()
}
