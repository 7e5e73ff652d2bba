//! The playback state machine: where a session is, driven only by the
//! number of frames the audio side has rendered. No clock inside.

use crate::session::{Duration, Length, Session, Volume};

use super::compile::{Timeline, frames};
use super::event::{Action, Event};

/// Where a session stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Loaded, not started.
    Ready,
    /// The quiet countdown before the first bell.
    Settling,
    /// Between the first bell and the end.
    Playing,
    /// It reached its end.
    Finished,
    /// The practitioner ended it before its end.
    EndedEarly,
}

/// A snapshot for the screen and the practice log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    pub phase: Phase,
    pub paused: bool,
    /// The step playing (0 before the first bell).
    pub step: usize,
    /// Frames left of the settling countdown.
    pub settle_left: u64,
    /// Frames since the first bell, on the session's timeline.
    pub position: u64,
    /// Frames until the end, when the end is known.
    pub remaining: Option<u64>,
    /// Frames actually practised: played, not paused, not skipped.
    pub practised: u64,
    /// The cue of guidance showing: the last one reached in this step, an
    /// index into [`Timeline::cues`].
    pub cue: Option<usize>,
}

/// After a jump (a skipped step), the state the audio side must take on
/// at once, since the cues in between were not played.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Jump {
    /// The ambient bed's level at the new position.
    pub ambient: Option<Volume>,
}

/// A session being played.
#[derive(Clone, Debug)]
pub struct Playback {
    session: Session,
    length: Option<Duration>,
    extensions: Vec<Duration>,
    timeline: Timeline,
    phase: Phase,
    paused: bool,
    settle_left: u64,
    position: u64,
    practised: u64,
    cue: Option<usize>,
}

impl Playback {
    pub fn new(session: Session, length: Option<Duration>, sample_rate: u32) -> Self {
        let timeline = Timeline::compile(&session, length, &[], sample_rate);
        let extensions = vec![Duration::ZERO; session.steps.len()];
        Self {
            settle_left: timeline.settle_frames,
            session,
            length,
            extensions,
            timeline,
            phase: Phase::Ready,
            paused: false,
            position: 0,
            practised: 0,
            cue: None,
        }
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn status(&self) -> Status {
        Status {
            phase: self.phase,
            paused: self.paused,
            step: self.timeline.step_at(self.position),
            settle_left: self.settle_left,
            position: self.position,
            remaining: self.timeline.end_frame.map(|end| end.saturating_sub(self.position)),
            practised: self.practised,
            cue: self.cue,
        }
    }

    fn running(&self) -> bool {
        matches!(self.phase, Phase::Settling | Phase::Playing)
    }

    /// Begins the settling countdown (or the session, without one).
    pub fn start(&mut self) {
        if self.phase == Phase::Ready {
            self.phase = if self.settle_left > 0 {
                Phase::Settling
            } else {
                Phase::Playing
            };
        }
    }

    /// Moves on by `frames` rendered frames. Returns the cues reached, each
    /// with its offset in frames from the start of this stretch, so the
    /// audio side can start each sound on its exact frame.
    pub fn advance(&mut self, frames: u64) -> Vec<(u64, Event)> {
        if self.paused || !self.running() {
            return Vec::new();
        }
        let mut offset = 0;
        if self.phase == Phase::Settling {
            let settled = frames.min(self.settle_left);
            self.settle_left -= settled;
            offset = settled;
            if self.settle_left > 0 {
                return Vec::new();
            }
            self.phase = Phase::Playing;
        }
        let span = frames - offset;
        let from = self.position;
        let mut to = from + span;
        if let Some(end) = self.timeline.end_frame {
            // The end cue itself falls inside the stretch.
            to = to.min(end + 1);
        }
        let cues: Vec<(u64, Event)> = self
            .timeline
            .events_between(from, to)
            .into_iter()
            .map(|e| (offset + e.at_frame - from, e))
            .collect();
        self.position = to;
        self.practised += to - from;
        for (_, event) in &cues {
            match event.action {
                Action::StepStart { .. } => self.cue = None,
                Action::Cue { cue, .. } => self.cue = Some(cue),
                _ => {}
            }
        }
        if cues.iter().any(|(_, e)| e.action == Action::End) {
            self.phase = Phase::Finished;
            if let Some(end) = self.timeline.end_frame {
                self.position = end;
                self.practised -= to - end;
            }
        }
        cues
    }

    pub fn pause(&mut self) {
        if self.running() {
            self.paused = true;
        }
    }

    pub fn resume(&mut self) {
        self.paused = false;
    }

    /// Goes to the start of the next step (or out of the settling
    /// countdown). From the last step of a session with an end, goes to its
    /// closing bell. Returns what the audio side must set at once.
    /// Moves to `target` frames after the first bell, as when joining a
    /// shared sit late: the settling countdown is over, the cues before
    /// `target` are not played. Past the end, the session ends.
    pub fn seek(&mut self, target: u64) -> Option<Jump> {
        if self.phase == Phase::Settling {
            self.settle_left = 0;
            self.phase = Phase::Playing;
        }
        if self.phase != Phase::Playing || target <= self.position {
            return None;
        }
        if self.timeline.end_frame.is_some_and(|end| target >= end) {
            self.end();
            return None;
        }
        let ambient = self.ambient_level_at(target);
        self.position = target;
        // What was showing at the target; a cue right on it comes with the
        // next stretch.
        self.cue = self
            .timeline
            .cue_at(target.saturating_sub(1))
            .filter(|_| self.timeline.step_at(target.saturating_sub(1)) == self.timeline.step_at(target));
        Some(Jump { ambient })
    }

    pub fn skip(&mut self) -> Option<Jump> {
        match self.phase {
            Phase::Settling => {
                self.settle_left = 0;
                self.phase = Phase::Playing;
                None
            }
            Phase::Playing => {
                let step = self.timeline.step_at(self.position);
                let target = match self.timeline.steps.get(step + 1) {
                    Some(next) => next.start,
                    None => match self.timeline.steps.get(step).and_then(|s| s.end) {
                        Some(end) if self.timeline.open_bells.is_none() => end,
                        // The last, open step: skipping it ends the session.
                        _ => {
                            self.end();
                            return None;
                        }
                    },
                };
                if target <= self.position {
                    return None;
                }
                let ambient = self.ambient_level_at(target);
                self.position = target;
                self.cue = None;
                Some(Jump { ambient })
            }
            _ => None,
        }
    }

    /// The ambient level a listener would hear at `frame` had nothing been
    /// skipped: the target of the last fade begun by then.
    fn ambient_level_at(&self, frame: u64) -> Option<Volume> {
        self.timeline.ambient.as_ref()?;
        self.timeline
            .events
            .iter()
            .take_while(|e| e.at_frame < frame)
            .fold(None, |level, e| match e.action {
                Action::AmbientFade { to, .. } => Some(to),
                _ => level,
            })
    }

    /// Lengthens the current step by `by` ("one more minute"); what follows
    /// moves later. The open step of an open-ended session needs none.
    pub fn extend(&mut self, by: Duration) {
        if self.phase != Phase::Playing || self.timeline.end_frame.is_none() {
            return;
        }
        let step = self.timeline.step_at(self.position);
        if let Some(extension) = self.extensions.get_mut(step) {
            *extension = extension.saturating_add(by);
        }
        self.timeline = Timeline::compile(&self.session, self.length, &self.extensions, self.timeline.sample_rate);
    }

    /// The practitioner ends the session. An open-ended session closes with
    /// its closing bell and is finished when that has rung out; any other
    /// ends early, at once.
    pub fn end(&mut self) {
        match self.phase {
            Phase::Playing if self.session.length == Length::OpenEnded && self.timeline.end_frame.is_none() => {
                let frame = self.position.max(self.timeline.steps.last().map_or(0, |s| s.start));
                self.timeline.close_at(frame);
            }
            Phase::Ready | Phase::Settling | Phase::Playing => {
                self.phase = Phase::EndedEarly;
                self.paused = false;
            }
            Phase::Finished | Phase::EndedEarly => {}
        }
    }

    /// Ends a running session as completed where it stands, with the time
    /// practised so far: its time ran out while the computer slept.
    pub fn complete(&mut self) {
        if self.running() {
            self.phase = Phase::Finished;
            self.paused = false;
        }
    }

    /// Converts a duration to frames at this playback's rate.
    pub fn frames(&self, duration: Duration) -> u64 {
        frames(duration, self.timeline.sample_rate)
    }
}
