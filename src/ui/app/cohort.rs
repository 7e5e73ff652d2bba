//! The cohort as the app keeps it: read from the shared folder, with the
//! practice shared into it.

use crate::cohort::{Membership, read_folder, status};
use crate::t;

use super::StillpointApp;

impl StillpointApp {
    /// Shares the latest practice with the cohort and reads everyone's.
    pub fn refresh_cohort(&mut self) {
        let state = &mut self.cohort;
        state.membership = Membership::load(&self.data.cohort());
        state.problem = None;
        let locale = crate::i18n::locale();
        state.read_in = Some(locale);
        let Some(membership) = &state.membership else {
            state.week = None;
            return;
        };
        let now = self.practice.now();
        if let Err(e) = membership.share_practice(&self.practice.loaded.entries, &self.practice.rules, now) {
            state.problem = Some(t!("cohort-not-shared", reason = e.to_string()));
        }
        match read_folder(&membership.folder) {
            Ok(read) => {
                let today = self.practice.rules.day_of(now);
                state.week = Some(status(&read.members, today, read.settings, locale.first_weekday()));
                state.ranking = read.settings.ranking;
                state.warnings = read.warnings;
            }
            Err(problem) => state.problem = Some(problem),
        }
    }
}
