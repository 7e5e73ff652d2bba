//! The window itself: the size it opens at, the smallest it may be, where
//! its size and place are kept, and what it does in its first frames
//! (fit a small screen, or step aside when started at login).
//!
//! Sizes are in points: egui multiplies them by the system's scale factor
//! (and the app's text size, a zoom on top of it), so the window keeps
//! its proportions on any screen.

pub mod desk;

use crate::paths::DataDir;

/// The size the window opens at the first time: room for the library's
/// cards and a session page beside generous margins, on a laptop.
pub const PREFERRED_SIZE: egui::Vec2 = egui::vec2(1100.0, 760.0);

/// The smallest the window may be made: the player and its controls
/// still fit.
pub const MIN_SIZE: egui::Vec2 = egui::vec2(420.0, 360.0);

/// The share of a monitor a first window may take: panels, docks and the
/// title bar take the rest (a tenth of a 768-pixel laptop screen is about
/// what they need).
const WORK_AREA_SHARE: f32 = 0.9;

/// How the app was started, beyond its setup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Launch {
    /// Started at login where there is no tray: the window minimizes
    /// itself once shown, while the bells at the desk go on. (Where there
    /// is a tray, the bells are kept there with no window:
    /// [`crate::desk::keeper`].)
    pub background: bool,
    /// Start the three-minute pause at once (`stillpoint pause`).
    pub take_pause: bool,
    /// A bell's offer of the pause to show (it rang while the bells were
    /// kept in the tray, on a desktop with no notifications).
    pub offer: Option<crate::pause::PauseOffer>,
    /// Where to listen for a second start's requests
    /// ([`crate::instance`]).
    pub socket: Option<std::path::PathBuf>,
}

impl From<crate::desk::keeper::Opening> for Launch {
    /// How the window opens when the bells kept in the tray hand over to
    /// it.
    fn from(opening: crate::desk::keeper::Opening) -> Launch {
        use crate::desk::keeper::Opening;
        Launch {
            background: opening == Opening::Minimized,
            take_pause: opening == Opening::Pause,
            offer: match opening {
                Opening::Offer(offer) => Some(offer),
                _ => None,
            },
            socket: None,
        }
    }
}

/// The window's options: its title, id and icon; the preferred and
/// smallest sizes; its size and place kept in `data`'s settings file with
/// the rest of the app's settings.
pub fn native_options(data: &DataDir) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Stillpoint")
            .with_app_id("org.stillpoint.Stillpoint")
            .with_inner_size(PREFERRED_SIZE)
            .with_min_inner_size(MIN_SIZE)
            // eframe keeps a first window within the largest monitor; the
            // first frame then fits it to the one it opened on.
            .with_clamp_size_to_monitor_size(true)
            .with_icon(super::icon()),
        renderer: eframe::Renderer::Glow,
        // The app asks for system fonts itself, after the ones it carries.
        system_font_fallback: false,
        // Settings and the window's size and place live with the rest of
        // Stillpoint's state, so --data-dir keeps them too.
        persistence_path: Some(data.app_settings()),
        persist_window: true,
        // Left to the window manager on a first start; `centered` would
        // also move a window whose place was remembered.
        centered: false,
        ..Default::default()
    }
}

/// The size a first window takes on a monitor of `monitor` points: the
/// preferred size, or less where the monitor leaves no room for it (in
/// whole points).
pub fn fitted_size(monitor: egui::Vec2) -> egui::Vec2 {
    PREFERRED_SIZE.min(monitor * WORK_AREA_SHARE).floor().max(MIN_SIZE)
}

/// What the window still has to do in its first frames.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WindowStart {
    /// No size was remembered: fit the monitor the window opened on.
    pub fit: bool,
    /// Minimize once the window has been shown (a minimized window before
    /// it is shown is not minimized by every window manager).
    pub minimize: bool,
    frames: u32,
}

impl WindowStart {
    /// `fit` the monitor (nothing remembered), `minimize` once shown.
    pub fn new(fit: bool, minimize: bool) -> WindowStart {
        WindowStart {
            fit,
            minimize,
            frames: 0,
        }
    }

    /// Sends the window what it still has to do; called each frame.
    pub fn steer(&mut self, ctx: &egui::Context) {
        if !self.fit && !self.minimize {
            return;
        }
        self.frames += 1;
        if self.fit {
            let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
            if let (Some(monitor), Some(inner)) = (monitor, inner) {
                self.fit = false;
                let fitted = fitted_size(monitor);
                if inner.width() > fitted.x || inner.height() > fitted.y {
                    ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(fitted.min(inner.size())));
                }
            } else if self.frames > 2 {
                // The window system does not say: leave it as it opened.
                self.fit = false;
            }
        }
        // The window is shown after the first frame is painted.
        if self.minimize && self.frames > 1 {
            self.minimize = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
        }
        if self.fit || self.minimize {
            ctx.request_repaint();
        }
    }
}

/// The app as the window starts it: told what its first frames do and
/// where starting at login is kept, listening for a second start, and
/// taking the pause when started for it.
/// `to_tray` is set when the window closes with the bells kept in the
/// tray.
pub fn launched(
    cc: &eframe::CreationContext<'_>,
    setup: super::AppSetup,
    launch: Launch,
    to_tray: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> super::StillpointApp {
    let mut app = super::StillpointApp::new(cc, setup);
    // eframe keeps the window's size and place under this key.
    let remembered = cc.storage.and_then(|storage| storage.get_string("window")).is_some();
    app.window_start = WindowStart::new(!remembered, launch.background);
    app.autostart = crate::autostart::Autostart::from_environment();
    if let Some(socket) = &launch.socket {
        let ctx = cc.egui_ctx.clone();
        match crate::instance::Listener::start(socket, move || ctx.request_repaint()) {
            Ok(listener) => app.requests = Some(listener),
            Err(e) => {
                let note = crate::t!("desktop-cannot-listen", reason = e.to_string());
                eprintln!("stillpoint: {}", crate::t!("cli-note", message = note));
            }
        }
    }
    app.join_desktop(&cc.egui_ctx, to_tray);
    if launch.take_pause {
        app.take_pause();
    } else if launch.offer.is_some() {
        app.pause_offer = launch.offer;
    }
    app
}

/// Brings the window forward: shown, not minimized, focused. For a request
/// the practitioner made (a key binding, opening the app again).
pub fn bring_forward(ctx: &egui::Context) {
    ctx.send_viewport_cmd(egui::ViewportCommand::Visible(true));
    ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
    ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_fit(monitor: [f32; 2], expected: [f32; 2]) {
        assert_eq!(
            fitted_size(monitor.into()),
            egui::Vec2::from(expected),
            "on {monitor:?}"
        );
    }

    #[test]
    fn a_first_window_fits_the_monitor() {
        check_fit([1920.0, 1080.0], [1100.0, 760.0]);
        check_fit([1440.0, 900.0], [1100.0, 760.0]);
        // A small laptop: the height left by panels and the title bar.
        check_fit([1366.0, 768.0], [1100.0, 691.0]);
        check_fit([1024.0, 600.0], [921.0, 540.0]);
        // Never smaller than the window may be made.
        check_fit([400.0, 300.0], [420.0, 360.0]);
    }
}
