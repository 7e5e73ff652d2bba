//! A session D-Bus of a test's own (`dbus-daemon --session`, from the
//! package dbus that `make test-deps` installs), and a stand-in for a tray
//! host's watcher on it.

use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, mpsc};

/// A session bus of the test's own.
pub struct Bus {
    daemon: Child,
    /// Where clients reach it (`DBUS_SESSION_BUS_ADDRESS`).
    pub address: String,
}

impl Bus {
    pub fn start() -> Bus {
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
    pub fn serve<I: zbus::object_server::Interface>(
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
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// A tray host's watcher: it says a host is there and hands on each item
/// that registers.
pub struct Watcher {
    pub registered: Mutex<mpsc::Sender<String>>,
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

impl Watcher {
    /// Serves a watcher on `bus`; each item that registers comes out of
    /// the receiver. Keep the connection as long as the watcher is wanted.
    pub fn serve(bus: &Bus) -> (zbus::blocking::Connection, mpsc::Receiver<String>) {
        let (send, registered) = mpsc::channel();
        let watcher = Watcher {
            registered: Mutex::new(send),
        };
        let connection = bus.serve("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher", watcher);
        (connection, registered)
    }
}
