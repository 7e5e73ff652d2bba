//! A way out for sound: the sound server, spoken to directly, or ALSA's
//! default device where there is no server. Whichever it is, it takes
//! frames from a [`Feed`] and tells what it took and what went wrong
//! through a [`Link`], which the keeper of the sound watches.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::super::reach::{self, Route};
use super::{OutputError, Wake};

/// Where a way out takes its sound from: interleaved frames of
/// [`Format::channels`] channels at [`Format::rate`].
pub trait Feed: Send + Unpin + 'static {
    fn fill(&mut self, out: &mut [f32]);
}

/// The shape of a feed's frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Format {
    pub rate: u32,
    pub channels: u16,
}

/// What a way out and its keeper share.
#[derive(Default)]
pub struct Link {
    /// Frames the way out has taken: while it grows, the way out lives.
    pulled: AtomicU64,
    /// Errors the sound system reported.
    errors: AtomicU64,
    /// Why the way out ended, once it has.
    gone: Mutex<Option<String>>,
    /// Set while the feed may be played: until the keeper takes the way
    /// out, and after it gives it up, it plays silence.
    live: AtomicBool,
    /// Tells the keeper something changed (an error storm, the end).
    wake: Mutex<Option<Wake>>,
}

impl Link {
    pub fn new(wake: Option<Wake>) -> Arc<Self> {
        Arc::new(Self {
            wake: Mutex::new(wake),
            ..Self::default()
        })
    }

    pub fn pulled(&self) -> u64 {
        self.pulled.load(Ordering::Relaxed)
    }

    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }

    pub fn gone(&self) -> Option<String> {
        self.gone.lock().ok().and_then(|gone| gone.clone())
    }

    pub fn set_live(&self, live: bool) {
        self.live.store(live, Ordering::Relaxed);
    }

    /// Counts an error; the keeper is woken once they become a storm,
    /// never for each.
    pub fn error(&self) {
        let count = self.errors.fetch_add(1, Ordering::Relaxed) + 1;
        if count.is_multiple_of(super::watch::STORM_ERRORS) {
            self.wake();
        }
    }

    /// The way out has ended, for `why`.
    pub fn end(&self, why: String) {
        if let Ok(mut gone) = self.gone.lock() {
            gone.get_or_insert(why);
        }
        self.wake();
    }

    fn wake(&self) {
        if let Ok(wake) = self.wake.lock()
            && let Some(wake) = wake.as_ref()
        {
            wake();
        }
    }
}

/// Plays a feed into a way out, counting what is taken. Silent unless the
/// link is live.
pub struct Counted<F: Feed> {
    feed: F,
    link: Arc<Link>,
    channels: usize,
}

impl<F: Feed> Counted<F> {
    pub fn new(feed: F, link: Arc<Link>, format: Format) -> Self {
        Self {
            feed,
            link,
            channels: usize::from(format.channels.max(1)),
        }
    }

    pub fn fill(&mut self, out: &mut [f32]) {
        if self.link.live.load(Ordering::Relaxed) {
            self.feed.fill(out);
        } else {
            out.fill(0.0);
        }
        self.link
            .pulled
            .fetch_add((out.len() / self.channels) as u64, Ordering::Relaxed);
    }
}

/// An open way out. Dropping it closes it.
pub struct Output {
    _open: Box<dyn Send>,
    /// What it holds queued, in frames at a rate.
    queued: fn(u32) -> u64,
}

impl Output {
    /// Opens the way out this machine has for sound, playing `feed`: the
    /// sound server when one runs, spoken to directly; otherwise ALSA's
    /// default device. An error says why there is none, in words for a
    /// notice.
    pub fn open<F: Feed>(feed: F, format: Format, link: Arc<Link>) -> Result<Self, OutputError> {
        Ok(match reach::find_route(&reach::System)? {
            Route::Server(socket) => Self {
                _open: Box::new(super::server::ServerOutput::open(&socket, feed, format, link)?),
                queued: super::server::drain_frames,
            },
            Route::RemoteServer(address) => {
                // ALSA's pulse plugin prints its own lines when the server
                // does not answer: it is asked only once the server does.
                answers(&address)?;
                Self {
                    _open: Box::new(super::alsa::AlsaOutput::open(feed, format, link)?),
                    queued: super::alsa::drain_frames,
                }
            }
            Route::Card | Route::AlsaSetup(_) => Self {
                _open: Box::new(super::alsa::AlsaOutput::open(feed, format, link)?),
                queued: super::alsa::drain_frames,
            },
        })
    }

    /// Frames taken after the last sound that carry it to the speakers:
    /// what the way out holds queued.
    pub fn drain_frames(&self, rate: u32) -> u64 {
        (self.queued)(rate)
    }
}

/// Whether a sound server named by network address (`tcp:host:port`,
/// `host`, `[::1]:4713`) takes a connection, within a second.
fn answers(address: &str) -> Result<(), OutputError> {
    use std::net::{TcpStream, ToSocketAddrs};
    let address = address
        .strip_prefix("tcp:")
        .or_else(|| address.strip_prefix("tcp6:"))
        .or_else(|| address.strip_prefix("tcp4:"))
        .unwrap_or(address);
    let with_port = match address.rsplit_once(':') {
        Some((_, port)) if port.parse::<u16>().is_ok() && !address.ends_with(']') => address.to_owned(),
        _ => format!("{address}:4713"),
    };
    let refused = |e: &dyn std::fmt::Display| OutputError::Refused(e.to_string());
    let places = with_port.to_socket_addrs().map_err(|e| refused(&e))?;
    let mut last = None;
    for place in places {
        match TcpStream::connect_timeout(&place, std::time::Duration::from_secs(1)) {
            Ok(_) => return Ok(()),
            Err(e) => last = Some(e),
        }
    }
    Err(refused(&last.map_or_else(|| with_port.clone(), |e| e.to_string())))
}
