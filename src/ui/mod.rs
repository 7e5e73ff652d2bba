//! The desktop app (eframe/egui). It shows and steers; timing lives in the
//! engine, which the app only asks for its position.

mod about_view;
mod app;
mod authoring_view;
pub mod bidi;
mod cohort_view;
pub mod design;
mod dialog;
mod fonts;
mod library_view;
mod page;
mod pause_offer_view;
pub mod player_view;
mod practice_view;
mod program_view;
mod session_page;
mod settings_view;
mod sit_together_view;
mod system_open;
mod timer;
pub mod voice_view;
mod watch;
mod welcome_view;
mod widgets;
pub mod window;

pub use about_view::care_note;
pub use app::{AppSetup, AudioChoice, Ending, Screen, StillpointApp};
pub use fonts::{Missing, MissingScripts, Script};
pub use sit_together_view::{Repeat, SitTogetherForm};
pub use system_open::Opener;
pub use watch::{FolderWatch, QUIET};
pub use welcome_view::{WelcomeAction, WelcomeChoices, WelcomeStep};
pub use window::Launch;

/// The look of the app in a theme: the design's palette on egui's
/// widgets.
pub fn visuals(theme: egui::Theme) -> egui::Visuals {
    design::visuals(theme)
}

/// The app's icon, as the window takes it.
pub fn icon() -> egui::IconData {
    let icon = crate::icon::Icon::drawn();
    egui::IconData {
        rgba: icon.rgba,
        width: icon.size,
        height: icon.size,
    }
}

/// Opens the window on `data` and runs the app until it is closed. What
/// the app starts with is made by `setup` on a thread of its own while the
/// window and its graphics are created (each takes a moment: the library
/// is read and checked, the system's fonts listed), in this thread's
/// language; the first frame takes it from there. Closed with the bells
/// kept in the tray, the tray then starts on its own, in a process of its
/// own (a window's process holds on to what it drew with).
pub fn run(
    data: &crate::paths::DataDir,
    setup: impl FnOnce() -> AppSetup + Send + 'static,
    launch: Launch,
) -> anyhow::Result<()> {
    let options = window::native_options(data);
    fonts::look_through_system_fonts();
    let locale = crate::i18n::locale();
    let preparing = std::thread::Builder::new()
        .name("stillpoint-setup".into())
        .spawn(move || {
            crate::i18n::use_locale(locale);
            setup()
        })?;
    let to_tray = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let closing_to_tray = to_tray.clone();
    eframe::run_native(
        "stillpoint",
        options,
        Box::new(|cc| {
            // A panic while preparing is the same panic here, as if it
            // had happened on this thread.
            let setup = preparing
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok(Box::new(window::launched(cc, setup, launch, closing_to_tray)))
        }),
    )
    .map_err(|e| anyhow::anyhow!(crate::t!("library-window-cannot-open", problem = e.to_string())))?;
    // The window, its tray icon and its socket are gone, and its settings
    // written: the tray's own process finds them as they were left.
    if to_tray.load(std::sync::atomic::Ordering::SeqCst)
        && let Err(e) = crate::desk::keeper::start_in_background(data)
    {
        let note = crate::t!("desktop-cannot-keep-in-tray", reason = e.to_string());
        eprintln!("stillpoint: {}", crate::t!("cli-note", message = note));
    }
    Ok(())
}
