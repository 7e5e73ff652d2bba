//! `make bench`, the app: under Xvfb, beside a bare eframe window of the
//! same size (1100×760) built by this bench (run with `--bare-window`),
//! measured in the same run:
//! time until the window appears, CPU over 30 s idle in the library, CPU
//! over 30 s while a session plays (through a PulseAudio null sink), and
//! peak memory; then start-up time and memory with an English library and
//! with one holding Chinese and Arabic sessions (whose fonts are loaded
//! only when a text needs them); and, on a session bus with a tray host,
//! the bells kept in the tray with no window beside the window idle; and
//! how often each wakes the computer (all threads' context switches a
//! second) and the CPU it takes, playing the silent sit in the terminal
//! and in the window, and keeping the bells in the tray, beside `paplay`
//! playing the same sit to the same sink.
//! Prints figures; asserts nothing about time.

use crate::support::timing::scaled;
use crate::support::usage::{self, usage};
use crate::support::{bus, pulse};

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The virtual display the bench opens its windows on: the first free
/// from :97 (another X server, or another bench, may hold one).
fn display() -> &'static str {
    static DISPLAY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DISPLAY.get_or_init(|| {
        let free = (97..200)
            .find(|n| !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists())
            .unwrap_or(97);
        format!(":{free}")
    })
}
/// How many starts are timed.
fn runs() -> usize {
    scaled(5, 1)
}

/// How long CPU is measured over.
fn span() -> Duration {
    scaled(Duration::from_secs(30), Duration::from_secs(2))
}

/// How long to wait before measuring, `full` or a little when quick.
fn settled(full: Duration) -> Duration {
    scaled(full, full.min(Duration::from_secs(2)))
}

/// A window with nothing in it: what any eframe app costs. The bench runs
/// itself with `--bare-window` to open it.
pub fn bare_window() {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_inner_size([1100.0, 760.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let _ = eframe::run_ui_native("bare", options, |ui, _frame| {
        ui.label("");
    });
}

fn window_shown(title: &str) -> bool {
    Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", &format!("^{title}$")])
        .env("DISPLAY", display())
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.is_empty())
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// Milliseconds from spawning until the window is on screen (median of
/// [`runs`]).
fn time_to_window(spawn: impl FnMut() -> Child, title: &str) -> f64 {
    start_and_memory(spawn, title, Duration::ZERO).0
}

/// Share of one core used over `span`, after `settle`; and peak memory.
fn cpu_over(child: Child, settle: Duration, span: Duration) -> (f64, u64) {
    std::thread::sleep(settled(settle));
    let before = usage(child.id()).unwrap_or_default();
    std::thread::sleep(span);
    let after = usage(child.id()).unwrap_or_default();
    stop(child);
    ((after.0 - before.0) / span.as_secs_f64() * 100.0, after.1)
}

/// Milliseconds to the window (median of [`runs`]) and peak memory in KiB
/// after `settle` on the first screen (the highest of the runs).
fn start_and_memory(mut spawn: impl FnMut() -> Child, title: &str, settle: Duration) -> (f64, u64) {
    let mut times = Vec::new();
    let mut peak = 0;
    for _ in 0..runs() {
        let start = Instant::now();
        let child = spawn();
        while !window_shown(title) && start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(5));
        }
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        std::thread::sleep(settle);
        peak = peak.max(usage(child.id()).unwrap_or_default().1);
        stop(child);
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], peak)
}

/// Stores `settings` as the app keeps them, so it starts as a returning
/// practitioner's would: in the library, past the first-run welcome.
fn store_settings(data: &std::path::Path, settings: &stillpoint::settings::Settings) {
    let value = ron::to_string(settings).unwrap_or_else(|e| panic!("{e}"));
    let stored: std::collections::HashMap<String, String> =
        [("stillpoint-settings".to_owned(), value)].into_iter().collect();
    let file = ron::to_string(&stored).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(data.join("settings.ron"), file).unwrap_or_else(|e| panic!("{e}"));
}

/// A data folder whose own sessions are `fixtures` (under tests/sessions).
fn library_of(fixtures: &[&str]) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    store_settings(data.path(), &Default::default());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions");
    for fixture in fixtures {
        let from = root.join(fixture);
        let name = from.file_name().unwrap_or_default().to_owned();
        std::fs::copy(&from, sessions.join(name)).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    }
    data
}

/// Start-up and memory: the bare window, the English library, and a
/// library in Chinese (the interface too) holding Chinese and Arabic
/// sessions, whose fonts are found and loaded as they are first drawn.
fn scripts_figures(me: &std::path::Path, app: &std::path::Path) {
    let english = library_of(&[]);
    let scripts = library_of(&SCRIPT_FIXTURES);
    let spawn = |program: &std::path::Path, args: &[&str], data: &std::path::Path, lang: &str| {
        Command::new(program)
            .args(args)
            .env("DISPLAY", display())
            .env("STILLPOINT_DATA_DIR", data)
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let settle = Duration::from_secs(2);
    let bare = start_and_memory(
        || spawn(me, &["--bare-window"], english.path(), "C.UTF-8"),
        "Bare window",
        settle,
    );
    let en = start_and_memory(|| spawn(app, &[], english.path(), "C.UTF-8"), "Stillpoint", settle);
    let zh = start_and_memory(|| spawn(app, &[], scripts.path(), "zh_TW.UTF-8"), "Stillpoint", settle);
    println!(
        "app, text in every script: median start of {}, peak memory 2 s after the window shows",
        runs()
    );
    let row = |name: &str, (ms, kib): (f64, u64)| {
        println!(
            "  {name:<46} {ms:>6.0} ms ({:.2}x bare) {:>7.1} MiB",
            ms / bare.0,
            kib as f64 / 1024.0
        );
    };
    row("bare eframe window", bare);
    row("English library (LANG=C.UTF-8)", en);
    row("Chinese and Arabic sessions (LANG=zh_TW.UTF-8)", zh);
}

/// The sessions of the second library: Chinese, Arabic, Thai (the
/// bundled program's Chinese versions come with it).
const SCRIPT_FIXTURES: [&str; 2] = ["good/many-scripts.ron", "good/arabic-pause.ron"];

pub fn run(only_wakeups: bool) {
    let mut xvfb = Command::new("Xvfb")
        .args([display(), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start Xvfb (make bench installs it): {e}"));
    std::thread::sleep(Duration::from_secs(1));
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store_settings(data.path(), &Default::default());
    let me = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let app = env!("CARGO_BIN_EXE_stillpoint");
    let spawn = |program: &std::path::Path, args: &[&str], extra: &[(&'static str, String)]| {
        Command::new(program)
            .args(args)
            .env("DISPLAY", display())
            .env("STILLPOINT_DATA_DIR", data.path())
            .envs(extra.iter().cloned())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let app_path = std::path::Path::new(app);
    if only_wakeups {
        wakeup_figures(app_path);
        let _ = xvfb.kill();
        let _ = xvfb.wait();
        return;
    }
    scripts_figures(&me, app_path);

    let bare_ms = time_to_window(|| spawn(&me, &["--bare-window"], &[]), "Bare window");
    let app_ms = time_to_window(|| spawn(app_path, &[], &[]), "Stillpoint");
    let span = span();
    let (bare_idle, bare_peak) = cpu_over(spawn(&me, &["--bare-window"], &[]), Duration::from_secs(3), span);
    let (app_idle, app_idle_peak) = cpu_over(spawn(app_path, &[], &[]), Duration::from_secs(3), span);
    let sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let (app_playing, app_playing_peak) = cpu_over(
        spawn(app_path, &["play", "silent-sit"], &sink.env()),
        Duration::from_secs(20),
        span,
    );
    // A guided session with Spoken guidance off, then on (a fresh cache:
    // the cues are synthesized as it plays).
    let mut guided = Vec::new();
    for speak in [false, true] {
        let settings = stillpoint::settings::Settings {
            speak_guidance: speak,
            speech_offered: true,
            ..Default::default()
        };
        store_settings(data.path(), &settings);
        let _ = std::fs::remove_dir_all(data.path().join("speech-cache"));
        guided.push(cpu_over(
            spawn(app_path, &["play", "body-scan"], &sink.env()),
            Duration::from_secs(10),
            span,
        ));
    }
    drop(sink);
    tray_figures(app_path);
    wakeup_figures(app_path);
    let _ = xvfb.kill();
    let _ = xvfb.wait();

    println!(
        "app: under Xvfb, median of {} starts; CPU as a share of one core over {} s",
        runs(),
        span.as_secs()
    );
    println!(
        "  window appears:   Stillpoint {app_ms:.0} ms, bare eframe window {bare_ms:.0} ms ({:.2}x; target within 1.3x)",
        app_ms / bare_ms
    );
    println!("  idle, library:    Stillpoint {app_idle:.2}%, bare window {bare_idle:.2}% (target 0%)");
    println!("  playing a session (silent sit, PulseAudio null sink): {app_playing:.2}% (target under 1%)");
    println!(
        "  playing the body scan, from 10 s to 40 s: spoken guidance off {:.2}%, on {:.2}% (synthesizing as it goes); peak memory {:.1} MiB off, {:.1} MiB on",
        guided[0].0,
        guided[1].0,
        guided[0].1 as f64 / 1024.0,
        guided[1].1 as f64 / 1024.0
    );
    println!(
        "  peak memory:      Stillpoint idle {:.1} MiB, playing {:.1} MiB; bare window {:.1} MiB",
        app_idle_peak as f64 / 1024.0,
        app_playing_peak as f64 / 1024.0,
        bare_peak as f64 / 1024.0
    );
}

/// The bells at the desk kept in the tray, with no window, beside the
/// window idle in the library; both on a session bus of their own with a
/// tray host's watcher, the bells on. CPU over 30 s after 3 s, and peak
/// memory.
fn tray_figures(app: &std::path::Path) {
    let bus = bus::Bus::start();
    let (_watcher, registered) = bus::Watcher::serve(&bus);
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut settings = stillpoint::settings::Settings::default();
    settings.pause.enabled = true;
    store_settings(data.path(), &settings);
    let spawn = |args: &[&str]| {
        Command::new(app)
            .args(args)
            .env("DISPLAY", display())
            .env("STILLPOINT_DATA_DIR", data.path())
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let span = span();
    let window = spawn(&[]);
    let start = Instant::now();
    while !window_shown("Stillpoint") && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let (window_cpu, window_peak) = cpu_over(window, Duration::from_secs(3), span);
    while registered.try_recv().is_ok() {}
    let tray = spawn(&["--background"]);
    let shown = registered.recv_timeout(Duration::from_secs(20)).is_ok();
    let (tray_cpu, tray_peak) = cpu_over(tray, Duration::from_secs(3), span);
    println!(
        "  the bells in the tray, no window{}: CPU {tray_cpu:.2}% (target 0%), peak memory {:.1} MiB; the window idle in the library: CPU {window_cpu:.2}%, peak memory {:.1} MiB",
        if shown { "" } else { " (THE TRAY ICON DID NOT REGISTER)" },
        tray_peak as f64 / 1024.0,
        window_peak as f64 / 1024.0
    );
}

/// Wakeups a second and CPU over 30 s: `paplay` playing the silent sit
/// rendered to a file, the terminal player and the window playing it, on
/// one PulseAudio null sink, from 40 s in (past the settling countdown, the
/// opening bowls and the one cue: nothing changes on screen); and the bells
/// in the tray with no window, on a session bus of its own with a tray
/// host.
fn wakeup_figures(app: &std::path::Path) {
    use usage::wakeups;
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store_settings(data.path(), &stillpoint::settings::Settings::default());
    let sit = data.path().join("silent-sit.wav");
    let rendered = Command::new(app)
        .args(["render", "silent-sit", "--length", "5m", "-o"])
        .arg(&sit)
        .env("STILLPOINT_DATA_DIR", data.path())
        .output();
    assert!(rendered.is_ok_and(|o| o.status.success()), "render failed");
    let span = span();
    let measure = |child: Child, settle: Duration| {
        std::thread::sleep(settled(settle));
        let before = (
            wakeups(child.id()).unwrap_or(0),
            usage(child.id()).unwrap_or_default().0,
        );
        std::thread::sleep(span);
        let after = (
            wakeups(child.id()).unwrap_or(0),
            usage(child.id()).unwrap_or_default().0,
        );
        stop(child);
        (
            (after.0 - before.0) as f64 / span.as_secs_f64(),
            (after.1 - before.1) / span.as_secs_f64() * 100.0,
        )
    };
    let sink = pulse::NullSink::start().unwrap_or_else(|e| panic!("{e}"));
    let quiet = |mut command: Command| {
        command
            .env("STILLPOINT_DATA_DIR", data.path())
            .env("DISPLAY", display())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let mut paplay = sink.command("paplay");
    paplay.arg("--device=stillpoint_test").arg(&sit);
    let mut terminal = sink.command(&app.display().to_string());
    terminal.args(["play", "silent-sit", "--length", "5m", "--no-gui"]);
    let mut window = sink.command(&app.display().to_string());
    window.args(["play", "silent-sit", "--length", "5m"]);
    let opening = Duration::from_secs(40);
    let rows = [
        (
            "baseline: paplay of the sit rendered",
            measure(quiet(paplay), opening),
            None,
        ),
        (
            "stillpoint play silent-sit --no-gui",
            measure(quiet(terminal), opening),
            Some("at most 15/s, 0.5%"),
        ),
        (
            "the window playing the silent sit",
            measure(quiet(window), opening),
            Some("at most 20/s, 0.5%"),
        ),
    ];
    drop(sink);
    let bus = bus::Bus::start();
    let (_watcher, registered) = bus::Watcher::serve(&bus);
    let mut settings = stillpoint::settings::Settings::default();
    settings.pause.enabled = true;
    store_settings(data.path(), &settings);
    let mut tray = Command::new(app);
    tray.arg("--background").env("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let tray = quiet(tray);
    let shown = registered.recv_timeout(Duration::from_secs(20)).is_ok();
    let (tray_wakeups, tray_cpu) = measure(tray, Duration::from_secs(5));
    println!(
        "wakeups: all threads' context switches a second, and CPU as a share of one core, over {} s",
        span.as_secs()
    );
    for (name, (wakeups, cpu), target) in rows {
        let target = target.map(|t| format!(" (target {t})")).unwrap_or_default();
        println!("  {name}: {wakeups:.1} wakeups/s, {cpu:.2}%{target}");
    }
    println!(
        "  the bells in the tray, no window{}: {tray_wakeups:.2} wakeups/s, {tray_cpu:.2}% (target at most 1/s, 0%)",
        if shown { "" } else { " (THE TRAY ICON DID NOT REGISTER)" }
    );
}
