//! What the desk remembers between runs: a quiet asked for from the tray
//! ("for an hour", "until tomorrow") and when the daily reminder last
//! came, so that a restart, or the window handing the bells to the tray,
//! neither rings a bell the practitioner quieted nor reminds twice in a
//! day.
//!
//! Kept in `desk.ron` in the data folder, written whole each time (a new
//! file renamed over the old). A file that cannot be read is set aside
//! with a warning: the desk starts from nothing kept, as on a first run.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// The desk's state that outlives a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeptState {
    /// The bells are quiet until then.
    pub quiet_until: Option<DateTime<FixedOffset>>,
    /// When the daily reminder last came.
    pub reminder_fired: Option<DateTime<FixedOffset>>,
}

impl KeptState {
    /// The state kept at `path`: nothing when there is no file; with a
    /// warning (in this thread's language) when it cannot be read.
    pub fn load(path: &Path) -> (KeptState, Option<String>) {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (KeptState::default(), None),
            Err(e) => return (KeptState::default(), Some(unreadable(path, &e.to_string()))),
        };
        match ron::from_str(&text) {
            Ok(state) => (state, None),
            Err(e) => (KeptState::default(), Some(unreadable(path, &e.to_string()))),
        }
    }

    /// The state kept at `path`, saying on standard error when it cannot
    /// be read (the desk then starts from nothing kept).
    pub fn recall(path: &Path) -> KeptState {
        let (state, warning) = KeptState::load(path);
        if let Some(warning) = warning {
            eprintln!("stillpoint: {}", crate::t!("cli-warning", message = warning));
        }
        state
    }

    /// Writes the state to `path`, replacing what was there in one step.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(std::io::Error::other)?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        crate::paths::write_atomically(path, text.as_bytes())
    }

    /// Saves the state, saying on standard error when it cannot be kept
    /// (the desk goes on; only a restart would forget it).
    pub fn keep(&self, path: &Path) {
        if let Err(e) = self.save(path) {
            let said = crate::t!(
                "desktop-state-cannot-save",
                path = path.display().to_string(),
                reason = e.to_string()
            );
            eprintln!("stillpoint: {}", crate::t!("cli-warning", message = said));
        }
    }
}

fn unreadable(path: &Path, reason: &str) -> String {
    crate::t!(
        "desktop-state-unreadable",
        path = path.display().to_string(),
        reason = reason
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn the_state_is_kept_across_runs() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("desk.ron");
        assert_eq!(KeptState::load(&path), (KeptState::default(), None), "nothing kept yet");
        let state = KeptState {
            quiet_until: Some(at("2026-03-03T00:00:00+01:00")),
            reminder_fired: Some(at("2026-03-02T19:00:05+01:00")),
        };
        state.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(KeptState::load(&path), (state, None));
    }

    #[test]
    fn a_damaged_file_is_named_and_nothing_is_kept() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("desk.ron");
        std::fs::write(&path, "(quiet_until: Some(\"yesterday\"").unwrap_or_else(|e| panic!("{e}"));
        let (state, warning) = KeptState::load(&path);
        assert_eq!(state, KeptState::default());
        let warning = warning.unwrap_or_else(|| panic!("a warning for the damaged file"));
        assert!(warning.contains("desk.ron"), "{warning}");
    }
}
