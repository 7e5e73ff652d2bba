//! `stillpoint new`: a commented, valid session file to start from.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::session::id_from_name;
use crate::t;

/// The starting points `new` offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Template {
    /// Steps with words on screen (and, if you like, recordings of them).
    Guided,
    /// Silence held by bells.
    Timer,
    /// A length the practitioner chooses, filled by one step.
    Flexible,
}

impl Template {
    pub const ALL: [Template; 3] = [Template::Guided, Template::Timer, Template::Flexible];

    pub fn name(self) -> &'static str {
        match self {
            Template::Guided => "guided",
            Template::Timer => "timer",
            Template::Flexible => "flexible",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Template::Guided => include_str!("../../assets/templates/guided.ron"),
            Template::Timer => include_str!("../../assets/templates/timer.ron"),
            Template::Flexible => include_str!("../../assets/templates/flexible.ron"),
        }
    }

    /// The template's text for a session with this id and title.
    pub fn render(self, id: &str, title: &str) -> String {
        let quoted_title = title.replace('\\', "\\\\").replace('"', "\\\"");
        self.text().replace("{id}", id).replace("{title}", &quoted_title)
    }
}

/// A title made from a file name: `evening-sit` → `Evening sit`.
fn title_from_name(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => t!("cli-new-default-title"),
    }
}

/// Writes a new session file at `path` (`.ron` is added when it has no
/// extension), never over an existing file. Returns the path written.
pub fn new_session(
    path: &Path,
    template: Template,
    user_sessions: &Path,
    out: &mut dyn Write,
) -> anyhow::Result<PathBuf> {
    let path = if path.extension().is_none() {
        path.with_extension("ron")
    } else {
        path.to_path_buf()
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = id_from_name(&stem);
    let text = template.render(&id, &title_from_name(&stem));
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| t!("cli-new-cannot-make-folder", folder = parent.display().to_string()))?;
    }
    let shown = path.display().to_string();
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => anyhow::anyhow!(t!("cli-new-exists", file = shown.as_str())),
            _ => anyhow::anyhow!(t!("cli-new-cannot-write", file = shown.as_str(), error = e.to_string())),
        })?;
    file.write_all(text.as_bytes())
        .with_context(|| t!("cli-cannot-write", file = shown.as_str()))?;
    let said = t!(
        "cli-new-wrote",
        file = shown.as_str(),
        template = template.name(),
        id = id.as_str()
    );
    writeln!(out, "{said}")?;
    let argument = if shown.contains(char::is_whitespace) {
        format!("\"{shown}\"")
    } else {
        shown
    };
    writeln!(out, "{}", t!("cli-new-open-it", file = argument))?;
    if !path.starts_with(user_sessions) {
        let said = t!("cli-new-keep-it-in", folder = user_sessions.display().to_string());
        writeln!(out, "{said}")?;
    }
    Ok(path)
}
