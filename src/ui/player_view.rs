//! The player: the step, its guidance in large type, the time left in a
//! ring, and quiet controls; the end screen with the reflection prompt.

use crate::audio::Command;
use crate::practice::Feeling;
use crate::session::Duration;
use crate::timeline::{Phase, Status, Timeline, clock_text, millis};

use super::app::{Screen, StillpointApp};
use super::widgets::{progress_ring_ui, timeline_picture_ui, volumes_ui};

pub fn player_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let Some(active) = app.active.as_mut() else {
        app.screen = Screen::Library;
        return;
    };
    let status = active.status;
    let rate = active.sample_rate;
    let timeline = crate::audio::output::lock(active.player.engine())
        .playback()
        .timeline()
        .clone();
    let time_text = time_text(&status, rate, app.settings.show_seconds);
    let fraction = match (status.phase, status.remaining, timeline.end_frame) {
        (Phase::Ready | Phase::Settling, _, _) => 0.0,
        (_, Some(_), Some(end)) => status.position as f32 / end.max(1) as f32,
        _ => 0.0,
    };
    let step = active.session.steps.get(status.step);
    let now = app.clock.now();
    let reduced_motion = app.settings.reduced_motion;
    let mut speech_answer = None;
    let mut commands = Vec::new();
    let mut restart_preview = None;
    egui::CentralPanel::default().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            if let Some(preview) = &active.preview {
                ui.label(
                    egui::RichText::new(match preview.speed {
                        1 => "Preview at 1x: not logged".to_owned(),
                        speed => format!("Preview at {speed}x: silent, bells shown; not logged"),
                    })
                    .strong(),
                );
                ui.horizontal_wrapped(|ui| {
                    for speed in super::app::PREVIEW_SPEEDS.into_iter().filter(|s| *s != preview.speed) {
                        if ui.button(format!("{speed}x")).clicked() {
                            restart_preview = Some((speed, status.step));
                        }
                    }
                    ui.label("Jump to:");
                    for (index, step) in active.session.steps.iter().enumerate() {
                        if ui.small_button(format!("{}. {}", index + 1, step.title)).clicked() {
                            restart_preview = Some((preview.speed, index));
                        }
                    }
                });
                if let Some(last) = preview.bells.last() {
                    ui.label(format!("Bell: {last} ({} so far)", preview.bells.len()));
                }
            }
            for notice in &active.notices {
                ui.weak(notice);
            }
            if !active.focus {
                ui.label(&active.session.title);
                if status.phase == Phase::Playing
                    && let Some(step) = step
                {
                    ui.heading(&step.title);
                }
            }
            ui.add_space(8.0);
            let label = if status.paused {
                format!("{time_text} · paused")
            } else {
                time_text.clone()
            };
            progress_ring_ui(ui, 220.0, fraction, &label);
            ui.add_space(8.0);
            if !active.focus {
                if status.phase == Phase::Playing {
                    let fade = match active.cue_shown {
                        Some((_, since)) if !reduced_motion => cue_fade(now.saturating_sub(since)),
                        _ => 1.0,
                    };
                    cues_ui(ui, &timeline, status, active.whole_step, fade);
                    if fade < 1.0 {
                        // About thirty frames a second, only while it fades.
                        ui.ctx().request_repaint_after(std::time::Duration::from_millis(33));
                    }
                    if timeline.cues.iter().any(|c| c.step == status.step) {
                        let label = if active.whole_step {
                            "Show one cue at a time"
                        } else {
                            "Show the whole step"
                        };
                        if ui.small_button(label).clicked() {
                            active.whole_step = !active.whole_step;
                        }
                    }
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let pause = if status.paused { "Resume" } else { "Pause" };
                    if ui.button(pause).clicked() {
                        commands.push(Command::TogglePause);
                    }
                    if ui.button("Skip step").clicked() {
                        commands.push(Command::Skip);
                    }
                    if ui.button("One more minute").clicked() {
                        commands.push(Command::Extend(Duration::from_mins(1)));
                    }
                    if ui.button("End").clicked() {
                        active.confirm_end = true;
                    }
                    if ui.button("Focus").clicked() {
                        active.focus = true;
                    }
                });
                egui::CollapsingHeader::new("Sound").show(ui, |ui| {
                    let volumes = &mut app.settings.volumes;
                    let changed = volumes_ui(ui, volumes);
                    if changed {
                        commands.push(Command::SetVolumes(*volumes));
                    }
                });
                timeline_picture_ui(ui, &timeline, Some(status.position));
            } else if ui.button("Show everything").clicked() {
                active.focus = false;
            }
        });
    });
    if active.offering_speech {
        egui::Modal::new(egui::Id::unique("offer-speech")).show(ui.ctx(), |ui| {
            ui.heading("Hear the guidance?");
            ui.label(
                "The guidance can be read aloud, so you can close your eyes or rest your gaze and follow it by ear.",
            );
            ui.weak("You can change this at any time in Settings.");
            ui.horizontal(|ui| {
                if ui.button("Read it aloud").clicked() {
                    speech_answer = Some(true);
                }
                if ui.button("Text only").clicked() {
                    speech_answer = Some(false);
                }
            });
        });
    }
    if active.confirm_end {
        let modal = egui::Modal::new(egui::Id::unique("confirm-end")).show(ui.ctx(), |ui| {
            ui.label("End this session now?");
            ui.horizontal(|ui| {
                if ui.button("End the session").clicked() {
                    commands.push(Command::End);
                    ui.close();
                }
                if ui.button("Keep going").clicked() {
                    ui.close();
                }
            });
        });
        if modal.should_close() {
            active.confirm_end = false;
        }
    }
    if let Some(read_aloud) = speech_answer {
        app.answer_speech_offer(read_aloud);
    }
    for command in commands {
        app.command(command);
    }
    if let Some((speed, step)) = restart_preview
        && let Some(active) = app.active.take()
    {
        let length = active.preview.as_ref().and_then(|p| p.length);
        app.preview(active.session, length, speed, step);
    }
}

/// How long a new cue takes to fade in.
pub const CUE_FADE: std::time::Duration = std::time::Duration::from_millis(900);

/// How far a cue has faded in, `since` it came: from 0 to 1.
fn cue_fade(since: std::time::Duration) -> f32 {
    (since.as_secs_f32() / CUE_FADE.as_secs_f32()).clamp(0.0, 1.0)
}

/// The cue of guidance showing, in large type, faded in by `fade`; or, for
/// reading, every cue of the step, the ones to come paler.
fn cues_ui(ui: &mut egui::Ui, timeline: &Timeline, status: Status, whole_step: bool, fade: f32) {
    let text_color = ui.visuals().text_color();
    if whole_step {
        let current = status.cue.unwrap_or(usize::MAX);
        for (index, cue) in timeline.cues.iter().enumerate().filter(|(_, c)| c.step == status.step) {
            let color = if index == current || (status.cue.is_some() && index < current) {
                text_color
            } else {
                ui.visuals().weak_text_color()
            };
            ui.label(egui::RichText::new(&cue.text).size(20.0).color(color));
            ui.add_space(4.0);
        }
        return;
    }
    let Some(cue) = status.cue.and_then(|cue| timeline.cues.get(cue)) else {
        return;
    };
    ui.add_space(4.0);
    ui.label(
        egui::RichText::new(&cue.text)
            .size(26.0)
            .color(text_color.gamma_multiply(fade)),
    );
    ui.add_space(6.0);
}

/// The time shown in the ring: the settling countdown in seconds; then the
/// time left (or, open-ended, so far) in whole minutes, or in seconds when
/// the practitioner asks for them.
pub fn time_text(status: &Status, rate: u32, seconds: bool) -> String {
    let ms = |frames| millis(frames, rate);
    match (status.phase, status.remaining) {
        (Phase::Ready | Phase::Settling, _) => format!("First bell in {}", clock_text(ms(status.settle_left))),
        (_, Some(left)) if seconds => format!("{} left", clock_text(ms(left))),
        (_, Some(left)) if ms(left) < MINUTE_MS => "Less than a minute left".to_owned(),
        (_, Some(left)) => format!("{} min left", ms(left).div_ceil(MINUTE_MS)),
        (_, None) if seconds => format!("{} so far", clock_text(ms(status.position))),
        (_, None) => format!("{} min so far", ms(status.position) / MINUTE_MS),
    }
}

const MINUTE_MS: u64 = 60_000;

/// How long until anything on the player changes by itself: the time
/// shown, the step and its guidance, or the end. `None` while paused.
pub fn next_change(status: &Status, timeline: &Timeline, rate: u32, seconds: bool) -> Option<std::time::Duration> {
    if status.paused || matches!(status.phase, Phase::Finished | Phase::EndedEarly) {
        return None;
    }
    let ms = |frames| millis(frames, rate);
    let until_multiple = |value: u64, unit: u64| match value % unit {
        0 => unit,
        part => part,
    };
    let wait = match (status.phase, status.remaining) {
        (Phase::Ready | Phase::Settling, _) => until_multiple(ms(status.settle_left), 1000),
        (_, Some(left)) => {
            let left = ms(left);
            let shown = if seconds {
                until_multiple(left, 1000)
            } else if left < MINUTE_MS {
                left
            } else {
                until_multiple(left, MINUTE_MS)
            };
            let next_cue = timeline
                .events
                .iter()
                .find(|event| event.at_frame > status.position)
                .map_or(u64::MAX, |event| ms(event.at_frame - status.position));
            shown.min(next_cue)
        }
        (_, None) => {
            let unit = if seconds { 1000 } else { MINUTE_MS };
            let next_cue = timeline
                .events
                .iter()
                .find(|event| event.at_frame > status.position)
                .map_or(u64::MAX, |event| ms(event.at_frame - status.position));
            (unit - ms(status.position) % unit).min(next_cue)
        }
    };
    Some(std::time::Duration::from_millis(wait.max(1)))
}

pub fn end_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let write_problem = app.practice.write_problem();
    let Some(ending) = app.ending.as_mut() else {
        app.screen = Screen::Library;
        return;
    };
    let mut done = false;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(24.0);
                ui.heading(&ending.title);
                let how = if ending.completed {
                    "Session complete"
                } else {
                    "Session ended"
                };
                ui.label(format!("{how} · {} practised", ending.practised));
                if let Some(problem) = &write_problem {
                    ui.add_space(8.0);
                    ui.label(egui::RichText::new(problem).color(ui.visuals().warn_fg_color));
                }
                ui.add_space(16.0);
                if let Some(reflection) = &ending.reflection {
                    ui.label(egui::RichText::new(reflection).size(20.0));
                    ui.add_space(8.0);
                }
                ui.add(
                    egui::TextEdit::multiline(&mut ending.note)
                        .hint_text("A note for yourself, if you like")
                        .desired_rows(4),
                );
                ui.add_space(12.0);
                ui.label("If you like to keep track: how were you feeling before you began?");
                feeling_row(ui, "before", &mut ending.feeling_before);
                ui.label("And now?");
                feeling_row(ui, "after", &mut ending.feeling_after);
                ui.add_space(16.0);
                ui.weak("All of this is optional, and stays on this computer.");
                ui.add_space(8.0);
                if ui.button("Done").clicked() {
                    done = true;
                }
            });
        });
    });
    if done {
        app.save_reflection();
        app.screen = Screen::Library;
    }
}

/// Five choices from 1 (low) to 5 (very well); choosing the chosen one
/// again clears it.
fn feeling_row(ui: &mut egui::Ui, which: &str, feeling: &mut Option<Feeling>) {
    const WORDS: [&str; 5] = ["1 low", "2", "3", "4", "5 very well"];
    ui.horizontal(|ui| {
        // Centred: as wide as its buttons.
        let width = ui.available_width();
        ui.add_space((width - 330.0).max(0.0) / 2.0);
        for (value, word) in (Feeling::LOWEST..=Feeling::HIGHEST).zip(WORDS) {
            let chosen = feeling.is_some_and(|f| f.get() == value);
            let response = ui
                .selectable_label(chosen, word)
                .on_hover_text(format!("Feeling {which}: {value} of 5"));
            if response.clicked() {
                *feeling = if chosen { None } else { Feeling::new(value) };
            }
        }
    });
}

pub fn shortcuts_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ui.ctx(), |ui| {
        ui.heading("Keyboard");
        for (key, what) in [
            ("Space", "pause or resume"),
            ("Esc", "end the session (asks first)"),
            ("Right arrow", "skip to the next step"),
            ("M", "mute or unmute"),
            ("F", "focus: only the time and the ring"),
            ("?", "this help"),
        ] {
            ui.label(format!("{key} — {what}"));
        }
        if ui.button("Close").clicked() {
            ui.close();
        }
    });
    if modal.should_close() {
        app.show_help = false;
    }
}
