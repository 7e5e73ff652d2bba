//! A session playing live, and the thread that keeps its sound: it opens
//! the way out, watches it, moves the session on by the clock while there
//! is none, keeps trying to open one (never on the screen's thread or the
//! audio's), and picks the sound up again where the session is.
//!
//! The policy: the session's clock is the sound the practitioner hears.
//! When the way out goes, the clock takes over and the session keeps time;
//! when one answers again, the sound resumes at the session's position,
//! on the same sample timeline, with a bell rung at most two seconds
//! before still heard from its start. When the whole process or computer
//! was frozen (a suspend, a SIGSTOP), the session resumes where it was,
//! rings none of the bells of the gap, and, when the freeze outlasted the
//! rest of the session, ends it as completed with the time practised.

use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use super::watch::{DeviceWatch, LATE_BELL_LIMIT, LOOK_EVERY, Lookout, Loss, Pace, Retry, SILENT_TICK, Sighting};
use super::way::{Feed, Format, Link, Output};
use super::{BootClock, Clock, ClockDriver, OutputError, SharedEngine, Wake, lock, render_to};
use crate::audio::{Command, Engine};
use crate::timeline::{Phase, frames};

/// How long the session holds still for a way out to answer: at its start,
/// and when the way out was just lost. A server that is there answers in
/// milliseconds; its connection can drop for reasons of the process's own
/// (after a SIGSTOP, a blocking call returns EINTR and the client's thread
/// ends), and the sound then goes on where it was, unnoticed. Past this,
/// the session moves on by the clock.
const HOLD: Duration = Duration::from_secs(1);

/// Something the practitioner should be told, once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// No sound device could be opened; the session runs silently, and
    /// the sound comes in when one can be.
    NoDevice(String),
    /// The device stopped working mid-session; the session goes on
    /// silently until it comes back.
    DeviceLost(String),
    /// Sound reaches a device again.
    DeviceBack,
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Notice::NoDevice(why) => crate::t!("audio-no-device", reason = why.as_str()),
            Notice::DeviceLost(why) => crate::t!("audio-device-lost", reason = why.as_str()),
            Notice::DeviceBack => crate::t!("audio-device-back"),
        };
        f.write_str(&text)
    }
}

/// What the player and its keeper share.
#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    nudged: Condvar,
}

#[derive(Default)]
struct State {
    notices: Vec<Notice>,
    /// The session is over and its last sound heard.
    finished: bool,
    /// The owner has let the session go.
    stop: bool,
    /// Something happened that the keeper should look at now.
    nudge: bool,
    /// Called when a notice arrives or the session finishes.
    wake: Option<Wake>,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn nudge(&self) {
        self.state().nudge = true;
        self.nudged.notify_all();
    }

    fn tell(&self, notice: Notice) {
        let wake = {
            let mut state = self.state();
            state.notices.push(notice);
            state.wake.clone()
        };
        if let Some(wake) = wake {
            wake();
        }
    }

    fn finish(&self) {
        let wake = {
            let mut state = self.state();
            state.finished = true;
            state.wake.clone()
        };
        if let Some(wake) = wake {
            wake();
        }
    }

    /// Sleeps up to `wait`, or until nudged. Returns whether to stop.
    fn sleep(&self, wait: Duration) -> bool {
        let state = self.state();
        let (mut state, _) = self
            .nudged
            .wait_timeout_while(state, wait, |s| !s.nudge && !s.stop)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        state.nudge = false;
        state.stop
    }
}

/// A session playing live.
pub struct LivePlayer {
    engine: SharedEngine,
    driver: Driver,
}

enum Driver {
    /// Kept by a thread of its own, through the sound.
    Kept {
        shared: Arc<Shared>,
        thread: Option<JoinHandle<()>>,
    },
    /// Silent, ticked by the owner through [`LivePlayer::poll`]: for tests
    /// and previews with a clock of their own.
    Manual(ClockDriver<Arc<dyn Clock + Sync>>),
}

impl LivePlayer {
    /// Plays `engine` through the sound server or device, keeping it
    /// through faults; silently on the clock while there is none.
    pub fn start(engine: Engine) -> Self {
        let engine = Arc::new(Mutex::new(engine));
        let shared = Arc::new(Shared::default());
        let keeper = Keeper::new(engine.clone(), shared.clone());
        let thread = std::thread::Builder::new()
            .name("stillpoint-sound".into())
            .spawn(move || keeper.run());
        let thread = match thread {
            Ok(thread) => Some(thread),
            Err(e) => {
                // No thread to keep the sound: the owner cannot be left
                // without a session; it ends at once, said why.
                shared.tell(Notice::NoDevice(e.to_string()));
                lock(&engine).command(Command::End);
                shared.finish();
                None
            }
        };
        Self {
            engine,
            driver: Driver::Kept { shared, thread },
        }
    }

    /// Plays `engine` silently, moved on by `clock` each time the owner
    /// polls; nothing runs in the background.
    pub fn manual(engine: Engine, clock: Arc<dyn Clock + Sync>) -> Self {
        let engine = Arc::new(Mutex::new(engine));
        let driver = Driver::Manual(ClockDriver::new(engine.clone(), clock));
        Self { engine, driver }
    }

    pub fn engine(&self) -> &SharedEngine {
        &self.engine
    }

    /// Calls `wake` whenever there is news for the owner: a notice, or the
    /// session's end.
    pub fn on_news(&self, wake: Wake) {
        if let Driver::Kept { shared, .. } = &self.driver {
            shared.state().wake = Some(wake);
        }
    }

    /// Moves a manual session on; returns notices not yet given.
    pub fn poll(&mut self) -> Vec<Notice> {
        match &mut self.driver {
            Driver::Manual(driver) => {
                driver.tick();
                Vec::new()
            }
            Driver::Kept { shared, .. } => std::mem::take(&mut shared.state().notices),
        }
    }

    /// Whether the session is over and its last sound has left for the
    /// speakers, so it can be let go without cutting it off.
    pub fn is_finished(&mut self) -> bool {
        match &self.driver {
            Driver::Manual(_) => lock(&self.engine).is_done(),
            Driver::Kept { shared, .. } => shared.state().finished,
        }
    }
}

impl Drop for LivePlayer {
    fn drop(&mut self) {
        if let Driver::Kept { shared, thread } = &mut self.driver {
            shared.state().stop = true;
            shared.nudged.notify_all();
            if let Some(thread) = thread.take() {
                let _ = thread.join();
            }
        }
    }
}

/// The session's engine as a way out plays it.
struct EngineFeed {
    engine: SharedEngine,
    clock: BootClock,
    /// When the way out last asked for sound.
    asked: Option<Duration>,
}

/// A way out that asks again after this long ran dry meanwhile (the
/// process was frozen): what follows fades in.
const DRY_AFTER: Duration = Duration::from_secs(1);

impl Feed for EngineFeed {
    fn fill(&mut self, out: &mut [f32]) {
        let now = self.clock.now();
        let mut engine = lock(&self.engine);
        if self.asked.is_some_and(|asked| now.saturating_sub(asked) > DRY_AFTER) {
            engine.fade_in();
        }
        self.asked = Some(now);
        engine.render(out);
    }
}

/// An attempt to open a way out, on a thread of its own: opening can wait
/// on a server that does not answer.
struct Opening {
    link: Arc<Link>,
    result: mpsc::Receiver<Result<Output, OutputError>>,
}

/// Where the sound stands.
enum Way {
    /// Waiting, briefly, for an attempt: the session holds still. `pace`
    /// counts the time since a way out was lost, so that, should none
    /// answer, the session catches up with the clock; at the start there
    /// is nothing to catch up.
    Holding {
        since: Duration,
        opening: Opening,
        pace: Option<Pace>,
        /// What to say should none answer in time.
        notice: Notice,
    },
    /// Sound goes out.
    Playing {
        output: Output,
        link: Arc<Link>,
        watch: DeviceWatch,
        lookout: Lookout,
        /// Frames taken when the engine was first seen done.
        done_at: Option<u64>,
    },
    /// No way out: the clock moves the session on, and a way out is sought.
    Silent {
        pace: Pace,
        rendered: u64,
        scratch: Vec<f32>,
        retry: Retry,
        opening: Option<Opening>,
    },
}

/// The thread that keeps a session's sound.
struct Keeper {
    engine: SharedEngine,
    shared: Arc<Shared>,
    clock: BootClock,
    format: Format,
}

impl Keeper {
    fn new(engine: SharedEngine, shared: Arc<Shared>) -> Self {
        let rate = lock(&engine).sample_rate();
        Self {
            engine,
            shared,
            clock: BootClock::new(),
            format: Format { rate, channels: 2 },
        }
    }

    fn run(self) {
        let now = self.clock.now();
        let mut way = Way::Holding {
            since: now,
            opening: self.open(),
            pace: None,
            notice: Notice::NoDevice(crate::t!("audio-server-silent")),
        };
        loop {
            let now = self.clock.now();
            let (next, wait) = self.step(way, now);
            way = match next {
                Some(way) => way,
                None => {
                    self.shared.finish();
                    return;
                }
            };
            if self.shared.sleep(wait) {
                if let Way::Playing { output, link, .. } = way {
                    link.set_live(false);
                    let_go(output);
                }
                return;
            }
        }
    }

    /// One look at the sound at `now`: what it becomes, and how long until
    /// the next look. `None` once the session is over and heard.
    fn step(&self, way: Way, now: Duration) -> (Option<Way>, Duration) {
        match way {
            Way::Holding {
                since,
                opening,
                pace,
                notice,
            } => {
                let told = |why: String| match &notice {
                    Notice::NoDevice(_) => Notice::NoDevice(why),
                    other => other.clone(),
                };
                // The time held is the session's too, once it moves on by
                // the clock.
                let caught_up = |pace: Option<Pace>| {
                    let mut pace = pace.unwrap_or(Pace::new(now));
                    pace.tick(now, HOLD + SILENT_TICK);
                    pace
                };
                match opening.result.try_recv() {
                    Ok(Ok(output)) => (Some(self.play(output, opening.link, now)), LOOK_EVERY),
                    Ok(Err(why)) => {
                        self.shared.tell(told(why.to_string()));
                        let mut retry = Retry::now(now);
                        retry.failed(now);
                        (Some(self.silent(caught_up(pace), retry, None)), SILENT_TICK)
                    }
                    Err(mpsc::TryRecvError::Empty) if now.saturating_sub(since) < HOLD => {
                        let left = HOLD.saturating_sub(now.saturating_sub(since));
                        let way = Way::Holding {
                            since,
                            opening,
                            pace,
                            notice,
                        };
                        (Some(way), left)
                    }
                    Err(_) => {
                        self.shared.tell(notice);
                        let way = self.silent(caught_up(pace), Retry::now(now), Some(opening));
                        (Some(way), SILENT_TICK)
                    }
                }
            }
            Way::Playing {
                output,
                link,
                mut watch,
                mut lookout,
                mut done_at,
            } => {
                let frozen = lookout.look(now, LOOK_EVERY);
                if let Some(gap) = frozen {
                    self.overslept(gap);
                }
                let seen = Sighting {
                    pulled: link.pulled(),
                    errors: link.errors(),
                    gone: link.gone(),
                };
                let loss = watch.look(now, &seen, frozen.is_some());
                if lock(&self.engine).is_done() {
                    let done_at = *done_at.get_or_insert(seen.pulled);
                    if loss.is_some() || seen.pulled >= done_at + output.drain_frames(self.format.rate) {
                        link.set_live(false);
                        let_go(output);
                        return (None, Duration::ZERO);
                    }
                }
                match loss {
                    Some(loss) => {
                        link.set_live(false);
                        let_go(output);
                        let way = Way::Holding {
                            since: now,
                            opening: self.open(),
                            pace: Some(Pace::new(now)),
                            notice: Notice::DeviceLost(describe(&loss)),
                        };
                        (Some(way), Duration::ZERO)
                    }
                    None => (
                        Some(Way::Playing {
                            output,
                            link,
                            watch,
                            lookout,
                            done_at,
                        }),
                        LOOK_EVERY,
                    ),
                }
            }
            Way::Silent {
                mut pace,
                mut rendered,
                mut scratch,
                mut retry,
                mut opening,
            } => {
                if let Some(gap) = pace.tick(now, SILENT_TICK) {
                    self.overslept(gap);
                }
                if render_to(&self.engine, pace.counted(), &mut rendered, &mut scratch) {
                    return (None, Duration::ZERO);
                }
                if let Some(attempt) = opening.take() {
                    match attempt.result.try_recv() {
                        Ok(Ok(output)) => {
                            lock(&self.engine).resound(frames_of(LATE_BELL_LIMIT, self.format.rate));
                            self.shared.tell(Notice::DeviceBack);
                            return (Some(self.play(output, attempt.link, now)), LOOK_EVERY);
                        }
                        Ok(Err(_)) | Err(mpsc::TryRecvError::Disconnected) => retry.failed(now),
                        Err(mpsc::TryRecvError::Empty) => opening = Some(attempt),
                    }
                }
                if opening.is_none() && retry.is_due(now) {
                    opening = Some(self.open());
                }
                let wait = match opening {
                    Some(_) => SILENT_TICK,
                    None => SILENT_TICK.min(retry.wait(now).max(Duration::from_millis(10))),
                };
                (
                    Some(Way::Silent {
                        pace,
                        rendered,
                        scratch,
                        retry,
                        opening,
                    }),
                    wait,
                )
            }
        }
    }

    /// Sound goes out through `output` from now on.
    fn play(&self, output: Output, link: Arc<Link>, now: Duration) -> Way {
        link.set_live(true);
        Way::Playing {
            output,
            link,
            watch: DeviceWatch::new(now),
            lookout: Lookout::new(now),
            done_at: None,
        }
    }

    /// The clock moves the session on, at `pace`.
    fn silent(&self, pace: Pace, retry: Retry, opening: Option<Opening>) -> Way {
        Way::Silent {
            pace,
            rendered: 0,
            scratch: Vec::new(),
            retry,
            opening,
        }
    }

    /// Starts an attempt to open a way out, playing the engine once the
    /// keeper makes its link live.
    fn open(&self) -> Opening {
        let shared = self.shared.clone();
        let link = Link::new(Some(Arc::new(move || shared.nudge())));
        let (send, result) = mpsc::channel();
        let feed = EngineFeed {
            engine: self.engine.clone(),
            clock: BootClock::new(),
            asked: None,
        };
        let (format, opened_link, shared) = (self.format, link.clone(), self.shared.clone());
        let spawned = std::thread::Builder::new()
            .name("stillpoint-sound-open".into())
            .spawn(move || {
                let _ = send.send(Output::open(feed, format, opened_link));
                shared.nudge();
            });
        if let Err(e) = spawned {
            // Said as a failed attempt; the next is tried later.
            let (send, failed) = mpsc::channel();
            let _ = send.send(Err(OutputError::Device(e.to_string())));
            return Opening { link, result: failed };
        }
        Opening { link, result }
    }

    /// Everything was frozen for `gap`: a session whose rest was shorter
    /// than that is over, as completed, with the time practised before.
    fn overslept(&self, gap: Duration) {
        let mut engine = lock(&self.engine);
        let status = engine.status();
        let gap_frames = frames_of(gap, self.format.rate);
        if status.phase == Phase::Playing && !status.paused && status.remaining.is_some_and(|left| gap_frames >= left) {
            engine.command(Command::Complete);
        }
    }
}

fn frames_of(duration: Duration, rate: u32) -> u64 {
    frames(
        crate::session::Duration::from_millis(duration.as_millis().min(u128::from(u64::MAX)) as u64),
        rate,
    )
}

/// Closes a way out on a thread of its own: one that stalled may take its
/// time to close, and nothing waits for it.
fn let_go(output: Output) {
    let spawned = std::thread::Builder::new()
        .name("stillpoint-sound-close".into())
        .spawn(move || drop(output));
    // Without a thread, it is closed here.
    drop(spawned);
}

fn describe(loss: &Loss) -> String {
    match loss {
        Loss::Gone(why) => why.clone(),
        Loss::Storm => crate::t!("audio-device-errors"),
        Loss::Stalled => crate::t!("audio-device-stalled"),
    }
}
