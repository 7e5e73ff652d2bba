//! Settings: volumes, the timer bell, theme, text size, motion, the sound
//! device, and where data lives.

use crate::session::{BuiltinBell, Named};

use super::app::{Screen, StillpointApp};
use super::settings::Theme;

pub fn settings_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut look_changed = false;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if ui.button("Back to the library").clicked() {
                app.screen = Screen::Library;
            }
            ui.heading("Settings");
            ui.add_space(6.0);
            ui.label("Volumes");
            super::widgets::volumes_ui(ui, &mut app.settings.volumes);
            ui.add_space(6.0);
            egui::ComboBox::from_label("Bell for timers")
                .selected_text(app.settings.timer_bell.clone())
                .show_ui(ui, |ui| {
                    for bell in BuiltinBell::ALL {
                        ui.selectable_value(&mut app.settings.timer_bell, bell.name().to_owned(), bell.name());
                    }
                });
            egui::ComboBox::from_label("Theme")
                .selected_text(app.settings.theme.label())
                .show_ui(ui, |ui| {
                    for theme in Theme::ALL {
                        look_changed |= ui
                            .selectable_value(&mut app.settings.theme, theme, theme.label())
                            .changed();
                    }
                });
            look_changed |= ui
                .add(egui::Slider::new(&mut app.settings.text_scale, 0.75..=2.0).text("Text size"))
                .changed();
            look_changed |= ui
                .checkbox(&mut app.settings.reduced_motion, "Reduced motion")
                .changed();
            ui.checkbox(
                &mut app.settings.show_seconds,
                "Count down in seconds while a session plays",
            );
            spoken_guidance_ui(app, ui);
            ui.add_space(6.0);
            pause_bells_ui(app, ui);
            ui.add_space(6.0);
            practice_rules_ui(app, ui);
            ui.add_space(6.0);
            let device = match &app.audio {
                super::app::AudioChoice::Device => {
                    "The system's default sound device; without one, sessions run silently on time."
                }
                super::app::AudioChoice::Manual(_) => "No sound device: sessions run silently.",
            };
            ui.label(format!("Sound: {device}"));
            ui.label(format!("Your data: {}", app.data.root().display()));
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("Your own sessions: {}", app.data.sessions().display()));
                if ui.button("Open the folder").clicked() {
                    let _ = super::authoring_view::open_in_file_manager(&app.data.sessions());
                }
                if ui.button("Authoring").clicked() {
                    app.screen = Screen::Authoring;
                }
            });
        });
    });
    if look_changed {
        app.apply_look(ui.ctx());
    }
}

/// How practice counts into days and streaks; saved with the practice log.
fn practice_rules_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut rules = app.practice.rules;
    ui.label("Practice days and streaks");
    let mut hour = u32::from(rules.day_start_hour);
    ui.add(egui::Slider::new(&mut hour, 0..=12).text("A new day begins at this hour"));
    rules.day_start_hour = hour as u8;
    let mut minutes = (rules.threshold_secs / 60) as u32;
    ui.add(egui::Slider::new(&mut minutes, 1..=60).text("Minutes that make a day count"));
    rules.threshold_secs = u64::from(minutes) * 60;
    let mut rest = u32::from(rules.rest_days_per_week);
    ui.add(egui::Slider::new(&mut rest, 0..=3).text("Rest days a week that keep a streak"));
    rules.rest_days_per_week = rest as u8;
    ui.checkbox(&mut rules.show_streaks, "Show streaks");
    if rules != app.practice.rules {
        app.practice.set_rules(rules);
    }
}

/// Bells of mindfulness at the desk.
fn pause_bells_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let pause = &mut app.settings.pause;
    ui.checkbox(
        &mut pause.enabled,
        "Bells of mindfulness at the desk, with the offer of a three-minute pause",
    );
    if pause.enabled {
        ui.add(egui::Slider::new(&mut pause.every_minutes, 15..=120).text("minutes between bells"));
        ui.add(egui::Slider::new(&mut pause.from_hour, 0..=22).text("from (hour)"));
        ui.add(egui::Slider::new(&mut pause.to_hour, 1..=24).text("until (hour)"));
        ui.checkbox(&mut pause.weekdays_only, "Monday to Friday only");
        let now = app.practice.now();
        match app.settings.pause.next_bell(now) {
            Some(next) => ui.weak(format!("The next bell: {}", next.format("%A %H:%M"))),
            None => ui.weak("No bell is due in the coming week with these settings."),
        };
    }
}

/// Spoken guidance: on or off, the voice and the pace.
fn spoken_guidance_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    use crate::audio::speech::WORDS_PER_MINUTE_RANGE;
    let Some(synthesizer) = app.synthesizer.as_ref() else {
        ui.add_enabled(
            false,
            egui::Checkbox::new(&mut app.settings.speak_guidance, "Spoken guidance"),
        );
        ui.weak(
            "Needs a speech synthesizer: on Debian and Ubuntu, sudo apt install festival festvox-us-slt-hts espeak-ng",
        );
        return;
    };
    let name = synthesizer.name();
    let voices = synthesizer.voices();
    ui.checkbox(
        &mut app.settings.speak_guidance,
        format!("Spoken guidance: read the guidance aloud where a session has no recording ({name})"),
    );
    ui.add_enabled_ui(app.settings.speak_guidance, |ui| {
        ui.horizontal(|ui| {
            let speech = &mut app.settings.speech;
            let current = voices
                .iter()
                .find(|(id, _)| *id == speech.voice)
                .map_or(speech.voice.as_str(), |(_, name)| name)
                .to_owned();
            egui::ComboBox::from_label("Voice")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (id, name) in &voices {
                        ui.selectable_value(&mut speech.voice, (*id).to_owned(), *name);
                    }
                });
            ui.add(egui::Slider::new(&mut speech.words_per_minute, WORDS_PER_MINUTE_RANGE).text("words a minute"));
        });
    });
}
