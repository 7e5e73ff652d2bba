//! Session files are untrusted input: size, step count and nesting are
//! bounded, and going past a bound is a clear error, not a crash.

use stillpoint::audio::FileProbe;
use stillpoint::session::{Code, LineCol, MAX_DEPTH, MAX_FILE_BYTES, MAX_STEPS, Origin, load_file, load_text};

fn session_with_steps(count: usize) -> String {
    let step = "Step(title: \"Sit\", duration: \"1s\", guidance: \"Sit.\"),\n";
    format!(
        "Session(format: 1, id: \"many\", title: \"Many\", summary: \"S\", domain: \"timer\",\n steps: [\n{}])",
        step.repeat(count)
    )
}

fn codes(text: String) -> Vec<Code> {
    let file = load_text("t.ron".into(), Origin::Bundled, text, &FileProbe);
    file.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn a_thousand_steps_load_and_one_more_is_refused() {
    assert_eq!(codes(session_with_steps(MAX_STEPS)), []);
    let file = load_text(
        "t.ron".into(),
        Origin::Bundled,
        session_with_steps(MAX_STEPS + 1),
        &FileProbe,
    );
    let codes: Vec<Code> = file.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::TooManySteps]);
    let at = file.diagnostics[0].span.map(|s| LineCol::of(&file.source, s.start));
    assert_eq!(at, Some(LineCol { line: 2, col: 9 }));
}

#[test]
fn a_file_over_one_mebibyte_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("huge.ron");
    let padding = "/* padding */\n".repeat((MAX_FILE_BYTES as usize) / 14 + 1);
    std::fs::write(&path, format!("{padding}{}", session_with_steps(1))).unwrap_or_else(|e| panic!("{e}"));
    let file = load_file(&path, &FileProbe);
    assert_eq!(
        file.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        [Code::TooLarge]
    );
    assert!(file.source.is_empty());
    assert!(file.session.is_none());
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    for text in [
        "[".repeat(1_000_000),
        "Some(".repeat(100_000),
        format!("Session(steps: {})", "[".repeat(50)),
    ] {
        assert_eq!(codes(text), [Code::TooDeep]);
    }
    let just_deep_enough = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(!codes(just_deep_enough).contains(&Code::TooDeep));
}

#[test]
fn a_long_flat_file_within_the_limit_is_read_in_full() {
    // Many long comment lines and a huge guidance text: big but legal.
    let guidance = "Breathe. ".repeat(50_000);
    let text = format!(
        "// {}\nSession(format: 1, id: \"long\", title: \"Long\", summary: \"S\", domain: \"timer\",\n steps: [Step(title: \"Sit\", duration: \"1m\", guidance: \"{guidance}\")])",
        "x".repeat(100_000)
    );
    assert!(text.len() as u64 <= MAX_FILE_BYTES);
    // Read whole: its only problems are that far too many words are on
    // screen at once, and cannot be said in a minute.
    assert_eq!(codes(text), [Code::CueTooLong, Code::CueRunsOver]);
}

#[test]
fn huge_numbers_and_durations_are_errors_not_overflows() {
    let session = |length: &str, step: &str| {
        format!(
            "Session(format: 1, id: \"n\", title: \"N\", summary: \"S\", domain: \"timer\", length: {length},\n steps: [{step}])"
        )
    };
    let cases = [
        (
            session("Fixed", "Step(title: \"A\", duration: \"99999999999999999999999h\")"),
            Code::BadDuration,
        ),
        (
            session("Fixed", "Step(title: \"A\", duration: \"8000h\")"),
            Code::TooLong,
        ),
        (
            session("Fixed", &"Step(title: \"A\", duration: \"23h\"),".repeat(3)),
            Code::TooLong,
        ),
        (
            session(
                "Fixed",
                "Step(title: \"A\", duration: \"1m\", interval_bells: Intervals(count: 99999999999999999999))",
            ),
            Code::Syntax,
        ),
        (
            session(
                "Fixed",
                "Step(title: \"A\", duration: \"1h\", interval_bells: Intervals(count: 4294967295))",
            ),
            Code::IntervalNeverRings,
        ),
        (
            session(
                "Fixed",
                "Step(title: \"A\", duration: \"20h\", interval_bells: Intervals(every: \"1s\"))",
            ),
            Code::TooManyBells,
        ),
        (
            session(
                "OpenEnded",
                "Step(title: \"A\", fill: true, interval_bells: Intervals(every: \"1ms\"))",
            ),
            Code::OutOfRange,
        ),
    ];
    for (text, expected) in cases {
        let found = codes(text.clone());
        assert_eq!(found, [expected], "{text}");
    }
}
