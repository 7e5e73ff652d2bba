//! The practice record of a certification cycle, from the command line:
//! kinds of practice, portfolio marks and a weekly goal, through real files
//! and the real `stillpoint` binary.

use std::path::Path;

use crate::support::practice::{json, ok, stillpoint, temp_dir, text};

/// Logs `minutes` of `practice` at `start` and gives the new entry's id.
fn add(data: &Path, start: &str, minutes: u32, practice: &str) -> String {
    let said = ok(
        data,
        &[
            "log",
            "add",
            "--start",
            start,
            "--minutes",
            &minutes.to_string(),
            "--practice",
            practice,
        ],
    );
    // "Logged 20 min of "…" on … (ID)."
    said.rsplit_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(id, _)| id.to_owned())
        .unwrap_or_else(|| panic!("no id in {said}"))
}

#[test]
fn every_kind_of_practice_is_logged_shown_and_exported() {
    let data = temp_dir();
    let kinds = ["formal", "informal", "call", "retreat", "journaling", "teaching"];
    for (day, kind) in kinds.iter().enumerate() {
        add(data.path(), &format!("2026-11-0{}T07:30:00+01:00", day + 1), 20, kind);
    }
    let entries = json(data.path(), &["log", "--json"]);
    let logged: Vec<&str> = entries
        .as_array()
        .map(|all| all.iter().filter_map(|e| e["practice"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(logged, kinds);
    // Without a session, an entry is titled by its kind.
    assert_eq!(entries[2]["title"], "Contemplative call");
    let table = ok(data.path(), &["log"]);
    assert!(
        table.contains("Journaling") && !table.contains("(Journaling)"),
        "named once: {table}"
    );

    // A formal entry's line is as it was before kinds were kept.
    let log = std::fs::read_to_string(data.path().join("practice-log.jsonl")).unwrap_or_default();
    let lines: Vec<&str> = log.lines().collect();
    assert!(!lines[0].contains("practice"), "{}", lines[0]);
    assert!(lines[2].contains(r#""practice":"call""#), "{}", lines[2]);

    // Exported and imported into another log, every kind comes back.
    let csv = data.path().join("out.csv");
    ok(data.path(), &["export", "--csv", &csv.to_string_lossy()]);
    let exported = std::fs::read_to_string(&csv).unwrap_or_default();
    assert!(
        exported
            .lines()
            .next()
            .unwrap_or_default()
            .ends_with(",practice,portfolio,prompt"),
        "{exported}"
    );
    let other = temp_dir();
    ok(other.path(), &["import", &csv.to_string_lossy()]);
    let imported = json(other.path(), &["log", "--json"]);
    let kinds_back: Vec<&str> = imported
        .as_array()
        .map(|all| all.iter().filter_map(|e| e["practice"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(kinds_back, kinds);
}

#[test]
fn an_unknown_kind_is_refused_with_the_list() {
    let data = temp_dir();
    let output = stillpoint(
        data.path(),
        &[
            "log",
            "add",
            "--start",
            "2026-11-01T07:30:00+01:00",
            "--minutes",
            "20",
            "--practice",
            "dancing\u{1b}]0;x\u{7}",
        ],
    );
    let said = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{said}");
    assert!(
        said.contains("formal, informal, call, retreat, journaling, teaching"),
        "{said}"
    );
    assert!(!said.contains('\u{1b}'), "shown escaped: {said:?}");
    assert!(!data.path().join("practice-log.jsonl").exists());
}

#[test]
fn a_line_of_an_unknown_kind_is_skipped_with_a_warning_and_kept() {
    let data = temp_dir();
    add(data.path(), "2026-11-01T07:30:00+01:00", 20, "formal");
    let path = data.path().join("practice-log.jsonl");
    let mut log = std::fs::read_to_string(&path).unwrap_or_default();
    log.push_str(
        r#"{"v":1,"kind":"entry","id":"later","start_utc":"2026-11-02T07:00:00Z","utc_offset":"+01:00","practised_secs":600,"ended":"completed","practice":"pilgrimage"}"#,
    );
    log.push('\n');
    std::fs::write(&path, &log).unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(data.path(), &["log", "--json"]);
    let warned = text(&output.stderr);
    assert!(warned.contains(":2:") && warned.contains("pilgrimage"), "{warned}");
    let entries: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    assert_eq!(entries.as_array().map(Vec::len), Some(1));
    // The file keeps the line it could not read.
    assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), log);
}

#[test]
fn entries_are_marked_for_the_portfolio_and_unmarked() {
    let data = temp_dir();
    let id = add(data.path(), "2026-11-01T07:30:00+01:00", 20, "journaling");
    ok(
        data.path(),
        &["log", "note", &id, "What stayed with me was the silence."],
    );
    let said = ok(data.path(), &["log", "mark", &id]);
    assert!(said.contains("in your portfolio"), "{said}");
    assert_eq!(json(data.path(), &["log", "--json"])[0]["portfolio"], true);
    assert!(ok(data.path(), &["log"]).contains(&format!("[{id}] *")));
    ok(data.path(), &["log", "unmark", &id]);
    assert_eq!(json(data.path(), &["log", "--json"])[0]["portfolio"], false);
    let output = stillpoint(data.path(), &["log", "mark", "no-such-entry"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
}

#[test]
fn a_weekly_goal_is_set_followed_and_removed() {
    let data = temp_dir();
    let said = ok(data.path(), &["goal", "set", "--minutes", "20", "--days", "5"]);
    assert!(said.contains("20 min on 5 days a week"), "{said}");
    // Today, whatever day it is, in this machine's offset: a formal sit
    // and a call that together make the goal's minutes, and journaling
    // that does not count.
    let now = chrono::Local::now() - chrono::TimeDelta::minutes(90);
    let at = |minutes: i64| (now + chrono::TimeDelta::minutes(minutes)).to_rfc3339();
    add(data.path(), &at(0), 12, "formal");
    add(data.path(), &at(20), 8, "call");
    add(data.path(), &at(40), 45, "journaling");
    let stats = json(data.path(), &["stats", "--json"]);
    let goal = &stats["goal"];
    assert_eq!(goal["goal"]["minutes"], 20);
    assert_eq!(goal["goal"]["days"], 5);
    assert_eq!(goal["today_formal_minutes"], 20, "{goal}");
    assert_eq!(goal["this_week"]["days_meeting_goal"], 1, "{goal}");
    assert_eq!(goal["weeks"].as_array().map(Vec::len), Some(11));
    let shown = ok(data.path(), &["goal"]);
    assert!(shown.contains("This week: 1 of 5 days"), "{shown}");
    assert!(ok(data.path(), &["stats"]).contains("This week: 1 of 5 days"));

    for bad in [["--minutes", "0", "--days", "5"], ["--minutes", "20", "--days", "8"]] {
        let output = stillpoint(data.path(), &[&["goal", "set"][..], &bad[..]].concat());
        assert_eq!(output.status.code(), Some(1), "{bad:?}");
        assert!(text(&output.stderr).contains("was given"), "{}", text(&output.stderr));
    }
    ok(data.path(), &["goal", "off"]);
    assert!(json(data.path(), &["stats", "--json"])["goal"].is_null());
    assert!(ok(data.path(), &["goal"]).contains("No weekly goal"));
}

#[test]
fn a_session_file_says_what_kind_of_practice_it_is() {
    let data = temp_dir();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    let two_breaths =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/two-breaths.ron"))
            .unwrap_or_else(|e| panic!("{e}"));
    let journaling = two_breaths.replace("domain: \"timer\",", "domain: \"timer\",\n    practice: journaling,");
    std::fs::write(sessions.join("two-breaths.ron"), &journaling).unwrap_or_else(|e| panic!("{e}"));
    ok(data.path(), &["play", "two-breaths", "--no-gui"]);
    assert_eq!(json(data.path(), &["log", "--json"])[0]["practice"], "journaling");

    // A kind that does not exist is pointed at, with the kinds there are.
    let wrong = sessions.join("wrong.ron");
    std::fs::write(
        &wrong,
        journaling.replace("practice: journaling", "practice: \"journalling\""),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(data.path(), &["validate", &wrong.to_string_lossy()]);
    let said = text(&output.stdout) + &text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("wrong.ron:8:15"), "{said}");
    assert!(said.contains("no kind of practice called \"journalling\""), "{said}");
    assert!(said.contains("\"journaling\""), "{said}");
}

#[test]
fn the_bundled_call_and_journaling_sessions_say_their_kind() {
    let library = stillpoint::bundled::library(None, &stillpoint::audio::FileProbe);
    let kind = |id: &str| {
        library
            .sessions()
            .find(|s| s.id.as_str() == id)
            .and_then(|s| s.practice)
            .map(stillpoint::session::Named::name)
    };
    assert_eq!(kind("contemplative-call"), Some("call"));
    assert_eq!(kind("reflective-journaling"), Some("journaling"));
    assert_eq!(kind("body-scan"), None);
}
