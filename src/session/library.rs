//! Many session files at once: folders, the bundled program, duplicate ids,
//! and the language versions of each session.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::check::AudioProbe;
use super::diagnostic::{Code, Diagnostic};
use super::load::{Origin, SessionFile, load_file, load_text};
use super::model::Session;
use super::span::LineCol;
use super::versions::{check_language_versions, name_language, pick_version, version_groups};
use crate::t;

/// How deep `validate` and the library look into folders.
const MAX_FOLDER_DEPTH: usize = 32;

/// Every session file found, broken ones included.
#[derive(Clone, Debug, Default)]
pub struct Library {
    pub files: Vec<SessionFile>,
    /// Indexes into `files`: the files of each id, its original first.
    versions: Vec<Vec<usize>>,
}

impl Library {
    /// Loads the bundled program, then every `.ron` file under
    /// `user_folder` (which need not exist); reports ids used twice, and
    /// language versions that do not agree with their original.
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
        check_language_versions(&mut files);
        check_program_sessions(&mut files, &[]);
        let versions = version_groups(&files);
        Self { files, versions }
    }

    /// The programs that read without errors, in load order.
    pub fn programs(&self) -> impl Iterator<Item = &super::program::Program> {
        self.files.iter().filter_map(|f| f.program.as_ref())
    }

    /// The playable sessions, one for each id, each as written in its
    /// original (or, when that cannot be played, its first version that
    /// can). For what is the same in every language; to show a session to
    /// someone, [`Library::sessions_in`].
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.chosen(None).into_iter().filter_map(|f| f.session.as_ref())
    }

    /// The playable sessions, one for each id, each in the language
    /// `wanted` (a BCP 47 tag) when it has a version in it, else as its
    /// original; see [`pick_version`].
    pub fn sessions_in(&self, wanted: &str) -> impl Iterator<Item = &Session> {
        self.files_in(wanted).into_iter().filter_map(|f| f.session.as_ref())
    }

    /// The playable files, one for each id, as [`Library::sessions_in`]
    /// chooses them.
    pub fn files_in(&self, wanted: &str) -> Vec<&SessionFile> {
        self.chosen(Some(wanted))
    }

    /// The session `id` in the language `wanted`, else as its original.
    pub fn session_in(&self, id: &str, wanted: &str) -> Option<&Session> {
        self.file_with_id_in(id, wanted).and_then(|f| f.session.as_ref())
    }

    /// The file that declares `id`, playable or not: its original when
    /// there is one.
    pub fn file_with_id(&self, id: &str) -> Option<&SessionFile> {
        let group = self.group(id)?;
        group.first().map(|&index| &self.files[index])
    }

    /// The file of `id` to play for someone who reads `wanted`: its
    /// playable version in that language, else its original; when no
    /// version plays, the file that declares it, to say why.
    pub fn file_with_id_in(&self, id: &str, wanted: &str) -> Option<&SessionFile> {
        let group = self.group(id)?;
        self.pick(group, Some(wanted)).or_else(|| self.file_with_id(id))
    }

    /// The languages session `id` can be played in, its original's first.
    pub fn languages_of(&self, id: &str) -> Vec<&str> {
        self.group(id)
            .unwrap_or_default()
            .iter()
            .filter_map(|&index| self.files[index].session.as_ref())
            .map(|s| s.language.as_str())
            .collect()
    }

    /// The files of `id`, its original first.
    fn group(&self, id: &str) -> Option<&[usize]> {
        self.versions
            .iter()
            .find(|group| {
                group
                    .first()
                    .and_then(|&i| self.files[i].id.as_ref())
                    .is_some_and(|i| i.value.as_str() == id)
            })
            .map(Vec::as_slice)
    }

    /// One playable file for each id: in `wanted` where it has that
    /// language, else the first that plays.
    fn chosen(&self, wanted: Option<&str>) -> Vec<&SessionFile> {
        self.versions
            .iter()
            .filter_map(|group| self.pick(group, wanted))
            .collect()
    }

    fn pick(&self, group: &[usize], wanted: Option<&str>) -> Option<&SessionFile> {
        let playable: Vec<&SessionFile> = group
            .iter()
            .map(|&index| &self.files[index])
            .filter(|f| f.session.is_some())
            .collect();
        let chosen = match wanted {
            Some(wanted) => {
                let languages: Vec<&str> = playable
                    .iter()
                    .filter_map(|f| f.session.as_ref())
                    .map(|s| s.language.as_str())
                    .collect();
                pick_version(&languages, wanted)
            }
            None => 0,
        };
        playable.get(chosen).copied()
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

/// Reports every file that declares an id an earlier file already has in
/// the same language, and keeps only the first of them playable. Language
/// versions (`NAME.es.ron`) share their original's id; two originals of one
/// id, or two versions of one language, are duplicates.
pub fn mark_duplicate_ids(files: &mut [SessionFile]) {
    // Originals first, so that when a version repeats its original's
    // language, the version is the one reported.
    let (originals, versions): (Vec<usize>, Vec<usize>) =
        (0..files.len()).partition(|&index| name_language(&files[index].name).is_none());
    let mut first_original: HashMap<String, String> = HashMap::new();
    let mut first_in_language: HashMap<(String, String), String> = HashMap::new();
    for index in originals.into_iter().chain(versions) {
        let file = &mut files[index];
        let Some(id) = file.id.clone() else { continue };
        let here = format!("{}:{}", file.name, LineCol::of(&file.source, id.span.start));
        let key = id.value.as_str().to_owned();
        let Some(tag) = name_language(&file.name) else {
            match first_original.get(&key) {
                Some(first) => {
                    file.diagnostics.push(
                        Diagnostic::new(
                            Code::DuplicateId,
                            id.span,
                            t!("diag-duplicate-id", id = id.value.as_str(), first = first.as_str()),
                        )
                        .label(t!("diag-duplicate-id-label"))
                        .note(t!("diag-duplicate-id-note", first = first.as_str()))
                        .help(t!("diag-duplicate-id-help")),
                    );
                    file.session = None;
                }
                None => {
                    if let Some(session) = &file.session {
                        first_in_language.insert((key.clone(), session.language.to_ascii_lowercase()), here.clone());
                    }
                    first_original.insert(key, here);
                }
            }
            continue;
        };
        match first_in_language.get(&(key.clone(), tag.to_ascii_lowercase())) {
            Some(first) => {
                file.diagnostics.push(
                    Diagnostic::new(
                        Code::DuplicateId,
                        id.span,
                        t!(
                            "diag-duplicate-version",
                            id = id.value.as_str(),
                            language = tag,
                            first = first.as_str()
                        ),
                    )
                    .label(t!("diag-duplicate-version-label"))
                    .note(t!(
                        "diag-duplicate-version-note",
                        language = tag,
                        first = first.as_str()
                    ))
                    .help(t!("diag-duplicate-version-help")),
                );
                file.session = None;
            }
            None => {
                first_in_language.insert((key, tag.to_ascii_lowercase()), here);
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
            for id in module.sessions.iter().chain(&module.call) {
                if !known.iter().any(|k| k == id.value.as_str()) {
                    let mut diagnostic = Diagnostic::new(
                        Code::UnknownSession,
                        id.span,
                        t!("diag-unknown-session", id = id.value.as_str()),
                    )
                    .label(t!("diag-unknown-session-label"));
                    diagnostic = match super::names::suggest(id.value.as_str(), known.iter().map(String::as_str)) {
                        Some(close) => diagnostic.help(t!("diag-did-you-mean-quoted", suggestion = close)),
                        None => diagnostic.help(t!("diag-unknown-session-help")),
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
