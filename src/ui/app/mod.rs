//! The desktop app: the library, a session's page, the player and its end
//! screen, the quick timer and settings.

use std::sync::Arc;

use crate::audio::output::{Clock, LivePlayer, SystemClock, lock};
use crate::audio::speech::Synthesizer;
use crate::paths::DataDir;
use crate::practice::{Feeling, WallClock};
use crate::session::{Duration, Library, Session};
use crate::sitting::Sitting;

mod actions;
mod cohort;
mod desk;
mod keys;
mod session;
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
    /// What is typed to link this computer, in Settings.
    pub computers_form: super::settings_view::ComputersForm,
    /// What came of the last link or unlink.
    pub computers_note: Option<String>,
    /// What this computer is called when no name is given.
    host_name: String,
    /// Work done off the frame, whose results come back as messages.
    work: work::Work,
    /// A shared sit not yet begun, with its session.
    pub invitation: Option<(crate::cohort::Invitation, Session)>,
    /// The mindful-pause bells: which is next.
    pub pause_bells: crate::pause::PauseBells,
    /// The desktop, asked off the frame when a bell comes due (its buses
    /// opened at the first); `None` where the app makes no sound of its
    /// own (tests).
    desktop: Option<Arc<std::sync::OnceLock<crate::desk::desktop::Desktop>>>,
    /// Why the last bell due was held; empty when it rang.
    pub bell_held_by: Vec<crate::desk::hold::HoldReason>,
    /// The bell held, while it is.
    pub held_bell: Option<crate::desk::hold::HeldBell>,
    /// A bell offered in the window wants the task bar's attention.
    bell_wants_attention: bool,
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
        let desktop = matches!(setup.audio, AudioChoice::Device).then(|| Arc::new(std::sync::OnceLock::new()));
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
            computers_form: Default::default(),
            computers_note: None,
            host_name: crate::practice::devices::host_name(),
            work: Default::default(),
            invitation: None,
            pause_bells: Default::default(),
            desktop,
            bell_held_by: Vec::new(),
            held_bell: None,
            bell_wants_attention: false,
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
            Done::BellDue(offer, state) => self.bell_due(offer, state),
            Done::HoldChecked(state) => {
                self.hold_checked(state);
            }
            Done::Report(made) => {
                use super::practice_view::ReportStatus;
                self.practice_form.report.status = Some(match made {
                    Ok(path) => ReportStatus::Written(path),
                    Err(problem) => ReportStatus::Failed(problem),
                });
            }
            Done::Listening(Ok(sound)) => self.listening = Some(sound),
            Done::Listening(Err(problem)) => {
                self.voice_note = Some(crate::t!("voice-cannot-play", reason = problem.to_string()));
            }
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

    /// Starts watching the user's session folder; `wake` is called on each
    /// change (the window asks for a redraw).
    pub fn watch_sessions(&mut self, wake: impl Fn() + Send + 'static) {
        self.watch = Some(super::watch::FolderWatch::start(&self.data.sessions(), wake));
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
