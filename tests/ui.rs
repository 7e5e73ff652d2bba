//! The desktop app driven through egui_kittest: the real app, no window,
//! no sound device, and a clock the test moves by hand (no sleeps).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stillpoint::audio::FileProbe;
use stillpoint::audio::output::Clock;
use stillpoint::paths::DataDir;
use stillpoint::ui::{AppSetup, AudioChoice, Screen, StillpointApp};

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

fn app(data: &std::path::Path, clock: &ManualClock) -> Harness<'static, StillpointApp> {
    let data = DataDir::at(data);
    let clock = clock.clone();
    Harness::builder()
        .with_size(egui::vec2(900.0, 900.0))
        .build_eframe(move |_cc| {
            let library = stillpoint::bundled::library(Some(&data.sessions()), &FileProbe);
            StillpointApp::with_settings(
                AppSetup {
                    data,
                    library,
                    audio: AudioChoice::Manual(Arc::new(clock)),
                    start_with: None,
                },
                Default::default(),
            )
        })
}

/// Whether any text on screen contains `text` (a label and its text runs
/// may both hold it).
fn shows(harness: &Harness<'static, StillpointApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Moves the clock on and lets the app catch up.
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
    harness.get_by_label("The pause").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Session("the-pause".into()));
    assert!(shows(&harness, "Three minutes to stop"));
    harness.get_by_label("Start").click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Player);
    // The settling countdown, then the first step.
    assert!(shows(&harness, "First bell in 0:05"));
    assert!(!shows(&harness, "No sound device"));
    wait(&mut harness, &clock, Duration::from_secs(6));
    assert!(harness.query_by_label("Stop").is_some(), "the first step's title");
    assert!(shows(&harness, "You might let yourself stop here."));
    assert!(shows(&harness, "3:07 left"), "three minutes and the closing ring-out");

    harness.key_press(egui::Key::Space);
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(30));
    let paused_at = harness.state().active.as_ref().map(|a| a.status.position);
    assert!(shows(&harness, "paused"));
    wait(&mut harness, &clock, Duration::from_secs(30));
    assert_eq!(
        harness.state().active.as_ref().map(|a| a.status.position),
        paused_at,
        "a pause stops time"
    );
    harness.get_by_label("Resume").click();
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert!(!shows(&harness, "paused"));

    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert!(
        harness.query_by_label("Breathe").is_some(),
        "skipped to the second step"
    );

    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    harness.get_by_label("End the session").click();
    harness.run_steps(2);
    wait(&mut harness, &clock, Duration::from_secs(2));
    assert_eq!(harness.state().screen, Screen::End);
    assert!(shows(&harness, "Session ended"));
    assert!(shows(&harness, "how do you want to meet the next hour?"));
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
            stillpoint::audio::output::lock(a.player.engine())
                .playback()
                .timeline()
                .clone()
        })
        .unwrap_or_else(|| panic!("no session"));
    let bells: Vec<u64> = timeline
        .events
        .iter()
        .filter(|e| e.cue.kind() == "bell")
        .map(|e| e.at_frame / 48_000)
        .collect();
    assert_eq!(
        bells,
        [0, 300, 600, 605, 610],
        "opening bell, one interval bell, three closing strikes"
    );
}
