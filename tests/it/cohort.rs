//! Practising together through a shared folder: two data folders, one
//! cohort folder, the real command.

use crate::support::practice as support;

use std::path::Path;

use chrono::{Datelike, NaiveDate, TimeDelta};
use stillpoint::cohort::{MemberFile, SharedDay, status};
use support::{ok, stillpoint, temp_dir as temp, text};

#[test]
fn two_members_sharing_a_folder_see_each_other_and_never_each_others_notes() {
    let (ana, sam, shared) = (temp(), temp(), temp());
    let folder = shared.path().to_string_lossy().into_owned();
    let a_minute_ago = (chrono::Utc::now() - TimeDelta::minutes(1)).to_rfc3339();
    ok(
        ana.path(),
        &[
            "log",
            "add",
            "--start",
            &a_minute_ago,
            "--minutes",
            "20",
            "--session",
            "body-scan",
            "--note",
            "a private note",
        ],
    );
    ok(sam.path(), &["log", "add", "--start", &a_minute_ago, "--minutes", "5"]);
    let joined = ok(
        ana.path(),
        &["cohort", "join", &folder, "--name", "Ana", "--share-streak"],
    );
    assert!(joined.contains("never your notes"), "{joined}");
    ok(sam.path(), &["cohort", "join", &folder, "--name", "Sam"]);

    let output = stillpoint(ana.path(), &["cohort", "status", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let week: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    let members = week["members"].as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = members.iter().filter_map(|m| m["name"].as_str()).collect();
    assert_eq!(names, ["Ana", "Sam"]);
    // Practised a minute ago: this week, unless the week turned over
    // within that minute.
    let practice_day = |at: chrono::DateTime<chrono::Utc>| {
        stillpoint::practice::PracticeRules::default().day_of(at.with_timezone(&stillpoint::practice::local_offset(at)))
    };
    let now = chrono::Utc::now();
    let today = practice_day(now);
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    let this_week = practice_day(now - TimeDelta::minutes(1)) >= monday;
    let expected = |minutes: u64| if this_week { minutes } else { 0 };
    assert_eq!(members[0]["minutes_this_week"], expected(20));
    assert_eq!(members[1]["minutes_this_week"], expected(5));
    assert_eq!(members[0]["days_practised_this_week"], expected(1));
    assert_eq!(week["days_all_practised"], expected(1));
    assert!(members[1]["streak_days"].is_null(), "Sam does not share a streak");
    assert!(members[0]["streak_days"].is_u64(), "Ana does");
    // What crossed the folder: dates, minutes, domains; no notes.
    for entry in std::fs::read_dir(shared.path()).unwrap_or_else(|e| panic!("{e}")) {
        let content = std::fs::read_to_string(entry.map(|e| e.path()).unwrap_or_default()).unwrap_or_default();
        assert!(!content.contains("private"), "{content}");
    }

    // Sam leaves: only Sam's file goes.
    let left = ok(sam.path(), &["cohort", "leave"]);
    assert!(left.contains("left the cohort"), "{left}");
    let week: serde_json::Value =
        serde_json::from_str(&ok(ana.path(), &["cohort", "status", "--json"])).unwrap_or_default();
    assert_eq!(week["members"].as_array().map(Vec::len), Some(1));
    let output = stillpoint(sam.path(), &["cohort", "status"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("not in a cohort"));
}

#[test]
fn damaged_newer_and_conflict_copies_are_skipped_with_a_warning() {
    let (ana, shared) = (temp(), temp());
    let folder = shared.path();
    ok(
        ana.path(),
        &["cohort", "join", &folder.to_string_lossy(), "--name", "Ana"],
    );
    let write =
        |name: &str, content: &str| std::fs::write(folder.join(name), content).unwrap_or_else(|e| panic!("{e}"));
    write(
        "half-synced.stillpoint-member.json",
        "{\"format\":1,\"member_id\":\"half-s",
    );
    write("sam-a1b2c3 (conflicted copy 2026-11-20).stillpoint-member.json", "{}");
    write(
        "lee-0f0f0f.sync-conflict-20261120-101010-ABCDEF.stillpoint-member.json",
        "{}",
    );
    write(
        "kim-123456.stillpoint-member.json",
        "{\"format\":2,\"member_id\":\"kim-123456\",\"name\":\"Kim\",\"updated\":\"2026-11-20\",\"days\":[],\"moods\":[1,2]}",
    );
    write(
        "zed-999999.stillpoint-member.json",
        "{\"format\":9,\"everything\":\"different\"}",
    );
    write("notes.txt", "not ours");
    let output = stillpoint(ana.path(), &["cohort", "status", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let warnings = text(&output.stderr);
    assert!(
        warnings.contains("half-synced.stillpoint-member.json: incomplete, perhaps still syncing; skipped"),
        "{warnings}"
    );
    assert!(
        warnings.contains("(conflicted copy 2026-11-20).stillpoint-member.json: looks like a conflict copy"),
        "{warnings}"
    );
    assert!(
        warnings.contains("sync-conflict-20261120-101010-ABCDEF.stillpoint-member.json: looks like a"),
        "{warnings}"
    );
    assert!(
        warnings.contains("zed-999999.stillpoint-member.json: written by a newer Stillpoint (format 9)"),
        "{warnings}"
    );
    assert!(!warnings.contains("notes.txt"));
    let week: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    let names: Vec<&str> = week["members"]
        .as_array()
        .map(|m| m.iter().filter_map(|m| m["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["Ana", "Kim"], "a newer file that still reads is kept");
}

#[test]
fn the_week_counts_days_everyone_practised() {
    let day = |d: &str, minutes: u64| SharedDay {
        date: NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap_or_default(),
        minutes,
        domains: Vec::new(),
    };
    let member = |name: &str, days: Vec<SharedDay>| MemberFile {
        format: 1,
        member_id: name.to_lowercase(),
        name: name.into(),
        updated: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
        days,
        streak_days: None,
    };
    let members = [
        // The week of Monday 23 November 2026; the 22nd is last week.
        member(
            "Sam",
            vec![day("2026-11-22", 30), day("2026-11-23", 10), day("2026-11-25", 15)],
        ),
        member(
            "Ana",
            vec![day("2026-11-23", 20), day("2026-11-24", 5), day("2026-11-25", 12)],
        ),
    ];
    let week = status(
        &members,
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
        Default::default(),
        chrono::Weekday::Mon,
    );
    assert_eq!(week.week_start.to_string(), "2026-11-23");
    assert_eq!(week.days_all_practised, 2);
    assert_eq!(week.total_minutes_this_week, 10 + 15 + 20 + 5 + 12);
    let ana = &week.members[0];
    assert_eq!(
        (ana.name.as_str(), ana.days_practised_this_week, ana.minutes_this_week),
        ("Ana", 3, 37)
    );
}

#[test]
fn invitations_travel_as_a_code_or_a_file_and_know_how_late_it_is() {
    use stillpoint::cohort::{Invitation, Timing};
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-27T15:00:00+01:00")
        .unwrap_or_else(|e| panic!("{e}"))
        .with_timezone(&chrono::Utc);
    let invitation = Invitation {
        session: "open-awareness".into(),
        start,
        length: stillpoint::session::Duration::parse("20m").ok(),
        repeat: None,
    };
    assert_eq!(invitation.code(), "sit/open-awareness/20261127T140000Z/20m");
    assert_eq!(Invitation::parse(&invitation.code()), Ok(invitation.clone()));
    assert_eq!(Invitation::parse(&invitation.to_ron()), Ok(invitation.clone()));
    let sit = stillpoint::cohort::Sit {
        number: 1,
        of: 1,
        start,
    };
    let late = start + TimeDelta::seconds(90);
    assert_eq!(
        invitation.timing(late, invitation.length),
        Timing::Join {
            sit,
            late: std::time::Duration::from_secs(90)
        }
    );
    let early = start - TimeDelta::seconds(30);
    assert_eq!(
        invitation.timing(early, invitation.length),
        Timing::Wait {
            sit,
            left: std::time::Duration::from_secs(30)
        }
    );
    for bad in [
        "sit/",
        "sit/the-pause/tomorrow",
        "Session(id: \"x\")",
        "sit/the-pause/20261127T140000Z/forever",
    ] {
        assert!(Invitation::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn play_invite_joins_a_sit_that_began_a_second_ago_and_logs_it() {
    let data = temp();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    // Two breaths of three seconds each, so that the sit is still going
    // when a busy machine gets round to joining it.
    let session =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/two-breaths.ron"))
            .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(sessions.join("two-breaths.ron"), session.replace("\"1s\"", "\"3s\""))
        .unwrap_or_else(|e| panic!("{e}"));
    let start = (chrono::Utc::now() - TimeDelta::seconds(1)).to_rfc3339();
    let invited = ok(
        data.path(),
        &[
            "invite",
            "two-breaths",
            "--at",
            &start,
            "-o",
            &data.path().join("sit.ron").to_string_lossy(),
        ],
    );
    let code = invited.lines().last().unwrap_or_default().to_owned();
    assert!(code.starts_with("sit/two-breaths/"), "{invited}");
    let output = stillpoint(data.path(), &["play", "--no-gui", "--invite", &code]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    // A second ago when invited; a little more on a busy machine by the
    // time the player starts.
    let joined = stdout
        .split("Joining 0:")
        .nth(1)
        .and_then(|rest| rest.get(..2))
        .and_then(|seconds| seconds.parse::<u32>().ok());
    assert!(matches!(joined, Some(1..=5)), "{stdout}");
    assert!(stdout.contains("after the first bell"), "{stdout}");
    assert!(stdout.contains("Completed: \"Two breaths\""), "{stdout}");
    let log = std::fs::read_to_string(data.path().join("practice-log.jsonl")).unwrap_or_default();
    assert!(log.contains("\"session\":\"two-breaths\""), "{log}");
    assert!(log.contains("\"practice\":\"call\""), "a sit together is a call: {log}");
    // The file form opens the same sit.
    let file = std::fs::read_to_string(data.path().join("sit.ron")).unwrap_or_default();
    assert_eq!(stillpoint::cohort::Invitation::parse(&file).map(|i| i.code()), Ok(code));
}

#[test]
fn a_cohort_may_choose_to_list_members_by_minutes() {
    let (ana, bo, shared) = (temp(), temp(), temp());
    let folder = shared.path().to_string_lossy().into_owned();
    let a_minute_ago = (chrono::Utc::now() - TimeDelta::minutes(1)).to_rfc3339();
    ok(ana.path(), &["log", "add", "--start", &a_minute_ago, "--minutes", "10"]);
    ok(bo.path(), &["log", "add", "--start", &a_minute_ago, "--minutes", "40"]);
    ok(ana.path(), &["cohort", "join", &folder, "--name", "Ana"]);
    ok(bo.path(), &["cohort", "join", &folder, "--name", "Bo"]);
    let names = |data: &Path| -> Vec<String> {
        let week: serde_json::Value =
            serde_json::from_str(&ok(data, &["cohort", "status", "--json"])).unwrap_or_default();
        week["members"]
            .as_array()
            .map(|m| m.iter().filter_map(|m| m["name"].as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    };
    assert_eq!(
        names(ana.path()),
        ["Ana", "Bo"],
        "by name unless the cohort chooses otherwise"
    );
    let said = ok(ana.path(), &["cohort", "ranking", "on"]);
    assert!(said.contains("for everyone"), "{said}");
    // Bo sees the cohort's choice too; whether the week's minutes sort
    // depends on the minute just past falling in this week.
    let week: serde_json::Value =
        serde_json::from_str(&ok(bo.path(), &["cohort", "status", "--json"])).unwrap_or_default();
    assert_eq!(week["ranked"], true);
    if week["members"][0]["minutes_this_week"].as_u64().unwrap_or(0) > 0 {
        assert_eq!(names(bo.path()), ["Bo", "Ana"]);
    }
    ok(bo.path(), &["cohort", "ranking", "off"]);
    assert_eq!(names(ana.path()), ["Ana", "Bo"]);
}

#[test]
fn a_members_log_changes_reach_the_cohort_without_opening_anything() {
    let (ana, sam, shared) = (temp(), temp(), temp());
    let folder = shared.path().to_string_lossy().into_owned();
    ok(ana.path(), &["cohort", "join", &folder, "--name", "Ana"]);
    ok(sam.path(), &["cohort", "join", &folder, "--name", "Sam"]);
    let sams_minutes = || {
        let week: serde_json::Value =
            serde_json::from_str(&ok(ana.path(), &["cohort", "status", "--json"])).unwrap_or_default();
        let members = week["members"].as_array().cloned().unwrap_or_default();
        let sam = members.iter().find(|m| m["name"] == "Sam").cloned().unwrap_or_default();
        sam["minutes_this_week"].as_u64()
    };
    assert_eq!(sams_minutes(), Some(0));

    // Practised two hours ago: counted this week unless the week turned
    // since.
    let now = chrono::Utc::now();
    let when = (now - TimeDelta::hours(2)).with_timezone(&stillpoint::practice::local_offset(now));
    let rules = stillpoint::practice::PracticeRules::default();
    let today = rules.day_of(now.with_timezone(&stillpoint::practice::local_offset(now)));
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    let counted = |minutes: u64| Some(if rules.day_of(when) >= monday { minutes } else { 0 });

    let added = ok(
        sam.path(),
        &["log", "add", "--start", &when.to_rfc3339(), "--minutes", "15"],
    );
    assert_eq!(sams_minutes(), counted(15), "after `log add`: {added}");
    let id = added
        .rsplit('(')
        .next()
        .unwrap_or_default()
        .trim_end_matches(").\n")
        .to_owned();

    ok(sam.path(), &["log", "delete", &id]);
    assert_eq!(sams_minutes(), counted(0), "after `log delete {id}`");
    ok(sam.path(), &["log", "restore", &id]);
    assert_eq!(sams_minutes(), counted(15), "after `log restore {id}`");

    let csv = sam.path().join("elsewhere.csv");
    std::fs::write(
        &csv,
        format!(
            "Started At,Duration,Preset,Activity\n{},0:10:00,,Meditation\n",
            (when - TimeDelta::minutes(30)).format("%m/%d/%Y %H:%M:%S")
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let imported = ok(sam.path(), &["import", &csv.to_string_lossy()]);
    // Half an hour earlier may be the practice day before, and that one
    // the week before.
    let earlier = u64::from(rules.day_of(when - TimeDelta::minutes(30)) >= monday) * 10;
    assert_eq!(
        sams_minutes(),
        counted(15).map(|minutes| minutes + earlier),
        "after `import`: {imported}"
    );
}

/// A cohort folder is written by others: a member's file is bounded (at
/// most 1 MiB, each date once and within its 56 days, no more than a day's
/// minutes, a name of at most 80 characters), a link is not followed, and
/// a name or a file name with escape sequences is shown escaped, never
/// acted on by the terminal.
#[test]
fn files_from_others_in_the_folder_are_bounded_and_shown_safely() {
    let (ana, shared) = (temp(), temp());
    let folder = shared.path();
    ok(
        ana.path(),
        &["cohort", "join", &folder.to_string_lossy(), "--name", "Ana"],
    );
    let today = chrono::Local::now().date_naive();
    let member = |id: &str, name: &str, days: &[(NaiveDate, u64)]| MemberFile {
        format: 1,
        member_id: id.into(),
        name: name.into(),
        updated: today,
        days: days
            .iter()
            .map(|(date, minutes)| SharedDay {
                date: *date,
                minutes: *minutes,
                domains: Vec::new(),
            })
            .collect(),
        streak_days: None,
    };
    let write = |member: &MemberFile| {
        let path = folder.join(format!("{}.stillpoint-member.json", member.member_id));
        std::fs::write(path, serde_json::to_vec(member).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    };
    // The same date a million and a half times, each with 4,294,967,295
    // minutes: a 64 MB file once, "1500000 days" for the week.
    let flood = std::iter::repeat_n((today, u64::from(u32::MAX)), 1_500_000).collect::<Vec<_>>();
    write(&member("flood-000001", "Flood", &flood));
    write(&member("twice-000002", "Twice", &[(today, 10), (today, 10)]));
    write(&member("long-000003", "Long day", &[(today, 1441)]));
    write(&member("old-000004", "Old", &[(today - TimeDelta::days(400), 10)]));
    write(&member("name-000005", &"N".repeat(81), &[(today, 10)]));
    write(&member("esc-000006", "Evil\u{1b}]0;pwned\u{7}", &[(today, 12)]));
    std::os::unix::fs::symlink(
        ana.path().join("cohort.json"),
        folder.join("link-000007.stillpoint-member.json"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = stillpoint(ana.path(), &["cohort", "status"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let (shown, warnings) = (text(&output.stdout), text(&output.stderr));
    for said in [
        "flood-000001.stillpoint-member.json: larger than a member's file can be (1 MiB); skipped",
        "twice-000002.stillpoint-member.json: not a member's file as Stillpoint writes it",
        "given twice",
        "long-000003.stillpoint-member.json: not a member's file as Stillpoint writes it (1441 minutes on",
        "old-000004.stillpoint-member.json: not a member's file as Stillpoint writes it",
        "outside the 56 days before it was written",
        "name-000005.stillpoint-member.json: not a member's file as Stillpoint writes it (a name longer than 80 characters)",
        "link-000007.stillpoint-member.json: a link, not a file of the folder's own; skipped",
    ] {
        assert!(warnings.contains(said), "{said:?} in:\n{warnings}");
    }
    assert!(shown.contains("Evil\\u{1b}]0;pwned\\u{7}"), "{shown}");
    assert!(
        !shown.contains('\u{1b}') && !warnings.contains('\u{1b}'),
        "no escape reaches the terminal"
    );
    assert!(
        !shown.contains("Flood") && !shown.contains("Twice") && !shown.contains("Old"),
        "{shown}"
    );
    // A name the others would refuse is refused at joining.
    let refused = stillpoint(
        temp().path(),
        &["cohort", "join", &folder.to_string_lossy(), "--name", &"N".repeat(81)],
    );
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stdout));
    assert!(text(&refused.stderr).contains("at most 80 characters"));
}
