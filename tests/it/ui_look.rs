//! The app's settings survive being saved, its text is readable in both
//! themes, and its screens keep to their columns: a reading width in a
//! wide window, the window's edge in a narrow one, where its dialogs fit
//! too.

use crate::support::app;
use crate::support::practice;
use crate::support::storage;
use storage::MemoryStorage;

use stillpoint::settings::{Settings, Theme};

#[test]
fn settings_come_back_as_they_were_saved() {
    let mut settings = Settings {
        theme: Theme::Light,
        text_scale: 1.4,
        reduced_motion: true,
        timer_bell: "gong".into(),
        ..Default::default()
    };
    settings.volumes.ambient = 0.3;
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, "stillpoint-settings", &settings);
    let back: Option<Settings> = eframe::get_value(&storage, "stillpoint-settings");
    assert_eq!(back, Some(settings));
    // Settings written by an older Stillpoint, with fields missing, still load.
    storage.set_string_raw("(theme: Dark)");
    let old: Option<Settings> = eframe::get_value(&storage, "stillpoint-settings");
    assert_eq!(old.map(|s| (s.theme, s.text_scale)), Some((Theme::Dark, 1.0)));
}

trait Raw {
    fn set_string_raw(&mut self, value: &str);
}

impl Raw for MemoryStorage {
    fn set_string_raw(&mut self, value: &str) {
        eframe::Storage::set_string(self, "stillpoint-settings", value.to_owned());
    }
}

use stillpoint::ui::design::contrast;

#[test]
fn text_is_readable_in_both_themes() {
    for visuals in [
        stillpoint::ui::visuals(egui::Theme::Light),
        stillpoint::ui::visuals(egui::Theme::Dark),
    ] {
        let background = stillpoint::ui::design::window_background(&visuals);
        let text = contrast(visuals.text_color(), background);
        let weak = contrast(visuals.weak_text_color(), background);
        assert!(
            text >= 7.0,
            "text contrast {text:.1} (dark mode: {})",
            visuals.dark_mode
        );
        assert!(
            weak >= 4.5,
            "weak text contrast {weak:.1} (dark mode: {})",
            visuals.dark_mode
        );
    }
}

/// A clock that never moves: nothing here waits.
struct StillClock;

impl stillpoint::audio::output::Clock for StillClock {
    fn now(&self) -> std::time::Duration {
        std::time::Duration::ZERO
    }
}

struct Morning;

impl stillpoint::practice::WallClock for Morning {
    fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-11-24T07:30:00+01:00").unwrap_or_default()
    }
}

use egui_kittest::Harness;
use stillpoint::ui::{Screen, StillpointApp};

/// The app in a window `width` by `height` on a data folder with some
/// practice in its log (so My practice has a history and a calendar) and a
/// session file with a mistake (so Authoring has a problem to show).
fn app_sized(data: &std::path::Path, width: f32, height: f32) -> Harness<'static, StillpointApp> {
    use stillpoint::practice::{PracticeLog, Record};
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        sessions.join("evening.ron"),
        "Session(format: 1, id: \"evening\", title: \"Evening\", summary: \"S\",\n    domain: \"mindfulnes\", steps: [Step(title: \"Sit\", duration: \"5m\", guidance: \"Sit.\")])",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut noted = practice::entry("noted", "body-scan", "2026-11-23T07:00:00+01:00", 900);
    noted.note = Some("Warm hands, and the breath slow for a while after.".into());
    PracticeLog::at(data.join("practice-log.jsonl"))
        .append(&[
            Record::Entry(practice::entry("first", "the-pause", "2026-11-20T07:00:00+01:00", 180)),
            Record::Entry(noted),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
    app::app_on(
        data,
        egui::vec2(width, height),
        std::sync::Arc::new(StillClock),
        std::sync::Arc::new(Morning),
        |_, app| app.settings.care_note_read = true,
    )
}

/// The screens drawn in a column, each with the widest its column grows.
fn paged_screens() -> Vec<(Screen, f32)> {
    use stillpoint::ui::design::space::{READING_WIDTH, WIDE_WIDTH};
    vec![
        (Screen::Session("body-scan".into()), READING_WIDTH),
        (Screen::Session("open-awareness".into()), READING_WIDTH),
        (Screen::Program("first-cycle".into()), READING_WIDTH),
        (Screen::Timer, READING_WIDTH),
        (Screen::Settings, READING_WIDTH),
        (Screen::Cohort, READING_WIDTH),
        (Screen::About, READING_WIDTH),
        (Screen::Practice, WIDE_WIDTH),
        (Screen::Authoring, WIDE_WIDTH),
    ]
}

/// What the screen shows that a reader sees or presses: (what, where).
fn shown(harness: &Harness<'static, StillpointApp>) -> Vec<(String, egui::Rect)> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT, Queryable};
    const SEEN: [Role; 9] = [
        Role::Label,
        Role::Button,
        Role::Link,
        Role::CheckBox,
        Role::Slider,
        Role::TextInput,
        Role::ComboBox,
        Role::Image,
        Role::SpinButton,
    ];
    harness
        .query_all_by(|n| SEEN.contains(&n.role()))
        .map(|n| {
            let node = n.accesskit_node();
            let what = format!(
                "{:?} {:?}",
                node.role(),
                node.label().or(node.value()).unwrap_or_default()
            );
            (what, n.rect())
        })
        .collect()
}

/// Shows `screen` and returns what it shows.
fn on(harness: &mut Harness<'static, StillpointApp>, screen: &Screen) -> Vec<(String, egui::Rect)> {
    harness.state_mut().screen = screen.clone();
    harness.run();
    let seen = shown(harness);
    assert!(!seen.is_empty(), "{screen:?} shows nothing");
    seen
}

/// In a wide window every word and control of a screen stands in one
/// column, no wider than the screen's measure and centred, so a line
/// stays easy to follow and the margins match from screen to screen.
#[test]
fn a_screens_words_keep_to_a_centred_column_in_a_wide_window() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let window = 1600.0;
    let mut harness = app_sized(dir.path(), window, 1000.0);
    harness.run();
    let mut outside = Vec::new();
    for (screen, width) in paged_screens() {
        let (left, right) = ((window - width) / 2.0, (window + width) / 2.0);
        let seen = on(&mut harness, &screen);
        for (what, rect) in &seen {
            if rect.left() < left - 0.5 || rect.right() > right + 0.5 {
                outside.push(format!("{screen:?}: {what} at {rect:?}, column {left}..{right}"));
            }
        }
        // The column's first control, the way back, stands at its left edge.
        let back = seen
            .iter()
            .find(|(what, _)| what.ends_with("\"Back to the library\""))
            .unwrap_or_else(|| panic!("{screen:?} has no way back"));
        assert!((back.1.left() - left).abs() < 1.0, "{screen:?}: back at {:?}", back.1);
    }
    assert!(outside.is_empty(), "outside the column:\n{}", outside.join("\n"));
}

/// In a narrow window nothing runs past the window's edge: words wrap,
/// charts and rows of controls shrink or wrap to the room there is.
#[test]
fn every_screen_fits_a_narrow_window() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let window = 420.0;
    let mut harness = app_sized(dir.path(), window, 900.0);
    harness.run();
    let mut clipped = Vec::new();
    for (screen, _) in paged_screens() {
        for (what, rect) in on(&mut harness, &screen) {
            if rect.right() > window + 0.5 || rect.left() < -0.5 {
                clipped.push(format!("{screen:?}: {what} at {rect:?}"));
            }
        }
    }
    assert!(clipped.is_empty(), "past the window's edge:\n{}", clipped.join("\n"));
}

/// The questions put over the screen: each with what shows the screen it
/// is asked over, and what asks it.
type Dialog = (&'static str, fn(&mut StillpointApp), fn(&mut StillpointApp));

fn dialogs() -> Vec<Dialog> {
    use stillpoint::practice::WallClock;
    fn about(app: &mut StillpointApp) {
        app.screen = Screen::About;
    }
    fn play_the_pause(app: &mut StillpointApp) {
        let pause = app.library.sessions().find(|s| s.id.as_str() == "the-pause").cloned();
        app.start(pause.unwrap_or_else(|| panic!("the pause is bundled")), None);
    }
    vec![
        ("the pause bell's offer", about, |app| {
            app.pause_offer = Some(stillpoint::pause::PauseOffer { rang_at: Morning.now() });
        }),
        ("the keyboard's help", about, |app| app.show_help = true),
        ("ending early", play_the_pause, |app| {
            if let Some(active) = app.active.as_mut() {
                active.form.confirm_end = true;
            }
        }),
        ("hearing the guidance", play_the_pause, |app| {
            if let Some(active) = app.active.as_mut() {
                active.offering_speech = true;
            }
        }),
    ]
}

/// A dialog in a narrow window keeps inside it, its card's margins and
/// all: its words wrap and its answers go on to a second row.
#[test]
fn every_dialog_fits_a_narrow_window() {
    use stillpoint::ui::design::space::L;
    let window = 420.0;
    // The card's margin, on either side of what it shows.
    let (left, right) = (L, window - L);
    let mut clipped = Vec::new();
    for (dialog, beneath, open) in dialogs() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut harness = app_sized(dir.path(), window, 700.0);
        harness.run();
        beneath(harness.state_mut());
        harness.run();
        let before: Vec<String> = shown(&harness).into_iter().map(|(what, _)| what).collect();
        open(harness.state_mut());
        harness.run();
        // What the dialog shows: what the screen beneath did not.
        let seen: Vec<_> = shown(&harness)
            .into_iter()
            .filter(|(what, _)| !before.contains(what))
            .collect();
        assert!(
            seen.iter().any(|(what, _)| what.starts_with("Button")),
            "{dialog}: no answers in {seen:?}"
        );
        for (what, rect) in seen {
            if rect.right() > right + 0.5 || rect.left() < left - 0.5 {
                clipped.push(format!("{dialog}: {what} at {rect:?}, room {left}..{right}"));
            }
        }
    }
    assert!(clipped.is_empty(), "past the window's edge:\n{}", clipped.join("\n"));
}

/// The player in a narrow window: its controls wrap to a second row
/// rather than run past the edge.
#[test]
fn the_player_fits_a_narrow_window() {
    let window = 420.0;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut harness = app_sized(dir.path(), window, 700.0);
    harness.run();
    let pause = harness
        .state()
        .library
        .sessions()
        .find(|s| s.id.as_str() == "the-pause")
        .cloned()
        .unwrap_or_else(|| panic!("the pause is bundled"));
    harness.state_mut().start(pause, None);
    harness.run();
    let seen = shown(&harness);
    assert!(
        seen.iter().any(|(what, _)| what.contains("Focus")),
        "the player's controls: {seen:?}"
    );
    let clipped: Vec<String> = seen
        .into_iter()
        .filter(|(_, rect)| rect.right() > window + 0.5 || rect.left() < -0.5)
        .map(|(what, rect)| format!("{what} at {rect:?}"))
        .collect();
    assert!(clipped.is_empty(), "past the window's edge:\n{}", clipped.join("\n"));
}
