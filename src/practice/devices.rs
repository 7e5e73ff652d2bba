//! One practice on every computer: the log shared between a person's own
//! computers through a folder their sync tool keeps in step (Syncthing,
//! Nextcloud, Dropbox, a network share). No server is involved.
//!
//! Each linked computer writes one file of its own in the folder, a copy of
//! its practice log line for line (`<id>.stillpoint-log.jsonl`), appended
//! and synced after the local log has each record, and a small file saying
//! who it is (`<id>.stillpoint-computer.json`). It reads every other
//! computer's log and merges it with its own ([`LoadedLog::merge`]): an
//! entry counts once, and changes apply in the order of their clocks. The
//! local log stays the source of truth: a folder missing, offline or
//! read-only loses nothing, and this computer's file is brought up to date
//! when it can be written again.
//!
//! Files in the folder are written by others and read with care: bounded in
//! size and number, links not followed, a sync tool's conflict copies read
//! (their records repeat, so they merge like any other) but never written,
//! a last line still being written left for later, and a file from a newer
//! Stillpoint skipped. Each problem is told once.

use std::path::{Path, PathBuf};

use super::PracticeRules;
use super::log::{LoadedLog, Stream};
use crate::paths::{DataDir, read_bounded, write_atomically};
use crate::shown::escaped;
use crate::t;

/// How a computer's log in the shared folder is named after its id.
pub const LOG_SUFFIX: &str = ".stillpoint-log.jsonl";
/// How a computer's own description is named after its id.
pub const COMPUTER_SUFFIX: &str = ".stillpoint-computer.json";
/// The version of the computer file this build writes and reads.
pub const COMPUTER_FORMAT: u32 = 1;
/// The most one computer's log may hold, some 200,000 entries: a bound on
/// what a file in a shared folder can make Stillpoint read.
pub const LOG_FILE_BYTES: u64 = 64 << 20;
/// The most computers' logs read from a folder.
pub const MOST_FILES: usize = 32;
/// The most sync tools' copies of logs read from a folder.
pub const MOST_COPIES: usize = 16;
/// The longest name a computer may go by, in characters.
pub const NAME_CHARS: usize = 80;
/// The most a computer file may hold.
const COMPUTER_FILE_BYTES: u64 = 16 << 10;

/// This computer's id and name, and the folder it shares its practice
/// through when it is linked. Kept in the data folder; the id stays when
/// the computer is unlinked, so linking again goes on with the same file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Link {
    pub device: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<PathBuf>,
    /// When the practice rules as they are here were set, by the log's
    /// clock ([`super::log`]), so that a setting made after reading
    /// another computer's comes after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_set: Option<u64>,
    /// The rules file's time when `rules_set` was given: a file changed
    /// since was set here again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rules_file: Option<u64>,
}

/// What a computer says of itself in the shared folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ComputerFile {
    pub format: u32,
    pub device: String,
    pub name: String,
    /// Unlinked: its practice still counts, and it writes no more.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub left: bool,
    /// The member it is in its cohort, if it has joined one, so that a
    /// person on two computers is one member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort_member: Option<String>,
    /// How practice counts into days and streaks, and the weekly goal, as
    /// set on this computer; and when they were set (milliseconds since
    /// 1970), so that the last set stands on every computer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<PracticeRules>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_set: Option<u64>,
}

/// Why linking, unlinking or sharing did not work, said for the person.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DevicesError {
    #[error("{}", t!("devices-error-name", most = NAME_CHARS))]
    Name,
    #[error("{}", t!("devices-error-folder-missing", folder = .0.display().to_string()))]
    FolderMissing(PathBuf),
    #[error("{}", t!("devices-error-not-a-folder", folder = .0.display().to_string()))]
    NotAFolder(PathBuf),
    #[error("{}", t!("devices-error-folder-is-data", folder = .0.display().to_string()))]
    FolderIsData(PathBuf),
    #[error("{}", t!("devices-error-write", path = .0.display().to_string(), reason = .1.as_str()))]
    Write(PathBuf, String),
    #[error("{}", t!("devices-error-not-linked"))]
    NotLinked,
    /// This computer's log could not be written to the folder: why, in
    /// words.
    #[error("{0}")]
    NotShared(String),
}

impl Link {
    /// This computer's link, if it has an id yet.
    pub fn load(data: &DataDir) -> Option<Self> {
        let bytes = std::fs::read(data.computer()).ok()?;
        let link: Self = serde_json::from_slice(&bytes).ok()?;
        valid_device(&link.device).then_some(link)
    }

    fn save(&self, data: &DataDir) -> Result<(), DevicesError> {
        let mut text = serde_json::to_vec_pretty(self).unwrap_or_default();
        text.push(b'\n');
        write_atomically(&data.computer(), &text).map_err(|e| DevicesError::Write(data.computer(), e.to_string()))
    }

    /// This computer's log in the shared folder.
    pub fn own_log(&self) -> Option<PathBuf> {
        Some(self.folder.as_ref()?.join(format!("{}{LOG_SUFFIX}", self.device)))
    }

    fn own_file(&self, folder: &Path) -> PathBuf {
        folder.join(format!("{}{COMPUTER_SUFFIX}", self.device))
    }

    /// This computer's description, as the folder should hold it.
    fn computer_file(&self, data: &DataDir, left: bool) -> ComputerFile {
        ComputerFile {
            format: COMPUTER_FORMAT,
            device: self.device.clone(),
            name: self.name.clone(),
            left,
            cohort_member: crate::cohort::Membership::load(&data.cohort()).map(|m| m.member_id),
            rules: self.rules_set.map(|_| PracticeRules::load(&data.practice_rules())),
            rules_set: self.rules_set,
        }
    }

    /// Writes this computer's description into `folder`, unless it already
    /// says the same.
    fn describe(&self, data: &DataDir, folder: &Path, left: bool) -> Result<(), DevicesError> {
        let path = self.own_file(folder);
        let file = self.computer_file(data, left);
        let written = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<ComputerFile>(&bytes).ok());
        if written.as_ref() == Some(&file) {
            return Ok(());
        }
        let mut text = serde_json::to_vec_pretty(&file).unwrap_or_default();
        text.push(b'\n');
        write_atomically(&path, &text).map_err(|e| DevicesError::Write(path.clone(), super::log::describe_io(&e)))
    }
}

/// The time of the practice rules file, when there is one.
fn rules_file(data: &DataDir) -> Option<u64> {
    let modified = std::fs::metadata(data.practice_rules())
        .and_then(|m| m.modified())
        .ok()?;
    modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_millis() as u64)
}

/// Gives the practice rules a clock when they were set here since the last
/// look, one past every other computer's setting in `others`; `link` is
/// this computer's, saved when it changes.
fn stamp_rules(data: &DataDir, link: &mut Link, others: &[ComputerFile]) {
    let file = rules_file(data);
    if file.is_none() || file == link.rules_file {
        return;
    }
    for set in others.iter().filter_map(|c| c.rules_set) {
        super::log::saw_clock(set);
    }
    link.rules_set = Some(super::log::next_clock());
    link.rules_file = file;
    let _ = link.save(data);
}

/// Whether the folder this computer is linked to is there and holds this
/// computer's description: a folder emptied, or an empty mount point where
/// a share is not mounted, is not the folder that was linked.
pub fn folder_here(link: &Link) -> bool {
    link.folder
        .as_ref()
        .is_some_and(|folder| link.own_file(folder).is_file())
}

/// Brings this computer's description in the shared folder up to date (its
/// name, its cohort membership, its practice rules), when it is linked and
/// the folder is there. Gives back the other computers' descriptions, as
/// read to do it.
pub fn refresh(data: &DataDir) -> Result<Vec<ComputerFile>, DevicesError> {
    let Some(mut link) = Link::load(data) else {
        return Ok(Vec::new());
    };
    let Some(folder) = link.folder.clone() else {
        return Ok(Vec::new());
    };
    if !folder_here(&link) {
        return Err(DevicesError::FolderMissing(folder));
    }
    let mut others = read_descriptions(&folder).unwrap_or_default().computers;
    others.retain(|c| c.device != link.device);
    stamp_rules(data, &mut link, &others);
    link.describe(data, &folder, false)?;
    Ok(others)
}

/// Brings this computer in step with the others after reading the folder
/// (`read`): practice rules set later on another computer are taken here
/// (a goal set at home holds at school), and its description says what it
/// has now. Whether the rules changed.
pub fn settle(data: &DataDir, read: &FolderRead) -> bool {
    let Some(mut link) = Link::load(data) else {
        return false;
    };
    stamp_rules(data, &mut link, &read.computers);
    let changed = take_newer_rules(data, &mut link, &read.computers);
    if let Some(folder) = link.folder.clone().filter(|_| folder_here(&link)) {
        let _ = link.describe(data, &folder, false);
    }
    changed
}

/// Takes the practice rules of the computer in `others` that set them last,
/// when that is after this computer (`link`) did. Whether they differ from
/// the rules here.
fn take_newer_rules(data: &DataDir, link: &mut Link, others: &[ComputerFile]) -> bool {
    let own = link.rules_set.unwrap_or(0);
    let newest = others
        .iter()
        .filter(|c| c.device != link.device)
        .filter_map(|c| Some((c.rules_set?, c.rules?)))
        .filter(|&(set, _)| set > own)
        .max_by_key(|&(set, _)| set);
    let Some((set, rules)) = newest else {
        return false;
    };
    let changed = rules.clamped() != PracticeRules::load(&data.practice_rules());
    if changed && rules.clamped().save(&data.practice_rules()).is_err() {
        return false;
    }
    // Taken, not set here: it keeps the other computer's clock.
    link.rules_set = Some(set);
    link.rules_file = rules_file(data);
    let _ = link.save(data);
    changed
}

/// Whether `text` is a computer id as Stillpoint makes them: sixteen
/// lowercase hexadecimal digits.
fn valid_device(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A new computer id, random.
fn new_device() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut id = 0u64;
    for part in 0..2u32 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u32(std::process::id());
        hasher.write_u32(part);
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        id ^= hasher.finish().rotate_left(32 * part);
    }
    format!("{id:016x}")
}

/// This computer's name as the system knows it, for a link not given one.
pub fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|name| name.trim().to_owned())
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| t!("devices-this-computer"))
}

/// Links this computer to `folder` under `name` (its name so far, or the
/// system's, when `None`), made if need be, and writes its log there.
pub fn link(data: &DataDir, folder: &Path, name: Option<&str>) -> Result<Link, DevicesError> {
    let name = name.map(str::trim);
    if name.is_some_and(|n| n.is_empty() || n.chars().count() > NAME_CHARS || n.chars().any(char::is_control)) {
        return Err(DevicesError::Name);
    }
    // A new folder inside one that is there (a folder of its own in the
    // sync tool's) is made; a folder whose parent is not there either is
    // more likely a share not mounted, or a typing slip.
    if !folder.exists() {
        let parent = folder
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !parent.is_dir() {
            return Err(DevicesError::FolderMissing(folder.to_owned()));
        }
        let parent = parent.canonicalize().unwrap_or_else(|_| parent.to_owned());
        inside_data(data, &parent.join(folder.file_name().unwrap_or_default()))?;
        std::fs::create_dir(folder).map_err(|e| DevicesError::Write(folder.to_owned(), super::log::describe_io(&e)))?;
    }
    if !folder.is_dir() {
        return Err(DevicesError::NotAFolder(folder.to_owned()));
    }
    let folder = folder.canonicalize().unwrap_or_else(|_| folder.to_owned());
    inside_data(data, &folder)?;
    let before = Link::load(data);
    let local = std::fs::read(data.practice_log()).unwrap_or_default();
    // A data folder copied from another computer brings its id: where that
    // computer already writes, this one takes an id of its own.
    let taken = |device: &str| super::log::written_by_another(&folder.join(format!("{device}{LOG_SUFFIX}")), &local);
    let link = Link {
        device: before
            .as_ref()
            .map(|l| l.device.clone())
            .filter(|device| !taken(device))
            .unwrap_or_else(new_device),
        name: match (name, &before) {
            (Some(name), _) => name.to_owned(),
            (None, Some(before)) => before.name.clone(),
            (None, None) => host_name().chars().take(NAME_CHARS).collect(),
        },
        folder: Some(folder.clone()),
        rules_set: before.as_ref().and_then(|l| l.rules_set),
        rules_file: before.as_ref().and_then(|l| l.rules_file),
    };
    link.save(data)?;
    link.describe(data, &folder, false)?;
    if let Some(before) = before
        && let Some(old) = &before.folder
        && *old != folder
    {
        // Moved to another folder: the old one's file says it has left.
        let _ = before.describe(data, old, true);
    }
    super::PracticeLog::of(data)
        .catch_up()
        .map_err(DevicesError::NotShared)?;
    Ok(link)
}

/// Refuses a folder at or inside Stillpoint's own data folder: the sync
/// tool's folder is elsewhere.
fn inside_data(data: &DataDir, folder: &Path) -> Result<(), DevicesError> {
    match data.root().canonicalize() {
        Ok(root) if folder.starts_with(&root) => Err(DevicesError::FolderIsData(folder.to_owned())),
        _ => Ok(()),
    }
}

/// Stops sharing: this computer's file stays in the folder, marked as
/// left, and its practice still counts on the others.
pub fn unlink(data: &DataDir) -> Result<PathBuf, DevicesError> {
    let Some(link) = Link::load(data) else {
        return Err(DevicesError::NotLinked);
    };
    let Some(folder) = link.folder.clone() else {
        return Err(DevicesError::NotLinked);
    };
    // In a cohort, this computer goes on as the member the person is on
    // all their computers: one member file, never two counting the same
    // practice.
    if let Some(membership) = crate::cohort::Membership::load(&data.cohort())
        && let Ok(one) = membership.as_one_person(data)
        && one != membership
    {
        let _ = one.save(&data.cohort());
    }
    // Said in the folder when it can be; the link ends either way.
    if folder_here(&link) {
        let _ = link.describe(data, &folder, true);
    }
    Link { folder: None, ..link }.save(data)?;
    Ok(folder)
}

/// A computer's log as read from the shared folder.
#[derive(Clone, Debug)]
pub struct PeerLog {
    pub device: String,
    /// The file's name, for warnings.
    pub file: String,
    pub bytes: Vec<u8>,
    /// A sync tool's copy of the computer's log, not the log itself.
    pub copy: bool,
}

/// What the shared folder holds besides this computer's own log.
#[derive(Clone, Debug, Default)]
pub struct FolderRead {
    pub logs: Vec<PeerLog>,
    /// Every computer's description, this one's included.
    pub computers: Vec<ComputerFile>,
    /// Each told once, in the reader's language.
    pub warnings: Vec<String>,
}

/// Reads the logs and descriptions in `folder` other than `own`'s log
/// (its sync tool's copies of it are read).
pub fn read_folder(folder: &Path, own: &str) -> Result<FolderRead, String> {
    read(folder, own, true)
}

/// Reads the computers' descriptions in `folder`, not their logs.
pub fn read_descriptions(folder: &Path) -> Result<FolderRead, String> {
    read(folder, "", false)
}

fn read(folder: &Path, own: &str, logs: bool) -> Result<FolderRead, String> {
    let listing = std::fs::read_dir(folder).map_err(|e| super::log::describe_io(&e))?;
    let mut names: Vec<String> = listing
        .filter_map(Result::ok)
        .map(|item| item.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut read = FolderRead::default();
    let shown = |name: &str| escaped(name).into_owned();
    let mut logs_named: Vec<(&str, &String, bool)> = Vec::new();
    let mut descriptions = 0;
    for name in &names {
        if name.ends_with(COMPUTER_SUFFIX) {
            descriptions += 1;
            if descriptions > 2 * MOST_FILES {
                continue;
            }
            match read_computer(&folder.join(name), name) {
                Ok(computer) => read.computers.push(computer),
                Err(warning) => read.warnings.push(warning),
            }
            continue;
        }
        let Some(device) = log_owner(name).filter(|_| logs) else {
            continue;
        };
        let main = name.len() == device.len() + LOG_SUFFIX.len();
        if main && device == own {
            continue;
        }
        logs_named.push((device, name, !main));
    }
    // The computers' own files first, then the sync tool's copies, each
    // within its bound: copies never crowd out a computer.
    logs_named.sort_by_key(|&(_, _, copy)| copy);
    let (mut mains, mut copies, mut left_out) = (0, 0, 0);
    for (device, name, copy) in logs_named {
        let count = if copy { &mut copies } else { &mut mains };
        *count += 1;
        if *count > if copy { MOST_COPIES } else { MOST_FILES } {
            left_out += 1;
            continue;
        }
        let path = folder.join(name);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.file_type().is_file()) {
            read.warnings.push(t!("devices-warning-not-a-file", file = shown(name)));
            continue;
        }
        let bytes = match read_bounded(&path, LOG_FILE_BYTES) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                read.warnings.push(t!(
                    "devices-warning-too-large",
                    file = shown(name),
                    most = format!("{} MiB", LOG_FILE_BYTES >> 20)
                ));
                continue;
            }
            Err(e) => {
                read.warnings.push(t!(
                    "devices-warning-unreadable",
                    file = shown(name),
                    reason = super::log::describe_io(&e)
                ));
                continue;
            }
        };
        read.logs.push(PeerLog {
            device: device.to_owned(),
            file: name.clone(),
            bytes,
            copy,
        });
    }
    if left_out > 0 {
        read.warnings.push(t!(
            "devices-warning-too-many",
            count = left_out,
            most = MOST_FILES,
            copies = MOST_COPIES
        ));
    }
    // A computer from a newer Stillpoint may write lines this one would
    // misread: its log is left for a newer version.
    let newer: Vec<&ComputerFile> = read.computers.iter().filter(|c| c.format > COMPUTER_FORMAT).collect();
    for computer in newer {
        read.warnings.push(t!(
            "devices-warning-newer",
            name = shown(&computer.name),
            format = computer.format
        ));
        read.logs.retain(|log| log.device != computer.device);
    }
    read.computers.retain(|c| c.format <= COMPUTER_FORMAT);
    for log in &mut read.logs {
        // A sync tool may hand over a file whose last line is still on
        // its way: it is read when it is whole.
        if !log.bytes.is_empty() && !log.bytes.ends_with(b"\n") {
            let whole = log.bytes.iter().rposition(|&b| b == b'\n').map_or(0, |at| at + 1);
            log.bytes.truncate(whole);
            read.warnings.push(t!("devices-warning-torn", file = shown(&log.file)));
        }
    }
    Ok(read)
}

/// The computer whose log a file in the shared folder is, or a sync tool's
/// copy of it: `<id>.stillpoint-log.jsonl`, or with the tool's words after
/// `stillpoint-log` (`.sync-conflict-…`, ` (conflicted copy …)`).
fn log_owner(name: &str) -> Option<&str> {
    let device = name.get(..16).filter(|d| valid_device(d))?;
    let rest = &name[16..];
    let stem = LOG_SUFFIX.strip_suffix(".jsonl").unwrap_or(LOG_SUFFIX);
    (rest.starts_with(stem) && rest.ends_with(".jsonl")).then_some(device)
}

fn read_computer(path: &Path, name: &str) -> Result<ComputerFile, String> {
    let shown = escaped(name).into_owned();
    if std::fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_file()) {
        return Err(t!("devices-warning-not-a-file", file = shown));
    }
    let bytes = match read_bounded(path, COMPUTER_FILE_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Err(t!("devices-warning-too-large", file = shown, most = "16 KiB")),
        Err(e) => {
            return Err(t!(
                "devices-warning-unreadable",
                file = shown,
                reason = super::log::describe_io(&e)
            ));
        }
    };
    let computer: ComputerFile = serde_json::from_slice(&bytes).map_err(|e| {
        t!(
            "devices-warning-unreadable",
            file = shown.as_str(),
            reason = e.to_string()
        )
    })?;
    let expected = format!("{}{COMPUTER_SUFFIX}", computer.device);
    if !valid_device(&computer.device) || name != expected {
        return Err(t!("devices-warning-other-computer", file = shown));
    }
    if computer.name.chars().count() > NAME_CHARS {
        return Err(t!("devices-warning-name", file = shown, most = NAME_CHARS));
    }
    Ok(computer)
}

/// The log of this computer and every linked one, merged; `own` is this
/// computer's log as read (with whatever waits to be written after it).
/// What is read is kept in `kept`, and read from there while the folder is
/// away. Problems with the folder and its files come back as words, once
/// each.
pub fn merge_with_folder(link: &Link, own: &[u8], kept: &Path) -> (LoadedLog, FolderRead, Option<String>) {
    let Some(folder) = &link.folder else {
        return (LoadedLog::from_bytes(own), FolderRead::default(), None);
    };
    let shown = folder.display().to_string();
    let here = if folder_here(link) {
        read_folder(folder, &link.device)
    } else {
        Err(String::new())
    };
    let (read, problem) = match here {
        Ok(read) => {
            keep(kept, &read);
            (read, None)
        }
        // The others' practice as last read, while the folder is away.
        Err(reason) => (
            read_folder(kept, &link.device).unwrap_or_default(),
            Some(if folder_here(link) {
                t!("devices-folder-unreadable", folder = shown, reason = reason)
            } else {
                t!("devices-folder-away-said", folder = shown)
            }),
        ),
    };
    let mut streams = vec![Stream {
        device: &link.device,
        bytes: own,
        copy: false,
    }];
    streams.extend(read.logs.iter().map(|log| Stream {
        device: &log.device,
        bytes: &log.bytes,
        copy: log.copy,
    }));
    (LoadedLog::merge(&streams, true), read, problem)
}

/// Keeps a copy of what was read from the shared folder in `kept` (in the
/// data folder), so that the other computers' practice is still shown while
/// the folder is away. Each file is written only when it has changed.
fn keep(kept: &Path, read: &FolderRead) {
    if std::fs::create_dir_all(kept).is_err() {
        return;
    }
    let mut names: Vec<String> = Vec::new();
    for log in &read.logs {
        let path = kept.join(&log.file);
        if !super::log::holds(&path, &log.bytes) {
            let _ = write_atomically(&path, &log.bytes);
        }
        names.push(log.file.clone());
    }
    for computer in &read.computers {
        let name = format!("{}{COMPUTER_SUFFIX}", computer.device);
        let bytes = serde_json::to_vec_pretty(computer).unwrap_or_default();
        if !super::log::holds(&kept.join(&name), &bytes) {
            let _ = write_atomically(&kept.join(&name), &bytes);
        }
        names.push(name);
    }
    // What is no longer in the folder is no longer kept.
    if let Ok(listing) = std::fs::read_dir(kept) {
        for item in listing.flatten() {
            let name = item.file_name().to_string_lossy().into_owned();
            if !names.contains(&name) {
                let _ = std::fs::remove_file(item.path());
            }
        }
    }
}

/// The computers sharing this practice, as `devices status` and Settings
/// show them.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ComputerStatus {
    pub device: String,
    pub name: String,
    pub this_computer: bool,
    pub left: bool,
    /// When its last change was made, by its clock.
    pub last_wrote: Option<chrono::DateTime<chrono::Utc>>,
    pub entries: usize,
}

/// Every computer in the folder or the log, this one first, then by name.
pub fn statuses(link: &Link, loaded: &LoadedLog, read: &FolderRead) -> Vec<ComputerStatus> {
    let mut all: Vec<ComputerStatus> = Vec::new();
    let mut add = |device: &str| {
        if !all.iter().any(|c| c.device == device) {
            let described = read.computers.iter().find(|c| c.device == device);
            let counted = loaded.computers.iter().find(|c| c.device == device);
            all.push(ComputerStatus {
                device: device.to_owned(),
                name: if device == link.device {
                    link.name.clone()
                } else {
                    described.map_or_else(|| t!("devices-unnamed", id = &device[..6]), |c| c.name.clone())
                },
                this_computer: device == link.device,
                left: described.is_some_and(|c| c.left) && device != link.device,
                last_wrote: counted
                    .and_then(|c| c.last_clock)
                    .and_then(|ms| chrono::DateTime::from_timestamp_millis(ms as i64)),
                entries: counted.map_or(0, |c| c.entries),
            });
        }
    };
    add(&link.device);
    for computer in &read.computers {
        add(&computer.device);
    }
    for computer in &loaded.computers {
        add(&computer.device);
    }
    all[1..].sort_by_key(|c| c.name.to_lowercase());
    all
}

/// The cohort member this person is on all their computers: the member id
/// that sorts first among this computer's own and those of the others
/// linked, so that each computer writes the same member file.
pub fn cohort_member(own: &str, others: &[ComputerFile]) -> String {
    // A computer that has left still counts: its practice is in the log.
    others
        .iter()
        .filter_map(|c| c.cohort_member.as_deref())
        .chain([own])
        .min()
        .unwrap_or(own)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_tools_copies_are_known_by_their_owner() {
        let id = "0123456789abcdef";
        for (name, owner) in [
            (format!("{id}.stillpoint-log.jsonl"), Some(id)),
            (
                format!("{id}.stillpoint-log.sync-conflict-20261207-101112-ABCDEFG.jsonl"),
                Some(id),
            ),
            (
                format!("{id}.stillpoint-log (conflicted copy 2026-12-07 101112).jsonl"),
                Some(id),
            ),
            (format!("{id}.stillpoint-log (Sam's conflicted copy).jsonl"), Some(id)),
            (format!("{id}.stillpoint-log-conflict-1.jsonl"), Some(id)),
            (format!("{id}.stillpoint-log.jsonl.part"), None),
            ("0123456789ABCDEF.stillpoint-log.jsonl".to_owned(), None),
            ("notes.jsonl".to_owned(), None),
            ("ü123456789abcdef.stillpoint-log.jsonl".to_owned(), None),
        ] {
            assert_eq!(log_owner(&name), owner, "{name}");
        }
        assert!(valid_device(&new_device()));
        assert_ne!(new_device(), new_device());
    }
}
