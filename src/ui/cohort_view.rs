//! The Cohort view: who practised this week and the days everyone did,
//! read from the cohort's shared folder; joining and leaving.

use crate::cohort::{CohortStatus, Membership, Sharing, new_member_id, read_folder, status};

use super::app::{Screen, StillpointApp};

/// What the Cohort view shows, read when it opens and after each session.
#[derive(Clone, Debug, Default)]
pub struct CohortState {
    pub membership: Option<Membership>,
    pub week: Option<CohortStatus>,
    pub warnings: Vec<String>,
    pub problem: Option<String>,
    /// Whether the cohort lists members by minutes (its shared choice).
    pub ranking: bool,
    /// A pasted invitation code, and why it could not be opened.
    pub code: String,
    pub code_problem: Option<String>,
    /// The join form.
    pub folder: String,
    pub name: String,
    pub share: Sharing,
}

impl StillpointApp {
    /// Shares the latest practice with the cohort and reads everyone's.
    pub fn refresh_cohort(&mut self) {
        let state = &mut self.cohort;
        state.membership = Membership::load(&self.data.cohort());
        state.problem = None;
        let Some(membership) = &state.membership else {
            state.week = None;
            return;
        };
        let now = self.practice.now();
        if let Err(e) = membership.share_practice(&self.practice.loaded.entries, &self.practice.rules, now) {
            state.problem = Some(format!("Your practice could not be shared: {e}"));
        }
        match read_folder(&membership.folder) {
            Ok(read) => {
                state.week = Some(status(&read.members, self.practice.rules.day_of(now), read.settings));
                state.ranking = read.settings.ranking;
                state.warnings = read.warnings;
            }
            Err(problem) => state.problem = Some(problem),
        }
    }
}

pub fn cohort_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut join = false;
    let mut leave = false;
    let mut open_code = false;
    let mut rank = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if ui.button("Back to the library").clicked() {
                app.screen = Screen::Library;
            }
            ui.heading("Cohort");
            let state = &mut app.cohort;
            ui.horizontal_wrapped(|ui| {
                let label = ui.label("Sit together: paste an invitation");
                ui.add(
                    egui::TextEdit::singleline(&mut state.code)
                        .hint_text("sit/the-pause/20261127T140000Z")
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
                if ui.button("Open").clicked() {
                    open_code = true;
                }
            });
            if let Some(problem) = &state.code_problem {
                ui.label(egui::RichText::new(problem).color(ui.visuals().warn_fg_color));
            }
            ui.add_space(8.0);
            if let Some(problem) = &state.problem {
                ui.label(egui::RichText::new(problem).color(ui.visuals().warn_fg_color));
            }
            match (&state.membership, &state.week) {
                (Some(membership), week) => {
                    ui.label(format!("You practise with the cohort in {} as {}.", membership.folder.display(), membership.name));
                    if let Some(week) = week {
                        ui.add_space(6.0);
                        ui.label(format!("The week of {}:", week.week_start.format("%A %-d %B")));
                        egui::Grid::new("cohort-members").striped(true).show(ui, |ui| {
                            for member in &week.members {
                                ui.label(&member.name);
                                let days = member.days_practised_this_week;
                                ui.label(format!("{days} day{}", if days == 1 { "" } else { "s" }));
                                ui.label(format!("{} min", member.minutes_this_week));
                                ui.label(
                                    member
                                        .streak_days
                                        .filter(|s| *s > 0)
                                        .map(|s| format!("{s} day{} in a row", if s == 1 { "" } else { "s" }))
                                        .unwrap_or_default(),
                                );
                                ui.end_row();
                            }
                        });
                        ui.add_space(6.0);
                        ui.label(match week.days_all_practised {
                            0 => format!("Together: {} min this week.", week.total_minutes_this_week),
                            1 => format!(
                                "Together: one day this week on which everyone practised; {} min in all.",
                                week.total_minutes_this_week
                            ),
                            n => format!(
                                "Together: {n} days this week on which everyone practised; {} min in all.",
                                week.total_minutes_this_week
                            ),
                        });
                    }
                    for warning in &state.warnings {
                        ui.weak(warning);
                    }
                    ui.add_space(8.0);
                    let mut ranking = state.ranking;
                    if ui
                        .checkbox(&mut ranking, "List by minutes this week (for the whole cohort)")
                        .changed()
                    {
                        rank = Some(ranking);
                    }
                    if ui.button("Leave the cohort").clicked() {
                        leave = true;
                    }
                }
                (None, _) => {
                    ui.label("Practise alongside your cohort: choose a folder your sync tool (Syncthing, Nextcloud, Dropbox, a network share) keeps in step between you. Stillpoint writes only your own file there, with the days you practise and your minutes; never your notes.");
                    for (label, text) in [("Folder", &mut state.folder), ("Your name", &mut state.name)] {
                        ui.horizontal(|ui| {
                            let label = ui.label(label);
                            ui.add(egui::TextEdit::singleline(text).desired_width(320.0))
                                .labelled_by(label.id);
                        });
                    }
                    ui.checkbox(&mut state.share.domains, "Share the domains I practise");
                    ui.checkbox(&mut state.share.streak, "Share my streak");
                    if ui.button("Join").clicked() {
                        join = true;
                    }
                }
            }
        });
    });
    if let (Some(ranking), Some(membership)) = (rank, app.cohort.membership.clone()) {
        if let Err(e) = (crate::cohort::CohortSettings { ranking }).save(&membership.folder) {
            app.cohort.problem = Some(format!("The cohort's settings could not be written: {e}"));
        }
        app.refresh_cohort();
    }
    if open_code {
        match crate::cohort::Invitation::open(app.cohort.code.trim()) {
            Ok(invitation) => {
                app.cohort.code_problem = None;
                if app.library.sessions().any(|s| s.id.as_str() == invitation.session) {
                    app.open_invitation(invitation);
                } else {
                    app.cohort.code_problem = Some(format!(
                        "The session \"{}\" is not in your library; ask for its file.",
                        invitation.session
                    ));
                }
            }
            Err(problem) => app.cohort.code_problem = Some(problem),
        }
    }
    if join {
        let state = &mut app.cohort;
        let folder = std::path::PathBuf::from(state.folder.trim());
        let name = state.name.trim().to_owned();
        if name.is_empty() || !folder.is_dir() {
            state.problem = Some(if name.is_empty() {
                "Give a name the cohort will know you by.".to_owned()
            } else {
                format!("{} is not a folder on this computer.", folder.display())
            });
        } else {
            let membership = Membership {
                folder: folder.canonicalize().unwrap_or(folder),
                member_id: new_member_id(&name),
                name,
                share: state.share,
            };
            match membership.save(&app.data.cohort()) {
                Ok(()) => app.refresh_cohort(),
                Err(e) => app.cohort.problem = Some(format!("The cohort could not be joined: {e}")),
            }
        }
    }
    if leave && let Some(membership) = app.cohort.membership.clone() {
        let _ = std::fs::remove_file(membership.own_file());
        let _ = std::fs::remove_file(app.data.cohort());
        app.refresh_cohort();
    }
}

/// Counting down to a shared sit's first bell.
pub fn waiting_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let Some((invitation, session)) = app.invitation.clone() else {
        app.screen = Screen::Library;
        return;
    };
    let now = app.practice.now();
    let mut leave = false;
    egui::CentralPanel::default().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.heading(&session.title);
            let timing = invitation.timing(now.with_timezone(&chrono::Utc), invitation.sit_length(&session));
            if let crate::cohort::Timing::Wait { sit, .. } = timing {
                ui.label(format!("Together, {}", sit.when(now, "%H:%M")));
            }
            ui.add_space(16.0);
            if let crate::cohort::Timing::Wait { left, .. } = timing {
                ui.label(
                    egui::RichText::new(format!(
                        "First bell in {}",
                        crate::timeline::clock_text(left.as_millis() as u64 + 999)
                    ))
                    .size(28.0),
                );
            }
            ui.add_space(16.0);
            ui.weak("You might find your seat, and let the others arrive too.");
            if app.clock_note.is_some() {
                ui.label(app.clock_note.as_deref().unwrap_or_default());
            }
            ui.add_space(16.0);
            if ui.button("Not this time").clicked() {
                leave = true;
            }
        });
    });
    if leave {
        app.invitation = None;
        app.screen = Screen::Library;
    }
}
