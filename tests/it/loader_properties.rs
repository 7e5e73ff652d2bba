//! Whatever the bytes, the loader answers with a session or with
//! diagnostics inside the file: it never panics, never points outside the
//! text, and durations survive printing.

use proptest::prelude::*;
use stillpoint::audio::FileProbe;
use stillpoint::session::{Duration, LineCol, Origin, SessionFile, load_file, load_text};

/// Pieces of session files, so random sequences look enough like RON to get
/// past the first character and reach the decoder and the checker.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "'",
    "\n",
    " ",
    "//",
    "/*",
    "*/",
    "#![enable(implicit_some)]",
    "Session",
    "Step",
    "Bell",
    "Intervals",
    "Fade",
    "Ambient",
    "Ending",
    "Flexible",
    "OpenEnded",
    "Fixed",
    "Some",
    "None",
    "true",
    "false",
    "format: 1",
    "id: \"x\"",
    "title: \"T\"",
    "summary: \"S\"",
    "domain: \"timer\"",
    "steps",
    "duration",
    "fill: true",
    "\"5m\"",
    "\"0s\"",
    "\"25h\"",
    "every",
    "count",
    "at",
    "min",
    "max",
    "default",
    "length",
    "voice",
    "file",
    "\"../x.wav\"",
    "\"voice/none.ogg\"",
    "sound",
    "\"gong\"",
    "strikes",
    "0",
    "1",
    "-1",
    "1.5",
    "99999999999999999999",
    "r#\"raw\"#",
    "\\u{1F600}",
    "é",
    "“",
    "\u{feff}",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..200).prop_map(|t| t.concat())
}

/// An edit to a valid file: delete, duplicate, insert or replace a range.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, &'static str),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..40usize).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), 0..200usize).prop_map(|(at, len)| Edit::Duplicate(at, len)),
        (any::<usize>(), prop::sample::select(TOKENS)).prop_map(|(at, t)| Edit::Insert(at, t)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(text: &mut Vec<u8>, edit: &Edit) {
    let clamp = |at: usize, len: usize| at % (len + 1);
    match *edit {
        Edit::Delete(at, n) => {
            let at = clamp(at, text.len());
            let end = (at + n).min(text.len());
            text.drain(at..end);
        }
        Edit::Duplicate(at, n) => {
            let at = clamp(at, text.len());
            let end = (at + n).min(text.len());
            let copy = text[at..end].to_vec();
            text.splice(at..at, copy);
        }
        Edit::Insert(at, token) => {
            let at = clamp(at, text.len());
            text.splice(at..at, token.bytes());
        }
        Edit::Truncate(at) => {
            let at = clamp(at, text.len());
            text.truncate(at);
        }
    }
}

/// What every loaded file must satisfy, whatever went in.
fn assert_sound(file: &SessionFile) {
    for diagnostic in &file.diagnostics {
        if let Some(span) = diagnostic.span {
            assert!(
                span.start <= span.end && span.end <= file.source.len() + 1,
                "{diagnostic:?}"
            );
            let at = LineCol::of(&file.source, span.start);
            assert!(at.line >= 1 && at.col >= 1);
        }
        assert!(!diagnostic.message.is_empty());
    }
    // A file reads as a session or as a program exactly when it has no errors.
    assert_eq!(file.session.is_some() || file.program.is_some(), !file.has_errors());
    assert!(file.session.is_none() || file.program.is_none());
    // Rendering never fails either.
    let _ = stillpoint::session::file_diagnostics_text(file);
}

fn load_bytes(bytes: &[u8]) -> SessionFile {
    load_text(
        "t.ron".into(),
        Origin::Bundled,
        String::from_utf8_lossy(bytes).into_owned(),
        &FileProbe,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        assert_sound(&load_bytes(&bytes));
    }

    #[test]
    fn token_soup_never_panics(text in token_soup()) {
        assert_sound(&load_bytes(text.as_bytes()));
        let wrapped = format!("Session(format: 1, id: \"x\", title: \"T\", summary: \"S\", domain: \"timer\", steps: [Step({text})])");
        assert_sound(&load_bytes(wrapped.as_bytes()));
    }

    #[test]
    fn mutated_bundled_sessions_never_panic(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        let sessions = stillpoint::bundled::sessions();
        let (_, text) = sessions[which.index(sessions.len())];
        let mut bytes = text.as_bytes().to_vec();
        for edit in &edits {
            apply(&mut bytes, edit);
        }
        assert_sound(&load_bytes(&bytes));
    }

    #[test]
    fn durations_print_and_parse_back(millis in 0u64..(366 * 24 * 3_600_000)) {
        let duration = Duration::from_millis(millis);
        prop_assert_eq!(Duration::parse(&duration.to_string()), Ok(duration));
    }

    #[test]
    fn any_duration_text_is_read_or_refused(text in "[0-9 hmsinoutecr.]{0,24}") {
        let _ = Duration::parse(&text);
    }
}

/// Raw bytes from disk, including ones that are not UTF-8, go through
/// `load_file` the same way.
#[test]
fn files_that_are_not_text_are_refused_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("binary.ron");
    std::fs::write(&path, b"Session(\n  id: \"a\xff\xfe\"").unwrap_or_else(|e| panic!("{e}"));
    let file = load_file(&path, &FileProbe);
    assert_sound(&file);
    let first = &file.diagnostics[0];
    assert_eq!(first.code.name(), "syntax");
    assert_eq!(
        first.span.map(|s| LineCol::of(&file.source, s.start)),
        Some(LineCol { line: 2, col: 9 })
    );
}
