//! Turns a SESSION argument — a file path or an id — into a session.

use std::path::Path;

use crate::session::{Library, Session, SessionFile, load_file, mark_duplicate_ids};
use crate::t;

/// Why a SESSION argument did not lead to a playable session.
#[derive(Debug, thiserror::Error)]
pub enum SessionNotFound {
    #[error("{}", unknown_id_text(.id, .suggestion))]
    UnknownId { id: String, suggestion: Option<String> },
    #[error("{}", t!("cli-session-has-errors", name = .name.as_str()))]
    Broken { name: String, file: Box<SessionFile> },
}

fn unknown_id_text(id: &str, suggestion: &Option<String>) -> String {
    match suggestion {
        Some(suggestion) => t!("cli-no-session-did-you-mean", id = id, suggestion = suggestion.as_str()),
        None => t!("cli-no-session-with-id", id = id),
    }
}

/// Finds a session by path (anything that names an existing file, or ends
/// in `.ron`) or else by id among the library's sessions.
pub fn resolve_session(spec: &str, library: &Library) -> Result<Session, SessionNotFound> {
    let path = Path::new(spec);
    let file = if path.is_file() || spec.ends_with(".ron") {
        let mut files = vec![load_file(path, &crate::audio::FileProbe)];
        // A file that reuses an id of the library is still playable on its
        // own; only its own problems matter here.
        mark_duplicate_ids(&mut files);
        files.pop()
    } else {
        // In the practitioner's language where the session has a version in it.
        library
            .file_with_id_in(spec, crate::i18n::locale().language.tag())
            .cloned()
    };
    match file {
        Some(file) => match file.session.clone() {
            Some(session) => Ok(session),
            None => Err(SessionNotFound::Broken {
                name: file.name.clone(),
                file: Box::new(file),
            }),
        },
        None => {
            let ids: Vec<&str> = library
                .files
                .iter()
                .filter_map(|f| f.id.as_ref())
                .map(|i| i.value.as_str())
                .collect();
            let suggestion = closest(spec, &ids).map(str::to_owned);
            Err(SessionNotFound::UnknownId {
                id: spec.to_owned(),
                suggestion,
            })
        }
    }
}

fn closest<'a>(spec: &str, ids: &[&'a str]) -> Option<&'a str> {
    ids.iter()
        .copied()
        .find(|id| id.contains(spec) || spec.contains(*id))
        .or_else(|| {
            ids.iter()
                .copied()
                .map(|id| (strsim::damerau_levenshtein(spec, id), id))
                .filter(|(d, id)| *d <= 2 + id.len() / 4)
                .min_by_key(|(d, _)| *d)
                .map(|(_, id)| id)
        })
}
