//! Many session files at once: folders, the bundled program, duplicate ids.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::check::AudioProbe;
use super::diagnostic::{Code, Diagnostic};
use super::load::{Origin, SessionFile, load_file, load_text};
use super::model::Session;
use super::span::LineCol;

/// How deep `validate` and the library look into folders.
const MAX_FOLDER_DEPTH: usize = 32;

/// Every session file found, broken ones included.
#[derive(Clone, Debug, Default)]
pub struct Library {
    pub files: Vec<SessionFile>,
}

impl Library {
    /// Loads the bundled program, then every `.ron` file under
    /// `user_folder` (which need not exist), and reports ids used twice.
    pub fn load(bundled: &[(&str, &str)], user_folder: Option<&Path>, audio: &dyn AudioProbe) -> Self {
        let mut files: Vec<SessionFile> = bundled
            .iter()
            .map(|(name, text)| load_text(format!("bundled/{name}"), Origin::Bundled, (*text).to_owned(), audio))
            .collect();
        if let Some(folder) = user_folder.filter(|f| f.is_dir()) {
            let (paths, _) = find_session_files(&[folder.to_path_buf()]);
            files.extend(paths.iter().map(|p| load_file(p, audio)));
        }
        mark_duplicate_ids(&mut files);
        check_program_sessions(&mut files, &[]);
        Self { files }
    }

    /// The programs that read without errors, in load order.
    pub fn programs(&self) -> impl Iterator<Item = &super::program::Program> {
        self.files.iter().filter_map(|f| f.program.as_ref())
    }

    /// The playable sessions, in load order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.files.iter().filter_map(|f| f.session.as_ref())
    }

    /// The file that declares `id`, playable or not.
    pub fn file_with_id(&self, id: &str) -> Option<&SessionFile> {
        self.files
            .iter()
            .find(|f| f.id.as_ref().is_some_and(|i| i.value.as_str() == id))
    }
}

/// Finds `.ron` files in `paths`: files are taken as they are, folders are
/// searched recursively (not through links to folders). Returns the files
/// in a stable order, and the paths that could not be read.
pub fn find_session_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, std::io::Error)>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, 0, &mut found, &mut problems),
            Ok(_) => found.push(path.clone()),
            Err(error) => problems.push((path.clone(), error)),
        }
    }
    (found, problems)
}

fn walk(folder: &Path, depth: usize, found: &mut Vec<PathBuf>, problems: &mut Vec<(PathBuf, std::io::Error)>) {
    if depth > MAX_FOLDER_DEPTH {
        return;
    }
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push((folder.to_path_buf(), error));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, depth + 1, found, problems);
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) {
            found.push(path);
        }
    }
}

/// Reports every file that declares an id an earlier file already has, and
/// keeps only the first of them playable.
pub fn mark_duplicate_ids(files: &mut [SessionFile]) {
    let mut first_seen: HashMap<String, String> = HashMap::new();
    for file in files.iter_mut() {
        let Some(id) = file.id.clone() else { continue };
        let here = LineCol::of(&file.source, id.span.start);
        match first_seen.get(id.value.as_str()) {
            Some(first) => {
                file.diagnostics.push(
                    Diagnostic::new(
                        Code::DuplicateId,
                        id.span,
                        format!("the id \"{}\" is already used by {first}", id.value),
                    )
                    .label("used twice")
                    .note(format!("first used by {first}"))
                    .help("every session needs its own id; change one of them"),
                );
                file.session = None;
            }
            None => {
                first_seen.insert(id.value.as_str().to_owned(), format!("{}:{here}", file.name));
            }
        }
    }
}

/// Checks that every session a program names is in `files` (playable) or
/// among `also_known`; each one missing is an error at its place.
pub fn check_program_sessions(files: &mut [SessionFile], also_known: &[String]) {
    let known: Vec<String> = files
        .iter()
        .filter_map(|f| f.session.as_ref().map(|s| s.id.as_str().to_owned()))
        .chain(also_known.iter().cloned())
        .collect();
    for file in files.iter_mut().filter(|f| f.is_program) {
        let Some(program) = &file.program else { continue };
        let mut missing = Vec::new();
        for module in &program.modules {
            for id in &module.sessions {
                if !known.iter().any(|k| k == id.value.as_str()) {
                    let mut diagnostic = Diagnostic::new(
                        Code::UnknownSession,
                        id.span,
                        format!("there is no session with the id \"{}\"", id.value),
                    )
                    .label("no such session");
                    diagnostic = match super::names::suggest(id.value.as_str(), known.iter().map(String::as_str)) {
                        Some(close) => diagnostic.help(format!("did you mean \"{close}\"?")),
                        None => diagnostic.help("`stillpoint list` shows the ids of every session"),
                    };
                    missing.push(diagnostic);
                }
            }
        }
        if !missing.is_empty() {
            file.diagnostics.extend(missing);
            file.diagnostics.sort_by_key(|d| d.span.map_or(0, |s| s.start));
            file.program = None;
        }
    }
}
