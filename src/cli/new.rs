//! `stillpoint new`: a commented, valid session file to start from.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::session::id_from_name;

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
        None => "My session".to_owned(),
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
        std::fs::create_dir_all(parent).with_context(|| format!("cannot make the folder {}", parent.display()))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                anyhow::anyhow!(
                    "{} already exists; choose another name (nothing was changed)",
                    path.display()
                )
            }
            _ => anyhow::anyhow!("cannot write {}: {e}", path.display()),
        })?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    writeln!(
        out,
        "Wrote {}: a {} session with the id \"{id}\".",
        path.display(),
        template.name()
    )?;
    let shown = path.display().to_string();
    let argument = if shown.contains(char::is_whitespace) {
        format!("\"{shown}\"")
    } else {
        shown
    };
    writeln!(
        out,
        "Open it in any text editor; `stillpoint validate {argument}` checks it."
    )?;
    if !path.starts_with(user_sessions) {
        writeln!(
            out,
            "To see it in the library, keep it in {} (or copy it there).",
            user_sessions.display()
        )?;
    }
    Ok(path)
}
