//! Settings: the language, volumes, the timer bell, theme, text size,
//! motion, the sound device, and where data lives.

use crate::i18n::Language;
use crate::session::{BuiltinBell, Named};

use super::app::{Screen, StillpointApp};
use super::design::{Palette, space};
use super::page::{Page, card_ui, section_heading_ui};
use super::settings::Theme;
use super::widgets::slider_ui;

pub fn settings_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut look_changed = false;
    let mut authoring = false;
    let title = crate::t!("settings-title");
    let page = Page::reading("settings", &title);
    let back = page.show(ui, |ui, palette| {
        // The language first, under its name in every language.
        section_heading_ui(ui, &crate::t!("settings-language"), None);
        card_ui(ui, palette, |ui| {
            if language_ui(app, ui) {
                crate::i18n::use_locale(app.settings.locale());
                ui.ctx().request_repaint();
            }
        });
        section_heading_ui(ui, &crate::t!("settings-section-screen"), None);
        card_ui(ui, palette, |ui| {
            egui::ComboBox::new("theme", crate::t!("settings-theme"))
                .selected_text(app.settings.theme.label())
                .show_ui(ui, |ui| {
                    for theme in Theme::ALL {
                        look_changed |= ui
                            .selectable_value(&mut app.settings.theme, theme, theme.label())
                            .changed();
                    }
                });
            look_changed |= ui
                .add(egui::Slider::new(&mut app.settings.text_scale, 0.75..=2.0).text(crate::t!("settings-text-size")))
                .changed();
            look_changed |= ui
                .checkbox(&mut app.settings.reduced_motion, crate::t!("settings-reduced-motion"))
                .changed();
            ui.checkbox(&mut app.settings.show_seconds, crate::t!("settings-show-seconds"));
        });
        section_heading_ui(ui, &crate::t!("settings-section-sound"), None);
        card_ui(ui, palette, |ui| {
            ui.weak(crate::t!("settings-volumes"));
            super::widgets::volumes_ui(ui, &mut app.settings.volumes);
            ui.add_space(space::S);
            let bell_label = BuiltinBell::from_name(&app.settings.timer_bell)
                .map_or_else(|| app.settings.timer_bell.clone(), BuiltinBell::label);
            egui::ComboBox::new("timer-bell", crate::t!("settings-timer-bell"))
                .selected_text(bell_label)
                .show_ui(ui, |ui| {
                    for bell in BuiltinBell::ALL {
                        ui.selectable_value(&mut app.settings.timer_bell, bell.name().to_owned(), bell.label());
                    }
                });
            ui.add_space(space::S);
            spoken_guidance_ui(app, ui);
            ui.add_space(space::S);
            let device = match &app.audio {
                super::app::AudioChoice::Device => crate::t!("settings-sound-device"),
                super::app::AudioChoice::Manual(_) => crate::t!("settings-sound-none"),
            };
            ui.weak(crate::t!("settings-sound", device = device));
        });
        section_heading_ui(ui, &crate::t!("settings-practice-rules"), None);
        card_ui(ui, palette, |ui| practice_rules_ui(app, ui));
        section_heading_ui(ui, &crate::t!("settings-section-desk"), None);
        card_ui(ui, palette, |ui| {
            pause_bells_ui(app, ui);
            start_at_login_ui(app, ui, palette);
            desktop_ui(app, ui);
        });
        section_heading_ui(ui, &crate::t!("settings-section-files"), None);
        card_ui(ui, palette, |ui| {
            ui.label(crate::t!(
                "settings-your-data",
                path = app.data.root().display().to_string()
            ));
            ui.label(crate::t!(
                "settings-your-sessions",
                path = app.data.sessions().display().to_string()
            ));
            ui.add_space(space::XS);
            ui.horizontal_wrapped(|ui| {
                if ui.button(crate::t!("library-open-folder")).clicked() {
                    let _ = super::authoring_view::open_in_file_manager(&app.data.sessions());
                }
                if ui.button(crate::t!("library-authoring")).clicked() {
                    authoring = true;
                }
            });
        });
    });
    if back {
        app.screen = Screen::Library;
    }
    if authoring {
        app.screen = Screen::Authoring;
    }
    if look_changed {
        app.apply_look(ui.ctx());
    }
}

/// The interface's language: the system's, or one listed by its own name,
/// so a person who cannot read the current language still finds theirs.
/// Returns whether the choice changed.
fn language_ui(app: &mut StillpointApp, ui: &mut egui::Ui) -> bool {
    let before = app.settings.language;
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut app.settings.language, None, crate::t!("settings-follow-system"));
        for language in Language::ALL {
            ui.selectable_value(&mut app.settings.language, Some(language), language.native_name());
        }
    });
    app.settings.language != before
}

/// How practice counts into days and streaks; saved with the practice log.
fn practice_rules_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let mut rules = app.practice.rules;
    let mut hour = u32::from(rules.day_start_hour);
    slider_ui(
        ui,
        crate::t!("settings-day-start"),
        egui::Slider::new(&mut hour, 0..=12),
    );
    rules.day_start_hour = hour as u8;
    let mut minutes = (rules.threshold_secs / 60) as u32;
    slider_ui(
        ui,
        crate::t!("settings-day-threshold"),
        egui::Slider::new(&mut minutes, 1..=60),
    );
    rules.threshold_secs = u64::from(minutes) * 60;
    let mut rest = u32::from(rules.rest_days_per_week);
    slider_ui(ui, crate::t!("settings-rest-days"), egui::Slider::new(&mut rest, 0..=3));
    rules.rest_days_per_week = rest as u8;
    ui.checkbox(&mut rules.show_streaks, crate::t!("settings-show-streaks"));
    if rules != app.practice.rules {
        app.practice.set_rules(rules);
    }
}

/// Bells of mindfulness at the desk.
fn pause_bells_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    let pause = &mut app.settings.pause;
    ui.checkbox(&mut pause.enabled, crate::t!("settings-pause-bells"));
    if pause.enabled {
        ui.add(egui::Slider::new(&mut pause.every_minutes, 15..=120).text(crate::t!("settings-pause-every")));
        ui.add(egui::Slider::new(&mut pause.from_hour, 0..=22).text(crate::t!("settings-pause-from")));
        ui.add(egui::Slider::new(&mut pause.to_hour, 1..=24).text(crate::t!("settings-pause-until")));
        ui.checkbox(&mut pause.weekdays_only, crate::t!("settings-pause-weekdays"));
        let now = app.practice.now();
        match app.settings.pause.next_bell(now) {
            Some(next) => ui.weak(crate::t!(
                "settings-pause-next",
                when = crate::i18n::date("settings-pause-next-date", &next)
            )),
            None => ui.weak(crate::t!("settings-pause-none")),
        };
    }
}

/// Starting Stillpoint at login, quietly, so the bells at the desk ring
/// from the start of the day. The entry's file is the switch's state.
fn start_at_login_ui(app: &mut StillpointApp, ui: &mut egui::Ui, palette: &Palette) {
    let Some(autostart) = app.autostart.as_ref() else {
        return;
    };
    let mut on = autostart.is_on();
    if ui.checkbox(&mut on, crate::t!("desktop-start-at-login")).changed() {
        app.autostart_note = autostart.set(on).err().map(|problem| problem.to_string());
    }
    ui.weak(crate::t!("desktop-start-at-login-hint"));
    if let Some(note) = &app.autostart_note {
        ui.colored_label(palette.warn, note);
    }
}

/// Spoken guidance: on or off, the voice and the pace.
fn spoken_guidance_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    use crate::audio::speech::WORDS_PER_MINUTE_RANGE;
    let Some(synthesizer) = app.synthesizer.as_ref() else {
        ui.add_enabled(
            false,
            egui::Checkbox::new(&mut app.settings.speak_guidance, crate::t!("settings-spoken-guidance")),
        );
        ui.weak(crate::t!("settings-spoken-needs"));
        return;
    };
    let name = synthesizer.name();
    let voices = synthesizer.voices();
    ui.checkbox(
        &mut app.settings.speak_guidance,
        crate::t!("settings-spoken-guidance-on", synthesizer = name),
    );
    ui.add_enabled_ui(app.settings.speak_guidance, |ui| {
        ui.horizontal_wrapped(|ui| {
            let speech = &mut app.settings.speech;
            let current = voices
                .iter()
                .find(|(id, _)| *id == speech.voice)
                .map_or(speech.voice.clone(), |(_, name)| name.clone());
            egui::ComboBox::new("voice", crate::t!("settings-voice"))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (id, name) in &voices {
                        ui.selectable_value(&mut speech.voice, (*id).to_owned(), name.as_str());
                    }
                });
            ui.add(
                egui::Slider::new(&mut speech.words_per_minute, WORDS_PER_MINUTE_RANGE)
                    .text(crate::t!("settings-words-per-minute")),
            );
        });
    });
}

/// The daily reminder, what closing the window does while the bells are
/// on, and, once, plainly, what this desktop cannot do (no notifications,
/// no tray).
fn desktop_ui(app: &mut StillpointApp, ui: &mut egui::Ui) {
    use crate::desk::notifications::Service;
    let notifications = app.desk.as_ref().map(|desk| desk.notifier.service());
    let tray = app.desk.as_ref().and_then(|desk| desk.tray_shown());
    ui.add_space(6.0);
    let reminder = &mut app.settings.reminder;
    ui.add_enabled(
        notifications != Some(Service::Absent),
        egui::Checkbox::new(&mut reminder.enabled, crate::t!("desktop-reminder")),
    );
    if reminder.enabled {
        ui.horizontal_wrapped(|ui| {
            ui.add(egui::Slider::new(&mut reminder.hour, 0..=23).text(crate::t!("desktop-reminder-at")));
            ui.add(
                egui::Slider::new(&mut reminder.minute, 0..=59)
                    .step_by(5.0)
                    .text(crate::t!("desktop-reminder-minute")),
            );
        });
    }
    if notifications == Some(Service::Absent) {
        ui.weak(crate::t!("desktop-no-notifications"));
    }
    match tray {
        Some(true) if app.settings.pause.enabled => {
            let current = match app.settings.close_to_tray {
                None => crate::t!("desktop-close-ask"),
                Some(true) => crate::t!("desktop-close-keep"),
                Some(false) => crate::t!("desktop-close-quit"),
            };
            egui::ComboBox::new("close-to-tray", crate::t!("desktop-close-choice"))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    let choice = &mut app.settings.close_to_tray;
                    ui.selectable_value(choice, None, crate::t!("desktop-close-ask"));
                    ui.selectable_value(choice, Some(true), crate::t!("desktop-close-keep"));
                    ui.selectable_value(choice, Some(false), crate::t!("desktop-close-quit"));
                });
        }
        Some(false) => {
            ui.weak(crate::t!("desktop-no-tray"));
        }
        _ => {}
    }
}
