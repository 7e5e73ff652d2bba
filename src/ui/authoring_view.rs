//! The Authoring panel: the user's session files as Stillpoint reads them,
//! those with problems first, each on a card with every problem at
//! file:line:col and the same text as `stillpoint validate`; read again
//! within a second of every save.

use crate::session::{LineCol, Origin, SessionFile, file_diagnostics_text};

use super::app::{Screen, StillpointApp};
use super::design::{self, space};
use super::page::{Page, band_card_ui, card_ui};

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
    let title = crate::t!("library-authoring");
    let page = Page {
        width: space::WIDE_WIDTH,
        ..Page::reading("authoring", &title)
    };
    let back = page.show(ui, |ui, palette| {
        // Where the files are, and that they are read again on each save.
        card_ui(ui, palette, |ui| {
            ui.label(crate::t!(
                "library-authoring-folder",
                path = app.data.sessions().display().to_string()
            ));
            match app.watch.as_ref().and_then(|w| w.problem.as_deref()) {
                Some(problem) => {
                    ui.label(egui::RichText::new(problem).color(palette.warn));
                }
                None => {
                    ui.weak(crate::t!("library-authoring-reread"));
                }
            }
            ui.add_space(space::XS);
            if ui.button(crate::t!("library-open-folder")).clicked() {
                open_folder = true;
            }
            if let Some(note) = &app.authoring_note {
                ui.label(note);
            }
        });
        let files = user_files(app);
        ui.add_space(space::L);
        if files.is_empty() {
            ui.weak(crate::t!("library-authoring-none-yet"));
        }
        let (ready, to_look_at): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| f.diagnostics.is_empty());
        for file in to_look_at {
            band_card_ui(ui, palette, palette.warn, None, |ui| {
                ui.label(
                    egui::RichText::new(&file.name)
                        .family(design::strong_family())
                        .color(palette.text),
                );
                ui.add_space(space::XS);
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
                ui.add_space(space::XS);
                egui::CollapsingHeader::new(crate::t!("library-authoring-as-validate"))
                    .id_salt(("validate", &file.name))
                    .show(ui, |ui| {
                        // As a terminal shows it: the lines and the marks
                        // under them stay lined up, scrolled sideways when
                        // wider than the card.
                        egui::Frame::new()
                            .fill(palette.surface_hovered)
                            .corner_radius(egui::CornerRadius::same(design::radius::WIDGET))
                            .inner_margin(egui::Margin::same(space::S as i8 + 2))
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                egui::ScrollArea::horizontal()
                                    .id_salt(("validate-text", &file.name))
                                    .show(ui, |ui| {
                                        ui.add(
                                            egui::Label::new(
                                                egui::RichText::new(file_diagnostics_text(file).trim_end())
                                                    .monospace()
                                                    .color(palette.text),
                                            )
                                            .extend(),
                                        );
                                    });
                            });
                    });
            });
            ui.add_space(space::M);
        }
        if !ready.is_empty() {
            card_ui(ui, palette, |ui| {
                for file in ready {
                    match &file.session {
                        Some(session) => ui.label(crate::t!(
                            "library-authoring-ready",
                            file = file.name.as_str(),
                            title = session.title.as_str()
                        )),
                        None => ui.label(&file.name),
                    };
                }
            });
        }
    });
    if back {
        app.screen = Screen::Library;
    }
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
