//! A practitioner's way through a program, read from the practice log.

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
    fn practised<'a>(entries: &'a [Entry], id: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        entries
            .iter()
            .filter(move |e| e.session_id.as_deref() == Some(id) && e.practised_secs >= 60)
    }
    let modules: Vec<ModuleProgress> = program
        .modules
        .iter()
        .map(|module| {
            let sessions: Vec<SessionProgress> = module
                .sessions
                .iter()
                .map(|id| {
                    let id = id.value.as_str();
                    let secs: u64 = practised(entries, id).map(|e| e.practised_secs).sum();
                    SessionProgress {
                        id: id.to_owned(),
                        times: practised(entries, id).count(),
                        minutes: (secs + 30) / 60,
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
    let ids = program.session_ids();
    ProgramProgress {
        sessions_practised: ids.iter().filter(|id| practised(entries, id).next().is_some()).count(),
        sessions_total: ids.len(),
        current_module: modules.iter().position(|m| !m.complete),
        modules,
    }
}
