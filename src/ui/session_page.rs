//! A session's page: what it is, a picture of its timeline, its length,
//! and Start.

use crate::session::{Duration, Length, Named};
use crate::timeline::Timeline;

use super::app::{Screen, StillpointApp};
use super::sit_together_view::{SitTogetherAction, sit_together_ui};
use super::widgets::timeline_picture_ui;

pub fn session_page_ui(app: &mut StillpointApp, ui: &mut egui::Ui, id: &str) {
    let Some(session) = app.library.sessions().find(|s| s.id.as_str() == id).cloned() else {
        app.screen = Screen::Library;
        return;
    };
    let mut start = None;
    let mut preview = None;
    let mut export = None;
    let mut sit_together = None;
    egui::CentralPanel::default().show(ui, |ui| {
        if ui.button("Back to the library").clicked() {
            app.screen = Screen::Library;
        }
        ui.add_space(8.0);
        ui.heading(&session.title);
        ui.label(&session.summary);
        ui.add_space(6.0);
        let lens = session
            .lens
            .map(|l| format!(" · lens: {}", l.name()))
            .unwrap_or_default();
        ui.weak(format!("{}{lens}", session.domain.name()));
        if !session.author.is_empty() {
            ui.weak(format!("by {}", session.author));
        }
        if !session.description.is_empty() {
            ui.add_space(6.0);
            for paragraph in session.description.split("\n\n") {
                ui.label(paragraph);
            }
        }
        if !session.tags.is_empty() {
            ui.weak(session.tags.join(" · "));
        }
        ui.add_space(10.0);
        let length = match session.length {
            Length::Flexible { min, max, default } => {
                let minutes = app
                    .chosen_minutes
                    .entry(session.id.as_str().to_owned())
                    .or_insert((default.as_millis() / 60_000) as u32);
                let range = (min.as_millis() / 60_000).max(1) as u32..=(max.as_millis() / 60_000) as u32;
                ui.add(egui::Slider::new(minutes, range).text("minutes"));
                Some(Duration::from_mins(u64::from(*minutes)))
            }
            Length::Fixed(length) => {
                ui.label(format!("{length}"));
                None
            }
            Length::OpenEnded => {
                ui.label("Open-ended: it lasts until you end it.");
                None
            }
        };
        let timeline = Timeline::compile(&session, length, &[], 1000);
        timeline_picture_ui(ui, &timeline, None);
        ui.add_space(12.0);
        if ui
            .add(egui::Button::new(egui::RichText::new("Start").size(20.0)))
            .clicked()
        {
            start = Some(length);
        }
        ui.add_space(8.0);
        let exporting = app
            .export
            .as_ref()
            .filter(|e| e.session_id == session.id.as_str());
        match exporting.map(|e| (&e.outcome, &e.path)) {
            Some((None, _)) => {
                ui.weak("Saving as a WAV file...");
            }
            Some((Some(Ok(())), path)) => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("Saved as {}", path.display()));
                    if ui.button("Open the folder").clicked() {
                        let _ = super::authoring_view::open_in_file_manager(&app.data.exports());
                    }
                });
            }
            Some((Some(Err(problem)), _)) => {
                ui.label(
                    egui::RichText::new(format!("It could not be saved: {problem}"))
                        .color(ui.visuals().warn_fg_color),
                );
            }
            None => {}
        }
        if exporting.is_none_or(|e| e.outcome.is_some())
            && ui
                .button("Save as a WAV file")
                .on_hover_text("The whole session as one sound file, to listen to anywhere or share")
                .clicked()
        {
            export = Some(length);
        }
        ui.add_space(12.0);
        sit_together = sit_together_ui(ui, &mut app.sit_together, session.id.as_str()).map(|action| (action, length));
        super::voice_view::voice_ui(app, ui, &session);
        egui::CollapsingHeader::new("Preview, for authors").show(ui, |ui| {
            ui.weak("Runs the session from any step, at 1x with its sound, or faster and silent with each bell shown. Previews are not logged.");
            let from = app.preview_step.min(session.steps.len().saturating_sub(1));
            egui::ComboBox::from_label("from the step")
                .selected_text(session.steps.get(from).map_or("", |s| s.title.as_str()))
                .show_ui(ui, |ui| {
                    for (index, step) in session.steps.iter().enumerate() {
                        ui.selectable_value(&mut app.preview_step, index, format!("{}. {}", index + 1, step.title));
                    }
                });
            ui.horizontal(|ui| {
                for speed in super::app::PREVIEW_SPEEDS {
                    if ui.button(format!("Preview at {speed}x")).clicked() {
                        preview = Some((length, speed, from));
                    }
                }
            });
        });
    });
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
