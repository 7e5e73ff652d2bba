//! What the practice is, and is not: a kind note shown once before the
//! first session, and again in About with the version.

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
    let mut action = None;
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.strong(crate::t!("library-care-note-title"));
        for paragraph in care_note() {
            ui.label(paragraph);
        }
        if ui.button(crate::t!("library-care-note-thanks")).clicked() {
            action = Some(AboutAction::NoteRead);
        }
    });
    action
}

/// About Stillpoint: what it is, its version, and the note.
pub fn about_ui(ui: &mut egui::Ui) -> Option<AboutAction> {
    let mut action = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if ui.button(crate::t!("library-back")).clicked() {
                action = Some(AboutAction::Back);
            }
            ui.heading(crate::t!("library-about-title"));
            ui.label(crate::t!(
                "library-about-version",
                version = env!("CARGO_PKG_VERSION"),
                session_format = crate::session::FORMAT_VERSION,
                log_format = crate::practice::FORMAT_VERSION
            ));
            ui.add_space(6.0);
            ui.label(crate::t!("library-about-summary"));
            ui.add_space(12.0);
            ui.strong(crate::t!("library-about-what-it-is"));
            for paragraph in care_note() {
                ui.label(paragraph);
            }
            ui.add_space(12.0);
            ui.label(crate::t!("library-about-program"));
        });
    });
    action
}
