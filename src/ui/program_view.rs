//! A program's page: its modules in order, each on a card with its
//! sessions and the practitioner's progress through them, from the
//! practice log; the module to go on with is marked.

use super::bidi::link_ui;
use super::design::{self, Palette, space};
use super::page::{Page, accent_dot_ui};

/// What a press on a program's page asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgramAction {
    Back,
    /// Open the page of the session with this id.
    Open(String),
}

/// The page of `program`, with the practitioner's `progress` through it;
/// its sessions are found in `library`.
pub fn program_ui(
    ui: &mut egui::Ui,
    program: &crate::session::Program,
    progress: &crate::practice::ProgramProgress,
    library: &crate::session::Library,
) -> Option<ProgramAction> {
    let wanted = crate::i18n::locale().language.tag();
    let theme = ui.ctx().theme();
    let mut open = None;
    let page = Page::reading("program", &program.title);
    let back = page.show(ui, |ui, palette| {
        if !program.author.is_empty() {
            ui.weak(crate::t!("library-by-author", author = program.author.as_str()));
        }
        ui.label(egui::RichText::new(&program.summary).size(design::size::BODY + 1.0));
        ui.add_space(space::S);
        for paragraph in program.description.split("\n\n").filter(|p| !p.trim().is_empty()) {
            ui.label(paragraph);
            ui.add_space(space::XS);
        }
        ui.add_space(space::S);
        ui.weak(crate::t!(
            "library-program-practised",
            practised = progress.sessions_practised,
            total = progress.sessions_total
        ));
        progress_bar_ui(
            ui,
            progress.sessions_practised as f32 / progress.sessions_total.max(1) as f32,
            palette,
        );
        for (index, (module, done)) in program.modules.iter().zip(&progress.modules).enumerate() {
            ui.add_space(space::M);
            let here = progress.current_module == Some(index);
            let mut frame = design::card_frame(palette);
            if here {
                // The module to go on with stands out by its edge alone.
                frame = frame.stroke(egui::Stroke::new(1.5, palette.accent));
            }
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                let mut heading = format!("{}. {}", index + 1, module.title);
                if let Some(weeks) = module.weeks {
                    heading.push_str(&format!(" · {}", crate::t!("library-program-weeks", weeks = weeks)));
                }
                if let Some(daily) = module.daily {
                    heading.push_str(&format!(
                        " · {}",
                        crate::t!("library-program-daily", length = daily.label())
                    ));
                }
                ui.heading(heading);
                if done.complete {
                    ui.weak(crate::t!("library-program-module-complete", minutes = done.minutes));
                } else if here {
                    ui.label(
                        egui::RichText::new(crate::t!("library-program-you-are-here"))
                            .family(design::strong_family())
                            .color(palette.accent),
                    );
                }
                if !module.note.is_empty() {
                    ui.add_space(space::XS);
                    ui.label(&module.note);
                }
                ui.add_space(space::S);
                let mut row = |ui: &mut egui::Ui, session: &crate::practice::SessionProgress| {
                    let found = library.session_in(&session.id, wanted);
                    let title = found.map_or_else(|| session.id.clone(), |s| s.title.clone());
                    ui.horizontal_wrapped(|ui| {
                        if let Some(found) = found {
                            accent_dot_ui(ui, design::domain_accent(found.domain, theme));
                        }
                        if link_ui(ui, title.as_str(), None).clicked() {
                            open = Some(session.id.clone());
                        }
                        ui.weak(match session.times {
                            0 => crate::t!("library-program-not-yet"),
                            n => crate::t!("library-program-practised-times", times = n, minutes = session.minutes),
                        });
                    });
                };
                for session in &done.sessions {
                    row(ui, session);
                }
                // The call that closes the module, with the cohort, and
                // the question it asks.
                if let Some(call) = &done.call {
                    ui.add_space(space::XS);
                    ui.weak(crate::t!("library-program-call"));
                    row(ui, call);
                    if let Some(question) = &module.call_prompt {
                        ui.weak(crate::t!("library-program-call-question", question = question.as_str()));
                    }
                }
            });
        }
    });
    if back {
        return Some(ProgramAction::Back);
    }
    open.map(ProgramAction::Open)
}

/// A slim bar, filled with the accent as far as `fraction` (0 to 1).
fn progress_bar_ui(ui: &mut egui::Ui, fraction: f32, palette: &Palette) {
    let width = ui.available_width().min(space::READING_WIDTH);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 6.0), egui::Sense::hover());
    let rounding = egui::CornerRadius::same(3);
    ui.painter().rect_filled(rect, rounding, palette.surface_hovered);
    let filled = egui::Rect::from_min_size(rect.min, egui::vec2(width * fraction.clamp(0.0, 1.0), rect.height()));
    if filled.width() > 0.0 {
        ui.painter().rect_filled(filled, rounding, palette.accent);
    }
}
