//! The offer that comes with a pause bell, in the window: taking the pause
//! first, then snoozing and not now, quieter.

use crate::desk::notifications::PauseChoice;

use super::design::{primary_button, secondary_button};
use super::dialog;

/// The offer, with a snooze of `snooze` minutes. Returns the answer, once
/// given; dismissed is "not now".
pub fn pause_offer_ui(ui: &mut egui::Ui, snooze: u32) -> Option<PauseChoice> {
    let mut choice = None;
    let modal = dialog::dialog_ui(ui.ctx(), "pause-offer", |ui, palette| {
        dialog::heading_ui(ui, crate::t!("app-pause-offer-heading"), palette);
        dialog::body_ui(ui, crate::t!("app-pause-offer-invitation"), palette);
        dialog::answers_ui(ui, |ui| {
            if ui
                .add(primary_button(crate::t!("app-pause-offer-take"), palette))
                .clicked()
            {
                choice = Some(PauseChoice::Take);
            }
            if ui
                .add(secondary_button(
                    crate::t!("app-pause-offer-snooze", minutes = snooze),
                    palette,
                ))
                .clicked()
            {
                choice = Some(PauseChoice::Snooze);
            }
            if ui
                .add(secondary_button(crate::t!("app-pause-offer-not-now"), palette))
                .clicked()
            {
                choice = Some(PauseChoice::NotNow);
            }
        });
    });
    match choice {
        None if modal.should_close() => Some(PauseChoice::NotNow),
        choice => choice,
    }
}
