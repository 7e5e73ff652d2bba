//! A virtual X display of a test's own (Xvfb, from the package xvfb that
//! `make test-deps` installs), on a display number it picks itself.

// The benchmarks share this module and use none of it.
#![allow(dead_code)]

use std::io::BufRead;
use std::process::{Child, Command, Stdio};

/// An X server with no screen of its own, stopped when dropped.
pub struct Display {
    server: Child,
    /// Where clients reach it (`DISPLAY`).
    pub name: String,
}

impl Display {
    pub fn start() -> Display {
        let mut server = Command::new("Xvfb")
            // Xvfb picks a free number and writes it here once it takes
            // clients: no other test's display is taken, and no waiting.
            .args(["-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("Xvfb (package xvfb, `make test-deps`) could not start: {e}"));
        let mut number = String::new();
        if let Some(stdout) = server.stdout.take() {
            let _ = std::io::BufReader::new(stdout).read_line(&mut number);
        }
        let number = number.trim().to_owned();
        if number.is_empty() {
            let _ = server.kill();
            let _ = server.wait();
            panic!("Xvfb started but named no display");
        }
        Display {
            server,
            name: format!(":{number}"),
        }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// A window on a display, in front as a window manager says it
/// (`_NET_ACTIVE_WINDOW` on the root) and made fullscreen or not through
/// its `_NET_WM_STATE`, with no window manager running.
pub struct FrontWindow {
    x: x11rb::rust_connection::RustConnection,
    window: u32,
    state: u32,
    fullscreen: u32,
}

impl FrontWindow {
    pub fn open(display: &Display) -> FrontWindow {
        use x11rb::connection::Connection;
        use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, CreateWindowAux, WindowClass};
        let (x, screen) = x11rb::connect(Some(&display.name)).unwrap_or_else(|e| panic!("{e}"));
        let root = x.setup().roots[screen].root;
        let window = x.generate_id().unwrap_or_else(|e| panic!("{e}"));
        x.create_window(
            0,
            window,
            root,
            0,
            0,
            640,
            480,
            0,
            WindowClass::INPUT_OUTPUT,
            0,
            &CreateWindowAux::new(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let atom = |name: &str| {
            x.intern_atom(false, name.as_bytes())
                .map(|cookie| cookie.reply())
                .ok()
                .and_then(Result::ok)
                .map(|reply| reply.atom)
                .unwrap_or_else(|| panic!("no atom {name}"))
        };
        let (active, state, fullscreen) = (
            atom("_NET_ACTIVE_WINDOW"),
            atom("_NET_WM_STATE"),
            atom("_NET_WM_STATE_FULLSCREEN"),
        );
        let front = FrontWindow {
            x,
            window,
            state,
            fullscreen,
        };
        front.set(root, active, AtomEnum::WINDOW, &[window]);
        front
    }

    fn set(&self, owner: u32, property: u32, kind: x11rb::protocol::xproto::AtomEnum, values: &[u32]) {
        use x11rb::protocol::xproto::PropMode;
        use x11rb::wrapper::ConnectionExt as _;
        self.x
            .change_property32(PropMode::REPLACE, owner, property, kind, values)
            .unwrap_or_else(|e| panic!("{e}"));
        self.x.sync().unwrap_or_else(|e| panic!("{e}"));
    }

    /// Makes the window fullscreen, or not.
    pub fn fullscreen(&self, on: bool) {
        let values: &[u32] = if on { &[self.fullscreen] } else { &[] };
        self.set(self.window, self.state, x11rb::protocol::xproto::AtomEnum::ATOM, values);
    }
}
