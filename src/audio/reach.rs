//! Whether a sound device can be reached at all, found without opening
//! one: ALSA writes its own error lines to the terminal when asked for a
//! device on a machine with no sound card and no sound server, and those
//! lines cannot be silenced without reaching into ALSA's C library.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// What the probe may look at: the environment and the file system. The
/// machine's own are [`System`]; tests give their own.
pub trait Surroundings {
    fn var(&self, name: &str) -> Option<OsString>;
    fn exists(&self, path: &Path) -> bool;
    fn read(&self, path: &Path) -> Option<String>;
}

/// This machine's environment and files.
pub struct System;

impl Surroundings for System {
    fn var(&self, name: &str) -> Option<OsString> {
        std::env::var_os(name)
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn read(&self, path: &Path) -> Option<String> {
        std::fs::read_to_string(path).ok()
    }
}

/// Where sound could go: a sound server's socket, a sound card, or an ALSA
/// setup of the user's own that only opening can tell about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Server(PathBuf),
    /// A server named by address (not a local socket): only connecting
    /// tells whether it answers.
    RemoteServer(String),
    Card,
    AlsaSetup(PathBuf),
}

/// Finds a route for sound, or says why there is none, in words for the
/// "No sound device" notice.
pub fn find_route(around: &dyn Surroundings) -> Result<Route, super::output::OutputError> {
    // A server named outright is the one clients use; a dead socket there
    // means no server, whatever else runs.
    if let Some(server) = around.var("PULSE_SERVER") {
        let server = server.to_string_lossy().into_owned();
        for part in server.split_whitespace() {
            match part.strip_prefix("unix:") {
                Some(path) if around.exists(Path::new(path)) => return Ok(Route::Server(PathBuf::from(path))),
                Some(_) => {}
                None if part.starts_with('/') && around.exists(Path::new(part)) => {
                    return Ok(Route::Server(PathBuf::from(part)));
                }
                None if !part.starts_with('/') => return Ok(Route::RemoteServer(part.to_owned())),
                None => {}
            }
        }
    } else {
        let mut sockets = Vec::new();
        if let Some(runtime) = around.var("XDG_RUNTIME_DIR") {
            let runtime = PathBuf::from(runtime);
            sockets.push(runtime.join("pulse/native"));
            sockets.push(runtime.join("pipewire-0"));
        }
        if let Some(pulse) = around.var("PULSE_RUNTIME_PATH") {
            sockets.push(PathBuf::from(pulse).join("native"));
        }
        // PulseAudio's system-wide mode.
        sockets.push(PathBuf::from("/run/pulse/native"));
        sockets.push(PathBuf::from("/var/run/pulse/native"));
        if let Some(socket) = sockets.into_iter().find(|s| around.exists(s)) {
            return Ok(Route::Server(socket));
        }
    }
    let cards = around.read(Path::new("/proc/asound/cards")).unwrap_or_default();
    if cards
        .lines()
        .any(|line| line.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    {
        return Ok(Route::Card);
    }
    let mut setups = vec![PathBuf::from("/etc/asound.conf")];
    if let Some(home) = around.var("HOME") {
        setups.push(PathBuf::from(home).join(".asoundrc"));
    }
    if let Some(setup) = setups.into_iter().find(|s| around.exists(s)) {
        return Ok(Route::AlsaSetup(setup));
    }
    Err(if around.var("PULSE_SERVER").is_some() {
        super::output::OutputError::NamedServerNotRunning
    } else {
        super::output::OutputError::NoCardOrServer
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[derive(Default)]
    struct Machine {
        vars: HashMap<&'static str, &'static str>,
        files: HashMap<&'static str, &'static str>,
    }

    impl Surroundings for Machine {
        fn var(&self, name: &str) -> Option<OsString> {
            self.vars.get(name).map(OsString::from)
        }
        fn exists(&self, path: &Path) -> bool {
            self.files.keys().any(|f| Path::new(f) == path)
        }
        fn read(&self, path: &Path) -> Option<String> {
            self.files
                .iter()
                .find(|(f, _)| Path::new(f) == path)
                .map(|(_, text)| (*text).to_owned())
        }
    }

    fn check(
        vars: &[(&'static str, &'static str)],
        files: &[(&'static str, &'static str)],
        expected: Result<Route, &str>,
    ) {
        let machine = Machine {
            vars: vars.iter().copied().collect(),
            files: files.iter().copied().collect(),
        };
        assert_eq!(
            find_route(&machine).map_err(|e| e.to_string()),
            expected.map_err(str::to_owned),
            "{vars:?} {files:?}"
        );
    }

    const NO_CARDS: (&str, &str) = ("/proc/asound/cards", "--- no soundcards ---\n");
    const ONE_CARD: (&str, &str) = (
        "/proc/asound/cards",
        " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n                      HDA Intel PCH at 0xf7f10000 irq 32\n",
    );

    #[test]
    fn a_route_is_found_or_named_missing() {
        let runtime = [("XDG_RUNTIME_DIR", "/run/user/1000")];
        check(
            &[],
            &[NO_CARDS],
            Err("there is no sound card and no sound server running"),
        );
        check(&[], &[], Err("there is no sound card and no sound server running"));
        check(
            &runtime,
            &[NO_CARDS],
            Err("there is no sound card and no sound server running"),
        );
        check(
            &runtime,
            &[NO_CARDS, ("/run/user/1000/pulse/native", "")],
            Ok(Route::Server("/run/user/1000/pulse/native".into())),
        );
        check(
            &runtime,
            &[("/run/user/1000/pipewire-0", "")],
            Ok(Route::Server("/run/user/1000/pipewire-0".into())),
        );
        check(&[], &[ONE_CARD], Ok(Route::Card));
        check(
            &[("HOME", "/home/ana")],
            &[NO_CARDS, ("/home/ana/.asoundrc", "pcm.!default bluealsa")],
            Ok(Route::AlsaSetup("/home/ana/.asoundrc".into())),
        );
    }

    #[test]
    fn a_named_server_is_the_one_that_counts() {
        check(
            &[("PULSE_SERVER", "unix:/tmp/test/native")],
            &[("/tmp/test/native", "")],
            Ok(Route::Server("/tmp/test/native".into())),
        );
        // Its socket gone: the usual socket does not stand in for it.
        check(
            &[
                ("PULSE_SERVER", "unix:/nonexistent/native"),
                ("XDG_RUNTIME_DIR", "/run/user/1000"),
            ],
            &[NO_CARDS, ("/run/user/1000/pulse/native", "")],
            Err("the sound server named in PULSE_SERVER is not running, and there is no sound card"),
        );
        check(
            &[("PULSE_SERVER", "unix:/nonexistent/native")],
            &[ONE_CARD],
            Ok(Route::Card),
        );
        check(
            &[("PULSE_SERVER", "tcp:studio.local:4713")],
            &[NO_CARDS],
            Ok(Route::RemoteServer("tcp:studio.local:4713".into())),
        );
    }
}
