//! The player: the step, its guidance in large type, the time left in a
//! ring, and quiet controls; the end screen with the reflection prompt.

use crate::audio::Command;
use crate::practice::Feeling;
use crate::session::Duration;
use crate::timeline::{Phase, Status, Timeline, clock_text, millis};

use super::app::Ending;
use super::bidi::{Direction, label_ui, paragraph_height, paragraph_ui, visual};
use super::design::{primary_button, secondary_button, space};
use super::dialog;
use super::widgets::{progress_ring_ui, timeline_picture_ui, volumes_ui};

/// What the player shows: the session on its way.
pub struct PlayerView<'a> {
    pub session: &'a crate::session::Session,
    pub status: Status,
    pub sample_rate: u32,
    pub timeline: &'a Timeline,
    pub preview: Option<&'a super::app::Preview>,
    pub notices: &'a [String],
    /// Asking whether to read the guidance aloud; the session waits.
    pub offering_speech: bool,
    /// The guidance is read aloud (otherwise each new cue is told to a
    /// screen reader).
    pub spoken: bool,
    /// The cue on screen, and when it came, on the app's clock.
    pub cue_shown: Option<(usize, std::time::Duration)>,
    /// The app's clock now.
    pub now: std::time::Duration,
    pub show_seconds: bool,
    pub reduced_motion: bool,
    pub volumes: crate::audio::Volumes,
}

/// How the player is shown, kept between frames.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlayerForm {
    /// Only the ring and the time show.
    pub focus: bool,
    /// Asking whether to end the session.
    pub confirm_end: bool,
    /// Every cue of the step shows, for reading.
    pub whole_step: bool,
}

/// What was asked for in the player.
#[derive(Clone, Debug, PartialEq)]
pub enum PlayerAction {
    Command(Command),
    /// The sound's levels changed.
    Volumes(crate::audio::Volumes),
    /// The answer to "read the guidance aloud?".
    ReadAloud(bool),
    /// Preview again at this speed, from this step.
    Preview {
        speed: u32,
        step: usize,
    },
}

/// The player: the ring and its time, the guidance, the controls.
pub fn player_ui(ui: &mut egui::Ui, view: &PlayerView, form: &mut PlayerForm) -> Option<PlayerAction> {
    let status = view.status;
    let rate = view.sample_rate;
    let timeline = view.timeline;
    let time_text = time_text(&status, rate, view.show_seconds);
    let fraction = match (status.phase, status.remaining, timeline.end_frame) {
        (Phase::Ready | Phase::Settling, _, _) => 0.0,
        (_, Some(_), Some(end)) => status.position as f32 / end.max(1) as f32,
        _ => 0.0,
    };
    let step = view.session.steps.get(status.step);
    // The session's words read the way its language does.
    let direction = Direction::of_language(&view.session.language);
    let now = view.now;
    let reduced_motion = view.reduced_motion;
    let mut action = None;
    let mut volumes = view.volumes;
    egui::CentralPanel::default()
        .frame(super::design::screen_frame(ui.available_width()))
        .show(ui, |ui| {
            ui.vertical_centered(|ui| {
                if let Some(preview) = &view.preview {
                    ui.label(
                        egui::RichText::new(match preview.speed {
                            1 => crate::t!("player-preview-heard"),
                            speed => crate::t!("player-preview-fast", speed = speed),
                        })
                        .strong(),
                    );
                    ui.horizontal_wrapped(|ui| {
                        for speed in super::app::PREVIEW_SPEEDS.into_iter().filter(|s| *s != preview.speed) {
                            if ui.button(crate::t!("player-preview-speed", speed = speed)).clicked() {
                                action = Some(PlayerAction::Preview {
                                    speed,
                                    step: status.step,
                                });
                            }
                        }
                        ui.label(crate::t!("player-jump-to"));
                        for (index, step) in view.session.steps.iter().enumerate() {
                            if ui
                                .small_button(format!("{}. {}", index + 1, visual(&step.title, direction)))
                                .clicked()
                            {
                                action = Some(PlayerAction::Preview {
                                    speed: preview.speed,
                                    step: index,
                                });
                            }
                        }
                    });
                    if let Some(last) = preview.bells.last() {
                        ui.label(crate::t!(
                            "player-bell-passed",
                            bell = last.as_str(),
                            count = preview.bells.len()
                        ));
                    }
                }
                for notice in view.notices {
                    ui.weak(notice);
                }
                if !form.focus {
                    label_ui(ui, &view.session.title, direction);
                    if status.phase == Phase::Playing
                        && let Some(step) = step
                    {
                        label_ui(ui, egui::RichText::new(&step.title).heading(), direction);
                    }
                }
                ui.add_space(8.0);
                let label = if status.paused {
                    crate::t!("player-paused", time = time_text.as_str())
                } else {
                    time_text.clone()
                };
                let accent = super::design::domain_accent(view.session.domain, ui.ctx().theme());
                // The ring breathes when the session asks it to, while playing,
                // never under reduced motion; its pace follows the session's
                // own position, so a pause holds the breath where it is.
                let breath = view
                    .session
                    .breath
                    .filter(|_| status.phase == Phase::Playing && !status.paused && !reduced_motion)
                    .map(|breath| breath_fullness(millis(status.position, rate), breath.as_millis()));
                progress_ring_ui(ui, 240.0, fraction, &label, accent, breath);
                if breath.is_some() {
                    // About twenty-five frames a second: smooth enough for a
                    // breath, which is slow.
                    ui.ctx().request_repaint_after(std::time::Duration::from_millis(40));
                }
                ui.add_space(8.0);
                if !form.focus {
                    if status.phase == Phase::Playing {
                        let fade = match view.cue_shown {
                            Some((_, since)) if !reduced_motion => cue_fade(now.saturating_sub(since)),
                            _ => 1.0,
                        };
                        // The guidance keeps the room of the step's longest
                        // cue, so what is beneath it stands still as cues
                        // come and go: nothing moves under a resting
                        // pointer (nor brings up its tooltip).
                        let room = match form.whole_step {
                            true => 0.0,
                            false => guidance_room(ui, timeline, status.step, direction),
                        };
                        ui.scope(|ui| {
                            ui.set_min_height(room);
                            cues_ui(ui, timeline, status, form.whole_step, fade, direction, !view.spoken);
                        });
                        if fade < 1.0 {
                            // Only while it fades.
                            ui.ctx().request_repaint_after(CUE_FADE_STEP);
                        }
                        if timeline.cues.iter().any(|c| c.step == status.step) {
                            let label = if form.whole_step {
                                crate::t!("player-show-one-cue")
                            } else {
                                crate::t!("player-show-whole-step")
                            };
                            if ui.small_button(label).clicked() {
                                form.whole_step = !form.whole_step;
                            }
                        }
                    }
                    ui.add_space(super::design::space::M);
                    super::design::centered_row_ui(ui, "player-controls", |ui| {
                        let pause = if status.paused {
                            crate::t!("player-resume")
                        } else {
                            crate::t!("player-pause")
                        };
                        if ui.button(pause).clicked() {
                            push(&mut action, Command::TogglePause);
                        }
                        if ui.button(crate::t!("player-skip-step")).clicked() {
                            push(&mut action, Command::Skip);
                        }
                        if ui.button(crate::t!("player-one-more-minute")).clicked() {
                            push(&mut action, Command::Extend(Duration::from_mins(1)));
                        }
                        if ui.button(crate::t!("player-end")).clicked() {
                            form.confirm_end = true;
                        }
                        if ui.button(crate::t!("player-focus")).clicked() {
                            form.focus = true;
                        }
                    });
                    egui::CollapsingHeader::new(crate::t!("player-sound")).show(ui, |ui| {
                        if volumes_ui(ui, &mut volumes) {
                            action = Some(PlayerAction::Volumes(volumes));
                        }
                    });
                    timeline_picture_ui(ui, timeline, Some(status.position));
                } else if ui.button(crate::t!("player-show-everything")).clicked() {
                    form.focus = false;
                }
            });
        });
    if view.offering_speech {
        // Asked once, before the first guided session begins: it waits for
        // an answer.
        dialog::dialog_ui(ui.ctx(), "offer-speech", |ui, palette| {
            dialog::heading_ui(ui, crate::t!("player-speech-offer-heading"), palette);
            dialog::body_ui(ui, crate::t!("player-speech-offer-body"), palette);
            dialog::note_ui(ui, crate::t!("player-speech-offer-later"), palette);
            dialog::answers_ui(ui, |ui| {
                if ui
                    .add(primary_button(crate::t!("player-speech-read-aloud"), palette))
                    .clicked()
                {
                    action = Some(PlayerAction::ReadAloud(true));
                }
                if ui
                    .add(secondary_button(crate::t!("player-speech-text-only"), palette))
                    .clicked()
                {
                    action = Some(PlayerAction::ReadAloud(false));
                }
            });
        });
    }
    if form.confirm_end {
        // Ending is what was asked for; going on is beside it, and Esc or a
        // press outside goes on too.
        let modal = dialog::dialog_ui(ui.ctx(), "confirm-end", |ui, palette| {
            dialog::heading_ui(ui, crate::t!("player-end-confirm"), palette);
            dialog::answers_ui(ui, |ui| {
                if ui
                    .add(primary_button(crate::t!("player-end-session"), palette))
                    .clicked()
                {
                    push(&mut action, Command::End);
                    ui.close();
                }
                if ui
                    .add(secondary_button(crate::t!("player-keep-going"), palette))
                    .clicked()
                {
                    ui.close();
                }
            });
        });
        if modal.should_close() {
            form.confirm_end = false;
        }
    }
    action
}

/// Asks for `command` to be sent to the session.
fn push(action: &mut Option<PlayerAction>, command: Command) {
    *action = Some(PlayerAction::Command(command));
}

/// How full the breath is, `at` milliseconds into the session, for a
/// breath `cycle` milliseconds long: in over the first half, out over the
/// second, eased at each turn.
pub fn breath_fullness(at: u64, cycle: u64) -> f32 {
    let phase = (at % cycle.max(1)) as f32 / cycle.max(1) as f32;
    0.5 - 0.5 * (std::f32::consts::TAU * phase).cos()
}

/// How long a new cue takes to fade in.
pub const CUE_FADE: std::time::Duration = std::time::Duration::from_millis(900);

/// How often the fade is drawn: about fifteen times a second, fourteen
/// steps over the fade. A change this slow needs no more, and each frame
/// is drawn whole (in a software renderer, by the processor).
const CUE_FADE_STEP: std::time::Duration = std::time::Duration::from_millis(66);

/// How far a cue has faded in, `since` it came: from 0 to 1.
fn cue_fade(since: std::time::Duration) -> f32 {
    (since.as_secs_f32() / CUE_FADE.as_secs_f32()).clamp(0.0, 1.0)
}

/// The cue of guidance showing, in large type, faded in by `fade`; or, for
/// reading, every cue of the step, the ones to come paler. Guidance that
/// reads right to left is set against the right edge. Where the guidance
/// is not read aloud, the cue showing is a polite live region: a screen
/// reader says each new one when it comes, wherever its focus is.
fn cues_ui(
    ui: &mut egui::Ui,
    timeline: &Timeline,
    status: Status,
    whole_step: bool,
    fade: f32,
    direction: Option<Direction>,
    announce: bool,
) {
    let text_color = ui.visuals().text_color();
    if whole_step {
        let current = status.cue.unwrap_or(usize::MAX);
        for (index, cue) in timeline.cues.iter().enumerate().filter(|(_, c)| c.step == status.step) {
            let color = if index == current || (status.cue.is_some() && index < current) {
                text_color
            } else {
                ui.visuals().weak_text_color()
            };
            paragraph_ui(ui, egui::RichText::new(&cue.text).size(20.0).color(color), direction);
            ui.add_space(4.0);
        }
        return;
    }
    let Some(cue) = status.cue.and_then(|cue| timeline.cues.get(cue)) else {
        return;
    };
    ui.add_space(CUE_SPACE_ABOVE);
    let shown = paragraph_ui(
        ui,
        cue_text(&cue.text).color(text_color.gamma_multiply(fade)),
        direction,
    );
    if announce {
        ui.ctx().accesskit_node_builder(shown.id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
    }
    ui.add_space(CUE_SPACE_BELOW);
}

/// The room above and below the cue showing.
const CUE_SPACE_ABOVE: f32 = 4.0;
const CUE_SPACE_BELOW: f32 = 6.0;

/// A cue's words, in the guidance's large type.
fn cue_text(text: &str) -> egui::RichText {
    egui::RichText::new(text).size(26.0)
}

/// The height the guidance of `step` takes with its longest cue showing
/// (nothing, for a step without cues).
fn guidance_room(ui: &egui::Ui, timeline: &Timeline, step: usize, direction: Option<Direction>) -> f32 {
    let tallest = timeline
        .cues
        .iter()
        .filter(|cue| cue.step == step)
        .map(|cue| paragraph_height(ui, cue_text(&cue.text), direction))
        .fold(0.0, f32::max);
    match tallest > 0.0 {
        // As `cues_ui` takes it: the spaces, the words and the spacing
        // after them.
        true => CUE_SPACE_ABOVE + tallest + ui.spacing().item_spacing.y + CUE_SPACE_BELOW,
        false => 0.0,
    }
}

const MINUTE_MS: u64 = 60_000;

pub use crate::timeline::next_change;

/// The time shown in the ring: the settling countdown in seconds; then the
/// time left (or, open-ended, so far) in whole minutes, or in seconds when
/// the practitioner asks for them.
pub fn time_text(status: &Status, rate: u32, seconds: bool) -> String {
    let ms = |frames| millis(frames, rate);
    match (status.phase, status.remaining) {
        (Phase::Ready | Phase::Settling, _) => {
            crate::t!("player-first-bell-in", time = clock_text(ms(status.settle_left)))
        }
        (_, Some(left)) if seconds => crate::t!("player-time-left", time = clock_text(ms(left))),
        (_, Some(left)) if ms(left) < MINUTE_MS => crate::t!("player-less-than-a-minute-left"),
        (_, Some(left)) => crate::t!("player-minutes-left", minutes = ms(left).div_ceil(MINUTE_MS)),
        (_, None) if seconds => crate::t!("player-time-so-far", time = clock_text(ms(status.position))),
        (_, None) => crate::t!("player-minutes-so-far", minutes = ms(status.position) / MINUTE_MS),
    }
}

/// The end screen of a session: `ending` is its form (the note and the
/// feelings); `write_problem` says why the log cannot be written, when it
/// cannot. Returns whether the practitioner is done.
pub fn end_ui(ui: &mut egui::Ui, ending: &mut Ending, write_problem: Option<&str>) -> bool {
    let mut done = false;
    let palette = super::design::current(ui.ctx());
    // A quiet moment first: the session's last words and the time given to
    // it, with room around them. The note and the feelings wait, folded,
    // for whoever wants them.
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(super::design::space::READING_WIDTH);
                ui.add_space(super::design::space::XL * 1.5);
                label_ui(
                    ui,
                    egui::RichText::new(&ending.title).text_style(super::design::title_style()),
                    None,
                );
                let practised = practised_text(ending.practised);
                ui.label(
                    egui::RichText::new(if ending.completed {
                        crate::t!("player-session-complete", practised = practised)
                    } else {
                        crate::t!("player-session-ended", practised = practised)
                    })
                    .color(palette.text_weak),
                );
                if let Some(problem) = write_problem {
                    ui.add_space(8.0);
                    ui.label(egui::RichText::new(problem).color(palette.warn));
                }
                ui.add_space(super::design::space::XL);
                if let Some(reflection) = &ending.reflection {
                    paragraph_ui(
                        ui,
                        egui::RichText::new(reflection).size(super::design::size::GUIDANCE),
                        None,
                    );
                    ui.add_space(super::design::space::XL);
                }
                if ui
                    .add(super::design::primary_button(crate::t!("player-done"), &palette))
                    .clicked()
                {
                    done = true;
                }
                ui.add_space(super::design::space::L);
                egui::CollapsingHeader::new(crate::t!("player-note-open"))
                    .default_open(false)
                    .show(ui, |ui| {
                        super::widgets::named(
                            ui.add(
                                egui::TextEdit::multiline(&mut ending.note)
                                    .hint_text(crate::t!("player-note-hint"))
                                    .desired_rows(4),
                            ),
                            &crate::t!("player-note-hint"),
                        );
                        ui.add_space(12.0);
                        ui.label(crate::t!("player-feeling-before-question"));
                        feeling_row(ui, When::Before, &mut ending.feeling_before);
                        ui.label(crate::t!("player-feeling-after-question"));
                        feeling_row(ui, When::After, &mut ending.feeling_after);
                        ui.add_space(8.0);
                        ui.weak(crate::t!("player-reflection-optional"));
                    });
            });
        });
    });
    done
}

/// The time practised, in whole seconds: "4m 30s".
fn practised_text(practised: Duration) -> String {
    let secs = practised.as_millis() / 1000;
    let parts: Vec<String> = [(secs / 3600, 0), (secs / 60 % 60, 1), (secs % 60, 2)]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, unit)| match unit {
            0 => crate::t!("player-practised-hours", count = count),
            1 => crate::t!("player-practised-minutes", count = count),
            _ => crate::t!("player-practised-seconds", count = count),
        })
        .collect();
    if parts.is_empty() {
        crate::t!("player-practised-seconds", count = 0)
    } else {
        parts.join(" ")
    }
}

/// Which feeling a row of choices asks for.
#[derive(Clone, Copy)]
enum When {
    Before,
    After,
}

/// Five choices from 1 (low) to 5 (very well); choosing the chosen one
/// again clears it.
fn feeling_row(ui: &mut egui::Ui, which: When, feeling: &mut Option<Feeling>) {
    let words = [
        crate::t!("player-feeling-lowest"),
        "2".to_owned(),
        "3".to_owned(),
        "4".to_owned(),
        crate::t!("player-feeling-highest"),
    ];
    ui.horizontal(|ui| {
        // Centred: as wide as its buttons.
        let width = ui.available_width();
        ui.add_space((width - 330.0).max(0.0) / 2.0);
        for (value, word) in (Feeling::LOWEST..=Feeling::HIGHEST).zip(words) {
            let chosen = feeling.is_some_and(|f| f.get() == value);
            let hover = match which {
                When::Before => crate::t!("player-feeling-before-value", value = value),
                When::After => crate::t!("player-feeling-after-value", value = value),
            };
            let response = ui.selectable_label(chosen, word).on_hover_text(hover);
            if response.clicked() {
                *feeling = if chosen { None } else { Feeling::new(value) };
            }
        }
    });
}

/// The keys the player answers to, each beside what it does.
/// Returns whether it was closed.
pub fn shortcuts_ui(ui: &mut egui::Ui) -> bool {
    let modal = dialog::dialog_ui(ui.ctx(), "shortcuts", |ui, palette| {
        dialog::heading_ui(ui, crate::t!("player-keyboard"), palette);
        egui::Grid::new("shortcut-keys")
            .num_columns(2)
            .spacing(egui::vec2(space::M, space::S))
            .show(ui, |ui| {
                for (key, what) in [
                    (crate::t!("player-key-space"), crate::t!("player-key-pause")),
                    ("Esc".to_owned(), crate::t!("player-key-end")),
                    (crate::t!("player-key-right-arrow"), crate::t!("player-key-skip")),
                    ("M".to_owned(), crate::t!("player-key-mute")),
                    ("F".to_owned(), crate::t!("player-key-focus")),
                    ("?".to_owned(), crate::t!("player-key-help")),
                ] {
                    key_cap_ui(ui, &key, palette);
                    ui.label(egui::RichText::new(what).color(palette.text));
                    ui.end_row();
                }
            });
        dialog::answers_ui(ui, |ui| {
            if ui.add(primary_button(crate::t!("player-close"), palette)).clicked() {
                ui.close();
            }
        });
    });
    modal.should_close()
}

/// A key's name as on a key: on a raised patch with rounded corners.
fn key_cap_ui(ui: &mut egui::Ui, key: &str, palette: &super::design::Palette) {
    egui::Frame::new()
        .fill(palette.surface_hovered)
        .stroke(egui::Stroke::new(1.0, palette.line))
        .corner_radius(egui::CornerRadius::same(super::design::radius::WIDGET - 2))
        .inner_margin(egui::Margin::symmetric(space::S as i8, 2))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(key)
                    .size(super::design::size::SMALL)
                    .family(super::design::strong_family())
                    .color(palette.text),
            );
        });
}
