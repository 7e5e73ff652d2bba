//! A session while it plays: kept on disk beside the log, so a crash or a
//! power cut loses at most a few seconds of practice and never the entry.
//!
//! Each playing session has `<id>.json` (its entry so far, rewritten whole
//! and atomically) and `<id>.lock`, held by the process playing it. At the
//! next start, a `.json` whose lock nobody holds belongs to a session that
//! stopped without an ending: it is logged as interrupted.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::entry::{Entry, HowEnded};
use super::log::{LogError, PracticeLog, describe_io};
use super::record::Record;

/// How much practised time may go by between two saves of a playing
/// session: at most this much is lost in a crash.
pub const HEARTBEAT_SECS: u64 = 20;

/// A session being practised, saved as it goes.
#[derive(Debug)]
pub struct InProgress {
    dir: PathBuf,
    entry: Entry,
    /// Held while the session plays; its release tells others it stopped.
    _lock: File,
    saved_secs: u64,
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> LogError + '_ {
    move |e| LogError::Write {
        path: path.to_path_buf(),
        reason: describe_io(&e),
    }
}

impl InProgress {
    /// Starts keeping `entry` (its practised time so far, and `ended` as it
    /// would be if it stopped now) in `dir`.
    pub fn begin(dir: &Path, mut entry: Entry) -> Result<Self, LogError> {
        std::fs::create_dir_all(dir).map_err(io_error(dir))?;
        let lock_path = dir.join(format!("{}.lock", file_stem(&entry.id)));
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io_error(&lock_path))?;
        lock.try_lock().map_err(|_| LogError::Busy {
            path: lock_path.clone(),
        })?;
        entry.ended = HowEnded::Interrupted;
        let mut this = Self {
            dir: dir.to_path_buf(),
            entry,
            _lock: lock,
            saved_secs: 0,
        };
        this.save()?;
        Ok(this)
    }

    pub fn entry(&self) -> &Entry {
        &self.entry
    }

    /// Notes the practised time; saves when enough has gone by since the
    /// last save. Returns whether it saved.
    pub fn update(&mut self, practised_secs: u64) -> Result<bool, LogError> {
        self.entry.practised_secs = practised_secs;
        if practised_secs < self.saved_secs + HEARTBEAT_SECS {
            return Ok(false);
        }
        self.save()?;
        Ok(true)
    }

    /// The session has ended: saves its last state and gives the entry to
    /// log. Call [`InProgress::logged`] once the log has it.
    pub fn conclude(&mut self, ended: HowEnded, practised_secs: u64) -> Entry {
        self.entry.practised_secs = practised_secs;
        self.entry.ended = ended;
        // If this save fails, the previous one still stands.
        let _ = self.save();
        self.entry.clone()
    }

    /// The log has the entry: the saved state is no longer needed.
    pub fn logged(self) {
        let stem = file_stem(&self.entry.id);
        let _ = std::fs::remove_file(self.dir.join(format!("{stem}.json")));
        let _ = std::fs::remove_file(self.dir.join(format!("{stem}.lock")));
    }

    fn save(&mut self) -> Result<(), LogError> {
        let stem = file_stem(&self.entry.id);
        let path = self.dir.join(format!("{stem}.json"));
        crate::paths::write_atomically(&path, Record::Entry(self.entry.clone()).encode().as_bytes())
            .map_err(io_error(&path))?;
        self.saved_secs = self.entry.practised_secs;
        Ok(())
    }
}

/// An id made safe to use as a file name.
fn file_stem(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Sessions that stopped without an ending, found and logged.
#[derive(Debug, Default)]
pub struct Recovered {
    /// The entries now in the log.
    pub entries: Vec<Entry>,
    /// Saved sessions that could not be read; their files are left alone.
    pub problems: Vec<String>,
}

/// Logs every session in `dir` that stopped without an ending (no process
/// holds its lock), then removes its saved state.
pub fn recover_interrupted(dir: &Path, log: &PracticeLog) -> Result<Recovered, LogError> {
    let mut recovered = Recovered::default();
    let Ok(listing) = std::fs::read_dir(dir) else {
        return Ok(recovered);
    };
    let mut saved: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    saved.sort();
    if saved.is_empty() {
        return Ok(recovered);
    }
    let loaded = log.load()?;
    for path in saved {
        let lock_path = path.with_extension("lock");
        let Ok(lock) = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
        else {
            continue;
        };
        if lock.try_lock().is_err() {
            // Still playing, in another window or terminal.
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                recovered
                    .problems
                    .push(format!("{}: {}", path.display(), describe_io(&e)));
                continue;
            }
        };
        let entry = match Record::decode(text.trim_end()) {
            Ok(Record::Entry(entry)) => entry,
            Ok(_) => {
                recovered
                    .problems
                    .push(format!("{}: {}", path.display(), crate::t!("errors-log-not-an-entry")));
                continue;
            }
            Err(problem) => {
                recovered.problems.push(format!("{}: {problem}", path.display()));
                continue;
            }
        };
        if !loaded.contains(&entry.id) {
            log.append(&[Record::Entry(entry.clone())])?;
            recovered.entries.push(entry);
        }
        let _ = std::fs::remove_file(&path);
        drop(lock);
        let _ = std::fs::remove_file(&lock_path);
    }
    Ok(recovered)
}
