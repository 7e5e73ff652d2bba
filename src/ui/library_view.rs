//! The library: sessions by domain, the user's own, search and a length
//! filter, and any file that needs attention with its error.

use crate::session::{Domain, Length, LineCol, Named, Origin, Session, SessionFile};

use super::app::{Screen, StillpointApp};
use super::bidi::{Direction, label_ui, link_ui};

/// Lengths to narrow the library to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LengthFilter {
    #[default]
    Any,
    UpToFive,
    FiveToFifteen,
    OverFifteen,
}

impl LengthFilter {
    const ALL: [LengthFilter; 4] = [Self::Any, Self::UpToFive, Self::FiveToFifteen, Self::OverFifteen];

    fn label(self) -> String {
        match self {
            Self::Any => crate::t!("library-length-any"),
            Self::UpToFive => crate::t!("library-length-up-to-five"),
            Self::FiveToFifteen => crate::t!("library-length-five-to-fifteen"),
            Self::OverFifteen => crate::t!("library-length-over-fifteen"),
        }
    }

    /// Whether a session of this length can fit the filter (a flexible
    /// session fits if any of its lengths does).
    fn admits(self, length: Length) -> bool {
        let (shortest, longest) = match length {
            Length::Fixed(l) => (l.as_millis(), l.as_millis()),
            Length::Flexible { min, max, .. } => (min.as_millis(), max.as_millis()),
            Length::OpenEnded => (0, u64::MAX),
        };
        let (from, to) = match self {
            Self::Any => return true,
            Self::UpToFive => (0, 5 * 60_000),
            Self::FiveToFifteen => (5 * 60_000, 15 * 60_000),
            Self::OverFifteen => (15 * 60_000 + 1, u64::MAX),
        };
        shortest <= to && longest >= from
    }
}

fn matches_text(title: &str, summary: &str, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty() || title.to_lowercase().contains(&search) || summary.to_lowercase().contains(&search)
}

fn matches_search(session: &Session, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || session.title.to_lowercase().contains(&search)
        || session.tags.iter().any(|t| t.to_lowercase().contains(&search))
}

pub fn library_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    egui::Panel::top("library-top").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading("Stillpoint");
            ui.add_space(12.0);
            if ui.button(crate::t!("library-quick-timer")).clicked() {
                app.screen = Screen::Timer;
            }
            if ui.button(crate::t!("library-my-practice")).clicked() {
                app.screen = Screen::Practice;
            }
            let authoring = match super::authoring_view::files_with_problems(app) {
                0 => crate::t!("library-authoring"),
                n => crate::t!("library-authoring-to-look-at", count = n),
            };
            if ui.button(authoring).clicked() {
                app.screen = Screen::Authoring;
            }
            if ui.button(crate::t!("library-cohort")).clicked() {
                app.refresh_cohort();
                app.screen = Screen::Cohort;
            }
            if ui.button(crate::t!("library-settings")).clicked() {
                app.screen = Screen::Settings;
            }
            if ui.button(crate::t!("library-about")).clicked() {
                app.screen = Screen::About;
            }
        });
        if !app.settings.care_note_read
            && super::about_view::care_note_ui(ui) == Some(super::about_view::AboutAction::NoteRead)
        {
            app.settings.care_note_read = true;
        }
        ui.label(super::practice_view::today_at_a_glance(app));
        for missing in app.missing_fonts.as_ref().map(|m| m.found()).unwrap_or_default() {
            ui.label(egui::RichText::new(missing.notice()).color(ui.visuals().warn_fg_color));
        }
        if let Some(problem) = app.practice.write_problem() {
            ui.label(egui::RichText::new(problem).color(ui.visuals().warn_fg_color));
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut app.search)
                    .hint_text(crate::t!("library-search-hint"))
                    .desired_width(240.0),
            );
            egui::ComboBox::from_label(crate::t!("library-length"))
                .selected_text(app.length_filter.label())
                .show_ui(ui, |ui| {
                    for filter in LengthFilter::ALL {
                        ui.selectable_value(&mut app.length_filter, filter, filter.label());
                    }
                });
        });
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let user_file = |file: &SessionFile| matches!(file.origin, Origin::File(_));
            // Each session in the practitioner's language where it has a version in it.
            let wanted = crate::i18n::locale().language.tag();
            let groups: Vec<(String, Vec<&SessionFile>)> = Domain::ALL
                .iter()
                .map(|domain| {
                    let heading = match domain {
                        Domain::Mindfulness => crate::t!("library-heading-mindfulness"),
                        Domain::Compassion => crate::t!("library-heading-compassion"),
                        Domain::WellBeing => crate::t!("library-heading-well-being"),
                        Domain::Timer => crate::t!("library-heading-timers"),
                    };
                    let files = app
                        .library
                        .files_in(wanted)
                        .into_iter()
                        .filter(|f| !user_file(f) && f.session.as_ref().is_some_and(|s| s.domain == *domain))
                        .collect();
                    (heading, files)
                })
                .chain(std::iter::once((
                    crate::t!("library-heading-my-own"),
                    app.library
                        .files_in(wanted)
                        .into_iter()
                        .filter(|f| user_file(f) && f.session.is_some())
                        .collect(),
                )))
                .collect();
            let mut open = None;
            let mut open_program = None;
            let programs: Vec<_> = app
                .library
                .programs()
                .filter(|p| matches_text(&p.title, &p.summary, &app.search))
                .collect();
            if !programs.is_empty() {
                ui.add_space(8.0);
                ui.heading(crate::t!("library-heading-programs"));
                for program in programs {
                    let progress = crate::practice::program_progress(program, &app.practice.loaded.entries);
                    ui.horizontal(|ui| {
                        if link_ui(ui, egui::RichText::new(&program.title).strong(), None).clicked() {
                            open_program = Some(program.id.as_str().to_owned());
                        }
                        ui.weak(crate::t!(
                            "library-program-progress",
                            practised = progress.sessions_practised,
                            total = progress.sessions_total
                        ));
                    });
                    label_ui(ui, &program.summary, None);
                    ui.add_space(2.0);
                }
            }
            for (heading, files) in groups {
                let shown: Vec<&Session> = files
                    .iter()
                    .filter_map(|f| f.session.as_ref())
                    .filter(|s| matches_search(s, &app.search) && app.length_filter.admits(s.length))
                    .collect();
                if shown.is_empty() {
                    continue;
                }
                ui.add_space(8.0);
                ui.heading(heading);
                for session in shown {
                    // The session's words read the way its language does.
                    let direction = Direction::of_language(&session.language);
                    ui.horizontal(|ui| {
                        if link_ui(ui, egui::RichText::new(&session.title).strong(), direction).clicked() {
                            open = Some(session.id.as_str().to_owned());
                        }
                        ui.weak(session.length.to_string());
                    });
                    label_ui(ui, &session.summary, direction);
                    let languages = app.library.languages_of(session.id.as_str());
                    if let Some(also_in) = crate::i18n::session_languages::also_in(&session.language, &languages) {
                        ui.weak(also_in);
                    }
                    ui.add_space(2.0);
                }
            }
            let broken: Vec<&SessionFile> = app.library.files.iter().filter(|f| f.has_errors()).collect();
            if !broken.is_empty() {
                ui.add_space(12.0);
                ui.heading(crate::t!("library-heading-needs-attention"));
                for file in broken {
                    if let Some(first) = file.diagnostics.iter().find(|d| d.is_error()) {
                        let at = first
                            .span
                            .map_or(LineCol { line: 1, col: 1 }, |s| LineCol::of(&file.source, s.start));
                        ui.label(format!("{}:{at}: {}", file.name, first.message));
                    }
                }
            }
            if let Some(id) = open {
                app.screen = Screen::Session(id);
            }
            if let Some(id) = open_program {
                app.screen = Screen::Program(id);
            }
        });
    });
}
