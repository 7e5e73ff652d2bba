//! The practice log on disk: one record per line, appended and synced, one
//! writer at a time, read back without ever rewriting it.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::entry::Entry;
use super::record::{LineProblem, Record};

/// How long a writer waits for another one to finish before saying so.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// The practice log: a file of records, and the lock that keeps its
/// writers one at a time.
#[derive(Clone, Debug)]
pub struct PracticeLog {
    path: PathBuf,
}

/// What went wrong reading or writing the log, said for the practitioner.
#[derive(Debug)]
pub enum LogError {
    Read { path: PathBuf, source: std::io::Error },
    Write { path: PathBuf, reason: String },
    Busy { path: PathBuf },
}

impl std::fmt::Display for LogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            LogError::Read { path, source } => crate::t!(
                "errors-log-cannot-read",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            LogError::Write { path, reason } => crate::t!(
                "errors-log-cannot-write",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
            LogError::Busy { path } => crate::t!(
                "errors-log-busy",
                path = path.display().to_string(),
                seconds = LOCK_WAIT.as_secs()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LogError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A line of the log that was skipped, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LogWarning {
    /// Counted from 1.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LogWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "errors-log-line",
            line = self.line,
            message = self.message.as_str()
        ))
    }
}

/// The log as read: the entries with every edit and deletion applied.
#[derive(Clone, Debug, Default)]
pub struct LoadedLog {
    /// Entries that stand, in the order they were logged.
    pub entries: Vec<Entry>,
    /// Entries deleted (and not restored), for undo.
    pub deleted: Vec<Entry>,
    /// Lines skipped, each with its line number; the file keeps them.
    pub warnings: Vec<LogWarning>,
}

impl LoadedLog {
    /// Reads the records of a whole log file's bytes. The warnings are
    /// worded in this thread's language.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        let mut entries: Vec<(Entry, bool)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut warnings = Vec::new();
        let mut warn = |line: usize, message: String| warnings.push(LogWarning { line, message });
        for (number, decoded) in decode_lines(bytes) {
            let line = number + 1;
            let record = match decoded {
                Ok(record) => record,
                Err(problem) => {
                    warn(line, crate::t!("errors-log-skipped", problem = problem.to_string()));
                    continue;
                }
            };
            let mut known = |id: &str| {
                let found = index.get(id).copied();
                if found.is_none() {
                    warn(line, crate::t!("errors-log-unknown-entry", id = id));
                }
                found
            };
            match record {
                Record::Entry(entry) => {
                    if index.contains_key(&entry.id) {
                        warn(line, crate::t!("errors-log-duplicate-entry", id = entry.id.as_str()));
                        continue;
                    }
                    index.insert(entry.id.clone(), entries.len());
                    entries.push((entry, false));
                }
                Record::Edit {
                    id,
                    note,
                    feeling_before,
                    feeling_after,
                    prompt,
                } => {
                    if let Some(at) = known(&id) {
                        let entry = &mut entries[at].0;
                        entry.note = note;
                        entry.feeling_before = feeling_before;
                        entry.feeling_after = feeling_after;
                        if prompt.is_some() {
                            entry.prompt = prompt;
                        }
                    }
                }
                Record::Delete { id } => {
                    if let Some(at) = known(&id) {
                        entries[at].1 = true;
                    }
                }
                Record::Restore { id } => {
                    if let Some(at) = known(&id) {
                        entries[at].1 = false;
                    }
                }
                Record::Mark { id } => {
                    if let Some(at) = known(&id) {
                        entries[at].0.portfolio = true;
                    }
                }
                Record::Unmark { id } => {
                    if let Some(at) = known(&id) {
                        entries[at].0.portfolio = false;
                    }
                }
            }
        }
        let (deleted, standing): (Vec<_>, Vec<_>) = entries.into_iter().partition(|(_, deleted)| *deleted);
        Self {
            entries: standing.into_iter().map(|(entry, _)| entry).collect(),
            deleted: deleted.into_iter().map(|(entry, _)| entry).collect(),
            warnings,
        }
    }

    /// Whether an entry with this id, standing or deleted, is in the log.
    pub fn contains(&self, id: &str) -> bool {
        self.entries.iter().chain(&self.deleted).any(|entry| entry.id == id)
    }
}

/// Each line that is not blank, decoded, with its index. A long log is
/// decoded on every core; the records keep their order, and the problems
/// are worded later, on the thread that reads the log.
fn decode_lines(bytes: &[u8]) -> Vec<(usize, Result<Record, LineProblem>)> {
    let lines: Vec<(usize, &[u8])> = bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, raw)| !raw.iter().all(u8::is_ascii_whitespace))
        .collect();
    let decode = |(number, raw): &(usize, &[u8])| {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let decoded = match std::str::from_utf8(raw) {
            Ok(text) => Record::decode(text),
            Err(_) => Err(LineProblem::NotText),
        };
        (*number, decoded)
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(8);
    const PER_THREAD: usize = 4096;
    if threads < 2 || lines.len() < 2 * PER_THREAD {
        return lines.iter().map(decode).collect();
    }
    let chunk = lines.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = lines
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(decode).collect::<Vec<_>>()))
            .collect();
        let mut all = Vec::with_capacity(lines.len());
        for (worker, part) in workers.into_iter().zip(lines.chunks(chunk)) {
            match worker.join() {
                Ok(decoded) => all.extend(decoded),
                // A worker cannot panic on any input; if it did, decode
                // its part here.
                Err(_) => all.extend(part.iter().map(decode)),
            }
        }
        all
    })
}

impl PracticeLog {
    pub fn at(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock_path(&self) -> PathBuf {
        let mut name = self.path.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        self.path.with_file_name(name)
    }

    /// Reads the log. A log that does not exist yet is empty. The file is
    /// only read, never changed.
    pub fn load(&self) -> Result<LoadedLog, LogError> {
        Ok(LoadedLog::from_bytes(&self.read_bytes()?))
    }

    /// The log file's bytes; none when it does not exist yet.
    pub fn read_bytes(&self) -> Result<Vec<u8>, LogError> {
        let error = |source| LogError::Read {
            path: self.path.clone(),
            source,
        };
        match std::fs::metadata(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(error(e)),
            // A device or a folder in its place would never end.
            Ok(meta) if !meta.is_file() => {
                return Err(error(std::io::Error::other(crate::t!("errors-log-not-a-file"))));
            }
            Ok(_) => {}
        }
        std::fs::read(&self.path).map_err(error)
    }

    /// Appends records at the end of the log and waits until they are on
    /// disk. Writers take turns: this waits for another writer to finish,
    /// and says so if it does not.
    pub fn append(&self, records: &[Record]) -> Result<(), LogError> {
        if records.is_empty() {
            return Ok(());
        }
        let write_error = |e: std::io::Error| LogError::Write {
            path: self.path.clone(),
            reason: describe_io(&e),
        };
        if let Some(parent) = self.path.parent() {
            std::fs::create_dir_all(parent).map_err(write_error)?;
        }
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.lock_path())
            .map_err(write_error)?;
        let started = Instant::now();
        loop {
            match lock.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(LogError::Busy {
                        path: self.path.clone(),
                    });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(write_error(e)),
            }
        }
        let created = !self.path.exists();
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(&self.path)
            .map_err(write_error)?;
        let mut text = String::new();
        // A line cut short by a crash stays as it is, on a line of its own;
        // what comes next starts on a fresh line.
        if !ends_with_newline(&mut file).map_err(write_error)? {
            text.push('\n');
        }
        for record in records {
            text.push_str(&record.encode());
            text.push('\n');
        }
        file.write_all(text.as_bytes()).map_err(write_error)?;
        file.sync_data().map_err(write_error)?;
        if created
            && let Some(parent) = self.path.parent()
            && let Ok(dir) = File::open(parent)
        {
            // The new file's name is on disk too.
            let _ = dir.sync_all();
        }
        drop(lock);
        Ok(())
    }
}

/// Whether the file is empty or its last byte ends a line.
fn ends_with_newline(file: &mut File) -> std::io::Result<bool> {
    let length = file.metadata()?.len();
    if length == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(length - 1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// An I/O error in the practitioner's words.
pub(crate) fn describe_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::StorageFull => crate::t!("errors-io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => crate::t!("errors-io-read-only"),
        ErrorKind::PermissionDenied => crate::t!("errors-io-permission-denied"),
        ErrorKind::IsADirectory => crate::t!("errors-io-folder-in-place"),
        _ => error.to_string(),
    }
}

/// Records waiting to reach the log: when the disk is full or read-only,
/// they are kept here and written as soon as writing works again.
#[derive(Debug)]
pub struct PendingWriter {
    log: PracticeLog,
    pending: Vec<Record>,
    last_error: Option<String>,
}

impl PendingWriter {
    pub fn new(log: PracticeLog) -> Self {
        Self {
            log,
            pending: Vec::new(),
            last_error: None,
        }
    }

    pub fn log(&self) -> &PracticeLog {
        &self.log
    }

    /// Queues records and tries to write everything waiting.
    pub fn write(&mut self, records: impl IntoIterator<Item = Record>) -> Result<(), &str> {
        self.pending.extend(records);
        self.retry()
    }

    /// Tries again to write what is waiting.
    pub fn retry(&mut self) -> Result<(), &str> {
        match self.log.append(&self.pending) {
            Ok(()) => {
                self.pending.clear();
                self.last_error = None;
                Ok(())
            }
            Err(e) => Err(self.last_error.insert(e.to_string())),
        }
    }

    /// Records not yet written.
    pub fn pending(&self) -> &[Record] {
        &self.pending
    }

    /// Why the waiting records could not be written, if they could not.
    pub fn problem(&self) -> Option<&str> {
        self.last_error.as_deref()
    }
}
