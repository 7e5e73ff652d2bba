//! The desktop app driven through egui_kittest: the real app, no window,
//! no sound device, and a clock the test moves by hand (no sleeps).

use crate::support::app;
use crate::support::practice as support;
use crate::support::sessions::module_questions;
use crate::support::storage;
use storage::MemoryStorage;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stillpoint::audio::FileProbe;
use stillpoint::audio::output::Clock;
use stillpoint::paths::DataDir;
use stillpoint::practice::WallClock;
use stillpoint::settings::Settings;
use stillpoint::ui::{AppSetup, AudioChoice, Screen, StillpointApp, WelcomeStep};

#[derive(Clone, Default)]
struct ManualClock(Arc<Mutex<Duration>>);

impl ManualClock {
    fn advance(&self, by: Duration) {
        if let Ok(mut now) = self.0.lock() {
            *now += by;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        self.0.lock().map(|now| *now).unwrap_or_default()
    }
}

/// The wall clock: a fixed morning, moved on by the manual clock.
struct WallFromClock(ManualClock);

impl WallClock for WallFromClock {
    fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        let start = chrono::DateTime::parse_from_rfc3339("2026-11-24T07:30:00+01:00").unwrap_or_default();
        start + self.0.now()
    }
}

fn app(data: &std::path::Path, clock: &ManualClock) -> Harness<'static, StillpointApp> {
    app_with(data, clock, |_, _| {})
}

/// The app as `app` builds it, with `prepare` given its context and the
/// app before the first frame.
fn app_with(
    data: &std::path::Path,
    clock: &ManualClock,
    prepare: impl FnOnce(&egui::Context, &mut StillpointApp) + 'static,
) -> Harness<'static, StillpointApp> {
    let wall = Arc::new(WallFromClock(clock.clone()));
    app::app_on(data, egui::vec2(900.0, 900.0), Arc::new(clock.clone()), wall, prepare)
}

/// Presses the first control named `label`, scrolled into view first (a
/// press is a pointer's, and lands only on what is on screen).
fn press(harness: &mut Harness<'static, StillpointApp>, label: &str) {
    for scroll_first in [true, false] {
        let node = harness
            .get_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("nothing named {label:?}"));
        if scroll_first {
            node.scroll_to_me();
        } else {
            node.click();
        }
        harness.run();
    }
}

/// Whether any text on screen contains `text` (a label and its text runs
/// may both hold it).
fn shows(harness: &Harness<'static, StillpointApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// The bundled pause, as the app has it: the tests follow its words, so
/// they hold however the program is rewritten.
fn the_pause() -> stillpoint::session::Session {
    stillpoint::bundled::library(None, &FileProbe)
        .sessions()
        .find(|s| s.id.as_str() == "the-pause")
        .cloned()
        .unwrap_or_else(|| panic!("the pause is bundled"))
}

/// Cue `cue` of step `step` of `session` at its usual length: its text and
/// when it comes, counted from the first bell.
fn cue_of(session: &stillpoint::session::Session, step: usize, cue: usize) -> (String, Duration) {
    let length = session.default_length().unwrap_or_else(|| panic!("a fixed session"));
    let lengths = session.step_lengths(length);
    let before: u64 = lengths[..step].iter().map(|l| l.map_or(0, |l| l.as_millis())).sum();
    let offsets = session.steps[step].cue_offsets(lengths[step]);
    let at = offsets[cue].unwrap_or_else(|| panic!("cue {cue} of step {step} comes"));
    (
        session.steps[step].cues[cue].text.clone(),
        Duration::from_millis(before + at),
    )
}

/// Moves the clock on and lets the app catch up.
/// Lets the work the app does off the frame (the cohort's folder, the
/// library in another language) come back, and shows what it found.
fn settle(harness: &mut Harness<'static, StillpointApp>) {
    harness.run();
    harness.state_mut().settle();
    harness.run();
}

fn wait(harness: &mut Harness<'static, StillpointApp>, clock: &ManualClock, by: Duration) {
    clock.advance(by);
    harness.run_steps(2);
}

#[test]
fn browse_start_pause_resume_skip_and_end_early() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    press(&mut harness, "The pause");
    assert_eq!(harness.state().screen, Screen::Session("the-pause".into()));
    assert!(shows(&harness, &the_pause().summary));
    harness.get_by_label("Start").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    // The settling countdown, then the first step.
    assert!(shows(&harness, "First bell in 0:05"));
    assert!(!shows(&harness, "No sound device"));
    let pause = the_pause();
    wait(&mut harness, &clock, Duration::from_secs(6));
    assert!(
        harness.query_by_label(&pause.steps[0].title).is_some(),
        "the first step's title"
    );
    let (first_cue, first_at) = cue_of(&pause, 0, 0);
    assert!(first_at <= Duration::from_secs(1) || !shows(&harness, &first_cue));
    assert!(
        shows(&harness, "4 min left"),
        "three minutes and the closing ring-out, in minutes"
    );
    harness.state_mut().settings.show_seconds = true;
    harness.run_steps(2);
    assert!(shows(&harness, "3:07 left"), "and in seconds when asked for");

    harness.key_press(egui::Key::Space);
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(30));
    let paused_at = harness.state().active.as_ref().map(|a| a.sitting.status.position);
    assert!(shows(&harness, "paused"));
    wait(&mut harness, &clock, Duration::from_secs(30));
    assert_eq!(
        harness.state().active.as_ref().map(|a| a.sitting.status.position),
        paused_at,
        "a pause stops time"
    );
    harness.get_by_label("Resume").click();
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert!(!shows(&harness, "paused"));

    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert!(
        harness.query_by_label(&pause.steps[1].title).is_some(),
        "skipped to the second step"
    );

    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    harness.get_by_label("End the session").click();
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert_eq!(harness.state().screen, Screen::End);
    assert!(shows(&harness, "Session ended"));
    let reflection = pause.ending.reflection.clone().unwrap_or_default();
    assert!(!reflection.is_empty() && shows(&harness, &reflection));
    harness.get_by_label("Done").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
}

#[test]
fn a_session_played_to_its_end_reaches_the_end_screen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/two-breaths.ron");
    std::fs::copy(fixture, sessions.join("two-breaths.ron")).unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(harness.query_by_label("My own sessions").is_some());
    harness.get_by_role(egui::accesskit::Role::TextInput).focus();
    harness.run();
    harness.get_by_role(egui::accesskit::Role::TextInput).type_text("two");
    harness.run();
    harness.get_by_label("Two breaths").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Session("two-breaths".into()));
    harness.get_by_label("Start").click();
    harness.run();
    assert!(harness.query_by_label("In").is_some());
    wait(&mut harness, &clock, Duration::from_millis(1_500));
    assert!(harness.query_by_label("Out").is_some());
    wait(&mut harness, &clock, Duration::from_secs(1));
    assert_eq!(harness.state().screen, Screen::End);
    assert!(shows(&harness, "Session complete · 2s practised"));
}

#[test]
fn a_broken_session_in_the_users_folder_shows_its_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        sessions.join("evening.ron"),
        "Session(format: 1, id: \"evening\", title: \"Evening\", summary: \"S\",\n    domain: \"mindfulnes\", steps: [Step(title: \"Sit\", duration: \"5m\", guidance: \"Sit.\")])",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(harness.query_by_label("Sessions that need attention").is_some());
    assert!(shows(
        &harness,
        "evening.ron:2:13: there is no domain called \"mindfulnes\""
    ));
    // Chosen in Settings, another language words the problem too, at once.
    harness.state_mut().settings.language = Some(stillpoint::i18n::Language::Spanish);
    settle(&mut harness);
    assert!(shows(
        &harness,
        "evening.ron:2:13: no hay ningún dominio llamado \"mindfulnes\""
    ));
}

#[test]
fn search_narrows_the_library_by_title_and_tag() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(harness.query_by_label("Body scan").is_some());
    harness.get_by_role(egui::accesskit::Role::TextInput).focus();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("between meetings");
    harness.run();
    assert!(harness.query_by_label("The pause").is_some());
    assert!(harness.query_by_label("Body scan").is_none());
}

#[test]
fn focus_mode_mute_and_the_shortcut_help_work_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    harness.get_by_label("Arriving with the breath").click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    wait(&mut harness, &clock, Duration::from_secs(20));
    assert!(harness.query_by_label("Pause").is_some());
    harness.key_press(egui::Key::F);
    harness.run_steps(2);
    assert!(
        harness.query_by_label("Pause").is_none(),
        "focus mode hides the controls"
    );
    assert!(shows(&harness, "left"), "but keeps the time");
    harness.key_press(egui::Key::F);
    harness.run_steps(2);
    assert!(harness.query_by_label("Pause").is_some());
    harness.key_press(egui::Key::M);
    harness.run_steps(2);
    assert!(harness.state().settings.volumes.muted);
    harness.key_press(egui::Key::Questionmark);
    harness.run_steps(2);
    assert!(shows(&harness, "skip to the next step"));
    harness.get_by_label("Close").click();
    harness.run_steps(2);
    assert!(!shows(&harness, "skip to the next step"));
}

#[test]
fn a_quick_timer_starts_and_can_be_kept_as_a_preset() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    harness.get_by_label("Quick timer").click();
    harness.run();
    harness.state_mut().timer.minutes = 10;
    harness.state_mut().timer.interval_minutes = 5;
    harness.get_by_role(egui::accesskit::Role::TextInput).focus();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("Morning");
    harness.run();
    harness.get_by_label("Save as preset").click();
    harness.run();
    assert_eq!(harness.state().settings.presets.len(), 1);
    assert!(shows(&harness, "Morning · 10 min"));
    harness.get_by_label("Start").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    assert!(shows(&harness, "Quick timer, 10 minutes"));
    let timeline = harness
        .state()
        .active
        .as_ref()
        .map(|a| {
            stillpoint::audio::output::lock(a.sitting.player.engine())
                .playback()
                .timeline()
                .clone()
        })
        .unwrap_or_else(|| panic!("no session"));
    let bells: Vec<u64> = timeline
        .events
        .iter()
        .filter(|e| e.action.kind() == "bell")
        .map(|e| e.at_frame / 48_000)
        .collect();
    assert_eq!(
        bells,
        [0, 300, 600, 605, 610],
        "opening bell, one interval bell, three closing strikes"
    );
}

fn copy_fixture_session(data: &std::path::Path, name: &str) {
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sessions/good")
        .join(name);
    std::fs::copy(fixture, sessions.join(name)).unwrap_or_else(|e| panic!("{e}"));
}

/// The ids of the entries marked for the portfolio in `data`'s log.
fn marked_for_the_portfolio(data: &std::path::Path) -> Vec<String> {
    practice_log(data)
        .entries
        .iter()
        .filter(|e| e.portfolio)
        .map(|e| e.id.clone())
        .collect()
}

fn practice_log(data: &std::path::Path) -> stillpoint::practice::LoadedLog {
    stillpoint::practice::PracticeLog::at(data.join("practice-log.jsonl"))
        .load()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn journaling_ends_with_the_current_modules_prompt_and_the_note_keeps_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    let two_breaths = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/good/two-breaths.ron"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let journaling = two_breaths.replace("domain: \"timer\",", "domain: \"timer\",\n    practice: journaling,");
    std::fs::write(sessions.join("two-breaths.ron"), journaling).unwrap_or_else(|e| panic!("{e}"));
    // Nothing practised yet: the first cycle's first module, Arriving.
    let arriving = [
        "What helped you arrive today, even a little?",
        "When in the day did your practice find a place?",
    ];
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    harness.get_by_role(egui::accesskit::Role::TextInput).focus();
    harness.run();
    harness.get_by_role(egui::accesskit::Role::TextInput).type_text("two");
    harness.run();
    harness.get_by_label("Two breaths").click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    wait(&mut harness, &clock, Duration::from_millis(2_500));
    assert_eq!(harness.state().screen, Screen::End);
    let offered: Vec<&str> = arriving.iter().copied().filter(|p| shows(&harness, p)).collect();
    assert_eq!(offered.len(), 1, "one of the module's prompts, today's");
    harness.get_by_label("A note, and how you feel").click();
    harness.run();
    harness.get_by_role(egui::accesskit::Role::MultilineTextInput).focus();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("The first week felt long.");
    harness.run();
    harness.get_by_label("Done").click();
    settle(&mut harness);
    let logged = practice_log(dir.path());
    assert_eq!(logged.entries[0].practice, stillpoint::practice::Practice::Journaling);
    assert_eq!(logged.entries[0].prompt.as_deref(), Some(offered[0]));
}

#[test]
fn the_end_screen_keeps_the_note_and_feelings_with_the_logged_session() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "two-breaths.ron");
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(shows(&harness, "Nothing practised yet today"));
    harness.get_by_role(egui::accesskit::Role::TextInput).focus();
    harness.run();
    harness.get_by_role(egui::accesskit::Role::TextInput).type_text("two");
    harness.run();
    harness.get_by_label("Two breaths").click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    // Saved as it plays.
    assert_eq!(
        std::fs::read_dir(dir.path().join("in-progress"))
            .map(|d| d.count())
            .unwrap_or(0),
        2,
        "the session's state and its lock"
    );
    wait(&mut harness, &clock, Duration::from_millis(2_500));
    assert_eq!(harness.state().screen, Screen::End);
    // Logged already, before anything is asked.
    let logged = practice_log(dir.path());
    assert_eq!(logged.entries.len(), 1);
    assert_eq!(logged.entries[0].ended, stillpoint::practice::HowEnded::Completed);
    assert_eq!(logged.entries[0].practised_secs, 2);
    assert_eq!(logged.entries[0].start.to_rfc3339(), "2026-11-24T07:30:00+01:00");
    assert_eq!(
        std::fs::read_dir(dir.path().join("in-progress"))
            .map(|d| d.count())
            .unwrap_or(0),
        0
    );

    // The note and feelings wait, folded, until asked for.
    assert!(
        harness
            .query_by_role(egui::accesskit::Role::MultilineTextInput)
            .is_none()
    );
    harness.get_by_label("A note, and how you feel").click();
    harness.run();
    harness.get_by_role(egui::accesskit::Role::MultilineTextInput).focus();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Slower than yesterday.");
    harness.run();
    harness
        .query_all_by_label("2")
        .next()
        .unwrap_or_else(|| panic!("no 2"))
        .click();
    harness.run();
    harness
        .get_all_by_label("4")
        .nth(1)
        .unwrap_or_else(|| panic!("no second 4"))
        .click();
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
    let logged = practice_log(dir.path());
    assert_eq!(logged.entries.len(), 1);
    let entry = &logged.entries[0];
    assert_eq!(entry.note.as_deref(), Some("Slower than yesterday."));
    assert_eq!(entry.feeling_before.map(|f| f.get()), Some(2));
    assert_eq!(entry.feeling_after.map(|f| f.get()), Some(4));
    assert!(shows(&harness, "Today: under a minute"));
}

#[test]
fn the_practice_view_shows_streaks_and_history_and_undoes_a_delete() {
    use stillpoint::practice::{PracticeLog, Record, Source};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("practice-log.jsonl");
    let log = PracticeLog::at(&path);
    let entry = |day: u32, note: Option<&str>| {
        let start = format!("2026-11-{day:02}T07:00:00+01:00");
        let mut entry = support::entry(&format!("day-{day}"), "body-scan", &start, 900);
        entry.title = "Body scan".into();
        entry.note = note.map(str::to_owned);
        Record::Entry(entry)
    };
    log.append(&[entry(21, None)]).unwrap_or_else(|e| panic!("{e}"));
    // A line torn by a crash long ago.
    let mut bytes = std::fs::read(&path).unwrap_or_default();
    bytes.extend_from_slice(b"{\"v\":1,\"kind\":\"entr\n");
    std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    log.append(&[entry(22, Some("Warm hands.")), entry(23, None)])
        .unwrap_or_else(|e| panic!("{e}"));
    let before = std::fs::read(&path).unwrap_or_default();

    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(shows(&harness, "Nothing practised yet today · 3 days in a row"));
    harness.get_by_label("My practice").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Practice);
    assert!(shows(&harness, "3 days in a row; today's practice carries it on."));
    assert!(
        shows(&harness, "practice-log.jsonl:2: damaged"),
        "the torn line is named"
    );
    assert!(shows(&harness, "45 min in 3 sessions on 3 days"));
    assert!(shows(&harness, "Warm hands."));
    assert!(shows(&harness, "Practised on 3 of the last"));

    // The newest first: deleting the first deletes the 23rd.
    press(&mut harness, "Delete");
    harness.run();
    assert_eq!(harness.state().practice.loaded.entries.len(), 2);
    assert!(
        shows(&harness, "A new streak begins with your next session."),
        "without the 23rd, yesterday went without practice"
    );
    harness.get_by_label("Undo").click();
    harness.run();
    assert_eq!(harness.state().practice.loaded.entries.len(), 3);
    assert!(shows(&harness, "3 days in a row"));

    // A session practised away from the app, this morning.
    {
        let form = &mut harness.state_mut().practice_form;
        form.time = "06:15".into();
        form.minutes = "20".into();
        form.note = "On the train.".into();
    }
    harness.get_by_label("Add to my practice").click();
    harness.run();
    assert!(shows(&harness, "4 days in a row."));
    let logged = practice_log(dir.path());
    let added = logged.entries.iter().find(|e| e.source == Source::Manual);
    let added = added.unwrap_or_else(|| panic!("not logged: {:?}", logged.entries));
    assert_eq!(added.start.to_rfc3339(), "2026-11-24T06:15:00+01:00");
    assert_eq!(added.note.as_deref(), Some("On the train."));
    // Bad input is explained, not added.
    harness.state_mut().practice_form.minutes = "twenty".into();
    harness.get_by_label("Add to my practice").click();
    harness.run();
    assert!(shows(&harness, "\"twenty\" is not a number of minutes"));
    assert_eq!(practice_log(dir.path()).entries.len(), 4);
    // Everything was appended; nothing before was rewritten.
    let after = std::fs::read(&path).unwrap_or_default();
    assert_eq!(&after[..before.len()], &before[..]);
}

#[test]
fn my_practice_follows_a_weekly_goal_and_adds_and_marks_every_kind_of_practice() {
    use stillpoint::practice::{Practice, PracticeLog, PracticeRules, Record, WeeklyGoal};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let rules = PracticeRules {
        weekly_goal: Some(WeeklyGoal { minutes: 20, days: 5 }),
        ..PracticeRules::default()
    };
    rules
        .save(&dir.path().join("practice-rules.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    // Monday 23 and Tuesday 24 November (today) meet the goal; Sunday 22,
    // last week, does too.
    let log = PracticeLog::at(dir.path().join("practice-log.jsonl"));
    for (id, day) in [("sun", 22), ("mon", 23), ("tue", 24)] {
        let start = format!("2026-11-{day:02}T07:00:00+01:00");
        log.append(&[Record::Entry(support::entry(id, "body-scan", &start, 1500))])
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    press(&mut harness, "My practice");
    assert!(shows(&harness, "Weekly goal"));
    assert!(shows(&harness, "This week: 2 of 5 days"), "Monday and today");
    assert!(shows(&harness, "20 min of formal practice on 5 days a week"));
    assert!(shows(&harness, "Met in 0 of the last 11 weeks"));

    // A call with the cohort, added by hand.
    harness.state_mut().practice_form.time = "06:00".into();
    press(&mut harness, "Kind of practice");
    press(&mut harness, "Contemplative call");
    assert_eq!(harness.state().practice_form.practice, Practice::Call);
    press(&mut harness, "Add to my practice");
    assert_eq!(harness.state().practice_form.error, None);
    settle(&mut harness);
    let logged = practice_log(dir.path());
    let call = logged.entries.iter().find(|e| e.practice == Practice::Call);
    let call = call.unwrap_or_else(|| panic!("no call logged: {:?}", logged.entries));
    assert_eq!(call.title, "Contemplative call");
    assert!(shows(&harness, "Contemplative call"));

    // The newest entry (this morning's sit, at 07:00) chosen for the
    // portfolio, and taken out again.
    press(&mut harness, "For my portfolio");
    settle(&mut harness);
    let marked = marked_for_the_portfolio(dir.path());
    assert_eq!(marked, ["tue"]);
    press(&mut harness, "For my portfolio");
    settle(&mut harness);
    assert!(practice_log(dir.path()).entries.iter().all(|e| !e.portfolio));
}

#[test]
fn the_journal_finds_notes_without_accents_filters_them_and_marks_them() {
    use stillpoint::practice::{Practice, PracticeLog, Record};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let log = PracticeLog::at(dir.path().join("practice-log.jsonl"));
    let entry = |id: &str, day: u32, note: &str, practice: Practice| {
        let start = format!("2026-11-{day:02}T07:00:00+01:00");
        let mut entry = support::entry(id, "body-scan", &start, 600);
        entry.note = Some(note.into());
        entry.practice = practice;
        Record::Entry(entry)
    };
    log.append(&[
        entry("cafe", 20, "Un café tranquilo antes de clase.", Practice::Informal),
        entry("pages", 21, "Three pages about the meeting.", Practice::Journaling),
        entry("quiet", 22, "Quiet, then rain on the window.", Practice::Formal),
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    press(&mut harness, "My practice");
    assert!(shows(&harness, "3 notes"));
    harness.state_mut().practice_form.journal.words = "CAFE".into();
    harness.run();
    assert!(shows(&harness, "One note"));
    harness.state_mut().practice_form.journal.words.clear();
    harness.state_mut().practice_form.journal.practice = Some(Practice::Journaling);
    harness.run();
    assert!(shows(&harness, "One note"));
    harness.state_mut().practice_form.journal.from = "2026-11-22".into();
    harness.run();
    assert!(shows(&harness, "No notes found"));
    harness.state_mut().practice_form.journal.from = "22 November".into();
    harness.run();
    assert!(shows(&harness, "\"22 November\" is not a date like 2026-11-24"));
    harness.state_mut().practice_form.journal.from.clear();
    harness.run();
    // The journal's box is the first "For my portfolio" on the page.
    press(&mut harness, "For my portfolio");
    settle(&mut harness);
    let marked = marked_for_the_portfolio(dir.path());
    assert_eq!(marked, ["pages"]);
    harness.state_mut().practice_form.journal.practice = None;
    harness.state_mut().practice_form.journal.marked_only = true;
    harness.run();
    assert!(shows(&harness, "One note"));
}

#[test]
fn my_practice_makes_a_report_off_the_frame_and_offers_to_open_it() {
    use stillpoint::practice::{PracticeLog, Record};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let log = PracticeLog::at(dir.path().join("practice-log.jsonl"));
    let mut entry = support::entry("noted", "body-scan", "2026-11-20T07:00:00+01:00", 900);
    entry.note = Some("Kept for the review.".into());
    entry.portfolio = true;
    log.append(&[Record::Entry(entry)]).unwrap_or_else(|e| panic!("{e}"));
    let opened = Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = opened.clone();
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, move |_, app| {
        app.open_file = Arc::new(move |path| {
            kept.lock().unwrap_or_else(|p| p.into_inner()).push(path.to_path_buf());
            Ok(())
        });
    });
    harness.run();
    press(&mut harness, "My practice");
    // Six months to today by default.
    assert_eq!(harness.state().practice_form.report.to, "2026-11-24");
    assert_eq!(harness.state().practice_form.report.from, "2026-05-26");
    harness.state_mut().practice_form.report.name = "Ana Lopes".into();
    press(&mut harness, "Make the report");
    settle(&mut harness);
    let written = dir.path().join("exports/portfolio-2026-05-26-2026-11-24.pdf");
    assert!(shows(&harness, "The report is in"), "said where it is");
    let bytes = std::fs::read(&written).unwrap_or_else(|e| panic!("{}: {e}", written.display()));
    assert!(bytes.starts_with(b"%PDF-"));
    press(&mut harness, "Open the report");
    assert_eq!(*opened.lock().unwrap_or_else(|p| p.into_inner()), [written]);

    // A period that ends before it begins is said, and nothing is made.
    harness.state_mut().practice_form.report.to = "2026-01-01".into();
    press(&mut harness, "Make the report");
    assert!(shows(
        &harness,
        "The period ends (2026-01-01) before it begins (2026-05-26)"
    ));
}

#[test]
fn settings_say_why_the_last_bell_at_the_desk_was_held() {
    use egui_kittest::kittest::NodeT;
    use stillpoint::desk::hold::HoldReason;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().settings.pause.enabled = true;
    harness.state_mut().bell_held_by = vec![HoldReason::Fullscreen, HoldReason::DoNotDisturb];
    harness.run();
    harness.state_mut().screen = Screen::Settings;
    harness.run();
    assert!(shows(&harness, "Held: a window is fullscreen; do not disturb is on."));
    // A box for each, all on but the battery.
    for (words, on) in [
        ("do not disturb is on", true),
        ("a window is fullscreen", true),
        ("a call or a recording is going on", true),
        ("the screen is locked", true),
        ("you are away", true),
        ("the computer is on battery", false),
    ] {
        let node = harness.get_by_label(words);
        assert_eq!(
            node.accesskit_node().toggled(),
            Some(if on {
                egui::accesskit::Toggled::True
            } else {
                egui::accesskit::Toggled::False
            }),
            "{words}"
        );
    }
}

#[test]
fn the_window_holds_a_bell_offers_it_softly_when_the_hold_ends_and_waits_after_time_away() {
    use stillpoint::desk::hold::{DesktopState, HoldReason};
    use stillpoint::pause::PauseOffer;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().settings.pause.enabled = true;
    harness.run();
    let rang_at = harness.state().practice.now();
    let fullscreen = DesktopState {
        fullscreen: Some(true),
        ..DesktopState::default()
    };
    harness.state_mut().bell_due(PauseOffer { rang_at }, fullscreen);
    harness.run();
    assert_eq!(harness.state().bell_held_by, [HoldReason::Fullscreen]);
    assert!(!shows(&harness, "A bell of mindfulness"), "no offer while held");
    // The desktop speaks again, still fullscreen: still held.
    harness.state_mut().hold_checked(fullscreen);
    assert!(harness.state().held_bell.is_some());
    // Ten minutes on, the presentation ends: the bell is offered, once.
    clock.advance(Duration::from_secs(600));
    harness.state_mut().hold_checked(DesktopState::default());
    harness.run();
    assert!(shows(&harness, "A bell of mindfulness"));
    assert_eq!(harness.state().bell_held_by, []);
    assert_eq!(harness.state().pause_offer, Some(PauseOffer { rang_at }));
    harness.state_mut().pause_offer = None;

    // Away for an hour when the next bell comes: held, and not offered on
    // the return; the next bell a full interval after it.
    let now = harness.state().practice.now();
    let away = DesktopState {
        idle: Some(Duration::from_secs(3600)),
        ..DesktopState::default()
    };
    harness.state_mut().bell_due(PauseOffer { rang_at: now }, away);
    assert_eq!(harness.state().bell_held_by, [HoldReason::Away]);
    clock.advance(Duration::from_secs(300));
    let back = DesktopState {
        idle: Some(Duration::from_secs(60)),
        ..DesktopState::default()
    };
    harness.state_mut().hold_checked(back);
    let came_back = harness.state().practice.now() - chrono::TimeDelta::seconds(60);
    let next = harness.state().pause_bells.upcoming();
    assert!(
        next.is_some_and(|next| next >= came_back + chrono::TimeDelta::minutes(45)),
        "{next:?}"
    );
    assert_eq!(harness.state().pause_offer, None);
}

/// The controls on screen that a keyboard should reach: (id, role, label).
fn controls(harness: &Harness<'static, StillpointApp>) -> Vec<(String, String)> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT;
    const INTERACTIVE: [Role; 11] = [
        Role::Button,
        Role::DefaultButton,
        Role::Link,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::CheckBox,
        Role::RadioButton,
        Role::Slider,
        Role::SpinButton,
        Role::ComboBox,
        Role::Tab,
    ];
    harness
        .query_all_by(|n| INTERACTIVE.contains(&n.role()) && !n.is_disabled() && !n.is_hidden())
        .map(|n| {
            let node = n.accesskit_node();
            (
                format!("{:?}", node.id()),
                format!(
                    "{:?} {:?}",
                    node.role(),
                    node.label().or(node.value()).unwrap_or_default()
                ),
            )
        })
        .collect()
}

/// The inputs on screen with no name for a screen reader to say: their
/// roles and values.
fn unnamed_inputs(harness: &Harness<'static, StillpointApp>) -> Vec<String> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT;
    const INPUTS: [Role; 5] = [
        Role::TextInput,
        Role::MultilineTextInput,
        Role::Slider,
        Role::SpinButton,
        Role::ComboBox,
    ];
    harness
        .query_all_by(|n| INPUTS.contains(&n.role()) && !n.is_hidden())
        .map(|n| n.accesskit_node())
        .filter(|node| node.label().is_none_or(|label| label.trim().is_empty()))
        .map(|node| format!("{:?} {:?}", node.role(), node.value().unwrap_or_default()))
        .collect()
}

/// Presses Tab until focus comes round again; every control must have had
/// it. Returns what was never reached.
fn unreachable_by_tab(harness: &mut Harness<'static, StillpointApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    let wanted = controls(harness);
    assert!(!wanted.is_empty(), "no controls found on screen");
    let mut reached = std::collections::HashSet::new();
    for _ in 0..(wanted.len() * 2 + 4) {
        harness.key_press(egui::Key::Tab);
        harness.run_steps(2);
        if let Some(node) = harness.query_by(|n| n.is_focused()) {
            reached.insert(format!("{:?}", node.accesskit_node().id()));
        }
    }
    eprintln!("{} controls, {} reached with Tab", wanted.len(), reached.len());
    wanted
        .into_iter()
        .filter(|(id, _)| !reached.contains(id))
        .map(|(_, what)| what)
        .collect()
}

#[test]
fn every_control_on_every_screen_is_reachable_with_tab() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "two-breaths.ron");
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    let mut missing = Vec::new();
    let mut unnamed = Vec::new();
    let mut check = |harness: &mut Harness<'static, StillpointApp>, screen: &str| {
        for what in unnamed_inputs(harness) {
            unnamed.push(format!("{screen}: {what}"));
        }
        for what in unreachable_by_tab(harness) {
            missing.push(format!("{screen}: {what}"));
        }
        // Leave the focus where it does not take keys away from the screen.
        harness
            .ctx
            .memory_mut(|m| m.surrender_focus(m.focused().unwrap_or(egui::Id::NULL)));
        harness.run();
    };
    check(&mut harness, "library");
    harness.state_mut().screen = Screen::Settings;
    harness.run();
    check(&mut harness, "settings");
    harness.state_mut().screen = Screen::Timer;
    harness.run();
    check(&mut harness, "timer");
    harness.state_mut().screen = Screen::Practice;
    harness.run();
    check(&mut harness, "practice");
    for step in WelcomeStep::ALL {
        harness.state_mut().screen = Screen::Welcome(step);
        harness.run();
        check(&mut harness, &format!("welcome, {step:?}"));
    }
    harness.state_mut().screen = Screen::Session("open-awareness".into());
    harness.run();
    check(&mut harness, "session page");
    harness.state_mut().screen = Screen::Session("two-breaths".into());
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    check(&mut harness, "player");
    wait(&mut harness, &clock, Duration::from_secs(3));
    assert_eq!(harness.state().screen, Screen::End);
    check(&mut harness, "end screen");
    assert!(missing.is_empty(), "not reachable with Tab:\n{}", missing.join("\n"));
    assert!(unnamed.is_empty(), "inputs with no name:\n{}", unnamed.join("\n"));
}

/// A screen reader finds the window by its name, hears the time the ring
/// shows, and is told each new cue where the guidance is not read aloud.
#[test]
fn the_window_is_named_and_a_new_cue_is_told_to_a_screen_reader() {
    use egui::accesskit::{Live, Role};
    use egui_kittest::kittest::NodeT;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "two-breaths.ron");
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    let window = harness.root();
    assert_eq!(window.accesskit_node().role(), Role::Window);
    assert_eq!(window.accesskit_node().label().as_deref(), Some("Stillpoint"));
    harness.state_mut().screen = Screen::Session("two-breaths".into());
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    assert!(!harness.state().active.as_ref().is_some_and(|a| a.spoken));
    // Past the settling, to the first bell.
    for _ in 0..100 {
        if harness.query_by_label("Breathe in.").is_some() {
            break;
        }
        wait(&mut harness, &clock, Duration::from_millis(100));
    }
    let cue = harness.get_by_label("Breathe in.");
    assert_eq!(cue.accesskit_node().live(), Live::Polite);
    let shown = {
        let app = harness.state();
        let active = app.active.as_ref().unwrap_or_else(|| panic!("no session playing"));
        stillpoint::ui::player_view::time_text(
            &active.sitting.status,
            active.sitting.sample_rate,
            app.settings.show_seconds,
        )
    };
    assert!(
        harness.query_by_label(&shown).is_some(),
        "the ring's time {shown:?} is not told"
    );
    wait(&mut harness, &clock, Duration::from_millis(1_000));
    let cue = harness.get_by_label("Breathe out.");
    assert_eq!(cue.accesskit_node().live(), Live::Polite);
    assert!(harness.query_by_label("Breathe in.").is_none());
}

/// changes by itself: the minute shown, the next step, the end.
#[test]
fn the_player_asks_to_be_redrawn_only_when_its_text_changes() {
    use stillpoint::timeline::{Phase, Status};
    use stillpoint::ui::player_view::{next_change, time_text};
    let session = stillpoint::bundled::library(None, &FileProbe)
        .files
        .into_iter()
        .filter_map(|f| f.session)
        .find(|s| s.id.as_str() == "the-pause")
        .unwrap_or_else(|| panic!("no bundled pause"));
    let rate = 1000;
    let timeline = stillpoint::timeline::Timeline::compile(&session, None, &[], rate);
    let end = timeline.end_frame.unwrap_or_else(|| panic!("a fixed session ends"));
    let playing = |position: u64| Status {
        phase: Phase::Playing,
        paused: false,
        step: 0,
        settle_left: 0,
        position,
        remaining: Some(end - position),
        practised: position,
        cue: None,
    };
    // Settling: each second.
    let settling = Status {
        phase: Phase::Settling,
        settle_left: 4_300,
        position: 0,
        ..playing(0)
    };
    assert_eq!(time_text(&settling, rate, false), "First bell in 0:04");
    assert_eq!(
        next_change(&settling, &timeline, rate, false),
        Some(Duration::from_millis(300))
    );
    // Playing: at the next cue or the next whole minute left, whichever
    // comes first; each second only when seconds are shown.
    let cues: Vec<u64> = timeline.events.iter().map(|e| e.at_frame).collect();
    let at = end - 150_500;
    let next_cue = cues.iter().find(|c| **c > at).map_or(u64::MAX, |c| c - at);
    assert_eq!(time_text(&playing(at), rate, false), "3 min left");
    assert_eq!(
        next_change(&playing(at), &timeline, rate, false),
        Some(Duration::from_millis(30_500.min(next_cue)))
    );
    assert_eq!(time_text(&playing(at), rate, true), "2:30 left");
    assert_eq!(
        next_change(&playing(at), &timeline, rate, true),
        Some(Duration::from_millis(500.min(next_cue)))
    );
    assert_eq!(
        time_text(&playing(end - 59_000), rate, false),
        "Less than a minute left"
    );
    // Paused: nothing changes by itself.
    let paused = Status {
        paused: true,
        ..playing(at)
    };
    assert_eq!(next_change(&paused, &timeline, rate, false), None);
}

/// Waits for the session folder watcher to see a change, then lets the
/// folder be quiet on the app's clock until `done` holds.
fn after_save(
    harness: &mut Harness<'static, StillpointApp>,
    clock: &ManualClock,
    done: impl Fn(&Harness<'static, StillpointApp>) -> bool,
) {
    for _ in 0..20 {
        let pending = harness.state().watch.as_ref().is_some_and(|w| w.pending());
        if !pending {
            let seen = harness
                .state_mut()
                .watch
                .as_mut()
                .is_some_and(|w| w.wait_for_change(Duration::from_secs(5)));
            assert!(seen, "the watcher saw no change");
        }
        harness.run_steps(1);
        wait(harness, clock, stillpoint::ui::QUIET);
        settle(harness);
        if done(harness) {
            return;
        }
    }
    panic!("the library did not reload");
}

#[test]
fn saving_a_session_file_updates_the_library_the_open_page_and_the_authoring_panel() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().watch_sessions(|| {});
    harness.run();
    let file = dir.path().join("sessions").join("evening.ron");
    let session = |title: &str, domain: &str| {
        format!(
            "Session(format: 1, id: \"evening\", title: \"{title}\", summary: \"An evening sit.\",\n    domain: \"{domain}\", steps: [Step(title: \"Sit\", duration: \"5m\", guidance: \"Sit.\")])"
        )
    };

    // A new file with a mistake: listed for attention, with its place.
    std::fs::write(&file, session("Evening", "mindfulnes")).unwrap_or_else(|e| panic!("{e}"));
    after_save(&mut harness, &clock, |h| shows(h, "Authoring (1 to look at)"));
    harness.get_by_label("Authoring (1 to look at)").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Authoring);
    assert!(shows(
        &harness,
        "evening.ron:2:13: error: there is no domain called \"mindfulnes\""
    ));
    harness.get_by_label("Copy location").click();
    harness.run();
    assert!(shows(&harness, "Copied"), "the location is copied");
    assert!(shows(&harness, "evening.ron:2:13"));

    // Fixed in the editor: ready, and in the library.
    std::fs::write(&file, session("Evening", "mindfulness")).unwrap_or_else(|e| panic!("{e}"));
    after_save(&mut harness, &clock, |h| shows(h, "ready to practise"));
    harness.get_by_label("Back to the library").click();
    harness.run();
    assert!(harness.query_by_label("Evening").is_some());
    assert!(harness.query_by_label("Authoring").is_some(), "nothing to look at");

    // An open session page follows the file.
    harness.state_mut().screen = Screen::Session("evening".into());
    harness.run();
    assert!(shows(&harness, "An evening sit."));
    std::fs::write(&file, session("Evening, renamed", "mindfulness")).unwrap_or_else(|e| panic!("{e}"));
    after_save(&mut harness, &clock, |h| h.query_by_label("Evening, renamed").is_some());
    assert_eq!(harness.state().screen, Screen::Session("evening".into()));
}

#[test]
fn the_library_shows_programs_and_the_progress_made_in_them() {
    use stillpoint::practice::{PracticeLog, Record};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let practised = |session: &str| {
        Record::Entry(support::entry(
            &format!("{session}-1"),
            session,
            "2026-11-23T07:00:00+01:00",
            300,
        ))
    };
    PracticeLog::at(dir.path().join("practice-log.jsonl"))
        .append(&[practised("arriving-with-the-breath"), practised("the-pause")])
        .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(harness.query_by_label("Programs").is_some());
    let named = stillpoint::bundled::library(None, &FileProbe)
        .programs()
        .find(|p| p.id.as_str() == "first-cycle")
        .map_or(0, |p| p.practice_ids().len());
    assert!(shows(&harness, &format!("2 of {named} sessions practised")));
    press(&mut harness, "The first cycle");
    harness.run();
    assert_eq!(harness.state().screen, Screen::Program("first-cycle".into()));
    assert!(shows(&harness, "1. Arriving · 2 weeks · 5m a day"));
    assert!(shows(&harness, "Every session practised · 10 min in all"));
    // The call that closes the module, with its question.
    assert!(shows(&harness, "With the cohort, to close the module:"));
    assert!(shows(
        &harness,
        "Its question: Where did a pause, or a breath, find you in these two weeks?"
    ));
    assert!(shows(&harness, "Where you are now"));
    // Further down the program: scrolled to, as a reader would.
    press(&mut harness, "Body scan");
    assert_eq!(harness.state().screen, Screen::Session("body-scan".into()));
}

#[test]
fn an_author_previews_a_session_fast_from_any_step_without_logging_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().screen = Screen::Session("the-pause".into());
    harness.run();
    harness.get_by_label("Preview, for authors").click();
    harness.run();
    harness.get_by_label("Preview at 60x").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    assert!(shows(&harness, "Preview at 60x: silent, bells shown; not logged"));
    // One second of the clock is a minute of the session: past the first
    // step.
    let pause = the_pause();
    wait(&mut harness, &clock, Duration::from_secs(1));
    assert!(
        harness.query_by_label(&pause.steps[1].title).is_some(),
        "a minute in, the second step"
    );
    assert!(shows(&harness, "Bell: 0:00 small bell"), "the opening bell is shown");
    let last = pause.steps.len();
    let last_title = &pause.steps[last - 1].title;
    harness.get_by_label(&format!("{last}. {last_title}")).click();
    harness.run_steps(2);
    assert!(harness.query_by_label(last_title).is_some());
    // To the end, and back to the session's page; nothing logged.
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert_eq!(harness.state().screen, Screen::Session("the-pause".into()));
    assert!(!dir.path().join("practice-log.jsonl").exists());
    assert!(harness.state().ending.is_none());
}

#[test]
fn a_session_is_saved_as_a_wav_file_from_its_page() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "two-breaths.ron");
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().screen = Screen::Session("two-breaths".into());
    harness.run();
    harness.get_by_label("Save as a WAV file").click();
    harness.run();
    let done = harness
        .state_mut()
        .export
        .as_mut()
        .is_some_and(|e| e.wait(Duration::from_secs(30)));
    assert!(done, "the file is written");
    harness.run();
    let path = dir.path().join("exports").join("two-breaths.wav");
    assert!(shows(&harness, &format!("Saved as {}", path.display())));
    let reader = hound::WavReader::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.sample_rate), (2, 48_000));
    // Two one-second steps and the closing ring-out, as `render` writes it.
    let seconds = f64::from(reader.duration()) / 48_000.0;
    assert!(seconds >= 2.0, "{seconds} s");
    // A second save does not overwrite the first.
    harness.get_by_label("Save as a WAV file").click();
    harness.run();
    let _ = harness
        .state_mut()
        .export
        .as_mut()
        .map(|e| e.wait(Duration::from_secs(30)));
    assert!(dir.path().join("exports").join("two-breaths-2.wav").exists());
}

#[test]
fn cues_come_one_at_a_time_over_a_step() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().screen = Screen::Session("the-pause".into());
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    let pause = the_pause();
    let (first, first_at) = cue_of(&pause, 0, 0);
    let (second, second_at) = cue_of(&pause, 0, 1);
    assert!(!shows(&harness, &first), "nothing during the settling countdown");
    // The first bell comes after 5 s of settling; the first cue at its
    // moment, alone.
    let settle = Duration::from_secs(5);
    wait(&mut harness, &clock, settle + Duration::from_millis(100));
    // The controls beneath the guidance stand still as cues come and go:
    // where they are once the step begins, they stay.
    let controls = |harness: &Harness<'static, StillpointApp>| harness.get_by_label("Pause").rect();
    let before = controls(&harness);
    wait(&mut harness, &clock, first_at);
    assert!(shows(&harness, &first));
    assert!(!shows(&harness, &second));
    assert_eq!(controls(&harness), before);
    // The next one takes its place at its own moment.
    wait(&mut harness, &clock, second_at - first_at);
    assert!(shows(&harness, &second));
    assert!(!shows(&harness, &first));
    assert_eq!(controls(&harness), before);
    // For reading, the whole step: every cue of it, the earlier one too.
    harness.get_by_label("Show the whole step").click();
    harness.run();
    for cue in &pause.steps[0].cues {
        assert!(shows(&harness, &cue.text), "{}", cue.text);
    }
    harness.get_by_label("Show one cue at a time").click();
    harness.run();
    assert!(!shows(&harness, &first));
    // Between cues nothing is redrawn; the next redraw is the next cue.
    let status = harness.state().active.as_ref().map(|a| a.sitting.status);
    let wait_for = harness.state().active.as_ref().and_then(|active| {
        let engine = stillpoint::audio::output::lock(active.sitting.player.engine());
        stillpoint::ui::player_view::next_change(
            &active.sitting.status,
            engine.playback().timeline(),
            active.sitting.sample_rate,
            false,
        )
    });
    let timeline = harness.state().active.as_ref().map(|a| {
        stillpoint::audio::output::lock(a.sitting.player.engine())
            .playback()
            .timeline()
            .clone()
    });
    if let (Some(status), Some(timeline), Some(wait_for)) = (status, timeline, wait_for) {
        let next_cue = timeline
            .events
            .iter()
            .find(|e| e.at_frame > status.position)
            .map(|e| e.at_frame - status.position)
            .unwrap_or(u64::MAX);
        // The next redraw: the next cue, or the next whole minute left.
        let cue_ms = u128::from(next_cue) * 1000 / 48_000;
        let left_ms = u128::from(status.remaining.unwrap_or(0)) * 1000 / 48_000;
        let minute_ms = match left_ms % 60_000 {
            0 => 60_000,
            part => part,
        };
        assert_eq!(wait_for.as_millis(), cue_ms.min(minute_ms));
    } else {
        panic!("no session playing");
    }
}

/// A stand-in synthesizer: a shell script saved as `espeak-ng`.
fn stand_in_synthesizer(dir: &std::path::Path, script: &str) -> stillpoint::audio::speech::Synthesizer {
    use std::os::unix::fs::PermissionsExt;
    let program = dir.join("espeak-ng");
    std::fs::write(&program, format!("#!/bin/sh\n{script}\n")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap_or_else(|e| panic!("{e}"));
    stillpoint::audio::speech::Synthesizer::espeak_at(program)
}

#[test]
fn the_first_guided_session_offers_to_read_the_guidance_aloud_and_remembers() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    // A synthesizer that fails: the session still goes on, as text.
    harness.state_mut().synthesizer = Some(stand_in_synthesizer(dir.path(), "echo 'no voice data' >&2; exit 3"));
    harness.state_mut().screen = Screen::Session("the-pause".into());
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    assert!(shows(&harness, "Hear the guidance?"));
    // The session waits for the answer.
    wait(&mut harness, &clock, Duration::from_secs(10));
    assert_eq!(
        harness.state().active.as_ref().map(|a| a.sitting.status.phase),
        Some(stillpoint::timeline::Phase::Ready)
    );
    harness.get_by_label("Read it aloud").click();
    harness.run();
    assert!(harness.state().settings.speak_guidance && harness.state().settings.speech_offered);
    // The synthesizer fails on the first cue: one notice, and the cues go
    // on as text, on time.
    for _ in 0..50 {
        wait(&mut harness, &clock, Duration::from_millis(250));
    }
    // The stand-in is a real process: its failure arrives when it has run,
    // whatever the test's clock says (up to 30 s, on a loaded machine). The
    // engine takes it in as it renders, so the clock creeps on meanwhile, a
    // millisecond a look (at most 0.6 s in all).
    let failed = |harness: &Harness<'static, StillpointApp>| {
        harness
            .state()
            .active
            .as_ref()
            .is_some_and(|a| a.notices.iter().any(|n| n.contains("can no longer be read aloud")))
    };
    for _ in 0..600 {
        if failed(&harness) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
        wait(&mut harness, &clock, Duration::from_millis(1));
    }
    let notices = harness
        .state()
        .active
        .as_ref()
        .map(|a| a.notices.clone())
        .unwrap_or_default();
    assert_eq!(
        notices
            .iter()
            .filter(|n| n.contains("can no longer be read aloud"))
            .count(),
        1,
        "{notices:?}"
    );
    assert!(notices.iter().any(|n| n.contains("no voice data")), "{notices:?}");
    // 12.5 s on the clock (and a little), 7.5 s past the first bell: the cue
    // of that moment shows.
    let pause = the_pause();
    let elapsed = Duration::from_millis(12_500 - 5_000);
    let showing = (0..pause.steps[0].cues.len())
        .rev()
        .map(|n| cue_of(&pause, 0, n))
        .find(|(_, at)| *at <= elapsed)
        .map(|(text, _)| text)
        .unwrap_or_else(|| panic!("a cue by {elapsed:?}"));
    assert!(shows(&harness, &showing), "{showing}");
    // Asked once: the next session begins without asking.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("End the session").click();
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert_eq!(harness.state().screen, Screen::End);
    harness.get_by_label("Done").click();
    harness.run();
    harness.state_mut().settings.speak_guidance = false;
    harness.state_mut().screen = Screen::Session("the-pause".into());
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    assert!(!shows(&harness, "Hear the guidance?"));
    assert_eq!(
        harness.state().active.as_ref().map(|a| a.sitting.status.phase),
        Some(stillpoint::timeline::Phase::Settling)
    );
}

#[test]
fn a_kept_take_is_saved_beside_the_session_and_named_in_its_step() {
    use stillpoint::audio::recording::Take;
    use stillpoint::ui::voice_view::{VoiceRecording, VoiceState};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = dir.path().join("sessions");
    let mut out = Vec::new();
    stillpoint::cli::new_session(
        &sessions.join("evening"),
        stillpoint::cli::Template::Guided,
        &sessions,
        &mut out,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().screen = Screen::Session("evening".into());
    harness.run();
    harness.get_by_label("Record the guidance").click();
    harness.run();
    assert!(harness.query_by_label("1. Arriving").is_some());
    // A take as the microphone would give it: silence, a voice, silence.
    let rate = 16_000;
    let mut samples = vec![0.0f32; rate];
    samples.extend((0..rate * 2).map(|n| 0.02 * (n as f32 * 0.05).sin()));
    samples.extend(vec![0.0f32; rate]);
    harness.state_mut().voice = Some(VoiceRecording {
        session_id: "evening".into(),
        step: 0,
        state: VoiceState::Ready(Take {
            samples,
            rate: rate as u32,
        }),
    });
    harness.run();
    assert!(shows(&harness, "take of 4.0 s"));
    harness.get_by_label("Keep").click();
    harness.run();
    assert!(
        shows(&harness, "Kept 2.3 s as voice/evening-01-arriving.wav"),
        "trimmed to the voice"
    );
    let written = sessions.join("voice/evening-01-arriving.wav");
    assert!(hound::WavReader::open(&written).is_ok());
    let text = std::fs::read_to_string(sessions.join("evening.ron")).unwrap_or_default();
    assert!(text.contains("voice: \"voice/evening-01-arriving.wav\","), "{text}");
    assert!(text.contains("// A guided session"), "the author's notes stay");
    // Read again at once: the step plays it, and the file is still good.
    let state = harness.state();
    let session = state.library.sessions().find(|s| s.id.as_str() == "evening");
    let voice = session
        .and_then(|s| s.steps[0].voice.as_ref())
        .map(|v| v.written.clone());
    assert_eq!(voice.as_deref(), Some("voice/evening-01-arriving.wav"));
    assert!(shows(&harness, "plays voice/evening-01-arriving.wav"));
}

#[test]
fn the_cohort_view_joins_a_folder_and_shows_the_week_kindly() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // Another member's file, as their Stillpoint wrote it: the week of
    // Monday 23 November 2026 (the test's wall clock is the 24th).
    std::fs::write(
        shared.path().join("sam-abc123.stillpoint-member.json"),
        r#"{"format":1,"member_id":"sam-abc123","name":"Sam","updated":"2026-11-24","days":[{"date":"2026-11-23","minutes":12},{"date":"2026-11-24","minutes":8}],"streak_days":4}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    stillpoint::practice::PracticeLog::at(dir.path().join("practice-log.jsonl"))
        .append(&[stillpoint::practice::Record::Entry(stillpoint::practice::Entry {
            note: Some("only mine".into()),
            ..support::entry("mine", "the-pause", "2026-11-23T07:00:00+01:00", 600)
        })])
        .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    harness.get_by_label("Cohort").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Cohort);
    {
        let cohort = &mut harness.state_mut().cohort_form;
        cohort.folder = shared.path().to_string_lossy().into_owned();
        cohort.name = "Ana".into();
    }
    harness.get_by_label("Join").click();
    settle(&mut harness);
    assert!(shows(&harness, "as Ana."));
    assert!(harness.query_by_label("Sam").is_some());
    assert!(shows(&harness, "4 days in a row"), "Sam shares a streak");
    assert!(shows(
        &harness,
        "Together: one day this week on which everyone practised; 30 min in all."
    ));
    let files: Vec<String> = std::fs::read_dir(shared.path())
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(files.len(), 2, "{files:?}");
    harness.get_by_label("Leave the cohort").click();
    settle(&mut harness);
    assert_eq!(
        std::fs::read_dir(shared.path()).map(|d| d.count()).unwrap_or(0),
        1,
        "only Ana's file went"
    );
    assert!(harness.query_by_label("Join").is_some());
}

#[test]
fn an_invitation_opened_late_joins_where_the_others_are_and_early_counts_down() {
    use stillpoint::cohort::Invitation;
    use stillpoint::timeline::millis;
    let at = |text: &str| {
        chrono::DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("{e}"))
            .with_timezone(&chrono::Utc)
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    // The wall clock reads 07:30:00 +01:00; the sit began at 07:28:30.
    harness.state_mut().open_invitation(Invitation {
        session: "silent-sit".into(),
        start: at("2026-11-24T07:28:30+01:00"),
        length: None,
        repeat: None,
    });
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    let position = |harness: &Harness<'static, StillpointApp>| {
        harness
            .state()
            .active
            .as_ref()
            .map(|a| millis(a.sitting.status.position, a.sitting.sample_rate))
            .unwrap_or_default()
    };
    assert_eq!(position(&harness), 90_000, "90 s late starts 90 s in");
    assert!(!shows(&harness, "First bell in"), "no settling countdown when joining");
    harness.get_by_label("End").click();
    harness.run();
    harness.get_by_label("End the session").click();
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert_eq!(harness.state().screen, Screen::End);
    harness.get_by_label("Done").click();
    harness.run();

    // Opened a minute early: a countdown, then the first bell on time.
    harness.state_mut().open_invitation(Invitation {
        session: "silent-sit".into(),
        start: at("2026-11-24T07:31:02+01:00"),
        length: None,
        repeat: None,
    });
    harness.run();
    assert_eq!(harness.state().screen, Screen::Waiting);
    assert!(
        shows(&harness, "First bell in 1:00"),
        "two seconds went by ending the first sit"
    );
    wait(&mut harness, &clock, Duration::from_secs(60));
    assert_eq!(harness.state().screen, Screen::Player);
    assert!(position(&harness) < 1_000, "{} ms", position(&harness));
}

#[test]
fn a_pause_bell_offers_the_pause_and_logs_only_when_taken() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.state_mut().settings.pause.enabled = true;
    harness.run();
    // The wall clock starts on Tuesday at 07:30; the first bell is 09:45.
    wait(&mut harness, &clock, Duration::from_secs(2 * 3600 + 14 * 60));
    assert!(harness.state().pause_offer.is_none());
    wait(&mut harness, &clock, Duration::from_secs(61));
    // The desktop is asked off the frame before the bell rings.
    settle(&mut harness);
    assert!(shows(&harness, "Would you like a three-minute pause?"));
    harness.get_by_label("Not now").click();
    harness.run();
    assert!(harness.state().pause_offer.is_none());
    assert!(!dir.path().join("practice-log.jsonl").exists(), "nothing logged");
    // The next, at 10:30: taken.
    wait(&mut harness, &clock, Duration::from_secs(45 * 60));
    settle(&mut harness);
    harness.get_by_label("Take the pause").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    assert_eq!(
        harness
            .state()
            .active
            .as_ref()
            .map(|a| a.sitting.session.id.as_str().to_owned()),
        Some("the-pause".to_owned())
    );
}

/// Opens "Sit together" on `session`'s page, with 08:00 as the time.
fn sit_together_at_eight(harness: &mut Harness<'static, StillpointApp>, session: &str) {
    harness.state_mut().screen = Screen::Session(session.into());
    harness.run();
    harness.get_by_label("Sit together").click();
    harness.run();
    harness.state_mut().sit_together.time = "08:00".into();
}

#[test]
fn an_invitation_made_on_a_session_page_is_opened_from_the_cohort_view() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    sit_together_at_eight(&mut harness, "the-pause");
    harness.get_by_label("Make an invitation").click();
    harness.run();
    // 08:00 at +01:00 on the 24th is 07:00 UTC.
    assert!(shows(&harness, "sit/the-pause/20261124T070000Z"));
    let code = harness
        .state()
        .sit_together
        .made
        .as_ref()
        .map(|(_, i)| i.code())
        .unwrap_or_default();
    harness.state_mut().screen = Screen::Cohort;
    harness.run();
    harness.state_mut().cohort_form.code = code;
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Waiting);
    assert!(shows(&harness, "First bell in 30:00"));
    harness.get_by_label("Not this time").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
    harness.state_mut().cohort_form.code = "sit/no-such-session/20261124T070000Z".into();
    harness.state_mut().screen = Screen::Cohort;
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert!(shows(&harness, "is not in your library"));
}

#[test]
fn an_invitation_is_added_to_the_calendar_from_the_session_page() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    // No desktop to hand the file to: opening fails, which is only a notice.
    let opened: Arc<Mutex<Vec<std::path::PathBuf>>> = Arc::default();
    let asked = opened.clone();
    harness.state_mut().open_file = Arc::new(move |path: &std::path::Path| {
        if let Ok(mut asked) = asked.lock() {
            asked.push(path.to_owned());
        }
        Err(std::io::Error::other("no desktop here"))
    });
    sit_together_at_eight(&mut harness, "the-pause");
    harness.get_by_label("repeat").click();
    harness.run();
    harness.get_by_label("every two weeks").click();
    harness.run();
    harness.state_mut().sit_together.count = 6;
    harness.get_by_label("Make an invitation").click();
    harness.run();
    // 08:00 at +01:00 on the 24th is 07:00 UTC.
    assert!(shows(&harness, "sit/the-pause/20261124T070000Z/every2w/x6"));
    assert!(shows(&harness, "It comes back every 2 weeks, 6 times"));
    harness.get_by_label("Add to calendar").click();
    harness.run();
    let file = dir.path().join("invitations").join("the-pause-20261124T070000Z.ics");
    let event = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    for line in [
        "SUMMARY:The pause",
        "DTSTART:20261124T070000Z",
        "DTEND:20261124T070300Z",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6",
        "UID:sit-the-pause-20261124T070000Z@stillpoint",
        // Stamped by the app's own clock.
        "DTSTAMP:20261124T063000Z",
    ] {
        assert!(event.lines().any(|l| l == line), "{line} in\n{event}");
    }
    let asked = opened.lock().map(|o| o.clone()).unwrap_or_default();
    assert_eq!(asked, std::slice::from_ref(&file), "handed to the desktop once");
    assert!(shows(&harness, &format!("Saved as {}", file.display())));
    assert!(shows(&harness, "could not be opened here (no desktop here)"));
}

#[test]
fn a_repeating_invitation_waits_for_its_next_sit_and_says_when_all_have_ended() {
    use stillpoint::cohort::{Invitation, Recurrence};
    let at = |text: &str| {
        chrono::DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("{e}"))
            .with_timezone(&chrono::Utc)
    };
    let daily = |start: &str| Invitation {
        session: "silent-sit".into(),
        start: at(start),
        length: None,
        repeat: Recurrence::from_every("1d", Some(3)).ok(),
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    // At 07:30 on the 24th, the second of three 20-minute sits at 07:00 is
    // over: the third, tomorrow, is next.
    harness.state_mut().open_invitation(daily("2026-11-23T07:00:00+01:00"));
    harness.run();
    assert_eq!(harness.state().screen, Screen::Waiting);
    assert!(shows(
        &harness,
        "Together, on Wednesday 25 November at 07:00 (sit 3 of 3)"
    ));
    assert!(shows(&harness, "First bell in 23:30:00"));
    harness.get_by_label("Not this time").click();
    harness.run();
    // All three were over on the 22nd.
    harness.state_mut().open_invitation(daily("2026-11-20T07:00:00+01:00"));
    harness.run();
    assert_eq!(harness.state().screen, Screen::Cohort);
    assert!(shows(
        &harness,
        "The last of these 3 sits ended on Sunday 22 November 2026 at 07:20"
    ));
    assert!(harness.state().active.is_none(), "nothing plays");
}

#[test]
fn an_open_ended_sit_is_not_put_in_a_calendar_without_an_end() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    sit_together_at_eight(&mut harness, "open-sit");
    harness.get_by_label("Make an invitation").click();
    harness.run();
    harness.get_by_label("Add to calendar").click();
    harness.run();
    assert!(shows(&harness, "\"Open sit\" is open-ended"));
    assert!(shows(&harness, "stillpoint invite open-sit --length"));
    assert!(!dir.path().join("invitations").exists(), "nothing written");
}

/// The first start says, once, what the practice is and is not; About says
/// it again beside the version.
#[test]
fn the_note_on_what_the_practice_is_shows_once_and_in_about() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run_steps(2);
    for paragraph in stillpoint::ui::care_note() {
        assert!(shows(&harness, &paragraph), "{paragraph}");
    }
    assert!(shows(&harness, "not therapy"));
    harness.get_by_label("Thank you").click();
    harness.run_steps(2);
    assert!(!shows(&harness, "not therapy"));
    assert!(harness.state().settings.care_note_read);
    // The library is all there, and the note does not come back.
    assert!(shows(&harness, "The pause"));
    harness.get_by_label("Settings").click();
    harness.run_steps(2);
    harness.get_by_label("Back to the library").click();
    harness.run_steps(2);
    assert!(!shows(&harness, "not therapy"));

    harness.get_by_label("About").click();
    harness.run_steps(2);
    assert!(shows(&harness, &format!("Version {}", stillpoint::VERSION)));
    assert!(shows(&harness, "not therapy"));
    assert!(shows(&harness, "stop at any time"));
    assert!(shows(&harness, "crisis line"));
    harness.get_by_label("Back to the library").click();
    harness.run_steps(2);
    assert!(shows(&harness, "The pause"));
}

/// Text in Chinese, Arabic and Thai shows as real letters: the carried
/// fonts and the system's are found as the text needs them, and any glyph
/// still missing fails the test instead of drawing a box.
#[test]
fn chinese_arabic_and_thai_show_as_real_letters() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "many-scripts.ron");
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |ctx, app| {
        ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
        app.install_fonts(ctx);
    });
    harness.run();
    assert!(shows(&harness, "暂停 — 三分钟的停顿"));
    harness.state_mut().screen = Screen::Session("many-scripts".into());
    harness.run();
    assert!(shows(&harness, "وقفة قصيرة مع التنفس"));
    harness.get_by_label("Start").click();
    harness.run();
    for (at, words) in [
        (5_500, "让双脚感受地面。"),
        (20_000, "اشعر بقدميك على الأرض."),
        (20_000, "รู้สึกถึงเท้าบนพื้น"),
    ] {
        wait(&mut harness, &clock, Duration::from_millis(at));
        assert!(shows(&harness, words), "{words}");
    }
    let missing = harness
        .state()
        .missing_fonts
        .as_ref()
        .map(|m| m.found())
        .unwrap_or_default();
    assert!(missing.is_empty(), "{missing:?}");
}

/// Settings lists each language by its own name, under a label that names
/// Language in every language; choosing Español turns the library Spanish.
#[test]
fn choosing_spanish_in_settings_turns_the_library_spanish() {
    use stillpoint::i18n::Language;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |_, app| {
        app.settings.language = Some(Language::English)
    });
    harness.run();
    harness.get_by_label("Settings").click();
    harness.run();
    assert!(shows(&harness, "Language · Idioma · 語言"));
    harness.get_by_label("Español").click();
    harness.run();
    assert_eq!(harness.state().settings.language, Some(Language::Spanish));
    assert!(shows(&harness, "Idioma · Language · 語言"));
    harness.get_by_label("Volver a la biblioteca").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
    for words in [
        "Temporizador rápido",
        "Mi práctica",
        "Ajustes",
        "Acerca de",
        "Duración",
        "Atención plena",
        "Compasión",
    ] {
        assert!(shows(&harness, words), "{words}");
    }
    assert!(!shows(&harness, "Quick timer"));
}

/// A pause bell in Traditional Chinese: the offer, then the pause played
/// with the player's controls and the time in the ring in Chinese.
#[test]
fn the_pause_plays_with_the_players_controls_in_traditional_chinese() {
    use stillpoint::i18n::Language;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |ctx, app| {
        app.install_fonts(ctx);
        app.settings.language = Some(Language::TraditionalChinese);
        app.settings.pause.enabled = true;
    });
    harness.run();
    // The wall clock starts on Tuesday at 07:30; the first bell is 09:45.
    wait(&mut harness, &clock, Duration::from_secs(2 * 3600 + 15 * 60));
    settle(&mut harness);
    assert!(shows(&harness, "想要一段三分鐘的暫停嗎？"));
    harness.get_by_label("暫停一下").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    assert!(shows(&harness, "停頓片刻"), "the pause's own Chinese version");
    assert!(shows(&harness, "0:05 後響起第一聲鐘"));
    wait(&mut harness, &clock, Duration::from_secs(6));
    for words in ["跳過這一步", "再一分鐘", "結束", "專注", "聲音", "還剩 4 分鐘"] {
        assert!(shows(&harness, words), "{words}");
    }
    harness.get_by_label("暫停").click();
    harness.run();
    wait(&mut harness, &clock, Duration::from_secs(1));
    assert!(shows(&harness, "已暫停"));
    harness.get_by_label("繼續").click();
    harness.run();
    wait(&mut harness, &clock, Duration::from_secs(1));
    assert!(!shows(&harness, "已暫停"));
    for words in ["Pause", "Skip step", "One more minute", "min left"] {
        assert!(!shows(&harness, words), "still in English: {words}");
    }
}

/// In Spanish the practice screen counts weeks from Monday, as Spain
/// does, and writes dates with Spanish month and weekday names.
#[test]
fn the_practice_screen_in_spanish_begins_weeks_on_monday() {
    use chrono::Datelike;
    use stillpoint::i18n::Language;
    use stillpoint::practice::{PracticeLog, Record};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // Sunday 22 November 2026; the wall clock reads Tuesday the 24th.
    let sunday = support::entry("sunday", "the-pause", "2026-11-22T07:00:00+01:00", 900);
    PracticeLog::at(dir.path().join("practice-log.jsonl"))
        .append(&[Record::Entry(sunday)])
        .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |_, app| {
        app.settings.language = Some(Language::Spanish)
    });
    harness.run();
    harness.get_by_label("Mi práctica").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Practice);
    // The heat map's columns and the chart's bars begin on a Monday, so
    // Sunday's session belongs to the week before this one.
    assert_eq!(
        harness.state().practice.stats.calendar.first_day.weekday(),
        chrono::Weekday::Mon
    );
    assert!(shows(&harness, "semana del 16 nov: 15 min; semana del 23 nov: 0 min"));
    assert!(shows(&harness, "Desde la semana del 7 de septiembre hasta esta"));
    assert!(shows(&harness, "dom 22 nov 2026, 07:00"));
    assert!(shows(&harness, "Tu primera sesión · 22 de noviembre de 2026"));
    assert!(shows(&harness, "Practicaste 1 de los últimos"));
    for words in ["My practice", "Minutes a week", "November", "week of"] {
        assert!(!shows(&harness, words), "still in English: {words}");
    }
}

/// A session of one's own in three languages: in Spanish the library and
/// the session's page show its Spanish version, and name the others.
#[test]
fn the_library_in_spanish_shows_a_sessions_spanish_version_and_its_other_languages() {
    use stillpoint::i18n::Language;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = DataDir::at(dir.path()).sessions();
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions/versions/good");
    for name in ["evening.ron", "evening.es.ron", "evening.zh-Hant.ron"] {
        std::fs::copy(fixtures.join(name), sessions.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |ctx, app| {
        app.install_fonts(ctx);
        app.settings.language = Some(Language::Spanish);
    });
    harness.run();
    assert!(shows(&harness, "Una tarde en calma"));
    assert!(shows(&harness, "Cinco minutos para dejar el día a un lado."));
    assert!(shows(&harness, "También en: English, 繁體中文"));
    assert!(
        !shows(&harness, "A quiet evening"),
        "the English original is not listed beside it"
    );
    // Found by its Spanish title.
    harness.get_by_role(egui::accesskit::Role::TextInput).focus();
    harness.run();
    harness.get_by_role(egui::accesskit::Role::TextInput).type_text("tarde");
    harness.run();
    harness.get_by_label("Una tarde en calma").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Session("evening".into()));
    assert!(shows(&harness, "Cinco minutos para dejar el día a un lado."));
    assert!(shows(&harness, "También en: English, 繁體中文"));
    // Practised in Spanish, it counts under its one id.
    harness.get_by_label("Empezar").click();
    harness.run();
    wait(&mut harness, &clock, Duration::from_secs(30));
    assert!(shows(&harness, "Llegar"), "the Spanish steps play");
    for _ in 0..6 {
        wait(&mut harness, &clock, Duration::from_secs(60));
    }
    assert_eq!(harness.state().screen, Screen::End);
    let logged = practice_log(dir.path());
    assert_eq!(logged.entries.len(), 1);
    assert_eq!(logged.entries[0].session_id.as_deref(), Some("evening"));
}

/// A line of glyphs drawn: each one's character and its left and right
/// edges on screen.
type DrawnLine = Vec<(char, f32, f32)>;

/// The lines drawn in `size`-point type, from the top.
fn drawn_lines(harness: &Harness<'static, StillpointApp>, size: f32) -> Vec<DrawnLine> {
    fn collect(shape: &egui::Shape, size: f32, out: &mut Vec<(f32, DrawnLine)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, size, out)),
            egui::Shape::Text(text)
                if text
                    .galley
                    .job
                    .sections
                    .first()
                    .is_some_and(|s| s.format.font_id.size == size) =>
            {
                for row in &text.galley.rows {
                    let glyphs = row
                        .glyphs
                        .iter()
                        // egui adds empty glyphs after a right-to-left run.
                        .filter(|g| g.advance_width > 0.0)
                        .map(|g| {
                            let left = text.pos.x + row.pos.x + g.pos.x;
                            (g.chr, left, left + g.advance_width)
                        })
                        .collect();
                    out.push((text.pos.y + row.pos.y, glyphs));
                }
            }
            _ => {}
        }
    }
    let mut lines = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, size, &mut lines);
    }
    lines.sort_by(|a, b| a.0.total_cmp(&b.0));
    lines.into_iter().map(|(_, glyphs)| glyphs).collect()
}

/// Arabic guidance is drawn as it is read: its first letter on the right
/// of its first line, its full stop on the left of its last, and every
/// line set against the right edge of the player, in a wide window and in
/// one narrow enough to wrap it.
#[test]
fn arabic_guidance_reads_from_the_right_and_is_set_against_the_right_edge() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "arabic-pause.ron");
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |ctx, app| app.install_fonts(ctx));
    harness.state_mut().screen = Screen::Session("arabic-pause".into());
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    // The settling countdown, then the first cue at 6 s, faded in.
    wait(&mut harness, &clock, Duration::from_millis(12_000));
    let cue = "يمكنك أن تضع ما في يديك جانبًا للحظة. لا بأس أن تبقى عيناك مفتوحتين.";
    assert!(shows(&harness, cue), "screen readers are given it in reading order");
    let rightmost = |line: &DrawnLine| line.iter().copied().max_by(|a, b| a.2.total_cmp(&b.2));
    let leftmost = |line: &DrawnLine| line.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1));
    for (window_width, line_count) in [(900.0, 1), (480.0, 2)] {
        harness.set_size(egui::vec2(window_width, 900.0));
        harness.run_steps(2);
        let lines = drawn_lines(&harness, 26.0);
        assert_eq!(lines.len(), line_count, "{lines:?}");
        assert_eq!(rightmost(&lines[0]).map(|g| g.0), cue.chars().next(), "{lines:?}");
        assert_eq!(
            leftmost(&lines[line_count - 1]).map(|g| g.0),
            cue.chars().last(),
            "{lines:?}"
        );
        for line in &lines {
            let right = rightmost(line).map_or(0.0, |g| g.2);
            assert!(
                // Against the right edge, inside the screen's margin.
                (window_width - 24.0 - stillpoint::ui::design::space::XL..=window_width).contains(&right),
                "a line ends at {right}"
            );
        }
    }
}

/// Words of English that are not also Spanish words: one of them on a
/// Spanish screen is a string that was not translated.
const ENGLISH_ONLY_WORDS: &[&str] = &[
    "the", "and", "you", "your", "with", "for", "this", "that", "what", "when", "start", "back", "settings",
    "practice", "session", "sessions", "today", "minutes", "week", "weeks", "open", "close", "play", "pause", "end",
    "done", "from", "into", "will", "been", "have", "not", "yet", "all", "of", "to", "in", "on", "at", "is", "it",
    "by", "or", "an", "search", "show", "hide", "about", "choose", "add", "remove", "save", "cancel", "edit", "delete",
    "yes", "time", "day", "days", "bell", "bells", "sound", "voice", "length", "any", "more", "less", "every", "each",
    "how", "who", "here", "there", "now", "later", "streak", "timer", "quick", "my", "own", "left", "off", "keep",
    "read", "aloud", "guidance", "step", "steps", "next", "first", "last", "folder", "file", "files", "new", "write",
    "volume", "light", "dark", "system", "text", "size", "motion", "seconds", "language", "ambient", "silence",
    "silent", "minute", "hour", "hours", "ended", "paused", "resume", "skip", "mute", "program", "lens", "self",
    "others", "together", "invite", "calendar",
];

/// Everything the screen says: each node's label and value.
fn visible_texts(harness: &Harness<'static, StillpointApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    harness
        .root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|text| !text.trim().is_empty())
        .collect()
}

/// The English words left on screen once the sessions' own words (their
/// content, in whatever language they are written) and names are taken out.
fn english_left(texts: &[String], exempt: &[String]) -> Vec<String> {
    texts
        .iter()
        .filter_map(|text| {
            // A line of a paragraph a session or program wrote.
            let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if exempt
                .iter()
                .any(|phrase| phrase.split_whitespace().collect::<Vec<_>>().join(" ").contains(&line))
            {
                return None;
            }
            // The end or the start of a name broken across two lines.
            let words_of = |s: &str| -> Vec<String> {
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            let words = words_of(text);
            if !words.is_empty()
                && exempt.iter().any(|phrase| {
                    let phrase = words_of(phrase);
                    phrase.len() > words.len() && (phrase.ends_with(&words) || phrase.starts_with(&words))
                })
            {
                return None;
            }
            let mut rest = text.clone();
            for phrase in exempt {
                rest = rest.replace(phrase.as_str(), " ");
            }
            let words: Vec<String> = rest
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .filter(|word| ENGLISH_ONLY_WORDS.contains(&word.as_str()))
                .collect();
            (!words.is_empty()).then(|| format!("{text:?} ({})", words.join(", ")))
        })
        .collect()
}

/// Sessions' own words and the names that stay as they are, longest
/// first so a title is taken out before a word inside it.
fn not_interface(library: &stillpoint::session::Library) -> Vec<String> {
    let mut exempt: Vec<String> =
        // Names, file names and commands, which stay as they are; and the
        // word "Language" beside "Idioma", for whoever cannot read Spanish.
        [
            "Stillpoint",
            "Compassionate Systems",
            "English",
            "espeak-ng",
            "Festival",
            "Insight Timer",
            "Apple Health",
            "program.md",
            "stillpoint new",
            "Language",
        ]
        .map(String::from)
        .into();
    for session in library.sessions_in("es").chain(library.sessions()) {
        exempt.extend([
            session.title.clone(),
            session.summary.clone(),
            session.description.clone(),
        ]);
        exempt.extend(session.description.split("\n\n").map(|p| p.trim().to_owned()));
        exempt.extend(session.tags.iter().cloned());
        exempt.push(session.author.clone());
        exempt.extend(session.ending.reflection.clone());
        for step in &session.steps {
            exempt.extend([step.title.clone(), step.guidance.clone()]);
            exempt.extend(step.cues.iter().map(|cue| cue.text.clone()));
        }
    }
    for program in library.programs() {
        exempt.extend([
            program.title.clone(),
            program.summary.clone(),
            program.description.clone(),
        ]);
        exempt.extend(program.description.split("\n\n").map(|p| p.trim().to_owned()));
        for module in &program.modules {
            exempt.extend([module.title.clone(), module.note.clone()]);
            exempt.extend(module.call_prompt.clone());
        }
    }
    exempt.retain(|text| !text.trim().is_empty());
    exempt.sort_by_key(|text| std::cmp::Reverse(text.len()));
    exempt
}

/// Every screen of the app in Spanish, from the library through a played
/// session to Settings: no word of the interface is left in English.
#[test]
fn every_screen_speaks_spanish_with_no_english_left() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app_with(dir.path(), &clock, |_, app| {
        app.settings.language = Some(stillpoint::i18n::Language::Spanish);
        // Settings then shows the voices too.
        app.settings.speak_guidance = true;
    });
    harness.run();
    let mut exempt = not_interface(&stillpoint::bundled::library(None, &FileProbe));
    exempt.insert(0, dir.path().join("sessions").display().to_string());
    let mut left = Vec::new();
    let mut look = |harness: &Harness<'static, StillpointApp>, screen: &str| {
        for text in english_left(&visible_texts(harness), &exempt) {
            left.push(format!("{screen}: {text}"));
        }
    };
    look(&harness, "library");
    let program = stillpoint::bundled::library(None, &FileProbe)
        .programs()
        .next()
        .map(|p| p.id.to_string());
    harness.state_mut().screen = Screen::Program(program.unwrap_or_default());
    harness.run();
    look(&harness, "program");
    harness.state_mut().screen = Screen::Session("the-pause".into());
    harness.run();
    look(&harness, "session page");
    harness.get_by_label(&stillpoint::t!("session-start")).click();
    harness.run();
    look(&harness, "settling");
    wait(&mut harness, &clock, Duration::from_secs(40));
    look(&harness, "player");
    harness.key_press(egui::Key::Space);
    harness.run_steps(2);
    look(&harness, "paused");
    harness.key_press(egui::Key::Space);
    harness.run_steps(2);
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    look(&harness, "ending early");
    harness.get_by_label(&stillpoint::t!("player-end-session")).click();
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert_eq!(harness.state().screen, Screen::End);
    look(&harness, "end screen");
    harness.get_by_label(&stillpoint::t!("player-done")).click();
    harness.run();
    for (screen, name) in [
        (Screen::Practice, "practice"),
        (Screen::Settings, "settings"),
        (Screen::Timer, "quick timer"),
        (Screen::Cohort, "cohort"),
        (Screen::About, "about"),
        (Screen::Authoring, "authoring"),
        (Screen::Welcome(WelcomeStep::WhatItIs), "welcome, what it is"),
        (Screen::Welcome(WelcomeStep::PracticeDay), "welcome, the practice day"),
        (Screen::Welcome(WelcomeStep::Desk), "welcome, the desk"),
    ] {
        harness.state_mut().screen = screen;
        harness.run();
        look(&harness, name);
    }
    assert!(left.is_empty(), "English on Spanish screens:\n{}", left.join("\n"));
}

/// The settings as the window stores them.
fn stored(settings: &Settings) -> String {
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, "stillpoint-settings", settings);
    storage.0.remove("stillpoint-settings").unwrap_or_default()
}

/// The app as the window starts it: its settings read from storage
/// holding `settings` (as stored) or, on a first start, nothing.
fn app_started(
    data: &std::path::Path,
    clock: &ManualClock,
    settings: Option<String>,
    synthesizer: Option<stillpoint::audio::speech::Synthesizer>,
) -> Harness<'static, StillpointApp> {
    let mut storage = MemoryStorage::default();
    if let Some(value) = settings {
        storage.0.insert("stillpoint-settings".to_owned(), value);
    }
    // The window lends its storage for the app's whole life; so does this.
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));
    let data = DataDir::at(data);
    let clock = clock.clone();
    Harness::builder()
        .with_size(egui::vec2(900.0, 900.0))
        .build_eframe(move |cc| {
            cc.storage = Some(storage);
            let library = stillpoint::bundled::library(Some(&data.sessions()), &FileProbe);
            StillpointApp::new(
                cc,
                AppSetup {
                    data,
                    library,
                    audio: AudioChoice::Manual(Arc::new(clock.clone())),
                    wall: Arc::new(WallFromClock(clock)),
                    start_with: None,
                    invitation: None,
                    synthesizer,
                },
            )
        })
}

#[test]
fn the_welcome_comes_only_on_a_first_start() {
    let check = |settings: Option<&str>, expected: Screen| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut harness = app_started(dir.path(), &ManualClock::default(), settings.map(String::from), None);
        harness.run();
        assert_eq!(harness.state().screen, expected, "stored: {settings:?}");
    };
    // Nothing stored: a new install.
    check(None, Screen::Welcome(WelcomeStep::WhatItIs));
    // Settings from before the welcome existed, without its field: someone
    // who has used Stillpoint before.
    check(Some("(theme: Dark)"), Screen::Library);
    check(Some("()"), Screen::Library);
    // Settings that cannot be read still belonged to someone.
    check(Some("not settings"), Screen::Library);
    check(
        Some(&stored(&Settings::first_start())),
        Screen::Welcome(WelcomeStep::WhatItIs),
    );
    check(Some(&stored(&Settings::default())), Screen::Library);
}

#[test]
fn the_welcome_done_keeps_its_choices_and_does_not_come_back() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let synthesizer = stand_in_synthesizer(dir.path(), "exit 0");
    let mut harness = app_started(dir.path(), &clock, None, Some(synthesizer));
    harness.run();
    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::WhatItIs));
    assert!(shows(&harness, "1 of 3"));
    assert!(shows(&harness, "Welcome to Stillpoint"));
    for paragraph in stillpoint::ui::care_note() {
        assert!(shows(&harness, &paragraph), "{paragraph}");
    }
    harness.get_by_label("Continue").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::PracticeDay));
    assert!(shows(&harness, "2 of 3"));
    assert!(
        harness.state().settings.care_note_read,
        "the note was on the first screen"
    );

    harness
        .get_by_role(egui::accesskit::Role::Slider)
        .set_value_accesskit(5.0);
    harness.run();
    harness
        .get_by_label("Show streaks, the days in a row you have practised")
        .click();
    harness.run();
    harness.get_by_label("Continue").click();
    harness.run();
    let rules = harness.state().practice.rules;
    assert_eq!((rules.day_start_hour, rules.show_streaks), (5, false));
    // Kept with the practice log, where the command line reads them too.
    let kept = stillpoint::practice::PracticeRules::load(&DataDir::at(dir.path()).practice_rules());
    assert_eq!(kept, rules);

    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::Desk));
    assert!(shows(&harness, "3 of 3"));
    assert!(shows(
        &harness,
        "Every 45 minutes from 9:00 until 17:00, Monday to Friday."
    ));
    harness.get_by_label("Ring bells at the desk").click();
    harness
        .get_by_label("Read the guidance aloud where a session has no recording of its own")
        .click();
    harness.run();
    harness.get_by_label("Begin").click();
    harness.run();
    let settings = harness.state().settings.clone();
    assert!(settings.pause.enabled && settings.speak_guidance && settings.speech_offered);
    assert!(settings.welcome_done);
    assert_eq!(harness.state().screen, Screen::Library);
    assert!(shows(&harness, "The pause"));
    assert!(!shows(&harness, "not therapy"), "the note counts as read");

    // The next start, with the settings as stored: the library, and the
    // choices as they were left.
    drop(harness);
    let mut harness = app_started(dir.path(), &clock, Some(stored(&settings)), None);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
    assert!(!shows(&harness, "Welcome to Stillpoint"));
    assert_eq!(harness.state().settings, settings);
    assert_eq!(harness.state().practice.rules, rules);
}

#[test]
fn the_welcome_skipped_keeps_the_defaults_and_does_not_come_back() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app_started(dir.path(), &clock, None, None);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::WhatItIs));
    harness.get_by_label("Skip").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
    assert_eq!(harness.state().settings, Settings::default());
    assert_eq!(harness.state().practice.rules, Default::default());
    assert!(!DataDir::at(dir.path()).practice_rules().exists());
    // Skipped unread, the note on what the practice is still shows once.
    assert!(shows(&harness, "not therapy"));

    let settings = harness.state().settings.clone();
    drop(harness);
    let mut harness = app_started(dir.path(), &clock, Some(stored(&settings)), None);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);

    // Skipped on a later screen: what that screen showed is not kept, what
    // came before is.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_started(dir.path(), &clock, None, None);
    harness.run();
    harness.get_by_label("Continue").click();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::Slider)
        .set_value_accesskit(7.0);
    harness.run();
    harness.get_by_label("Skip").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
    assert_eq!(harness.state().practice.rules.day_start_hour, 3);
    assert!(harness.state().settings.care_note_read && harness.state().settings.welcome_done);
    assert!(!shows(&harness, "not therapy"));
}

#[test]
fn the_library_shows_cards_and_continue_opens_the_next_session_of_the_program() {
    use stillpoint::practice::{PracticeLog, Record};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let practised =
        |session: &str, at: &str| Record::Entry(support::entry(&format!("{session}-{at}"), session, at, 300));
    // The program's first module practised through, the breath twice.
    PracticeLog::at(dir.path().join("practice-log.jsonl"))
        .append(&[
            practised("arriving-with-the-breath", "2026-11-22T07:00:00+01:00"),
            practised("arriving-with-the-breath", "2026-11-23T07:00:00+01:00"),
            practised("the-pause", "2026-11-24T07:00:00+01:00"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    // Each card: its length, its lens, and whether it has been practised.
    assert!(shows(&harness, "practised 2 times"));
    assert!(shows(&harness, "3m · self lens · practised once"));
    assert!(shows(&harness, "not practised yet"));
    // The shelf: the program's next session, and the pause (practised last,
    // so offered once, as the pause).
    assert!(harness.query_by_label("A pause, any time: The pause").is_some());
    assert!(harness.query_by_label("Practised last: The pause").is_none());
    press(&mut harness, "Next in The first cycle: Before the students arrive");
    assert_eq!(
        harness.state().screen,
        Screen::Session("before-the-students-arrive".into())
    );
}

#[test]
fn the_library_follows_practice_logged_while_it_is_open() {
    use stillpoint::practice::{PracticeLog, Record};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(!shows(&harness, "practised once"));
    assert!(
        harness
            .query_by_label("Practised last: Arriving with the breath")
            .is_none()
    );
    // Practised in the terminal, while the window is open: the cards, the
    // shelf and the program follow the log as it is now.
    PracticeLog::at(dir.path().join("practice-log.jsonl"))
        .append(&[Record::Entry(support::entry(
            "breath-1",
            "arriving-with-the-breath",
            "2026-11-24T07:00:00+01:00",
            300,
        ))])
        .unwrap_or_else(|e| panic!("{e}"));
    harness.run();
    assert!(shows(&harness, "5m · self lens · practised once"));
    assert!(harness.query_by_label("Next in The first cycle: The pause").is_some());
    // Offered once: not again as the pause any time.
    assert!(harness.query_by_label("A pause, any time: The pause").is_none());
    assert!(shows(&harness, "1 of "));
}

#[test]
fn searching_puts_the_shelf_away_and_keeps_the_cards_that_match() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    assert!(harness.query_by_label("A pause, any time: The pause").is_some());
    harness.state_mut().library_form.search = "pause".into();
    harness.run();
    assert!(harness.query_by_label("A pause, any time: The pause").is_none());
    assert!(harness.query_by_label("The pause").is_some());
    assert!(harness.query_by_label("Body scan").is_none());
}

#[test]
fn the_ring_breathes_in_over_half_a_breath_and_out_over_the_other_half() {
    use stillpoint::ui::player_view::breath_fullness;
    let cycle = 10_000;
    assert!(breath_fullness(0, cycle) < 0.001);
    assert!((breath_fullness(2_500, cycle) - 0.5).abs() < 0.001);
    assert!((breath_fullness(5_000, cycle) - 1.0).abs() < 0.001);
    assert!((breath_fullness(7_500, cycle) - 0.5).abs() < 0.001);
    // The next breath begins where the first did.
    assert!((breath_fullness(12_500, cycle) - breath_fullness(2_500, cycle)).abs() < 0.001);
    // In, then out: rising through the first half, falling through the second.
    assert!(breath_fullness(2_000, cycle) < breath_fullness(3_000, cycle));
    assert!(breath_fullness(7_000, cycle) > breath_fullness(8_000, cycle));
}

#[test]
fn arriving_with_the_breath_asks_the_ring_to_breathe() {
    let library = stillpoint::bundled::library(None, &FileProbe);
    let arriving = library
        .sessions()
        .find(|s| s.id.as_str() == "arriving-with-the-breath")
        .unwrap_or_else(|| panic!("the bundled breath"));
    assert_eq!(arriving.breath.map(|b| b.as_millis()), Some(10_000));
    assert!(
        library.sessions().any(|s| s.breath.is_none()),
        "a session may ask for none"
    );
}

/// A session begins in two presses: its card, then Start, which stands on
/// the page's first view (however long the session's description) as its
/// one primary button, and starts the session shown, at the length chosen.
#[test]
fn a_sessions_page_has_start_in_view_and_it_starts_that_session() {
    use egui_kittest::kittest::NodeT;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let height = 640.0;
    let wall = Arc::new(WallFromClock(clock.clone()));
    let mut harness = app::app_on(
        dir.path(),
        egui::vec2(900.0, height),
        Arc::new(clock.clone()),
        wall,
        |_, app| app.settings.care_note_read = true,
    );
    harness.run();
    let bundled = stillpoint::bundled::library(None, &FileProbe);
    let ids: Vec<String> = bundled
        .sessions()
        .filter(|s| s.language == "en")
        .map(|s| s.id.as_str().to_owned())
        .collect();
    assert!(ids.len() > 10, "the bundled program");
    for id in &ids {
        harness.state_mut().screen = Screen::Session(id.clone());
        harness.run();
        let starts: Vec<_> = harness.get_all_by_label("Start").collect();
        assert_eq!(starts.len(), 1, "{id}: one Start");
        let rect = starts[0].rect();
        assert!(rect.bottom() <= height, "{id}: Start below the first view, at {rect:?}");
        assert!(
            starts[0].accesskit_node().role() == egui::accesskit::Role::Button,
            "{id}"
        );
    }
    // A flexible session starts at the length chosen on its page.
    harness.state_mut().screen = Screen::Session("open-awareness".into());
    harness.run();
    harness.state_mut().chosen_minutes.insert("open-awareness".into(), 12);
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    let playing = harness.state().active.as_ref().map(|a| {
        let rate = a.sitting.sample_rate;
        let end = stillpoint::audio::output::lock(a.sitting.player.engine())
            .playback()
            .timeline()
            .end_frame;
        (
            a.sitting.session.id.as_str().to_owned(),
            end.map(|e| stillpoint::timeline::millis(e, rate)),
        )
    });
    let (id, end) = playing.unwrap_or_else(|| panic!("nothing playing"));
    assert_eq!(id, "open-awareness");
    assert!(
        end.is_some_and(|ms| (12 * 60_000..13 * 60_000).contains(&ms)),
        "twelve minutes and the closing bell: {end:?}"
    );
}

/// Presses Tab until the control named `label` has the keyboard's focus;
/// returns where it is.
fn tab_to(harness: &mut Harness<'static, StillpointApp>, label: &str) -> egui::Rect {
    use egui_kittest::kittest::NodeT;
    for _ in 0..200 {
        harness.key_press(egui::Key::Tab);
        harness.run_steps(2);
        if let Some(node) = harness.query_by(|n| n.is_focused())
            && node.accesskit_node().label().as_deref() == Some(label)
        {
            return node.rect();
        }
    }
    panic!("Tab never reached {label:?}")
}

/// The design's focus ring drawn around `rect`, if any: a 2-point line
/// in the accent, the rounded rectangle it follows.
fn focus_ring_around(harness: &Harness<'static, StillpointApp>, rect: egui::Rect) -> Option<egui::Rect> {
    use stillpoint::ui::design;
    let accent = design::current(&harness.ctx).accent;
    harness.output().shapes.iter().find_map(|clipped| match &clipped.shape {
        egui::Shape::Rect(shape)
            if shape.stroke.width == design::FOCUS_RING_WIDTH
                && shape.stroke.color == accent
                && shape.rect.contains_rect(rect) =>
        {
            Some(shape.rect)
        }
        _ => None,
    })
}

/// The welcome's main button, reached with Tab, shows that it is, and
/// Return and Space press it as they would any button.
#[test]
fn the_welcome_is_walked_through_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app_started(dir.path(), &clock, None, None);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::WhatItIs));
    assert_eq!(
        focus_ring_around(&harness, harness.get_by_label("Continue").rect()),
        None
    );
    let continue_at = tab_to(&mut harness, "Continue");
    assert!(
        focus_ring_around(&harness, continue_at).is_some(),
        "no ring around Continue"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::PracticeDay));
    tab_to(&mut harness, "Continue");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Welcome(WelcomeStep::Desk));
    tab_to(&mut harness, "Begin");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Library);
}

/// A card in the library, reached with Tab, is ringed whole and brought
/// into view, and Return or Space opens its session: on the shelf the
/// card is the control, in the groups its title is.
#[test]
fn a_library_card_is_opened_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    let shelf = "A pause, any time: The pause";
    assert_eq!(focus_ring_around(&harness, harness.get_by_label(shelf).rect()), None);
    let card = tab_to(&mut harness, shelf);
    let ring = focus_ring_around(&harness, card).unwrap_or_else(|| panic!("no ring around {card:?}"));
    assert!((ring.size() - card.size()).length() < 1.0, "{ring:?} around {card:?}");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Session("the-pause".into()));

    harness.state_mut().screen = Screen::Library;
    harness.run();
    let title = tab_to(&mut harness, "Body scan");
    let ring = focus_ring_around(&harness, title).unwrap_or_else(|| panic!("no ring around {title:?}"));
    assert!(
        ring.height() > title.height() + 2.0 * stillpoint::ui::design::space::M,
        "the ring is around the card, not its title: {ring:?}"
    );
    assert!(
        ring.bottom() <= 900.0 && ring.top() >= 0.0,
        "the card is brought into view: {ring:?}"
    );
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Session("body-scan".into()));
}

/// A card of a session written right to left has its title and summary
/// set against the right edge, on the side of its band; its length and
/// the like, in the interface's words, read as the interface does.
#[test]
fn an_arabic_sessions_card_is_set_against_the_right() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture_session(dir.path(), "arabic-pause.ron");
    let clock = ManualClock::default();
    // A window tall enough for the whole library, the user's own sessions
    // at its end in view.
    let wall = Arc::new(WallFromClock(clock.clone()));
    let mut harness = app::app_on(
        dir.path(),
        egui::vec2(900.0, 4000.0),
        Arc::new(clock.clone()),
        wall,
        |_, _| {},
    );
    harness.run();
    let arabic = |line: &DrawnLine| line.iter().any(|g| ('\u{0600}'..='\u{06FF}').contains(&g.0));
    let right = |line: &DrawnLine| line.iter().map(|g| g.2).fold(f32::MIN, f32::max);
    let left = |line: &DrawnLine| line.iter().map(|g| g.1).fold(f32::MAX, f32::min);
    let body = stillpoint::ui::design::size::BODY;
    let titles: Vec<DrawnLine> = drawn_lines(&harness, body + 1.0).into_iter().filter(arabic).collect();
    let summary: Vec<DrawnLine> = drawn_lines(&harness, body).into_iter().filter(arabic).collect();
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(!summary.is_empty(), "no summary drawn");
    let facts = drawn_lines(&harness, stillpoint::ui::design::size::SMALL)
        .into_iter()
        .find(|line| line.iter().map(|g| g.0).collect::<String>().starts_with("3m"))
        .unwrap_or_else(|| panic!("no length drawn"));
    // The summary's lines, the last one short, end where the title does,
    // and the title, short too, stands away from the left.
    let edge = right(&titles[0]);
    for line in &summary {
        assert!(
            (right(line) - edge).abs() < 1.0,
            "a line ends at {}, the title at {edge}",
            right(line)
        );
    }
    assert!(left(&titles[0]) > left(&facts) + 50.0, "the title at the left edge");
}

/// The bundled session `id` in English, from the app's library.
fn in_english(harness: &Harness<'static, StillpointApp>, id: &str) -> stillpoint::session::Session {
    harness
        .state()
        .library
        .session_in(id, "en")
        .cloned()
        .unwrap_or_else(|| panic!("{id} is bundled"))
}

/// The module's questions as the session playing asks them.
fn asked_in_the_player(harness: &Harness<'static, StillpointApp>) -> Vec<String> {
    harness
        .state()
        .active
        .as_ref()
        .map(|active| module_questions(&active.sitting.session))
        .unwrap_or_default()
}

#[test]
fn the_call_asks_the_question_of_the_module_in_progress() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    let call = in_english(&harness, "contemplative-call");
    harness.state_mut().start(call, None);
    harness.run();
    let asked = asked_in_the_player(&harness);
    // Nothing practised yet: the first module is the one in progress.
    assert_eq!(
        asked,
        ["Where did a pause, or a breath, find you in these two weeks?"; 2]
    );
}

#[test]
fn the_journaling_session_writes_to_the_modules_question_of_the_day() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = ManualClock::default();
    let mut harness = app(dir.path(), &clock);
    harness.run();
    let journaling = in_english(&harness, "reflective-journaling");
    assert_eq!(
        module_questions(&journaling).len(),
        1,
        "one cue asks the module's question"
    );
    let of_the_day = harness.state().practice.module_prompt();
    harness.state_mut().start(journaling, None);
    harness.run();
    let asked = asked_in_the_player(&harness);
    // The first module's prompts, one a day in turn.
    let first_module = [
        "What helped you arrive today, even a little?",
        "When in the day did your practice find a place?",
    ];
    assert_eq!(asked.len(), 1);
    assert_eq!(Some(&asked[0]), of_the_day.as_ref());
    assert!(first_module.contains(&asked[0].as_str()), "{asked:?}");
}

/// Settings → Your computers: linking this computer to the folder another
/// already writes to shows that computer and its practice, counted in this
/// window; unlinking stops reading it.
#[test]
fn your_computers_in_settings_link_this_one_and_show_the_others() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (share, home, school) = (
        root.path().join("sync"),
        root.path().join("home"),
        root.path().join("school"),
    );
    let note = "a quiet evening at home";
    support::ok(
        &home,
        &[
            "log",
            "add",
            "--start",
            "2026-11-20T19:00:00+01:00",
            "--minutes",
            "15",
            "--note",
            note,
        ],
    );
    support::ok(&home, &["devices", "link", &share.to_string_lossy(), "--name", "Home"]);
    let clock = ManualClock::default();
    let mut harness = app(&school, &clock);
    harness.state_mut().screen = Screen::Settings;
    harness.run();
    assert!(shows(&harness, "Practise on more than one computer?"));
    for (field, text) in [
        ("The shared folder", share.to_string_lossy().into_owned()),
        ("This computer's name", "School laptop".to_owned()),
    ] {
        let input = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, field);
        input.focus();
        input.type_text(&text);
        harness.run();
    }
    press(&mut harness, "Link this computer");
    assert!(shows(&harness, "School laptop (this computer)"), "not linked");
    assert!(shows(&harness, "Home"));
    assert!(shows(&harness, "1 entry, last wrote"));
    let entries = &harness.state().practice.loaded.entries;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].note.as_deref(), Some(note));
    press(&mut harness, "Unlink this computer");
    assert!(shows(&harness, "Unlinked."));
    assert!(harness.state().practice.loaded.entries.is_empty());
}
