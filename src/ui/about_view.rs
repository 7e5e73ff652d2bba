//! What the practice is, and is not: a kind note shown once before the
//! first session, and again in About with the version.

use super::design::{self, space};
use super::page::{Page, card_ui, section_heading_ui};

/// The note, a paragraph a line: one text for the first run and About.
pub fn care_note() -> [String; 3] {
    [
        crate::t!("library-care-note-not-therapy"),
        crate::t!("library-care-note-invitation"),
        crate::t!("library-care-note-support"),
    ]
}

/// What the person asked for on these screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AboutAction {
    /// The first-run note has been read; do not show it again.
    NoteRead,
    /// Leave About for the library.
    Back,
}

/// The note, as a quiet card above the library on the first run.
pub fn care_note_ui(ui: &mut egui::Ui) -> Option<AboutAction> {
    let palette = design::current(ui.ctx());
    let mut action = None;
    design::card_frame(&palette).show(ui, |ui| {
        ui.set_max_width(space::READING_WIDTH);
        ui.label(
            egui::RichText::new(crate::t!("library-care-note-title"))
                .family(design::strong_family())
                .size(design::size::BODY + 1.0),
        );
        ui.add_space(space::XS);
        for paragraph in care_note() {
            ui.label(paragraph);
            ui.add_space(space::XS);
        }
        ui.add_space(space::XS);
        if ui.button(crate::t!("library-care-note-thanks")).clicked() {
            action = Some(AboutAction::NoteRead);
        }
    });
    action
}

/// About Stillpoint: what it is, its version, and the note.
pub fn about_ui(ui: &mut egui::Ui) -> Option<AboutAction> {
    let title = crate::t!("library-about-title");
    let page = Page::reading("about", &title);
    let back = page.show(ui, |ui, palette| {
        ui.weak(crate::t!(
            "library-about-version",
            version = env!("CARGO_PKG_VERSION"),
            session_format = crate::session::FORMAT_VERSION,
            log_format = crate::practice::FORMAT_VERSION
        ));
        ui.add_space(space::S);
        ui.label(egui::RichText::new(crate::t!("library-about-summary")).size(design::size::BODY + 1.0));
        section_heading_ui(ui, &crate::t!("library-about-what-it-is"), None);
        card_ui(ui, palette, |ui| {
            for (index, paragraph) in care_note().into_iter().enumerate() {
                if index > 0 {
                    ui.add_space(space::S);
                }
                ui.label(paragraph);
            }
        });
        ui.add_space(space::L);
        ui.weak(crate::t!("library-about-program"));
    });
    back.then_some(AboutAction::Back)
}
