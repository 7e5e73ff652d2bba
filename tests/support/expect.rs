//! A fixture's `// expect: CODE LINE:COL` lines, beside what loading it
//! reported, in the same form.

use stillpoint::session::{LineCol, SessionFile};

/// What the file says it should report, sorted.
pub fn expected(file: &SessionFile) -> Vec<String> {
    let mut expected: Vec<String> = file
        .source
        .lines()
        .filter_map(|line| line.trim().strip_prefix("// expect:"))
        .map(|e| e.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    expected.sort();
    expected
}

/// What it reported: `CODE LINE:COL`, or `CODE` for the whole file, sorted.
pub fn reported(file: &SessionFile) -> Vec<String> {
    let mut reported: Vec<String> = file
        .diagnostics
        .iter()
        .map(|d| match d.span {
            Some(span) => format!("{} {}", d.code.name(), LineCol::of(&file.source, span.start)),
            None => d.code.name().to_owned(),
        })
        .collect();
    reported.sort();
    reported
}
