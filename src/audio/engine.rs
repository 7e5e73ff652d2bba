//! The mixer and its playback: renders a session into samples, block by
//! block, starting every sound on its scheduled frame. The same engine feeds
//! the sound device, the silent wall-clock driver and the offline render.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::session::{AmbientSound, BellSound, Duration, Session};
use crate::timeline::{Action, Phase, Playback, Status, frames};

use super::decode::{FileStream, decode_file};
use super::ramp::Ramp;
use super::speech::{SpeechFeed, SpeechMessage};
use super::synth::{Bed, builtin_bed, render_bell};

/// The mixer's buses; each has its own volume under the master.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bus {
    Bells,
    Voice,
    Ambient,
}

/// Volumes from 0.0 to 1.0 for each bus and the master, and mute.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Volumes {
    pub master: f32,
    pub bells: f32,
    pub voice: f32,
    pub ambient: f32,
    pub muted: bool,
}

impl Default for Volumes {
    fn default() -> Self {
        Self {
            master: 0.9,
            bells: 1.0,
            voice: 1.0,
            ambient: 1.0,
            muted: false,
        }
    }
}

/// What the player asks of a running engine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Command {
    Start,
    Pause,
    Resume,
    TogglePause,
    Skip,
    /// Go to this far after the first bell (joining a shared sit late).
    Seek(Duration),
    Extend(Duration),
    End,
    /// The session's time ran out while the computer slept: it is over, as
    /// completed, with what was practised before; nothing more sounds.
    Complete,
    SetVolumes(Volumes),
}

/// How long pausing and resuming fade, so neither clicks.
pub const PAUSE_FADE: Duration = Duration::from_millis(30);
/// How long the sound fades in when it comes back mid-sound.
pub const RETURN_FADE: Duration = Duration::from_millis(400);
/// How long the sound fades when a session is ended early.
pub const END_FADE: Duration = Duration::from_millis(1500);
/// How long every session fades out before its end, so nothing still
/// ringing is cut off.
pub const FINAL_FADE: Duration = Duration::from_millis(1500);
/// How far the ambient bed ducks under a voice recording, and how fast.
const DUCK_LEVEL: f32 = 0.35;
const DUCK_FADE: Duration = Duration::from_millis(400);

/// How late a cue's speech may still begin, when it was not ready on its
/// frame; later than this it is left out (the text is on screen).
const SPEECH_LATE_LIMIT: Duration = Duration::from_millis(1500);

/// A sound that is playing: a held buffer from a frame on.
struct Sounding {
    samples: Arc<Vec<f32>>,
    /// 1 (mono, as speech is held) or 2 (interleaved stereo).
    channels: usize,
    /// Next frame to play.
    frame: usize,
    gain: f32,
    bus: Bus,
    /// Fades a voice out when its step is skipped.
    fade: Ramp,
}

/// The ambient bed, built in or streamed from a file.
enum BedSource {
    Generated(Box<dyn Bed>),
    /// Read as it plays, a chunk ahead; looping files start again without
    /// a gap (the stream loops itself).
    File {
        stream: Box<FileStream>,
        buffer: Vec<f32>,
        read: usize,
    },
}

impl BedSource {
    fn fill(&mut self, out: &mut [f32]) {
        match self {
            BedSource::Generated(bed) => bed.fill(out),
            BedSource::File { stream, buffer, read } => {
                let mut written = 0;
                while written < out.len() {
                    if *read >= buffer.len() {
                        *buffer = stream.next_chunk(4096);
                        *read = 0;
                        if buffer.is_empty() {
                            // A file played once is over: silence after it.
                            out[written..].fill(0.0);
                            return;
                        }
                    }
                    let n = (buffer.len() - *read).min(out.len() - written);
                    out[written..written + n].copy_from_slice(&buffer[*read..*read + n]);
                    *read += n;
                    written += n;
                }
            }
        }
    }
}

/// A sound that could not be prepared; the session plays without it.
#[derive(Debug)]
pub struct Missing {
    pub what: String,
    pub error: String,
}

/// Renders a session: its playback and every sound it needs.
pub struct Engine {
    playback: Playback,
    sample_rate: u32,
    bells: Vec<Option<Arc<Vec<f32>>>>,
    voices: HashMap<PathBuf, Arc<Vec<f32>>>,
    bed: Option<BedSource>,
    sounding: Vec<Sounding>,
    ambient: Ramp,
    duck: Ramp,
    /// The fade of pausing, resuming and ending early.
    master_fade: Ramp,
    volumes: Volumes,
    /// Set while a pause fade runs; the playback pauses when it is done.
    pausing: bool,
    /// Frames of sound left after ending early (the fade).
    ending_frames: Option<u64>,
    scratch: Vec<f32>,
    speech: Speech,
}

/// Spoken guidance in the engine: cues spoken ahead by a worker, played on
/// the voice bus at their frames.
#[derive(Default)]
struct Speech {
    feed: Option<SpeechFeed>,
    /// Spoken cues not yet reached, by cue index.
    ready: HashMap<usize, Arc<Vec<f32>>>,
    /// A cue reached before its speech was ready: (cue, position then).
    waiting: Option<(usize, u64)>,
    /// Speech that waits for the voice before it to finish.
    queued: Option<Arc<Vec<f32>>>,
    /// Why speech stopped, until it is asked for.
    failure: Option<String>,
}

impl Engine {
    /// Prepares every sound of `session` at `sample_rate`. Sounds that
    /// cannot be read are left out and listed; the session still plays.
    pub fn new(session: Session, length: Option<Duration>, sample_rate: u32) -> (Self, Vec<Missing>) {
        let playback = Playback::new(session, length, sample_rate);
        let timeline = playback.timeline();
        let mut missing = Vec::new();
        let mut builtin_cache = HashMap::new();
        let bells = timeline
            .bells
            .iter()
            .map(|bell| match &bell.sound {
                BellSound::Builtin(kind) => Some(
                    builtin_cache
                        .entry(*kind)
                        .or_insert_with(|| Arc::new(render_bell(*kind, sample_rate)))
                        .clone(),
                ),
                BellSound::File(file) => match decode_file(&file.path, sample_rate) {
                    Ok(samples) => Some(Arc::new(samples)),
                    Err(error) => {
                        missing.push(Missing {
                            what: crate::t!("audio-missing-bell", file = file.written.as_str()),
                            error: error.to_string(),
                        });
                        None
                    }
                },
            })
            .collect();
        let mut voices = HashMap::new();
        let recordings = playback.session().steps.iter().flat_map(|step| {
            step.voice
                .iter()
                .chain(step.cues.iter().filter_map(|c| c.voice.as_ref()))
        });
        for voice in recordings {
            if !voices.contains_key(&voice.path) {
                match decode_file(&voice.path, sample_rate) {
                    Ok(samples) => {
                        voices.insert(voice.path.clone(), Arc::new(samples));
                    }
                    Err(error) => missing.push(Missing {
                        what: crate::t!("audio-missing-recording", file = voice.written.as_str()),
                        error: error.to_string(),
                    }),
                }
            }
        }
        let bed = timeline.ambient.as_ref().and_then(|ambient| match &ambient.sound {
            AmbientSound::Builtin(kind) => Some(BedSource::Generated(builtin_bed(*kind, sample_rate))),
            AmbientSound::File(file) => match if ambient.looping {
                FileStream::open_looping(&file.path, sample_rate)
            } else {
                FileStream::open(&file.path, sample_rate)
            } {
                Ok(stream) => Some(BedSource::File {
                    stream: Box::new(stream),
                    buffer: Vec::new(),
                    read: 0,
                }),
                Err(error) => {
                    missing.push(Missing {
                        what: crate::t!("audio-missing-ambient", file = file.written.as_str()),
                        error: error.to_string(),
                    });
                    None
                }
            },
        });
        let engine = Self {
            playback,
            sample_rate,
            bells,
            voices,
            bed,
            sounding: Vec::new(),
            ambient: Ramp::new(0.0),
            duck: Ramp::new(1.0),
            master_fade: Ramp::new(1.0),
            volumes: Volumes::default(),
            pausing: false,
            ending_frames: None,
            scratch: Vec::new(),
            speech: Speech::default(),
        };
        (engine, missing)
    }

    pub fn sample_rate(&self) -> u32 {
        self.sample_rate
    }

    /// After a jump: voices fade out, the ambient bed moves to its level.
    fn jumped(&mut self, jump: crate::timeline::Jump) {
        let fade = frames(PAUSE_FADE, self.sample_rate) * 4;
        for sound in self.sounding.iter_mut().filter(|s| s.bus == Bus::Voice) {
            sound.fade.go_to(0.0, fade);
        }
        self.duck.go_to(1.0, fade);
        // The cues passed over are not spoken.
        let next = self.next_cue();
        let speech = &mut self.speech;
        speech.waiting = None;
        speech.queued = None;
        speech.ready.retain(|cue, _| *cue >= next);
        if let Some(feed) = &speech.feed {
            feed.next_cue.store(next, std::sync::atomic::Ordering::Relaxed);
        }
        if let Some(level) = jump.ambient {
            self.ambient
                .go_to(level.get(), frames(Duration::from_secs(1), self.sample_rate));
        }
    }

    /// Speaks the guidance from `feed`: each cue without a recording, on
    /// the voice bus at its frame. From the cue after the current position.
    pub fn speak(&mut self, feed: SpeechFeed) {
        feed.next_cue
            .store(self.next_cue(), std::sync::atomic::Ordering::Relaxed);
        self.speech.feed = Some(feed);
        self.speech.failure = None;
    }

    /// Stops speaking the guidance; what is being said fades out.
    pub fn stop_speaking(&mut self) {
        self.speech = Speech::default();
        let fade = frames(PAUSE_FADE, self.sample_rate) * 4;
        for sound in self
            .sounding
            .iter_mut()
            .filter(|s| s.bus == Bus::Voice && s.channels == 1)
        {
            sound.fade.go_to(0.0, fade);
        }
    }

    /// Whether cues are being spoken.
    pub fn is_speaking(&self) -> bool {
        self.speech.feed.is_some()
    }

    /// Why speech stopped, once: the guidance goes on as text.
    pub fn take_speech_failure(&mut self) -> Option<String> {
        self.speech.failure.take()
    }

    /// The first cue (index into the timeline's cues) not yet reached.
    fn next_cue(&self) -> usize {
        let position = self.playback.status().position;
        let timeline = self.playback.timeline();
        let first = timeline.events.partition_point(|e| e.at_frame < position);
        timeline.events[first..]
            .iter()
            .find_map(|e| match e.action {
                Action::Cue { cue, .. } => Some(cue),
                _ => None,
            })
            .unwrap_or(timeline.cues.len())
    }

    /// Takes what the speech worker has made ready; a cue that was reached
    /// before its speech was ready still begins, if not too late.
    fn receive_speech(&mut self) {
        let Some(feed) = &self.speech.feed else { return };
        let mut failed = None;
        let mut arrived = Vec::new();
        while let Ok(message) = feed.inbox.try_recv() {
            match message {
                SpeechMessage::Ready { cue, samples } => arrived.push((cue, samples)),
                SpeechMessage::Failed(why) => failed = Some(why),
            }
        }
        let position = self.playback.status().position;
        let late_limit = frames(SPEECH_LATE_LIMIT, self.sample_rate);
        for (cue, samples) in arrived {
            match self.speech.waiting {
                Some((waiting, since)) if waiting == cue => {
                    self.speech.waiting = None;
                    if position.saturating_sub(since) <= late_limit {
                        self.start_speech(samples);
                    }
                }
                _ => {
                    self.speech.ready.insert(cue, samples);
                }
            }
        }
        if let Some(why) = failed {
            self.stop_speaking();
            self.speech.failure = Some(why);
        }
    }

    /// Plays a cue's speech now, or after the speech before it ends.
    fn start_speech(&mut self, samples: Arc<Vec<f32>>) {
        if self.sounding.iter().any(|s| s.bus == Bus::Voice && s.channels == 1) {
            self.speech.queued = Some(samples);
        } else {
            self.play_speech(samples);
        }
    }

    fn play_speech(&mut self, samples: Arc<Vec<f32>>) {
        self.duck.go_to(DUCK_LEVEL, frames(DUCK_FADE, self.sample_rate));
        self.sounding.push(Sounding {
            samples,
            channels: 1,
            frame: 0,
            gain: 1.0,
            bus: Bus::Voice,
            fade: Ramp::new(1.0),
        });
    }

    /// The sound comes back after a silence in which the session moved on
    /// by the clock: a bell begun at most `late_frames` ago rings from its
    /// start; older bells are let go, and everything fades in rather than
    /// starting mid-sound with a click.
    pub fn resound(&mut self, late_frames: u64) {
        self.sounding.retain_mut(|sound| {
            if sound.bus != Bus::Bells {
                return true;
            }
            let late = sound.frame as u64 <= late_frames;
            sound.frame = 0;
            late
        });
        self.fade_in();
    }

    /// The sound fades in from silence, rather than starting mid-sound
    /// with a click: after a silence the practitioner heard (the sound
    /// stopped, or the process was frozen).
    pub fn fade_in(&mut self) {
        if !self.pausing && self.ending_frames.is_none() && self.master_fade.target() > 0.0 {
            self.master_fade = Ramp::new(0.0);
            self.master_fade.go_to(1.0, frames(RETURN_FADE, self.sample_rate));
        }
    }

    pub fn playback(&self) -> &Playback {
        &self.playback
    }

    pub fn status(&self) -> Status {
        self.playback.status()
    }

    /// Whether the engine has nothing more to play.
    pub fn is_done(&self) -> bool {
        match self.playback.status().phase {
            Phase::Finished => true,
            Phase::EndedEarly => self.ending_frames == Some(0),
            _ => false,
        }
    }

    pub fn command(&mut self, command: Command) {
        let status = self.playback.status();
        match command {
            Command::Start => self.playback.start(),
            Command::Pause if !status.paused && !self.pausing => {
                self.pausing = true;
                self.master_fade.go_to(0.0, frames(PAUSE_FADE, self.sample_rate));
            }
            Command::Resume if status.paused || self.pausing => {
                self.pausing = false;
                self.playback.resume();
                self.master_fade.go_to(1.0, frames(PAUSE_FADE, self.sample_rate));
            }
            Command::TogglePause => {
                let next = if status.paused || self.pausing {
                    Command::Resume
                } else {
                    Command::Pause
                };
                self.command(next);
            }
            Command::Seek(to) => {
                let target = frames(to, self.sample_rate);
                if let Some(jump) = self.playback.seek(target) {
                    self.jumped(jump);
                }
            }
            Command::Skip => {
                if let Some(jump) = self.playback.skip() {
                    self.jumped(jump);
                }
            }
            Command::Extend(by) => self.playback.extend(by),
            Command::End => {
                self.playback.end();
                if self.playback.status().phase == Phase::EndedEarly && self.ending_frames.is_none() {
                    let fade = frames(END_FADE, self.sample_rate);
                    self.master_fade.go_to(0.0, fade);
                    self.ending_frames = Some(fade);
                }
            }
            Command::Complete => {
                self.playback.complete();
                self.sounding.clear();
            }
            Command::SetVolumes(volumes) => self.volumes = volumes,
            Command::Pause | Command::Resume => {}
        }
    }

    /// Fills `out` (interleaved stereo) with the next frames of the session
    /// and moves the playback on by as many frames.
    pub fn render(&mut self, out: &mut [f32]) {
        let total = out.len() / 2;
        out.fill(0.0);
        self.receive_speech();
        let mut done = 0;
        while done < total {
            let status = self.playback.status();
            let ending = status.phase == Phase::EndedEarly;
            let frozen = (status.paused && !self.pausing) || matches!(status.phase, Phase::Ready | Phase::Finished);
            if frozen && !ending {
                return;
            }
            // The last moments fade out, so nothing is cut off at the end.
            if status.phase == Phase::Playing
                && !status.paused
                && !self.pausing
                && let Some(remaining) = status.remaining
                && remaining <= frames(FINAL_FADE, self.sample_rate)
                && self.master_fade.target() > 0.0
            {
                self.master_fade.go_to(0.0, remaining);
            }
            // A pause fade or an early end runs to its end, then stops.
            let mut stretch = total - done;
            if self.pausing {
                stretch = stretch.min(self.remaining_fade().max(1));
            }
            if let Some(left) = self.ending_frames {
                if left == 0 {
                    return;
                }
                stretch = stretch.min(left as usize);
            }
            let cues = if ending || status.phase == Phase::Finished {
                Vec::new()
            } else {
                self.playback.advance(stretch as u64)
            };
            let mut at = 0usize;
            for (offset, event) in cues {
                let offset = (offset as usize).min(stretch);
                self.mix(&mut out[(done + at) * 2..(done + offset) * 2]);
                at = offset;
                self.trigger(&event.action, event.at_frame);
            }
            self.mix(&mut out[(done + at) * 2..(done + stretch) * 2]);
            done += stretch;
            if let Some(left) = self.ending_frames.as_mut() {
                *left -= (stretch as u64).min(*left);
            }
            if self.pausing && !self.master_fade.is_moving() {
                self.pausing = false;
                self.playback.pause();
            }
        }
    }

    fn remaining_fade(&self) -> usize {
        let step = frames(PAUSE_FADE, self.sample_rate).max(1) as f32;
        (self.master_fade.value() * step).ceil() as usize
    }

    fn trigger(&mut self, action: &Action, at_frame: u64) {
        match action {
            Action::Bell { bell, .. } => {
                let Some(Some(samples)) = self.bells.get(*bell) else {
                    return;
                };
                let gain = self
                    .playback
                    .timeline()
                    .bells
                    .get(*bell)
                    .map_or(1.0, |b| b.volume.get());
                self.sounding.push(Sounding {
                    samples: samples.clone(),
                    channels: 2,
                    frame: 0,
                    gain,
                    bus: Bus::Bells,
                    fade: Ramp::new(1.0),
                });
            }
            Action::Voice { file, .. } => {
                let Some(samples) = self.voices.get(&file.path) else {
                    return;
                };
                self.duck.go_to(DUCK_LEVEL, frames(DUCK_FADE, self.sample_rate));
                self.sounding.push(Sounding {
                    samples: samples.clone(),
                    channels: 2,
                    frame: 0,
                    gain: 1.0,
                    bus: Bus::Voice,
                    fade: Ramp::new(1.0),
                });
            }
            Action::AmbientFade { to, over_frames } => self.ambient.go_to(to.get(), *over_frames),
            Action::Cue { cue, .. } => {
                let cue = *cue;
                let Some(feed) = &self.speech.feed else { return };
                feed.next_cue.store(cue + 1, std::sync::atomic::Ordering::Relaxed);
                if !self.playback.timeline().cues.get(cue).is_some_and(|c| c.synthesized) {
                    return;
                }
                // The event's frame: the playback has moved to the end of
                // this stretch, the cue is at its start plus its offset.
                match self.speech.ready.remove(&cue) {
                    Some(samples) => self.start_speech(samples),
                    None => self.speech.waiting = Some((cue, at_frame)),
                }
            }
            Action::StepStart { .. } | Action::End => {}
        }
    }

    /// Mixes every sounding buffer and the bed into `out`, which starts at
    /// the current frame.
    fn mix(&mut self, out: &mut [f32]) {
        let frames_here = out.len() / 2;
        if frames_here == 0 {
            return;
        }
        let volumes = self.volumes;
        let master = if volumes.muted { 0.0 } else { volumes.master };
        let bus_gain = |bus: Bus| match bus {
            Bus::Bells => volumes.bells,
            Bus::Voice => volumes.voice,
            Bus::Ambient => volumes.ambient,
        };
        for sound in &mut self.sounding {
            let gain = sound.gain * bus_gain(sound.bus);
            let channels = sound.channels.max(1);
            let available = sound.samples.len() / channels - sound.frame;
            let n = available.min(frames_here);
            let source = &sound.samples[sound.frame * channels..(sound.frame + n) * channels];
            for (o, s) in out[..n * 2].chunks_exact_mut(2).zip(source.chunks_exact(channels)) {
                let g = gain * sound.fade.tick();
                o[0] += s[0] * g;
                o[1] += s[channels - 1] * g;
            }
            sound.frame += n;
        }
        let voice_playing_before = self.sounding.iter().any(|s| s.bus == Bus::Voice);
        self.sounding.retain(|s| {
            s.frame * s.channels.max(1) < s.samples.len() && !(s.fade.target() == 0.0 && s.fade.value() == 0.0)
        });
        let speech_ended = !self.sounding.iter().any(|s| s.bus == Bus::Voice && s.channels == 1);
        if speech_ended && let Some(samples) = self.speech.queued.take() {
            self.play_speech(samples);
        }
        if voice_playing_before && !self.sounding.iter().any(|s| s.bus == Bus::Voice) {
            self.duck.go_to(1.0, frames(DUCK_FADE, self.sample_rate));
        }
        if let Some(bed) = self.bed.as_mut() {
            self.scratch.resize(out.len(), 0.0);
            bed.fill(&mut self.scratch);
            let bus = volumes.ambient;
            for (o, s) in out.chunks_exact_mut(2).zip(self.scratch.chunks_exact(2)) {
                let g = self.ambient.tick() * self.duck.tick() * bus;
                o[0] += s[0] * g;
                o[1] += s[1] * g;
            }
        }
        for frame in out.chunks_exact_mut(2) {
            let g = self.master_fade.tick() * master;
            frame[0] = (frame[0] * g).clamp(-1.0, 1.0);
            frame[1] = (frame[1] * g).clamp(-1.0, 1.0);
        }
    }
}
