//! The welcome on a first start: at most three quiet screens, one idea
//! each (what Stillpoint is, the practice day, the desk), any of them
//! skipped with one press. The view shows what it is given and says what
//! the person asked for; the app keeps the choices.

use crate::pause::PauseSchedule;
use crate::practice::PracticeRules;

use super::design;
use crate::settings::Settings;

/// The welcome's screens, in the order they come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WelcomeStep {
    /// What Stillpoint is, and the note on what it is not.
    WhatItIs,
    /// When a practice day begins, and whether streaks show.
    PracticeDay,
    /// Bells at the desk, and guidance read aloud.
    Desk,
}

impl WelcomeStep {
    pub const ALL: [WelcomeStep; 3] = [WelcomeStep::WhatItIs, WelcomeStep::PracticeDay, WelcomeStep::Desk];

    /// The screen after this one; `None` after the last.
    pub fn next(self) -> Option<WelcomeStep> {
        Self::ALL.into_iter().skip_while(|step| *step != self).nth(1)
    }

    /// Where this screen comes, counted from 1.
    fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|step| *step == self)
            .map_or(1, |index| index + 1)
    }
}

/// The choices the welcome offers, as they stand on screen: today's
/// values until the person changes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WelcomeChoices {
    pub day_start_hour: u8,
    pub show_streaks: bool,
    pub pause_bells: bool,
    pub speak_guidance: bool,
}

impl WelcomeChoices {
    /// The choices as the settings and practice rules hold them now.
    pub fn new(settings: &Settings, rules: &PracticeRules) -> Self {
        Self {
            day_start_hour: rules.day_start_hour,
            show_streaks: rules.show_streaks,
            pause_bells: settings.pause.enabled,
            speak_guidance: settings.speak_guidance,
        }
    }
}

/// What the person asked for on a welcome screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WelcomeAction {
    /// Keep what this screen shows and go on; from the last screen, begin.
    Continue(WelcomeStep),
    /// Leave the welcome now; what this screen shows is not kept.
    Skip,
}

/// The widest the welcome's words run, so a line stays easy to follow on
/// a wide window.
const COLUMN_WIDTH: f32 = 520.0;

/// One welcome screen: a quiet "1 of 3", its idea, its choices, and
/// Continue (Begin on the last) beside Skip.
pub fn welcome_ui(
    ui: &mut egui::Ui,
    step: WelcomeStep,
    choices: &mut WelcomeChoices,
    schedule: &PauseSchedule,
    can_speak: bool,
) -> Option<WelcomeAction> {
    let mut action = None;
    egui::CentralPanel::default().show(ui, |ui| {
        let top = (ui.available_height() * 0.12).clamp(16.0, 96.0);
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let width = ui.available_width().min(COLUMN_WIDTH);
            let side = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.add_space(top);
            ui.horizontal(|ui| {
                ui.add_space(side);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    ui.weak(crate::t!(
                        "welcome-progress",
                        step = step.number(),
                        steps = WelcomeStep::ALL.len()
                    ));
                    ui.add_space(12.0);
                    match step {
                        WelcomeStep::WhatItIs => what_it_is_ui(ui),
                        WelcomeStep::PracticeDay => practice_day_ui(ui, choices),
                        WelcomeStep::Desk => desk_ui(ui, choices, schedule, can_speak),
                    }
                    ui.add_space(32.0);
                    action = buttons_ui(ui, step);
                    ui.add_space(24.0);
                });
            });
        });
    });
    action
}

/// A paragraph with room after it.
fn paragraph_ui(ui: &mut egui::Ui, text: String) {
    ui.label(text);
    ui.add_space(10.0);
}

fn heading_ui(ui: &mut egui::Ui, text: String) {
    ui.label(egui::RichText::new(text).heading().size(26.0));
    ui.add_space(18.0);
}

fn what_it_is_ui(ui: &mut egui::Ui) {
    heading_ui(ui, crate::t!("welcome-what-title"));
    paragraph_ui(ui, crate::t!("welcome-what-it-is"));
    ui.add_space(8.0);
    for paragraph in super::about_view::care_note() {
        paragraph_ui(ui, paragraph);
    }
}

fn practice_day_ui(ui: &mut egui::Ui, choices: &mut WelcomeChoices) {
    heading_ui(ui, crate::t!("welcome-day-title"));
    paragraph_ui(ui, crate::t!("welcome-day-explained"));
    ui.add_space(6.0);
    let label = ui.label(crate::t!("welcome-day-start"));
    // The same range as in Settings: midnight to noon.
    ui.add(egui::Slider::new(&mut choices.day_start_hour, 0..=12).suffix(":00"))
        .labelled_by(label.id);
    ui.add_space(20.0);
    ui.checkbox(&mut choices.show_streaks, crate::t!("welcome-streaks"));
    ui.weak(crate::t!("welcome-streaks-explained"));
    ui.add_space(20.0);
    ui.weak(crate::t!("welcome-change-later"));
}

fn desk_ui(ui: &mut egui::Ui, choices: &mut WelcomeChoices, schedule: &PauseSchedule, can_speak: bool) {
    heading_ui(ui, crate::t!("welcome-desk-title"));
    paragraph_ui(ui, crate::t!("welcome-desk-explained"));
    ui.add_space(6.0);
    ui.checkbox(&mut choices.pause_bells, crate::t!("welcome-pause-bells"));
    let schedule = schedule.clamped();
    ui.weak(crate::t!(
        "welcome-pause-schedule",
        every = schedule.every_minutes,
        from = schedule.from_hour,
        to = schedule.to_hour,
        days = if schedule.weekdays_only { "weekdays" } else { "all" }
    ));
    ui.add_space(20.0);
    ui.add_enabled(
        can_speak,
        egui::Checkbox::new(&mut choices.speak_guidance, crate::t!("welcome-speak")),
    );
    if !can_speak {
        ui.weak(crate::t!("welcome-speak-needs"));
    }
    ui.add_space(20.0);
    ui.weak(crate::t!("welcome-change-later"));
}

/// Continue, or Begin on the last screen, as the filled button, and Skip
/// beside it, quieter.
fn buttons_ui(ui: &mut egui::Ui, step: WelcomeStep) -> Option<WelcomeAction> {
    let palette = design::current(ui.ctx());
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(design::space::S, design::space::S);
        let label = match step.next() {
            Some(_) => crate::t!("welcome-continue"),
            None => crate::t!("welcome-begin"),
        };
        if ui.add(design::primary_button(label, &palette)).clicked() {
            action = Some(WelcomeAction::Continue(step));
        }
        if ui
            .add(design::secondary_button(crate::t!("welcome-skip"), &palette))
            .clicked()
        {
            action = Some(WelcomeAction::Skip);
        }
    });
    action
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_steps_come_in_order_and_end_after_the_desk() {
        assert_eq!(WelcomeStep::WhatItIs.next(), Some(WelcomeStep::PracticeDay));
        assert_eq!(WelcomeStep::PracticeDay.next(), Some(WelcomeStep::Desk));
        assert_eq!(WelcomeStep::Desk.next(), None);
        let numbers: Vec<usize> = WelcomeStep::ALL.iter().map(|step| step.number()).collect();
        assert_eq!(numbers, [1, 2, 3]);
    }
}
