//! One practice on two computers: two data folders, each linked to a
//! folder of its own that a sync tool keeps in step with the other's (with
//! delays, renames, half-copied files and conflict copies), driven through
//! the real `stillpoint` command; and a writer killed while it writes to
//! the shared folder.

use crate::support::child;
use crate::support::practice as support;
use crate::support::sync::{SyncTool, conflict_name};

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;
use stillpoint::paths::DataDir;
use stillpoint::practice::{PracticeLog, Record};
use support::{ok, stillpoint, temp_dir, text};

/// Two computers, each with its data folder and its copy of the shared
/// folder, and the sync tool between the copies.
struct Two {
    _root: tempfile::TempDir,
    school: PathBuf,
    home: PathBuf,
    school_share: PathBuf,
    home_share: PathBuf,
    sync: SyncTool,
}

impl Two {
    /// Both linked: the school laptop first, then home.
    fn linked() -> Two {
        let two = Two::unlinked();
        two.link();
        two
    }

    /// Both linked, with one entry begun at `start` logged at school and
    /// synced to home: the two, and the entry's id.
    fn sharing_one(start: &str, note: &str) -> (Two, String) {
        let mut two = Two::linked();
        add(&two.school, start, 10, Some(note));
        two.sync.run();
        let id = id_of(&two.home, start);
        (two, id)
    }

    fn unlinked() -> Two {
        let root = temp_dir();
        let path = |name: &str| root.path().join(name);
        let (school_share, home_share) = (path("school-sync"), path("home-sync"));
        for share in [&school_share, &home_share] {
            std::fs::create_dir_all(share).unwrap_or_else(|e| panic!("{e}"));
        }
        Two {
            school: path("school-data"),
            home: path("home-data"),
            sync: SyncTool::between(&school_share, &home_share),
            school_share,
            home_share,
            _root: root,
        }
    }

    fn link(&self) {
        ok(
            &self.school,
            &[
                "devices",
                "link",
                &self.school_share.to_string_lossy(),
                "--name",
                "School laptop",
            ],
        );
        ok(
            &self.home,
            &["devices", "link", &self.home_share.to_string_lossy(), "--name", "Home"],
        );
    }
}

/// `log --json` of the computer whose data folder is `data`.
fn log(data: &Path) -> Vec<Value> {
    serde_json::from_str(&ok(data, &["log", "--json"])).unwrap_or_else(|e| panic!("{e}"))
}

/// Each entry's start and note, in order.
fn notes(data: &Path) -> Vec<(String, Option<String>)> {
    log(data)
        .iter()
        .map(|e| {
            (
                e["start"].as_str().unwrap_or("").to_owned(),
                e["note"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn add(data: &Path, start: &str, minutes: u32, note: Option<&str>) -> String {
    let minutes = minutes.to_string();
    let mut args = vec!["log", "add", "--start", start, "--minutes", &minutes];
    if let Some(note) = note {
        args.extend(["--note", note]);
    }
    let said = ok(data, &args);
    // "Logged … (ID)."
    said.rsplit_once('(')
        .and_then(|(_, id)| id.split_once(')'))
        .map(|(id, _)| id.to_owned())
        .unwrap_or_else(|| panic!("no id in {said}"))
}

fn id_of(data: &Path, start: &str) -> String {
    log(data)
        .iter()
        .find(|e| e["start"].as_str() == Some(start))
        .and_then(|e| e["id"].as_str())
        .unwrap_or_else(|| panic!("no entry at {start}"))
        .to_owned()
}

/// The errors a command wrote, with its output checked to succeed.
fn warnings(data: &Path, args: &[&str]) -> String {
    let output = stillpoint(data, args);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    text(&output.stderr)
}

#[test]
fn entries_edits_and_deletions_made_on_either_computer_reach_the_other() {
    let mut two = Two::unlinked();
    // Practice from before the link travels too.
    add(
        &two.school,
        "2026-12-01T08:00:00+01:00",
        20,
        Some("before the bell at school"),
    );
    two.link();
    add(&two.home, "2026-12-01T20:30:00+01:00", 15, None);
    // Both offline at the same moment: both kept.
    add(&two.school, "2026-12-02T07:00:00+01:00", 10, None);
    add(&two.home, "2026-12-02T07:00:00+01:00", 10, None);
    assert_eq!(log(&two.school).len(), 2, "nothing has been synced yet");
    two.sync.run();
    let school = log(&two.school);
    assert_eq!(school.len(), 4, "{school:?}");
    assert_eq!(school, log(&two.home));

    let morning = id_of(&two.school, "2026-12-01T08:00:00+01:00");
    let evening = id_of(&two.school, "2026-12-01T20:30:00+01:00");
    ok(&two.home, &["log", "note", &morning, "read again at home"]);
    ok(&two.home, &["log", "mark", &morning]);
    ok(&two.school, &["log", "delete", &evening]);
    two.sync.run();
    for data in [&two.school, &two.home] {
        let entries = log(data);
        assert_eq!(entries.len(), 3, "{entries:?}");
        let first = &entries[0];
        assert_eq!(first["note"], "read again at home");
        assert_eq!(first["portfolio"], true);
        assert!(entries.iter().all(|e| e["id"] != evening.as_str()));
    }
    ok(&two.home, &["log", "restore", &evening]);
    two.sync.run();
    assert_eq!(log(&two.school).len(), 4);
    assert_eq!(log(&two.school), log(&two.home));

    // Each computer knows the other, what it holds and when it wrote.
    let status: Value =
        serde_json::from_str(&ok(&two.school, &["devices", "status", "--json"])).unwrap_or_else(|e| panic!("{e}"));
    let computers = status["computers"].as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = computers.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, ["School laptop", "Home"]);
    assert_eq!(computers[0]["this_computer"], true);
    assert_eq!(computers[0]["entries"], 2);
    assert_eq!(computers[1]["entries"], 2);
    assert!(computers.iter().all(|c| c["last_wrote"].is_string()), "{computers:?}");
    assert_eq!(status["entries"], 4);
    let said = ok(&two.home, &["devices", "status"]);
    assert!(
        said.contains("Home (this computer)") && said.contains("School laptop"),
        "{said}"
    );
    assert!(said.contains("Together: 4 entries"), "{said}");

    // Statistics read the merged log: today's streak counts both computers.
    let stats = ok(&two.home, &["stats", "--json"]);
    let school_stats = ok(&two.school, &["stats", "--json"]);
    assert_eq!(stats, school_stats);

    // Unlinked, the school laptop's file stays, marked as left, and its
    // practice still counts at home.
    ok(&two.school, &["devices", "unlink"]);
    two.sync.run();
    let said = ok(&two.home, &["devices", "status"]);
    assert!(said.contains("School laptop (left)"), "{said}");
    assert_eq!(log(&two.home).len(), 4);
    assert_eq!(log(&two.school).len(), 2, "the school laptop reads its own log alone");
}

#[test]
fn two_edits_made_apart_resolve_the_same_on_both_and_the_other_is_kept() {
    let (mut two, id) = Two::sharing_one("2026-12-03T07:15:00+01:00", "first words");
    // Both offline: each computer edits the same note.
    ok(&two.school, &["log", "note", &id, "written at school"]);
    ok(&two.home, &["log", "note", &id, "written at home"]);
    two.sync.run();
    let (school, home) = (log(&two.school), log(&two.home));
    assert_eq!(school, home, "the two computers disagree");
    let note = school[0]["note"].as_str().unwrap_or_default();
    let other = if note == "written at home" {
        "written at school"
    } else {
        "written at home"
    };
    assert!(["written at home", "written at school"].contains(&note), "{note}");
    let kept: Vec<&str> = school[0]["replaced_notes"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(kept.contains(&other), "{kept:?}");
    let shown = ok(&two.home, &["log"]);
    assert!(
        shown.contains("Replaced by an edit on another computer:") && shown.contains(other),
        "{shown}"
    );
    // A later edit, made after reading both, wins on both and settles the
    // note kept beneath.
    ok(&two.home, &["log", "note", &id, "settled"]);
    two.sync.run();
    assert_eq!(notes(&two.school)[0].1.as_deref(), Some("settled"));
    assert_eq!(log(&two.school), log(&two.home));
    assert!(log(&two.school)[0]["replaced_notes"].is_null());
}

/// Blocks writing to `folder`'s file for `own` (this computer's log):
/// read-only for an ordinary user; for a superuser, whom permissions do
/// not stop, the file's place and its temporary's are taken by folders.
fn block_writing(folder: &Path, own: &Path) -> impl FnOnce() {
    use std::os::unix::fs::PermissionsExt;
    let set = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap_or_else(|e| panic!("{e}"))
    };
    set(own, 0o444);
    set(folder, 0o555);
    let probe = folder.join("probe");
    if std::fs::write(&probe, b"").is_err() {
        let folder = folder.to_owned();
        let own = own.to_owned();
        return Box::new(move || {
            set(&folder, 0o755);
            set(&own, 0o644);
        }) as Box<dyn FnOnce()>;
    }
    let _ = std::fs::remove_file(&probe);
    set(folder, 0o755);
    set(own, 0o644);
    let bytes = std::fs::read(own).unwrap_or_default();
    let part = own.with_file_name(format!(
        "{}.part",
        own.file_name().unwrap_or_default().to_string_lossy()
    ));
    std::fs::remove_file(own).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(own.join("taken")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(part.join("taken")).unwrap_or_else(|e| panic!("{e}"));
    let own = own.to_owned();
    Box::new(move || {
        std::fs::remove_dir_all(&own).unwrap_or_else(|e| panic!("{e}"));
        std::fs::remove_dir_all(&part).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&own, bytes).unwrap_or_else(|e| panic!("{e}"));
    })
}

/// This computer's log in its copy of the shared folder.
fn own_log(data: &Path, share: &Path) -> PathBuf {
    let link: Value = serde_json::from_slice(&std::fs::read(data.join("computer.json")).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}"));
    share.join(format!(
        "{}.stillpoint-log.jsonl",
        link["device"].as_str().unwrap_or("")
    ))
}

#[test]
fn nothing_is_lost_while_the_folder_is_away_or_cannot_be_written() {
    let mut two = Two::linked();
    // Unmounted: the folder is not there.
    let away = two.school_share.with_file_name("school-sync-away");
    std::fs::rename(&two.school_share, &away).unwrap_or_else(|e| panic!("{e}"));
    let said = warnings(
        &two.school,
        &["log", "add", "--start", "2026-12-04T07:00:00+01:00", "--minutes", "9"],
    );
    assert!(
        said.contains("is not there") && said.contains("your practice is kept on this computer"),
        "{said}"
    );
    assert!(!two.school_share.exists(), "the missing folder was made again");
    assert_eq!(log(&two.school).len(), 1, "the local log has it");
    two.sync.run();
    assert_eq!(log(&two.home).len(), 0);
    // Back: the next command writes what the folder missed.
    std::fs::rename(&away, &two.school_share).unwrap_or_else(|e| panic!("{e}"));
    ok(&two.school, &["log"]);
    two.sync.run();
    assert_eq!(log(&two.home).len(), 1);

    // Read-only for a while.
    let own = own_log(&two.school, &two.school_share);
    let unblock = block_writing(&two.school_share, &own);
    let said = warnings(
        &two.school,
        &["log", "add", "--start", "2026-12-05T07:00:00+01:00", "--minutes", "11"],
    );
    assert!(said.contains("cannot be written to the shared folder"), "{said}");
    assert_eq!(log(&two.school).len(), 2, "the local log has it");
    unblock();
    two.sync.run();
    assert_eq!(log(&two.home).len(), 1, "not yet written to the folder");
    ok(&two.school, &["stats"]);
    two.sync.run();
    assert_eq!(log(&two.home).len(), 2);
    assert_eq!(log(&two.school), log(&two.home));
}

#[test]
fn a_half_synced_file_a_conflict_copy_and_a_newer_computer_are_read_with_care() {
    let mut two = Two::linked();
    add(&two.school, "2026-12-06T07:00:00+01:00", 10, None);
    two.sync.run();
    add(&two.school, "2026-12-06T12:00:00+01:00", 10, None);
    add(&two.school, "2026-12-06T18:00:00+01:00", 10, None);
    // The last line is still on its way: the whole lines are read, and the
    // one being written is said once.
    two.sync.run_half(0);
    let said = warnings(&two.home, &["log"]);
    assert_eq!(said.matches("is still being written").count(), 1, "{said}");
    assert_eq!(log(&two.home).len(), 2);
    two.sync.run();
    let said = warnings(&two.home, &["log"]);
    assert!(said.is_empty(), "{said}");
    assert_eq!(log(&two.home).len(), 3);

    // A conflict copy of the school laptop's log, holding an entry the file
    // itself has lost: read, merged, never written to.
    let own = own_log(&two.school, &two.home_share);
    let name = own.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let mut copy = std::fs::read(&own).unwrap_or_default();
    let lost = support::entry("lost-entry", "the-pause", "2026-12-05T21:00:00+01:00", 300);
    copy.extend_from_slice(Record::Entry(lost).encode_at(Some(1)).as_bytes());
    copy.push(b'\n');
    let copy_path = two.home_share.join(conflict_name(&name, "HOMEPC"));
    std::fs::write(&copy_path, &copy).unwrap_or_else(|e| panic!("{e}"));
    let entries = log(&two.home);
    assert_eq!(entries.len(), 4, "{entries:?}");
    assert!(entries.iter().any(|e| e["id"] == "lost-entry"));
    ok(
        &two.home,
        &["log", "add", "--start", "2026-12-06T21:00:00+01:00", "--minutes", "5"],
    );
    assert_eq!(
        std::fs::read(&copy_path).unwrap_or_default(),
        copy,
        "the copy was written to"
    );

    // A computer running a newer Stillpoint: its log is left for later,
    // said once.
    let newer = "fedcba9876543210";
    std::fs::write(
        two.home_share.join(format!("{newer}.stillpoint-computer.json")),
        format!("{{\"format\":2,\"device\":\"{newer}\",\"name\":\"Studio\",\"wings\":true}}"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let from_newer = support::entry("from-newer", "the-pause", "2026-12-06T09:00:00+01:00", 300);
    std::fs::write(
        two.home_share.join(format!("{newer}.stillpoint-log.jsonl")),
        format!("{}\n", Record::Entry(from_newer).encode()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let said = warnings(&two.home, &["log"]);
    assert_eq!(
        said.matches("Studio: written by a newer Stillpoint (format 2)").count(),
        1,
        "{said}"
    );
    assert!(log(&two.home).iter().all(|e| e["id"] != "from-newer"));

    // A hostile file: a link out of the folder and a name with a control
    // character are not followed or printed raw.
    let hostile = format!("{newer}.stillpoint-log (\u{1b}[31mcopy).jsonl");
    std::os::unix::fs::symlink("/etc/passwd", two.home_share.join(&hostile)).unwrap_or_else(|e| panic!("{e}"));
    let said = warnings(&two.home, &["log"]);
    assert!(said.contains("not a file of the folder's own"), "{said}");
    assert!(!said.contains('\u{1b}'), "{said:?}");
}

#[test]
fn the_same_import_on_both_computers_adds_each_session_once() {
    let mut two = Two::linked();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/practice/insight-timer.csv");
    for data in [&two.school, &two.home] {
        let output = support::command(data)
            .args(["import", &file.to_string_lossy()])
            .env("TZ", "America/Los_Angeles")
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(text(&output.stdout).contains("6 added"), "{}", text(&output.stdout));
    }
    let first_id = |data: &Path| log(data)[0]["id"].as_str().unwrap_or_default().to_owned();
    let (school_id, home_id) = (first_id(&two.school), first_id(&two.home));
    two.sync.run();
    assert_eq!(log(&two.school).len(), 6);
    assert_eq!(log(&two.school), log(&two.home));
    // Changes to either copy of an imported session land on the one that
    // stands, by either copy's id, as each computer printed it before the
    // sync.
    ok(&two.home, &["log", "note", &home_id, "imported, then noted"]);
    ok(&two.school, &["log", "mark", &school_id]);
    two.sync.run();
    for data in [&two.school, &two.home] {
        let first = &log(data)[0];
        assert_eq!(first["note"], "imported, then noted");
        assert_eq!(first["portfolio"], true);
    }
}

#[test]
fn a_cohort_member_on_two_computers_is_listed_once_with_minutes_counted_once() {
    let mut two = Two::unlinked();
    let cohort = two.school_share.with_file_name("cohort");
    std::fs::create_dir_all(&cohort).unwrap_or_else(|e| panic!("{e}"));
    let now = chrono::Local::now().fixed_offset() - chrono::TimeDelta::minutes(30);
    let today = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let earlier = (now - chrono::TimeDelta::minutes(1)).to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    for data in [&two.school, &two.home] {
        ok(data, &["cohort", "join", &cohort.to_string_lossy(), "--name", "Sam"]);
    }
    add(&two.school, &today, 20, None);
    add(&two.home, &earlier, 15, None);
    let listed = |data: &Path| -> Vec<Value> {
        let week: Value = serde_json::from_str(&ok(data, &["cohort", "status", "--json"])).unwrap_or_default();
        week["members"].as_array().cloned().unwrap_or_default()
    };
    assert_eq!(listed(&two.school).len(), 2, "two computers, not yet linked");
    two.link();
    two.sync.run();
    // Each writes again on its next change, as one member.
    add(&two.school, "2026-01-05T07:00:00+01:00", 1, None);
    two.sync.run();
    add(&two.home, "2026-01-06T07:00:00+01:00", 1, None);
    two.sync.run();
    for data in [&two.school, &two.home] {
        let members = listed(data);
        assert_eq!(members.len(), 1, "{members:?}");
        assert_eq!(members[0]["name"], "Sam");
        assert_eq!(members[0]["minutes_this_week"], 35, "{members:?}");
    }
    // Unlinked, home goes on as the same member: never two files counting
    // the same practice.
    ok(&two.home, &["devices", "unlink"]);
    two.sync.run();
    add(&two.home, "2026-01-07T07:00:00+01:00", 1, None);
    add(&two.school, "2026-01-08T07:00:00+01:00", 1, None);
    for data in [&two.school, &two.home] {
        assert_eq!(listed(data).len(), 1, "{:?}", listed(data));
    }
}

/// A writer to a linked data folder, killed at random, as a child.
fn write_linked_as_a_child() {
    let Ok(data) = std::env::var("STILLPOINT_TEST_DATA") else {
        return;
    };
    use std::io::Write as _;
    let log = PracticeLog::of(&DataDir::at(data));
    let have = log.load().map(|l| l.entries.len()).unwrap_or(0);
    let mut out = std::io::stdout().lock();
    for n in have..300 {
        let mut entry = support::entry(&format!("e-{n:04}"), "the-pause", "2026-11-24T07:30:00+01:00", 60);
        entry.note = Some(format!(
            "entry {n}, with enough words to take more than one write to the disk"
        ));
        log.append(&[Record::Entry(entry)]).unwrap_or_else(|e| panic!("{e}"));
        let _ = writeln!(out, "ack e-{n:04}");
        let _ = out.flush();
    }
}

#[test]
fn a_writer_killed_while_writing_to_the_shared_folder_loses_nothing_and_the_file_recovers() {
    const TEST: &str = "a_writer_killed_while_writing_to_the_shared_folder_loses_nothing_and_the_file_recovers";
    if child::role().as_deref() == Some("writer") {
        return write_linked_as_a_child();
    }
    let two = Two::linked();
    let own = own_log(&two.school, &two.school_share);
    let mut acknowledged = Vec::new();
    let mut seed = chrono::Utc::now().timestamp_subsec_nanos() as u64;
    eprintln!("seed {seed}");
    // Killed five times, the last time too: what the next start finds is
    // what a kill left.
    for _ in 0..5 {
        let mut writer = child::Half(
            child::command(module_path!(), TEST, "writer")
                .env("STILLPOINT_TEST_DATA", &two.school)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("{e}")),
        );
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        // In the middle of the next entry: the local log's write, its sync,
        // or the shared folder's.
        child::kill_after_acks(&mut writer.0, 1 + (seed >> 33) % 50, &mut acknowledged);
        let _ = writer.0.wait();
    }
    let local = two.school.join("practice-log.jsonl");
    let recovered = |what: &str| {
        // The next start: the local log has every acknowledged entry, and
        // this computer's file in the folder is the log again, byte for
        // byte.
        let loaded = PracticeLog::of(&DataDir::at(&two.school))
            .load()
            .unwrap_or_else(|e| panic!("{e}"));
        let ids: std::collections::HashSet<&str> = loaded.entries.iter().map(|e| e.id.as_str()).collect();
        for id in &acknowledged {
            assert!(ids.contains(id.as_str()), "{what}: acknowledged {id} is missing");
        }
        assert_eq!(
            std::fs::read(&own).unwrap_or_default(),
            std::fs::read(&local).unwrap_or_default(),
            "{what}"
        );
    };
    recovered("after the kills");
    // A kill after the local log's write and during the shared file's
    // leaves the shared file behind, its last line cut: found and mended
    // at the next start.
    let bytes = std::fs::read(&own).unwrap_or_default();
    let cut = bytes[..bytes.len() - 1].iter().rposition(|&b| b == b'\n').unwrap_or(0) + 10;
    std::fs::write(&own, &bytes[..cut]).unwrap_or_else(|e| panic!("{e}"));
    recovered("after a cut shared file");
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for item in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{e}")).flatten() {
        if item.file_type().is_ok_and(|t| t.is_file()) {
            std::fs::copy(item.path(), to.join(item.file_name())).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn a_data_folder_copied_to_a_new_computer_never_writes_over_the_first() {
    let mut two = Two::linked();
    add(&two.school, "2026-12-07T07:00:00+01:00", 10, None);
    // A new laptop set up from a copy of the school laptop's data folder,
    // its sync tool sharing the same folder.
    let laptop = two.school.with_file_name("new-laptop-data");
    copy_folder(&two.school, &laptop);
    add(&two.school, "2026-12-07T12:00:00+01:00", 10, None);
    let said = warnings(
        &laptop,
        &["log", "add", "--start", "2026-12-07T18:00:00+01:00", "--minutes", "10"],
    );
    assert!(
        said.contains("another computer writes there under this computer's id"),
        "{said}"
    );
    two.sync.run();
    assert_eq!(log(&two.home).len(), 2, "the school laptop's file was written over");
    // Linked again, it takes an id of its own.
    ok(
        &laptop,
        &[
            "devices",
            "link",
            &two.school_share.to_string_lossy(),
            "--name",
            "New laptop",
        ],
    );
    two.sync.run();
    assert_eq!(log(&two.home).len(), 3);
    assert_eq!(log(&laptop).len(), 3);
    let said = ok(&two.home, &["devices", "status"]);
    assert!(said.contains("New laptop") && said.contains("School laptop"), "{said}");
}

#[test]
fn a_change_made_after_reading_a_fast_clocks_change_comes_after_it() {
    let (mut two, id) = Two::sharing_one("2026-12-07T07:00:00+01:00", "at school");
    // Home's clock runs ten minutes fast when it deletes the entry.
    let ahead = chrono::Utc::now().timestamp_millis() as u64 + 600_000;
    let mut line = Record::Delete { id: id.clone() }.encode_at(Some(ahead));
    line.push('\n');
    let home_log = two.home.join("practice-log.jsonl");
    let mut bytes = std::fs::read(&home_log).unwrap_or_default();
    bytes.extend_from_slice(line.as_bytes());
    std::fs::write(&home_log, bytes).unwrap_or_else(|e| panic!("{e}"));
    ok(&two.home, &["log"]);
    two.sync.run();
    assert!(log(&two.school).is_empty(), "the deletion reached the school laptop");
    // Restored and noted at school, right after reading it: both stand.
    ok(&two.school, &["log", "restore", &id]);
    ok(&two.school, &["log", "note", &id, "kept after all"]);
    two.sync.run();
    for data in [&two.school, &two.home] {
        let entries = log(data);
        assert_eq!(entries.len(), 1, "{entries:?}");
        assert_eq!(entries[0]["note"], "kept after all");
        // Edited after reading it: the old note is not kept as replaced.
        assert!(entries[0]["replaced_notes"].is_null(), "{entries:?}");
    }
    // A note removed on purpose is gone on both.
    ok(&two.home, &["log", "note", &id, ""]);
    two.sync.run();
    for data in [&two.school, &two.home] {
        let entries = log(data);
        assert!(
            entries[0]["note"].is_null() && entries[0]["replaced_notes"].is_null(),
            "{entries:?}"
        );
    }
}

#[test]
fn the_goal_set_on_one_computer_holds_on_the_other() {
    let mut two = Two::linked();
    let goal_minutes = |data: &Path| -> Value {
        let rules: Value = serde_json::from_slice(&std::fs::read(data.join("practice-rules.json")).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"));
        rules["weekly_goal"]["minutes"].clone()
    };
    ok(&two.home, &["goal", "set", "--minutes", "15", "--days", "4"]);
    two.sync.run();
    let goal = ok(&two.school, &["goal"]);
    assert!(goal.contains("15") && goal.contains('4'), "{goal}");
    assert_eq!(goal_minutes(&two.school), 15);

    // Home's clock runs ten minutes fast when it sets the goal again; the
    // school laptop, setting it after reading home's, still has the last
    // word.
    ok(&two.home, &["goal", "set", "--minutes", "30", "--days", "5"]);
    let own = own_log(&two.home, &two.home_share);
    let name = own.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let description = two
        .home_share
        .join(name.replace(".stillpoint-log.jsonl", ".stillpoint-computer.json"));
    let mut said: Value =
        serde_json::from_slice(&std::fs::read(&description).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    said["rules_set"] = (chrono::Utc::now().timestamp_millis() + 600_000).into();
    std::fs::write(&description, said.to_string()).unwrap_or_else(|e| panic!("{e}"));
    two.sync.run();
    ok(&two.school, &["log"]);
    assert_eq!(goal_minutes(&two.school), 30, "home's, read");
    ok(&two.school, &["goal", "set", "--minutes", "10", "--days", "2"]);
    two.sync.run();
    ok(&two.home, &["log"]);
    ok(&two.school, &["log"]);
    assert_eq!(goal_minutes(&two.school), 10);
    assert_eq!(goal_minutes(&two.home), 10);
}

#[test]
fn a_folder_that_is_away_shows_the_others_practice_as_last_read_and_is_said_once() {
    let mut two = Two::linked();
    add(&two.home, "2026-12-06T20:00:00+01:00", 10, None);
    two.sync.run();
    assert_eq!(log(&two.school).len(), 1);
    let away = two.school_share.with_file_name("school-sync-away");
    std::fs::rename(&two.school_share, &away).unwrap_or_else(|e| panic!("{e}"));
    let said = warnings(
        &two.school,
        &["log", "add", "--start", "2026-12-07T07:00:00+01:00", "--minutes", "9"],
    );
    assert_eq!(said.matches("is not there").count(), 1, "{said}");
    assert_eq!(log(&two.school).len(), 2, "home's practice as last read, and today's");
    // An empty folder in its place (a share not mounted leaves its mount
    // point) is not the folder: nothing is written there, and what was
    // last read still stands.
    std::fs::create_dir(&two.school_share).unwrap_or_else(|e| panic!("{e}"));
    let said = warnings(&two.school, &["log"]);
    assert!(said.contains("no longer holds this computer's files"), "{said}");
    assert_eq!(log(&two.school).len(), 2);
    assert_eq!(
        std::fs::read_dir(&two.school_share).map(Iterator::count).unwrap_or(0),
        0
    );
    std::fs::remove_dir(&two.school_share).unwrap_or_else(|e| panic!("{e}"));
    std::fs::rename(&away, &two.school_share).unwrap_or_else(|e| panic!("{e}"));
    ok(&two.school, &["log"]);
    two.sync.run();
    assert_eq!(log(&two.home).len(), 2, "written when back");
    // Linking to a folder whose parent is not there either is refused.
    let output = stillpoint(&two.home, &["devices", "link", "/nonexistent/mount/stillpoint"]);
    assert_ne!(output.status.code(), Some(0));
    assert!(
        text(&output.stderr).contains("is not there"),
        "{}",
        text(&output.stderr)
    );
}
