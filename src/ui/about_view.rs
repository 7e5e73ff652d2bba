//! What the practice is, and is not: a kind note shown once before the
//! first session, and again in About with the version.

/// The note, a paragraph a line: one text for the first run and About.
pub const CARE_NOTE: [&str; 3] = [
    "Stillpoint offers practice, not therapy or treatment.",
    "Everything in it is an invitation. You can skip a step, open your eyes, move, or stop at any time, and come back another day.",
    "If a session stirs up more than you expected, it is all right to stop. Let someone know: a person you trust, your doctor or a counsellor. If you are in crisis, call your local emergency number or a crisis line.",
];

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
        ui.strong("Before you begin");
        for paragraph in CARE_NOTE {
            ui.label(paragraph);
        }
        if ui.button("Thank you").clicked() {
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
            if ui.button("Back to the library").clicked() {
                action = Some(AboutAction::Back);
            }
            ui.heading("About Stillpoint");
            ui.label(format!("Version {}", crate::VERSION));
            ui.add_space(6.0);
            ui.label(
                "Guided mindfulness, compassion and well-being sessions for the Compassionate Systems \
                 program, with bells timed exactly and a practice log that stays on this computer.",
            );
            ui.add_space(12.0);
            ui.strong("What this practice is, and is not");
            for paragraph in CARE_NOTE {
                ui.label(paragraph);
            }
            ui.add_space(12.0);
            ui.label(
                "The program, its arc over the six-month cycle and the traditions it draws on are described \
                 in program.md, installed with Stillpoint's documentation.",
            );
        });
    });
    action
}
