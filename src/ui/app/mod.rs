//! The desktop app: the library, a session's page, the player and its end
//! screen, the quick timer and settings.

use std::sync::Arc;

use crate::audio::output::{Clock, LivePlayer, Notice, SESSION_RATE, SystemClock, lock};
use crate::audio::speech::{SpeechFeed, Synthesizer, Voicer};
use crate::audio::{Command, Engine};
use crate::paths::DataDir;
use crate::practice::{Feeling, Record, WallClock};
use crate::session::{Duration, Library, Session};
use crate::sitting::Sitting;
use crate::timeline::millis;

mod actions;
mod cohort;
mod desk;
mod together;
mod voice;
mod work;

pub use work::Done;

use super::practice_view::PracticeForm;
use super::welcome_view::{WelcomeAction, WelcomeChoices, WelcomeStep};
use crate::practice::PracticeState;
use crate::settings::{SETTINGS_KEY, Settings};

/// Where the app's sessions make their sound.
#[derive(Clone)]
pub enum AudioChoice {
    /// The system's default device, or silence on the wall clock without one.
    Device,
    /// Silence, moved on by this clock each frame: for tests.
    Manual(Arc<dyn Clock + Sync>),
}

/// What the app needs from outside, so tests can give their own.
pub struct AppSetup {
    pub data: DataDir,
    pub library: Library,
    pub audio: AudioChoice,
    /// The date and time of day, with the local UTC offset: what practice
    /// is logged and counted by.
    pub wall: Arc<dyn WallClock>,
    /// Open straight into the player with this session and length.
    pub start_with: Option<(Session, Option<Duration>)>,
    /// Join this shared sit: wait for its first bell, or start where the
    /// others are.
    pub invitation: Option<crate::cohort::Invitation>,
    /// The speech synthesizer that reads guidance aloud, when one is
    /// installed ([`Synthesizer::find`]).
    pub synthesizer: Option<Synthesizer>,
}

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Library,
    Session(String),
    Player,
    End,
    Timer,
    Settings,
    Practice,
    Authoring,
    Program(String),
    Cohort,
    /// Counting down to a shared sit.
    Waiting,
    About,
    /// The welcome on a first start, at one of its screens.
    Welcome(WelcomeStep),
}

/// A session on its way, in the player.
pub struct ActiveSession {
    /// The session, its sound and its record.
    pub sitting: Sitting,
    pub notices: Vec<String>,
    /// How the player shows it: focus, the question on ending, the step's
    /// cues.
    pub form: super::player_view::PlayerForm,
    /// Set when an author previews the session: never logged.
    pub preview: Option<Preview>,
    /// The practitioner is being asked whether to hear the guidance read
    /// aloud; the session begins once they answer.
    pub offering_speech: bool,
    /// The cue on screen, and when (on the app's clock) it came, for its
    /// fade.
    pub cue_shown: Option<(usize, std::time::Duration)>,
    /// The guidance is read aloud; otherwise a screen reader is told each
    /// new cue as it comes.
    pub spoken: bool,
}

/// An author's preview: the session at 1x (heard), or at 10x or 60x
/// (silent, with each bell shown as it passes).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    pub speed: u32,
    /// The bells passed so far, with their time in the session.
    pub bells: Vec<String>,
    // Frames before this one have had their bells shown.
    /// The length chosen, to start again from another step.
    pub length: Option<Duration>,
    last_position: u64,
}

/// The app's clock run `factor` times faster, from the moment it is made.
struct FastClock {
    base: Arc<dyn Clock + Sync>,
    origin: std::time::Duration,
    factor: u32,
}

impl Clock for FastClock {
    fn now(&self) -> std::time::Duration {
        let elapsed = self.base.now().saturating_sub(self.origin);
        self.origin + elapsed * self.factor
    }
}

/// The speeds a preview runs at.
pub const PREVIEW_SPEEDS: [u32; 3] = [1, 10, 60];

/// How a finished session is remembered on the end screen.
pub struct Ending {
    pub title: String,
    pub completed: bool,
    pub practised: Duration,
    pub reflection: Option<String>,
    pub note: String,
    pub feeling_before: Option<Feeling>,
    pub feeling_after: Option<Feeling>,
    /// The log entry this session made, which the note and feelings join.
    pub entry_id: Option<String>,
}

pub struct StillpointApp {
    pub data: DataDir,
    pub library: Library,
    pub audio: AudioChoice,
    pub clock: Arc<dyn Clock + Sync>,
    pub screen: Screen,
    pub settings: Settings,
    /// The library's search and length filter.
    pub library_form: super::library_view::LibraryForm,
    /// The length chosen on a flexible session's page, in minutes.
    pub chosen_minutes: std::collections::HashMap<String, u32>,
    pub active: Option<ActiveSession>,
    /// Scripts that text asked for and no font had, once fonts are set up.
    pub missing_fonts: Option<super::fonts::MissingScripts>,
    /// A session just over whose last sound is still on its way to the
    /// speakers: its device stays open until then.
    pub draining: Option<LivePlayer>,
    pub ending: Option<Ending>,
    pub timer: super::timer::TimerForm,
    pub show_help: bool,
    pub practice: PracticeState,
    pub practice_form: PracticeForm,
    /// The choices on the welcome's screens, until each is kept.
    pub welcome: WelcomeChoices,
    /// The settings as last written to storage.
    saved_settings: Option<Settings>,
    /// The user's session folder, watched for saves.
    pub watch: Option<super::watch::FolderWatch>,
    /// A word about the last thing done on the Authoring panel.
    pub authoring_note: Option<String>,
    /// The step a preview starts from, chosen on the session page.
    pub preview_step: usize,
    /// A session being saved as a WAV file, in the background.
    pub export: Option<Export>,
    /// Reads guidance aloud, when asked for and installed.
    pub synthesizer: Option<Synthesizer>,
    /// A step's guidance being recorded by its author.
    pub voice: Option<super::voice_view::VoiceRecording>,
    /// What happened to the last take.
    pub voice_note: Option<String>,
    /// The sound device playing a take back.
    pub listening: Option<crate::audio::output::Sound>,
    /// The cohort, as last read.
    pub cohort: super::cohort_view::CohortState,
    /// What is typed on the Cohort view.
    pub cohort_form: super::cohort_view::CohortForm,
    /// Work done off the frame, whose results come back as messages.
    work: work::Work,
    /// A shared sit not yet begun, with its session.
    pub invitation: Option<(crate::cohort::Invitation, Session)>,
    /// The mindful-pause bells: which is next.
    pub pause_bells: crate::pause::PauseBells,
    /// A bell that rang, offering a pause.
    pub pause_offer: Option<crate::pause::PauseOffer>,
    /// Said when the system clock is known not to be synchronized.
    pub clock_note: Option<String>,
    /// Making an invitation on a session page.
    pub sit_together: super::sit_together_view::SitTogetherForm,
    /// Opens a file with the desktop's own program (a calendar file in the
    /// calendar); tests put their own here.
    pub open_file: super::system_open::Opener,
    /// Where the entry that starts Stillpoint at login goes; `None` where
    /// no configuration folder is known (and in tests that give none).
    pub autostart: Option<crate::autostart::Autostart>,
    /// Why starting at login could not be switched, the last time.
    pub autostart_note: Option<String>,
    /// Requests from a second start (`stillpoint pause`), when listening.
    pub requests: Option<crate::instance::Listener>,
    /// What the window still has to do in its first frames.
    pub window_start: super::window::WindowStart,
    /// The desktop's notifications and the tray icon, once the window has
    /// started them (tests that build the app alone have none).
    pub desk: Option<super::window::desk::DeskLink>,
    /// Asks the window for a frame from another thread: the sound's news
    /// (lost, back, the end) is shown at once.
    repaint: Option<crate::audio::output::Wake>,
}

/// A session being written to a WAV file on another thread.
pub struct Export {
    pub session_id: String,
    pub path: std::path::PathBuf,
    done: std::sync::mpsc::Receiver<Result<(), String>>,
    /// What happened, once it is over.
    pub outcome: Option<Result<(), String>>,
}

impl Export {
    /// Waits for the file to be written, up to `timeout` (for tests).
    pub fn wait(&mut self, timeout: std::time::Duration) -> bool {
        if self.outcome.is_none()
            && let Ok(outcome) = self.done.recv_timeout(timeout)
        {
            self.outcome = Some(outcome);
        }
        self.outcome.is_some()
    }

    fn poll(&mut self) {
        if self.outcome.is_none()
            && let Ok(outcome) = self.done.try_recv()
        {
            self.outcome = Some(outcome);
        }
    }
}

impl StillpointApp {
    pub fn new(cc: &eframe::CreationContext<'_>, setup: AppSetup) -> Self {
        let stored = cc.storage.and_then(|storage| storage.get_string(SETTINGS_KEY));
        // Without storage nothing would be remembered, not even that the
        // welcome was seen, so it is not shown.
        let settings = match cc.storage {
            Some(_) => {
                let (settings, lost) = Settings::from_stored(stored.as_deref());
                crate::settings::say_lost(&lost);
                settings
            }
            None => Settings::default(),
        };
        let mut app = Self::with_settings(setup, settings);
        app.saved_settings = Some(app.settings.clone());
        let ctx = cc.egui_ctx.clone();
        app.watch_sessions(move || ctx.request_repaint());
        let ctx = cc.egui_ctx.clone();
        let repaint: crate::audio::output::Wake = Arc::new(move || ctx.request_repaint());
        if let Some(active) = &app.active {
            active.sitting.player.on_news(repaint.clone());
        }
        app.work.wake_with(repaint.clone());
        app.repaint = Some(repaint);
        app.apply_look(&cc.egui_ctx);
        app.install_fonts(&cc.egui_ctx);
        app
    }

    /// Finds fonts for every script as text needs them: the carried ones,
    /// then the system's; and notes the scripts none has.
    pub fn install_fonts(&mut self, ctx: &egui::Context) {
        self.missing_fonts = Some(super::fonts::install(ctx));
    }

    /// The app without a window's storage (tests build it this way too).
    pub fn with_settings(setup: AppSetup, settings: Settings) -> Self {
        // What is said before the first frame (a session or a shared sit
        // opened at start) is said in the chosen language too.
        let locale_before = crate::i18n::locale();
        crate::i18n::use_locale(settings.locale());
        let clock: Arc<dyn Clock + Sync> = match &setup.audio {
            AudioChoice::Manual(clock) => clock.clone(),
            AudioChoice::Device => Arc::new(SystemClock::new()),
        };
        let timer = super::timer::TimerForm::new(&settings);
        let mut practice = PracticeState::open(&setup.data, setup.wall);
        practice.set_programs(setup.library.programs().cloned().collect());
        let practice_form = PracticeForm::new(practice.now());
        let welcome = WelcomeChoices::new(&settings, &practice.rules);
        // A session or shared sit asked for at start comes first; the
        // welcome waits for the next start.
        let screen = if settings.welcome_done {
            Screen::Library
        } else {
            Screen::Welcome(WelcomeStep::WhatItIs)
        };
        let mut app = Self {
            data: setup.data,
            library: setup.library,
            audio: setup.audio,
            clock,
            screen,
            settings,
            library_form: Default::default(),
            chosen_minutes: Default::default(),
            active: None,
            missing_fonts: None,
            draining: None,
            ending: None,
            timer,
            show_help: false,
            saved_settings: None,
            watch: None,
            authoring_note: None,
            preview_step: 0,
            export: None,
            synthesizer: setup.synthesizer,
            voice: None,
            voice_note: None,
            listening: None,
            cohort: Default::default(),
            cohort_form: Default::default(),
            work: Default::default(),
            invitation: None,
            pause_bells: Default::default(),
            pause_offer: None,
            clock_note: None,
            sit_together: Default::default(),
            open_file: super::system_open::system_opener(),
            autostart: None,
            autostart_note: None,
            requests: None,
            window_start: Default::default(),
            desk: None,
            repaint: None,
            practice,
            practice_form,
            welcome,
        };
        app.refresh_cohort();
        if let Some(invitation) = setup.invitation {
            app.open_invitation(invitation);
        }
        if let Some((session, length)) = setup.start_with {
            app.start(session, length);
        }
        // A session file's problems are worded as it is read: read the
        // library again if it was read in another language.
        if locale_before != crate::i18n::locale() {
            app.reload_library();
        }
        app
    }

    pub fn apply_look(&self, ctx: &egui::Context) {
        ctx.set_visuals_of(egui::Theme::Light, super::visuals(egui::Theme::Light));
        ctx.set_visuals_of(egui::Theme::Dark, super::visuals(egui::Theme::Dark));
        ctx.set_theme(super::design::theme_preference(self.settings.theme));
        ctx.set_zoom_factor(self.settings.text_scale.clamp(0.75, 2.0));
        let reduced_motion = self.settings.reduced_motion;
        ctx.all_styles_mut(|style| {
            super::design::apply_sizes(style);
            style.animation_time = if reduced_motion { 0.0 } else { 0.083 };
        });
    }

    /// Keeps what was chosen on a welcome screen and moves on: to the next
    /// screen, or to the library once the welcome is done or skipped.
    pub fn apply_welcome(&mut self, action: WelcomeAction) {
        let choices = self.welcome;
        let next = match action {
            WelcomeAction::Skip => None,
            WelcomeAction::Continue(step) => {
                match step {
                    // The note on what the practice is not was on this screen.
                    WelcomeStep::WhatItIs => self.settings.care_note_read = true,
                    WelcomeStep::PracticeDay => {
                        let rules = crate::practice::PracticeRules {
                            day_start_hour: choices.day_start_hour,
                            show_streaks: choices.show_streaks,
                            ..self.practice.rules
                        };
                        if rules != self.practice.rules {
                            self.practice.set_rules(rules);
                        }
                    }
                    WelcomeStep::Desk => {
                        self.settings.pause.enabled = choices.pause_bells;
                        // Without a synthesizer the question could not be
                        // answered: it is asked again once one is there.
                        if self.synthesizer.is_some() {
                            self.settings.speak_guidance = choices.speak_guidance;
                            self.settings.speech_offered = true;
                        }
                    }
                }
                step.next()
            }
        };
        match next {
            Some(step) => self.screen = Screen::Welcome(step),
            None => {
                self.settings.welcome_done = true;
                self.screen = Screen::Library;
            }
        }
    }

    /// Starts a session in the player.
    pub fn start(&mut self, session: Session, length: Option<Duration>) {
        self.start_with(session, length, None);
    }

    /// Previews a session for its author: at `speed` (1, 10 or 60) from
    /// step `from_step`, without waiting for the settling countdown, and
    /// without logging it.
    pub fn preview(&mut self, session: Session, length: Option<Duration>, speed: u32, from_step: usize) {
        let speed = speed.clamp(1, 60);
        self.start_with(
            session,
            length,
            Some(Preview {
                speed,
                length,
                ..Default::default()
            }),
        );
        self.command(Command::Skip);
        for _ in 0..from_step {
            self.command(Command::Skip);
        }
        self.tick();
        if let Some(active) = self.active.as_mut()
            && let Some(preview) = active.preview.as_mut()
        {
            preview.last_position = active.sitting.status.position;
        }
    }

    fn start_with(&mut self, session: Session, length: Option<Duration>, preview: Option<Preview>) {
        self.draining = None;
        let fast = preview.as_ref().filter(|p| p.speed > 1).map(|p| p.speed);
        let (player, sample_rate, missing) = match (&self.audio, fast) {
            (_, Some(factor)) => {
                let (engine, missing) = Engine::new(session.clone(), length, SESSION_RATE);
                let clock = Arc::new(FastClock {
                    base: self.clock.clone(),
                    origin: self.clock.now(),
                    factor,
                });
                (LivePlayer::manual(engine, clock), SESSION_RATE, missing)
            }
            (AudioChoice::Manual(clock), None) => {
                let (engine, missing) = Engine::new(session.clone(), length, SESSION_RATE);
                (LivePlayer::manual(engine, clock.clone()), SESSION_RATE, missing)
            }
            (AudioChoice::Device, None) => {
                let (engine, missing) = Engine::new(session.clone(), length, SESSION_RATE);
                let player = LivePlayer::start(engine);
                if let Some(wake) = &self.repaint {
                    player.on_news(wake.clone());
                }
                (player, SESSION_RATE, missing)
            }
        };
        // Heard at 1x only; a fast preview is silent.
        let audible = fast.is_none();
        let guided =
            session.domain != crate::session::Domain::Timer && session.steps.iter().any(|s| !s.cues.is_empty());
        let offering_speech = audible
            && guided
            && preview.is_none()
            && self.synthesizer.is_some()
            && !self.settings.speech_offered
            && !self.settings.speak_guidance;
        {
            let mut engine = lock(player.engine());
            engine.command(Command::SetVolumes(self.settings.volumes));
            if audible && self.settings.speak_guidance {
                self.attach_speech(&mut engine);
            }
            if !offering_speech {
                engine.command(Command::Start);
            }
        }
        let mut notices: Vec<String> = missing
            .iter()
            .map(|gap| crate::t!("player-left-out", what = gap.what.as_str(), reason = gap.error.as_str()))
            .collect();
        // A preview is not logged.
        let record = preview.is_none().then(|| (&self.data, self.practice.now()));
        let (sitting, problem) = Sitting::begin(session, length, player, sample_rate, record);
        notices.extend(problem);
        self.active = Some(ActiveSession {
            sitting,
            notices,
            form: Default::default(),
            preview,
            offering_speech,
            cue_shown: None,
            spoken: audible && self.settings.speak_guidance && self.synthesizer.is_some(),
        });
        self.screen = Screen::Player;
    }

    /// Lets `engine` speak its session's guidance, in the voice and pace of
    /// the settings.
    fn attach_speech(&self, engine: &mut Engine) {
        let Some(synthesizer) = self.synthesizer.clone() else {
            return;
        };
        let rate = engine.sample_rate();
        let voicer = Voicer::new(
            synthesizer,
            self.settings.speech.clone(),
            engine.playback().session(),
            &self.data,
            rate,
        );
        let cues = Voicer::cues_of(engine.playback().timeline());
        engine.speak(SpeechFeed::start(voicer, cues));
    }

    /// The answer to "read the guidance aloud?", kept for every session
    /// after; then the session begins.
    pub fn answer_speech_offer(&mut self, read_aloud: bool) {
        self.settings.speech_offered = true;
        self.settings.speak_guidance = read_aloud;
        let Some(active) = self.active.as_mut() else { return };
        active.offering_speech = false;
        active.spoken = read_aloud && self.synthesizer.is_some();
        let engine = active.sitting.player.engine().clone();
        let mut engine = lock(&engine);
        if read_aloud {
            self.attach_speech(&mut engine);
        }
        engine.command(Command::Start);
    }

    /// Sends a command to the playing session.
    pub fn command(&mut self, command: Command) {
        if let Some(active) = &self.active {
            lock(active.sitting.player.engine()).command(command);
        }
    }

    /// Moves the playing session on, and leaves for the end screen when it
    /// is over. Called every frame, visible or not.
    pub fn tick(&mut self) {
        let now = self.clock.now();
        if let Some(player) = self.draining.as_mut() {
            player.poll();
            if player.is_finished() {
                self.draining = None;
            }
        }
        let Some(active) = self.active.as_mut() else { return };
        let look = active.sitting.look();
        for notice in look.notices {
            active.notices.push(match notice {
                Notice::NoDevice(_) => crate::t!("player-no-device"),
                Notice::DeviceLost(_) => crate::t!("player-device-lost"),
                Notice::DeviceBack => crate::t!("player-device-back"),
            });
        }
        let status = active.sitting.status;
        let done = look.done;
        if let Some(preview) = active.preview.as_mut() {
            let engine = lock(active.sitting.player.engine());
            let timeline = engine.playback().timeline();
            for event in timeline
                .events
                .iter()
                .filter(|e| e.at_frame >= preview.last_position && e.at_frame < status.position)
                .filter(|e| e.action.kind() == "bell")
            {
                let at = crate::timeline::clock_text(millis(event.at_frame, active.sitting.sample_rate));
                preview.bells.push(format!("{at} {}", event.label));
            }
            preview.last_position = status.position;
        }
        // Spoken guidance that stopped: said once; the text goes on.
        if let Some(why) = look.speech_failure {
            active.notices.push(crate::t!("player-speech-stopped", reason = why));
        }
        // The cue on screen, and when it came.
        if active.cue_shown.map(|(cue, _)| cue) != status.cue {
            active.cue_shown = status.cue.map(|cue| (cue, now));
        }
        if done {
            self.finish();
        }
    }

    fn finish(&mut self) {
        let Some(active) = self.active.take() else { return };
        if active.preview.is_some() {
            self.screen = Screen::Session(active.sitting.session.id.as_str().to_owned());
            self.draining = Some(active.sitting.player);
            return;
        }
        let title = active.sitting.session.title.clone();
        let reflection = active.sitting.session.ending.reflection.clone();
        let ended = active.sitting.end(&mut self.practice.writer);
        self.practice.reload();
        if self.cohort.membership.is_some() {
            self.refresh_cohort();
        }
        self.ending = Some(Ending {
            title,
            completed: ended.completed,
            practised: ended.practised,
            reflection,
            note: String::new(),
            feeling_before: None,
            feeling_after: None,
            entry_id: ended.entry.map(|entry| entry.id),
        });
        self.screen = Screen::End;
        self.draining = Some(ended.player);
    }

    /// Writes `session` as a WAV file in the exports folder, on another
    /// thread; `wake` is called when it is done.
    pub fn export_wav(&mut self, session: Session, length: Option<Duration>, wake: impl FnOnce() + Send + 'static) {
        let folder = self.data.exports();
        let id = session.id.as_str().to_owned();
        let mut path = folder.join(format!("{id}.wav"));
        let mut n = 2;
        while path.exists() {
            path = folder.join(format!("{id}-{n}.wav"));
            n += 1;
        }
        let (send, done) = std::sync::mpsc::channel();
        let target = path.clone();
        // The render says what went wrong on its own thread; in the
        // window's language, not the environment's.
        let locale = crate::i18n::locale();
        std::thread::spawn(move || {
            crate::i18n::use_locale(locale);
            let result = std::fs::create_dir_all(&folder)
                .map_err(|e| e.to_string())
                .and_then(|()| {
                    crate::audio::render::render_wav(&session, length, crate::audio::render::RENDER_RATE, None, &target)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                });
            let _ = send.send(result);
            wake();
        });
        self.export = Some(Export {
            session_id: id,
            path,
            done,
            outcome: None,
        });
    }

    /// Opens a shared sit: waits for its first bell, or joins where the
    /// others are when opened late.
    pub fn open_invitation(&mut self, invitation: crate::cohort::Invitation) {
        // In the practitioner's language: its versions keep the same steps
        // and lengths, so the bells still ring with everyone else's.
        let wanted = crate::i18n::locale().language.tag();
        let Some(session) = self.library.session_in(&invitation.session, wanted).cloned() else {
            self.screen = Screen::Library;
            return;
        };
        self.invitation = Some((invitation, session));
        // Asking the system can take seconds: the note comes when it answers.
        self.clock_note = None;
        self.work
            .run("clock", || Done::ClockSynchronized(crate::cohort::clock_synchronized()));
        self.keep_invitation();
    }

    /// Starts the shared sit once its first bell is due.
    fn keep_invitation(&mut self) {
        let Some((invitation, session)) = self.invitation.clone() else {
            return;
        };
        let now = self.practice.now();
        match invitation.timing(now.with_timezone(&chrono::Utc), invitation.sit_length(&session)) {
            crate::cohort::Timing::Wait { .. } => self.screen = Screen::Waiting,
            crate::cohort::Timing::Join { late, .. } => {
                self.invitation = None;
                self.start(session, invitation.length);
                self.command(Command::Seek(Duration::from_millis(late.as_millis() as u64)));
                self.tick();
            }
            crate::cohort::Timing::Over { ended } => {
                // Said where invitations are opened.
                self.invitation = None;
                self.cohort.code_problem = Some(invitation.over_message(ended.with_timezone(now.offset())));
                self.screen = Screen::Cohort;
            }
        }
    }

    /// Rings a pause bell when one is due (never during a session), and
    /// wakes the app for the next.
    fn keep_pause_bells(&mut self, ctx: &egui::Context) {
        let now = self.practice.now();
        let offer = self.pause_bells.due(&self.settings.pause, now);
        if let Some(offer) = offer
            && self.active.is_none()
            && self.invitation.is_none()
        {
            self.pause_offer = Some(offer);
            // Offered as the desktop's notification where there is a
            // service for it. Otherwise in the window: one behind others,
            // or minimized, is marked in the task bar; it does not take
            // the focus.
            if !self.offer_by_notification() {
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                    egui::UserAttentionType::Informational,
                ));
            }
            if matches!(self.audio, AudioChoice::Device) {
                crate::desk::ring_pause_bell_apart(self.settings.volumes, drop);
            }
        }
        if let Some(wait) = self.pause_bells.wait(now) {
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(50));
        }
    }

    /// The pause was accepted: start it.
    pub fn take_pause(&mut self) {
        self.pause_offer = None;
        let wanted = crate::i18n::locale().language.tag();
        let session = self.library.session_in(crate::pause::PAUSE_SESSION, wanted).cloned();
        if let Some(session) = session {
            self.start(session, None);
        }
    }

    /// Answers a second start: the window comes forward, with the pause
    /// when it was asked for (a session already playing goes on).
    pub fn answer_requests(&mut self, ctx: &egui::Context) {
        let Some(requests) = self.requests.as_ref() else { return };
        for request in requests.take() {
            if request == crate::instance::Request::Pause && self.active.is_none() && self.invitation.is_none() {
                self.take_pause();
            }
            super::window::bring_forward(ctx);
        }
    }

    /// Reads the user's session folder again, beside the bundled program.
    pub fn reload_library(&mut self) {
        let library = crate::bundled::library(Some(&self.data.sessions()), &crate::audio::FileProbe);
        self.use_library(library);
    }

    /// Reads the library again off the frame, in the window's language;
    /// the library shown stays until it is read.
    fn read_library_again(&mut self) {
        let folder = self.data.sessions();
        let locale = crate::i18n::locale();
        self.work.run("library", move || {
            Done::Library(crate::bundled::library(Some(&folder), &crate::audio::FileProbe), locale)
        });
    }

    fn use_library(&mut self, library: Library) {
        self.library = library;
        self.practice.set_programs(self.library.programs().cloned().collect());
    }

    /// Applies what work done off the frame found.
    fn apply_done(&mut self, done: Done) {
        match done {
            Done::Cohort(read) => self.cohort_read(read),
            Done::ClockSynchronized(synchronized) => {
                self.clock_note = (synchronized == Some(false)).then(|| crate::t!("app-clock-not-synchronized"));
            }
            // A library read in a language since left is read again.
            Done::Library(library, locale) if locale == crate::i18n::locale() => self.use_library(library),
            Done::Library(..) => {}
        }
    }

    /// Waits for the work under way off the frame and applies what it
    /// found, as the next frames would: for tests, which drive frames
    /// themselves, and for the window's last frame.
    pub fn settle(&mut self) {
        for done in self.work.wait(std::time::Duration::from_secs(30)) {
            self.apply_done(done);
        }
    }

    /// Whether work is under way off the frame.
    pub fn is_working(&self) -> bool {
        self.work.is_busy()
    }

    /// Starts watching the user's session folder; `wake` is called on each
    /// change (the window asks for a redraw).
    pub fn watch_sessions(&mut self, wake: impl Fn() + Send + 'static) {
        self.watch = Some(super::watch::FolderWatch::start(&self.data.sessions(), wake));
    }

    /// Keeps the note and feelings given on the end screen with the
    /// session's entry, when any were given.
    pub fn save_reflection(&mut self) {
        let Some(ending) = self.ending.take() else { return };
        let note = ending.note.trim();
        if let Some(id) = ending.entry_id
            && (!note.is_empty() || ending.feeling_before.is_some() || ending.feeling_after.is_some())
        {
            self.practice.write(vec![Record::Edit {
                id,
                note: (!note.is_empty()).then(|| note.to_owned()),
                feeling_before: ending.feeling_before,
                feeling_after: ending.feeling_after,
            }]);
        }
    }
}

impl eframe::App for StillpointApp {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        // Checked on every frame: cheap when unchanged, so the window's
        // thread always speaks the language chosen in Settings. A session
        // file's problems are worded as it is read, so the library is read
        // again in the new language.
        let locale = self.settings.locale();
        if crate::i18n::locale() != locale {
            crate::i18n::use_locale(locale);
            self.read_library_again();
            // Weeks may begin on another day, and warnings are worded anew.
            if self.cohort.membership.is_some() {
                self.refresh_cohort();
            }
        }
        for done in self.work.take() {
            self.apply_done(done);
        }
        self.window_start.steer(ctx);
        self.answer_requests(ctx);
        self.tick();
        if let Some(export) = self.export.as_mut() {
            export.poll();
        }
        if self
            .voice
            .as_ref()
            .is_some_and(|v| matches!(v.state, super::voice_view::VoiceState::Recording { .. }))
        {
            // The recording's clock on screen.
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        if self.invitation.is_some() {
            self.keep_invitation();
            if let Some((invitation, session)) = &self.invitation
                && let crate::cohort::Timing::Wait { left, .. } = invitation.timing(
                    self.practice.now().with_timezone(&chrono::Utc),
                    invitation.sit_length(session),
                )
            {
                // The countdown shows seconds.
                ctx.request_repaint_after(left.min(std::time::Duration::from_secs(1)));
            }
        }
        self.keep_pause_bells(ctx);
        self.keep_desk(ctx);
        let now = self.clock.now();
        if self.watch.as_mut().is_some_and(|watch| watch.poll(now)) {
            self.read_library_again();
        }
        if self.watch.as_ref().is_some_and(super::watch::FolderWatch::pending) {
            ctx.request_repaint_after(super::watch::QUIET);
        }
        // Settings are kept as soon as they change (not only on a clean
        // exit), once a slider is let go.
        if self.saved_settings.as_ref() != Some(&self.settings)
            && !ctx.input(|i| i.pointer.any_down())
            && let Some(storage) = frame.storage_mut()
        {
            eframe::set_value(storage, SETTINGS_KEY, &self.settings);
            storage.flush();
            self.saved_settings = Some(self.settings.clone());
        }
        self.practice.keep_current();
        if self.practice.writer.problem().is_some() {
            // Entries wait for the disk: try again now and then.
            ctx.request_repaint_after(std::time::Duration::from_secs(30));
        }
        self.handle_keys(ctx);
        if self.draining.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        if let Some(active) = &self.active {
            // Only when something on screen changes by itself: the time
            // shown (each minute, or each second if asked for), the next
            // step, the end. Sound and timing do not wait for the screen.
            let seconds = self.settings.show_seconds || active.preview.is_some();
            let wait = {
                let engine = lock(active.sitting.player.engine());
                super::player_view::next_change(
                    &active.sitting.status,
                    engine.playback().timeline(),
                    active.sitting.sample_rate,
                    seconds,
                )
            }
            .unwrap_or(std::time::Duration::from_secs(60));
            // A fast preview moves on many times a second.
            let wait = match active.preview.as_ref().map_or(1, |p| p.speed) {
                1 => wait,
                speed => wait.min(std::time::Duration::from_millis(4000 / u64::from(speed))),
            };
            ctx.request_repaint_after(wait + std::time::Duration::from_millis(20));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The window, as a screen reader names it among the others.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label("Stillpoint"));
        match self.screen.clone() {
            Screen::Library => self.library_ui(ui),
            Screen::Session(id) => self.session_ui(ui, &id),
            Screen::Player => self.player_ui(ui),
            Screen::End => self.end_ui(ui),
            Screen::Timer => self.timer_ui(ui),
            Screen::Settings => self.settings_ui(ui),
            Screen::About => {
                if super::about_view::about_ui(ui) == Some(super::about_view::AboutAction::Back) {
                    self.screen = Screen::Library;
                }
            }
            Screen::Practice => self.practice_ui(ui),
            Screen::Authoring => self.authoring_ui(ui),
            Screen::Program(id) => self.program_ui(ui, &id),
            Screen::Cohort => {
                if let Some(action) = super::cohort_view::cohort_ui(ui, &self.cohort, &mut self.cohort_form) {
                    self.apply_cohort(action);
                }
            }
            Screen::Waiting => self.waiting_ui(ui),
            Screen::Welcome(step) => {
                let can_speak = self.synthesizer.is_some();
                let schedule = self.settings.pause;
                let action = super::welcome_view::welcome_ui(ui, step, &mut self.welcome, &schedule, can_speak);
                if let Some(action) = action {
                    self.apply_welcome(action);
                }
            }
        }
        if self.show_help && super::player_view::shortcuts_ui(ui) {
            self.show_help = false;
        }
        if self.pause_offer.is_some() {
            self.pause_offer_ui(ui);
        }
        self.close_question_ui(ui);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        super::design::window_background(visuals).to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A cohort being read shares this machine's practice: let it finish.
        self.settle();
        // Closing the window ends a playing session; it is logged as ended
        // early, with the time practised until now.
        self.tick();
        self.finish();
        // A note written on the end screen is kept too.
        self.save_reflection();
    }
}

impl StillpointApp {
    /// The page of the session `id`: what it shows, given; what was asked
    /// for on it, done.
    fn session_ui(&mut self, ui: &mut egui::Ui, id: &str) {
        use super::session_page::{SessionPageForm, SessionPageView, default_minutes, session_page_ui};
        // In the practitioner's language where the session has a version in it.
        let wanted = crate::i18n::locale().language.tag();
        let Some(session) = self.library.session_in(id, wanted).cloned() else {
            self.screen = Screen::Library;
            return;
        };
        if let Some(minutes) = default_minutes(&session) {
            self.chosen_minutes.entry(id.to_owned()).or_insert(minutes);
        }
        let file = super::voice_view::session_file(&self.library, &session);
        let languages = self.library.languages_of(id);
        let view = SessionPageView {
            session: &session,
            languages: &languages,
            export: self.export.as_ref().filter(|e| e.session_id == id),
            voice: file.as_ref().map(|_| super::voice_view::VoiceView {
                recording: self.voice.as_ref(),
                note: self.voice_note.as_deref(),
                now: self.clock.now(),
            }),
        };
        let form = SessionPageForm {
            minutes: self.chosen_minutes.get_mut(id),
            preview_step: &mut self.preview_step,
            sit_together: &mut self.sit_together,
        };
        let Some(action) = session_page_ui(ui, &view, form) else {
            return;
        };
        self.apply_session_page(action, session, file.as_deref(), ui.ctx());
    }

    /// Does what was asked for on `session`'s page; `file` is its file in
    /// the user's folder, where there is one.
    fn apply_session_page(
        &mut self,
        action: super::session_page::SessionPageAction,
        session: Session,
        file: Option<&std::path::Path>,
        ctx: &egui::Context,
    ) {
        use super::session_page::SessionPageAction;
        use super::sit_together_view::SitTogetherAction;
        match action {
            SessionPageAction::Back => self.screen = Screen::Library,
            SessionPageAction::Start(length) => self.start(session, length),
            SessionPageAction::Preview {
                length,
                speed,
                from_step,
            } => self.preview(session, length, speed, from_step),
            SessionPageAction::SaveWav(length) => {
                let ctx = ctx.clone();
                self.export_wav(session, length, move || ctx.request_repaint());
            }
            SessionPageAction::OpenExports => {
                let _ = super::authoring_view::open_in_file_manager(&self.data.exports());
            }
            SessionPageAction::SitTogether(SitTogetherAction::Make, length) => self.make_invitation(&session, length),
            SessionPageAction::SitTogether(SitTogetherAction::AddToCalendar, _) => self.add_to_calendar(&session),
            SessionPageAction::Voice(action) => {
                if let Some(file) = file {
                    self.apply_voice(action, &session, file);
                }
            }
        }
    }

    /// The player's keys: Space, Esc, →, M, F and ?.
    fn handle_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let pressed = |key: egui::Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::SHIFT, egui::Key::Questionmark))
            || pressed(egui::Key::Questionmark)
        {
            self.show_help = !self.show_help;
        }
        if self.screen != Screen::Player {
            return;
        }
        if pressed(egui::Key::Space) {
            self.command(Command::TogglePause);
        }
        if pressed(egui::Key::ArrowRight) {
            self.command(Command::Skip);
        }
        if pressed(egui::Key::M) {
            self.settings.volumes.muted = !self.settings.volumes.muted;
            let volumes = self.settings.volumes;
            self.command(Command::SetVolumes(volumes));
        }
        if pressed(egui::Key::F)
            && let Some(active) = self.active.as_mut()
        {
            active.form.focus = !active.form.focus;
        }
        if pressed(egui::Key::Escape)
            && let Some(active) = self.active.as_mut()
        {
            active.form.confirm_end = true;
        }
    }
}
