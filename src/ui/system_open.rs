//! Handing a file or a folder to the desktop: a calendar file to the
//! calendar, a folder to the file manager.

use std::path::Path;
use std::sync::Arc;

/// Opens a path with the desktop's own program; an error only means it
/// could not be handed over (the path itself is left as it was).
pub type Opener = Arc<dyn Fn(&Path) -> std::io::Result<()> + Send + Sync>;

/// The desktop's opener: `xdg-open`, `open` on macOS, `explorer` on Windows.
pub fn system_opener() -> Opener {
    Arc::new(open_with_system)
}

/// Opens `path` with the program the desktop chooses for it, without
/// waiting for that program.
pub fn open_with_system(path: &Path) -> std::io::Result<()> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
}
