//! Opening the desktop app from the command line: into the window
//! already open on this data folder when there is one, the bells kept in
//! the tray when started at login, or a new window.

use std::process::ExitCode;

use crate::paths::DataDir;
use crate::session::{Duration, Library};
use crate::t;
use crate::ui::Launch;

/// The app without a session to open: an app already open on this data
/// folder is asked to come forward (with the pause, when `take_pause`)
/// instead of a second one opening; with `--background`, it is left be.
pub fn open_desktop(data: DataDir, background: bool, take_pause: bool) -> anyhow::Result<ExitCode> {
    use crate::instance::{self, Request};
    let socket = socket_of(&data);
    let handed = match (take_pause, background) {
        (true, _) => instance::send(&socket, Request::Pause).is_ok(),
        (false, true) => instance::is_open(&socket),
        (false, false) => instance::send(&socket, Request::Show).is_ok(),
    };
    if !handed {
        let mut launch = Launch {
            background: background && !take_pause,
            take_pause,
            ..Launch::default()
        };
        if launch.background {
            match keep_in_tray(&data, &socket) {
                Some(wanted) => launch = wanted,
                None => return Ok(ExitCode::SUCCESS),
            }
        }
        return open_app_with(data, None, None, None, launch);
    }
    if take_pause {
        println!("{}", t!("desktop-pause-handed"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Keeps the bells at the desk in the tray, with no window, until the
/// window is wanted (how it opens) or the practitioner quits (`None`).
/// Where there is no tray, the window opens minimized.
fn keep_in_tray(data: &DataDir, socket: &std::path::Path) -> Option<Launch> {
    use crate::desk::keeper::{self, Leave, Opening};
    let settings = crate::settings::Settings::from_file(&data.app_settings());
    crate::i18n::use_locale(settings.locale());
    match keeper::keep(data, socket, settings.desk(), &crate::practice::SystemWallClock) {
        Ok(Leave::Quit) => None,
        Ok(Leave::Window(opening)) => Some(Launch::from(opening)),
        Err(reason) => {
            let note = t!("desktop-tray-only-failed", reason = reason.to_string());
            eprintln!("stillpoint: {}", t!("cli-note", message = note));
            Some(Launch::from(Opening::Minimized))
        }
    }
}

/// Where the app open on `data` listens for a second start.
fn socket_of(data: &DataDir) -> std::path::PathBuf {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(std::path::PathBuf::from);
    crate::instance::socket_path(runtime.as_deref(), data.root())
}

/// Opens the desktop app, into the player or a shared sit when given; it
/// listens for a second start. The library, when not already read, is read
/// while the window opens.
pub fn open_app_with(
    data: DataDir,
    library: Option<Library>,
    start_with: Option<(crate::session::Session, Option<Duration>)>,
    invitation: Option<crate::cohort::Invitation>,
    launch: Launch,
) -> anyhow::Result<ExitCode> {
    let launch = Launch {
        socket: Some(socket_of(&data)),
        ..launch
    };
    let window_data = data.clone();
    let setup = move || crate::ui::AppSetup {
        library: library.unwrap_or_else(|| load_library(&data)),
        data,
        audio: crate::ui::AudioChoice::Device,
        wall: std::sync::Arc::new(crate::practice::SystemWallClock),
        start_with,
        invitation,
        synthesizer: crate::audio::speech::Synthesizer::find(),
    };
    crate::ui::run(&window_data, setup, launch)?;
    Ok(ExitCode::SUCCESS)
}

fn load_library(data: &DataDir) -> Library {
    crate::bundled::library(Some(&data.sessions()), &crate::audio::FileProbe)
}
