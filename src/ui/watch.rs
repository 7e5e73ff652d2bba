//! Watching the user's session folder: a save in any editor reloads the
//! library once the folder has been quiet for a moment.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::Watcher;

/// How long the folder must be quiet before it is read again: editors
/// often write a file in several steps.
pub const QUIET: Duration = Duration::from_millis(250);

pub struct FolderWatch {
    _watcher: Option<notify::RecommendedWatcher>,
    changes: mpsc::Receiver<()>,
    /// When the last change was seen, on the app's clock.
    last_change: Option<Duration>,
    /// A change taken from the channel by [`FolderWatch::wait_for_change`].
    seen: bool,
    /// Why the folder is not watched, if it is not.
    pub problem: Option<String>,
}

impl FolderWatch {
    /// Watches `dir` (made if missing) and everything under it; `wake` is
    /// called from the watching thread on each change, to have the app look.
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Self {
        let (send, changes) = mpsc::channel();
        let mut this = Self {
            _watcher: None,
            changes,
            last_change: None,
            seen: false,
            problem: None,
        };
        if let Err(e) = std::fs::create_dir_all(dir) {
            this.problem = Some(crate::t!(
                "library-watch-cannot-make",
                path = dir.display().to_string(),
                problem = e.to_string()
            ));
            return this;
        }
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|e| !e.kind.is_access()) && send.send(()).is_ok() {
                wake();
            }
        });
        match watcher.and_then(|mut w| w.watch(dir, notify::RecursiveMode::Recursive).map(|()| w)) {
            Ok(watcher) => this._watcher = Some(watcher),
            Err(e) => {
                this.problem = Some(crate::t!(
                    "library-watch-not-watched",
                    path = dir.display().to_string(),
                    problem = e.to_string()
                ));
            }
        }
        this
    }

    /// Takes the changes seen so far; true once the folder has changed and
    /// then been quiet for [`QUIET`], on the app's clock `now`.
    pub fn poll(&mut self, now: Duration) -> bool {
        let mut changed = std::mem::take(&mut self.seen);
        while self.changes.try_recv().is_ok() {
            changed = true;
        }
        if changed {
            self.last_change = Some(now);
        }
        match self.last_change {
            Some(at) if now.saturating_sub(at) >= QUIET => {
                self.last_change = None;
                true
            }
            _ => false,
        }
    }

    /// Whether a change waits to be read once the folder is quiet.
    pub fn pending(&self) -> bool {
        self.seen || self.last_change.is_some()
    }

    /// Blocks until the watcher reports a change, or `timeout` passes:
    /// for tests, which must not guess how long the system takes.
    pub fn wait_for_change(&mut self, timeout: Duration) -> bool {
        if self.changes.recv_timeout(timeout).is_ok() {
            self.seen = true;
        }
        self.seen
    }
}
