//! Playing a session live: through the sound device when there is one, or
//! silently on a wall-clock driver when there is none (or it disappears).
//! Either way the engine's rendered frames are the session's clock.

use std::num::NonZero;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration as StdDuration;

use rodio::{DeviceSinkBuilder, MixerDeviceSink, Source, cpal};

use super::engine::Engine;

/// Frames rendered per lock of the engine by the device's audio thread.
const DEVICE_BLOCK: usize = 256;
/// Frames the sound device asks for at a time; ALSA keeps two such periods
/// queued, about 170 ms at 48 kHz. A busy machine can keep the audio thread
/// from running for tens of milliseconds: with rodio's 50 ms periods, a
/// recording through a sound server under load showed a gap of silence
/// inside a bell, and every later bell late. Nothing here needs a quicker
/// answer: a pause fades in the engine, and the bells' timing is the
/// stream's own.
const DEVICE_PERIOD_FRAMES: u32 = 4096;
/// Frames of silence the device takes after the session's last sound
/// before it is closed: closing drops whatever is queued, so without them
/// the final fade would be cut off with a click.
const DRAIN_FRAMES: u64 = 3 * DEVICE_PERIOD_FRAMES as u64;
/// The rate used when no device says otherwise.
pub const FALLBACK_RATE: u32 = 48_000;

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

/// Renders the engine at the pace of a clock, into nowhere: the session's
/// timing without sound.
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
        let mut engine = lock(&self.engine);
        let rate = u128::from(engine.sample_rate());
        let due = ((self.clock.now() - self.started).as_nanos() * rate / 1_000_000_000) as u64;
        while self.rendered < due {
            let n = (due - self.rendered).min(self.scratch.len() as u64 / 2) as usize;
            engine.render(&mut self.scratch[..n * 2]);
            self.rendered += n as u64;
        }
        engine.is_done()
    }
}

/// Runs a [`ClockDriver`] on its own thread until the engine is done or
/// `stop` is set.
fn spawn_clock_driver(engine: SharedEngine, stop: Arc<AtomicBool>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut driver = ClockDriver::new(engine, SystemClock::new());
        while !stop.load(Ordering::Relaxed) && !driver.tick() {
            std::thread::sleep(StdDuration::from_millis(10));
        }
    })
}

/// How long the device may stop asking for sound before the session moves
/// to the wall clock. A device that vanishes does not always say so.
pub const STALL_LIMIT: StdDuration = StdDuration::from_secs(1);

/// What the device's audio thread and the player share about the device.
#[derive(Default)]
struct DeviceLink {
    /// Frames the device has asked for: while it grows, the device lives.
    pulled: AtomicU64,
    /// Set when the session has left the device: it renders nothing more.
    detached: AtomicBool,
}

/// Feeds the device from the shared engine, a block at a time.
struct EngineSource {
    engine: SharedEngine,
    link: Arc<DeviceLink>,
    buffer: Vec<f32>,
    read: usize,
    sample_rate: NonZero<u32>,
}

impl Iterator for EngineSource {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.read >= self.buffer.len() {
            if self.link.detached.load(Ordering::Relaxed) {
                self.buffer.fill(0.0);
            } else {
                lock(&self.engine).render(&mut self.buffer);
                self.link
                    .pulled
                    .fetch_add((self.buffer.len() / 2) as u64, Ordering::Relaxed);
            }
            self.read = 0;
        }
        let sample = self.buffer[self.read];
        self.read += 1;
        Some(sample)
    }
}

impl Source for EngineSource {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> rodio::ChannelCount {
        NonZero::<u16>::MIN.saturating_add(1)
    }

    fn sample_rate(&self) -> rodio::SampleRate {
        self.sample_rate
    }

    fn total_duration(&self) -> Option<StdDuration> {
        None
    }
}

/// Something the practitioner should be told, once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// No sound device could be opened; the session runs silently.
    NoDevice(String),
    /// The device stopped working mid-session; the session goes on silently.
    DeviceLost(String),
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Notice::NoDevice(why) => crate::t!("audio-no-device", reason = why.as_str()),
            Notice::DeviceLost(why) => crate::t!("audio-device-lost", reason = why.as_str()),
        };
        f.write_str(&text)
    }
}

/// An opened sound device, before a session is chosen: its rate decides the
/// rate the engine renders at.
pub struct Device {
    sink: MixerDeviceSink,
    errors: mpsc::Receiver<cpal::Error>,
}

impl Device {
    /// Opens the default output device. Where no sound card or server
    /// exists, says so without asking ALSA, whose own error lines would
    /// reach the terminal.
    pub fn open() -> Result<Self, String> {
        super::reach::find_route(&super::reach::System)?;
        let (errors_tx, errors) = mpsc::channel();
        let mut sink = DeviceSinkBuilder::from_default_device()
            .map_err(|e| describe_device_error(&e))?
            .with_buffer_size(cpal::BufferSize::Fixed(DEVICE_PERIOD_FRAMES))
            .with_error_callback(move |error: cpal::Error| {
                let _ = errors_tx.send(error);
            })
            .open_sink_or_fallback()
            .map_err(|e| describe_device_error(&e))?;
        sink.log_on_drop(false);
        Ok(Self { sink, errors })
    }

    /// Plays mono samples once, mixed over whatever else plays.
    pub fn play_mono(&self, samples: Vec<f32>, rate: u32) {
        let rate = NonZero::new(rate).unwrap_or(NonZero::<u32>::MIN);
        let channels = NonZero::new(1u16).unwrap_or(NonZero::<u16>::MIN);
        self.sink
            .mixer()
            .add(rodio::buffer::SamplesBuffer::new(channels, rate, samples));
    }

    pub fn sample_rate(&self) -> u32 {
        self.sink.config().sample_rate().get()
    }
}

fn describe_device_error(error: &dyn std::error::Error) -> String {
    match error.source() {
        Some(source) => format!("{error}: {source}"),
        None => error.to_string(),
    }
}

enum Driver {
    Device {
        device: Device,
        link: Arc<DeviceLink>,
        /// The pulled count last seen, and when it last changed.
        last_seen: (u64, StdDuration),
    },
    Clock {
        thread: Option<JoinHandle<()>>,
        stop: Arc<AtomicBool>,
    },
    /// Silent, ticked by the owner through [`LivePlayer::poll`]: for tests
    /// with a clock of their own.
    Manual(ClockDriver<Arc<dyn Clock + Sync>>),
}

/// A session playing live.
pub struct LivePlayer {
    engine: SharedEngine,
    driver: Driver,
    notices: Vec<Notice>,
    /// The frames the device had pulled when the engine was first seen
    /// done: the drain is counted from there.
    done_at_pulled: Option<u64>,
}

impl LivePlayer {
    /// Plays `engine` on `device`, or on the wall clock when there is none.
    pub fn start(engine: Engine, device: Result<Device, String>) -> Self {
        let sample_rate = NonZero::new(engine.sample_rate()).unwrap_or(NonZero::<u32>::MIN);
        let engine = Arc::new(Mutex::new(engine));
        match device {
            Ok(device) => {
                let link = Arc::new(DeviceLink::default());
                device.sink.mixer().add(EngineSource {
                    engine: engine.clone(),
                    link: link.clone(),
                    buffer: vec![0.0; DEVICE_BLOCK * 2],
                    read: DEVICE_BLOCK * 2,
                    sample_rate,
                });
                let driver = Driver::Device {
                    device,
                    link,
                    last_seen: (0, StdDuration::ZERO),
                };
                Self {
                    engine,
                    driver,
                    notices: Vec::new(),
                    done_at_pulled: None,
                }
            }
            Err(why) => {
                let stop = Arc::new(AtomicBool::new(false));
                let thread = Some(spawn_clock_driver(engine.clone(), stop.clone()));
                Self {
                    engine,
                    driver: Driver::Clock { thread, stop },
                    notices: vec![Notice::NoDevice(why)],
                    done_at_pulled: None,
                }
            }
        }
    }

    /// Plays `engine` silently, moved on by `clock` each time the owner
    /// polls; nothing runs in the background.
    pub fn manual(engine: Engine, clock: Arc<dyn Clock + Sync>) -> Self {
        let engine = Arc::new(Mutex::new(engine));
        let driver = Driver::Manual(ClockDriver::new(engine.clone(), clock));
        Self {
            engine,
            driver,
            notices: Vec::new(),
            done_at_pulled: None,
        }
    }

    pub fn engine(&self) -> &SharedEngine {
        &self.engine
    }

    /// Checks on the device at `now` (any steadily increasing time); if it
    /// reported itself gone, or has stopped asking for sound for longer than
    /// [`STALL_LIMIT`], moves the session to the wall clock. Returns notices
    /// not yet given.
    pub fn poll(&mut self, now: StdDuration) -> Vec<Notice> {
        if let Driver::Manual(driver) = &mut self.driver {
            driver.tick();
        }
        if let Driver::Device {
            device,
            link,
            last_seen,
        } = &mut self.driver
        {
            let pulled = link.pulled.load(Ordering::Relaxed);
            if pulled != last_seen.0 || last_seen.1.is_zero() {
                *last_seen = (pulled, now);
            }
            let reported = std::iter::from_fn(|| device.errors.try_recv().ok())
                .find(|e| e.kind() == rodio::CpalErrorKind::DeviceNotAvailable)
                .map(|e| e.to_string());
            let stalled = now.saturating_sub(last_seen.1) > STALL_LIMIT;
            let running = !lock(&self.engine).is_done();
            if let Some(why) = reported.or_else(|| (stalled && running).then(|| crate::t!("audio-device-stalled"))) {
                link.detached.store(true, Ordering::Relaxed);
                let stop = Arc::new(AtomicBool::new(false));
                let thread = Some(spawn_clock_driver(self.engine.clone(), stop.clone()));
                self.driver = Driver::Clock { thread, stop };
                self.notices.push(Notice::DeviceLost(why));
            }
        }
        std::mem::take(&mut self.notices)
    }

    /// Whether the session is over and its last sound has left for the
    /// speakers, so the device can be closed without cutting it off. A
    /// device that stops taking sound meanwhile (for [`STALL_LIMIT`] at
    /// `now`) is not waited for.
    pub fn is_finished(&mut self, now: StdDuration) -> bool {
        if !lock(&self.engine).is_done() {
            return false;
        }
        let Driver::Device { link, last_seen, .. } = &self.driver else {
            return true;
        };
        let pulled = link.pulled.load(Ordering::Relaxed);
        let done_at = *self.done_at_pulled.get_or_insert(pulled);
        pulled >= done_at + DRAIN_FRAMES || now.saturating_sub(last_seen.1) > STALL_LIMIT
    }

    /// Whether sound is reaching a device.
    pub fn is_audible(&self) -> bool {
        matches!(self.driver, Driver::Device { .. })
    }
}

impl Drop for LivePlayer {
    fn drop(&mut self) {
        if let Driver::Clock { thread, stop } = &mut self.driver {
            stop.store(true, Ordering::Relaxed);
            if let Some(thread) = thread.take() {
                let _ = thread.join();
            }
        }
    }
}
