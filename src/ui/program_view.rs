//! A program's page: its modules in order, each with its sessions and the
//! practitioner's progress through them, from the practice log.

use super::app::{Screen, StillpointApp};

pub fn program_ui(app: &mut StillpointApp, ui: &mut egui::Ui, id: &str) {
    let Some(program) = app.library.programs().find(|p| p.id.as_str() == id).cloned() else {
        app.screen = Screen::Library;
        return;
    };
    let Some(progress) = app.practice.progress.of_program(id).cloned() else {
        app.screen = Screen::Library;
        return;
    };
    let mut open = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if ui.button(crate::t!("library-back")).clicked() {
                app.screen = Screen::Library;
            }
            ui.add_space(8.0);
            ui.heading(&program.title);
            ui.label(&program.summary);
            if !program.author.is_empty() {
                ui.weak(crate::t!("library-by-author", author = program.author.as_str()));
            }
            for paragraph in program.description.split("\n\n").filter(|p| !p.trim().is_empty()) {
                ui.label(paragraph);
            }
            ui.add_space(6.0);
            ui.label(crate::t!(
                "library-program-practised",
                practised = progress.sessions_practised,
                total = progress.sessions_total
            ));
            for (index, (module, done)) in program.modules.iter().zip(&progress.modules).enumerate() {
                ui.add_space(10.0);
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
                } else if progress.current_module == Some(index) {
                    ui.weak(crate::t!("library-program-you-are-here"));
                }
                if !module.note.is_empty() {
                    ui.label(&module.note);
                }
                for session in &done.sessions {
                    let title = app
                        .library
                        .session_in(&session.id, crate::i18n::locale().language.tag())
                        .map_or_else(|| session.id.clone(), |s| s.title.clone());
                    ui.horizontal(|ui| {
                        if ui.link(super::bidi::visual(&title, None)).clicked() {
                            open = Some(session.id.clone());
                        }
                        ui.weak(match session.times {
                            0 => crate::t!("library-program-not-yet"),
                            n => crate::t!("library-program-practised-times", times = n, minutes = session.minutes),
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
