//! The app on a real session D-Bus: each test starts its own
//! `dbus-daemon`, serves stand-ins for a tray host's watcher and for a
//! notification server on it, and runs the app's half of the test in a
//! child process whose session bus it is (the bus is found through the
//! environment, which one process cannot set per test).

use crate::support::app;
use crate::support::bus;
use crate::support::child;

use bus::{Bus, Watcher};

use child::Half;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use egui_kittest::kittest::Queryable;
use stillpoint::audio::output::Clock;
use stillpoint::desk::keeper::{self, Leave, Opening};
use stillpoint::desk::kept::KeptState;
use stillpoint::practice::WallClock;

/// How long anything on the bus may take before the test gives up.
const PATIENCE: Duration = Duration::from_secs(30);

/// Runs `test`'s app half in a child process on `bus`.
fn run_app_half(bus: &Bus, test: &str) -> Half {
    Half(
        app_half(bus, test)
            .spawn()
            .unwrap_or_else(|e| panic!("the app's half of {test}: {e}")),
    )
}

/// The command that runs `test`'s app half on `bus`.
fn app_half(bus: &Bus, test: &str) -> std::process::Command {
    let mut command = child::command(module_path!(), test, "app");
    command
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        // The desktop's other sources stay out of these tests.
        .env("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/stillpoint-test")
        .env("GSETTINGS_BACKEND", "memory")
        .env("LANG", "C.UTF-8")
        // No window opens in these tests.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    command
}

/// Waits for `child` to end and says whether its half passed.
fn passed(mut child: Half) -> bool {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Ok(Some(status)) = child.0.try_wait() {
            return status.success();
        }
        if Instant::now() > deadline {
            let _ = child.0.kill();
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Answers the notification `id` with `action` until `child` ends; whether
/// it ended passing (`None` when it had not ended after [`PATIENCE`]).
fn answer_until_ended(server: &zbus::blocking::Connection, id: u32, action: &str, mut child: Half) -> Option<bool> {
    let deadline = Instant::now() + PATIENCE;
    while Instant::now() < deadline {
        let _ = server.emit_signal(
            None::<&str>,
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "ActionInvoked",
            &(id, action),
        );
        if let Ok(Some(status)) = child.0.try_wait() {
            return Some(status.success());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.0.kill();
    let _ = child.0.wait();
    None
}

/// Whether this process is the app's half of its test.
fn is_app_half() -> bool {
    child::role().as_deref() == Some("app")
}

/// A notification as the stand-in server received it.
#[derive(Debug)]
struct Received {
    id: u32,
    replaces_id: u32,
    /// Asked to close the notification `id`, not to show one.
    closed: bool,
    summary: String,
    actions: Vec<String>,
    hints: Vec<String>,
}

/// A notification server that can show buttons, handing on each
/// notification it is asked to show.
struct Notifications {
    received: Mutex<mpsc::Sender<Received>>,
    next_id: Mutex<u32>,
    /// Do not disturb, as KDE Plasma's server says it.
    inhibited: Arc<AtomicBool>,
    /// Whether it shows buttons (`actions` among its capabilities).
    buttons: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    fn get_capabilities(&self) -> Vec<String> {
        let mut capabilities = vec!["body".to_owned()];
        if self.buttons {
            capabilities.push("actions".into());
        }
        capabilities
    }

    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: String,
        replaces_id: u32,
        _app_icon: String,
        summary: String,
        _body: String,
        actions: Vec<String>,
        hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        // As the specification asks: a replaced notification keeps its id.
        let id = match replaces_id {
            0 => self.next_id.lock().map_or(1, |mut n| {
                *n += 1;
                *n
            }),
            replaced => replaced,
        };
        let mut hints: Vec<String> = hints.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
        hints.sort();
        let _ = self.received.lock().map(|s| {
            s.send(Received {
                id,
                replaces_id,
                closed: false,
                summary,
                actions,
                hints,
            })
        });
        id
    }

    fn close_notification(&self, id: u32) {
        let _ = self.received.lock().map(|s| {
            s.send(Received {
                id,
                replaces_id: 0,
                closed: true,
                summary: String::new(),
                actions: Vec::new(),
                hints: Vec::new(),
            })
        });
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("stand-in".into(), "stillpoint tests".into(), "1".into(), "1.2".into())
    }

    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.inhibited.load(Ordering::SeqCst)
    }
}

fn serve_notifications(bus: &Bus) -> (zbus::blocking::Connection, mpsc::Receiver<Received>) {
    serve_notifications_inhibited(bus, false)
}

/// A notification server whose do-not-disturb is `inhibited`.
fn serve_notifications_inhibited(bus: &Bus, inhibited: bool) -> (zbus::blocking::Connection, mpsc::Receiver<Received>) {
    let (connection, received, _) = serve_notifications_switched(bus, inhibited);
    (connection, received)
}

/// A notification server whose do-not-disturb starts `inhibited` and is
/// switched through the flag it gives back (see [`turn_off_do_not_disturb`]).
fn serve_notifications_switched(
    bus: &Bus,
    inhibited: bool,
) -> (zbus::blocking::Connection, mpsc::Receiver<Received>, Arc<AtomicBool>) {
    serve_notifications_with(bus, inhibited, true)
}

/// A notification server, showing buttons or not.
fn serve_notifications_with(
    bus: &Bus,
    inhibited: bool,
    buttons: bool,
) -> (zbus::blocking::Connection, mpsc::Receiver<Received>, Arc<AtomicBool>) {
    let (send, received) = mpsc::channel();
    let switch = Arc::new(AtomicBool::new(inhibited));
    let server = Notifications {
        received: Mutex::new(send),
        next_id: Mutex::new(0),
        inhibited: switch.clone(),
        buttons,
    };
    let connection = bus.serve(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        server,
    );
    (connection, received, switch)
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
    app_closing_to(data, wall, Default::default())
}

/// [`app_with_bells`], setting `to_tray` when its window closes with the
/// bells kept in the tray.
fn app_closing_to(
    data: &std::path::Path,
    wall: Arc<Wall>,
    to_tray: Arc<AtomicBool>,
) -> egui_kittest::Harness<'static, stillpoint::ui::StillpointApp> {
    app::app_on(
        data,
        egui::vec2(900.0, 700.0),
        Arc::new(Still),
        wall,
        move |ctx, app| {
            app.settings.pause.enabled = true;
            // A quiet screen: what these tests look at is not on it.
            app.screen = stillpoint::ui::Screen::About;
            app.join_desktop(ctx, to_tray);
        },
    )
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
    if is_app_half() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        // A quiet asked for from the tray before a restart still holds.
        let quiet = KeptState {
            quiet_until: Some(at("2026-03-02T11:00:00+01:00")),
            reminder_fired: None,
        };
        quiet
            .save(&data.path().join("desk.ron"))
            .unwrap_or_else(|e| panic!("{e}"));
        let wall = Arc::new(Wall(Mutex::new(at("2026-03-02T10:00:00+01:00"))));
        let mut harness = app_with_bells(data.path(), wall);
        step_until(&mut harness, "the tray icon", |app| {
            app.desk.as_ref().and_then(|d| d.tray_shown()) == Some(true)
        });
        let state = harness.state().tray_state();
        assert_eq!(state.quiet_until, quiet.quiet_until, "the kept quiet");
        assert_eq!(
            state.next_bell,
            Some(at("2026-03-02T11:15:00+01:00")),
            "the first bell after the quiet"
        );
        return;
    }
    let bus = Bus::start();
    let (_watcher, registered) = Watcher::serve(&bus);
    let child = run_app_half(&bus, TEST);
    let item = registered
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no tray item registered with the watcher: {e}"));
    assert!(item.contains("StatusNotifierItem") || item.starts_with(':'), "{item}");
    assert!(passed(child), "the app's half saw its tray shown");
}

#[test]
fn a_bell_offers_the_pause_as_a_notification_and_taking_it_starts_the_pause() {
    const TEST: &str = "a_bell_offers_the_pause_as_a_notification_and_taking_it_starts_the_pause";
    if is_app_half() {
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
                    .is_some_and(|a| a.sitting.session.id.as_str() == "the-pause")
        });
        return;
    }
    let bus = Bus::start();
    let (server, received) = serve_notifications(&bus);
    let child = run_app_half(&bus, TEST);
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
    let ended = answer_until_ended(&server, offer.id, "take", child);
    assert_eq!(ended, Some(true), "the app's half saw the pause start");
}

#[test]
fn without_a_notification_service_the_window_offers_the_pause() {
    const TEST: &str = "without_a_notification_service_the_window_offers_the_pause";
    if is_app_half() {
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
        // The desktop is asked off the frame; the offer follows.
        step_until(&mut harness, "the offer in the window", |app| app.pause_offer.is_some());
        return;
    }
    let bus = Bus::start();
    assert!(
        passed(run_app_half(&bus, TEST)),
        "the app's half saw the offer in the window"
    );
}

/// The calendar from a given moment on, moving with real time: the tray's
/// keeper sleeps until its bell, as it does on the desktop.
struct Running {
    start: DateTime<FixedOffset>,
    since: Instant,
}

impl WallClock for Running {
    fn now(&self) -> DateTime<FixedOffset> {
        self.start + chrono::TimeDelta::from_std(self.since.elapsed()).unwrap_or_default()
    }
}

/// Stores settings with the bells at the desk on in `data`'s settings
/// file, as the window leaves them.
fn store_bells_on(data: &std::path::Path) {
    let mut settings = stillpoint::settings::Settings::default();
    settings.pause.enabled = true;
    let mut stored = HashMap::new();
    let text = ron::to_string(&settings).unwrap_or_else(|e| panic!("{e}"));
    stored.insert(stillpoint::settings::SETTINGS_KEY.to_owned(), text);
    let file = ron::to_string(&stored).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(data.join("settings.ron"), file).unwrap_or_else(|e| panic!("{e}"));
}

/// The keeper on `data`, with its socket in the data folder.
fn keep_from(data: &std::path::Path, start: &str) -> Result<Leave, String> {
    let wall = Running {
        start: at(start),
        since: Instant::now(),
    };
    keep_on(data, &wall)
}

/// The keeper on `data` with the calendar `wall`.
fn keep_on(data: &std::path::Path, wall: &dyn WallClock) -> Result<Leave, String> {
    let data_dir = stillpoint::paths::DataDir::at(data);
    let socket = stillpoint::instance::socket_path(None, data);
    let settings = stillpoint::settings::Settings::from_file(&data_dir.app_settings());
    keeper::keep(&data_dir, &socket, settings.desk(), wall).map_err(|e| e.to_string())
}

#[test]
fn with_no_window_the_tray_keeps_the_bells_and_taking_the_pause_opens_the_window() {
    const TEST: &str = "with_no_window_the_tray_keeps_the_bells_and_taking_the_pause_opens_the_window";
    if is_app_half() {
        keep_until_the_pause_is_taken();
        return;
    }
    let bus = Bus::start();
    let (_watcher, registered) = Watcher::serve(&bus);
    let (server, received) = serve_notifications(&bus);
    let child = run_app_half(&bus, TEST);
    registered
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no tray item registered with the watcher: {e}"));
    let offer = received
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no notification reached the server: {e}"));
    let ids: Vec<&str> = offer.actions.iter().step_by(2).map(String::as_str).collect();
    assert_eq!(ids, ["take", "snooze", "not-now"], "{offer:?}");
    let ended = answer_until_ended(&server, offer.id, "take", child);
    assert_eq!(ended, Some(true), "the keeper left for the window with the pause");
}

#[test]
fn with_do_not_disturb_on_the_tray_holds_the_bell_without_a_sound_or_a_notification() {
    const TEST: &str = "with_do_not_disturb_on_the_tray_holds_the_bell_without_a_sound_or_a_notification";
    if is_app_half() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store_bells_on(data.path());
        // Two seconds past the 10:30 bell, a second start asks for the
        // window: the keeper held the bell and is still there to answer.
        let socket = stillpoint::instance::socket_path(None, data.path());
        let asking = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(2_500));
            let deadline = Instant::now() + PATIENCE;
            while stillpoint::instance::send(&socket, stillpoint::instance::Request::Show).is_err() {
                assert!(Instant::now() < deadline, "the keeper never listened");
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        let leave = keep_from(data.path(), "2026-03-02T10:29:59.500+01:00");
        assert!(asking.join().is_ok());
        assert_eq!(leave, Ok(Leave::Window(Opening::Library)));
        return;
    }
    let bus = Bus::start();
    let (_watcher, registered) = Watcher::serve(&bus);
    let (_server, received) = serve_notifications_inhibited(&bus, true);
    let child = run_app_half(&bus, TEST);
    registered
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no tray item registered with the watcher: {e}"));
    assert!(passed(child), "the keeper held the bell and answered the second start");
    assert!(
        received.try_recv().is_err(),
        "no notification while do not disturb is on"
    );
}

/// The test's half of a bell held by the desktop: the tray registers, no
/// notification comes in the two seconds after the 10:30 bell while `why`
/// holds, `release` ends the hold, and the offer that comes of it is taken
/// (which ends the app's half, passing).
fn held_until_released(
    registered: &mpsc::Receiver<String>,
    (server, received): (&zbus::blocking::Connection, &mpsc::Receiver<Received>),
    child: Half,
    why: &str,
    release: impl FnOnce(),
) {
    registered
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no tray item registered with the watcher: {e}"));
    assert!(
        received.recv_timeout(Duration::from_secs(2)).is_err(),
        "held while {why}"
    );
    release();
    let offer = received
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("the held bell was not offered when no longer {why}: {e}"));
    let ended = answer_until_ended(server, offer.id, "take", child);
    assert_eq!(ended, Some(true), "the keeper left for the window with the pause");
}

/// Turns do-not-disturb off and says so as KDE Plasma's server does: the
/// standard `PropertiesChanged` signal with the new `Inhibited`.
fn turn_off_do_not_disturb(server: &zbus::blocking::Connection, switch: &AtomicBool) {
    switch.store(false, Ordering::SeqCst);
    say_do_not_disturb(server, false);
}

/// Says do-not-disturb's state as KDE Plasma's server does, changed or not.
fn say_do_not_disturb(server: &zbus::blocking::Connection, inhibited: bool) {
    let changed: HashMap<&str, zbus::zvariant::Value> = HashMap::from([("Inhibited", inhibited.into())]);
    server
        .emit_signal(
            None::<()>,
            "/org/freedesktop/Notifications",
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            &("org.freedesktop.Notifications", changed, Vec::<&str>::new()),
        )
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn when_do_not_disturb_ends_the_held_bell_is_offered_once_without_waiting_for_the_next() {
    const TEST: &str = "when_do_not_disturb_ends_the_held_bell_is_offered_once_without_waiting_for_the_next";
    if is_app_half() {
        keep_until_the_pause_is_taken();
        return;
    }
    let bus = Bus::start();
    let (_watcher, registered) = Watcher::serve(&bus);
    let (server, received, switch) = serve_notifications_switched(&bus, true);
    let child = run_app_half(&bus, TEST);
    // The next bell is 45 minutes away: only the signal can bring the offer.
    held_until_released(&registered, (&server, &received), child, "do not disturb is on", || {
        turn_off_do_not_disturb(&server, &switch)
    });
}

#[test]
fn a_second_start_reaches_the_tray_and_opens_the_window() {
    const TEST: &str = "a_second_start_reaches_the_tray_and_opens_the_window";
    if is_app_half() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store_bells_on(data.path());
        let socket = stillpoint::instance::socket_path(None, data.path());
        let asking = std::thread::spawn(move || {
            let deadline = Instant::now() + PATIENCE;
            while stillpoint::instance::send(&socket, stillpoint::instance::Request::Show).is_err() {
                assert!(Instant::now() < deadline, "the keeper never listened");
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        let leave = keep_from(data.path(), "2026-03-02T10:00:00+01:00");
        assert!(asking.join().is_ok());
        assert_eq!(leave, Ok(Leave::Window(Opening::Library)));
        assert!(
            !stillpoint::instance::socket_path(None, data.path()).exists(),
            "the socket is free for the window"
        );
        return;
    }
    let bus = Bus::start();
    let (_watcher, _registered) = Watcher::serve(&bus);
    assert!(passed(run_app_half(&bus, TEST)), "the keeper left for the window");
}

#[test]
fn with_no_tray_host_the_keeper_hands_over_to_a_minimized_window() {
    const TEST: &str = "with_no_tray_host_the_keeper_hands_over_to_a_minimized_window";
    if is_app_half() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store_bells_on(data.path());
        let leave = keep_from(data.path(), "2026-03-02T10:00:00+01:00");
        assert_eq!(leave, Ok(Leave::Window(Opening::Minimized)));
        return;
    }
    let bus = Bus::start();
    assert!(passed(run_app_half(&bus, TEST)), "the keeper stepped aside");
}

#[test]
fn stillpoint_in_the_background_shows_its_tray_and_hands_a_second_start_to_the_window() {
    let bus = Bus::start();
    let (_watcher, registered) = Watcher::serve(&bus);
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store_bells_on(data.path());
    // As the window starts it when it closes with the bells kept.
    let exe = std::path::Path::new(env!("CARGO_BIN_EXE_stillpoint"));
    let data_dir = stillpoint::paths::DataDir::at(data.path());
    let mut keeper = keeper::background_command(exe, &data_dir)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("LANG", "C.UTF-8")
        .env_remove("XDG_RUNTIME_DIR")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let item = registered.recv_timeout(PATIENCE);
    let socket = stillpoint::instance::socket_path(None, data.path());
    let answered = item.is_ok() && stillpoint::instance::send(&socket, stillpoint::instance::Request::Show).is_ok();
    // Asked for the window, it leaves the tray for it (and, with no
    // display here, says the window cannot open).
    let deadline = Instant::now() + PATIENCE;
    while !matches!(keeper.try_wait(), Ok(Some(_))) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = keeper.kill();
    let output = keeper.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(item.is_ok(), "no tray item registered: {said}");
    assert!(answered, "the tray did not answer a second start: {said}");
    assert!(
        said.contains("cannot open the window"),
        "the window was not asked for: {said}"
    );
}

#[test]
fn closing_the_window_asks_once_and_keeps_the_bells_in_the_tray() {
    const TEST: &str = "closing_the_window_asks_once_and_keeps_the_bells_in_the_tray";
    if is_app_half() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let wall = Arc::new(Wall(Mutex::new(at("2026-03-02T10:00:00+01:00"))));
        let to_tray = Arc::new(AtomicBool::new(false));
        let mut harness = app_closing_to(data.path(), wall, to_tray.clone());
        step_until(&mut harness, "the tray icon", |app| {
            app.desk.as_ref().and_then(|d| d.tray_shown()) == Some(true)
        });
        // The window's close button.
        let close = |harness: &mut egui_kittest::Harness<'static, stillpoint::ui::StillpointApp>| {
            harness
                .input_mut()
                .viewports
                .entry(egui::ViewportId::ROOT)
                .or_default()
                .events
                .push(egui::ViewportEvent::Close);
            harness.run_steps(2);
        };
        close(&mut harness);
        assert!(!to_tray.load(Ordering::SeqCst), "asked first");
        harness.get_by_label("Keep the bells in the tray").click();
        harness.run_steps(2);
        assert!(to_tray.load(Ordering::SeqCst), "the bells go to the tray");
        assert_eq!(harness.state().settings.close_to_tray, Some(true), "the answer is kept");
        return;
    }
    let bus = Bus::start();
    let (_watcher, _registered) = Watcher::serve(&bus);
    assert!(
        passed(run_app_half(&bus, TEST)),
        "the app's half saw the question and its answer"
    );
}

/// The calendar from a given moment on, moving with real time, that jumps
/// 45 minutes ahead (a bell's interval) once the file `jump` exists: the
/// next bell comes without the test waiting for it.
struct Jumping {
    running: Running,
    jump: std::path::PathBuf,
}

impl WallClock for Jumping {
    fn now(&self) -> DateTime<FixedOffset> {
        let jumped = if self.jump.exists() { 45 } else { 0 };
        self.running.now() + chrono::TimeDelta::minutes(jumped)
    }
}

/// The tray item's menu as its host reads it (`com.canonical.dbusmenu`'s
/// `GetLayout` at `/MenuBar`): the top level's items, by id and label.
fn tray_menu(host: &zbus::blocking::Connection, item: &str) -> Vec<(i32, String)> {
    use zbus::zvariant::{OwnedValue, Structure, Value};
    type Layout = (u32, (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>));
    let reply = host
        .call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "GetLayout",
            &(0i32, -1i32, Vec::<String>::new()),
        )
        .unwrap_or_else(|e| panic!("the tray's menu: {e}"));
    let (_revision, (_root, _props, children)): Layout = reply
        .body()
        .deserialize()
        .unwrap_or_else(|e| panic!("the menu's layout: {e}"));
    children
        .iter()
        .filter_map(|child| {
            let structure: Structure = Value::from(child.try_clone().ok()?).downcast().ok()?;
            let [Value::I32(id), Value::Dict(props), ..] = structure.fields() else {
                return None;
            };
            let label: Option<String> = props.get(&"label").ok().flatten();
            Some((*id, label.unwrap_or_default()))
        })
        .collect()
}

/// The tray's menu once an item's label starts with `shown`, or a
/// failure after [`PATIENCE`].
fn menu_when(host: &zbus::blocking::Connection, item: &str, shown: &str) -> Vec<(i32, String)> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let menu = tray_menu(host, item);
        if menu.iter().any(|(_, label)| label.starts_with(shown)) {
            return menu;
        }
        assert!(Instant::now() < deadline, "{shown:?} never reached the menu: {menu:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The id of the menu's item labelled `label`.
fn item_labelled(menu: &[(i32, String)], label: &str) -> i32 {
    menu.iter()
        .find(|(_, shown)| shown == label)
        .map(|(id, _)| *id)
        .unwrap_or_else(|| panic!("no {label:?} in {menu:?}"))
}

/// Clicks the item `id` of the tray item's menu, as its host does. (The
/// test's app half may end before it answers: what the click did is
/// judged by how the half ends.)
fn click_tray_menu(host: &zbus::blocking::Connection, item: &str, id: i32) {
    let clicked = host.call_method(
        Some(item),
        "/MenuBar",
        Some("com.canonical.dbusmenu"),
        "Event",
        &(id, "clicked", zbus::zvariant::Value::from(0i32), 0u32),
    );
    match clicked {
        Ok(_) | Err(zbus::Error::MethodError(..)) => {}
        Err(e) => panic!("clicking the tray's menu: {e}"),
    }
}

#[test]
fn without_buttons_on_notifications_the_offer_waits_in_the_tray_and_the_next_bell_replaces_it() {
    const TEST: &str = "without_buttons_on_notifications_the_offer_waits_in_the_tray_and_the_next_bell_replaces_it";
    if is_app_half() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        store_bells_on(data.path());
        let wall = Jumping {
            running: Running {
                start: at("2026-03-02T10:29:59.500+01:00"),
                since: Instant::now(),
            },
            jump: std::env::var_os("STILLPOINT_TEST_JUMP")
                .map(Into::into)
                .unwrap_or_else(|| panic!("no jump file named")),
        };
        assert_eq!(keep_on(data.path(), &wall), Ok(Leave::Window(Opening::Pause)));
        return;
    }
    let bus = Bus::start();
    let (watcher, registered) = Watcher::serve(&bus);
    let (_server, received, _) = serve_notifications_with(&bus, false, false);
    let shared = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let jump = shared.path().join("jump");
    let child = Half(
        app_half(&bus, TEST)
            .env("STILLPOINT_TEST_JUMP", &jump)
            .spawn()
            .unwrap_or_else(|e| panic!("the app's half of {TEST}: {e}")),
    );
    let item = registered
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no tray item registered with the watcher: {e}"));

    // The 10:30 bell: words only, and the answers in the tray's menu.
    let first = received
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no notification reached the server: {e}"));
    assert_eq!(first.actions, Vec::<String>::new(), "{first:?}");
    assert_eq!(first.replaces_id, 0, "{first:?}");

    // The tray host restarts (the tray is up: the keeper made it before
    // its first bell): the item registers with the new one.
    watcher.close().unwrap_or_else(|e| panic!("{e}"));
    let (_watcher, registered_again) = Watcher::serve(&bus);
    let again = registered_again
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("the tray item did not register again after the host restarted: {e}"));
    assert_eq!(again, item);
    let host = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .and_then(|b| b.build())
        .unwrap_or_else(|e| panic!("{e}"));
    let menu = menu_when(&host, &item, "A bell at 10:30");
    let labels: Vec<&str> = menu.iter().map(|(_, label)| label.as_str()).collect();
    for wanted in [
        "A bell at 10:30: a pause is offered",
        "Take the pause",
        "In 10 minutes",
        "Not now",
    ] {
        assert!(labels.contains(&wanted), "{wanted:?} in {labels:?}");
    }

    // 45 minutes on, unanswered: the next bell's offer replaces the first.
    // (The clock jumps; a click in the menu wakes the keeper at the new
    // time, as the alarm does on the desktop, and the bell comes before
    // the click is answered.)
    std::fs::write(&jump, "").unwrap_or_else(|e| panic!("{e}"));
    click_tray_menu(&host, &item, item_labelled(&menu, "Quiet the bells for an hour"));
    let second = received
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("the next bell was not offered: {e}"));
    assert!(!second.closed, "{second:?}");
    assert_eq!(second.replaces_id, first.id, "one offer at a time: {second:?}");
    assert!(received.try_recv().is_err(), "no other notification");

    // "Not now" from the menu: the offer's words are taken away too.
    let menu = menu_when(&host, &item, "A bell at 11:15");
    click_tray_menu(&host, &item, item_labelled(&menu, "Not now"));
    let closed = received
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("the answered offer was not closed: {e}"));
    assert!(closed.closed && closed.id == first.id, "{closed:?}");

    // The pause taken from the menu: the keeper leaves for the window.
    let menu = menu_when(&host, &item, "Bells quiet until");
    let take = item_labelled(&menu, "Take the pause now");
    click_tray_menu(&host, &item, take);
    assert!(passed(child), "the keeper left for the window with the pause");
}

/// The app's half of a test whose bell is offered (at once, or when the
/// desktop no longer holds it): the keeper from half a second before the
/// 10:30 bell, taking the pause when it is offered.
fn keep_until_the_pause_is_taken() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store_bells_on(data.path());
    let leave = keep_from(data.path(), "2026-03-02T10:29:59.500+01:00");
    assert_eq!(leave, Ok(Leave::Window(Opening::Pause)));
}

#[test]
fn when_a_fullscreen_window_leaves_fullscreen_the_held_bell_is_offered() {
    const TEST: &str = "when_a_fullscreen_window_leaves_fullscreen_the_held_bell_is_offered";
    if is_app_half() {
        keep_until_the_pause_is_taken();
        return;
    }
    let bus = Bus::start();
    let display = crate::support::display::Display::start();
    let front = crate::support::display::FrontWindow::open(&display);
    front.fullscreen(true);
    let (_watcher, registered) = Watcher::serve(&bus);
    let (server, received) = serve_notifications(&bus);
    let child = Half(
        app_half(&bus, TEST)
            .env("DISPLAY", &display.name)
            .spawn()
            .unwrap_or_else(|e| panic!("the app's half of {TEST}: {e}")),
    );
    // The presentation ends: the window's state changes, and X says so.
    held_until_released(
        &registered,
        (&server, &received),
        child,
        "a window in front is fullscreen",
        || front.fullscreen(false),
    );
}

#[test]
fn when_the_microphone_stops_recording_the_held_bell_is_offered() {
    const TEST: &str = "when_the_microphone_stops_recording_the_held_bell_is_offered";
    if is_app_half() {
        keep_until_the_pause_is_taken();
        return;
    }
    let bus = Bus::start();
    let sound = crate::support::pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    sound.add_microphone("stillpoint_microphone");
    let mut call = sound.record_microphone("stillpoint_microphone");
    let (_watcher, registered) = Watcher::serve(&bus);
    let (server, received) = serve_notifications(&bus);
    let child = Half(
        app_half(&bus, TEST)
            .envs(sound.env())
            .spawn()
            .unwrap_or_else(|e| panic!("the app's half of {TEST}: {e}")),
    );
    // The call ends: the server says its capture stream is gone.
    held_until_released(
        &registered,
        (&server, &received),
        child,
        "the microphone records",
        || {
            let _ = call.kill();
            let _ = call.wait();
        },
    );
}
