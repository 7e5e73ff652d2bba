//! The quick timer: a length, interval bells, a bell and a bed; kept as
//! presets. A timer is written as a session file and loaded like one, so
//! it is checked the same way.

use crate::audio::FileProbe;
use crate::session::{BuiltinAmbient, BuiltinBell, Domain, Named, Origin, Session, load_text};

use super::design::{self, space};
use super::page::{Page, band_card_ui, card_ui, section_heading_ui};
use crate::settings::{Settings, TimerPreset};

/// The timer being set up.
pub struct TimerForm {
    pub minutes: u32,
    pub interval_minutes: u32,
    pub bell: String,
    pub ambient: String,
    pub preset_name: String,
}

impl TimerForm {
    pub fn new(settings: &Settings) -> Self {
        Self {
            minutes: 20,
            interval_minutes: 0,
            bell: settings.timer_bell.clone(),
            ambient: String::new(),
            preset_name: String::new(),
        }
    }

    /// The timer as a session.
    pub fn session(&self) -> Option<Session> {
        let bell = BuiltinBell::from_name(&self.bell)
            .unwrap_or(BuiltinBell::SingingBowl)
            .name();
        let ambient = BuiltinAmbient::from_name(&self.ambient)
            .map(|a| format!("ambient: Ambient(sound: \"{}\", volume: 0.25),", a.name()))
            .unwrap_or_default();
        let intervals = if self.interval_minutes > 0 && self.interval_minutes < self.minutes {
            format!(
                "interval_bells: Intervals(every: \"{}m\", bell: \"{bell}\"),",
                self.interval_minutes
            )
        } else {
            String::new()
        };
        // The words are the practitioner's language's, written as RON
        // strings (quoted and escaped as Rust writes a string).
        let title = crate::t!("session-timer-title", minutes = self.minutes);
        let summary = crate::t!("session-timer-summary");
        let step = crate::t!("session-timer-step");
        let text = format!(
            "Session(format: 1, id: \"quick-timer\", title: {title:?}, summary: {summary:?}, domain: \"timer\", {ambient}
                steps: [Step(title: {step:?}, duration: \"{}m\", start_bell: \"{bell}\", {intervals})],
                ending: Ending(bell: Bell(sound: \"{bell}\", strikes: 3)))",
            self.minutes
        );
        load_text("quick-timer.ron".into(), Origin::Bundled, text, &FileProbe).session
    }
}

/// What a press on the quick timer asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum TimerAction {
    Back,
    /// Start the timer the form describes.
    Start(Box<Session>),
    /// Keep the form as a preset, in place of one of the same name.
    KeepPreset(TimerPreset),
}

/// The quick timer: `form` is what is chosen, `presets` the timers kept.
pub fn timer_ui(ui: &mut egui::Ui, presets: &[TimerPreset], form: &mut TimerForm) -> Option<TimerAction> {
    let mut action = None;
    let title = crate::t!("library-quick-timer");
    let accent = design::domain_accent(Domain::Timer, ui.ctx().theme());
    let page = Page::reading("timer", &title);
    let back = page.show(ui, |ui, palette| {
        // The timer, and Start beneath it, on the timers' colour.
        band_card_ui(ui, palette, accent, None, |ui| {
            ui.add(egui::Slider::new(&mut form.minutes, 1..=120).text(crate::t!("session-minutes")));
            super::widgets::slider_ui(
                ui,
                crate::t!("session-timer-minutes-between"),
                egui::Slider::new(&mut form.interval_minutes, 0..=60),
            );
            ui.add_space(space::XS);
            let bell_label = BuiltinBell::from_name(&form.bell).map_or_else(|| form.bell.clone(), BuiltinBell::label);
            egui::ComboBox::new("timer-bell", crate::t!("session-timer-bell"))
                .selected_text(bell_label)
                .show_ui(ui, |ui| {
                    for bell in BuiltinBell::ALL {
                        ui.selectable_value(&mut form.bell, bell.name().to_owned(), bell.label());
                    }
                });
            let ambient_label = if form.ambient.is_empty() {
                crate::t!("session-timer-silence")
            } else {
                BuiltinAmbient::from_name(&form.ambient).map_or_else(|| form.ambient.clone(), BuiltinAmbient::label)
            };
            egui::ComboBox::new("timer-ambient", crate::t!("session-timer-ambient"))
                .selected_text(ambient_label)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.ambient, String::new(), crate::t!("session-timer-silence"));
                    for bed in BuiltinAmbient::ALL {
                        ui.selectable_value(&mut form.ambient, bed.name().to_owned(), bed.label());
                    }
                });
            ui.add_space(space::M);
            if ui
                .add(design::primary_button(crate::t!("session-start"), palette))
                .clicked()
            {
                action = form.session().map(|session| TimerAction::Start(Box::new(session)));
            }
        });
        // Timers kept to use again.
        section_heading_ui(ui, &crate::t!("session-timer-presets"), None);
        card_ui(ui, palette, |ui| {
            if !presets.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    for preset in presets {
                        let label = crate::t!(
                            "session-timer-preset",
                            name = preset.name.as_str(),
                            minutes = preset.minutes
                        );
                        if ui.button(label).clicked() {
                            form.minutes = preset.minutes;
                            form.interval_minutes = preset.interval_minutes;
                            form.bell = preset.bell.clone();
                            form.ambient = preset.ambient.clone();
                        }
                    }
                });
                ui.add_space(space::S);
            }
            ui.horizontal_wrapped(|ui| {
                super::widgets::named(
                    ui.add(
                        egui::TextEdit::singleline(&mut form.preset_name)
                            .hint_text(crate::t!("session-timer-preset-name"))
                            .desired_width(240.0),
                    ),
                    &crate::t!("session-timer-preset-name"),
                );
                if ui.button(crate::t!("session-timer-save-preset")).clicked() && !form.preset_name.trim().is_empty() {
                    let preset = TimerPreset {
                        name: form.preset_name.trim().to_owned(),
                        minutes: form.minutes,
                        interval_minutes: form.interval_minutes,
                        bell: form.bell.clone(),
                        ambient: form.ambient.clone(),
                    };
                    action = Some(TimerAction::KeepPreset(preset));
                    form.preset_name.clear();
                }
            });
        });
    });
    if back {
        action = Some(TimerAction::Back);
    }
    action
}
