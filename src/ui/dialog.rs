//! A question put over the screen: the offer of a pause when a bell rings,
//! whether to end a session early, whether to hear the guidance, the keys
//! the player answers to. Each sits on a card of the design in the middle
//! of the window, its heading in the title style, its words in the
//! palette's colours, the main answer filled with the accent and the
//! others quiet beside it.

use super::design::{self, Palette, space};

/// The widest a dialog grows: about fifty characters of its words, so a
/// question reads at a glance. A narrow window gives it what room it has.
pub const WIDTH: f32 = 420.0;

/// Shows the dialog `name` over the screen (which it keeps from the
/// pointer), `add_contents` on its card.
pub fn dialog_ui<R>(
    ctx: &egui::Context,
    name: &str,
    add_contents: impl FnOnce(&mut egui::Ui, &Palette) -> R,
) -> egui::ModalResponse<R> {
    let palette = design::current(ctx);
    let dark = ctx.theme() == egui::Theme::Dark;
    let frame = egui::Frame::new()
        .fill(palette.surface)
        .stroke(egui::Stroke::new(1.0, palette.line))
        .corner_radius(egui::CornerRadius::same(design::radius::CARD))
        .inner_margin(egui::Margin::same(space::L as i8))
        .shadow(ctx.global_style().visuals.window_shadow);
    // The card's margins, and a little of the window on either side.
    let room = ctx.content_rect().width() - 2.0 * (space::L + space::M);
    egui::Modal::new(egui::Id::unique(("dialog", name)))
        .frame(frame)
        // The screen beneath dimmed, not darkened: still there to go back to.
        .backdrop_color(egui::Color32::from_black_alpha(if dark { 110 } else { 64 }))
        .show(ctx, |ui| {
            ui.set_width(WIDTH.min(room).max(0.0));
            add_contents(ui, &palette)
        })
}

/// The dialog's heading: its question, in the title style.
pub fn heading_ui(ui: &mut egui::Ui, text: impl Into<String>, palette: &Palette) {
    ui.label(
        egui::RichText::new(text.into())
            .text_style(design::title_style())
            .color(palette.text),
    );
    ui.add_space(space::S);
}

/// A paragraph of the dialog, in the body's colour.
pub fn body_ui(ui: &mut egui::Ui, text: impl Into<String>, palette: &Palette) {
    ui.label(egui::RichText::new(text.into()).color(palette.text));
    ui.add_space(space::XS);
}

/// A note beneath, in secondary text.
pub fn note_ui(ui: &mut egui::Ui, text: impl Into<String>, palette: &Palette) {
    ui.label(
        egui::RichText::new(text.into())
            .size(design::size::SMALL)
            .color(palette.text_weak),
    );
}

/// The answers, with room above them, in a row that wraps where the words
/// are long: the main one first, as [`design::primary_button`], the others
/// after it as [`design::secondary_button`].
pub fn answers_ui<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.add_space(space::L);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(space::S, space::S);
        add_contents(ui)
    })
    .inner
}
