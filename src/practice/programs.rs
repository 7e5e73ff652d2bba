//! A practitioner's way through a program, read from the practice log.

use std::collections::HashMap;

use crate::session::Program;

use super::entry::Entry;

/// How far the practitioner has come in a program.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ProgramProgress {
    pub modules: Vec<ModuleProgress>,
    /// Sessions of the program practised at least once.
    pub sessions_practised: usize,
    pub sessions_total: usize,
    /// The first module not yet complete: where to go on.
    pub current_module: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ModuleProgress {
    pub title: String,
    pub sessions: Vec<SessionProgress>,
    /// Every session in it practised at least once.
    pub complete: bool,
    pub minutes: u64,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SessionProgress {
    pub id: String,
    /// How many times it was practised (not counting interruptions under a
    /// minute).
    pub times: usize,
    pub minutes: u64,
}

/// The practitioner's progress through `program`, from `entries`.
pub fn program_progress(program: &Program, entries: &[Entry]) -> ProgramProgress {
    // One pass over the log: times and seconds for each session the
    // program names (a practice under a minute does not count).
    let ids = program.session_ids();
    let mut practised: HashMap<&str, (usize, u64)> = ids.iter().map(|id| (*id, (0, 0))).collect();
    for entry in entries.iter().filter(|e| e.practised_secs >= 60) {
        if let Some((times, secs)) = entry.session_id.as_deref().and_then(|id| practised.get_mut(id)) {
            *times += 1;
            *secs += entry.practised_secs;
        }
    }
    let modules: Vec<ModuleProgress> = program
        .modules
        .iter()
        .map(|module| {
            let sessions: Vec<SessionProgress> = module
                .sessions
                .iter()
                .map(|id| {
                    let (times, secs) = practised.get(id.value.as_str()).copied().unwrap_or_default();
                    SessionProgress {
                        id: id.value.as_str().to_owned(),
                        times,
                        minutes: super::stats::minutes(secs),
                    }
                })
                .collect();
            ModuleProgress {
                title: module.title.clone(),
                complete: sessions.iter().all(|s| s.times > 0),
                minutes: sessions.iter().map(|s| s.minutes).sum(),
                sessions,
            }
        })
        .collect();
    ProgramProgress {
        sessions_practised: practised.values().filter(|(times, _)| *times > 0).count(),
        sessions_total: ids.len(),
        current_module: modules.iter().position(|m| !m.complete),
        modules,
    }
}
