//! Where Stillpoint keeps its state.

use std::path::{Path, PathBuf};

/// The folders Stillpoint reads and writes, all under one data folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// The folder given with `--data-dir` or `STILLPOINT_DATA_DIR`, or else
    /// the platform's data folder for Stillpoint.
    pub fn resolve(given: Option<PathBuf>) -> Option<Self> {
        let root = match given {
            Some(root) => root,
            None => directories::ProjectDirs::from("org", "Stillpoint", "stillpoint")?
                .data_dir()
                .to_path_buf(),
        };
        Some(Self { root })
    }

    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The data folder that holds `file`, one of its own files (the
    /// cohort's membership, the settings).
    pub fn holding(file: &Path) -> Self {
        Self::at(file.parent().unwrap_or(Path::new(".")))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where teachers put their own session files.
    pub fn sessions(&self) -> PathBuf {
        self.root.join("sessions")
    }

    /// The app's settings and window state (eframe's storage file).
    pub fn app_settings(&self) -> PathBuf {
        self.root.join("settings.ron")
    }

    /// Sessions saved as sound files from the app.
    pub fn exports(&self) -> PathBuf {
        self.root.join("exports")
    }

    /// Spoken guidance, kept so each cue is synthesized once.
    pub fn speech_cache(&self) -> PathBuf {
        self.root.join("speech-cache")
    }

    /// Invitations to sit together added to a calendar, as .ics files.
    pub fn invitations(&self) -> PathBuf {
        self.root.join("invitations")
    }

    /// The cohort this machine shares practice with, if any.
    pub fn cohort(&self) -> PathBuf {
        self.root.join("cohort.json")
    }

    /// The practice log: one record per line.
    pub fn practice_log(&self) -> PathBuf {
        self.root.join("practice-log.jsonl")
    }

    /// This computer's id and name, and the folder its practice is shared
    /// through ([`crate::practice::devices`]).
    pub fn computer(&self) -> PathBuf {
        self.root.join("computer.json")
    }

    /// The other computers' files in the shared folder as last read, shown
    /// while the folder is away.
    pub fn kept_computers(&self) -> PathBuf {
        self.root.join("computers")
    }

    /// Sessions playing right now, saved as they go.
    pub fn in_progress(&self) -> PathBuf {
        self.root.join("in-progress")
    }

    /// What the desk remembers between runs: a quiet asked for from the
    /// tray, the day's reminder ([`crate::desk::kept`]).
    pub fn desk_state(&self) -> PathBuf {
        self.root.join("desk.ron")
    }

    /// How practice is counted into days and streaks.
    pub fn practice_rules(&self) -> PathBuf {
        self.root.join("practice-rules.json")
    }
}

/// Reads at most `limit` bytes of `path`; `None` when it holds more. How a
/// file someone else writes (in a cohort's or a person's shared folder) is
/// read, so that it cannot make Stillpoint read without end.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Writes `bytes` to `path` whole or not at all, the one way Stillpoint
/// replaces a file: into `<name>.part` beside it (its folder made if need
/// be), synced to the disk, then renamed over it and the rename synced, so
/// that a reader (or a sync tool) never sees half, and a power cut leaves
/// the old file or the new one, never an empty one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(folder) = folder {
        std::fs::create_dir_all(folder)?;
    }
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    let temporary = path.with_file_name(name);
    let mut file = std::fs::File::create(&temporary)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temporary, path)?;
    if let Some(folder) = folder
        && let Ok(folder) = std::fs::File::open(folder)
    {
        // Where the file system allows it; the rename stands either way.
        let _ = folder.sync_all();
    }
    Ok(())
}
