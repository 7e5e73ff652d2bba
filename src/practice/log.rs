//! The practice log on disk: one record per line, appended and synced, one
//! writer at a time, read back without ever rewriting it.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::devices::Link;
use super::entry::Entry;
use super::record::{LineProblem, Record};
use crate::paths::DataDir;

/// How long a writer waits for another one to finish before saying so.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// The practice log: a file of records, and the lock that keeps its
/// writers one at a time.
#[derive(Clone, Debug)]
pub struct PracticeLog {
    path: PathBuf,
    /// The link to a shared folder, when this computer has one.
    link: Option<Link>,
    /// This computer has been linked: its log may name entries that only
    /// another computer's file holds, which is no fault of its own.
    was_linked: bool,
}

/// The greatest clock this process has read or written, which its next
/// change passes: kept for the whole process, so that a command that reads
/// the log through one [`PracticeLog`] and writes through another still
/// writes after what it read.
static SEEN_CLOCK: AtomicU64 = AtomicU64::new(0);

/// The clock for the next change: now, or one past the greatest clock
/// read or written, whichever is later.
pub(crate) fn next_clock() -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    let mut next = 0;
    let _ = SEEN_CLOCK.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |seen| {
        next = now.max(seen.saturating_add(1));
        Some(next)
    });
    next
}

/// Notes a clock read from another computer (not past [`LATEST_CLOCK`]),
/// which the next change passes.
pub(crate) fn saw_clock(clock: u64) {
    if clock < LATEST_CLOCK {
        SEEN_CLOCK.fetch_max(clock, Ordering::Relaxed);
    }
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
    /// Lines of this computer's log skipped, each with its line number; the
    /// file keeps them.
    pub warnings: Vec<LogWarning>,
    /// Notes replaced by an edit made on another computer, kept so that
    /// two edits made apart lose neither.
    pub replaced: Vec<ReplacedNote>,
    /// The greatest clock read, which the next change must pass.
    pub clock: u64,
    /// The clock of the change that set each entry's note, by its id.
    note_clocks: HashMap<String, u64>,
    /// Entries imported on more than one computer: each copy's id, and the
    /// id of the entry that stands for them all.
    aliases: HashMap<String, String>,
    /// What each computer's records added, this one's first, when the log
    /// is shared ([`super::devices`]).
    pub computers: Vec<ComputerRead>,
    /// What to know about the shared folder and the files in it, each once.
    pub sharing: Vec<String>,
    /// The computers sharing this practice, this one first, when the log
    /// is shared.
    pub linked: Vec<super::devices::ComputerStatus>,
}

/// A note an edit from another computer replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplacedNote {
    /// The entry it was the note of.
    pub id: String,
    pub note: String,
    /// The id of the computer that wrote it.
    pub device: String,
    pub clock: u64,
}

/// One computer's share of a merged log.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComputerRead {
    pub device: String,
    /// Entries its records added (one that another computer added too is
    /// counted for both).
    pub entries: usize,
    /// The clock of its last change: when it last wrote, nearly.
    pub last_clock: Option<u64>,
    /// Lines of its files that could not be read.
    pub skipped: usize,
}

/// One computer's records as bytes of its log, for [`LoadedLog::merge`].
#[derive(Clone, Copy, Debug)]
pub struct Stream<'a> {
    /// The computer that wrote them; streams of one computer (its log and
    /// a sync tool's copies of it) share it.
    pub device: &'a str,
    pub bytes: &'a [u8],
    /// A sync tool's copy of the computer's log: its records count, its
    /// entries are not counted for the computer again.
    pub copy: bool,
}

/// The greatest clock a line may carry: the year 3000, so that a damaged
/// or hostile file cannot push every later change past the end of time.
const LATEST_CLOCK: u64 = 32_503_680_000_000;

/// A record placed among every computer's: its clock (never less than
/// the one before it in its own file), the computer, the stream and the
/// line. Sorting by this puts every computer's changes in one order, the
/// same wherever the files are read, keeping each file's own order.
type Placed = (u64, usize, usize, usize);

impl LoadedLog {
    /// Reads the records of a whole log file's bytes. The warnings are
    /// worded in this thread's language.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Self::of_one(bytes, false)
    }

    /// One computer's log read alone; `shared` as for [`LoadedLog::merge`].
    fn of_one(bytes: &[u8], shared: bool) -> Self {
        Self::merge(
            &[Stream {
                device: "",
                bytes,
                copy: false,
            }],
            shared,
        )
    }

    /// Reads the logs of computers that share one practice, the first
    /// being this computer's own: an entry counts once whichever computers
    /// hold it (by its id, and an import by what it was imported from), and
    /// edits, deletions and marks apply in the order of their clocks, ties
    /// going to the computer whose id sorts last. Only the first stream's
    /// problems are warnings; the others' are for
    /// [`super::devices`] to tell. When `shared`, changes naming an entry
    /// not (yet) read are passed over quietly: another computer's file may
    /// still be on its way.
    pub fn merge(streams: &[Stream<'_>], shared: bool) -> Self {
        let mut devices: Vec<&str> = Vec::new();
        let mut computers: Vec<ComputerRead> = Vec::new();
        let mut placed: Vec<(Placed, Record)> = Vec::new();
        let mut warnings = Vec::new();
        let mut clock = 0;
        for (number, stream) in streams.iter().enumerate() {
            let by = match devices.iter().position(|d| *d == stream.device) {
                Some(at) => at,
                None => {
                    devices.push(stream.device);
                    computers.push(ComputerRead {
                        device: stream.device.to_owned(),
                        ..ComputerRead::default()
                    });
                    devices.len() - 1
                }
            };
            let mut running = 0;
            for (line, decoded) in decode_lines(stream.bytes) {
                match decoded {
                    Ok((_, Some(at))) if at >= LATEST_CLOCK && number == 0 => warnings.push(LogWarning {
                        line: line + 1,
                        message: crate::t!("errors-log-skipped", problem = crate::t!("errors-line-clock")),
                    }),
                    Ok((_, Some(at))) if at >= LATEST_CLOCK => computers[by].skipped += 1,
                    Ok((record, at)) => {
                        running = running.max(at.unwrap_or(0));
                        let computer = &mut computers[by];
                        if at.is_some() {
                            computer.last_clock = computer.last_clock.max(Some(running));
                        }
                        if matches!(record, Record::Entry(_)) && !stream.copy {
                            computer.entries += 1;
                        }
                        placed.push(((running, by, number, line), record));
                    }
                    Err(problem) if number == 0 => warnings.push(LogWarning {
                        line: line + 1,
                        message: crate::t!("errors-log-skipped", problem = problem.to_string()),
                    }),
                    Err(_) => computers[by].skipped += 1,
                }
            }
            clock = clock.max(running);
        }
        if streams.len() > 1 {
            // Ties between computers go to the one whose id sorts last.
            let rank: Vec<usize> = {
                let mut order: Vec<usize> = (0..devices.len()).collect();
                order.sort_by_key(|&at| devices[at]);
                let mut rank = vec![0; devices.len()];
                for (place, at) in order.into_iter().enumerate() {
                    rank[at] = place;
                }
                rank
            };
            placed.sort_by_key(|&((at, by, number, line), _)| (at, rank[by], number, line));
        }
        let mut folded = Fold {
            shared,
            ..Fold::default()
        };
        for ((at, by, number, line), record) in placed {
            folded.apply(record, at, by, (number == 0).then_some(line + 1));
        }
        let replaced = std::mem::take(&mut folded.replaced)
            .into_iter()
            .map(|(by, replaced)| ReplacedNote {
                device: devices[by].to_owned(),
                ..replaced
            })
            .collect();
        warnings.extend(folded.warnings);
        warnings.sort_by_key(|w| w.line);
        let note_clocks = folded
            .noted_by
            .iter()
            .filter(|&(_, &(_, at))| at > 0)
            .map(|(&place, &(_, at))| (folded.entries[place].0.id.clone(), at))
            .collect();
        let aliases = folded
            .aliases
            .iter()
            .map(|(id, &place)| (id.clone(), folded.entries[place].0.id.clone()))
            .collect();
        let (deleted, standing): (Vec<_>, Vec<_>) = folded.entries.into_iter().partition(|(_, deleted)| *deleted);
        Self {
            entries: standing.into_iter().map(|(entry, _)| entry).collect(),
            deleted: deleted.into_iter().map(|(entry, _)| entry).collect(),
            warnings,
            replaced,
            clock,
            note_clocks,
            aliases,
            computers,
            sharing: Vec::new(),
            linked: Vec::new(),
        }
    }

    /// Whether an entry with this id, standing or deleted, is in the log.
    pub fn contains(&self, id: &str) -> bool {
        self.entries.iter().chain(&self.deleted).any(|entry| entry.id == id)
    }

    /// The id of the entry that stands for entry `id`: itself, or the entry
    /// that another computer imported from the same file.
    pub fn standing_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.aliases.get(id).map_or(id, String::as_str)
    }

    /// The clock of the change that set entry `id`'s note as it stands, for
    /// an edit made over it ([`Record::Edit`]'s `over`).
    pub fn note_clock(&self, id: &str) -> Option<u64> {
        self.note_clocks.get(id).copied()
    }

    /// The notes replaced by another computer's edit of entry `id`.
    pub fn replaced_notes(&self, id: &str) -> impl Iterator<Item = &ReplacedNote> {
        self.replaced.iter().filter(move |r| r.id == id)
    }
}

/// The entries as the records so far leave them.
#[derive(Default)]
struct Fold {
    entries: Vec<(Entry, bool)>,
    index: HashMap<String, usize>,
    /// Entries imported on more than one computer: the import's key, and
    /// the entry that stands for it.
    imports: HashMap<String, usize>,
    /// An entry's id that another entry stands for, and that entry's place.
    aliases: HashMap<String, usize>,
    /// The computer that last set each entry's note, and the clock it set
    /// it at, by the entry's place.
    noted_by: HashMap<usize, (usize, u64)>,
    /// Replaced notes, each with the computer that wrote it.
    replaced: Vec<(usize, ReplacedNote)>,
    warnings: Vec<LogWarning>,
    shared: bool,
}

impl Fold {
    /// Applies one record, from computer `by` at clock `at`; `line` is
    /// where it is in this computer's log, if it is there.
    fn apply(&mut self, record: Record, at: u64, by: usize, line: Option<usize>) {
        let mut warn = |message: String| {
            if let Some(line) = line {
                self.warnings.push(LogWarning { line, message });
            }
        };
        let place = match &record {
            Record::Entry(entry) => {
                if self.index.contains_key(&entry.id) || self.aliases.contains_key(&entry.id) {
                    // A copy of a computer's file holds its entries again.
                    if !self.shared {
                        warn(crate::t!("errors-log-duplicate-entry", id = entry.id.as_str()));
                    }
                    return;
                }
                if let Some(key) = &entry.import_key
                    && let Some(&first) = self.imports.get(key)
                {
                    // The same file imported on two computers.
                    self.aliases.insert(entry.id.clone(), first);
                    return;
                }
                None
            }
            Record::Edit { id, .. }
            | Record::Delete { id }
            | Record::Restore { id }
            | Record::Mark { id }
            | Record::Unmark { id } => {
                let found = self.index.get(id).or_else(|| self.aliases.get(id)).copied();
                if found.is_none() && !self.shared {
                    warn(crate::t!("errors-log-unknown-entry", id = id.as_str()));
                }
                match found {
                    Some(place) => Some(place),
                    None => return,
                }
            }
        };
        match (record, place) {
            (Record::Entry(entry), _) => {
                let place = self.entries.len();
                if let Some(key) = &entry.import_key {
                    self.imports.entry(key.clone()).or_insert(place);
                }
                if entry.note.is_some() {
                    self.noted_by.insert(place, (by, at));
                }
                self.index.insert(entry.id.clone(), place);
                self.entries.push((entry, false));
            }
            (
                Record::Edit {
                    note,
                    feeling_before,
                    feeling_after,
                    prompt,
                    over,
                    ..
                },
                Some(place),
            ) => {
                let entry = &mut self.entries[place].0;
                if let Some(over) = over {
                    // Notes kept as replaced that the writer had read
                    // beneath the note: this edit settles them.
                    self.replaced
                        .retain(|(_, kept)| kept.id != entry.id || kept.clock > over);
                }
                let before = self.noted_by.insert(place, (by, at));
                // Kept when written on another computer and not read by
                // this edit's writer: two edits made apart.
                if let (Some((before, clock)), Some(old)) = (before, &entry.note)
                    && before != by
                    && over.is_none_or(|over| over < clock)
                    && note.as_ref() != Some(old)
                {
                    self.replaced.push((
                        before,
                        ReplacedNote {
                            id: entry.id.clone(),
                            note: old.clone(),
                            device: String::new(),
                            clock,
                        },
                    ));
                }
                entry.note = note;
                entry.feeling_before = feeling_before;
                entry.feeling_after = feeling_after;
                if prompt.is_some() {
                    entry.prompt = prompt;
                }
            }
            (Record::Delete { .. }, Some(place)) => self.entries[place].1 = true,
            (Record::Restore { .. }, Some(place)) => self.entries[place].1 = false,
            (Record::Mark { .. }, Some(place)) => self.entries[place].0.portfolio = true,
            (Record::Unmark { .. }, Some(place)) => self.entries[place].0.portfolio = false,
            (_, None) => {}
        }
    }
}

/// A line read: its record and clock, or why it could not be.
type Decoded = Result<(Record, Option<u64>), LineProblem>;

/// Each line that is not blank, decoded, with its index. A long log is
/// decoded on every core; the records keep their order, and the problems
/// are worded later, on the thread that reads the log.
fn decode_lines(bytes: &[u8]) -> Vec<(usize, Decoded)> {
    let lines: Vec<(usize, &[u8])> = bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, raw)| !raw.iter().all(u8::is_ascii_whitespace))
        .collect();
    let decode = |(number, raw): &(usize, &[u8])| {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let decoded = match std::str::from_utf8(raw) {
            Ok(text) => Record::decode_clocked(text),
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
    /// The log at `path`, shared with no other computer.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            link: None,
            was_linked: false,
        }
    }

    /// The practice log of `data`, merged with the logs of the other
    /// computers in the folder it is linked to, if it is.
    pub fn of(data: &DataDir) -> Self {
        let link = Link::load(data);
        Self {
            was_linked: link.is_some(),
            link: link.filter(|link| link.folder.is_some()),
            ..Self::at(data.practice_log())
        }
    }

    /// The link to a shared folder, when there is one.
    pub fn link(&self) -> Option<&Link> {
        self.link.as_ref()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock_path(&self) -> PathBuf {
        let mut name = self.path.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        self.path.with_file_name(name)
    }

    /// Reads the log, merged with the other computers' when it is shared.
    /// A log that does not exist yet is empty. The local file is only read,
    /// never changed.
    pub fn load(&self) -> Result<LoadedLog, LogError> {
        Ok(self.merged(&self.read_bytes()?, &[]))
    }

    /// The log whose file holds `on_disk`, with `pending` records after it
    /// (waiting to be written), merged with the other computers' when it
    /// is shared. This computer's file in the shared folder is brought up
    /// to date first if it has fallen behind.
    pub fn merged(&self, on_disk: &[u8], pending: &[Record]) -> LoadedLog {
        let owned;
        let mut bytes = on_disk;
        if !pending.is_empty() {
            let mut all = on_disk.to_vec();
            all.push(b'\n');
            for record in pending {
                all.extend_from_slice(record.encode().as_bytes());
                all.push(b'\n');
            }
            owned = all;
            bytes = &owned;
        }
        let loaded = match &self.link {
            None => LoadedLog::of_one(bytes, self.was_linked),
            Some(link) => {
                let published = self.publish_if_behind(on_disk);
                let data = DataDir::holding(&self.path);
                let (mut loaded, read, problem) =
                    super::devices::merge_with_folder(link, bytes, &data.kept_computers());
                // A folder that is away is said once, for reading and
                // writing both.
                let away = !super::devices::folder_here(link);
                loaded.sharing.extend(published.err().filter(|_| !away));
                loaded.sharing.extend(problem);
                loaded.sharing.extend(read.warnings.iter().cloned());
                super::devices::settle(&data, &read);
                loaded.linked = super::devices::statuses(link, &loaded, &read);
                for computer in loaded.computers.iter().skip(1).filter(|c| c.skipped > 0) {
                    let name = loaded
                        .linked
                        .iter()
                        .find(|s| s.device == computer.device)
                        .map_or_else(String::new, |s| crate::shown::escaped(&s.name).into_owned());
                    loaded.sharing.push(crate::t!(
                        "devices-warning-lines",
                        name = name,
                        count = computer.skipped
                    ));
                }
                loaded
            }
        };
        SEEN_CLOCK.fetch_max(loaded.clock, Ordering::Relaxed);
        loaded
    }

    /// Brings this computer's file in the shared folder up to date with the
    /// local log, when it is linked; says why it could not.
    pub fn catch_up(&self) -> Result<(), String> {
        if self.link.is_none() {
            return Ok(());
        }
        let bytes = self.read_bytes().map_err(|e| e.to_string())?;
        self.publish_if_behind(&bytes)
    }

    /// Copies the local log, whose bytes are `on_disk`, to this computer's
    /// file in the shared folder, unless it already holds them.
    fn publish_if_behind(&self, on_disk: &[u8]) -> Result<(), String> {
        let Some(own) = self.link.as_ref().and_then(Link::own_log) else {
            return Ok(());
        };
        if holds(&own, on_disk) {
            return Ok(());
        }
        // Under the log's lock, so that no writer appends in between.
        let _lock = self.lock().map_err(|e| e.to_string())?;
        let now = self.read_bytes().map_err(|e| e.to_string())?;
        self.publish(&now)
    }

    /// Writes `bytes`, the local log, as this computer's file in the shared
    /// folder, whole: after a crash, a folder that was away, or the first
    /// link. The caller holds the log's lock.
    fn publish(&self, bytes: &[u8]) -> Result<(), String> {
        let Some(link) = &self.link else {
            return Ok(());
        };
        let (Some(folder), Some(own)) = (&link.folder, link.own_log()) else {
            return Ok(());
        };
        let said = |reason: String| {
            crate::t!(
                "devices-not-shared",
                folder = folder.display().to_string(),
                reason = reason
            )
        };
        if !super::devices::folder_here(link) {
            return Err(said(crate::t!("devices-folder-away")));
        }
        if holds(&own, bytes) {
            return Ok(());
        }
        if written_by_another(&own, bytes) {
            return Err(said(crate::t!("devices-id-taken")));
        }
        crate::paths::write_atomically(&own, bytes).map_err(|e| said(describe_io(&e)))
    }

    /// Appends `text`, just written to the local log after its first
    /// `before` bytes, to this computer's file in the shared folder; copies
    /// the whole log there when that file is not the log's first `before`
    /// bytes.
    fn publish_append(&self, before: u64, text: &[u8]) -> Result<(), String> {
        let Some(own) = self.link.as_ref().and_then(Link::own_log) else {
            return Ok(());
        };
        let in_step = std::fs::symlink_metadata(&own).is_ok_and(|m| m.is_file() && m.len() == before);
        if in_step {
            let appended = OpenOptions::new().append(true).open(&own).and_then(|mut file| {
                file.write_all(text)?;
                file.sync_data()
            });
            if appended.is_ok() {
                return Ok(());
            }
        }
        let bytes = self.read_bytes().map_err(|e| e.to_string())?;
        self.publish(&bytes)
    }

    fn lock(&self) -> Result<File, LogError> {
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
                Ok(()) => return Ok(lock),
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
    /// disk; then, when the log is shared, adds them to this computer's
    /// file in the shared folder. Writers take turns: this waits for
    /// another writer to finish, and says so if it does not.
    pub fn append(&self, records: &[Record]) -> Result<(), LogError> {
        if records.is_empty() {
            return Ok(());
        }
        let write_error = |e: std::io::Error| LogError::Write {
            path: self.path.clone(),
            reason: describe_io(&e),
        };
        let lock = self.lock()?;
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
        let before = file.metadata().map_err(write_error)?.len();
        for record in records {
            text.push_str(&record.encode_at(Some(next_clock())));
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
        // The local log has the records: the shared folder is told after,
        // and a problem there is for the next read to say.
        let _ = self.publish_append(before, text.as_bytes());
        drop(lock);
        Ok(())
    }
}

/// Whether the file at `path` holds exactly `bytes`, as far as its length
/// and its last few thousand bytes tell.
pub(crate) fn holds(path: &Path, bytes: &[u8]) -> bool {
    const TAIL: usize = 4096;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() || meta.len() != bytes.len() as u64 {
        return false;
    }
    let tail = &bytes[bytes.len().saturating_sub(TAIL)..];
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let mut found = vec![0; tail.len()];
    file.seek(SeekFrom::Start((bytes.len() - tail.len()) as u64))
        .and_then(|_| file.read_exact(&mut found))
        .is_ok()
        && found == tail
}

/// Whether the file at `path`, this computer's in the shared folder, holds
/// what this computer's log (`bytes`) never did: another computer writes
/// under the same id (its data folder was copied from this one). What this
/// computer writes is always the start of its log, even cut short.
pub(crate) fn written_by_another(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read as _;
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut found = Vec::new();
    if file.take(bytes.len() as u64 + 1).read_to_end(&mut found).is_err() {
        return false;
    }
    !bytes.starts_with(&found)
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

    /// Writes to `log` from now on (the same file, linked or not).
    pub fn set_log(&mut self, log: PracticeLog) {
        self.log = log;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::{HowEnded, Practice, Source};

    fn entry(id: &str, import_key: Option<&str>) -> Entry {
        Entry {
            id: id.into(),
            session_id: None,
            title: "Sitting".into(),
            domain: None,
            start: chrono::DateTime::parse_from_rfc3339("2026-12-01T07:00:00+01:00").unwrap_or_default(),
            planned_secs: None,
            practised_secs: 600,
            ended: HowEnded::Completed,
            note: None,
            feeling_before: None,
            feeling_after: None,
            source: Source::App,
            import_key: import_key.map(str::to_owned),
            practice: Practice::Formal,
            portfolio: false,
            prompt: None,
        }
    }

    fn note(id: &str, text: &str) -> Record {
        Record::Edit {
            id: id.into(),
            note: Some(text.into()),
            feeling_before: None,
            feeling_after: None,
            prompt: None,
            over: None,
        }
    }

    /// A computer's log: each record with its clock, `None` for a line
    /// written before clocks were kept.
    fn file(records: &[(Record, Option<u64>)]) -> Vec<u8> {
        let mut bytes = Vec::new();
        for (record, clock) in records {
            bytes.extend_from_slice(record.encode_at(*clock).as_bytes());
            bytes.push(b'\n');
        }
        bytes
    }

    /// Two computers' logs merged, the first being this computer's.
    fn merged(own: (&str, &[u8]), other: (&str, &[u8])) -> LoadedLog {
        LoadedLog::merge(
            &[
                Stream {
                    device: own.0,
                    bytes: own.1,
                    copy: false,
                },
                Stream {
                    device: other.0,
                    bytes: other.1,
                    copy: false,
                },
            ],
            true,
        )
    }

    fn notes(loaded: &LoadedLog) -> Vec<(String, Option<String>)> {
        loaded.entries.iter().map(|e| (e.id.clone(), e.note.clone())).collect()
    }

    #[test]
    fn every_computer_merges_the_same_logs_the_same_way() {
        let school = file(&[
            (Record::Entry(entry("a", None)), None),
            (note("a", "old, from before clocks"), None),
            (note("a", "school, at 100"), Some(100)),
            (note("b", "school, at 300"), Some(300)),
            (Record::Delete { id: "c".into() }, Some(310)),
        ]);
        let home = file(&[
            (Record::Entry(entry("b", None)), Some(50)),
            (Record::Entry(entry("c", None)), Some(60)),
            (note("a", "home, at 100"), Some(100)),
            (note("b", "home, at 200"), Some(200)),
            (Record::Restore { id: "c".into() }, Some(400)),
        ]);
        let at_school = merged(("1111111111111111", &school), ("2222222222222222", &home));
        let at_home = merged(("2222222222222222", &home), ("1111111111111111", &school));
        assert_eq!(notes(&at_school), notes(&at_home));
        assert_eq!(at_school.replaced, at_home.replaced);
        let mut standing = notes(&at_school);
        standing.sort();
        // At the same clock, the computer whose id sorts last wins; a later
        // clock wins whatever the order of the files; a restore after a
        // deletion brings the entry back.
        assert_eq!(
            standing,
            [
                ("a".to_owned(), Some("home, at 100".to_owned())),
                ("b".to_owned(), Some("school, at 300".to_owned())),
                ("c".to_owned(), None),
            ]
        );
        // The notes another computer's edit replaced are kept.
        let kept: Vec<&str> = at_school.replaced.iter().map(|r| r.note.as_str()).collect();
        assert_eq!(kept, ["school, at 100", "home, at 200"]);
        assert_eq!(at_school.clock, 400);
        assert!(at_school.warnings.is_empty(), "{:?}", at_school.warnings);
    }

    #[test]
    fn one_file_imported_on_two_computers_counts_once_and_takes_edits_on_either() {
        let school = file(&[(Record::Entry(entry("s1", Some("insight:1"))), Some(10))]);
        let home = file(&[
            (Record::Entry(entry("h1", Some("insight:1"))), Some(20)),
            (note("h1", "noted at home"), Some(30)),
        ]);
        let loaded = merged(("1111111111111111", &school), ("2222222222222222", &home));
        assert_eq!(notes(&loaded), [("s1".to_owned(), Some("noted at home".to_owned()))]);
    }

    #[test]
    fn a_clock_past_the_year_3000_is_skipped_and_moves_nothing_on() {
        let mine = file(&[(Record::Entry(entry("a", None)), Some(5))]);
        let hostile = file(&[
            (note("a", "from the far future"), Some(u64::MAX)),
            (note("a", "in its time"), Some(7)),
        ]);
        let loaded = merged(("1111111111111111", &mine), ("2222222222222222", &hostile));
        assert_eq!(loaded.entries[0].note.as_deref(), Some("in its time"));
        assert_eq!(loaded.clock, 7);
        assert_eq!(loaded.computers[1].skipped, 1);
    }

    #[test]
    fn a_log_of_its_own_reads_in_file_order_whatever_its_clocks_say() {
        // The system clock set back between two edits on one computer.
        let bytes = file(&[
            (Record::Entry(entry("a", None)), Some(500)),
            (note("a", "first"), Some(900)),
            (note("a", "second"), Some(600)),
        ]);
        let loaded = LoadedLog::from_bytes(&bytes);
        assert_eq!(loaded.entries[0].note.as_deref(), Some("second"));
        assert_eq!(loaded.clock, 900);
    }
}
