//! The practice log on disk: real files, real processes killed mid-write,
//! a disk that is full, damaged lines, and the `stillpoint` commands that
//! read and write it.

use crate::support::child;
use crate::support::practice as support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{DateTime, FixedOffset, Utc};
use stillpoint::practice::{
    Entry, HowEnded, ImportFormat, InProgress, PendingWriter, PracticeLog, Record, Source, read_csv,
    recover_interrupted,
};
use support::{json, ok, stillpoint, temp_dir, text};

/// The pause, `minutes` long, begun at `start`.
fn entry(id: &str, start: &str, minutes: u64) -> Entry {
    support::entry(id, "the-pause", start, minutes * 60)
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn records_round_trip_through_the_file() {
    let dir = temp_dir();
    let log = PracticeLog::at(dir.path().join("log.jsonl"));
    let mut first = entry("a", "2026-11-24T07:30:00+05:30", 12);
    first.note = Some("Quiet, then a dog barked.\nStill quiet.".into());
    first.feeling_before = stillpoint::practice::Feeling::new(2);
    let second = entry("b", "2026-11-24T21:00:00-08:00", 5);
    log.append(&[Record::Entry(first.clone()), Record::Entry(second.clone())])
        .unwrap_or_else(|e| panic!("{e}"));
    log.append(&[
        Record::Edit {
            id: "b".into(),
            note: Some("evening".into()),
            feeling_before: None,
            feeling_after: stillpoint::practice::Feeling::new(5),
            prompt: Some("What did the evening hold?".into()),
            over: None,
        },
        Record::Delete { id: "a".into() },
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    let loaded = log.load().unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.deleted, [first.clone()]);
    assert_eq!(loaded.entries.len(), 1);
    assert_eq!(loaded.entries[0].note.as_deref(), Some("evening"));
    assert_eq!(loaded.entries[0].start, second.start);
    assert_eq!(loaded.entries[0].start.offset().local_minus_utc(), -8 * 3600);
    log.append(&[Record::Restore { id: "a".into() }])
        .unwrap_or_else(|e| panic!("{e}"));
    let loaded = log.load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.entries.len(), 2);
    // One line per record, each with its format version.
    let bytes = read(log.path());
    let lines: Vec<&str> = std::str::from_utf8(&bytes).unwrap_or_default().lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(lines.iter().all(|l| l.starts_with("{\"v\":1,")), "{lines:?}");
}

/// A torn last line, a line of garbage, a line that is not UTF-8 and a
/// record from a newer version: each is skipped with a warning naming its
/// line, the rest is read, and the file is not changed by reading.
#[test]
fn damaged_lines_are_skipped_by_number_and_the_file_is_left_byte_for_byte() {
    let dir = temp_dir();
    let path = dir.path().join("practice-log.jsonl");
    let log = PracticeLog::at(&path);
    let good = |id: &str| Record::Entry(entry(id, "2026-11-20T07:00:00+01:00", 10)).encode();
    let mut bytes = Vec::new();
    bytes.extend_from_slice(format!("{}\n", good("one")).as_bytes());
    bytes.extend_from_slice(b"this is not a record\n");
    bytes.extend_from_slice(format!("{}\n", good("two")).as_bytes());
    bytes.extend_from_slice(b"{\"v\":1,\"kind\":\"entry\",\"id\":\"\xff\xfe\"}\n");
    bytes.extend_from_slice(b"{\"v\":7,\"kind\":\"hologram\",\"id\":\"x\"}\n");
    bytes.extend_from_slice(b"{\"v\":1,\"kind\":\"delete\",\"id\":\"nobody\"}\n");
    bytes.extend_from_slice(format!("{}\n", good("three")).as_bytes());
    let torn = good("four");
    bytes.extend_from_slice(&torn.as_bytes()[..torn.len() / 2]);
    std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));

    let loaded = log.load().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = loaded.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["one", "two", "three"]);
    let lines: Vec<usize> = loaded.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [2, 4, 5, 6, 8], "{:?}", loaded.warnings);
    assert!(loaded.warnings[2].message.contains("newer"), "{:?}", loaded.warnings[2]);
    assert_eq!(read(&path), bytes, "reading changed the file");

    // The command line says the same, and changes nothing either.
    let output = stillpoint(dir.path(), &["log", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    for line in [2, 4, 5, 6, 8] {
        assert!(
            stderr.contains(&format!("practice-log.jsonl:{line}: ")),
            "line {line}: {stderr}"
        );
    }
    let shown: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    assert_eq!(shown.as_array().map(Vec::len), Some(3));
    assert_eq!(read(&path), bytes);

    // A new record goes on a line of its own; what was there stays.
    log.append(&[Record::Entry(entry("five", "2026-11-21T07:00:00+01:00", 10))])
        .unwrap_or_else(|e| panic!("{e}"));
    let after = read(&path);
    assert_eq!(&after[..bytes.len()], &bytes[..]);
    assert_eq!(after[bytes.len()], b'\n');
    let loaded = log.load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.entries.len(), 4);
    assert_eq!(loaded.warnings.len(), 5);
}

/// The writer the durability tests start as a child of their own
/// (`support::child`): appends entries until the log has `count` of its
/// own, printing each id once it is on disk.
fn write_as_a_child() {
    let Ok(path) = std::env::var("STILLPOINT_TEST_WRITER") else {
        return;
    };
    use std::io::Write as _;
    let log = PracticeLog::at(PathBuf::from(path));
    let prefix = std::env::var("STILLPOINT_TEST_PREFIX").unwrap_or_else(|_| "e".into());
    let total: usize = std::env::var("STILLPOINT_TEST_COUNT")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(1000);
    let have = log
        .load()
        .map(|l| l.entries.iter().filter(|e| e.id.starts_with(&prefix)).count())
        .unwrap_or(0);
    let mut out = std::io::stdout().lock();
    for n in have..total {
        let id = format!("{prefix}-{n:04}");
        let mut record = entry(&id, "2026-11-24T07:30:00+01:00", 1 + (n as u64 % 40));
        record.note = Some(format!(
            "entry {n}, with some words to make the line longer than a block of a few bytes"
        ));
        log.append(&[Record::Entry(record)]).unwrap_or_else(|e| panic!("{e}"));
        let _ = writeln!(out, "ack {id}");
        let _ = out.flush();
    }
}

/// A writer, as a child playing that part of `test`.
fn writer(test: &str, log: &Path, prefix: &str, count: usize) -> std::process::Child {
    child::command(module_path!(), test, "writer")
        .env("STILLPOINT_TEST_WRITER", log)
        .env("STILLPOINT_TEST_PREFIX", prefix)
        .env("STILLPOINT_TEST_COUNT", count.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start a writer: {e}"))
}

/// A small pseudo-random sequence: the seed is printed, so a failure can
/// be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn a_writer_killed_at_random_loses_no_acknowledged_entry() {
    if child::role().as_deref() == Some("writer") {
        return write_as_a_child();
    }
    let dir = temp_dir();
    let path = dir.path().join("practice-log.jsonl");
    let seed = std::env::var("STILLPOINT_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| Utc::now().timestamp_subsec_nanos() as u64);
    eprintln!("seed {seed} (STILLPOINT_TEST_SEED replays it)");
    let mut random = Lcg(seed);
    let mut acknowledged = Vec::new();
    let mut kills = 0;
    loop {
        let mut child = writer(
            "a_writer_killed_at_random_loses_no_acknowledged_entry",
            &path,
            "e",
            1000,
        );
        // Killed after a random number of acknowledged writes, while it is
        // in the middle of the next ones.
        let finished = child::kill_after_acks(&mut child, 1 + random.below(250), &mut acknowledged);
        if !finished {
            kills += 1;
        }
        let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
        if finished {
            assert!(status.success(), "the writer failed: {status}");
            break;
        }
        assert!(kills < 200, "the writer never finished");
    }
    assert!(kills >= 3, "only {kills} kills");
    let loaded = PracticeLog::at(&path).load().unwrap_or_else(|e| panic!("{e}"));
    let present: std::collections::HashSet<&str> = loaded.entries.iter().map(|e| e.id.as_str()).collect();
    for id in &acknowledged {
        assert!(
            present.contains(id.as_str()),
            "acknowledged {id} is missing (seed {seed})"
        );
    }
    assert_eq!(
        loaded.entries.len(),
        1000,
        "seed {seed}; warnings {:?}",
        loaded.warnings
    );
    // A kill can tear at most the line being written.
    assert!(loaded.warnings.len() <= kills, "{:?}", loaded.warnings);
    for entry in &loaded.entries {
        assert!(
            entry.note.as_deref().is_some_and(|n| n.starts_with("entry ")),
            "{entry:?}"
        );
    }
}

#[test]
fn two_writers_at_once_never_interleave_their_lines() {
    const TEST: &str = "two_writers_at_once_never_interleave_their_lines";
    if child::role().as_deref() == Some("writer") {
        return write_as_a_child();
    }
    let dir = temp_dir();
    let path = dir.path().join("practice-log.jsonl");
    let mut a = writer(TEST, &path, "a", 150);
    let mut b = writer(TEST, &path, "b", 150);
    assert!(a.wait().is_ok_and(|s| s.success()));
    assert!(b.wait().is_ok_and(|s| s.success()));
    let loaded = PracticeLog::at(&path).load().unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.entries.len(), 300);
}

/// On a full disk the entry is kept and the practitioner told; it is
/// written as soon as the disk has room.
#[test]
fn a_full_disk_keeps_the_entry_until_it_can_be_written() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipped: this system has no /dev/full");
        return;
    }
    let dir = temp_dir();
    let path = dir.path().join("practice-log.jsonl");
    std::os::unix::fs::symlink("/dev/full", &path).unwrap_or_else(|e| panic!("{e}"));
    let mut writer = PendingWriter::new(PracticeLog::at(&path));
    let record = Record::Entry(entry("kept", "2026-11-24T07:30:00+01:00", 20));
    let problem = writer.write([record.clone()]).map_err(str::to_owned);
    assert!(
        problem.as_ref().is_err_and(|p| p.contains("the disk is full")),
        "{problem:?}"
    );
    assert_eq!(writer.pending(), [record]);
    assert!(writer.retry().is_err());
    // Room again.
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(writer.retry(), Ok(()));
    assert!(writer.pending().is_empty());
    let loaded = PracticeLog::at(&path).load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.entries.len(), 1);

    // Whatever is in the log's place, reading it ends, with a reason.
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("/dev/full", &path).unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(dir.path(), &["log"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("not a regular file"),
        "{}",
        text(&output.stderr)
    );
}

/// A session saved as it plays, whose process stops without an ending:
/// found at the next start and logged as interrupted, with at most a
/// heartbeat of practice lost.
#[test]
fn a_session_stopped_without_an_ending_is_logged_as_interrupted() {
    let dir = temp_dir();
    let log = PracticeLog::at(dir.path().join("practice-log.jsonl"));
    let in_progress = dir.path().join("in-progress");
    let mut saved = InProgress::begin(&in_progress, entry("crash", "2026-11-24T07:30:00+01:00", 0))
        .unwrap_or_else(|e| panic!("{e}"));
    for second in 0..=611 {
        saved.update(second).unwrap_or_else(|e| panic!("{e}"));
    }
    // While it plays, nothing is recovered.
    let recovered = recover_interrupted(&in_progress, &log).unwrap_or_else(|e| panic!("{e}"));
    assert!(recovered.entries.is_empty());
    drop(saved);
    let recovered = recover_interrupted(&in_progress, &log).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(recovered.entries.len(), 1);
    let loaded = log.load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.entries.len(), 1);
    let found = &loaded.entries[0];
    assert_eq!(found.ended, HowEnded::Interrupted);
    assert!(
        found.practised_secs >= 611 - 30 && found.practised_secs <= 611,
        "{}",
        found.practised_secs
    );
    // Found once only.
    let again = recover_interrupted(&in_progress, &log).unwrap_or_else(|e| panic!("{e}"));
    assert!(again.entries.is_empty());
    assert_eq!(std::fs::read_dir(&in_progress).map(|d| d.count()).unwrap_or(0), 0);
}

/// The real command, killed mid-session; the next command finds it.
#[test]
fn play_killed_mid_session_is_found_by_the_next_command() {
    let data = temp_dir();
    let mut child = Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        // In English, whatever the machine running the tests speaks.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .arg("--data-dir")
        .arg(data.path())
        .args(["play", "--no-gui", "silent-sit"])
        .env("PULSE_SERVER", "unix:/nonexistent/stillpoint-test")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    // Once it shows the silence notice it is playing, and saved.
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut lines = BufReader::new(stdout).lines();
    let started = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|l| l.contains("runs silently"));
    assert!(started);
    let _ = child.kill();
    let _ = child.wait();
    let shown = json(data.path(), &["log", "--json"]);
    let entries = shown.as_array().cloned().unwrap_or_default();
    assert_eq!(entries.len(), 1, "{shown}");
    assert_eq!(entries[0]["ended"], "interrupted");
    assert_eq!(entries[0]["session_id"], "silent-sit");
    // Logged once, not again at the next start.
    let again = json(data.path(), &["log", "--json"]);
    assert_eq!(again.as_array().map(Vec::len), Some(1));
}

#[test]
fn play_in_the_terminal_logs_the_session() {
    let data = temp_dir();
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/two-breaths.ron");
    let session = session.to_string_lossy().into_owned();
    let out = ok(data.path(), &["play", "--no-gui", &session]);
    assert!(out.contains("Logged in your practice log."), "{out}");
    let shown = json(data.path(), &["log", "--json"]);
    let entry = &shown[0];
    assert_eq!(entry["title"], "Two breaths");
    assert_eq!(entry["ended"], "completed");
    assert_eq!(entry["practised_secs"], 2);
    assert_eq!(entry["source"], "app");
    let start: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339(entry["start"].as_str().unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    assert!((Utc::now() - start.to_utc()).num_seconds().abs() < 120);
}

#[test]
fn log_add_keeps_the_offset_given_and_stats_count_it() {
    let data = temp_dir();
    let start = (Utc::now() - chrono::TimeDelta::hours(1))
        .with_timezone(&FixedOffset::east_opt(5 * 3600 + 1800).unwrap_or_else(|| panic!("offset")));
    let start_text = start.to_rfc3339();
    let out = ok(
        data.path(),
        &[
            "log",
            "add",
            "--start",
            &start_text,
            "--minutes",
            "25",
            "--session",
            "the-pause",
            "--note",
            "on the train",
        ],
    );
    assert!(out.contains("Logged 25 min of \"The pause\""), "{out}");
    let shown = json(data.path(), &["log", "--json"]);
    let entry = &shown[0];
    assert_eq!(entry["utc_offset"], "+05:30");
    assert_eq!(entry["source"], "manual");
    assert_eq!(entry["note"], "on the train");
    assert_eq!(entry["domain"], "mindfulness");
    assert_eq!(entry["practised_secs"], 25 * 60);
    let stats = json(data.path(), &["stats", "--json"]);
    for field in [
        "current_streak_days",
        "longest_streak_days",
        "total_minutes",
        "sessions",
        "days_practised",
    ] {
        assert!(stats[field].is_u64(), "{field} in {stats}");
    }
    assert_eq!(stats["sessions"], 1);
    assert_eq!(stats["total_minutes"], 25);
    assert_eq!(stats["days_practised"], 1);
    assert_eq!(stats["current_streak_days"], 1);
    let text_stats = ok(data.path(), &["stats"]);
    assert!(text_stats.contains("Streak: 1 day"), "{text_stats}");

    // Bad input is refused with a reason, and nothing is written.
    for (args, says) in [
        (vec!["--start", "yesterday", "--minutes", "5"], "RFC 3339"),
        (vec!["--start", &start_text, "--minutes", "0"], "from 1 to 1440"),
        (
            vec!["--start", "2999-01-01T07:00:00Z", "--minutes", "5"],
            "still to come",
        ),
        (
            vec!["--start", &start_text, "--minutes", "5", "--session", "no-such"],
            "no-such",
        ),
    ] {
        let mut all = vec!["log", "add"];
        all.extend(args);
        let output = stillpoint(data.path(), &all);
        assert_eq!(output.status.code(), Some(1), "{all:?}");
        assert!(text(&output.stderr).contains(says), "{all:?}: {}", text(&output.stderr));
    }
    assert_eq!(json(data.path(), &["log", "--json"]).as_array().map(Vec::len), Some(1));
}

#[test]
fn notes_deletions_and_restores_are_appended_not_rewritten() {
    let data = temp_dir();
    ok(
        data.path(),
        &["log", "add", "--start", "2026-11-20T07:00:00+01:00", "--minutes", "10"],
    );
    let id = json(data.path(), &["log", "--json"])[0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let path = data.path().join("practice-log.jsonl");
    let before = read(&path);
    ok(data.path(), &["log", "note", &id, "a softer morning"]);
    assert_eq!(json(data.path(), &["log", "--json"])[0]["note"], "a softer morning");
    let out = ok(data.path(), &["log", "delete", &id]);
    assert!(out.contains("restore"), "{out}");
    assert_eq!(json(data.path(), &["log", "--json"]).as_array().map(Vec::len), Some(0));
    ok(data.path(), &["log", "restore", &id]);
    assert_eq!(json(data.path(), &["log", "--json"])[0]["note"], "a softer morning");
    let after = read(&path);
    assert_eq!(&after[..before.len()], &before[..], "history was rewritten");
    let output = stillpoint(data.path(), &["log", "delete", "no-such-id"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("no entry with the id"));
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/practice").join(name)
}

#[test]
fn meditation_assistant_exports_import_with_their_messages_once() {
    let file = std::fs::File::open(fixture("meditation-assistant.csv")).unwrap_or_else(|e| panic!("{e}"));
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap_or_else(|| panic!("offset"));
    let (format, imported) = read_csv(file, None, &|_| tokyo).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(format, ImportFormat::MeditationAssistant);
    assert_eq!(imported.entries.len(), 3);
    let skipped: Vec<u64> = imported.skipped.iter().map(|s| s.line).collect();
    assert_eq!(skipped, [6], "{:?}", imported.skipped);
    let first = &imported.entries[0];
    assert_eq!(
        first.start.to_rfc3339(),
        "2024-03-01T15:30:00+09:00",
        "06:30 UTC, in the local offset"
    );
    assert_eq!(first.practised_secs, 20 * 60);
    assert_eq!(first.note.as_deref(), Some("Morning sit, calm"));
    assert_eq!(first.source, Source::Import);
    let second = &imported.entries[1];
    assert_eq!(second.practised_secs, 65 * 60);
    assert_eq!(
        second.note.as_deref(),
        Some("She said \"breathe\", and I did\nthen a second line")
    );
    assert_eq!(imported.entries[2].note, None);

    let data = temp_dir();
    let path = fixture("meditation-assistant.csv");
    let path = path.to_string_lossy();
    let output = stillpoint(data.path(), &["import", &path]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    assert!(
        out.contains("(meditation-assistant): 3 added, 0 already in your log, 1 skipped."),
        "{out}"
    );
    assert!(
        text(&output.stderr).contains("meditation-assistant.csv:6: "),
        "{}",
        text(&output.stderr)
    );
    let out = ok(data.path(), &["import", &path, "--format", "meditation-assistant"]);
    assert!(out.contains(": 0 added, 3 already in your log, 1 skipped."), "{out}");
    assert_eq!(json(data.path(), &["log", "--json"]).as_array().map(Vec::len), Some(3));
    let stats = json(data.path(), &["stats", "--json"]);
    assert_eq!(stats["total_minutes"], 20 + 65 + 10);
    // The wrong format is named, not guessed.
    let output = stillpoint(data.path(), &["import", &path, "--format", "stillpoint-csv"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("does not match --format stillpoint-csv"));
}

#[test]
fn an_export_imports_into_another_data_folder_unchanged() {
    let from = temp_dir();
    ok(
        from.path(),
        &[
            "log",
            "add",
            "--start",
            "2026-11-20T07:00:00+01:00",
            "--minutes",
            "10",
            "--note",
            "one, \"two\"\nthree",
        ],
    );
    ok(
        from.path(),
        &[
            "log",
            "add",
            "--start",
            "2026-11-21T22:15:00-05:00",
            "--minutes",
            "30",
            "--session",
            "body-scan",
        ],
    );
    let csv = from.path().join("practice.csv");
    let csv_text = csv.to_string_lossy().into_owned();
    let out = ok(from.path(), &["export", "--csv", &csv_text]);
    assert!(out.contains("Exported 2 entries"), "{out}");
    let to = temp_dir();
    let out = ok(to.path(), &["import", &csv_text]);
    assert!(out.contains("(stillpoint-csv): 2 added, 0 already"), "{out}");
    let out = ok(to.path(), &["import", &csv_text]);
    assert!(out.contains(": 0 added, 2 already"), "{out}");
    assert_eq!(
        json(from.path(), &["log", "--json"]),
        json(to.path(), &["log", "--json"]),
        "the same entries, offsets and notes"
    );
}

#[test]
fn a_file_that_is_not_a_practice_export_is_refused_with_its_header() {
    let data = temp_dir();
    let file = data.path().join("notes.csv");
    std::fs::write(&file, "name,colour\nsam,blue\n").unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(data.path(), &["import", &file.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("name,colour") && stderr.contains("Meditation Assistant"),
        "{stderr}"
    );
    assert!(!data.path().join("practice-log.jsonl").exists());
}

/// A long log is read on several cores; the result is the same as reading
/// it line by line: order, edits and warnings.
#[test]
fn a_long_log_reads_in_order_with_its_warnings() {
    use stillpoint::practice::LoadedLog;
    let mut text = String::new();
    for n in 0..20_000 {
        match n {
            2 | 14_999 => text.push_str("{\"v\":1,\"kind\":\"en\n"),
            19_000 => text.push_str(
                &Record::Edit {
                    id: "e-00005".into(),
                    note: Some("edited late".into()),
                    feeling_before: None,
                    feeling_after: None,
                    prompt: None,
                    over: None,
                }
                .encode(),
            ),
            19_001 => text.push_str(&Record::Delete { id: "e-12000".into() }.encode()),
            _ => text.push_str(&Record::Entry(entry(&format!("e-{n:05}"), "2026-11-24T07:30:00+01:00", 10)).encode()),
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    let loaded = LoadedLog::from_bytes(text.as_bytes());
    let lines: Vec<usize> = loaded.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [3, 15_000]);
    assert_eq!(loaded.entries.len(), 20_000 - 4 - 1);
    assert!(
        loaded.entries.windows(2).all(|pair| pair[0].id < pair[1].id),
        "in order"
    );
    let edited = loaded.entries.iter().find(|e| e.id == "e-00005");
    assert_eq!(edited.and_then(|e| e.note.as_deref()), Some("edited late"));
    assert_eq!(loaded.deleted.len(), 1);
    assert_eq!(loaded.deleted[0].id, "e-12000");
}

/// A damaged line is reported in the practitioner's language: under a
/// Spanish locale, `stillpoint log` names the line and says in Spanish
/// that it was skipped, and still lists the rest.
#[test]
fn a_damaged_line_is_reported_in_spanish_under_a_spanish_locale() {
    let dir = temp_dir();
    let good = Record::Entry(entry("one", "2026-11-20T07:00:00+01:00", 10)).encode();
    std::fs::write(
        dir.path().join("practice-log.jsonl"),
        format!("{good}\nthis is not a record\n{{\"v\":1,\"kind\":\"delete\",\"id\":\"nobody\"}}\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        .env("LANG", "es_ES.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .arg("--data-dir")
        .arg(dir.path())
        .arg("log")
        .env("PULSE_SERVER", "unix:/nonexistent/stillpoint-test")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"));
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(warnings.len(), 2, "{stderr}");
    assert!(
        warnings[0].starts_with("aviso: ")
            && warnings[0].contains("practice-log.jsonl:2: dañada: ")
            && warnings[0].ends_with("; se omite"),
        "{stderr}"
    );
    assert!(
        warnings[1].ends_with("practice-log.jsonl:3: nombra la entrada `nobody`, que no está en el registro; se omite"),
        "{stderr}"
    );
    assert!(!stderr.contains("damaged") && !stderr.contains("skipped"), "{stderr}");
    assert!(text(&output.stdout).contains("[one]"), "{}", text(&output.stdout));
}
