//! One app per data folder. The open app listens on a Unix socket; a
//! second start (`stillpoint`, `stillpoint pause`) hands its request to it
//! and leaves, so the bells ring once and a key binding for the pause
//! reaches the window already open.
//!
//! The socket lives in `$XDG_RUNTIME_DIR` (private to the user, emptied at
//! logout), named after the data folder; without a runtime folder, in the
//! data folder itself. A request is one line (`pause`), answered `ok`
//! once the app has it.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long either side waits for the other's line: an app that does not
/// answer by then is taken as gone.
const PATIENCE: Duration = Duration::from_secs(2);

/// What a second start asks of the open app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// Start the three-minute pause, and show the window.
    Pause,
    /// Show the window (it may be minimized, or behind others).
    Show,
}

impl Request {
    fn word(self) -> &'static str {
        match self {
            Request::Pause => "pause",
            Request::Show => "show",
        }
    }

    fn from_word(word: &str) -> Option<Request> {
        [Request::Pause, Request::Show].into_iter().find(|r| r.word() == word)
    }
}

/// The socket of the app using the data folder `data`: in `runtime_dir`
/// (`$XDG_RUNTIME_DIR`) when there is one, named by a hash of the data
/// folder's path so each data folder has its own app; else in the data
/// folder.
pub fn socket_path(runtime_dir: Option<&Path>, data: &Path) -> PathBuf {
    match runtime_dir.filter(|dir| dir.is_absolute()) {
        Some(dir) => dir.join(format!(
            "stillpoint-{:016x}.sock",
            fnv1a(data.as_os_str().as_encoded_bytes())
        )),
        None => data.join("app.sock"),
    }
}

/// FNV-1a: a hash that stays the same from one build to the next, so a
/// newer `stillpoint` finds an older app's socket.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether an app listens on `socket`.
pub fn is_open(socket: &Path) -> bool {
    UnixStream::connect(socket).is_ok()
}

/// Hands `request` to the app listening on `socket`. An error means no app
/// took it (none is open, or it did not answer in time).
pub fn send(socket: &Path, request: Request) -> std::io::Result<()> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(PATIENCE))?;
    stream.set_write_timeout(Some(PATIENCE))?;
    writeln!(stream, "{}", request.word())?;
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer)?;
    match answer.trim_end() {
        "ok" => Ok(()),
        other => Err(std::io::Error::other(format!("the app answered {other:?}"))),
    }
}

/// The open app's ear: requests arrive on a thread of their own and wait
/// here until the app takes them.
pub struct Listener {
    socket: PathBuf,
    requests: mpsc::Receiver<Request>,
}

impl Listener {
    /// Listens on `socket`; `wake` is called when a request arrives (the
    /// window asks for a frame). Fails when another app already listens
    /// there, or the socket cannot be made.
    pub fn start(socket: &Path, wake: impl Fn() + Send + 'static) -> std::io::Result<Listener> {
        if is_open(socket) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AddrInUse,
                format!("another app listens on {}", socket.display()),
            ));
        }
        // Left by an app that did not close cleanly.
        let _ = std::fs::remove_file(socket);
        if let Some(folder) = socket.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let listener = UnixListener::bind(socket)?;
        // The data folder may be readable by others; the socket is not.
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600))?;
        }
        let (send, requests) = mpsc::channel();
        std::thread::Builder::new()
            .name("stillpoint-requests".into())
            .spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    if answer(stream, &send, &wake).is_err() {
                        // The app has gone; nobody is left to ask.
                        break;
                    }
                }
            })?;
        Ok(Listener {
            socket: socket.to_path_buf(),
            requests,
        })
    }

    /// The requests that came since the last call, oldest first.
    pub fn take(&self) -> Vec<Request> {
        self.requests.try_iter().collect()
    }
}

/// Reads one request from `stream`, passes it on and says `ok`; a stream
/// that only looks (as [`is_open`] does) or says something unknown gets no
/// request through.
fn answer(stream: UnixStream, send: &mpsc::Sender<Request>, wake: &impl Fn()) -> Result<(), mpsc::SendError<Request>> {
    let _ = stream.set_read_timeout(Some(PATIENCE));
    let _ = stream.set_write_timeout(Some(PATIENCE));
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() || line.is_empty() {
        return Ok(());
    }
    let Some(request) = Request::from_word(line.trim()) else {
        let _ = (&stream).write_all(b"unknown\n");
        return Ok(());
    };
    send.send(request)?;
    wake();
    let _ = (&stream).write_all(b"ok\n");
    Ok(())
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_folder_has_its_own_socket_in_the_runtime_folder() {
        let runtime = Path::new("/run/user/1000");
        let one = socket_path(Some(runtime), Path::new("/home/ana/.local/share/stillpoint"));
        let other = socket_path(Some(runtime), Path::new("/tmp/trying"));
        assert_ne!(one, other);
        assert_eq!(one.parent(), Some(runtime));
        assert_eq!(
            socket_path(Some(runtime), Path::new("/tmp/trying")),
            other,
            "the same each time"
        );
        assert_eq!(
            socket_path(None, Path::new("/tmp/trying")),
            Path::new("/tmp/trying/app.sock")
        );
        assert_eq!(
            socket_path(Some(Path::new("relative")), Path::new("/tmp/trying")),
            Path::new("/tmp/trying/app.sock"),
            "a runtime folder that is not absolute is not used"
        );
    }

    #[test]
    fn a_request_reaches_the_listener_and_a_second_listener_is_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let socket = socket_path(None, dir.path());
        assert!(send(&socket, Request::Pause).is_err(), "nobody listens yet");
        let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = woken.clone();
        let listener = Listener::start(&socket, move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(is_open(&socket));
        send(&socket, Request::Pause).unwrap_or_else(|e| panic!("{e}"));
        send(&socket, Request::Show).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(listener.take(), [Request::Pause, Request::Show]);
        assert_eq!(woken.load(std::sync::atomic::Ordering::SeqCst), 2);
        assert!(Listener::start(&socket, || {}).is_err(), "one app per data folder");
        drop(listener);
        assert!(!socket.exists(), "the socket goes with the app");
    }

    #[test]
    fn a_socket_left_behind_is_taken_over() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let socket = socket_path(None, dir.path());
        // Bound, then dropped without removing the file: as after a crash.
        drop(UnixListener::bind(&socket).unwrap_or_else(|e| panic!("{e}")));
        assert!(socket.exists() && !is_open(&socket));
        let listener = Listener::start(&socket, || {}).unwrap_or_else(|e| panic!("{e}"));
        send(&socket, Request::Pause).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(listener.take(), [Request::Pause]);
    }
}
