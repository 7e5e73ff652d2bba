//! The app on a real session D-Bus: each test starts its own
//! `dbus-daemon`, serves stand-ins for a tray host's watcher and for a
//! notification server on it, and runs the app's half of the test in a
//! child process whose session bus it is (the bus is found through the
//! environment, which one process cannot set per test).

#[path = "support/app.rs"]
mod app;

use std::collections::HashMap;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use stillpoint::audio::output::Clock;
use stillpoint::practice::WallClock;

/// How long anything on the bus may take before the test gives up.
const PATIENCE: Duration = Duration::from_secs(30);

/// Set in the child: the test whose app half it runs.
const CHILD: &str = "STILLPOINT_DBUS_TEST_CHILD";

/// A session bus of the test's own.
struct Bus {
    daemon: Child,
    address: String,
}

impl Bus {
    fn start() -> Bus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--print-address", "--nofork", "--nopidfile"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("dbus-daemon (package dbus, `make test-deps`) could not start: {e}"));
        let mut address = String::new();
        let stdout = daemon
            .stdout
            .take()
            .unwrap_or_else(|| panic!("no output from dbus-daemon"));
        std::io::BufReader::new(stdout)
            .read_line(&mut address)
            .unwrap_or_else(|e| panic!("dbus-daemon's address: {e}"));
        Bus {
            daemon,
            address: address.trim().to_owned(),
        }
    }

    /// A connection to this bus, owning `name` and serving `object` at
    /// `path`.
    fn serve<I: zbus::object_server::Interface>(
        &self,
        name: &str,
        path: &str,
        object: I,
    ) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .and_then(|b| b.name(name.to_owned()))
            .and_then(|b| b.serve_at(path, object))
            .and_then(|b| b.build())
            .unwrap_or_else(|e| panic!("serving {name}: {e}"))
    }

    /// Runs `test`'s app half in a child process on this bus.
    fn run_app_half(&self, test: &str) -> Child {
        let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
        Command::new(exe)
            .args([test, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD, test)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("LANG", "C.UTF-8")
            .spawn()
            .unwrap_or_else(|e| panic!("the app's half of {test}: {e}"))
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Waits for `child` to end and says whether its half passed.
fn passed(mut child: Child) -> bool {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return status.success();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether this process is the app's half of `test`.
fn is_app_half(test: &str) -> bool {
    std::env::var(CHILD).is_ok_and(|t| t == test)
}

/// A tray host's watcher: it says a host is there and hands on each item
/// that registers.
struct Watcher {
    registered: Mutex<mpsc::Sender<String>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: String) {
        let _ = self.registered.lock().map(|s| s.send(service));
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        Vec::new()
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// A notification as the stand-in server received it.
#[derive(Debug)]
struct Received {
    id: u32,
    summary: String,
    actions: Vec<String>,
    hints: Vec<String>,
}

/// A notification server that can show buttons, handing on each
/// notification it is asked to show.
struct Notifications {
    received: Mutex<mpsc::Sender<Received>>,
    next_id: Mutex<u32>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        _body: String,
        actions: Vec<String>,
        hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let id = self.next_id.lock().map_or(1, |mut n| {
            *n += 1;
            *n
        });
        let mut hints: Vec<String> = hints.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
        hints.sort();
        let _ = self.received.lock().map(|s| {
            s.send(Received {
                id,
                summary,
                actions,
                hints,
            })
        });
        id
    }

    fn close_notification(&self, _id: u32) {}

    fn get_server_information(&self) -> (String, String, String, String) {
        ("stand-in".into(), "stillpoint tests".into(), "1".into(), "1.2".into())
    }
}

fn serve_notifications(bus: &Bus) -> (zbus::blocking::Connection, mpsc::Receiver<Received>) {
    let (send, received) = mpsc::channel();
    let server = Notifications {
        received: Mutex::new(send),
        next_id: Mutex::new(0),
    };
    let connection = bus.serve(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        server,
    );
    (connection, received)
}

/// The calendar, moved on by the test.
struct Wall(Mutex<DateTime<FixedOffset>>);

impl WallClock for Wall {
    fn now(&self) -> DateTime<FixedOffset> {
        self.0.lock().map_or_else(|p| *p.into_inner(), |t| *t)
    }
}

/// Sound that never moves: no session plays in these tests before the pause.
struct Still;

impl Clock for Still {
    fn now(&self) -> Duration {
        Duration::ZERO
    }
}

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// The app's half: the app on a fresh data folder with the bells at the
/// desk on (every 45 minutes from 9, weekdays), a Monday at `now`, joined
/// to the desktop.
fn app_with_bells(
    data: &std::path::Path,
    wall: Arc<Wall>,
) -> egui_kittest::Harness<'static, stillpoint::ui::StillpointApp> {
    app::app_on(data, egui::vec2(900.0, 700.0), Arc::new(Still), wall, |ctx, app| {
        app.settings.pause.enabled = true;
        // A quiet screen: what these tests look at is not on it.
        app.screen = stillpoint::ui::Screen::About;
        app.join_desktop(ctx);
    })
}

/// Steps the app until `done`, or fails after [`PATIENCE`].
fn step_until(
    harness: &mut egui_kittest::Harness<'static, stillpoint::ui::StillpointApp>,
    what: &str,
    done: impl Fn(&stillpoint::ui::StillpointApp) -> bool,
) {
    let deadline = Instant::now() + PATIENCE;
    while !done(harness.state()) {
        assert!(Instant::now() < deadline, "waited in vain for {what}");
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_tray_registers_with_the_watcher() {
    const TEST: &str = "the_tray_registers_with_the_watcher";
    if is_app_half(TEST) {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let wall = Arc::new(Wall(Mutex::new(at("2026-03-02T10:00:00+01:00"))));
        let mut harness = app_with_bells(data.path(), wall);
        step_until(&mut harness, "the tray icon", |app| {
            app.desk.as_ref().and_then(|d| d.tray_shown()) == Some(true)
        });
        return;
    }
    let bus = Bus::start();
    let (send, registered) = mpsc::channel();
    let _watcher = bus.serve(
        "org.kde.StatusNotifierWatcher",
        "/StatusNotifierWatcher",
        Watcher {
            registered: Mutex::new(send),
        },
    );
    let child = bus.run_app_half(TEST);
    let item = registered
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no tray item registered with the watcher: {e}"));
    assert!(item.contains("StatusNotifierItem") || item.starts_with(':'), "{item}");
    assert!(passed(child), "the app's half saw its tray shown");
}

#[test]
fn a_bell_offers_the_pause_as_a_notification_and_taking_it_starts_the_pause() {
    const TEST: &str = "a_bell_offers_the_pause_as_a_notification_and_taking_it_starts_the_pause";
    if is_app_half(TEST) {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let wall = Arc::new(Wall(Mutex::new(at("2026-03-02T10:29:00+01:00"))));
        let mut harness = app_with_bells(data.path(), wall.clone());
        step_until(&mut harness, "the notification service", |app| {
            app.desk.as_ref().map(|d| d.notifier.service()) == Some(stillpoint::desk::notifications::Service::Present)
        });
        // The 10:30 bell.
        if let Ok(mut now) = wall.0.lock() {
            *now = at("2026-03-02T10:30:00+01:00");
        }
        harness.step();
        assert!(
            harness.state().pause_offer.is_none(),
            "offered as a notification, not in the window"
        );
        step_until(&mut harness, "the pause, taken from the notification", |app| {
            app.screen == stillpoint::ui::Screen::Player
                && app
                    .active
                    .as_ref()
                    .is_some_and(|a| a.session.id.as_str() == "the-pause")
        });
        return;
    }
    let bus = Bus::start();
    let (server, received) = serve_notifications(&bus);
    let child = bus.run_app_half(TEST);
    let offer = received
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no notification reached the server: {e}"));
    assert_eq!(offer.summary, "A bell of mindfulness");
    let ids: Vec<&str> = offer.actions.iter().step_by(2).map(String::as_str).collect();
    assert_eq!(ids, ["take", "snooze", "not-now"], "{offer:?}");
    assert!(offer.hints.iter().any(|h| h.starts_with("transient=")), "{offer:?}");
    assert!(
        offer
            .hints
            .iter()
            .all(|h| !h.starts_with("urgency=") || h.contains('1')),
        "normal urgency: {offer:?}"
    );
    // The app listens for the answer once the notification is shown: the
    // answer is given until the pause has started (its half then ends).
    let mut child = Some(child);
    let deadline = Instant::now() + PATIENCE;
    let mut ended = None;
    while ended.is_none() && Instant::now() < deadline {
        let _ = server.emit_signal(
            None::<&str>,
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "ActionInvoked",
            &(offer.id, "take"),
        );
        if let Some(c) = child.as_mut()
            && let Ok(Some(status)) = c.try_wait()
        {
            ended = Some(status.success());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    if ended.is_none()
        && let Some(mut c) = child.take()
    {
        let _ = c.kill();
    }
    assert_eq!(ended, Some(true), "the app's half saw the pause start");
}

#[test]
fn without_a_notification_service_the_window_offers_the_pause() {
    const TEST: &str = "without_a_notification_service_the_window_offers_the_pause";
    if is_app_half(TEST) {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let wall = Arc::new(Wall(Mutex::new(at("2026-03-02T10:29:00+01:00"))));
        let mut harness = app_with_bells(data.path(), wall.clone());
        step_until(&mut harness, "the answer that no service is there", |app| {
            app.desk.as_ref().map(|d| d.notifier.service()) == Some(stillpoint::desk::notifications::Service::Absent)
        });
        step_until(&mut harness, "the answer that no tray host is there", |app| {
            app.desk.as_ref().and_then(|d| d.tray_shown()) == Some(false)
        });
        if let Ok(mut now) = wall.0.lock() {
            *now = at("2026-03-02T10:30:00+01:00");
        }
        harness.step();
        assert!(harness.state().pause_offer.is_some(), "offered in the window");
        return;
    }
    let bus = Bus::start();
    assert!(
        passed(bus.run_app_half(TEST)),
        "the app's half saw the offer in the window"
    );
}
