//! Recording the guidance of a session from the user's folder, step by
//! step: record, listen back, re-take, keep. A kept take is trimmed of its
//! silence, evened out in loudness, saved beside the session file, and
//! named in the file without the author touching its syntax.

use std::path::{Path, PathBuf};

use crate::audio::recording::{Recorder, Take};
use crate::session::{Origin, Session, set_step_voice};

use super::design::{Palette, space};
use super::page::card_ui;

/// Where a step's recording stands.
pub enum VoiceState {
    Recording {
        recorder: Recorder,
        since: std::time::Duration,
    },
    Ready(Take),
}

/// The step being recorded, and what has been recorded of it.
pub struct VoiceRecording {
    pub session_id: String,
    pub step: usize,
    pub state: VoiceState,
}

/// The file a kept take is written to, beside the session file.
pub fn take_path(session_file: &Path, session: &Session, step: usize) -> PathBuf {
    let folder = session_file.parent().unwrap_or(Path::new("."));
    let slug = crate::session::id_from_name(session.steps.get(step).map_or("step", |s| s.title.as_str()));
    folder
        .join("voice")
        .join(format!("{}-{:02}-{slug}.wav", session.id, step + 1))
}

/// Trims and evens out the take, writes it beside the session file and
/// names it in the step. Returns what to tell the author.
pub fn keep_take(session_file: &Path, session: &Session, step: usize, take: &Take) -> Result<String, String> {
    let kept = take.trimmed().normalized();
    if kept.samples.is_empty() {
        return Err(crate::t!("voice-take-silent"));
    }
    let path = take_path(session_file, session, step);
    kept.write_wav(&path).map_err(|e| cannot_write(&path, &e))?;
    let text = std::fs::read_to_string(session_file).map_err(|e| {
        crate::t!(
            "voice-cannot-read",
            path = session_file.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let relative = path
        .strip_prefix(session_file.parent().unwrap_or(Path::new("")))
        .unwrap_or(&path)
        .to_string_lossy()
        .replace('\\', "/");
    let edited = set_step_voice(&text, step, &relative).map_err(|e| e.to_string())?;
    crate::paths::write_atomically(session_file, edited.as_bytes()).map_err(|e| cannot_write(session_file, &e))?;
    Ok(crate::t!(
        "voice-kept",
        seconds = tenths(kept.seconds()),
        file = relative
    ))
}

fn cannot_write(path: &Path, error: &dyn std::fmt::Display) -> String {
    crate::t!(
        "voice-cannot-write",
        path = path.display().to_string(),
        reason = error.to_string()
    )
}

/// Seconds written with one decimal, "2.0", with the locale's separator.
fn tenths(seconds: f64) -> crate::i18n::FluentValue<'static> {
    use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
    let options = FluentNumberOptions {
        minimum_fraction_digits: Some(1),
        maximum_fraction_digits: Some(1),
        ..Default::default()
    };
    FluentNumber::new(seconds, options).into()
}

/// What the recording section shows: the step being recorded, if any (of
/// this session or another), and what happened to the last take.
pub struct VoiceView<'a> {
    pub recording: Option<&'a VoiceRecording>,
    pub note: Option<&'a str>,
    /// The app's clock now, for the time a recording has run.
    pub now: std::time::Duration,
}

/// What a press in the recording section asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceAction {
    /// Record this step's guidance (again).
    Record(usize),
    Stop,
    /// Hear the take as it would be kept.
    Listen,
    /// Keep the take for this step.
    Keep(usize),
}

/// The file of `session` in the user's own folder, where its takes go;
/// `None` for a bundled session.
pub fn session_file(library: &crate::session::Library, session: &Session) -> Option<PathBuf> {
    let file = library.files.iter().find(|f| {
        // The file of the version shown, not another language's.
        f.session
            .as_ref()
            .is_some_and(|s| s.id == session.id && s.language == session.language)
    })?;
    match &file.origin {
        Origin::File(path) => Some(path.clone()),
        _ => None,
    }
}

/// The recording section of a session page, for the user's own files, on
/// a card of its own, folded until asked for. Returns what was asked for.
pub fn voice_ui(ui: &mut egui::Ui, view: &VoiceView, session: &Session, palette: &Palette) -> Option<VoiceAction> {
    let mut action = None;
    card_ui(ui, palette, |ui| {
        egui::CollapsingHeader::new(crate::t!("voice-heading")).show(ui, |ui| {
            ui.weak(crate::t!("voice-explain"));
            ui.add_space(space::XS);
            for (index, step) in session.steps.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(super::bidi::visual(&format!("{}. {}", index + 1, step.title), None));
                    let current = view
                        .recording
                        .filter(|v| v.session_id == session.id.as_str() && v.step == index);
                    match current.map(|v| &v.state) {
                        Some(VoiceState::Recording { since, .. }) => {
                            let time = crate::timeline::clock_text(view.now.saturating_sub(*since).as_millis() as u64);
                            ui.label(
                                egui::RichText::new(crate::t!("voice-recording", time = time)).color(palette.warn),
                            );
                            if ui.button(crate::t!("voice-stop")).clicked() {
                                action = Some(VoiceAction::Stop);
                            }
                        }
                        Some(VoiceState::Ready(take)) => {
                            ui.weak(crate::t!("voice-take-length", seconds = tenths(take.seconds())));
                            if ui.button(crate::t!("voice-listen")).clicked() {
                                action = Some(VoiceAction::Listen);
                            }
                            if ui.button(crate::t!("voice-keep")).clicked() {
                                action = Some(VoiceAction::Keep(index));
                            }
                            if ui.button(crate::t!("voice-record-again")).clicked() {
                                action = Some(VoiceAction::Record(index));
                            }
                        }
                        None => {
                            if let Some(voice) = &step.voice {
                                ui.weak(crate::t!("voice-plays", file = voice.written.as_str()));
                            }
                            let busy = view
                                .recording
                                .is_some_and(|v| matches!(v.state, VoiceState::Recording { .. }));
                            if ui
                                .add_enabled(!busy, egui::Button::new(crate::t!("voice-record")))
                                .clicked()
                            {
                                action = Some(VoiceAction::Record(index));
                            }
                        }
                    }
                });
            }
            if let Some(note) = view.note {
                ui.add_space(space::XS);
                ui.label(note);
            }
        });
    });
    action
}
