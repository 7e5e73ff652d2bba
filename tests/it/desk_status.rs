//! Why a bell did not ring: `stillpoint desk status` reading stand-in
//! desktop services on a private session bus, and a fullscreen window
//! under Xvfb, the way the bells read them.
//!
//! The stand-ins speak the interfaces as KDE Plasma 6 serves them:
//! `org.freedesktop.Notifications` with its `Inhibited` property at
//! `/org/freedesktop/Notifications`, and `org.freedesktop.ScreenSaver`'s
//! `GetActive` and `GetSessionIdleTime` at `/org/freedesktop/ScreenSaver`;
//! Xfce's `org.xfce.Xfconf` `GetProperty(ss) → v` at `/org/xfce/Xfconf`.
//! A call is a microphone recording on a PulseAudio server of the test's
//! own, as a video call's client records.

use std::collections::HashMap;
use std::path::Path;

use crate::support::bus::Bus;
use crate::support::display::{Display, FrontWindow};
use crate::support::practice::{command, temp_dir, text};
use crate::support::pulse::NullSink;

struct Notifications {
    inhibited: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("stand-in".into(), "stillpoint tests".into(), "1".into(), "1.2".into())
    }

    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.inhibited
    }
}

struct ScreenSaver {
    active: bool,
    idle_secs: u32,
}

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl ScreenSaver {
    fn get_active(&self) -> bool {
        self.active
    }

    fn get_session_idle_time(&self) -> u32 {
        self.idle_secs
    }
}

/// Xfce's settings daemon as xfconfd serves it, with xfce4-notifyd's
/// do-not-disturb set.
struct Xfconf {
    do_not_disturb: bool,
}

#[zbus::interface(name = "org.xfce.Xfconf")]
impl Xfconf {
    fn get_property(&self, channel: String, property: String) -> zbus::fdo::Result<zbus::zvariant::OwnedValue> {
        if channel == "xfce4-notifyd" && property == "/do-not-disturb" {
            Ok(zbus::zvariant::OwnedValue::from(self.do_not_disturb))
        } else {
            Err(zbus::fdo::Error::Failed(format!(
                "Property \"{property}\" does not exist on channel \"{channel}\""
            )))
        }
    }
}

/// Bells on every day at every hour, every 45 minutes: only the desktop
/// holds them.
fn store_bells_always_on(data: &Path) {
    let mut settings = stillpoint::settings::Settings::default();
    settings.pause.enabled = true;
    settings.pause.from_hour = 0;
    settings.pause.to_hour = 24;
    settings.pause.weekdays_only = false;
    let mut stored = HashMap::new();
    let text = ron::to_string(&settings).unwrap_or_else(|e| panic!("{e}"));
    stored.insert(stillpoint::settings::SETTINGS_KEY.to_owned(), text);
    let file = ron::to_string(&stored).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(data.join("settings.ron"), file).unwrap_or_else(|e| panic!("{e}"));
}

/// `desk status --json` against `bus` (and `display`, if given), with no
/// system bus, no sound server and GNOME's settings kept in memory: gives
/// `held_by`.
fn held_by(data: &Path, bus: &Bus, display: Option<&Display>) -> Vec<String> {
    held_by_with(data, bus, display, None)
}

/// As [`held_by`], with the sound server `sound`.
fn held_by_with(data: &Path, bus: &Bus, display: Option<&Display>, sound: Option<&NullSink>) -> Vec<String> {
    let mut status = command(data);
    status
        .args(["desk", "status", "--json"])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/stillpoint-test")
        .env("GSETTINGS_BACKEND", "memory");
    match display {
        Some(display) => status.env("DISPLAY", &display.name),
        None => status.env_remove("DISPLAY"),
    };
    match sound {
        Some(sound) => status.envs(sound.env()),
        None => status.env("PULSE_SERVER", "unix:/nonexistent/stillpoint-test"),
    };
    let output = status.output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    assert_eq!(json["enabled"], true, "{json}");
    assert!(json["next_bell"].is_string(), "{json}");
    json["held_by"]
        .as_array()
        .map(|reasons| reasons.iter().filter_map(|r| r.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

#[test]
fn desk_status_names_do_not_disturb_a_locked_screen_and_time_away() {
    let data = temp_dir();
    store_bells_always_on(data.path());
    let bus = Bus::start();
    assert_eq!(
        held_by(data.path(), &bus, None),
        Vec::<String>::new(),
        "nothing says no"
    );

    let notifications = bus.serve(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        Notifications { inhibited: true },
    );
    assert_eq!(held_by(data.path(), &bus, None), ["do-not-disturb"]);
    drop(notifications);
    let _quiet_again = bus.serve(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        Notifications { inhibited: false },
    );
    assert_eq!(held_by(data.path(), &bus, None), Vec::<String>::new());

    // Xfce's do-not-disturb, from its settings daemon.
    let xfconf = bus.serve("org.xfce.Xfconf", "/org/xfce/Xfconf", Xfconf { do_not_disturb: true });
    assert_eq!(held_by(data.path(), &bus, None), ["do-not-disturb"]);
    drop(xfconf);
    let _xfce_quiet_again = bus.serve("org.xfce.Xfconf", "/org/xfce/Xfconf", Xfconf { do_not_disturb: false });
    assert_eq!(held_by(data.path(), &bus, None), Vec::<String>::new());

    // Locked, and idle for an hour: longer than the bells' 45 minutes.
    let _screensaver = bus.serve(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        ScreenSaver {
            active: true,
            idle_secs: 3600,
        },
    );
    assert_eq!(held_by(data.path(), &bus, None), ["screen-locked", "away"]);

    // The same in words.
    let output = command(data.path())
        .args(["desk", "status"])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/stillpoint-test")
        .env("GSETTINGS_BACKEND", "memory")
        .env_remove("DISPLAY")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let said = text(&output.stdout);
    assert!(said.contains("Bells at the desk: on, every 45 min"), "{said}");
    assert!(said.contains("Held: the screen is locked; you are away."), "{said}");
}

#[test]
fn desk_status_sees_a_fullscreen_window_in_front() {
    let data = temp_dir();
    store_bells_always_on(data.path());
    let bus = Bus::start();
    let display = Display::start();
    let front = FrontWindow::open(&display);
    front.fullscreen(true);
    assert_eq!(held_by(data.path(), &bus, Some(&display)), ["fullscreen"]);
    front.fullscreen(false);
    assert_eq!(held_by(data.path(), &bus, Some(&display)), Vec::<String>::new());
}

#[test]
fn desk_status_holds_the_bells_while_a_microphone_records_but_not_while_what_plays_is_recorded() {
    let data = temp_dir();
    store_bells_always_on(data.path());
    let bus = Bus::start();
    let mut sound = NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    sound.add_microphone("stillpoint_microphone");
    assert_eq!(
        held_by_with(data.path(), &bus, None, Some(&sound)),
        Vec::<String>::new(),
        "nothing records"
    );

    // Recording what plays (the sink's monitor, as a screen recorder of
    // the desktop's sound does) is not a call.
    sound
        .record(&sound.dir().join("played.wav"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sound.capture_streams(), 1);
    assert_eq!(
        held_by_with(data.path(), &bus, None, Some(&sound)),
        Vec::<String>::new()
    );

    // A microphone recording, as a call's client does.
    let mut call = sound.record_microphone("stillpoint_microphone");
    assert_eq!(held_by_with(data.path(), &bus, None, Some(&sound)), ["in-a-call"]);

    // The call ends.
    let _ = call.kill();
    let _ = call.wait();
    sound.wait_for_capture_streams(1);
    assert_eq!(
        held_by_with(data.path(), &bus, None, Some(&sound)),
        Vec::<String>::new()
    );
}
