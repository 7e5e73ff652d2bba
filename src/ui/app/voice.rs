//! An author's takes of a step's guidance, as the app keeps them: recorded,
//! heard back, kept beside the session file.

use std::path::Path;

use crate::audio::output::Sound;
use crate::audio::recording::Recorder;
use crate::session::Session;

use super::StillpointApp;
use super::work::Done;
use crate::ui::voice_view::{VoiceAction, VoiceRecording, VoiceState, keep_take};

impl StillpointApp {
    /// Does what was asked for in the recording section of `session`'s
    /// page; `file` is the session's file, which a kept take is named in.
    pub fn apply_voice(&mut self, action: VoiceAction, session: &Session, file: &Path) {
        match action {
            VoiceAction::Record(step) => {
                self.voice = None;
                match Recorder::start() {
                    Ok(recorder) => {
                        self.voice_note = None;
                        self.voice = Some(VoiceRecording {
                            session_id: session.id.as_str().to_owned(),
                            step,
                            state: VoiceState::Recording {
                                recorder,
                                since: self.clock.now(),
                            },
                        });
                    }
                    Err(problem) => self.voice_note = Some(problem.to_string()),
                }
            }
            VoiceAction::Stop => {
                if let Some(voice) = self.voice.take()
                    && let VoiceState::Recording { recorder, .. } = voice.state
                {
                    match recorder.stop() {
                        Ok(take) => {
                            self.voice = Some(VoiceRecording {
                                state: VoiceState::Ready(take),
                                ..voice
                            });
                        }
                        Err(problem) => self.voice_note = Some(problem.to_string()),
                    }
                }
            }
            VoiceAction::Listen => {
                if let Some(VoiceRecording {
                    state: VoiceState::Ready(take),
                    ..
                }) = &self.voice
                {
                    // Opening the sound can wait on a server: off the frame.
                    let kept = take.trimmed().normalized();
                    self.work
                        .run("listen", move || Done::Listening(Sound::play(kept.samples, kept.rate)));
                }
            }
            VoiceAction::Keep(step) => {
                if let Some(VoiceRecording {
                    state: VoiceState::Ready(take),
                    ..
                }) = &self.voice
                {
                    match keep_take(file, session, step, take) {
                        Ok(note) => {
                            self.voice = None;
                            self.voice_note = Some(note);
                            self.reload_library();
                        }
                        Err(problem) => self.voice_note = Some(problem.to_string()),
                    }
                }
            }
        }
    }
}
