//! The Authoring panel: the user's session files as Stillpoint reads them,
//! each problem at file:line:col with the same text as `stillpoint
//! validate`, read again within a second of every save.

use crate::session::{LineCol, Origin, SessionFile, file_diagnostics_text};

use super::app::{Screen, StillpointApp};

/// "file:line:col" of a problem, as `validate` names it.
pub fn location(file: &SessionFile, diagnostic: &crate::session::Diagnostic) -> String {
    let at = diagnostic
        .span
        .map_or(LineCol { line: 1, col: 1 }, |s| LineCol::of(&file.source, s.start));
    format!("{}:{at}", file.name)
}

/// The user's own files, those with problems first.
fn user_files(app: &StillpointApp) -> Vec<&SessionFile> {
    let mut files: Vec<&SessionFile> = app
        .library
        .files
        .iter()
        .filter(|f| matches!(f.origin, Origin::File(_)))
        .collect();
    files.sort_by_key(|f| (f.diagnostics.is_empty(), f.name.clone()));
    files
}

/// How many of the user's files have errors or warnings.
pub fn files_with_problems(app: &StillpointApp) -> usize {
    user_files(app).iter().filter(|f| !f.diagnostics.is_empty()).count()
}

pub fn authoring_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut copy = None;
    let mut open_folder = false;
    egui::Panel::top("authoring-top").show(ui, |ui| {
        ui.horizontal(|ui| {
            if ui.button(crate::t!("library-back")).clicked() {
                app.screen = Screen::Library;
            }
            ui.heading(crate::t!("library-authoring"));
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::t!(
                "library-authoring-folder",
                path = app.data.sessions().display().to_string()
            ));
            if ui.button(crate::t!("library-open-folder")).clicked() {
                open_folder = true;
            }
        });
        match app.watch.as_ref().and_then(|w| w.problem.as_deref()) {
            Some(problem) => {
                ui.label(egui::RichText::new(problem).color(ui.visuals().warn_fg_color));
            }
            None => {
                ui.weak(crate::t!("library-authoring-reread"));
            }
        }
        if let Some(note) = &app.authoring_note {
            ui.label(note);
        }
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let files = user_files(app);
            if files.is_empty() {
                ui.label(crate::t!("library-authoring-none-yet"));
            }
            for file in files {
                ui.add_space(8.0);
                match (&file.session, file.diagnostics.is_empty()) {
                    (Some(session), true) => {
                        ui.label(crate::t!(
                            "library-authoring-ready",
                            file = file.name.as_str(),
                            title = session.title.as_str()
                        ));
                        continue;
                    }
                    _ => {
                        ui.label(egui::RichText::new(&file.name).strong());
                    }
                }
                for diagnostic in &file.diagnostics {
                    let at = location(file, diagnostic);
                    let line = format!("{at}: {}: {}", diagnostic.severity().word(), diagnostic.message);
                    ui.horizontal_wrapped(|ui| {
                        let shown = ui
                            .add(egui::Label::new(egui::RichText::new(&line).monospace()).sense(egui::Sense::click()))
                            .on_hover_text(crate::t!("library-authoring-copy-hint"));
                        if shown.clicked() || ui.small_button(crate::t!("library-authoring-copy")).clicked() {
                            copy = Some(at.clone());
                        }
                    });
                }
                egui::CollapsingHeader::new(crate::t!("library-authoring-as-validate"))
                    .id_salt(("validate", &file.name))
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new(file_diagnostics_text(file)).monospace());
                    });
            }
        });
    });
    if let Some(at) = copy {
        ui.ctx().copy_text(at.clone());
        app.authoring_note = Some(crate::t!("library-authoring-copied", location = at.as_str()));
    }
    if open_folder {
        app.authoring_note = Some(match open_in_file_manager(&app.data.sessions()) {
            Ok(()) => crate::t!(
                "library-authoring-opened",
                path = app.data.sessions().display().to_string()
            ),
            Err(e) => crate::t!(
                "library-authoring-not-opened",
                problem = e.to_string(),
                path = app.data.sessions().display().to_string()
            ),
        });
    }
}

/// Opens a folder in the desktop's file manager.
pub fn open_in_file_manager(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    super::system_open::open_with_system(dir)
}
