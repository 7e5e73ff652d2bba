//! The portfolio report from the command line: exact figures over a log
//! that crosses a change of the clocks, with a sit after midnight, rest
//! days, every kind of practice and a deleted entry; the right notes and
//! no others; a PDF that real readers open, in English and Spanish.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::practice::{command, ok, temp_dir, text};

/// `stillpoint --data-dir DATA ARGS...` in the language of `lang`.
fn run_in(lang: &str, data: &Path, args: &[&str]) -> Output {
    command(data)
        .env("LANG", lang)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

fn ok_in(lang: &str, data: &Path, args: &[&str]) -> String {
    let output = run_in(lang, data, args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    text(&output.stdout)
}

/// Logs practice and gives its id.
fn add(data: &Path, start: &str, minutes: u32, practice: &str, note: Option<&str>) -> String {
    let minutes = minutes.to_string();
    let mut args = vec![
        "log",
        "add",
        "--start",
        start,
        "--minutes",
        &minutes,
        "--practice",
        practice,
    ];
    if let Some(note) = note {
        args.extend(["--note", note]);
    }
    let said = ok(data, &args);
    said.rsplit_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(id, _)| id.to_owned())
        .unwrap_or_else(|| panic!("no id in {said}"))
}

/// Two weeks, Monday 19 October to Sunday 1 November 2026, across the
/// night the clocks go back in Europe (25 October), with a goal of 20
/// minutes on 3 days a week.
fn fixture() -> tempfile::TempDir {
    let data = temp_dir();
    let d = data.path();
    ok(d, &["goal", "set", "--minutes", "20", "--days", "3"]);
    // The day before the period: outside it.
    add(d, "2026-10-18T07:00:00+02:00", 30, "formal", Some("Before the period."));
    add(d, "2026-10-19T07:00:00+02:00", 25, "formal", None);
    // A short sit and a call make Tuesday's twenty-five formal minutes.
    add(d, "2026-10-20T07:00:00+02:00", 15, "formal", None);
    add(d, "2026-10-20T18:00:00+02:00", 10, "call", None);
    // Wednesday is a rest day; Thursday's walk is practice, not formal.
    add(d, "2026-10-22T12:00:00+02:00", 30, "informal", None);
    add(d, "2026-10-24T08:00:00+02:00", 40, "retreat", None);
    // After the clocks went back, at 01:30 on Monday: Sunday's practice.
    add(d, "2026-10-26T01:30:00+01:00", 20, "formal", None);
    let journal = add(
        d,
        "2026-10-27T07:00:00+01:00",
        20,
        "journaling",
        Some("Wrote about what the call stirred."),
    );
    add(
        d,
        "2026-10-28T07:00:00+01:00",
        20,
        "teaching",
        Some("Led the pause for colleagues; unmarked."),
    );
    let deleted = add(d, "2026-10-29T07:00:00+01:00", 30, "formal", Some("A deleted note."));
    let arabic = add(
        d,
        "2026-10-30T07:00:00+01:00",
        20,
        "formal",
        Some("السلام عليكم، صباح هادئ"),
    );
    // At 01:30 on the day after the last day: inside the period.
    add(d, "2026-11-02T01:30:00+01:00", 20, "formal", None);
    add(d, "2026-11-02T07:00:00+01:00", 20, "formal", Some("After the period."));
    for id in [&journal, &deleted, &arabic] {
        ok(d, &["log", "mark", id]);
    }
    ok(d, &["log", "delete", &deleted]);
    data
}

const PERIOD: [&str; 4] = ["--from", "2026-10-19", "--to", "2026-11-01"];

#[test]
fn the_figures_are_exact_across_a_change_of_the_clocks() {
    let data = fixture();
    let args = [&["report"][..], &PERIOD[..], &["--json"][..]].concat();
    let figures: serde_json::Value = serde_json::from_str(&ok(data.path(), &args)).unwrap_or_default();
    assert_eq!(figures["from"], "2026-10-19");
    assert_eq!(figures["to"], "2026-11-01");
    assert_eq!(figures["days_in_period"], 14);
    assert_eq!(figures["days_practised"], 9, "{figures}");
    assert_eq!(figures["minutes_total"], 220);
    assert_eq!(
        figures["minutes_by_practice"],
        serde_json::json!({"formal": 100, "informal": 30, "call": 10, "retreat": 40, "journaling": 20, "teaching": 20})
    );
    assert_eq!(figures["sessions"], 10);
    assert_eq!(figures["calls_attended"], 1);
    assert_eq!(figures["goal"], serde_json::json!({"minutes": 20, "days": 3}));
    let weeks: Vec<(String, u64, bool)> = figures["weeks"]
        .as_array()
        .map(|weeks| {
            weeks
                .iter()
                .map(|w| {
                    (
                        w["start"].as_str().unwrap_or_default().to_owned(),
                        w["days_meeting_goal"].as_u64().unwrap_or(99),
                        w["met"].as_bool().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        weeks,
        [("2026-10-19".to_owned(), 4, true), ("2026-10-26".to_owned(), 2, false)]
    );
    assert_eq!(figures["weeks_met"], 1);
    assert_eq!(figures["weeks_total"], 2);

    // A period that starts mid-week counts only the week's days inside it.
    let args = ["report", "--from", "2026-10-24", "--to", "2026-10-27", "--json"];
    let short: serde_json::Value = serde_json::from_str(&ok(data.path(), &args)).unwrap_or_default();
    assert_eq!(short["weeks"][0]["days_in_period"], 2, "{short}");
    assert_eq!(short["weeks"][0]["days_meeting_goal"], 2, "Saturday and Sunday");
    assert_eq!(short["weeks"][0]["met"], true, "both of its two days");
    assert_eq!(short["weeks"][1]["days_in_period"], 2);
}

/// The reflections in a report made with `reflections`, as Markdown.
fn notes_in(data: &Path, reflections: &str) -> String {
    let file = data.join(format!("{reflections}.md"));
    let file_name = file.to_string_lossy();
    let args = [
        &["report"][..],
        &PERIOD[..],
        &["-o", &file_name, "--reflections", reflections][..],
    ]
    .concat();
    ok(data, &args);
    std::fs::read_to_string(&file).unwrap_or_default()
}

#[test]
fn only_the_notes_asked_for_enter_a_report() {
    let data = fixture();
    let every = [
        "Wrote about what the call stirred.",
        "Led the pause for colleagues; unmarked.",
        "السلام عليكم، صباح هادئ",
        "A deleted note.",
        "Before the period.",
        "After the period.",
    ];
    let has = |text: &str| every.iter().map(|note| text.contains(note)).collect::<Vec<bool>>();
    assert_eq!(
        has(&notes_in(data.path(), "marked")),
        [true, false, true, false, false, false]
    );
    assert_eq!(
        has(&notes_in(data.path(), "all")),
        [true, true, true, false, false, false]
    );
    let none = notes_in(data.path(), "none");
    assert_eq!(has(&none), [false; 6]);
    assert!(none.contains("No reflections were chosen"), "{none}");
}

#[test]
fn the_markdown_says_the_figures_in_english_and_spanish() {
    let data = fixture();
    let english = notes_in(data.path(), "marked");
    for line in [
        "# Practice record",
        "From 19 October 2026 to 1 November 2026 (14 days)",
        "Weekly goal: 20 min of formal practice on 3 days a week",
        "- In all: 3 h 40 min (220 min)",
        "- Days practised: 9 of 14",
        "- Goal met in 1 of 2 weeks",
        "| Contemplative call | 10 |",
        "| 19 October 2026 | 5/7 | 140 | 4/7 | met |",
        "| 26 October 2026 | 4/7 | 80 | 2/7 | not met |",
    ] {
        assert!(english.contains(line), "{line:?} in:\n{english}");
    }
    let file = data.path().join("es.md");
    let file_name = file.to_string_lossy();
    let args = [&["report"][..], &PERIOD[..], &["-o", &file_name][..]].concat();
    ok_in("es_ES.UTF-8", data.path(), &args);
    let spanish = std::fs::read_to_string(&file).unwrap_or_default();
    for line in [
        "# Registro de práctica",
        "Del 19 de octubre de 2026 al 1 de noviembre de 2026 (14 días)",
        "- Días de práctica: 9 de 14",
        "- Meta cumplida en 1 de 2 semanas",
        "| Llamada contemplativa | 10 |",
        "Wrote about what the call stirred.",
    ] {
        assert!(spanish.contains(line), "{line:?} in:\n{spanish}");
    }
}

/// Runs a reader's tool on `file`, then `after`; gives its standard
/// output.
fn reader(tool: &str, file: &Path, after: &[&str]) -> String {
    let output = Command::new(tool)
        .arg(file)
        .args(after)
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e} (the Makefile installs poppler-utils)"));
    assert!(output.status.success(), "{tool}: {}", text(&output.stderr));
    text(&output.stdout)
}

#[test]
fn the_pdf_opens_in_real_readers_with_every_script() {
    let data = fixture();
    for (lang, expected) in [
        (
            "C.UTF-8",
            ["Practice record", "Days practised: 9 of 14", "Goal met in 1 of 2 weeks"],
        ),
        (
            "es_ES.UTF-8",
            [
                "Registro de práctica",
                "Días de práctica: 9 de 14",
                "Meta cumplida en 1 de 2 semanas",
            ],
        ),
    ] {
        let file = data.path().join(format!("{lang}.pdf"));
        let file_name = file.to_string_lossy();
        let args = [
            &["report"][..],
            &PERIOD[..],
            &["-o", &file_name, "--name", "陳美玲 Ana"][..],
        ]
        .concat();
        let output = run_in(lang, data.path(), &args);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        assert!(
            !text(&output.stderr).contains("no font"),
            "every letter found a font: {}",
            text(&output.stderr)
        );
        let info = reader("pdfinfo", &file, &[]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(info.contains("Page size:       595 x 842 pts (A4)"), "{info}");
        let words = reader("pdftotext", &file, &["-"]).replace('\u{c}', "");
        for line in expected {
            assert!(words.contains(line), "{line:?} in:\n{words}");
        }
        assert!(words.contains("陳美玲"), "{words}");
        assert!(words.contains("Wrote about what the call stirred."), "{words}");
        assert!(!words.contains("Led the pause for colleagues"), "unmarked: {words}");
        assert!(!words.contains("A deleted note."), "{words}");
        // The fonts are embedded and subset: the typeface, Arabic, Chinese.
        let fonts = reader("pdffonts", &file, &[]);
        for face in ["AtkinsonHyperlegible", "NotoSansArabic", "CJK"] {
            let line = fonts.lines().find(|l| l.contains(face));
            let line = line.unwrap_or_else(|| panic!("{face} not in:\n{fonts}"));
            assert!(line.contains(" yes yes yes "), "embedded, subset, with Unicode: {line}");
        }
        // Every page renders.
        let pages = data.path().join(format!("{lang}-page"));
        let output = Command::new("pdftoppm")
            .args(["-r", "40", "-png"])
            .arg(&file)
            .arg(&pages)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success(), "{}", text(&output.stderr));
        let rendered = std::fs::read_dir(data.path())
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|f| f.file_name().to_string_lossy().starts_with(&format!("{lang}-page")))
                    .count()
            })
            .unwrap_or(0);
        assert_eq!(rendered, 4, "cover, figures, charts, reflections");
    }
}

#[test]
fn a_period_that_cannot_be_is_refused() {
    let data = fixture();
    for (args, said) in [
        (
            vec!["report", "--from", "2026-11-01", "--to", "2026-10-01", "--json"],
            "ends (2026-10-01) before it begins",
        ),
        (
            vec!["report", "--from", "2000-01-01", "--to", "2026-10-01", "--json"],
            "at most 3660 days",
        ),
        (
            vec![
                "report",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "-o",
                "report.docx",
            ],
            "a PDF (.pdf) or Markdown (.md)",
        ),
    ] {
        let output = run_in("C.UTF-8", data.path(), &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(text(&output.stderr).contains(said), "{}", text(&output.stderr));
    }
    let output = run_in(
        "C.UTF-8",
        data.path(),
        &["report", "--from", "yesterday", "--to", "2026-10-31", "--json"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("is not a date like 2026-10-01"));
}

#[test]
fn a_period_that_runs_past_today_stops_today_and_one_not_begun_is_refused() {
    let data = temp_dir();
    // Practice days: today's, whatever the hour (before the day-start
    // hour a sit counts for yesterday, so start from noon's day).
    let now = chrono::Local::now();
    let today = (now - chrono::TimeDelta::hours(3)).date_naive();
    let (from, to) = (today - chrono::TimeDelta::days(6), today + chrono::TimeDelta::days(60));
    let (from, to) = (from.to_string(), to.to_string());
    let args = ["report", "--from", &from, "--to", &to, "--json"];
    let figures: serde_json::Value = serde_json::from_str(&ok(data.path(), &args)).unwrap_or_default();
    assert_eq!(
        figures["days_in_period"], 7,
        "the days to come are not counted: {figures}"
    );
    assert_eq!(figures["to"], today.to_string());
    assert_eq!(figures["period_to"], to);
    let file = data.path().join("so-far.md");
    let file_name = file.to_string_lossy();
    ok(data.path(), &["report", "--from", &from, "--to", &to, "-o", &file_name]);
    let words = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(words.contains("days so far; the period runs to"), "{words}");

    let later = (today + chrono::TimeDelta::days(10)).to_string();
    let output = run_in(
        "C.UTF-8",
        data.path(),
        &["report", "--from", &later, "--to", &to, "--json"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("has not begun yet"),
        "{}",
        text(&output.stderr)
    );
}
