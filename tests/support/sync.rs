//! A sync tool between two folders, as Syncthing behaves: a changed file
//! reaches the other side only when the tool runs (the test says when, so
//! a delay is as long as the test makes it), written there under a
//! temporary name and renamed into place; a file changed on both sides
//! keeps the newer and leaves the other as a conflict copy,
//! `<stem>.sync-conflict-<date>-<time>-<device>.<ext>`. It can also hand
//! over a file half-copied, as a slow link does.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Two folders kept in step.
pub struct SyncTool {
    sides: [PathBuf; 2],
    /// Each file's bytes as last synced.
    synced: HashMap<String, Vec<u8>>,
    /// What the tool itself left half-copied on a side, which is not a
    /// change made there.
    halves: HashMap<(usize, String), Vec<u8>>,
}

fn files(folder: &Path) -> HashMap<String, Vec<u8>> {
    let Ok(listing) = std::fs::read_dir(folder) else {
        return HashMap::new();
    };
    listing
        .filter_map(Result::ok)
        .filter(|item| item.file_type().is_ok_and(|t| t.is_file()))
        .map(|item| item.file_name().to_string_lossy().into_owned())
        // The tool's own temporary files, and a writer's, are not synced.
        .filter(|name| !name.starts_with(".syncthing.") && !name.ends_with(".part"))
        .filter_map(|name| Some((name.clone(), std::fs::read(folder.join(&name)).ok()?)))
        .collect()
}

/// Writes `bytes` into `folder` as `name` the way the tool does: under a
/// temporary name, then renamed.
fn deliver(folder: &Path, name: &str, bytes: &[u8]) {
    let temporary = folder.join(format!(".syncthing.{name}.tmp"));
    std::fs::write(&temporary, bytes).unwrap_or_else(|e| panic!("{}: {e}", temporary.display()));
    std::fs::rename(&temporary, folder.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
}

/// `name` as a conflict copy of the tool's naming.
pub fn conflict_name(name: &str, device: &str) -> String {
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    format!("{stem}.sync-conflict-20261207-101112-{device}.{extension}")
}

impl SyncTool {
    pub fn between(a: &Path, b: &Path) -> Self {
        Self {
            sides: [a.to_owned(), b.to_owned()],
            synced: HashMap::new(),
            halves: HashMap::new(),
        }
    }

    /// One pass of the tool: what changed on one side reaches the other.
    /// A side that is not there (unmounted) is left out.
    pub fn run(&mut self) {
        if !self.sides.iter().all(|side| side.is_dir()) {
            return;
        }
        let [a, b] = [files(&self.sides[0]), files(&self.sides[1])];
        let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
        names.sort();
        names.dedup();
        for name in names {
            let before = self.synced.get(name);
            let (left, right) = (a.get(name), b.get(name));
            let changed = |at: usize, side: Option<&Vec<u8>>| {
                side.is_some() && side != before && side != self.halves.get(&(at, name.clone()))
            };
            let now = match (changed(0, left), changed(1, right)) {
                (false, false) => continue,
                (true, false) => left,
                (false, true) => right,
                (true, true) if left == right => left,
                (true, true) => {
                    // Both changed: the second side's stays, the first's
                    // becomes a conflict copy on both.
                    let copy = conflict_name(name, "LEFTSIDE");
                    if let Some(left) = left {
                        deliver(&self.sides[0], &copy, left);
                        deliver(&self.sides[1], &copy, left);
                        self.synced.insert(copy, left.clone());
                    }
                    right
                }
            };
            let Some(now) = now.cloned() else { continue };
            for side in &self.sides {
                if std::fs::read(side.join(name)).ok().as_ref() != Some(&now) {
                    deliver(side, name, &now);
                }
            }
            self.halves.retain(|(_, half), _| half != name);
            self.synced.insert(name.clone(), now);
        }
    }

    /// Hands over what changed on `from` (0 or 1) half-copied: each file
    /// cut inside its last line, as a slow link leaves it for a moment.
    pub fn run_half(&mut self, from: usize) {
        let to = 1 - from;
        for (name, bytes) in files(&self.sides[from]) {
            if self.synced.get(&name) == Some(&bytes) || !name.ends_with(".jsonl") {
                continue;
            }
            let cut = bytes.len().saturating_sub(20);
            deliver(&self.sides[to], &name, &bytes[..cut]);
            self.halves.insert((to, name), bytes[..cut].to_vec());
        }
    }
}
