//! Compiles a checked session and a chosen length into timed events.

use crate::session::{Ambient, Bell, BellSound, Duration, IntervalRule, Session, Volume};

use super::event::{Action, Event, TimedCue};

/// How long the session goes on after the last strike of the closing bell,
/// so the bell can ring out before the end.
pub const RING_OUT: Duration = Duration::from_secs(8);

/// How far ahead events of an open-ended step are listed when no end is
/// known yet (for `stillpoint timeline`).
pub const OPEN_HORIZON: Duration = Duration::from_mins(60);

/// Converts a duration to frames at `sample_rate`, rounding down.
pub fn frames(duration: Duration, sample_rate: u32) -> u64 {
    (u128::from(duration.as_millis()) * u128::from(sample_rate) / 1000) as u64
}

/// A time for people: `m:ss`, or `h:mm:ss` from an hour on.
pub fn clock_text(ms: u64) -> String {
    let secs = ms / 1000;
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

/// Converts frames back to whole milliseconds, rounding down.
pub fn millis(frames: u64, sample_rate: u32) -> u64 {
    (u128::from(frames) * 1000 / u128::from(sample_rate.max(1))) as u64
}

/// Where one step lies in the session, in frames.
#[derive(Clone, Debug, PartialEq)]
pub struct StepSpan {
    pub start: u64,
    /// `None` for the fill step of an open-ended session, until it is ended.
    pub end: Option<u64>,
}

/// Interval bells of an open-ended step, generated as the session goes.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenBells {
    pub step: usize,
    pub start: u64,
    pub every: u64,
    pub bell: usize,
}

/// A session laid out in audio frames: every cue at its frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub sample_rate: u32,
    /// The quiet countdown before the first bell (not part of `events`).
    pub settle_frames: u64,
    pub steps: Vec<StepSpan>,
    /// Every cue of the session, ordered by frame. For an open-ended
    /// session these stop where the open step starts (see `open_bells`).
    pub events: Vec<Event>,
    /// The frame of the `End` cue; `None` while an open-ended session runs.
    pub end_frame: Option<u64>,
    /// The bells the events refer to by index.
    pub bells: Vec<Bell>,
    pub ambient: Option<Ambient>,
    pub open_bells: Option<OpenBells>,
    /// The closing bell (index into `bells`), if the session has one.
    pub closing_bell: Option<usize>,
    /// Every cue of every step, in order; `Action::Cue` events refer to
    /// them by index. A cue that does not come at this length has no event.
    pub cues: Vec<TimedCue>,
}

impl Timeline {
    /// Lays out `session` for a total of `length` (for a flexible session;
    /// other sessions ignore it), with `extensions[i]` added to step `i`
    /// (the practitioner's "one more minute").
    pub fn compile(session: &Session, length: Option<Duration>, extensions: &[Duration], sample_rate: u32) -> Self {
        let total = length
            .and_then(|l| session.clamp_length(l))
            .or(session.default_length())
            .unwrap_or(Duration::ZERO);
        let mut builder = Builder {
            sample_rate,
            events: Vec::new(),
            bells: Vec::new(),
        };
        if let Some(ambient) = &session.ambient {
            builder.push(
                0,
                Action::AmbientFade {
                    to: ambient.volume,
                    over_frames: frames(ambient.fade_in, sample_rate),
                },
                crate::t!("errors-timeline-fades-in", sound = ambient_label(ambient)),
            );
        }
        let mut steps = Vec::new();
        let mut cues = Vec::new();
        let mut open_bells = None;
        let mut at = 0u64;
        for (index, (step, step_length)) in session.steps.iter().zip(session.step_lengths(total)).enumerate() {
            let extra = extensions.get(index).copied().unwrap_or(Duration::ZERO);
            let step_duration = step_length.map(|l| l.saturating_add(extra));
            let length = step_duration.map(|d| frames(d, sample_rate));
            let start = at;
            builder.push(start, Action::StepStart { step: index }, step.title.clone());
            for (cue, offset) in step.cues.iter().zip(step.cue_offsets(step_duration)) {
                let number = cues.len();
                cues.push(TimedCue {
                    step: index,
                    text: cue.text.clone(),
                    synthesized: cue.voice.is_none() && step.voice.is_none(),
                });
                let Some(offset) = offset else { continue };
                let cue_at = start + frames(Duration::from_millis(offset), sample_rate);
                builder.push(
                    cue_at,
                    Action::Cue {
                        step: index,
                        cue: number,
                    },
                    cue.text.clone(),
                );
                if let Some(voice) = &cue.voice {
                    builder.push(
                        cue_at,
                        Action::Voice {
                            step: index,
                            file: voice.clone(),
                        },
                        voice.written.clone(),
                    );
                }
            }
            for fade in &step.fades {
                builder.push(
                    start + frames(fade.at, sample_rate),
                    Action::AmbientFade {
                        to: fade.to,
                        over_frames: frames(fade.over, sample_rate),
                    },
                    crate::t!(
                        "errors-timeline-fade-to",
                        percent = format!("{:.0}", fade.to.get() * 100.0)
                    ),
                );
            }
            if let Some(voice) = &step.voice {
                builder.push(
                    start,
                    Action::Voice {
                        step: index,
                        file: voice.clone(),
                    },
                    voice.written.clone(),
                );
            }
            if let Some(bell) = &step.start_bell {
                builder.bell(start, bell);
            }
            if let Some(intervals) = &step.intervals {
                let bell = builder.bell_index(&intervals.bell);
                match length {
                    Some(length) => {
                        for offset in interval_offsets(&intervals.rule, length, sample_rate) {
                            builder.strikes(start + offset, bell, &intervals.bell);
                        }
                    }
                    None => {
                        if let IntervalRule::Every(every) = intervals.rule {
                            open_bells = Some(OpenBells {
                                step: index,
                                start,
                                every: frames(every, sample_rate),
                                bell,
                            });
                        }
                    }
                }
            }
            match length {
                Some(length) => {
                    at = start + length;
                    if let Some(bell) = &step.end_bell {
                        builder.bell(at, bell);
                    }
                    steps.push(StepSpan { start, end: Some(at) });
                }
                None => steps.push(StepSpan { start, end: None }),
            }
        }
        let closing_bell = session.ending.bell.as_ref().map(|b| builder.bell_index(b));
        let mut timeline = Timeline {
            sample_rate,
            settle_frames: frames(session.settle, sample_rate),
            steps,
            events: Vec::new(),
            end_frame: None,
            bells: builder.bells,
            ambient: session.ambient.clone(),
            open_bells,
            closing_bell,
            cues,
        };
        timeline.events = builder.events;
        if timeline.open_bells.is_none() && timeline.steps.last().is_some_and(|s| s.end.is_some()) {
            timeline.close_at(at);
        }
        timeline.events.sort_by_key(|e| (e.at_frame, e.action.order()));
        timeline
    }

    /// Ends the session at `frame`: the closing bell rings there, the
    /// session ends when it has rung out. Events after `frame` are dropped.
    /// Used when the steps run out, and when an open-ended session is ended.
    pub fn close_at(&mut self, frame: u64) {
        // The open step's bells so far become ordinary events.
        if let Some(open) = &self.open_bells {
            let rung: Vec<Event> = self
                .events_between(open.start, frame)
                .into_iter()
                .filter(|e| {
                    matches!(e.action, Action::Bell { bell, .. } if bell == open.bell) && e.at_frame > open.start
                })
                .collect();
            self.events.extend(rung);
            self.events.sort_by_key(|e| (e.at_frame, e.action.order()));
            self.events.dedup();
        }
        // What rings at the very moment of closing (a last step's end bell)
        // stays; a step or cue that would start then never does.
        self.events.retain(|e| {
            e.at_frame < frame
                || (e.at_frame == frame && !matches!(e.action, Action::StepStart { .. } | Action::Cue { .. }))
        });
        let mut end = frame;
        if let Some(index) = self.closing_bell {
            let bell = self.bells[index].clone();
            let spacing = frames(bell.spacing, self.sample_rate);
            for strike in 0..bell.strikes {
                self.events.push(Event {
                    at_frame: frame + u64::from(strike) * spacing,
                    action: Action::Bell {
                        bell: index,
                        strike: strike + 1,
                        strikes: bell.strikes,
                    },
                    label: bell_label(&bell),
                });
            }
            end = frame + u64::from(bell.strikes.saturating_sub(1)) * spacing + frames(RING_OUT, self.sample_rate);
        }
        if let Some(ambient) = &self.ambient {
            let fade = frames(ambient.fade_out, self.sample_rate).min(end);
            self.events.push(Event {
                at_frame: end - fade,
                action: Action::AmbientFade {
                    to: Volume::SILENT,
                    over_frames: fade,
                },
                label: crate::t!("errors-timeline-fade-out"),
            });
        }
        self.events.push(Event {
            at_frame: end,
            action: Action::End,
            label: crate::t!("errors-timeline-end"),
        });
        for step in &mut self.steps {
            if step.end.is_none_or(|e| e > frame) {
                step.end = Some(frame.max(step.start));
            }
        }
        self.open_bells = None;
        self.end_frame = Some(end);
        self.events.sort_by_key(|e| (e.at_frame, e.action.order()));
    }

    /// The events whose frame lies in `from..to`, in order, including the
    /// interval bells of an open-ended step.
    pub fn events_between(&self, from: u64, to: u64) -> Vec<Event> {
        let first = self.events.partition_point(|e| e.at_frame < from);
        let mut found: Vec<Event> = self.events[first..]
            .iter()
            .take_while(|e| e.at_frame < to)
            .cloned()
            .collect();
        if let Some(open) = &self.open_bells
            && open.every > 0
        {
            let bell = &self.bells[open.bell];
            let spacing = frames(bell.spacing, self.sample_rate);
            // Strikes of a ring that began before `from` may still fall in range.
            let reach = u64::from(bell.strikes.saturating_sub(1)) * spacing;
            let first_ring = (from.saturating_sub(open.start).saturating_sub(reach) / open.every).max(1);
            let mut ring = first_ring;
            loop {
                let at = open.start + ring * open.every;
                if at >= to {
                    break;
                }
                for strike in 0..bell.strikes {
                    let strike_at = at + u64::from(strike) * spacing;
                    if (from..to).contains(&strike_at) {
                        found.push(Event {
                            at_frame: strike_at,
                            action: Action::Bell {
                                bell: open.bell,
                                strike: strike + 1,
                                strikes: bell.strikes,
                            },
                            label: bell_label(bell),
                        });
                    }
                }
                ring += 1;
            }
            found.sort_by_key(|e| (e.at_frame, e.action.order()));
        }
        found
    }

    /// The step playing at `frame` (the last step whose start has passed).
    pub fn step_at(&self, frame: u64) -> usize {
        self.steps.partition_point(|s| s.start <= frame).saturating_sub(1)
    }

    /// The last cue reached at `frame` in the step playing then: the one
    /// on screen.
    pub fn cue_at(&self, frame: u64) -> Option<usize> {
        let step = self.step_at(frame);
        let before = self.events.partition_point(|e| e.at_frame <= frame);
        self.events[..before]
            .iter()
            .rev()
            .find_map(|e| match e.action {
                Action::Cue { step: s, cue } if s == step => Some(cue),
                Action::StepStart { .. } => Some(usize::MAX),
                _ => None,
            })
            .filter(|c| *c != usize::MAX)
    }

    /// The length in frames, when known.
    pub fn length_frames(&self) -> Option<u64> {
        self.end_frame
    }
}

/// Frames into a step of `length` frames where its interval bells ring.
fn interval_offsets(rule: &IntervalRule, length: u64, sample_rate: u32) -> Vec<u64> {
    match rule {
        IntervalRule::Every(every) => {
            let every = frames(*every, sample_rate).max(1);
            (1..).map(|k| k * every).take_while(|at| *at < length).collect()
        }
        IntervalRule::Count(count) => {
            let count = u64::from(*count);
            (1..=count)
                .map(|k| (u128::from(length) * u128::from(k) / u128::from(count + 1)) as u64)
                .collect()
        }
        IntervalRule::At(times) => times
            .iter()
            .map(|t| frames(*t, sample_rate))
            .filter(|at| *at < length)
            .collect(),
    }
}

fn ambient_label(ambient: &Ambient) -> String {
    match &ambient.sound {
        crate::session::AmbientSound::Builtin(builtin) => builtin.label(),
        crate::session::AmbientSound::File(file) => file.written.clone(),
    }
}

fn bell_label(bell: &Bell) -> String {
    match &bell.sound {
        BellSound::Builtin(builtin) => builtin.label(),
        BellSound::File(file) => file.written.clone(),
    }
}

struct Builder {
    sample_rate: u32,
    events: Vec<Event>,
    bells: Vec<Bell>,
}

impl Builder {
    fn push(&mut self, at_frame: u64, action: Action, label: String) {
        self.events.push(Event {
            at_frame,
            action,
            label,
        });
    }

    fn bell_index(&mut self, bell: &Bell) -> usize {
        match self.bells.iter().position(|b| b == bell) {
            Some(index) => index,
            None => {
                self.bells.push(bell.clone());
                self.bells.len() - 1
            }
        }
    }

    fn bell(&mut self, at: u64, bell: &Bell) {
        let index = self.bell_index(bell);
        self.strikes(at, index, bell);
    }

    fn strikes(&mut self, at: u64, index: usize, bell: &Bell) {
        let spacing = frames(bell.spacing, self.sample_rate);
        for strike in 0..bell.strikes {
            self.push(
                at + u64::from(strike) * spacing,
                Action::Bell {
                    bell: index,
                    strike: strike + 1,
                    strikes: bell.strikes,
                },
                bell_label(bell),
            );
        }
    }
}
