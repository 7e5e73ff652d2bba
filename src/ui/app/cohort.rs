//! The cohort as the app keeps it: read from the shared folder off the
//! frame, with the practice shared into it; and what was asked for on the
//! Cohort view, done.

use crate::cohort::{
    CohortSettings, CohortStatus, Invitation, MEMBER_NAME_CHARS, MemberFileError, Membership, new_member_id,
    read_folder, status,
};
use crate::i18n::Locale;
use crate::practice::{Entry, PracticeRules};
use crate::t;
use crate::ui::cohort_view::CohortAction;

use super::work::Done;
use super::{Screen, StillpointApp};

/// What reading the cohort's folder found.
pub struct CohortRead {
    pub membership: Option<Membership>,
    pub week: Option<CohortStatus>,
    pub ranking: bool,
    pub warnings: Vec<String>,
    pub problem: Option<String>,
    pub read_in: Locale,
}

/// Shares the practice in `entries` with the cohort the membership file
/// at `path` names, and reads everyone's: the week as of `now`.
fn read_cohort(
    path: &std::path::Path,
    entries: &[Entry],
    rules: &PracticeRules,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> CohortRead {
    let locale = crate::i18n::locale();
    let mut read = CohortRead {
        membership: Membership::load(path),
        week: None,
        ranking: false,
        warnings: Vec::new(),
        problem: None,
        read_in: locale,
    };
    let Some(membership) = &read.membership else {
        return read;
    };
    if let Err(e) = membership.share(&crate::paths::DataDir::holding(path), entries, rules, now) {
        read.problem = Some(t!("cohort-not-shared", reason = e.to_string()));
    }
    match read_folder(&membership.folder) {
        Ok(folder) => {
            let today = rules.day_of(now);
            read.week = Some(status(&folder.members, today, folder.settings, locale.first_weekday()));
            read.ranking = folder.settings.ranking;
            read.warnings = folder.warnings;
        }
        Err(problem) => read.problem = Some(problem.to_string()),
    }
    read
}

impl StillpointApp {
    /// Shares the latest practice with the cohort and reads everyone's,
    /// off the frame; the view shows what was read until then.
    pub fn refresh_cohort(&mut self) {
        let path = self.data.cohort();
        let entries = self.practice.loaded.entries.clone();
        let rules = self.practice.rules;
        let now = self.practice.now();
        self.cohort.reading = true;
        self.work.run("cohort", move || {
            Done::Cohort(read_cohort(&path, &entries, &rules, now))
        });
    }

    /// Shows what reading the cohort's folder found.
    pub(super) fn cohort_read(&mut self, read: CohortRead) {
        let state = &mut self.cohort;
        state.reading = false;
        state.membership = read.membership;
        state.week = read.week;
        state.ranking = read.ranking;
        state.warnings = read.warnings;
        state.problem = read.problem;
        state.read_in = Some(read.read_in);
    }

    /// Does what was asked for on the Cohort view.
    pub(super) fn apply_cohort(&mut self, action: CohortAction) {
        match action {
            CohortAction::Back => self.screen = Screen::Library,
            CohortAction::Rank(ranking) => {
                let Some(membership) = self.cohort.membership.clone() else {
                    return;
                };
                if let Err(e) = (CohortSettings { ranking }).save(&membership.folder) {
                    self.cohort.problem = Some(t!("cohort-settings-not-saved", reason = e.to_string()));
                }
                self.refresh_cohort();
            }
            CohortAction::OpenCode => match Invitation::open(self.cohort_form.code.trim()) {
                Ok(invitation) => {
                    self.cohort.code_problem = None;
                    if self.library.sessions().any(|s| s.id.as_str() == invitation.session) {
                        self.open_invitation(invitation);
                    } else {
                        self.cohort.code_problem = Some(t!(
                            "cohort-session-not-in-library",
                            session = invitation.session.as_str()
                        ));
                    }
                }
                Err(problem) => self.cohort.code_problem = Some(problem.to_string()),
            },
            CohortAction::Join => {
                let form = &self.cohort_form;
                let folder = std::path::PathBuf::from(form.folder.trim());
                let name = form.name.trim().to_owned();
                let problem = if name.is_empty() {
                    Some(t!("cohort-join-name-needed"))
                } else if name.chars().count() > MEMBER_NAME_CHARS || name.chars().any(char::is_control) {
                    Some(MemberFileError::NameTooLong.to_string())
                } else if !folder.is_dir() {
                    Some(t!("cohort-join-not-a-folder", folder = folder.display().to_string()))
                } else {
                    None
                };
                if problem.is_some() {
                    self.cohort.problem = problem;
                    return;
                }
                let membership = Membership {
                    folder: folder.canonicalize().unwrap_or(folder),
                    member_id: new_member_id(&name),
                    name,
                    share: form.share,
                };
                match membership.save(&self.data.cohort()) {
                    Ok(()) => {
                        // Shown as a member at once; the week comes when read.
                        self.cohort.problem = None;
                        self.cohort.membership = Some(membership);
                        self.refresh_cohort();
                    }
                    Err(e) => self.cohort.problem = Some(t!("cohort-join-failed", reason = e.to_string())),
                }
            }
            CohortAction::Leave => {
                if let Some(membership) = self.cohort.membership.take() {
                    let _ = std::fs::remove_file(membership.own_file());
                    let _ = std::fs::remove_file(self.data.cohort());
                    self.cohort.week = None;
                    self.refresh_cohort();
                }
            }
        }
    }

    /// The countdown to a shared sit; leaving it goes back to the library.
    pub(super) fn waiting_ui(&mut self, ui: &mut egui::Ui) {
        let Some((invitation, session)) = &self.invitation else {
            self.screen = Screen::Library;
            return;
        };
        let view = crate::ui::cohort_view::WaitingView {
            invitation,
            session,
            now: self.practice.now(),
            clock_note: self.clock_note.as_deref(),
        };
        if crate::ui::cohort_view::waiting_ui(ui, &view) {
            self.invitation = None;
            self.screen = Screen::Library;
        }
    }
}
