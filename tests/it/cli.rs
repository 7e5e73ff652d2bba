//! The `stillpoint` command as a person uses it: real files, real folders,
//! the real binary.

use std::path::Path;
use std::process::{Command, Output};

fn stillpoint(args: &[&str]) -> Output {
    in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
        .args(args)
        .env_remove("STILLPOINT_DATA_DIR")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

/// The command in English, whatever language the machine running the
/// tests speaks.
fn in_english(command: &mut Command) -> &mut Command {
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn bundled_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary folder: {e}"))
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

#[test]
fn validate_lists_the_whole_bundled_program_and_exits_0() {
    let output = stillpoint(&["validate", "sessions/"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    let bundled = std::fs::read_dir("sessions").map(|d| d.count()).unwrap_or(0);
    assert!(bundled >= 12);
    assert_eq!(stdout.lines().filter(|l| l.starts_with("ok ")).count(), bundled);
    assert!(
        stdout.contains("ok  sessions/body-scan.ron  body-scan: \"Body scan\", mindfulness, 15m"),
        "{stdout}"
    );
    assert!(stdout.contains(&format!(
        "{bundled} session files checked: {bundled} good, 0 with errors, 0 warnings"
    )));
}

/// The case the format is built for: a teacher copies a bundled session and
/// misspells a field.
#[test]
fn a_misspelled_field_is_reported_at_its_line_and_column_with_the_right_name() {
    let dir = temp_dir();
    let copy = dir.path().join("my-body-scan.ron");
    let original = bundled_file("body-scan.ron");
    let (line_index, line) = original
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("guidance:"))
        .unwrap_or_else(|| panic!("no guidance line"));
    let col = line.find("guidance").unwrap_or(0) + 1;
    let changed = original.replacen(line, &line.replacen("guidance:", "guidence:", 1), 1);
    write(&copy, &changed.replacen("\"body-scan\"", "\"my-body-scan\"", 1));

    let output = stillpoint(&["validate", copy.to_str().unwrap_or_default()]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("error[unknown-field]: unknown field `guidence` in `Step`"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("my-body-scan.ron:{}:{col}", line_index + 1)),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `guidance`?"), "{stderr}");
    // One mistake, one report.
    assert_eq!(stderr.matches("error[").count(), 1, "{stderr}");
    assert!(text(&output.stdout).contains("0 good, 1 with errors"));
}

#[test]
fn validate_reports_every_broken_file_and_still_lists_the_good_ones() {
    let dir = temp_dir();
    write(
        &dir.path().join("a/good.ron"),
        &bundled_file("the-pause.ron").replace("\"the-pause\"", "\"my-pause\""),
    );
    write(
        &dir.path().join("a/b/broken.ron"),
        "Session(format: 1, id: \"x\",\n  titel: \"X\")",
    );
    write(&dir.path().join("a/b/also-broken.ron"), "Session(");
    write(&dir.path().join("notes.txt"), "not a session");
    let output = stillpoint(&["validate", dir.path().to_str().unwrap_or_default()]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout.contains("my-pause: \"The pause\""), "{stdout}");
    assert!(
        stdout.contains("3 session files checked: 1 good, 2 with errors"),
        "{stdout}"
    );
    assert!(stderr.contains("broken.ron:2:3"), "{stderr}");
    assert!(stderr.contains("also-broken.ron:1:8"), "{stderr}");
}

#[test]
fn the_same_id_in_two_files_names_both() {
    let dir = temp_dir();
    let pause = bundled_file("the-pause.ron").replace("\"the-pause\"", "\"shared-id\"");
    write(&dir.path().join("first.ron"), &pause);
    write(&dir.path().join("second.ron"), &pause);
    let output = stillpoint(&["validate", dir.path().to_str().unwrap_or_default()]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("error[duplicate-id]"), "{stderr}");
    assert!(stderr.contains("second.ron:5:9"), "{stderr}");
    assert!(stderr.contains("first.ron:5:9"), "{stderr}");
}

#[test]
fn validate_says_so_when_a_path_does_not_exist() {
    let output = stillpoint(&["validate", "no/such/folder"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("cannot read no/such/folder"));
}

#[test]
fn warnings_alone_exit_0() {
    let dir = temp_dir();
    let text_without_guidance = "Session(format: 1, id: \"quiet\", title: \"Quiet\", summary: \"S\", domain: \"mindfulness\",\n    steps: [Step(title: \"Sit\", duration: \"5m\")])";
    write(&dir.path().join("quiet.ron"), text_without_guidance);
    let output = stillpoint(&["validate", dir.path().to_str().unwrap_or_default()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stderr).contains("warning[missing-guidance]"));
    assert!(text(&output.stdout).contains("1 good, 0 with errors, 1 warning"));
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["validate", "--help"],
        &["show", "--help"],
        &["list", "--help"],
    ] {
        let output = stillpoint(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(text(&output.stdout).contains("Usage: stillpoint"), "{args:?}");
    }
    assert!(text(&stillpoint(&["--help"]).stdout).contains("--data-dir <DIR>"));
}

#[test]
fn sessions_are_found_by_id_or_by_path() {
    let by_id = stillpoint(&["show", "the-pause"]);
    assert_eq!(by_id.status.code(), Some(0), "{}", text(&by_id.stderr));
    assert!(text(&by_id.stdout).starts_with("The pause\n"));
    let by_path = stillpoint(&["show", "sessions/the-pause.ron"]);
    assert_eq!(text(&by_path.stdout), text(&by_id.stdout));

    let unknown = stillpoint(&["show", "the-paus"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        text(&unknown.stderr).contains("did you mean \"the-pause\"?"),
        "{}",
        text(&unknown.stderr)
    );
}

#[test]
fn a_flexible_session_is_laid_out_for_the_chosen_length() {
    let output = stillpoint(&["show", "silent-sit", "--length", "45m"]);
    let stdout = text(&output.stdout);
    assert!(stdout.contains("Steps, for a session of 45m:"), "{stdout}");
    // Lengths outside the session's range are brought within it.
    let output = stillpoint(&["show", "silent-sit", "--length", "3h"]);
    assert!(text(&output.stdout).contains("Steps, for a session of 1h:"));
    let output = stillpoint(&["show", "silent-sit", "--length", "ten minutes"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("write durations like"));
}

/// `--data-dir` works before or after the command, and so does the
/// environment variable; user sessions load beside the bundled ones, and
/// a broken one is listed with its error, never dropped.
#[test]
fn the_data_dir_holds_the_users_own_sessions() {
    let dir = temp_dir();
    let data = dir.path().to_str().unwrap_or_default();
    write(
        &dir.path().join("sessions/evening.ron"),
        &bundled_file("the-pause.ron")
            .replace("\"the-pause\"", "\"evening-pause\"")
            .replace("\"The pause\"", "\"Evening pause\""),
    );
    write(
        &dir.path().join("sessions/broken.ron"),
        "Session(format: 1, title: \"B\", summary: \"S\",\n    id: \"broken\", domain: \"mindfulnes\",\n    steps: [Step(title: \"Sit\", duration: \"1m\", guidance: \"Sit.\")])",
    );

    for args in [&["--data-dir", data, "list"][..], &["list", "--data-dir", data]] {
        let output = stillpoint(args);
        let stdout = text(&output.stdout);
        assert!(stdout.contains("evening-pause"), "{args:?}: {stdout}");
        assert!(stdout.contains("the-pause"), "{stdout}");
        assert!(
            stdout.contains("broken.ron:2:27: there is no domain called \"mindfulnes\""),
            "{stdout}"
        );
    }
    let output = in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
        .args(["show", "evening-pause"])
        .env("STILLPOINT_DATA_DIR", data)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text(&output.stdout).starts_with("Evening pause\n"),
        "{}",
        text(&output.stderr)
    );

    let output = stillpoint(&["show", "broken", "--data-dir", data]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("broken.ron:2:27"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_user_session_cannot_take_a_bundled_id() {
    let dir = temp_dir();
    let data = dir.path().to_str().unwrap_or_default();
    write(
        &dir.path().join("sessions/mine.ron"),
        &bundled_file("body-scan.ron").replace("\"Body scan\"", "\"Mine\""),
    );
    let stdout = text(&stillpoint(&["list", "--data-dir", data]).stdout);
    assert!(
        stdout.contains("mine.ron:5:9: the id \"body-scan\" is already used by bundled/body-scan.ron:5:9"),
        "{stdout}"
    );
    assert!(text(&stillpoint(&["show", "body-scan", "--data-dir", data]).stdout).starts_with("Body scan\n"));
}

#[test]
fn timeline_json_lists_every_event_in_order() {
    let output = stillpoint(&["timeline", "silent-sit", "--length", "12m", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let events: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    let times: Vec<u64> = events.iter().filter_map(|e| e["at_ms"].as_u64()).collect();
    assert_eq!(times.len(), events.len());
    assert!(times.windows(2).all(|w| w[0] <= w[1]));
    for event in &events {
        let kind = event["kind"].as_str().unwrap_or_default();
        assert!(
            ["step", "cue", "bell", "voice", "ambient", "end"].contains(&kind),
            "{event}"
        );
        assert!(event["label"].is_string());
        if kind == "cue" {
            assert!(event["text"].is_string() && event["step"].is_u64(), "{event}");
        }
    }
    let bells: Vec<u64> = events
        .iter()
        .filter(|e| e["kind"] == "bell")
        .filter_map(|e| e["at_ms"].as_u64())
        .collect();
    assert_eq!(bells, [0, 6_000, 12_000, 300_000, 600_000, 720_000, 726_000, 732_000]);
    assert_eq!(events.last().map(|e| e["kind"].clone()), Some("end".into()));
    assert_eq!(times.last(), Some(&740_000));
}

/// With no sound server at all, a session still plays to its end, timed by
/// the clock, and says once that it is silent.
#[test]
fn play_without_a_sound_server_completes_silently_with_a_notice() {
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/two-breaths.ron");
    let data = temp_dir();
    let output = in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
        .args(["play", "--no-gui"])
        .arg(&session)
        // No server to reach, whatever this machine runs.
        .env("PULSE_SERVER", "unix:/nonexistent/stillpoint-test")
        .env("STILLPOINT_DATA_DIR", data.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    assert_eq!(stdout.matches("No sound device could be opened").count(), 1, "{stdout}");
    assert!(stdout.contains("The session runs silently, timed by the clock."));
    // Without a sound card, the device is not asked for at all, so ALSA's
    // own complaints never reach the terminal. (A machine with a card tries
    // it, and ALSA may speak.)
    let cards = std::fs::read_to_string("/proc/asound/cards").unwrap_or_default();
    if !cards
        .lines()
        .any(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    {
        assert!(
            stdout.contains("(the sound server named in PULSE_SERVER is not running, and there is no sound card)"),
            "{stdout}"
        );
        assert!(!text(&output.stderr).contains("ALSA"), "{}", text(&output.stderr));
    }
    let breathe_in = stdout.find("Breathe in.").unwrap_or(usize::MAX);
    let breathe_out = stdout.find("Breathe out.").unwrap_or(0);
    assert!(breathe_in < breathe_out, "guidance in order: {stdout}");
    assert!(stdout.contains("Completed: \"Two breaths\", 2s practised."), "{stdout}");
}

/// `q` on standard input ends a session early.
#[test]
fn q_ends_a_terminal_session_early() {
    use std::io::Write as _;
    let data = temp_dir();
    let mut child = in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
        .args(["play", "--no-gui", "silent-sit"])
        .env("PULSE_SERVER", "unix:/nonexistent/stillpoint-test")
        .env("STILLPOINT_DATA_DIR", data.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(b"q").unwrap_or_else(|e| panic!("{e}"));
    }
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("Ended early: \"Silent sit\""), "{stdout}");
    let log = std::fs::read_to_string(data.path().join("practice-log.jsonl")).unwrap_or_default();
    assert!(log.contains("\"ended\":\"ended-early\""), "{log}");
}

/// `stillpoint ARGS` with `--data-dir DATA`, as someone whose system speaks
/// `lang` runs it.
fn stillpoint_in(lang: &str, data: &Path, args: &[&str]) -> Output {
    in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
        .env("LANG", lang)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"))
}

/// A data folder whose log holds 25 and 12 minutes, on the two days before
/// today.
fn data_with_practice() -> tempfile::TempDir {
    let data = temp_dir();
    for (days_ago, minutes) in [(2, "25"), (1, "12")] {
        let start = (chrono::Local::now() - chrono::TimeDelta::days(days_ago)).to_rfc3339();
        let output = stillpoint_in(
            "C.UTF-8",
            data.path(),
            &["log", "add", "--start", &start, "--minutes", minutes],
        );
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    }
    data
}

/// `said` holds every one of `words` and none of `not`.
fn check_words(said: &str, words: &[&str], not: &[&str]) {
    for word in words {
        assert!(said.contains(word), "no {word:?} in:\n{said}");
    }
    for word in not {
        assert!(!said.contains(word), "{word:?} is still there:\n{said}");
    }
}

const ENGLISH_LIST: &[&str] = &["Mindfulness\n", "Compassion\n", "Timers\n", "Your own sessions go in"];

#[test]
fn list_speaks_the_systems_language() {
    let data = temp_dir();
    let spanish = stillpoint_in("es_ES.UTF-8", data.path(), &["list"]);
    assert_eq!(spanish.status.code(), Some(0), "{}", text(&spanish.stderr));
    check_words(
        &text(&spanish.stdout),
        &[
            "Atención plena\n",
            "Compasión\n",
            "Temporizadores\n",
            "Tus propias sesiones van en",
            "sin duración fija",
        ],
        ENGLISH_LIST,
    );
    let chinese = stillpoint_in("zh_TW.UTF-8", data.path(), &["list"]);
    assert_eq!(chinese.status.code(), Some(0), "{}", text(&chinese.stderr));
    check_words(
        &text(&chinese.stdout),
        &["正念\n", "慈悲\n", "你自己的練習放在", "不限時"],
        ENGLISH_LIST,
    );
    // LC_ALL and LC_MESSAGES come before LANG, as POSIX orders them.
    let over_lang = in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
        .env("LANG", "en_US.UTF-8")
        .env("LC_MESSAGES", "es_MX.UTF-8")
        .args(["list", "--data-dir"])
        .arg(data.path())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    check_words(&text(&over_lang.stdout), &["Atención plena\n"], ENGLISH_LIST);
}

const ENGLISH_STATS: &[&str] = &[
    "Today (",
    "Streak:",
    "In all:",
    "This week:",
    "Minutes a week",
    "By domain:",
];

#[test]
fn stats_and_the_log_speak_spanish_with_its_dates_and_decimal_comma() {
    let data = data_with_practice();
    let stats = stillpoint_in("es_ES.UTF-8", data.path(), &["stats"]);
    assert_eq!(stats.status.code(), Some(0), "{}", text(&stats.stderr));
    let said = text(&stats.stdout);
    check_words(
        &said,
        &[
            "Hoy (",
            "Racha:",
            "En total: 37 min en 2 sesiones",
            "18,5 min por sesión",
            "Esta semana:",
            "Minutos por semana",
        ],
        ENGLISH_STATS,
    );
    let weekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];
    let today = said.lines().next().unwrap_or_default();
    assert!(weekdays.iter().any(|day| today.contains(day)), "{today}");
    assert!(today.contains(" de "), "day and month as Spanish joins them: {today}");

    let log = stillpoint_in("es_ES.UTF-8", data.path(), &["log"]);
    let said = text(&log.stdout);
    let yesterday = (chrono::Local::now() - chrono::TimeDelta::days(1))
        .format("%d/%m/%Y")
        .to_string();
    check_words(&said, &[&yesterday, "12 min"], &["No practice"]);
    let empty = stillpoint_in("es_ES.UTF-8", temp_dir().path(), &["log"]);
    check_words(
        &text(&empty.stdout),
        &["Todavía no hay práctica registrada."],
        &["No practice"],
    );
}

#[test]
fn stats_speak_traditional_chinese() {
    let data = data_with_practice();
    let stats = stillpoint_in("zh_TW.UTF-8", data.path(), &["stats"]);
    assert_eq!(stats.status.code(), Some(0), "{}", text(&stats.stderr));
    check_words(
        &text(&stats.stdout),
        &[
            "今天（",
            "連續天數：",
            "練習了 2 次，共 37 分鐘",
            "平均每次 18.5 分鐘",
            "本週：",
            "每週的分鐘數：",
        ],
        ENGLISH_STATS,
    );
}

/// The words around a command's output are English where the system asks
/// for a language Stillpoint does not speak, or for none.
#[test]
fn other_languages_and_c_are_english() {
    let data = data_with_practice();
    for lang in ["C.UTF-8", "da_DK.UTF-8", ""] {
        let said = text(&stillpoint_in(lang, data.path(), &["stats"]).stdout);
        check_words(
            &said,
            &["Streak:", "In all: 37 min in 2 sessions", "18.5 min a session"],
            &["Racha"],
        );
    }
}

/// The help's message ids are made from the command tree, out of the
/// locales test's sight: English must have each one, with the very words
/// of the doc comments clap reads (so `--help` in English stays as
/// written), and the other languages follow from the locales test.
#[test]
fn english_has_every_help_text_word_for_word() {
    use clap::CommandFactory;
    use stillpoint::i18n::{Locale, Texts};
    let english = Texts::new(Locale::default());
    let texts = stillpoint::cli::help::help_texts(&stillpoint::cli::args::Args::command());
    assert!(texts.len() > 50, "{texts:?}");
    let mut ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "two help texts share an id");
    let wrong: Vec<String> = texts
        .iter()
        .filter(|(id, derived)| !english.has_own(id) || english.message(id, None) != *derived)
        .map(|(id, derived)| format!("{id} =\n    {}", derived.replace('\n', "\n    ")))
        .collect();
    assert!(
        wrong.is_empty(),
        "assets/locales/en/cli.ftl should say:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn help_speaks_the_systems_language() {
    let data = temp_dir();
    let spanish = text(&stillpoint_in("es_ES.UTF-8", data.path(), &["log", "add", "--help"]).stdout);
    check_words(
        &spanish,
        &["Uso:", "Opciones:", "--minutes <N>", "Cuántos minutos"],
        &["Usage:", "Options:", "Print help"],
    );
    let asked = text(&stillpoint_in("es_ES.UTF-8", data.path(), &["help", "log", "add"]).stdout);
    check_words(&asked, &["Uso: stillpoint log add", "Cuántos minutos"], &["Usage:"]);
    let new = text(&stillpoint_in("es_ES.UTF-8", data.path(), &["new", "--help"]).stdout);
    check_words(
        &new,
        &["[predeterminado: guided]", "- timer: Silencio sostenido por campanas"],
        &["[default:"],
    );
    let chinese = text(&stillpoint_in("zh_TW.UTF-8", data.path(), &["--help"]).stdout);
    // clap puts its own colon after a heading.
    check_words(
        &chinese,
        &["\n命令:", "\n選項:", "用法: stillpoint [OPTIONS] [COMMAND]", "顯示說明"],
        &["Commands:", "Options:", "Print help"],
    );
}

/// A second start hands its request to the app open on the same data
/// folder, found through a socket in the runtime folder, and leaves; a
/// key binding running `stillpoint pause` reaches the open window.
#[test]
fn a_second_start_asks_the_open_app() {
    use stillpoint::instance::{Listener, Request};
    let check = |args: &[&str], expected: &[Request], said: &str| {
        let data = temp_dir();
        let runtime = temp_dir();
        let socket = stillpoint::instance::socket_path(Some(runtime.path()), data.path());
        let listener = Listener::start(&socket, || {}).unwrap_or_else(|e| panic!("{e}"));
        let output = in_english(&mut Command::new(env!("CARGO_BIN_EXE_stillpoint")))
            .args(args)
            .env("STILLPOINT_DATA_DIR", data.path())
            .env("XDG_RUNTIME_DIR", runtime.path())
            .output()
            .unwrap_or_else(|e| panic!("cannot run stillpoint: {e}"));
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", text(&output.stderr));
        assert_eq!(text(&output.stdout).trim(), said, "{args:?}");
        assert_eq!(listener.take(), expected, "{args:?}");
    };
    check(
        &["pause"],
        &[Request::Pause],
        "The pause begins in the Stillpoint that is already running, in its window.",
    );
    check(&[], &[Request::Show], "");
    // Started at login again: the open app is left as it is.
    check(&["--background"], &[], "");
}

/// Text in a session file, its name, or a raw byte in it never reaches the
/// terminal as a control character: an escape in a title is an error at
/// its line and column, the quoted line shows it masked, and `list` shows
/// the file's name escaped.
#[test]
fn escape_sequences_from_a_session_file_never_reach_the_terminal() {
    let dir = temp_dir();
    let sessions = dir.path().join("sessions");
    let evil = sessions.join("evil\u{1b}]0;pwned\u{7}.ron");
    write(
        &evil,
        &bundled_file("the-pause.ron").replacen(
            "title: \"The pause\",",
            "title: \"Evil\\u{1b}]0;pwned\\u{7}\", // a raw escape, \u{1b}[2J, in a comment",
            1,
        ),
    );
    let output = stillpoint(&["validate", &evil.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    let (out, err) = (text(&output.stdout), text(&output.stderr));
    assert!(err.contains("error[control-character]"), "{err}");
    assert!(err.contains("evil\\u{1b}]0;pwned\\u{7}.ron:"), "{err}");
    assert!(err.contains("// a raw escape, ?[2J, in a comment"), "{err}");
    let listed = stillpoint(&["--data-dir", &dir.path().to_string_lossy(), "list"]);
    let listed = text(&listed.stdout);
    assert!(listed.contains("evil\\u{1b}]0;pwned\\u{7}.ron"), "{listed}");
    for said in [&out, &err, &listed] {
        assert!(!said.contains('\u{1b}') && !said.contains('\u{7}'), "{said:?}");
    }
}
