//! Reading the desktop as the keeper does when a bell comes due, and as
//! `stillpoint desk status` does: do-not-disturb, a fullscreen window in
//! front, a locked screen, time away, the battery. Each is asked the way
//! the desktop itself says it, once, with a short limit; what cannot be
//! told (no such service, no display) is `None` and holds nothing.
//!
//! - Do not disturb: `org.freedesktop.Notifications`' `Inhibited` property
//!   (KDE Plasma and other servers that have it; since Plasma 6.4 it is
//!   also true for a fullscreen window and a shared screen), Xfce's
//!   `xfce4-notifyd` `/do-not-disturb` through `org.xfce.Xfconf`, and
//!   GNOME's `org.gnome.desktop.notifications show-banners` through
//!   `gsettings`.
//! - A fullscreen window: on X11, the root window's `_NET_ACTIVE_WINDOW`
//!   and that window's `_NET_WM_STATE`; Wayland compositors do not say.
//! - A call or a recording: a microphone recording on the sound server
//!   (a capture stream from a source that is not a sink's monitor, not
//!   paused, not a level meter), or a camera open (a `/dev/video*` device
//!   among this user's processes' open files).
//! - A locked screen: `org.freedesktop.ScreenSaver` / `org.gnome.ScreenSaver`
//!   `GetActive`, else logind's session `LockedHint`.
//! - Time away: Mutter's `org.gnome.Mutter.IdleMonitor` `GetIdletime`,
//!   else `org.freedesktop.ScreenSaver` `GetSessionIdleTime`.
//! - The battery: UPower's `OnBattery`.

use std::time::Duration;

use super::hold::DesktopState;

/// How long one question to the desktop may take.
const ASK_LIMIT: Duration = Duration::from_millis(500);

/// The desktop's buses, opened once.
pub struct Desktop {
    session: Option<zbus::blocking::Connection>,
    system: Option<zbus::blocking::Connection>,
}

fn connect(builder: zbus::Result<zbus::blocking::connection::Builder<'static>>) -> Option<zbus::blocking::Connection> {
    builder
        .map(|b| b.method_timeout(ASK_LIMIT))
        .and_then(|b| b.build())
        .ok()
}

impl Desktop {
    /// The session and system buses, where they are.
    pub fn connect() -> Desktop {
        Desktop {
            session: connect(zbus::blocking::connection::Builder::session()),
            system: connect(zbus::blocking::connection::Builder::system()),
        }
    }

    /// What the desktop says now, its buses opened in `cell` the first
    /// time: a keeper with nothing due holds no connections.
    pub fn read_opening(cell: &std::sync::OnceLock<Desktop>) -> DesktopState {
        cell.get_or_init(Desktop::connect).read()
    }

    /// What the desktop says now.
    pub fn read(&self) -> DesktopState {
        DesktopState {
            do_not_disturb: self.do_not_disturb(),
            fullscreen: x11_fullscreen(),
            in_a_call: in_a_call(),
            screen_locked: self.screen_locked(),
            idle: self.idle(),
            on_battery: self.on_battery(),
        }
    }

    fn property<T>(connection: Option<&zbus::blocking::Connection>, at: (&str, &str, &str), name: &str) -> Option<T>
    where
        T: TryFrom<zbus::zvariant::OwnedValue>,
        T::Error: Into<zbus::Error>,
    {
        let (destination, path, interface) = at;
        let proxy = zbus::blocking::Proxy::new(connection?, destination, path, interface).ok()?;
        proxy.get_property::<T>(name).ok()
    }

    fn ask<R>(connection: Option<&zbus::blocking::Connection>, at: (&str, &str, &str), method: &str) -> Option<R>
    where
        R: serde::de::DeserializeOwned + zbus::zvariant::Type,
    {
        let (destination, path, interface) = at;
        let proxy = zbus::blocking::Proxy::new(connection?, destination, path, interface).ok()?;
        proxy.call::<_, _, R>(method, &()).ok()
    }

    fn do_not_disturb(&self) -> Option<bool> {
        let session = self.session.as_ref();
        let inhibited: Option<bool> = Self::property(
            session,
            (
                "org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
            ),
            "Inhibited",
        );
        let xfce = session.and_then(|connection| {
            let proxy =
                zbus::blocking::Proxy::new(connection, "org.xfce.Xfconf", "/org/xfce/Xfconf", "org.xfce.Xfconf")
                    .ok()?;
            let value: zbus::zvariant::OwnedValue =
                proxy.call("GetProperty", &("xfce4-notifyd", "/do-not-disturb")).ok()?;
            bool::try_from(value).ok()
        });
        any_says_so([inhibited, xfce, gnome_banners_off()])
    }

    fn screen_locked(&self) -> Option<bool> {
        let session = self.session.as_ref();
        let freedesktop: Option<bool> = Self::ask(
            session,
            (
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
            ),
            "GetActive",
        );
        let gnome: Option<bool> = Self::ask(
            session,
            (
                "org.gnome.ScreenSaver",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
            ),
            "GetActive",
        );
        let logind = self.system.as_ref().and_then(|system| {
            let path = logind_session(system)?;
            let session =
                zbus::blocking::Proxy::new(system, "org.freedesktop.login1", path, "org.freedesktop.login1.Session")
                    .ok()?;
            session.get_property::<bool>("LockedHint").ok()
        });
        any_says_so([freedesktop, gnome, logind])
    }

    fn idle(&self) -> Option<Duration> {
        let session = self.session.as_ref();
        let mutter: Option<u64> = Self::ask(
            session,
            (
                "org.gnome.Mutter.IdleMonitor",
                "/org/gnome/Mutter/IdleMonitor/Core",
                "org.gnome.Mutter.IdleMonitor",
            ),
            "GetIdletime",
        );
        let idle_ms = mutter.or_else(|| {
            Self::ask::<u32>(
                session,
                (
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                ),
                "GetSessionIdleTime",
            )
            // Seconds, as KDE gives it.
            .map(|secs| u64::from(secs) * 1000)
        })?;
        Some(Duration::from_millis(idle_ms))
    }

    fn on_battery(&self) -> Option<bool> {
        Self::property(
            self.system.as_ref(),
            (
                "org.freedesktop.UPower",
                "/org/freedesktop/UPower",
                "org.freedesktop.UPower",
            ),
            "OnBattery",
        )
    }
}

/// Calls `wake` while `holding` is set (a bell is held) whenever the
/// desktop says something changed that may end the hold: do-not-disturb
/// (the notification service's property, Xfce's and GNOME's settings), the screensaver turned on or
/// off, logind's lock, the window in front or its fullscreen state on X11,
/// a capture stream on the sound server. Each source is followed on a
/// thread of its own that sleeps in its connection until something comes;
/// where a source is not there, its thread ends. Time away needs no
/// following: coming back is read when the next bell is due.
pub fn follow(wake: super::Wake, holding: std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::Ordering;
    let wake: super::Wake = std::sync::Arc::new(move || {
        if holding.load(Ordering::Relaxed) {
            wake();
        }
    });
    let spawn = |name: &str, follow: fn(super::Wake), wake: &super::Wake| {
        let wake = wake.clone();
        let _ = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || follow(wake));
    };
    spawn("stillpoint-desktop", follow_session_bus, &wake);
    spawn("stillpoint-lock", follow_logind, &wake);
    spawn("stillpoint-front", follow_x11_front, &wake);
    spawn(
        "stillpoint-calls",
        |wake| crate::audio::output::follow_capture_streams(|| wake()),
        &wake,
    );
}

/// A match rule for the signal `member` of `interface`, at `path` if
/// given.
fn signal_rule<'a>(interface: &'a str, member: &'a str, path: Option<&'a str>) -> Option<zbus::MatchRule<'a>> {
    zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface(interface)
        .and_then(|b| b.member(member))
        .and_then(|b| match path {
            Some(path) => b.path(path),
            None => Ok(b),
        })
        .map(|b| b.build())
        .ok()
}

/// Wakes on every signal that reaches `connection`, once `rules` are
/// asked for; returns when the bus goes away.
fn wake_on_signals(connection: &zbus::blocking::Connection, rules: Vec<zbus::MatchRule<'_>>, wake: &super::Wake) {
    let Ok(bus) = zbus::blocking::fdo::DBusProxy::new(connection) else {
        return;
    };
    for rule in rules {
        let _ = bus.add_match_rule(rule);
    }
    for message in zbus::blocking::MessageIterator::from(connection).flatten() {
        if message.message_type() == zbus::message::Type::Signal {
            let member = message
                .header()
                .member()
                .map(|m| m.as_str().to_owned())
                .unwrap_or_default();
            if matches!(
                member.as_str(),
                "PropertiesChanged" | "ActiveChanged" | "Notify" | "PropertyChanged"
            ) {
                wake();
            }
        }
    }
}

/// The session bus: the notification service's properties, the
/// screensavers' `ActiveChanged`, Xfce's settings (`PropertyChanged`) and
/// GNOME's (dconf's `Notify`, for any key: the banners are read again).
fn follow_session_bus(wake: super::Wake) {
    let Ok(connection) = zbus::blocking::Connection::session() else {
        return;
    };
    let rules = [
        signal_rule(
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            Some("/org/freedesktop/Notifications"),
        ),
        signal_rule("org.freedesktop.ScreenSaver", "ActiveChanged", None),
        signal_rule("org.gnome.ScreenSaver", "ActiveChanged", None),
        signal_rule("org.xfce.Xfconf", "PropertyChanged", None),
        signal_rule("ca.desrt.dconf.Writer", "Notify", None),
    ];
    wake_on_signals(&connection, rules.into_iter().flatten().collect(), &wake);
}

/// The system bus: logind's session, whose `LockedHint` changes with the
/// lock (its signals come from the session's own path, not `auto`).
fn follow_logind(wake: super::Wake) {
    let Ok(connection) = zbus::blocking::Connection::system() else {
        return;
    };
    let Some(path) = logind_session(&connection) else {
        return;
    };
    let rules = signal_rule(
        "org.freedesktop.DBus.Properties",
        "PropertiesChanged",
        Some(path.as_str()),
    );
    wake_on_signals(&connection, rules.into_iter().collect(), &wake);
}

/// This user's session in logind, on the system bus `system`: the
/// caller's own, or else the user's display session.
fn logind_session(system: &zbus::blocking::Connection) -> Option<zbus::zvariant::OwnedObjectPath> {
    let manager = zbus::blocking::Proxy::new(
        system,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
    )
    .ok()?;
    manager.call("GetSession", &("auto",)).ok()
}

/// X11: the window in front changing (`_NET_ACTIVE_WINDOW` on the root),
/// and the state of the window in front (`_NET_WM_STATE`, fullscreen or
/// not), as property change events.
fn follow_x11_front(wake: super::Wake) {
    use x11rb::connection::Connection;
    use x11rb::protocol::Event;
    use x11rb::protocol::xproto::{AtomEnum, ChangeWindowAttributesAux, ConnectionExt, EventMask};
    if std::env::var_os("DISPLAY").is_none() {
        return;
    }
    let Ok((connection, screen)) = x11rb::connect(None) else {
        return;
    };
    let Some(root) = connection.setup().roots.get(screen).map(|s| s.root) else {
        return;
    };
    let atom = |name: &str| {
        connection
            .intern_atom(false, name.as_bytes())
            .ok()?
            .reply()
            .ok()
            .map(|r| r.atom)
    };
    let (Some(active_atom), Some(state_atom)) = (atom("_NET_ACTIVE_WINDOW"), atom("_NET_WM_STATE")) else {
        return;
    };
    let watch = |window: u32| {
        let changes = ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE);
        connection.change_window_attributes(window, &changes).map(drop).ok();
        let _ = connection.flush();
    };
    let front = || -> Option<u32> {
        let reply = connection
            .get_property(false, root, active_atom, AtomEnum::WINDOW, 0, 1)
            .ok()?
            .reply()
            .ok()?;
        reply.value32()?.next().filter(|w| *w != 0)
    };
    watch(root);
    let mut watched = front();
    if let Some(window) = watched {
        watch(window);
    }
    while let Ok(event) = connection.wait_for_event() {
        let Event::PropertyNotify(change) = event else { continue };
        if change.window == root && change.atom == active_atom {
            // Another window in front: its state is followed from now on.
            let now_front = front();
            if now_front != watched {
                if let Some(window) = watched {
                    let changes = ChangeWindowAttributesAux::new().event_mask(EventMask::NO_EVENT);
                    let _ = connection.change_window_attributes(window, &changes);
                }
                if let Some(window) = now_front {
                    watch(window);
                }
                watched = now_front;
                wake();
            }
        } else if Some(change.window) == watched && change.atom == state_atom {
            wake();
        }
    }
}

/// Whether a call or a recording is going on: a microphone recording on
/// the sound server, or a camera open.
fn in_a_call() -> Option<bool> {
    let microphone = crate::audio::output::microphone_in_use();
    let camera = camera_open(std::path::Path::new("/proc"));
    any_says_so([microphone, camera])
}

/// Whether a process this user can see (in `proc`) holds a video device
/// open; `None` without `/proc`. PipeWire's own processes are not
/// counted: they open a camera to learn what it can do.
fn camera_open(proc: &std::path::Path) -> Option<bool> {
    let processes = std::fs::read_dir(proc).ok()?;
    for process in processes.flatten() {
        let name = process.file_name();
        if !name.to_str().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())) {
            continue;
        }
        let Ok(files) = std::fs::read_dir(process.path().join("fd")) else {
            continue;
        };
        let camera = files.flatten().any(|file| {
            std::fs::read_link(file.path()).is_ok_and(|target| target.to_string_lossy().starts_with("/dev/video"))
        });
        if camera {
            let command = std::fs::read_to_string(process.path().join("comm")).unwrap_or_default();
            if !matches!(command.trim(), "pipewire" | "wireplumber") {
                return Some(true);
            }
        }
    }
    Some(false)
}

/// What several sources of one state say together: yes if any says yes,
/// no if some answered and none said yes, `None` if none could say.
fn any_says_so<const N: usize>(sources: [Option<bool>; N]) -> Option<bool> {
    sources.into_iter().flatten().reduce(|either, next| either || next)
}

/// GNOME's do-not-disturb: banners turned off, as `gsettings` reads them.
fn gnome_banners_off() -> Option<bool> {
    let output = std::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.notifications", "show-banners"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    match String::from_utf8_lossy(&output.stdout).trim() {
        "false" => Some(true),
        "true" => Some(false),
        _ => None,
    }
}

/// Whether the window in front on X11 is fullscreen; `None` without an X
/// display (Wayland compositors do not say).
fn x11_fullscreen() -> Option<bool> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt};
    std::env::var_os("DISPLAY")?;
    let (connection, screen) = x11rb::connect(None).ok()?;
    let root = connection.setup().roots.get(screen)?.root;
    let atom =
        |name: &str| -> Option<u32> { Some(connection.intern_atom(false, name.as_bytes()).ok()?.reply().ok()?.atom) };
    let (active_atom, state_atom, fullscreen_atom) = (
        atom("_NET_ACTIVE_WINDOW")?,
        atom("_NET_WM_STATE")?,
        atom("_NET_WM_STATE_FULLSCREEN")?,
    );
    let active = connection
        .get_property(false, root, active_atom, AtomEnum::WINDOW, 0, 1)
        .ok()?
        .reply()
        .ok()?
        .value32()?
        .next();
    let Some(window) = active.filter(|w| *w != 0) else {
        return Some(false);
    };
    let states: Vec<u32> = connection
        .get_property(false, window, state_atom, AtomEnum::ATOM, 0, 64)
        .ok()?
        .reply()
        .ok()?
        .value32()
        .map(|values| values.collect())
        .unwrap_or_default();
    Some(states.contains(&fullscreen_atom))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_camera_is_open_when_a_process_holds_a_video_device_but_not_when_only_pipewire_does() {
        let proc = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let process = |pid: &str, command: &str, files: &[&str]| {
            let fd = proc.path().join(pid).join("fd");
            std::fs::create_dir_all(&fd).unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(proc.path().join(pid).join("comm"), format!("{command}\n"))
                .unwrap_or_else(|e| panic!("{e}"));
            for (n, target) in files.iter().enumerate() {
                std::os::unix::fs::symlink(target, fd.join(n.to_string())).unwrap_or_else(|e| panic!("{e}"));
            }
        };
        std::fs::create_dir(proc.path().join("self")).unwrap_or_else(|e| panic!("{e}"));
        process("100", "bash", &["/dev/pts/0", "/dev/null"]);
        process("200", "pipewire", &["/dev/video0", "/dev/snd/controlC0"]);
        assert_eq!(camera_open(proc.path()), Some(false));
        process("300", "zoom", &["/dev/null", "/dev/video0"]);
        assert_eq!(camera_open(proc.path()), Some(true));
        assert_eq!(camera_open(&proc.path().join("nowhere")), None);
    }
}
