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
    /// The contemplative call that closes it, if it names one.
    pub call: Option<SessionProgress>,
    /// Every session in it practised at least once (its call aside).
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
            let of = |id: &crate::session::Spanned<crate::session::SessionId>| {
                let (times, secs) = practised.get(id.value.as_str()).copied().unwrap_or_default();
                SessionProgress {
                    id: id.value.as_str().to_owned(),
                    times,
                    minutes: super::stats::minutes(secs),
                }
            };
            let sessions: Vec<SessionProgress> = module.sessions.iter().map(of).collect();
            let call = module.call.as_ref().map(of);
            ModuleProgress {
                title: module.title.clone(),
                complete: sessions.iter().all(|s| s.times > 0),
                minutes: sessions.iter().chain(&call).map(|s| s.minutes).sum(),
                sessions,
                call,
            }
        })
        .collect();
    let own = program.practice_ids();
    ProgramProgress {
        sessions_practised: own
            .iter()
            .filter(|id| practised.get(*id).is_some_and(|(times, _)| *times > 0))
            .count(),
        sessions_total: own.len(),
        current_module: modules.iter().position(|m| !m.complete),
        modules,
    }
}

/// What the library offers first, to go on where one left off.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Continue {
    /// The program practised most recently and not yet finished, with the
    /// session to take next in it: the first not yet practised in the
    /// first module not yet complete.
    pub next_in_program: Option<(String, String)>,
    /// The session practised most recently (from the library), if it is not
    /// the one above.
    pub last_practised: Option<String>,
}

/// Where to go on, from the log: pure over the programs and entries, so
/// the library's shelf is the same for the same log.
pub fn continue_from<'a>(programs: impl IntoIterator<Item = &'a Program>, entries: &[Entry]) -> Continue {
    // The latest start of each session practised (a minute or more).
    let mut latest: HashMap<&str, chrono::DateTime<chrono::FixedOffset>> = HashMap::new();
    for entry in entries.iter().filter(|e| e.practised_secs >= 60) {
        if let Some(id) = entry.session_id.as_deref() {
            let at = latest.entry(id).or_insert(entry.start);
            if entry.start > *at {
                *at = entry.start;
            }
        }
    }
    let next_in_program = programs
        .into_iter()
        .filter_map(|program| {
            let progress = program_progress(program, entries);
            if progress.sessions_practised == 0 {
                return None;
            }
            let module = progress.modules.get(progress.current_module?)?;
            let next = module.sessions.iter().find(|s| s.times == 0)?;
            let recent = program
                .session_ids()
                .iter()
                .filter_map(|id| latest.get(id))
                .max()
                .copied();
            Some((recent, program.id.as_str().to_owned(), next.id.clone()))
        })
        .max_by(|(a_at, a_id, _), (b_at, b_id, _)| a_at.cmp(b_at).then_with(|| b_id.cmp(a_id)))
        .map(|(_, program, session)| (program, session));
    // Two sessions logged at the same moment: the one named first
    // alphabetically, so the shelf does not change from frame to frame.
    let last_practised = latest
        .iter()
        .max_by(|(a_id, a_at), (b_id, b_at)| a_at.cmp(b_at).then_with(|| b_id.cmp(a_id)))
        .map(|(id, _)| (*id).to_owned())
        .filter(|id| next_in_program.as_ref().is_none_or(|(_, next)| next != id));
    Continue {
        next_in_program,
        last_practised,
    }
}
