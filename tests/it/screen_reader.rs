//! What a screen reader finds in the real window, over the real AT-SPI
//! protocol: `stillpoint` under Xvfb, on a session bus of the test's own
//! with at-spi2-core's accessibility bus turned on, used through libatspi
//! (the library the Orca screen reader is built on) by
//! `tests/support/atspi_client.py`. It finds the window and the search by
//! their names, opens the pause from the library, starts, pauses and
//! resumes it, and reads its first cue.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use crate::support::accessibility::AccessibilityBus;
use crate::support::bus::Bus;
use crate::support::display::Display;

use stillpoint::audio::FileProbe;
use stillpoint::session::load_file;

/// The system's Python, which Debian's python3-gi serves.
const PYTHON: &str = "/usr/bin/python3";

/// The app, ended when dropped; what it says goes to a file, read when the
/// test fails.
struct App {
    process: Child,
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary folder: {e}"))
}

/// Settings in `data` of someone who has used Stillpoint before: the care
/// note read and the offer to read guidance aloud answered (text only),
/// so that the library shows, and the player, without a question first.
fn store_settings(data: &Path) {
    let settings = stillpoint::settings::Settings {
        speech_offered: true,
        care_note_read: true,
        ..Default::default()
    };
    let text = ron::to_string(&settings).unwrap_or_else(|e| panic!("{e}"));
    let stored: HashMap<String, String> = [(stillpoint::settings::SETTINGS_KEY.to_owned(), text)].into();
    let file = ron::to_string(&stored).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(data.join("settings.ron"), file).unwrap_or_else(|e| panic!("{e}"));
}

/// The pause's cues, as the bundled session has them.
fn cues_of_the_pause() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/the-pause.ron");
    let file = load_file(&path, &FileProbe);
    let session = file
        .session
        .as_ref()
        .unwrap_or_else(|| panic!("{}", stillpoint::session::file_diagnostics_text(&file)));
    session
        .steps
        .iter()
        .flat_map(|step| step.cues.iter().map(|cue| cue.text.clone()))
        .collect()
}

/// Starts the app in English on `display` and `bus`, with everything it
/// keeps under `home`, and no sound server: it plays silently, on time.
fn start_app(display: &Display, bus: &Bus, home: &Path) -> App {
    let data = home.join("data");
    std::fs::create_dir_all(&data).unwrap_or_else(|e| panic!("{e}"));
    store_settings(&data);
    let said = std::fs::File::create(home.join("app.log")).unwrap_or_else(|e| panic!("{e}"));
    let process = Command::new(env!("CARGO_BIN_EXE_stillpoint"))
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        // The accessibility bus is found through the session bus, as on
        // a desktop.
        .env_remove("AT_SPI_BUS_ADDRESS")
        .env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("STILLPOINT_DATA_DIR", &data)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("share"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_RUNTIME_DIR", home)
        .env(
            "PULSE_SERVER",
            format!("unix:{}", home.join("no-sound-server").display()),
        )
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(said)
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    App { process }
}

#[test]
fn a_screen_reader_opens_starts_pauses_and_resumes_the_pause_and_reads_its_cue() {
    let bus = Bus::start();
    let _accessibility = AccessibilityBus::start(&bus);
    let display = Display::start();
    let home = temp_dir();
    let app = start_app(&display, &bus, home.path());
    let cues = cues_of_the_pause();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/atspi_client.py");
    let client = Command::new(PYTHON)
        .arg(&script)
        .args(["--pid", &app.process.id().to_string()])
        .args(cues.iter().flat_map(|cue| ["--cue", cue.as_str()]))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env_remove("AT_SPI_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {PYTHON} {} ({e}); python3-gi and gir1.2-atspi-2.0 are needed (`make test-deps`)",
                script.display()
            )
        });
    let said = String::from_utf8_lossy(&client.stdout);
    let report = format!(
        "The screen reader's findings:\n{said}\n{}\nThe app said:\n{}",
        String::from_utf8_lossy(&client.stderr),
        std::fs::read_to_string(home.path().join("app.log")).unwrap_or_default()
    );
    // One key a line: what was found, and how.
    let found: HashMap<String, serde_json::Value> = said
        .lines()
        .filter_map(|line| serde_json::from_str::<HashMap<String, serde_json::Value>>(line).ok())
        .flatten()
        .collect();
    let text = |key: &str, field: &str| {
        let value = found.get(key).unwrap_or_else(|| panic!("no {key:?} found\n{report}"));
        let value = if field.is_empty() { value } else { &value[field] };
        value.as_str().unwrap_or_default().to_owned()
    };
    assert!(client.status.success(), "{report}");
    assert_eq!(text("application", ""), "stillpoint", "{report}");
    assert_eq!(text("window", "name"), "Stillpoint", "{report}");
    assert_eq!(text("search", "name"), "Search by title or tag", "{report}");
    assert_eq!(text("search", "role"), "entry", "{report}");
    assert_eq!(text("opened", "name"), "The pause", "{report}");
    assert_eq!(text("opened", "action"), "click", "{report}");
    assert_eq!(text("started", "name"), "Start", "{report}");
    assert_eq!(text("started", "action"), "click", "{report}");
    assert!(text("paused", "").ends_with(" · paused"), "{report}");
    assert_eq!(text("resumed", ""), "Pause", "{report}");
    assert!(cues.contains(&text("cue", "")), "{report}");
}
