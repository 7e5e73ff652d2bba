//! The Authoring panel: the user's session files as Stillpoint reads them,
//! those with problems first, each on a card with every problem at
//! file:line:col and the same text as `stillpoint validate`; read again
//! within a second of every save.

use crate::session::{LineCol, Origin, SessionFile, file_diagnostics_text};

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
fn user_files(library: &crate::session::Library) -> Vec<&SessionFile> {
    let mut files: Vec<&SessionFile> = library
        .files
        .iter()
        .filter(|f| matches!(f.origin, Origin::File(_)))
        .collect();
    files.sort_by_key(|f| (f.diagnostics.is_empty(), f.name.clone()));
    files
}

/// How many of the user's files have errors or warnings.
pub fn files_with_problems(library: &crate::session::Library) -> usize {
    user_files(library).iter().filter(|f| !f.diagnostics.is_empty()).count()
}

/// What the Authoring panel shows.
pub struct AuthoringView<'a> {
    pub library: &'a crate::session::Library,
    /// The user's session folder.
    pub folder: &'a std::path::Path,
    /// Why the folder is not watched for saves, when it is not.
    pub watch_problem: Option<&'a str>,
    /// A word about the last thing done here.
    pub note: Option<&'a str>,
}

/// What a press on the Authoring panel asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthoringAction {
    Back,
    /// Copy a problem's file:line:col.
    Copy(String),
    OpenFolder,
}

pub fn authoring_ui(ui: &mut egui::Ui, view: &AuthoringView) -> Option<AuthoringAction> {
    let mut action = None;
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
                path = view.folder.display().to_string()
            ));
            match view.watch_problem {
                Some(problem) => {
                    ui.label(egui::RichText::new(problem).color(palette.warn));
                }
                None => {
                    ui.weak(crate::t!("library-authoring-reread"));
                }
            }
            ui.add_space(space::XS);
            if ui.button(crate::t!("library-open-folder")).clicked() {
                action = Some(AuthoringAction::OpenFolder);
            }
            if let Some(note) = view.note {
                ui.label(note);
            }
        });
        let files = user_files(view.library);
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
                            action = Some(AuthoringAction::Copy(at.clone()));
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
        action = Some(AuthoringAction::Back);
    }
    action
}

/// Opens a folder in the desktop's file manager.
pub fn open_in_file_manager(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    super::system_open::open_with_system(dir)
}
