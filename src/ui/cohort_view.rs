//! The Cohort view: who practised this week and the days everyone did,
//! read from the cohort's shared folder; joining and leaving.

use crate::cohort::{CohortStatus, Membership, Sharing, new_member_id};
use crate::i18n::Locale;
use crate::t;

use super::app::{Screen, StillpointApp};
use super::design::{self, space};
use super::page::{Page, card_ui, section_heading_ui};

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
    /// The locale the week was read in: its first weekday and its words.
    pub read_in: Option<Locale>,
}

pub fn cohort_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut join = false;
    let mut leave = false;
    let mut open_code = false;
    let mut rank = None;
    if app.cohort.membership.is_some() && app.cohort.read_in != Some(crate::i18n::locale()) {
        // The language changed since the week was read: weeks may begin
        // on another day, and the warnings are worded anew.
        app.refresh_cohort();
    }
    let title = t!("cohort-heading");
    let page = Page {
        back: t!("cohort-back"),
        ..Page::reading("cohort", &title)
    };
    let back = page.show(ui, |ui, palette| {
        let state = &mut app.cohort;
        if let Some(problem) = &state.problem {
            ui.label(egui::RichText::new(problem).color(palette.warn));
            ui.add_space(space::S);
        }
        card_ui(ui, palette, |ui| match &state.membership {
            Some(membership) => {
                ui.label(t!(
                    "cohort-membership",
                    folder = membership.folder.display().to_string(),
                    name = membership.name.as_str()
                ));
                if let Some(week) = &state.week {
                    ui.add_space(space::M);
                    let first_day = crate::i18n::date("date-weekday-day-month", &week.week_start);
                    ui.label(
                        egui::RichText::new(t!("cohort-week-of", first_day = first_day))
                            .family(design::strong_family()),
                    );
                    ui.add_space(space::XS);
                    egui::Grid::new("cohort-members")
                        .striped(true)
                        .spacing(egui::vec2(space::L, space::S))
                        .show(ui, |ui| {
                            for member in &week.members {
                                ui.label(&member.name);
                                ui.label(t!("cohort-member-days", days = member.days_practised_this_week));
                                ui.label(t!("cohort-member-minutes", minutes = member.minutes_this_week));
                                ui.weak(
                                    member
                                        .streak_days
                                        .filter(|s| *s > 0)
                                        .map(|s| t!("cohort-member-streak", days = s))
                                        .unwrap_or_default(),
                                );
                                ui.end_row();
                            }
                        });
                    ui.add_space(space::S);
                    let minutes = week.total_minutes_this_week;
                    ui.label(match week.days_all_practised {
                        0 => t!("cohort-together-minutes", minutes = minutes),
                        days => t!("cohort-together-days", days = days, minutes = minutes),
                    });
                }
                for warning in &state.warnings {
                    ui.weak(warning);
                }
                ui.add_space(space::M);
                let mut ranking = state.ranking;
                if ui.checkbox(&mut ranking, t!("cohort-rank-by-minutes")).changed() {
                    rank = Some(ranking);
                }
                ui.add_space(space::XS);
                if ui.button(t!("cohort-leave")).clicked() {
                    leave = true;
                }
            }
            None => {
                ui.label(t!("cohort-join-intro"));
                ui.add_space(space::M);
                for (label, text) in [
                    (t!("cohort-join-folder"), &mut state.folder),
                    (t!("cohort-join-name"), &mut state.name),
                ] {
                    let label = ui.label(label);
                    ui.add(
                        egui::TextEdit::singleline(text)
                            .margin(egui::vec2(space::S + 2.0, 6.0))
                            .desired_width(ui.available_width().min(420.0)),
                    )
                    .labelled_by(label.id);
                    ui.add_space(space::XS);
                }
                ui.add_space(space::S);
                ui.checkbox(&mut state.share.domains, t!("cohort-join-share-domains"));
                ui.checkbox(&mut state.share.streak, t!("cohort-join-share-streak"));
                ui.add_space(space::M);
                if ui.add(design::primary_button(t!("cohort-join"), palette)).clicked() {
                    join = true;
                }
            }
        });
        // Someone's invitation to sit together, whether or not in a cohort.
        let heading = section_heading_ui(ui, &t!("cohort-paste-invitation"), None);
        card_ui(ui, palette, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut state.code)
                        .hint_text("sit/the-pause/20261127T140000Z")
                        .desired_width(300.0),
                )
                .labelled_by(heading.id);
                if ui.button(t!("cohort-open-invitation")).clicked() {
                    open_code = true;
                }
            });
            if let Some(problem) = &state.code_problem {
                ui.label(egui::RichText::new(problem).color(palette.warn));
            }
        });
    });
    if back {
        app.screen = Screen::Library;
    }
    if let (Some(ranking), Some(membership)) = (rank, app.cohort.membership.clone()) {
        if let Err(e) = (crate::cohort::CohortSettings { ranking }).save(&membership.folder) {
            app.cohort.problem = Some(t!("cohort-settings-not-saved", reason = e.to_string()));
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
                    app.cohort.code_problem = Some(t!(
                        "cohort-session-not-in-library",
                        session = invitation.session.as_str()
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
                t!("cohort-join-name-needed")
            } else {
                t!("cohort-join-not-a-folder", folder = folder.display().to_string())
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
                Err(e) => app.cohort.problem = Some(t!("cohort-join-failed", reason = e.to_string())),
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
    let palette = design::current(ui.ctx());
    egui::CentralPanel::default()
        .frame(design::screen_frame(ui.available_width()))
        .show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(space::READING_WIDTH);
                ui.add_space(space::XL * 1.5);
                ui.label(
                    egui::RichText::new(super::bidi::visual(&session.title, None)).text_style(design::title_style()),
                );
                let timing = invitation.timing(now.with_timezone(&chrono::Utc), invitation.sit_length(&session));
                if let crate::cohort::Timing::Wait { sit, .. } = timing {
                    ui.weak(t!("cohort-waiting-together", when = sit.when(now, "%H:%M")));
                }
                ui.add_space(space::XL);
                if let crate::cohort::Timing::Wait { left, .. } = timing {
                    ui.label(
                        egui::RichText::new(t!(
                            "cohort-waiting-first-bell",
                            left = crate::timeline::clock_text(left.as_millis() as u64 + 999)
                        ))
                        .text_style(design::display_style()),
                    );
                }
                ui.add_space(space::L);
                ui.label(egui::RichText::new(t!("cohort-waiting-settle")).size(design::size::GUIDANCE));
                if let Some(note) = app.clock_note.as_deref() {
                    ui.add_space(space::S);
                    ui.label(egui::RichText::new(note).color(palette.warn));
                }
                ui.add_space(space::XL);
                if ui.button(t!("cohort-waiting-leave")).clicked() {
                    leave = true;
                }
            });
        });
    if leave {
        app.invitation = None;
        app.screen = Screen::Library;
    }
}
