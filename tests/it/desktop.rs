//! The app on the desktop: the window's size and where it is kept, the
//! Settings switch that starts Stillpoint at login (its entry checked by
//! desktop-file-validate), and a second start's request reaching the open
//! app. The app is driven through egui_kittest, without a window.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use crate::support::app as support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stillpoint::audio::output::Clock;
use stillpoint::autostart::Autostart;
use stillpoint::instance::{Listener, Request};
use stillpoint::paths::DataDir;
use stillpoint::practice::WallClock;
use stillpoint::ui::{Screen, StillpointApp};

/// A clock that never moves: nothing here waits.
struct StillClock;

impl Clock for StillClock {
    fn now(&self) -> Duration {
        Duration::ZERO
    }
}

struct Morning;

impl WallClock for Morning {
    fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-11-24T07:30:00+01:00").unwrap_or_default()
    }
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary folder: {e}"))
}

/// The app on its data folder `data`, in a window tall enough for the
/// whole of Settings, with `prepare` given its context and the app before
/// the first frame.
fn app(
    data: &Path,
    prepare: impl FnOnce(&egui::Context, &mut StillpointApp) + 'static,
) -> Harness<'static, StillpointApp> {
    support::app_on(
        data,
        egui::vec2(900.0, 2400.0),
        Arc::new(StillClock),
        Arc::new(Morning),
        prepare,
    )
}

#[test]
fn the_window_opens_at_a_laptop_size_and_keeps_it_with_the_settings() {
    let data = DataDir::at("/home/ana/stillpoint-data");
    let options = stillpoint::ui::window::native_options(&data);
    assert_eq!(options.viewport.inner_size, Some(egui::vec2(1100.0, 760.0)));
    assert_eq!(options.viewport.min_inner_size, Some(egui::vec2(420.0, 360.0)));
    assert_eq!(options.viewport.clamp_size_to_monitor_size, Some(true));
    assert!(options.persist_window, "the size and place are remembered");
    assert_eq!(options.persistence_path, Some(data.app_settings()));
    assert!(!options.centered, "centring would move a remembered window");
}

/// Whether desktop-file-validate (Debian's desktop-file-utils, which
/// `make test-deps` installs) finds nothing wrong with the entry at `path`.
fn validate_entry(path: &Path) {
    let output = Command::new("desktop-file-validate")
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run desktop-file-validate ({e}); install desktop-file-utils (make test-deps)")
        });
    let said = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && said.trim().is_empty(),
        "{said}\n{}",
        std::fs::read_to_string(path).unwrap_or_default()
    );
}

const SWITCH: &str = "Start Stillpoint when I log in";

/// The switch's checkbox as it shows now: on or off.
fn switch_on(harness: &Harness<'static, StillpointApp>) -> bool {
    use egui_kittest::kittest::NodeT;
    harness.get_by_label(SWITCH).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

#[test]
fn the_switch_writes_a_valid_autostart_entry_and_removes_it() {
    let data = temp_dir();
    let config = temp_dir();
    let program = Path::new("/usr/local/bin/stillpoint");
    let autostart = Autostart {
        config_dir: config.path().to_path_buf(),
        binary: program.to_path_buf(),
    };
    let entry = config
        .path()
        .join("autostart")
        .join("org.stillpoint.Stillpoint.desktop");
    let given = autostart.clone();
    let mut harness = app(data.path(), move |_, app| {
        app.autostart = Some(given);
        app.screen = Screen::Settings;
    });
    harness.run();
    assert!(!switch_on(&harness));
    harness.get_by_label(SWITCH).click();
    harness.run();
    assert!(switch_on(&harness));
    let text = std::fs::read_to_string(&entry).unwrap_or_else(|e| panic!("{}: {e}", entry.display()));
    assert!(
        text.contains("\nExec=/usr/local/bin/stillpoint --background\n"),
        "{text}"
    );
    validate_entry(&entry);
    harness.get_by_label(SWITCH).click();
    harness.run();
    assert!(!switch_on(&harness));
    assert!(!entry.exists(), "the entry is removed");
    assert!(harness.state().autostart_note.is_none());
}

#[test]
fn an_entry_in_a_path_with_spaces_and_signs_is_valid_too() {
    let config = temp_dir();
    let autostart = Autostart {
        config_dir: config.path().to_path_buf(),
        binary: "/home/ana/my apps/100% calm/$stillpoint".into(),
    };
    autostart.set(true).unwrap_or_else(|e| panic!("{e}"));
    validate_entry(&autostart.entry_path());
}

#[test]
fn an_autostart_folder_that_cannot_be_written_is_said_plainly() {
    let data = temp_dir();
    let config = temp_dir();
    // A file where the folder should be: no one can write into it, root
    // included.
    std::fs::write(config.path().join("autostart"), "").unwrap_or_else(|e| panic!("{e}"));
    let autostart = Autostart {
        config_dir: config.path().to_path_buf(),
        binary: "/usr/bin/stillpoint".into(),
    };
    let mut harness = app(data.path(), move |_, app| {
        app.autostart = Some(autostart);
        app.screen = Screen::Settings;
    });
    harness.run();
    harness.get_by_label(SWITCH).click();
    harness.run();
    assert!(!switch_on(&harness), "still off");
    let note = harness.state().autostart_note.clone().unwrap_or_default();
    assert!(
        note.starts_with("Stillpoint could not be set to start when you log in:")
            && note.contains("org.stillpoint.Stillpoint.desktop")
            && note.contains("You might check that this folder can be written to"),
        "{note}"
    );
    assert!(harness.query_by_label(&note).is_some(), "the note is on screen");
}

#[test]
fn a_pause_asked_for_from_outside_starts_in_the_open_app() {
    let data = temp_dir();
    let socket = stillpoint::instance::socket_path(None, data.path());
    let listening = socket.clone();
    let mut harness = app(data.path(), move |ctx, app| {
        let ctx = ctx.clone();
        let listener = Listener::start(&listening, move || ctx.request_repaint());
        app.requests = Some(listener.unwrap_or_else(|e| panic!("{e}")));
    });
    harness.run();
    assert!(harness.state().active.is_none());
    stillpoint::instance::send(&socket, Request::Pause).unwrap_or_else(|e| panic!("{e}"));
    harness.run_steps(2);
    assert_eq!(harness.state().screen, Screen::Player);
    let playing = harness
        .state()
        .active
        .as_ref()
        .map(|a| a.sitting.session.id.as_str().to_owned());
    assert_eq!(playing.as_deref(), Some("the-pause"));
}

#[test]
fn a_pause_asked_for_during_a_session_leaves_it_playing() {
    let data = temp_dir();
    let socket = stillpoint::instance::socket_path(None, data.path());
    let listening = socket.clone();
    let mut harness = app(data.path(), move |ctx, app| {
        let ctx = ctx.clone();
        let listener = Listener::start(&listening, move || ctx.request_repaint());
        app.requests = Some(listener.unwrap_or_else(|e| panic!("{e}")));
        let timer = app.library.sessions().find(|s| s.id.as_str() != "the-pause").cloned();
        app.start(timer.unwrap_or_else(|| panic!("a bundled session")), None);
    });
    harness.run_steps(2);
    let before = harness
        .state()
        .active
        .as_ref()
        .map(|a| a.sitting.session.id.as_str().to_owned());
    stillpoint::instance::send(&socket, Request::Pause).unwrap_or_else(|e| panic!("{e}"));
    harness.run_steps(2);
    let after = harness
        .state()
        .active
        .as_ref()
        .map(|a| a.sitting.session.id.as_str().to_owned());
    assert!(before.is_some());
    assert_eq!(after, before);
}
