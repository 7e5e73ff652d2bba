//! A session in the window's player: started (or previewed by its author),
//! looked at each frame, ended and logged; its guidance read aloud when
//! asked for; and a session written to a WAV file.

use std::sync::Arc;

use crate::audio::output::{LivePlayer, Notice, SESSION_RATE, lock};
use crate::audio::speech::{SpeechFeed, Voicer};
use crate::audio::{Command, Engine};
use crate::practice::Record;
use crate::session::{Duration, Session};
use crate::sitting::Sitting;
use crate::timeline::millis;

use super::{ActiveSession, AudioChoice, Ending, Export, FastClock, Preview, Screen, StillpointApp};

impl StillpointApp {
    /// Starts a session in the player.
    pub fn start(&mut self, session: Session, length: Option<Duration>) {
        // The question of the module in progress: the call's, or the
        // journaling prompt of the day.
        let question = match session.practice {
            Some(crate::practice::Practice::Call) => self.practice.module_call_prompt(),
            _ => self.practice.module_prompt(),
        };
        let session = match question {
            Some(question) => session.with_module_question(&question),
            None => session,
        };
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

    pub(super) fn start_with(&mut self, session: Session, length: Option<Duration>, preview: Option<Preview>) {
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
    pub(super) fn attach_speech(&self, engine: &mut Engine) {
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

    pub(super) fn finish(&mut self) {
        let Some(active) = self.active.take() else { return };
        if active.preview.is_some() {
            self.screen = Screen::Session(active.sitting.session.id.as_str().to_owned());
            self.draining = Some(active.sitting.player);
            return;
        }
        let title = active.sitting.session.title.clone();
        // The module's journaling prompt after journaling, or where the
        // session asks none of its own.
        let session = &active.sitting.session;
        let reflection = match (session.practice, &session.ending.reflection) {
            (Some(crate::practice::Practice::Journaling), own) | (_, own @ None) => {
                self.practice.module_prompt().or_else(|| own.clone())
            }
            (_, own) => own.clone(),
        };
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

    /// Keeps the note and feelings given on the end screen with the
    /// session's entry, when any were given.
    pub fn save_reflection(&mut self) {
        let Some(ending) = self.ending.take() else { return };
        let note = ending.note.trim();
        if let Some(id) = ending.entry_id
            && (!note.is_empty() || ending.feeling_before.is_some() || ending.feeling_after.is_some())
        {
            let over = self.practice.loaded.note_clock(&id);
            self.practice.write(vec![Record::Edit {
                id,
                note: (!note.is_empty()).then(|| note.to_owned()),
                feeling_before: ending.feeling_before,
                feeling_after: ending.feeling_after,
                prompt: ending.reflection.clone().filter(|_| !note.is_empty()),
                over,
            }]);
        }
    }
}
