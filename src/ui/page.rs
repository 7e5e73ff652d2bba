//! The frame of a screen one reads or sets things on (a session's page, a
//! program, My practice, Settings and the others): the way back to the
//! library, the screen's title, and its content in one column, no wider
//! than reads well, centred in a roomy window with the design's margins
//! around it. The whole page scrolls when it is taller than the window.

use super::bidi::{Direction, paragraph_ui};
use super::design::{self, Palette, space};

/// A screen's frame: what it shows above its content.
pub struct Page<'a> {
    /// Keeps the page's scroll position apart from other screens'.
    pub id: &'a str,
    /// The words of the way back.
    pub back: String,
    pub title: &'a str,
    /// Which way the title reads: a session's language's way, or as its
    /// first letter says.
    pub direction: Option<Direction>,
    /// The widest the column grows ([`space::READING_WIDTH`] for reading,
    /// [`space::WIDE_WIDTH`] for charts and rows of controls).
    pub width: f32,
}

impl<'a> Page<'a> {
    /// A page at reading width, back to the library, its title read as
    /// its first letter says; change what differs.
    pub fn reading(id: &'a str, title: &'a str) -> Page<'a> {
        Page {
            id,
            back: crate::t!("library-back"),
            title,
            direction: None,
            width: space::READING_WIDTH,
        }
    }
}

impl Page<'_> {
    /// Draws the page, `add_contents` under its title in the column.
    /// Returns whether the way back was pressed.
    pub fn show(self, ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui, &Palette)) -> bool {
        let palette = design::current(ui.ctx());
        let mut back = false;
        egui::CentralPanel::default().frame(egui::Frame::new()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("page", self.id))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let column = column_rect(ui, self.width);
                    ui.scope_builder(
                        egui::UiBuilder::new()
                            .max_rect(column)
                            .layout(egui::Layout::top_down(egui::Align::Min)),
                        |ui| {
                            back = back_ui(ui, &self.back, &palette);
                            ui.add_space(space::S);
                            paragraph_ui(
                                ui,
                                egui::RichText::new(self.title)
                                    .text_style(design::title_style())
                                    .color(palette.text),
                                self.direction,
                            );
                            ui.add_space(space::S);
                            add_contents(ui, &palette);
                        },
                    );
                    ui.add_space(space::XL);
                });
        });
        back
    }
}

/// The column of a page: at most `width` wide, centred, with the screen's
/// margins on either side (narrow ones in a small window) and above.
fn column_rect(ui: &egui::Ui, width: f32) -> egui::Rect {
    let room = ui.available_width();
    let side = if room >= 720.0 { space::XL } else { space::M };
    let width = (room - 2.0 * side).min(width).max(0.0);
    let left = ui.max_rect().left() + (room - width) / 2.0;
    egui::Rect::from_min_size(
        egui::pos2(left, ui.cursor().top() + space::L),
        egui::vec2(width, f32::INFINITY),
    )
}

/// The way back to the library: quiet, at the column's top. Returns whether
/// it was pressed.
fn back_ui(ui: &mut egui::Ui, words: &str, palette: &Palette) -> bool {
    ui.add(egui::Button::new(egui::RichText::new(words).color(palette.text_weak)).frame(false))
        .clicked()
}

/// A section's heading, with a small mark of `accent` before it (a domain's
/// colour) when given. Returns the heading, to name a control by.
pub fn section_heading_ui(ui: &mut egui::Ui, heading: &str, accent: Option<egui::Color32>) -> egui::Response {
    ui.add_space(space::L);
    let shown = ui.horizontal(|ui| {
        if let Some(accent) = accent {
            accent_dot_ui(ui, accent);
        }
        ui.heading(heading)
    });
    ui.add_space(space::XS);
    shown.inner
}

/// A small round mark in `accent`: a domain's colour beside its name.
pub fn accent_dot_ui(ui: &mut egui::Ui, accent: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 5.0, accent);
}

/// Related controls or facts on one card, as wide as the column.
pub fn card_ui<R>(ui: &mut egui::Ui, palette: &Palette, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    design::card_frame(palette)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner
}

/// A card with `accent` as a band down the side a line of `direction`
/// starts from: the card of a session, in its domain's colour.
pub fn band_card_ui<R>(
    ui: &mut egui::Ui,
    palette: &Palette,
    accent: egui::Color32,
    direction: Option<Direction>,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let shown = design::card_frame(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add_contents(ui)
    });
    let rect = shown.response.rect;
    let x = if direction == Some(Direction::RightToLeft) {
        rect.right() - 3.0
    } else {
        rect.left() + 3.0
    };
    let inset = f32::from(design::radius::CARD);
    ui.painter().line_segment(
        [egui::pos2(x, rect.top() + inset), egui::pos2(x, rect.bottom() - inset)],
        egui::Stroke::new(3.0, accent),
    );
    shown.inner
}
