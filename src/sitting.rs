//! A session on its way, from its first bell to its entry in the log: what
//! the window's player and the terminal's share. The sound's player keeps
//! the session's clock; a sitting looks at it, keeps the practice on disk
//! as it goes (so a crash loses nothing), and logs it when it ends.

use chrono::{DateTime, FixedOffset};

use crate::audio::Command;
use crate::audio::output::{LivePlayer, Notice, lock};
use crate::paths::DataDir;
use crate::practice::{Entry, HowEnded, PendingWriter, SessionRecorder};
use crate::session::{Duration, Session};
use crate::timeline::{Phase, Status, millis};

/// A session playing.
pub struct Sitting {
    pub session: Session,
    pub player: LivePlayer,
    pub sample_rate: u32,
    /// As at the last look.
    pub status: Status,
    /// Keeps the session on disk as it plays and logs it when it ends;
    /// `None` for a sitting that is not logged (an author's preview).
    recorder: Option<SessionRecorder>,
}

/// What a look at a sitting found.
#[derive(Debug, Default)]
pub struct Look {
    /// What the sound has to say, once each.
    pub notices: Vec<Notice>,
    /// Why spoken guidance stopped, once; the words go on.
    pub speech_failure: Option<String>,
    /// The session is over: ended, or run to its end.
    pub done: bool,
}

/// How a sitting ended.
pub struct Ending {
    pub completed: bool,
    pub practised: Duration,
    /// The entry logged, when the sitting was logged.
    pub entry: Option<Entry>,
    /// Why the entry waits to be written, when it does.
    pub problem: Option<String>,
    /// The player, whose last sound may still be on its way out.
    pub player: LivePlayer,
}

impl Sitting {
    /// Begins `session` (at `length`, for one whose length is chosen) on
    /// `player`, whose engine runs at `sample_rate`. With `record`, it is
    /// kept on disk in that data folder from `start` on, and logged when it
    /// ends; the second value says why it cannot be kept, when it cannot.
    pub fn begin(
        session: Session,
        length: Option<Duration>,
        player: LivePlayer,
        sample_rate: u32,
        record: Option<(&DataDir, DateTime<FixedOffset>)>,
    ) -> (Sitting, Option<String>) {
        let mut problem = None;
        let recorder = record.map(|(data, start)| {
            let planned = length
                .and_then(|l| session.clamp_length(l))
                .or(session.default_length());
            let (recorder, why) = SessionRecorder::begin(data, &session, planned, start);
            problem = why;
            recorder
        });
        let status = lock(player.engine()).status();
        let sitting = Sitting {
            session,
            player,
            sample_rate,
            status,
            recorder,
        };
        (sitting, problem)
    }

    /// Sends `command` to the session.
    pub fn command(&self, command: Command) {
        lock(self.player.engine()).command(command);
    }

    /// Looks at the session: what the sound says, where it is, whether it
    /// is over; and keeps the time practised on disk.
    pub fn look(&mut self) -> Look {
        let notices = self.player.poll();
        let (status, done, speech_failure) = {
            let mut engine = lock(self.player.engine());
            (engine.status(), engine.is_done(), engine.take_speech_failure())
        };
        self.status = status;
        let practised = self.practised();
        if let Some(recorder) = self.recorder.as_mut() {
            recorder.update(practised.as_millis() / 1000);
        }
        Look {
            notices,
            speech_failure,
            done,
        }
    }

    /// The time practised so far, as at the last look.
    pub fn practised(&self) -> Duration {
        Duration::from_millis(millis(self.status.practised, self.sample_rate))
    }

    /// Ends the sitting as it stands at the last look: run to its end, or
    /// ended early; logged through `writer` when it is recorded.
    pub fn end(self, writer: &mut PendingWriter) -> Ending {
        let completed = self.status.phase == Phase::Finished;
        let practised = self.practised();
        let ended = if completed {
            HowEnded::Completed
        } else {
            HowEnded::EndedEarly
        };
        let (entry, problem) = match self.recorder {
            Some(recorder) => {
                let (entry, problem) = recorder.finish(ended, practised.as_millis() / 1000, writer);
                (Some(entry), problem)
            }
            None => (None, None),
        };
        Ending {
            completed,
            practised,
            entry,
            problem,
            player: self.player,
        }
    }
}
