//! The accessibility bus of a test's session bus, as a desktop starts it
//! (at-spi2-core's `at-spi-bus-launcher`, from the package at-spi2-core
//! that `make test-deps` installs), and turned on, as a screen reader
//! turns it on: `IsEnabled` of `org.a11y.Status`, which apps watch to
//! know whether to show themselves on it.

// The benchmarks share this module and use none of it.
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::bus::Bus;

/// Where Debian's at-spi2-core puts the launcher.
const LAUNCHER: &str = "/usr/libexec/at-spi-bus-launcher";

/// How long the launcher may take to come onto the session bus, and to
/// go.
const PATIENCE: Duration = Duration::from_secs(10);

/// The launcher, with the accessibility bus it started (and the registry
/// that bus starts for the first client), on `bus`; stopped when dropped.
pub struct AccessibilityBus {
    launcher: Child,
    /// The launcher's runtime folder, where its bus's socket goes: the
    /// test's own, not the user's.
    _runtime: tempfile::TempDir,
}

impl AccessibilityBus {
    /// Starts the launcher on `bus` and turns accessibility on.
    pub fn start(bus: &Bus) -> AccessibilityBus {
        let runtime = tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary folder: {e}"));
        let launcher = Command::new(LAUNCHER)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("XDG_RUNTIME_DIR", runtime.path())
            // Without a display it names its bus on the session bus alone,
            // not on the X server's root window too.
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{LAUNCHER} (package at-spi2-core, `make test-deps`) could not start: {e}"));
        let accessibility = AccessibilityBus {
            launcher,
            _runtime: runtime,
        };
        let connection = zbus::blocking::connection::Builder::address(bus.address.as_str())
            .and_then(|b| b.build())
            .unwrap_or_else(|e| panic!("the test's session bus: {e}"));
        let dbus = zbus::blocking::fdo::DBusProxy::new(&connection).unwrap_or_else(|e| panic!("{e}"));
        let name = zbus::names::BusName::try_from("org.a11y.Bus").unwrap_or_else(|e| panic!("{e}"));
        let deadline = Instant::now() + PATIENCE;
        while !dbus.name_has_owner(name.clone()).unwrap_or(false) {
            assert!(
                Instant::now() < deadline,
                "{LAUNCHER} did not take the name org.a11y.Bus on the session bus within {PATIENCE:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        let status = zbus::blocking::Proxy::new(&connection, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Status")
            .unwrap_or_else(|e| panic!("{e}"));
        status
            .set_property("IsEnabled", true)
            .unwrap_or_else(|e| panic!("accessibility could not be turned on (org.a11y.Status.IsEnabled): {e}"));
        accessibility
    }
}

impl Drop for AccessibilityBus {
    fn drop(&mut self) {
        // Asked to stop, the launcher stops its bus too; killed, it would
        // leave the bus running. The registry leaves with the session bus.
        let _ = Command::new("kill")
            .args(["-TERM", &self.launcher.id().to_string()])
            .status();
        let deadline = Instant::now() + PATIENCE;
        while matches!(self.launcher.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.launcher.kill();
        let _ = self.launcher.wait();
    }
}
