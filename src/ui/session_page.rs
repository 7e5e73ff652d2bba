//! A session's page: what it is, its length, a picture of its timeline
//! and Start on one card in its domain's colour; then its description,
//! and what authors and cohorts do with it, folded until asked for.

use crate::session::{Duration, Length, Session};
use crate::timeline::Timeline;

use super::app::{Screen, StillpointApp};
use super::bidi::{Direction, paragraph_ui, visual};
use super::design::{self, space};
use super::page::{Page, accent_dot_ui, band_card_ui, card_ui};
use super::sit_together_view::{SitTogetherAction, sit_together_ui};
use super::widgets::timeline_picture_ui;

pub fn session_page_ui(app: &mut StillpointApp, ui: &mut egui::Ui, id: &str) {
    // In the practitioner's language where the session has a version in it.
    let wanted = crate::i18n::locale().language.tag();
    let Some(session) = app.library.session_in(id, wanted).cloned() else {
        app.screen = Screen::Library;
        return;
    };
    let mut start = None;
    let mut preview = None;
    let mut export = None;
    let mut sit_together = None;
    // The session's words read the way its language does.
    let direction = Direction::of_language(&session.language);
    let accent = design::domain_accent(session.domain, ui.ctx().theme());
    let page = Page {
        id: "session",
        back: crate::t!("library-back"),
        title: &session.title,
        direction,
        width: space::READING_WIDTH,
    };
    let back = page.show(ui, |ui, palette| {
        // Its domain in the domain's colour, and who wrote it.
        ui.horizontal_wrapped(|ui| {
            accent_dot_ui(ui, accent);
            let domain = match session.lens {
                Some(lens) => crate::t!(
                    "session-domain-and-lens",
                    domain = session.domain.label(),
                    lens = lens.label()
                ),
                None => session.domain.label(),
            };
            ui.label(egui::RichText::new(domain).color(accent));
            if !session.author.is_empty() {
                ui.weak(crate::t!("library-by-author", author = session.author.as_str()));
            }
        });
        ui.add_space(space::XS);
        paragraph_ui(
            ui,
            egui::RichText::new(&session.summary).size(design::size::BODY + 1.0),
            direction,
        );
        ui.add_space(space::M);
        // What it takes to begin, together: the length, the shape of the
        // session, and Start.
        let length = band_card_ui(ui, palette, accent, direction, |ui| {
            let length = length_ui(app, ui, &session);
            let timeline = Timeline::compile(&session, length, &[], 1000);
            timeline_picture_ui(ui, &timeline, None);
            ui.add_space(space::M);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add(design::primary_button(crate::t!("session-start"), palette))
                    .clicked()
                {
                    start = Some(length);
                }
                ui.add_space(space::S);
                let exporting = app.export.as_ref().filter(|e| e.session_id == session.id.as_str());
                if exporting.is_none_or(|e| e.outcome.is_some())
                    && ui
                        .button(crate::t!("session-save-wav"))
                        .on_hover_text(crate::t!("session-save-wav-hint"))
                        .clicked()
                {
                    export = Some(length);
                }
            });
            export_note_ui(app, ui, session.id.as_str(), palette);
            length
        });
        if !session.description.is_empty() {
            ui.add_space(space::L);
            for paragraph in session.description.split("\n\n") {
                paragraph_ui(ui, paragraph, direction);
                ui.add_space(space::XS);
            }
        }
        if !session.tags.is_empty() {
            ui.add_space(space::XS);
            paragraph_ui(ui, egui::RichText::new(session.tags.join(" · ")).weak(), direction);
        }
        let languages = app.library.languages_of(session.id.as_str());
        if let Some(also_in) = crate::i18n::session_languages::also_in(&session.language, &languages) {
            ui.weak(also_in);
        }
        ui.add_space(space::L);
        sit_together =
            sit_together_ui(ui, &mut app.sit_together, session.id.as_str(), palette).map(|action| (action, length));
        super::voice_view::voice_ui(app, ui, &session, palette);
        card_ui(ui, palette, |ui| {
            egui::CollapsingHeader::new(crate::t!("session-preview"))
                .id_salt("preview")
                .show(ui, |ui| {
                    ui.weak(crate::t!("session-preview-note"));
                    ui.add_space(space::XS);
                    let from = app.preview_step.min(session.steps.len().saturating_sub(1));
                    egui::ComboBox::from_label(crate::t!("session-preview-from"))
                        .selected_text(
                            session
                                .steps
                                .get(from)
                                .map_or(String::new(), |s| visual(&s.title, direction)),
                        )
                        .show_ui(ui, |ui| {
                            for (index, step) in session.steps.iter().enumerate() {
                                ui.selectable_value(
                                    &mut app.preview_step,
                                    index,
                                    format!("{}. {}", index + 1, visual(&step.title, direction)),
                                );
                            }
                        });
                    ui.horizontal_wrapped(|ui| {
                        for speed in super::app::PREVIEW_SPEEDS {
                            if ui.button(crate::t!("session-preview-at", speed = speed)).clicked() {
                                preview = Some((length, speed, from));
                            }
                        }
                    });
                });
        });
    });
    if back {
        app.screen = Screen::Library;
    }
    match sit_together {
        Some((SitTogetherAction::Make, length)) => app.make_invitation(&session, length),
        Some((SitTogetherAction::AddToCalendar, _)) => app.add_to_calendar(&session),
        None => {}
    }
    if let Some(length) = export {
        let ctx = ui.ctx().clone();
        app.export_wav(session, length, move || ctx.request_repaint());
    } else if let Some(length) = start {
        app.start(session, length);
    } else if let Some((length, speed, from)) = preview {
        app.preview(session, length, speed, from);
    }
}

/// The session's length: a slider for a flexible one, in whole minutes; its
/// length, or that it lasts until ended, otherwise. Returns the length
/// chosen, for a flexible session.
fn length_ui(app: &mut StillpointApp, ui: &mut egui::Ui, session: &Session) -> Option<Duration> {
    match session.length {
        Length::Flexible { min, max, default } => {
            let minutes = app
                .chosen_minutes
                .entry(session.id.as_str().to_owned())
                .or_insert((default.as_millis() / 60_000) as u32);
            let range = (min.as_millis() / 60_000).max(1) as u32..=(max.as_millis() / 60_000) as u32;
            ui.add(egui::Slider::new(minutes, range).text(crate::t!("session-minutes")));
            Some(Duration::from_mins(u64::from(*minutes)))
        }
        Length::Fixed(length) => {
            ui.label(length.label());
            None
        }
        Length::OpenEnded => {
            ui.weak(crate::t!("session-open-ended-note"));
            None
        }
    }
}

/// How saving the session as a WAV file goes, once asked for.
fn export_note_ui(app: &StillpointApp, ui: &mut egui::Ui, session_id: &str, palette: &design::Palette) {
    let exporting = app.export.as_ref().filter(|e| e.session_id == session_id);
    match exporting.map(|e| (&e.outcome, &e.path)) {
        Some((None, _)) => {
            ui.weak(crate::t!("session-saving-wav"));
        }
        Some((Some(Ok(())), path)) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(crate::t!("session-saved-as", path = path.display().to_string()));
                if ui.button(crate::t!("library-open-folder")).clicked() {
                    let _ = super::authoring_view::open_in_file_manager(&app.data.exports());
                }
            });
        }
        Some((Some(Err(problem)), _)) => {
            ui.label(
                egui::RichText::new(crate::t!("session-not-saved", problem = problem.to_string())).color(palette.warn),
            );
        }
        None => {}
    }
}
