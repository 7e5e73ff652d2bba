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
