//! The Cohort view: who practised this week and the days everyone did,
//! read from the cohort's shared folder; joining and leaving.

use crate::cohort::{CohortStatus, Membership, Sharing};
use crate::i18n::Locale;
use crate::t;

use super::design::{self, space};
use super::page::{Page, card_ui, section_heading_ui};

/// What the Cohort view shows: the cohort as last read.
#[derive(Clone, Debug, Default)]
pub struct CohortState {
    pub membership: Option<Membership>,
    pub week: Option<CohortStatus>,
    pub warnings: Vec<String>,
    pub problem: Option<String>,
    /// Whether the cohort lists members by minutes (its shared choice).
    pub ranking: bool,
    /// Why the pasted invitation code could not be opened.
    pub code_problem: Option<String>,
    /// The locale the week was read in: its first weekday and its words.
    pub read_in: Option<Locale>,
    /// The folder is being read again.
    pub reading: bool,
}

/// What is typed on the Cohort view: the join form and a pasted code.
#[derive(Clone, Debug, Default)]
pub struct CohortForm {
    pub code: String,
    pub folder: String,
    pub name: String,
    pub share: Sharing,
}

/// What a press on the Cohort view asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CohortAction {
    Back,
    /// List members by minutes, or not: the cohort's shared choice.
    Rank(bool),
    /// Open the pasted invitation code.
    OpenCode,
    /// Join the cohort in the form's folder under its name.
    Join,
    Leave,
}

pub fn cohort_ui(ui: &mut egui::Ui, state: &CohortState, form: &mut CohortForm) -> Option<CohortAction> {
    let mut action = None;
    let title = t!("cohort-heading");
    let page = Page {
        back: t!("cohort-back"),
        ..Page::reading("cohort", &title)
    };
    let back = page.show(ui, |ui, palette| {
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
                    action = Some(CohortAction::Rank(ranking));
                }
                ui.add_space(space::XS);
                if ui.button(t!("cohort-leave")).clicked() {
                    action = Some(CohortAction::Leave);
                }
            }
            None => {
                ui.label(t!("cohort-join-intro"));
                ui.add_space(space::M);
                super::widgets::labelled_field_ui(ui, t!("cohort-join-folder"), &mut form.folder, None);
                super::widgets::labelled_field_ui(ui, t!("cohort-join-name"), &mut form.name, None);
                ui.add_space(space::S);
                ui.checkbox(&mut form.share.domains, t!("cohort-join-share-domains"));
                ui.checkbox(&mut form.share.streak, t!("cohort-join-share-streak"));
                ui.add_space(space::M);
                if ui.add(design::primary_button(t!("cohort-join"), palette)).clicked() {
                    action = Some(CohortAction::Join);
                }
            }
        });
        // Someone's invitation to sit together, whether or not in a cohort.
        let heading = section_heading_ui(ui, &t!("cohort-paste-invitation"), None);
        card_ui(ui, palette, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut form.code)
                        .hint_text("sit/the-pause/20261127T140000Z")
                        .desired_width(300.0),
                )
                .labelled_by(heading.id);
                if ui.button(t!("cohort-open-invitation")).clicked() {
                    action = Some(CohortAction::OpenCode);
                }
            });
            if let Some(problem) = &state.code_problem {
                ui.label(egui::RichText::new(problem).color(palette.warn));
            }
        });
    });
    if back {
        action = Some(CohortAction::Back);
    }
    action
}

/// What the countdown to a shared sit shows.
pub struct WaitingView<'a> {
    pub invitation: &'a crate::cohort::Invitation,
    pub session: &'a crate::session::Session,
    pub now: chrono::DateTime<chrono::FixedOffset>,
    /// Said when the system clock is known not to be synchronized.
    pub clock_note: Option<&'a str>,
}

/// Counting down to a shared sit's first bell. Returns whether the
/// practitioner left.
pub fn waiting_ui(ui: &mut egui::Ui, view: &WaitingView) -> bool {
    let WaitingView {
        invitation,
        session,
        now,
        clock_note,
    } = *view;
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
                let timing = invitation.timing(now.with_timezone(&chrono::Utc), invitation.sit_length(session));
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
                if let Some(note) = clock_note {
                    ui.add_space(space::S);
                    ui.label(egui::RichText::new(note).color(palette.warn));
                }
                ui.add_space(space::XL);
                if ui.button(t!("cohort-waiting-leave")).clicked() {
                    leave = true;
                }
            });
        });
    leave
}
