//! Playing live: a session through the sound server or device when there
//! is one, or silently on the clock when there is none (or it goes away,
//! until it comes back). Either way the engine's rendered frames are the
//! session's clock.
//!
//! - [`way`]: a way out for sound (the server, or ALSA's default device)
//!   and what it shares with its keeper.
//! - [`live`]: [`LivePlayer`], a session playing, and the thread that
//!   keeps its sound going through faults.
//! - [`watch`]: the keeper's decisions, with time passed in.

mod alsa;
mod live;
mod server;
pub mod watch;
mod way;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration as StdDuration;

use super::engine::Engine;

pub use live::{LivePlayer, Notice};
pub use watch::STALL_LIMIT;
pub use way::{Feed, Format};

/// Whether a microphone is recording on this machine's sound server (see
/// `server::microphone_in_use`); `None` without a local server to ask.
pub fn microphone_in_use() -> Option<bool> {
    match super::reach::find_route(&super::reach::System).ok()? {
        super::reach::Route::Server(socket) => server::microphone_in_use(&socket),
        _ => None,
    }
}

/// Calls `changed` each time a capture stream starts, changes or ends on
/// this machine's sound server, until it goes away (see
/// `server::follow_capture_streams`); returns at once without one.
pub fn follow_capture_streams(changed: impl FnMut()) {
    if let Ok(super::reach::Route::Server(socket)) = super::reach::find_route(&super::reach::System) {
        server::follow_capture_streams(&socket, changed);
    }
}

/// The rate every live session is rendered at; the server (or rodio's
/// mixer) converts it for a device that runs at another.
pub const SESSION_RATE: u32 = 48_000;

/// Why a way out for sound could not be opened, in words for a notice.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OutputError {
    #[error("{}", crate::t!("audio-no-card-or-server"))]
    NoCardOrServer,
    /// `PULSE_SERVER` names a server that is not running, and there is no
    /// card.
    #[error("{}", crate::t!("audio-named-server-not-running"))]
    NamedServerNotRunning,
    /// The sound server did not take the stream, for this reason.
    #[error("{}", crate::t!("audio-server-refused", reason = .0.as_str()))]
    Refused(String),
    /// The device did not open, as ALSA says.
    #[error("{0}")]
    Device(String),
}

/// Called from another thread when something is waiting for the owner.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// The engine, shared by whichever driver renders it and the screen that
/// shows and steers it.
pub type SharedEngine = Arc<Mutex<Engine>>;

/// Locks the engine even if a driver thread panicked while holding it:
/// the session goes on rather than stopping.
pub fn lock(engine: &SharedEngine) -> MutexGuard<'_, Engine> {
    engine.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A source of "now" for the wall-clock driver; tests give their own.
pub trait Clock: Send + 'static {
    fn now(&self) -> StdDuration;
}

impl<C: Clock + Sync + ?Sized> Clock for Arc<C> {
    fn now(&self) -> StdDuration {
        (**self).now()
    }
}

/// The machine's monotonic clock.
pub struct SystemClock(std::time::Instant);

impl SystemClock {
    pub fn new() -> Self {
        Self(std::time::Instant::now())
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> StdDuration {
        self.0.elapsed()
    }
}

/// The machine's clock that goes on while it sleeps (`CLOCK_BOOTTIME`):
/// a suspend shows as the time it took, as a SIGSTOP does.
pub struct BootClock(StdDuration);

impl BootClock {
    pub fn new() -> Self {
        Self(boot_time())
    }
}

impl Default for BootClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for BootClock {
    fn now(&self) -> StdDuration {
        boot_time().saturating_sub(self.0)
    }
}

fn boot_time() -> StdDuration {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    StdDuration::new(
        u64::try_from(now.tv_sec).unwrap_or(0),
        u32::try_from(now.tv_nsec).unwrap_or(0),
    )
}

/// Renders the engine at the pace of a clock, into nowhere: the session's
/// timing without sound, moved on by its owner.
pub struct ClockDriver<C: Clock> {
    engine: SharedEngine,
    clock: C,
    started: StdDuration,
    rendered: u64,
    scratch: Vec<f32>,
}

impl<C: Clock> ClockDriver<C> {
    pub fn new(engine: SharedEngine, clock: C) -> Self {
        let started = clock.now();
        Self {
            engine,
            clock,
            started,
            rendered: 0,
            scratch: vec![0.0; 2048 * 2],
        }
    }

    /// Renders as many frames as the clock says have passed since the
    /// driver started. Returns whether the engine is done.
    pub fn tick(&mut self) -> bool {
        let elapsed = self.clock.now().saturating_sub(self.started);
        render_to(&self.engine, elapsed, &mut self.rendered, &mut self.scratch)
    }
}

/// Renders `engine` into nowhere until `rendered` frames reach `elapsed`
/// of its time. Returns whether the engine is done.
fn render_to(engine: &SharedEngine, elapsed: StdDuration, rendered: &mut u64, scratch: &mut Vec<f32>) -> bool {
    let mut engine = lock(engine);
    let rate = u128::from(engine.sample_rate());
    let due = (elapsed.as_nanos() * rate / 1_000_000_000) as u64;
    if scratch.is_empty() {
        scratch.resize(2048 * 2, 0.0);
    }
    while *rendered < due && !engine.is_done() {
        let n = (due - *rendered).min(scratch.len() as u64 / 2) as usize;
        engine.render(&mut scratch[..n * 2]);
        *rendered += n as u64;
    }
    engine.is_done()
}

/// A sound played once, start to end, through whatever way out there is;
/// held until it has been heard.
pub struct Sound {
    _output: way::Output,
    length: StdDuration,
}

/// Mono samples played once, then silence.
struct Once {
    samples: Vec<f32>,
    at: usize,
}

impl Feed for Once {
    fn fill(&mut self, out: &mut [f32]) {
        let n = out.len().min(self.samples.len().saturating_sub(self.at));
        out[..n].copy_from_slice(&self.samples[self.at..self.at + n]);
        out[n..].fill(0.0);
        self.at += n;
    }
}

impl Sound {
    /// Plays mono `samples` at `rate` once. An error says why there is no
    /// way out for sound.
    pub fn play(samples: Vec<f32>, rate: u32) -> Result<Self, OutputError> {
        let rate = rate.max(1);
        let format = Format { rate, channels: 1 };
        let heard = StdDuration::from_secs_f64(samples.len() as f64 / f64::from(rate));
        let link = way::Link::new(None);
        link.set_live(true);
        let output = way::Output::open(Once { samples, at: 0 }, format, link)?;
        let queued = StdDuration::from_secs_f64(output.drain_frames(rate) as f64 / f64::from(rate));
        Ok(Self {
            _output: output,
            length: heard + queued,
        })
    }

    /// How long the sound takes to be heard to its end, from when it was
    /// started.
    pub fn length(&self) -> StdDuration {
        self.length
    }
}
