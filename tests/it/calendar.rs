//! Invitations reach calendars: `stillpoint invite --ics` writes an
//! iCalendar file that an independent reader (Python's icalendar, with
//! dateutil expanding the repeat rule) reads back as the sit it was meant
//! to be. The real command, a fresh data folder each time.

use crate::support::practice as support;

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use serde_json::{Value, json};
use support::{stillpoint, temp_dir, text};

/// Reads an .ics file and prints, as JSON, what a calendar would see.
const READ_EVENT: &str = r#"
import json, sys
import icalendar
from dateutil.rrule import rrulestr

calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = list(calendar.walk("VEVENT"))
event = events[0]
start = event.decoded("DTSTART")
rule = event.get("RRULE")
starts = [start]
if rule is not None:
    starts = list(rrulestr(rule.to_ical().decode(), dtstart=start))
print(json.dumps({
    "version": str(calendar.get("VERSION")),
    "events": len(events),
    "summary": str(event.get("SUMMARY")),
    "dtstart": start.isoformat(),
    "dtend": event.decoded("DTEND").isoformat(),
    "dtstamp": event.decoded("DTSTAMP").isoformat(),
    "uid": str(event.get("UID")),
    "rrule": None if rule is None else {key: list(values) for key, values in rule.items()},
    "starts": [s.isoformat() for s in starts],
    "description": str(event.get("DESCRIPTION")),
}))
"#;

/// A Python that has the icalendar module (Debian's python3-icalendar,
/// which `make test-deps` installs).
fn python() -> &'static str {
    static FOUND: OnceLock<&'static str> = OnceLock::new();
    FOUND.get_or_init(|| {
        ["python3", "/usr/bin/python3"]
            .into_iter()
            .find(|python| {
                Command::new(python)
                    .args(["-c", "import icalendar, dateutil"])
                    .output()
                    .is_ok_and(|o| o.status.success())
            })
            .unwrap_or_else(|| {
                panic!("no python3 with the icalendar module; install python3-icalendar (make test-deps)")
            })
    })
}

/// What Python's icalendar reads in the file at `path`.
fn read_event(path: &Path) -> Value {
    let output = Command::new(python())
        .args(["-c", READ_EVENT])
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3: {e}"));
    assert!(
        output.status.success(),
        "icalendar cannot read {}: {}\n{}",
        path.display(),
        text(&output.stderr),
        std::fs::read_to_string(path).unwrap_or_default()
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&output.stdout)))
}

/// Runs `stillpoint invite ARGS --ics FILE` in a fresh data folder; gives
/// the code it printed and what icalendar reads in the file.
fn invite(args: &[&str]) -> (String, Value) {
    let data = temp_dir();
    let file = data.path().join("sit.ics");
    let mut all = vec!["invite"];
    all.extend_from_slice(args);
    all.extend(["--ics", file.to_str().unwrap_or_default()]);
    let output = stillpoint(data.path(), &all);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{all:?}\n{stdout}{}",
        text(&output.stderr)
    );
    assert!(stdout.contains(&format!("Wrote {}", file.display())), "{stdout}");
    let code = stdout.lines().last().unwrap_or_default().to_owned();
    (code, read_event(&file))
}

/// One sit, as a calendar should show it.
struct Expected<'a> {
    code: &'a str,
    summary: &'a str,
    dtend: &'a str,
    rrule: Value,
    starts: &'a [&'a str],
}

fn check(args: &[&str], expected: Expected<'_>) {
    let (code, event) = invite(args);
    assert_eq!(code, expected.code, "{args:?}");
    let uid = format!(
        "sit-{}@stillpoint",
        expected
            .code
            .trim_start_matches("sit/")
            .split('/')
            .take(2)
            .collect::<Vec<_>>()
            .join("-")
    );
    assert_eq!(event["version"], "2.0");
    assert_eq!(event["events"], 1, "{args:?}");
    assert_eq!(event["summary"], expected.summary, "{args:?}");
    assert_eq!(event["dtstart"], expected.starts[0], "{args:?}");
    assert_eq!(event["dtend"], expected.dtend, "{args:?}");
    assert_eq!(event["uid"], uid, "{args:?}");
    assert_eq!(event["rrule"], expected.rrule, "{args:?}");
    let starts: Vec<&str> = event["starts"]
        .as_array()
        .map(|s| s.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert_eq!(starts, expected.starts, "{args:?}");
    let description = event["description"].as_str().unwrap_or_default();
    assert!(
        description.contains(&format!("stillpoint play --invite {code}")),
        "{args:?}: {description}"
    );
    assert!(!description.contains("http"), "plain text, no links: {description}");
    assert!(
        event["dtstamp"].as_str().is_some_and(|s| s.ends_with("+00:00")),
        "{event}"
    );
}

#[test]
fn an_invitation_becomes_a_calendar_event_a_calendar_reads() {
    // A fixed session: its own length, three minutes.
    check(
        &["the-pause", "--at", "2026-11-27T15:00:00+01:00"],
        Expected {
            code: "sit/the-pause/20261127T140000Z",
            summary: "The pause",
            dtend: "2026-11-27T14:03:00+00:00",
            rrule: Value::Null,
            starts: &["2026-11-27T14:00:00+00:00"],
        },
    );
    // A flexible session: the length chosen.
    check(
        &["open-awareness", "--at", "2026-11-27T09:30:00-05:00", "--length", "25m"],
        Expected {
            code: "sit/open-awareness/20261127T143000Z/25m",
            summary: "Open awareness",
            dtend: "2026-11-27T14:55:00+00:00",
            rrule: Value::Null,
            starts: &["2026-11-27T14:30:00+00:00"],
        },
    );
    // ...or its default.
    check(
        &["open-awareness", "--at", "2026-11-27T14:30:00Z"],
        Expected {
            code: "sit/open-awareness/20261127T143000Z",
            summary: "Open awareness",
            dtend: "2026-11-27T14:45:00+00:00",
            rrule: Value::Null,
            starts: &["2026-11-27T14:30:00+00:00"],
        },
    );
    // An open-ended session with the length everyone sits.
    check(
        &["open-sit", "--at", "2026-11-27T14:30:00Z", "--length", "40m"],
        Expected {
            code: "sit/open-sit/20261127T143000Z/40m",
            summary: "Open sit",
            dtend: "2026-11-27T15:10:00+00:00",
            rrule: Value::Null,
            starts: &["2026-11-27T14:30:00+00:00"],
        },
    );
}

#[test]
fn a_repeating_sit_repeats_in_the_calendar_as_it_does_in_the_code() {
    check(
        &[
            "the-pause",
            "--at",
            "2026-11-27T15:00:00+01:00",
            "--every",
            "2w",
            "--count",
            "4",
        ],
        Expected {
            code: "sit/the-pause/20261127T140000Z/every2w/x4",
            summary: "The pause",
            dtend: "2026-11-27T14:03:00+00:00",
            rrule: json!({"FREQ": ["WEEKLY"], "INTERVAL": [2], "COUNT": [4]}),
            starts: &[
                "2026-11-27T14:00:00+00:00",
                "2026-12-11T14:00:00+00:00",
                "2026-12-25T14:00:00+00:00",
                "2027-01-08T14:00:00+00:00",
            ],
        },
    );
    check(
        &[
            "silent-sit",
            "--at",
            "2026-11-27T07:00:00Z",
            "--length",
            "30m",
            "--every",
            "1d",
            "--count",
            "3",
        ],
        Expected {
            code: "sit/silent-sit/20261127T070000Z/30m/every1d/x3",
            summary: "Silent sit",
            dtend: "2026-11-27T07:30:00+00:00",
            rrule: json!({"FREQ": ["DAILY"], "INTERVAL": [1], "COUNT": [3]}),
            starts: &[
                "2026-11-27T07:00:00+00:00",
                "2026-11-28T07:00:00+00:00",
                "2026-11-29T07:00:00+00:00",
            ],
        },
    );
    // A calendar's own rule; its UNTIL kept as the sits it allows.
    check(
        &[
            "the-pause",
            "--at",
            "2026-11-27T14:00:00Z",
            "--rrule",
            "FREQ=WEEKLY;INTERVAL=3;UNTIL=20270108T140000Z",
        ],
        Expected {
            code: "sit/the-pause/20261127T140000Z/every3w/x3",
            summary: "The pause",
            dtend: "2026-11-27T14:03:00+00:00",
            rrule: json!({"FREQ": ["WEEKLY"], "INTERVAL": [3], "COUNT": [3]}),
            starts: &[
                "2026-11-27T14:00:00+00:00",
                "2026-12-18T14:00:00+00:00",
                "2027-01-08T14:00:00+00:00",
            ],
        },
    );
}

#[test]
fn adding_an_invitation_again_updates_the_same_event() {
    let at = ["the-pause", "--at", "2026-11-27T14:00:00Z"];
    let (_, first) = invite(&at);
    let (_, again) = invite(&at);
    let (_, longer) = invite(&[&at[..], &["--every", "1w", "--count", "8"]].concat());
    assert_eq!(first["uid"], "sit-the-pause-20261127T140000Z@stillpoint");
    assert_eq!(again["uid"], first["uid"]);
    assert_eq!(
        longer["uid"], first["uid"],
        "a series begun by the same sit replaces it"
    );
    let (_, other) = invite(&["the-pause", "--at", "2026-11-28T14:00:00Z"]);
    assert_ne!(other["uid"], first["uid"]);
}

#[test]
fn the_invitation_file_and_the_code_open_the_same_series() {
    let data = temp_dir();
    let file = data.path().join("sit.ron");
    let output = stillpoint(
        data.path(),
        &[
            "invite",
            "the-pause",
            "--at",
            "2026-11-27T14:00:00Z",
            "--every",
            "2w",
            "--count",
            "6",
            "-o",
            file.to_str().unwrap_or_default(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let code = text(&output.stdout).lines().last().unwrap_or_default().to_owned();
    assert_eq!(code, "sit/the-pause/20261127T140000Z/every2w/x6");
    let ron = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(ron.contains("repeat: \"FREQ=WEEKLY;INTERVAL=2;COUNT=6\""), "{ron}");
    let opened = stillpoint::cohort::Invitation::open(&file.to_string_lossy()).map(|i| i.code());
    assert_eq!(opened, Ok(code));
}

#[test]
fn a_series_whose_last_sit_has_ended_says_so() {
    let data = temp_dir();
    let output = stillpoint(
        data.path(),
        &[
            "play",
            "--no-gui",
            "--invite",
            "sit/the-pause/20200103T140000Z/every1w/x3",
        ],
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("The last of these 3 sits ended on Friday 17 January 2020"),
        "{stderr}"
    );
    assert!(!data.path().join("practice-log.jsonl").exists(), "nothing was played");
}

/// `stillpoint invite ARGS` must fail with status 1 and say `words`,
/// writing nothing where it was asked to write.
fn check_fails(args: &[&str], words: &str) {
    let data = temp_dir();
    let ics = data.path().join("sit.ics");
    let ron = data.path().join("sit.ron");
    let mut all = vec!["invite"];
    all.extend_from_slice(args);
    if !args.contains(&"--ics") {
        all.extend(["--ics", ics.to_str().unwrap_or_default()]);
    }
    all.extend(["-o", ron.to_str().unwrap_or_default()]);
    let output = stillpoint(data.path(), &all);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{all:?}\n{stderr}");
    assert!(stderr.contains(words), "{all:?}: {stderr}");
    let left: Vec<String> = std::fs::read_dir(data.path())
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert!(left.is_empty(), "{all:?} left {left:?}");
}

#[test]
fn bad_repeats_and_places_are_refused_before_anything_is_written() {
    fn with<'a>(more: &[&'a str]) -> Vec<&'a str> {
        [&["the-pause", "--at", "2026-11-27T14:00:00Z"], more].concat()
    }
    check_fails(&with(&["--every", "3m", "--count", "2"]), "\"3m\" is not how often");
    check_fails(&with(&["--every", "0w", "--count", "2"]), "every 1 to 99 days or weeks");
    check_fails(&with(&["--every", "2w"]), "--count N");
    check_fails(&with(&["--every", "2w", "--count", "0"]), "1 to 100 sits, not 0");
    check_fails(&with(&["--every", "2w", "--count", "101"]), "1 to 100 sits, not 101");
    check_fails(
        &with(&["--rrule", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3"]),
        "BYDAY is not supported",
    );
    check_fails(
        &with(&["--rrule", "FREQ=MONTHLY;COUNT=3"]),
        "FREQ=MONTHLY is not supported",
    );
    check_fails(
        &with(&["--rrule", "FREQ=WEEKLY"]),
        "give COUNT (how many sits) or UNTIL",
    );
    check_fails(
        &["open-sit", "--at", "2026-11-27T14:00:00Z"],
        "\"Open sit\" is open-ended",
    );
    let missing = std::env::temp_dir().join("stillpoint-no-such-folder").join("sit.ics");
    check_fails(
        &with(&["--ics", missing.to_str().unwrap_or_default()]),
        "stillpoint-no-such-folder does not exist",
    );
    assert!(!missing.exists());
    let folder = temp_dir();
    check_fails(
        &with(&["--ics", folder.path().to_str().unwrap_or_default()]),
        "is a folder",
    );
    let left = std::fs::read_dir(folder.path()).map(|e| e.count()).unwrap_or(1);
    assert_eq!(left, 0, "nothing written in the folder");
}

/// An invitation that cannot be opened says why in a person's words: a
/// file that is not there, a calendar event opened in its place, a time
/// already past.
#[test]
fn invitations_that_cannot_be_opened_say_why() {
    let data = temp_dir();
    let play = |what: &str| {
        let output = stillpoint(data.path(), &["play", "--no-gui", "--invite", what]);
        assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
        text(&output.stderr)
    };
    let missing = data.path().join("not-yet-synced.ron");
    let said = play(&missing.to_string_lossy());
    assert!(
        said.contains("cannot open") && said.contains("there is no such file"),
        "{said}"
    );
    assert!(play("nothing.ron").contains("there is no such file"));
    let ics = data.path().join("sit.ics");
    std::fs::write(&ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").unwrap_or_else(|e| panic!("{e}"));
    let said = play(&ics.to_string_lossy());
    assert!(said.contains("is a calendar event, not an invitation"), "{said}");
    assert!(!data.path().join("practice-log.jsonl").exists(), "nothing was played");

    let output = stillpoint(data.path(), &["invite", "the-pause", "--at", "2020-01-03T14:00:00Z"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        text(&output.stdout).contains("Note: this sit has already ended (Friday 3 January 2020, 14:03 UTC)"),
        "{}",
        text(&output.stdout)
    );
}
