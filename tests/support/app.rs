//! The app as the tests build it: on a data folder, with no sound device,
//! moved on by the test's own clocks, fonts installed as the window does.

use std::path::Path;
use std::sync::Arc;

use egui_kittest::Harness;
use stillpoint::audio::FileProbe;
use stillpoint::audio::output::Clock;
use stillpoint::paths::DataDir;
use stillpoint::practice::WallClock;
use stillpoint::ui::{AppSetup, AudioChoice, StillpointApp};

/// The app on `data` in a `size` window, its sound moved on by `clock`
/// and its calendar by `wall`, with `prepare` given its context and the
/// app before the first frame.
pub fn app_on(
    data: &Path,
    size: egui::Vec2,
    clock: Arc<dyn Clock + Sync>,
    wall: Arc<dyn WallClock>,
    prepare: impl FnOnce(&egui::Context, &mut StillpointApp) + 'static,
) -> Harness<'static, StillpointApp> {
    let data = DataDir::at(data);
    Harness::builder().with_size(size).build_eframe(move |cc| {
        let library = stillpoint::bundled::library(Some(&data.sessions()), &FileProbe);
        let mut app = StillpointApp::with_settings(
            AppSetup {
                data,
                library,
                audio: AudioChoice::Manual(clock),
                wall,
                start_with: None,
                invitation: None,
                synthesizer: None,
            },
            Default::default(),
        );
        // As the window does: Settings names each language in its own script.
        app.apply_look(&cc.egui_ctx);
        app.install_fonts(&cc.egui_ctx);
        prepare(&cc.egui_ctx, &mut app);
        app
    })
}
