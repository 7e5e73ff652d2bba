//! Reading one session file: text, syntax, raw model, checked session.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::check::{AudioProbe, check_session};
use super::decode::decode_session;
use super::diagnostic::{Code, Diagnostic};
use super::model::{Session, SessionId};
use super::parser;
use super::span::{Span, Spanned};
use crate::t;

/// The largest session file Stillpoint reads.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Where a session came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into Stillpoint from the program in `sessions/`.
    Bundled,
    /// A file on disk.
    File(PathBuf),
}

/// One session file after loading: its text, every problem found in it,
/// and the session when it has no errors.
#[derive(Clone, Debug)]
pub struct SessionFile {
    /// The name shown in diagnostics: the path as given, or
    /// `bundled/NAME.ron`.
    pub name: String,
    pub origin: Origin,
    /// The file's text, for quoting lines in diagnostics.
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The id the file declares, even when the session has other errors.
    pub id: Option<Spanned<SessionId>>,
    pub session: Option<Session>,
    /// When the file is a program rather than a session: the program, if
    /// it reads without errors.
    pub program: Option<super::program::Program>,
    /// Whether the file is a program (readable or not).
    pub is_program: bool,
}

impl SessionFile {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The folder its audio paths are read from.
    pub fn folder(&self) -> Option<&Path> {
        match &self.origin {
            Origin::Bundled => None,
            Origin::File(path) => path.parent(),
        }
    }
}

/// Loads a session from text already in memory.
pub fn load_text(name: String, origin: Origin, text: String, audio: &dyn AudioProbe) -> SessionFile {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    let head = text_head(&text);
    let mut file = SessionFile {
        name,
        origin,
        source: text,
        diagnostics: Vec::new(),
        id: None,
        session: None,
        program: None,
        is_program: super::program::is_program(&head),
    };
    if file.source.len() as u64 > MAX_FILE_BYTES {
        file.diagnostics.push(too_large());
        file.source.clear();
        return file;
    }
    let node = match parser::parse(&file.source) {
        Ok(node) => node,
        Err(error) => {
            let code = if error.too_deep { Code::TooDeep } else { Code::Syntax };
            let mut diagnostic = Diagnostic::new(code, error.span, error.message).label(error.label);
            if let Some((span, label)) = error.secondary {
                diagnostic = diagnostic.also(span, label);
            }
            if let Some(help) = error.help {
                diagnostic = diagnostic.help(help);
            }
            file.diagnostics.push(diagnostic);
            return file;
        }
    };
    let mut diagnostics = Vec::new();
    if file.is_program {
        file.program = super::decode::decode_program(&node, &mut diagnostics);
        if diagnostics.iter().any(Diagnostic::is_error) {
            file.program = None;
        }
    } else if let Some(raw) = decode_session(&node, &mut diagnostics) {
        file.id = raw.id.clone();
        let folder = match &file.origin {
            Origin::Bundled => None,
            Origin::File(path) => path.parent(),
        };
        file.session = check_session(&raw, folder, audio, &mut diagnostics);
    }
    sort_by_position(&mut diagnostics);
    file.diagnostics = diagnostics;
    file
}

/// Loads a session file from disk. Never fails: a file that cannot be read
/// comes back with a diagnostic saying why.
pub fn load_file(path: &Path, audio: &dyn AudioProbe) -> SessionFile {
    let name = path.display().to_string();
    let origin = Origin::File(path.to_path_buf());
    let unreadable = |diagnostic: Diagnostic| SessionFile {
        name: name.clone(),
        origin: origin.clone(),
        source: String::new(),
        diagnostics: vec![diagnostic],
        id: None,
        session: None,
        program: None,
        is_program: false,
    };
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    if let Err(error) = read {
        return unreadable(
            Diagnostic::whole_file(Code::Unreadable, t!("diag-unreadable", error = error.to_string()))
                .help(t!("diag-unreadable-help")),
        );
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return unreadable(too_large());
    }
    match String::from_utf8(bytes) {
        Ok(text) => load_text(name, origin, text, audio),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let mut file = unreadable(
                Diagnostic::new(Code::Syntax, Span::new(valid, valid + 1), t!("diag-not-utf8"))
                    .label(t!("diag-not-utf8-label"))
                    .help(t!("diag-not-utf8-help")),
            );
            file.source = text;
            file
        }
    }
}

fn too_large() -> Diagnostic {
    Diagnostic::whole_file(Code::TooLarge, t!("diag-too-large", kib = MAX_FILE_BYTES / 1024))
        .help(t!("diag-too-large-help"))
}

fn sort_by_position(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| d.span.map_or(0, |s| s.start));
}

/// The start of a file's text, enough to tell a program from a session.
fn text_head(text: &str) -> String {
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}
