//! A program's page: its modules in order, each with its sessions and the
//! practitioner's progress through them, from the practice log.

use crate::practice::program_progress;

use super::app::{Screen, StillpointApp};

pub fn program_ui(app: &mut StillpointApp, ui: &mut egui::Ui, id: &str) {
    let Some(program) = app.library.programs().find(|p| p.id.as_str() == id).cloned() else {
        app.screen = Screen::Library;
        return;
    };
    let progress = program_progress(&program, &app.practice.loaded.entries);
    let mut open = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if ui.button("Back to the library").clicked() {
                app.screen = Screen::Library;
            }
            ui.add_space(8.0);
            ui.heading(&program.title);
            ui.label(&program.summary);
            if !program.author.is_empty() {
                ui.weak(format!("by {}", program.author));
            }
            for paragraph in program.description.split("\n\n").filter(|p| !p.trim().is_empty()) {
                ui.label(paragraph);
            }
            ui.add_space(6.0);
            ui.label(format!(
                "You have practised {} of its {} sessions.",
                progress.sessions_practised, progress.sessions_total
            ));
            for (index, (module, done)) in program.modules.iter().zip(&progress.modules).enumerate() {
                ui.add_space(10.0);
                let mut heading = format!("{}. {}", index + 1, module.title);
                if let Some(weeks) = module.weeks {
                    heading.push_str(&format!(" · {weeks} week{}", if weeks == 1 { "" } else { "s" }));
                }
                if let Some(daily) = module.daily {
                    heading.push_str(&format!(" · {daily} a day"));
                }
                ui.heading(heading);
                if done.complete {
                    ui.weak(format!("Every session practised · {} min in all", done.minutes));
                } else if progress.current_module == Some(index) {
                    ui.weak("Where you are now");
                }
                if !module.note.is_empty() {
                    ui.label(&module.note);
                }
                for session in &done.sessions {
                    let title = app
                        .library
                        .sessions()
                        .find(|s| s.id.as_str() == session.id)
                        .map_or_else(|| session.id.clone(), |s| s.title.clone());
                    ui.horizontal(|ui| {
                        if ui.link(&title).clicked() {
                            open = Some(session.id.clone());
                        }
                        ui.weak(match session.times {
                            0 => "not yet".to_owned(),
                            1 => format!("practised once · {} min", session.minutes),
                            n => format!("practised {n} times · {} min", session.minutes),
                        });
                    });
                }
            }
        });
    });
    if let Some(id) = open {
        app.screen = Screen::Session(id);
    }
}
