//! From the raw model to a checked [`Session`]: the values are measured
//! against each other (lengths, fill steps, interval bells, audio files).

use std::path::{Path, PathBuf};

use super::cue::{Cue, CueTime};
use super::diagnostic::{Code, Diagnostic};
use super::duration::Duration;
use super::model::*;
use super::names::Domain;
use super::raw::*;
use super::span::{Span, Spanned};
use crate::t;

/// What is known of an audio file a session names.
#[derive(Clone, Debug, PartialEq)]
pub struct AudioInfo {
    /// Where the file is, with links resolved.
    pub path: PathBuf,
    /// How long it plays, when that can be told.
    pub length: Option<Duration>,
}

/// Why an audio file cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum AudioProblem {
    Missing,
    /// The path leads out of the session's folder (through a link).
    OutsideFolder,
    Unreadable(String),
}

/// How far a cue's estimated speaking time may run over before it is
/// worth a warning: the estimate is only about right.
const RUN_OVER_GRACE: Duration = Duration::from_millis(500);

/// Looks at the audio files a session names. The checker itself touches no
/// disk; the caller hands it this.
pub trait AudioProbe {
    /// Finds `written` (a relative path from the session file) inside
    /// `folder`, and reads enough of it to know it plays.
    fn probe(&self, folder: &Path, written: &str) -> Result<AudioInfo, AudioProblem>;
}

/// Checks a decoded session. Adds a diagnostic for every problem and
/// returns the session only when no error was found, here or before.
pub fn check_session(
    raw: &RawSession,
    folder: Option<&Path>,
    audio: &dyn AudioProbe,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Session> {
    let mut checker = Checker {
        folder,
        audio,
        diagnostics,
    };
    let session = checker.session(raw);
    if checker.diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    session
}

struct Checker<'a> {
    folder: Option<&'a Path>,
    audio: &'a dyn AudioProbe,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// Joins a guidance text's lines the way the format describes: single line
/// breaks become spaces, blank lines separate paragraphs.
pub fn normalize_guidance(text: &str) -> String {
    super::cue::paragraphs(text).join("\n\n")
}

/// An optional value that was given (`Some`) but could not be checked
/// (`Some(None)`) spoils the whole; one that was left out (`None`) does not.
fn all_read<T>(value: Option<Option<T>>) -> Option<Option<T>> {
    match value {
        None => Some(None),
        Some(inner) => inner.map(Some),
    }
}

impl Checker<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn session(&mut self, raw: &RawSession) -> Option<Session> {
        let domain = raw.domain;
        if let Some(breath) = &raw.breath
            && !BREATH_RANGE.contains(&breath.value)
        {
            self.report(Diagnostic::new(
                Code::OutOfRange,
                breath.span,
                t!(
                    "diag-breath-out-of-range",
                    least = BREATH_RANGE.start().to_string(),
                    most = BREATH_RANGE.end().to_string()
                ),
            ));
        }
        if let Some(settle) = &raw.settle
            && settle.value > MAX_SETTLE
        {
            self.report(
                Diagnostic::new(
                    Code::OutOfRange,
                    settle.span,
                    t!("diag-settle-too-long", most = MAX_SETTLE.to_string()),
                )
                .label(t!("diag-too-long")),
            );
        }
        let ambient = raw.ambient.as_ref().and_then(|a| self.ambient(a));
        let raw_steps = raw.steps.as_ref();
        let steps: Vec<Option<Step>> = raw_steps
            .map(|steps| {
                steps
                    .value
                    .iter()
                    .map(|s| self.step(s, domain, raw.ambient.is_some() || raw.ambient_unknown))
                    .collect()
            })
            .unwrap_or_default();
        let length = match (&raw.length, raw_steps) {
            (Some(length), Some(raw_steps)) => self.length(length, raw_steps),
            _ => None,
        };
        if let (Some(length), Some(raw_steps)) = (length, raw_steps) {
            self.step_timing(length, &raw_steps.value, &steps);
        }
        let ending_bell = raw.ending.bell.as_ref().and_then(|b| self.bell(b));
        let ending = Ending {
            bell: ending_bell,
            reflection: raw.ending.reflection.as_ref().map(|r| normalize_guidance(r)),
        };
        let steps: Vec<Step> = steps.into_iter().collect::<Option<_>>()?;
        if let Some(raw_steps) = raw_steps
            && raw_steps.value.is_empty()
        {
            self.report(
                Diagnostic::new(Code::ZeroLength, raw_steps.span, t!("diag-no-steps"))
                    .label(t!("diag-no-steps-label"))
                    .help(t!("diag-no-steps-help")),
            );
            return None;
        }
        let session = Session {
            id: raw.id.as_ref()?.value.clone(),
            title: raw.title.clone()?,
            summary: raw.summary.clone()?,
            description: normalize_guidance(&raw.description),
            author: raw.author.clone(),
            language: raw
                .language
                .as_ref()
                .map_or_else(|| "en".to_owned(), |l| l.value.clone()),
            domain: domain?,
            lens: raw.lens,
            practice: raw.practice,
            tags: raw.tags.clone(),
            length: length?,
            settle: raw.settle.as_ref().map_or(Duration::ZERO, |s| s.value),
            breath: raw
                .breath
                .as_ref()
                .map(|b| b.value)
                .filter(|b| BREATH_RANGE.contains(b)),
            ambient,
            steps,
            ending,
        };
        // Counting bells only makes sense for an otherwise sound session.
        if !self.diagnostics.iter().any(Diagnostic::is_error) {
            self.bell_count(&session, raw.head);
        }
        Some(session)
    }

    fn audio_file(&mut self, written: &str, span: Span) -> Option<AudioFile> {
        let Some(folder) = self.folder else {
            self.report(
                Diagnostic::new(Code::MissingAudio, span, t!("diag-bundled-audio"))
                    .label(t!("diag-bundled-audio-label")),
            );
            return None;
        };
        match self.audio.probe(folder, written) {
            Ok(info) => Some(AudioFile {
                written: written.to_owned(),
                path: info.path,
                length: info.length,
            }),
            Err(AudioProblem::Missing) => {
                self.report(
                    Diagnostic::new(Code::MissingAudio, span, t!("diag-audio-missing", path = written))
                        .label(t!("diag-audio-missing-label"))
                        .help(t!("diag-audio-missing-help", folder = folder.display().to_string())),
                );
                None
            }
            Err(AudioProblem::OutsideFolder) => {
                self.report(
                    Diagnostic::new(Code::AudioOutsideFolder, span, t!("diag-audio-outside", path = written))
                        .label(t!("diag-audio-outside-label"))
                        .help(t!("diag-audio-outside-help")),
                );
                None
            }
            Err(AudioProblem::Unreadable(reason)) => {
                self.report(
                    Diagnostic::new(
                        Code::UnreadableAudio,
                        span,
                        t!("diag-audio-unreadable", path = written, reason = reason.as_str()),
                    )
                    .label(t!("diag-audio-unreadable-label"))
                    .help(t!("diag-audio-unreadable-help")),
                );
                None
            }
        }
    }

    fn bell(&mut self, raw: &RawBell) -> Option<Bell> {
        let sound = raw.sound.as_ref()?;
        let sound = match &sound.value {
            RawSound::Builtin(builtin) => BellSound::Builtin(*builtin),
            RawSound::File(written) => BellSound::File(self.audio_file(written, sound.span)?),
        };
        Some(Bell {
            sound,
            strikes: raw.strikes,
            spacing: raw.spacing,
            volume: raw.volume,
        })
    }

    fn cue(&mut self, raw: &RawCue) -> Option<Cue> {
        let at = match raw.at.as_ref().map(|a| a.value) {
            None => CueTime::Flowing,
            Some(RawCueTime::FromStart(at)) => CueTime::FromStart(at),
            Some(RawCueTime::FromEnd(before)) => CueTime::FromEnd(before),
        };
        let voice = raw.voice.as_ref().map(|v| self.audio_file(&v.value, v.span));
        let mut cue = Cue::new(at, raw.text.value.clone(), all_read(voice)?);
        cue.module_question = raw.module_question;
        Some(cue)
    }

    fn ambient(&mut self, raw: &RawAmbient) -> Option<Ambient> {
        let sound = raw.sound.as_ref()?;
        let sound = match &sound.value {
            RawSound::Builtin(builtin) => AmbientSound::Builtin(*builtin),
            RawSound::File(written) => AmbientSound::File(self.audio_file(written, sound.span)?),
        };
        Some(Ambient {
            sound,
            volume: raw.volume,
            fade_in: raw.fade_in,
            fade_out: raw.fade_out,
            looping: raw.looping,
        })
    }

    fn step(&mut self, raw: &RawStep, domain: Option<Domain>, has_ambient: bool) -> Option<Step> {
        if let Some(duration) = &raw.duration
            && duration.value.is_zero()
        {
            self.report(
                Diagnostic::new(Code::ZeroLength, duration.span, t!("diag-step-zero"))
                    .label(t!("diag-zero"))
                    .help(t!("diag-step-zero-help")),
            );
        }
        let cues: Vec<Option<Cue>> = raw.cues.iter().map(|c| self.cue(c)).collect();
        for cue in &raw.cues {
            let words = super::cue::word_count(&cue.text.value);
            if words > super::cue::MAX_CUE_WORDS {
                self.report(
                    Diagnostic::new(
                        Code::CueTooLong,
                        cue.text.span,
                        t!("diag-cue-too-long", words = words, most = super::cue::MAX_CUE_WORDS),
                    )
                    .label(t!("diag-cue-too-long-label"))
                    .help(t!("diag-cue-too-long-help")),
                );
            }
        }
        let guidance = raw
            .cues
            .iter()
            .map(|c| c.text.value.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        if guidance.is_empty() && !raw.guidance_unknown && domain.is_some_and(|d| d != Domain::Timer) {
            self.report(
                Diagnostic::new(Code::MissingGuidance, raw.head, t!("diag-missing-guidance"))
                    .label(t!("diag-missing-guidance-label"))
                    .help(t!("diag-missing-guidance-help")),
            );
        }
        if !has_ambient && let Some(fade) = raw.fades.first() {
            self.report(
                Diagnostic::new(Code::Conflict, fade.span, t!("diag-fade-without-ambient"))
                    .label(t!("diag-fade-without-ambient-label"))
                    .help(t!("diag-fade-without-ambient-help")),
            );
        }
        let voice = raw.voice.as_ref().map(|v| self.audio_file(&v.value, v.span));
        let start_bell = raw.start_bell.as_ref().map(|b| self.bell(b));
        let end_bell = raw.end_bell.as_ref().map(|b| self.bell(b));
        let intervals = raw.intervals.as_ref().map(|i| {
            let bell = self.bell(i.bell.as_ref()?)?;
            let rule = match i.rule.as_ref()? {
                RawRule::Every(every) => IntervalRule::Every(every.value),
                RawRule::Count(count) => IntervalRule::Count(count.value),
                RawRule::At(times) => {
                    let mut times: Vec<Duration> = times.value.iter().map(|t| t.value).collect();
                    times.sort();
                    times.dedup();
                    IntervalRule::At(times)
                }
            };
            Some(Intervals { rule, bell })
        });
        let fades = raw
            .fades
            .iter()
            .map(|f| {
                Some(Fade {
                    at: f.at.value,
                    to: f.to?,
                    over: f.over,
                })
            })
            .collect::<Option<Vec<_>>>();
        let length = match (raw.fill, raw.duration.as_ref()) {
            (Some(_), _) => StepLength::Fill(fill_range(raw)),
            (None, Some(duration)) => StepLength::Fixed(duration.value),
            (None, None) => return None,
        };
        Some(Step {
            title: raw.title.clone()?,
            length,
            guidance,
            cues: cues.into_iter().collect::<Option<Vec<_>>>()?,
            voice: all_read(voice)?,
            start_bell: all_read(start_bell)?,
            end_bell: all_read(end_bell)?,
            intervals: all_read(intervals)?,
            fades: fades?,
        })
    }

    /// Checks the session's length against its steps.
    fn length(&mut self, raw: &Spanned<RawLength>, steps: &Spanned<Vec<RawStep>>) -> Option<Length> {
        // A step whose length could not be read (already reported) makes
        // every whole-session measure unknown; so does an empty list.
        if steps.value.is_empty() || steps.value.iter().any(|s| s.fill.is_none() && s.duration.is_none()) {
            return None;
        }
        // The opening bracket of the steps: where whole-session problems point.
        let steps_at = Span::new(steps.span.start, steps.span.start + 1);
        let fills: Vec<Span> = steps.value.iter().filter_map(|s| s.fill).collect();
        let ranges: Vec<FillRange> = steps
            .value
            .iter()
            .filter(|s| s.fill.is_some())
            .map(fill_range)
            .collect();
        let mut ranges_fine = true;
        for range in steps.value.iter().filter_map(|s| s.fill_range.as_ref()) {
            if let (Some(min), Some(max)) = (&range.min, &range.max)
                && min.value > max.value
            {
                self.report(
                    Diagnostic::new(Code::OutOfRange, min.span, t!("diag-min-above-max"))
                        .label(t!("diag-longer-than", max = max.value.to_string()))
                        .also(max.span, t!("diag-the-longest-length")),
                );
                ranges_fine = false;
            }
        }
        // The steps' own durations, when every non-fill step has one.
        let fixed_total = steps
            .value
            .iter()
            .filter(|s| s.fill.is_none())
            .try_fold(Duration::ZERO, |sum, s| {
                s.duration.as_ref().map(|d| sum.saturating_add(d.value))
            });
        match &raw.value {
            RawLength::Fixed => {
                for fill in &fills {
                    self.report(
                        Diagnostic::new(Code::MisplacedFill, *fill, t!("diag-fill-in-fixed"))
                            .label(t!("diag-fill-in-fixed-label"))
                            .help(t!("diag-fill-in-fixed-help")),
                    );
                }
                let total = fixed_total?;
                self.total_within_bounds(total, steps_at)?;
                fills.is_empty().then_some(Length::Fixed(total))
            }
            RawLength::Flexible { min, max, default } => {
                let (min, max, default) = (min.as_ref()?, max.as_ref()?, default.as_ref()?);
                let mut fine = true;
                if min.value.is_zero() {
                    self.report(
                        Diagnostic::new(Code::ZeroLength, min.span, t!("diag-shortest-zero")).label(t!("diag-zero")),
                    );
                    fine = false;
                }
                if max.value > MAX_SESSION_LENGTH {
                    self.report(
                        Diagnostic::new(
                            Code::TooLong,
                            max.span,
                            t!("diag-max-too-long", most = MAX_SESSION_LENGTH.to_string()),
                        )
                        .label(t!("diag-too-long")),
                    );
                    fine = false;
                }
                if min.value > max.value {
                    self.report(
                        Diagnostic::new(Code::OutOfRange, min.span, t!("diag-min-above-max"))
                            .label(t!("diag-longer-than", max = max.value.to_string()))
                            .also(max.span, t!("diag-the-longest-length")),
                    );
                    fine = false;
                } else if default.value < min.value || default.value > max.value {
                    self.report(
                        Diagnostic::new(
                            Code::OutOfRange,
                            default.span,
                            t!(
                                "diag-default-outside",
                                min = min.value.to_string(),
                                max = max.value.to_string()
                            ),
                        )
                        .label(t!("diag-outside-range")),
                    );
                    fine = false;
                }
                if fills.is_empty() {
                    self.report(
                        Diagnostic::new(Code::NoFillStep, raw.span, t!("diag-no-fill-flexible"))
                            .label(t!("diag-no-fill-flexible-label"))
                            .help(t!("diag-no-fill-flexible-help")),
                    );
                    return None;
                }
                let fixed_total = fixed_total?;
                if !ranges_fine {
                    return None;
                }
                let shortest_fills = ranges.iter().fold(Duration::ZERO, |sum, r| sum.saturating_add(r.min));
                if !shortest_fills.is_zero() && fixed_total.saturating_add(shortest_fills) > min.value {
                    self.report(
                        Diagnostic::new(
                            Code::NoRoomToFill,
                            min.span,
                            t!(
                                "diag-fill-ranges-too-long",
                                fixed = fixed_total.to_string(),
                                fills = shortest_fills.to_string(),
                                min = min.value.to_string()
                            ),
                        )
                        .label(t!("diag-no-room-to-fill-label"))
                        .help(t!("diag-fill-ranges-too-long-help")),
                    );
                    return None;
                }
                let longest_fills = ranges
                    .iter()
                    .try_fold(Duration::ZERO, |sum, r| r.max.map(|m| sum.saturating_add(m)));
                if let Some(longest_fills) = longest_fills
                    && fixed_total.saturating_add(longest_fills) < max.value
                {
                    self.report(
                        Diagnostic::new(
                            Code::NoRoomToFill,
                            max.span,
                            t!(
                                "diag-fill-ranges-too-short",
                                fixed = fixed_total.to_string(),
                                fills = longest_fills.to_string(),
                                max = max.value.to_string()
                            ),
                        )
                        .label(t!("diag-fill-ranges-too-short-label"))
                        .help(t!("diag-fill-ranges-too-short-help")),
                    );
                    return None;
                }
                if shortest_fills.is_zero() && fixed_total >= min.value {
                    self.report(
                        Diagnostic::new(
                            Code::NoRoomToFill,
                            min.span,
                            t!(
                                "diag-no-room-to-fill",
                                fixed = fixed_total.to_string(),
                                min = min.value.to_string()
                            ),
                        )
                        .label(t!("diag-no-room-to-fill-label"))
                        .help(t!("diag-no-room-to-fill-help")),
                    );
                    return None;
                }
                fine.then_some(Length::Flexible {
                    min: min.value,
                    max: max.value,
                    default: default.value,
                })
            }
            RawLength::OpenEnded => {
                if let Some(range) = steps.value.iter().find_map(|s| s.fill_range.as_ref()) {
                    self.report(
                        Diagnostic::new(Code::MisplacedFill, range.span, t!("diag-fill-range-open-ended"))
                            .label(t!("diag-fill-range-open-ended-label"))
                            .help(t!("diag-fill-range-open-ended-help")),
                    );
                    return None;
                }
                let Some(first_fill) = fills.first() else {
                    self.report(
                        Diagnostic::new(Code::NoFillStep, raw.span, t!("diag-no-fill-open-ended"))
                            .label(t!("diag-no-fill-open-ended-label"))
                            .help(t!("diag-no-fill-open-ended-help")),
                    );
                    return None;
                };
                if let Some(second) = fills.get(1) {
                    self.report(
                        Diagnostic::new(Code::MisplacedFill, *second, t!("diag-two-fills"))
                            .label(t!("diag-two-fills-second"))
                            .also(*first_fill, t!("diag-two-fills-first")),
                    );
                    return None;
                }
                if steps.value.last().and_then(|s| s.fill) != Some(*first_fill) {
                    self.report(
                        Diagnostic::new(Code::MisplacedFill, *first_fill, t!("diag-fill-not-last"))
                            .label(t!("diag-fill-not-last-label"))
                            .help(t!("diag-fill-not-last-help")),
                    );
                    return None;
                }
                self.total_within_bounds(fixed_total?.saturating_add(Duration::from_secs(1)), steps_at)?;
                Some(Length::OpenEnded)
            }
        }
    }

    /// A session's steps add up to at most [`MAX_SESSION_LENGTH`]. A total
    /// of zero needs no report of its own: an empty list and a step of zero
    /// are reported where they are written.
    fn total_within_bounds(&mut self, total: Duration, span: Span) -> Option<()> {
        if total.is_zero() {
            return None;
        }
        if total > MAX_SESSION_LENGTH {
            self.report(
                Diagnostic::new(
                    Code::TooLong,
                    span,
                    t!(
                        "diag-steps-too-long",
                        total = total.to_string(),
                        most = MAX_SESSION_LENGTH.to_string()
                    ),
                )
                .label(t!("diag-too-long"))
                .help(t!("diag-split-session")),
            );
            return None;
        }
        Some(())
    }

    /// Checks what happens inside each step against how long it can last:
    /// interval bells, fades and voice clips.
    fn step_timing(&mut self, length: Length, steps: &[RawStep], checked: &[Option<Step>]) {
        let fixed_total = steps
            .iter()
            .filter_map(|s| s.duration.as_ref())
            .fold(Duration::ZERO, |sum, d| sum.saturating_add(d.value));
        // The fill steps' lengths at the session's longest and shortest.
        let ranges: Vec<FillRange> = steps.iter().filter(|s| s.fill.is_some()).map(fill_range).collect();
        let (mut at_longest, mut at_shortest) = match length {
            Length::Flexible { min, max, .. } => (
                share_fill(max.saturating_sub(fixed_total), &ranges).into_iter(),
                share_fill(min.saturating_sub(fixed_total), &ranges).into_iter(),
            ),
            _ => (Vec::new().into_iter(), Vec::new().into_iter()),
        };
        for (step, checked) in steps.iter().zip(checked) {
            // The longest and shortest this step can last; `None` when it
            // has no end (the fill step of an open-ended session).
            let (longest, shortest) = match (&step.duration, length) {
                (Some(d), _) => (Some(d.value), Some(d.value)),
                (None, Length::Flexible { .. }) if step.fill.is_some() => (at_longest.next(), at_shortest.next()),
                (None, Length::OpenEnded) if step.fill.is_some() => (None, None),
                _ => continue,
            };
            if let Some(intervals) = &step.intervals {
                self.interval_timing(intervals, longest, step.fill.is_some());
            }
            if let Some(longest) = longest {
                for fade in &step.fades {
                    if fade.at.value >= longest {
                        self.report(
                            Diagnostic::new(
                                Code::OutOfRange,
                                fade.at.span,
                                t!(
                                    "diag-fade-after-step",
                                    at = fade.at.value.to_string(),
                                    end = longest.to_string()
                                ),
                            )
                            .label(t!("diag-after-step")),
                        );
                    }
                }
            }
            if let Some(checked) = checked {
                self.cue_timing(&step.cues, &checked.cues, checked.voice.is_some(), longest, shortest);
            }
            let clip = checked.as_ref().and_then(|s| s.voice.as_ref()).and_then(|v| v.length);
            if let (Some(voice), Some(clip), Some(shortest)) = (&step.voice, clip, shortest) {
                self.voice_timing(voice.span, clip, shortest);
            }
        }
    }

    /// Checks a step's cues against its length: timed cues inside the
    /// step and in order, none counted from the end of a step without one;
    /// and, as warnings, cues whose words run into the next cue or past
    /// the end. `longest` and `shortest` are `None` for an open-ended step.
    fn cue_timing(
        &mut self,
        raw: &[RawCue],
        cues: &[Cue],
        has_recording: bool,
        longest: Option<Duration>,
        shortest: Option<Duration>,
    ) {
        let mut errors = false;
        for raw_cue in raw {
            let Some(at) = &raw_cue.at else { continue };
            let problem = match (at.value, longest, shortest) {
                (RawCueTime::FromEnd(_), None, _) => Some((
                    Code::Conflict,
                    t!("diag-cue-from-end-open"),
                    t!("diag-cue-from-end-open-label"),
                    t!("diag-cue-from-end-open-help"),
                )),
                (RawCueTime::FromStart(at), Some(longest), _) if at >= longest => Some((
                    Code::CueAfterEnd,
                    t!("diag-cue-after-end", at = at.to_string(), end = longest.to_string()),
                    t!("diag-after-step"),
                    t!("diag-cue-after-end-help"),
                )),
                (RawCueTime::FromEnd(before), _, Some(shortest)) if before > shortest => Some((
                    Code::CueAfterEnd,
                    t!(
                        "diag-cue-before-start",
                        before = before.to_string(),
                        length = shortest.to_string()
                    ),
                    t!("diag-cue-before-start-label"),
                    t!("diag-cue-before-start-help"),
                )),
                _ => None,
            };
            if let Some((code, message, label, help)) = problem {
                errors = true;
                self.report(Diagnostic::new(code, at.span, message).label(label).help(help));
            }
        }
        if errors {
            return;
        }
        // Timed cues come in the order they are written, at every length.
        let resolve = |time: RawCueTime, length: Option<Duration>| match time {
            RawCueTime::FromStart(at) => Some(at),
            RawCueTime::FromEnd(before) => length.map(|l| l.saturating_sub(before)),
        };
        for length in [shortest, longest] {
            let mut previous: Option<(Duration, Span)> = None;
            for raw_cue in raw {
                let Some(at) = &raw_cue.at else { continue };
                let Some(time) = resolve(at.value, length) else {
                    continue;
                };
                if let Some((before, before_span)) = previous
                    && time <= before
                {
                    let (at_text, before_text) = (time.to_string(), before.to_string());
                    let message = match length {
                        Some(length) if shortest != longest => t!(
                            "diag-cues-out-of-order-at-length",
                            at = at_text,
                            length = length.to_string(),
                            before = before_text
                        ),
                        _ => t!("diag-cues-out-of-order", at = at_text, before = before_text),
                    };
                    self.report(
                        Diagnostic::new(Code::CuesOutOfOrder, at.span, message)
                            .label(t!("diag-cues-out-of-order-label"))
                            .also(before_span, t!("diag-cues-out-of-order-before"))
                            .help(t!("diag-cues-out-of-order-help")),
                    );
                    return;
                }
                previous = Some((time, at.span));
            }
        }
        // Room to speak each cue, at the shortest length the step can have.
        // A step with a recording of its own is heard as recorded.
        if has_recording {
            return;
        }
        let placed = {
            let times: Vec<CueTime> = cues.iter().map(|c| c.at).collect();
            let speaking: Vec<Duration> = cues.iter().map(Cue::speaking_time).collect();
            super::cue::place_cues(&times, &speaking, shortest)
        };
        for (index, (cue, at)) in cues.iter().zip(&placed).enumerate() {
            let Some(at) = at else { continue };
            let speaking = cue.speaking_time();
            let next = placed[index + 1..].iter().flatten().next().copied();
            let ends = at + speaking.as_millis();
            let (limit, into_next) = match (next, shortest) {
                (Some(next), _) => (next, true),
                (None, Some(length)) => (length.as_millis(), false),
                (None, None) => continue,
            };
            if ends > limit + RUN_OVER_GRACE.as_millis() {
                let room = Duration::from_millis(limit.saturating_sub(*at)).to_string();
                let (pace, speaking) = (super::cue::WORDS_PER_MINUTE, speaking.to_string());
                let (message, label) = if into_next {
                    (
                        t!("diag-cue-runs-into-next", pace = pace, speaking = speaking, room = room),
                        t!("diag-runs-into-next"),
                    )
                } else {
                    (
                        t!("diag-cue-runs-past-end", pace = pace, speaking = speaking, room = room),
                        t!("diag-runs-past-end"),
                    )
                };
                self.report(
                    Diagnostic::new(Code::CueRunsOver, raw[index].text.span, message)
                        .label(label)
                        .help(t!("diag-cue-runs-over-help")),
                );
            }
        }
    }

    fn interval_timing(&mut self, intervals: &RawIntervals, longest: Option<Duration>, fill: bool) {
        let lasts = |longest: Duration| {
            if fill {
                t!("diag-lasts-at-most", length = longest.to_string())
            } else {
                longest.to_string()
            }
        };
        match (&intervals.rule, longest) {
            (Some(RawRule::Every(every)), _) if every.value < MIN_INTERVAL => self.report(
                Diagnostic::new(
                    Code::OutOfRange,
                    every.span,
                    t!("diag-interval-too-often", every = every.value.to_string()),
                )
                .label(t!("diag-less-than", min = MIN_INTERVAL.to_string())),
            ),
            (Some(RawRule::Every(every)), Some(longest)) if every.value >= longest => self.report(
                Diagnostic::new(
                    Code::IntervalNeverRings,
                    every.span,
                    t!(
                        "diag-every-never-rings",
                        every = every.value.to_string(),
                        lasts = lasts(longest)
                    ),
                )
                .label(t!("diag-every-never-rings-label"))
                .help(t!("diag-every-never-rings-help")),
            ),
            (Some(RawRule::Count(count)), _) if count.value == 0 => self.report(
                Diagnostic::new(Code::IntervalNeverRings, count.span, t!("diag-count-zero"))
                    .label(t!("diag-count-zero-label"))
                    .help(t!("diag-count-zero-help")),
            ),
            (Some(RawRule::Count(count)), None) => self.report(
                Diagnostic::new(Code::Conflict, count.span, t!("diag-count-open-ended"))
                    .label(t!("diag-count-open-ended-label"))
                    .help(t!("diag-count-open-ended-help")),
            ),
            (Some(RawRule::Count(count)), Some(longest)) if u64::from(count.value) >= longest.as_millis() => self
                .report(
                    Diagnostic::new(
                        Code::IntervalNeverRings,
                        count.span,
                        t!("diag-count-too-many", count = count.value, lasts = lasts(longest)),
                    )
                    .label(t!("diag-count-too-many-label")),
                ),
            (Some(RawRule::At(times)), _) if times.value.is_empty() => self.report(
                Diagnostic::new(Code::IntervalNeverRings, times.span, t!("diag-at-empty"))
                    .label(t!("diag-at-empty-label"))
                    .help(t!("diag-at-empty-help")),
            ),
            (Some(RawRule::At(times)), Some(longest)) => {
                for time in times.value.iter().filter(|t| t.value >= longest) {
                    self.report(
                        Diagnostic::new(
                            Code::IntervalNeverRings,
                            time.span,
                            t!(
                                "diag-at-never-rings",
                                at = time.value.to_string(),
                                lasts = lasts(longest)
                            ),
                        )
                        .label(t!("diag-at-never-rings-label")),
                    );
                }
            }
            _ => {}
        }
    }

    fn voice_timing(&mut self, span: Span, clip: Duration, step_length: Duration) {
        if clip > step_length {
            self.report(
                Diagnostic::new(
                    Code::VoiceLongerThanStep,
                    span,
                    t!(
                        "diag-voice-longer",
                        clip = clip.to_string(),
                        step = step_length.to_string()
                    ),
                )
                .label(t!("diag-runs-past-end"))
                .help(t!("diag-voice-longer-help")),
            );
        }
    }

    /// Counts every strike the session can ring at its longest.
    fn bell_count(&mut self, session: &Session, head: Span) {
        let longest = match session.length {
            Length::Fixed(length) => length,
            Length::Flexible { max, .. } => max,
            Length::OpenEnded => Duration::ZERO,
        };
        let strikes = |bell: &Option<Bell>| bell.as_ref().map_or(0, |b| u64::from(b.strikes));
        let mut total = strikes(&session.ending.bell);
        for (step, length) in session.steps.iter().zip(session.step_lengths(longest)) {
            total += strikes(&step.start_bell) + strikes(&step.end_bell);
            if let (Some(intervals), Some(length)) = (&step.intervals, length) {
                let count = match &intervals.rule {
                    IntervalRule::Every(every) => length.as_millis().saturating_sub(1) / every.as_millis().max(1),
                    IntervalRule::Count(count) => u64::from(*count),
                    IntervalRule::At(times) => times.len() as u64,
                };
                total = total.saturating_add(count.saturating_mul(u64::from(intervals.bell.strikes)));
            }
        }
        if total > MAX_BELLS {
            self.report(
                Diagnostic::new(
                    Code::TooManyBells,
                    head,
                    t!(
                        "diag-too-many-bells",
                        total = total.to_string(),
                        most = MAX_BELLS.to_string()
                    ),
                )
                .label(t!("diag-too-many-bells-label"))
                .help(t!("diag-too-many-bells-help")),
            );
        }
    }
}

/// The range a fill step stretches within: `fill: true` is from nothing
/// to no limit.
fn fill_range(step: &RawStep) -> FillRange {
    step.fill_range
        .as_ref()
        .map_or_else(FillRange::default, |range| FillRange {
            min: range.min.as_ref().map_or(Duration::ZERO, |min| min.value),
            max: range.max.as_ref().map(|max| max.value),
        })
}

#[cfg(test)]
mod tests {
    use super::normalize_guidance;

    #[test]
    fn guidance_joins_lines_and_keeps_paragraphs() {
        let text = "\n    Let the body settle.\n    Feel the chair.\n\n\n    Breathe.\n  ";
        assert_eq!(
            normalize_guidance(text),
            "Let the body settle. Feel the chair.\n\nBreathe."
        );
        assert_eq!(normalize_guidance("  "), "");
    }
}
