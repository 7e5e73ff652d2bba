//! Settings: the language, volumes, the timer bell, theme, text size,
//! motion, the sound device, and where data lives.

use crate::i18n::Language;
use crate::session::{BuiltinBell, Named};

use crate::desk::notifications::Service;
use crate::practice::PracticeRules;
use crate::practice::devices::ComputerStatus;

use super::design::{Palette, space};
use super::page::{Page, card_ui, section_heading_ui};
use super::widgets::slider_ui;
use crate::settings::{Settings, Theme};

/// What Settings shows beside the settings themselves.
pub struct SettingsView<'a> {
    /// Where the data and the user's sessions are kept.
    pub data_folder: &'a std::path::Path,
    pub sessions_folder: &'a std::path::Path,
    /// Sessions sound through the system's device (not a test's silence).
    pub sound_device: bool,
    /// The speech synthesizer's name and voices (id, name), when one is
    /// installed.
    pub synthesizer: Option<(String, Vec<(&'static str, String)>)>,
    /// How practice counts into days, kept with the log.
    pub rules: PracticeRules,
    pub now: chrono::DateTime<chrono::FixedOffset>,
    /// Whether Stillpoint starts at login; `None` where that cannot be set.
    pub start_at_login: Option<bool>,
    /// Why starting at login could not be switched, the last time.
    pub start_at_login_note: Option<&'a str>,
    /// The desktop's notifications, and whether the tray icon shows, once
    /// known (`None` in an app without a window).
    pub notifications: Option<Service>,
    pub tray: Option<bool>,
    /// Why the last bell at the desk was held, while it is.
    pub bell_held_by: &'a [crate::desk::hold::HoldReason],
    pub computers: ComputersView<'a>,
}

/// Your computers: the folder the practice is shared through and the
/// computers there, or nothing yet.
pub struct ComputersView<'a> {
    pub folder: Option<&'a std::path::Path>,
    /// This computer first.
    pub linked: &'a [ComputerStatus],
    /// What came of the last link or unlink.
    pub note: Option<&'a str>,
    /// What this computer is called when no name is given.
    pub host_name: &'a str,
}

/// The form to link this computer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComputersForm {
    pub folder: String,
    pub name: String,
}

/// What was asked for in Settings beyond a setting changed.
#[derive(Clone, Debug, PartialEq)]
pub enum SettingsAction {
    Back,
    Authoring,
    /// The theme, text size or motion changed.
    LookChanged,
    /// The interface's language changed.
    LanguageChanged,
    Rules(PracticeRules),
    StartAtLogin(bool),
    OpenSessionsFolder,
    /// Link this computer to the form's folder under its name.
    Link,
    Unlink,
}

/// Settings: `settings` is the form, changed in place; what else was
/// asked for is returned.
pub fn settings_ui(
    ui: &mut egui::Ui,
    view: &SettingsView,
    settings: &mut Settings,
    computers: &mut ComputersForm,
) -> Option<SettingsAction> {
    let mut action = None;
    let mut look_changed = false;
    let title = crate::t!("settings-title");
    let page = Page::reading("settings", &title);
    let back = page.show(ui, |ui, palette| {
        // The language first, under its name in every language.
        section_heading_ui(ui, &crate::t!("settings-language"), None);
        card_ui(ui, palette, |ui| {
            if language_ui(settings, ui) {
                action = Some(SettingsAction::LanguageChanged);
            }
        });
        section_heading_ui(ui, &crate::t!("settings-section-screen"), None);
        card_ui(ui, palette, |ui| {
            egui::ComboBox::new("theme", crate::t!("settings-theme"))
                .selected_text(settings.theme.label())
                .show_ui(ui, |ui| {
                    for theme in Theme::ALL {
                        look_changed |= ui.selectable_value(&mut settings.theme, theme, theme.label()).changed();
                    }
                });
            look_changed |= ui
                .add(egui::Slider::new(&mut settings.text_scale, 0.75..=2.0).text(crate::t!("settings-text-size")))
                .changed();
            look_changed |= ui
                .checkbox(&mut settings.reduced_motion, crate::t!("settings-reduced-motion"))
                .changed();
            ui.checkbox(&mut settings.show_seconds, crate::t!("settings-show-seconds"));
        });
        section_heading_ui(ui, &crate::t!("settings-section-sound"), None);
        card_ui(ui, palette, |ui| {
            ui.weak(crate::t!("settings-volumes"));
            super::widgets::volumes_ui(ui, &mut settings.volumes);
            ui.add_space(space::S);
            let bell_label = BuiltinBell::from_name(&settings.timer_bell)
                .map_or_else(|| settings.timer_bell.clone(), BuiltinBell::label);
            egui::ComboBox::new("timer-bell", crate::t!("settings-timer-bell"))
                .selected_text(bell_label)
                .show_ui(ui, |ui| {
                    for bell in BuiltinBell::ALL {
                        ui.selectable_value(&mut settings.timer_bell, bell.name().to_owned(), bell.label());
                    }
                });
            ui.add_space(space::S);
            spoken_guidance_ui(view, settings, ui);
            ui.add_space(space::S);
            let device = match view.sound_device {
                true => crate::t!("settings-sound-device"),
                false => crate::t!("settings-sound-none"),
            };
            ui.weak(crate::t!("settings-sound", device = device));
        });
        section_heading_ui(ui, &crate::t!("settings-practice-rules"), None);
        card_ui(ui, palette, |ui| {
            if let Some(rules) = practice_rules_ui(view.rules, ui) {
                action = Some(SettingsAction::Rules(rules));
            }
        });
        section_heading_ui(ui, &crate::t!("settings-section-desk"), None);
        card_ui(ui, palette, |ui| {
            pause_bells_ui(settings, view.now, ui);
            if settings.pause.enabled && !view.bell_held_by.is_empty() {
                let reasons: Vec<String> = view.bell_held_by.iter().map(|r| r.words()).collect();
                ui.weak(crate::t!("desk-held", reasons = reasons.join("; ")));
            }
            if let Some(on) = start_at_login_ui(view, ui, palette) {
                action = Some(SettingsAction::StartAtLogin(on));
            }
            desktop_ui(view, settings, ui);
        });
        section_heading_ui(ui, &crate::t!("settings-section-computers"), None);
        card_ui(ui, palette, |ui| {
            if let Some(asked) = computers_ui(&view.computers, computers, ui, palette) {
                action = Some(asked);
            }
        });
        section_heading_ui(ui, &crate::t!("settings-section-files"), None);
        card_ui(ui, palette, |ui| {
            ui.label(crate::t!(
                "settings-your-data",
                path = view.data_folder.display().to_string()
            ));
            ui.label(crate::t!(
                "settings-your-sessions",
                path = view.sessions_folder.display().to_string()
            ));
            ui.add_space(space::XS);
            ui.horizontal_wrapped(|ui| {
                if ui.button(crate::t!("library-open-folder")).clicked() {
                    action = Some(SettingsAction::OpenSessionsFolder);
                }
                if ui.button(crate::t!("library-authoring")).clicked() {
                    action = Some(SettingsAction::Authoring);
                }
            });
        });
    });
    if look_changed {
        action = Some(SettingsAction::LookChanged);
    }
    if back {
        action = Some(SettingsAction::Back);
    }
    action
}

/// Your computers: those sharing the practice, and unlinking this one; or
/// the form to link it.
fn computers_ui(
    view: &ComputersView,
    form: &mut ComputersForm,
    ui: &mut egui::Ui,
    palette: &Palette,
) -> Option<SettingsAction> {
    use crate::shown::escaped;
    let mut action = None;
    match view.folder {
        Some(folder) => {
            ui.label(crate::t!(
                "settings-computers-shared",
                folder = folder.display().to_string()
            ));
            ui.add_space(space::XS);
            for computer in view.linked {
                // Names come from the other computers' files.
                let name = escaped(&computer.name).into_owned();
                let name = match (computer.this_computer, computer.left) {
                    (true, _) => crate::t!("settings-computers-this", name = name),
                    (false, true) => crate::t!("settings-computers-left", name = name),
                    (false, false) => name,
                };
                let held = match computer.last_wrote {
                    Some(at) => {
                        let local = at.with_timezone(&crate::practice::local_offset(at));
                        crate::t!(
                            "settings-computers-wrote",
                            entries = computer.entries,
                            when = crate::i18n::date("practice-date-weekday-day-month-time", &local)
                        )
                    }
                    None => crate::t!("settings-computers-never", entries = computer.entries),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.strong(name);
                    ui.weak(held);
                });
            }
            ui.add_space(space::S);
            if ui.button(crate::t!("settings-computers-unlink")).clicked() {
                action = Some(SettingsAction::Unlink);
            }
        }
        None => {
            ui.label(crate::t!("settings-computers-intro"));
            ui.add_space(space::S);
            super::widgets::labelled_field_ui(ui, crate::t!("settings-computers-folder"), &mut form.folder, None);
            super::widgets::labelled_field_ui(
                ui,
                crate::t!("settings-computers-name"),
                &mut form.name,
                Some(view.host_name),
            );
            let ready = !form.folder.trim().is_empty();
            if ui
                .add_enabled(
                    ready,
                    super::design::primary_button(crate::t!("settings-computers-link"), palette),
                )
                .clicked()
            {
                action = Some(SettingsAction::Link);
            }
        }
    }
    if let Some(note) = view.note {
        ui.add_space(space::XS);
        ui.label(note);
    }
    action
}

/// The interface's language: the system's, or one listed by its own name,
/// so a person who cannot read the current language still finds theirs.
/// Returns whether the choice changed.
fn language_ui(settings: &mut Settings, ui: &mut egui::Ui) -> bool {
    let before = settings.language;
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut settings.language, None, crate::t!("settings-follow-system"));
        for language in Language::ALL {
            ui.selectable_value(&mut settings.language, Some(language), language.native_name());
        }
    });
    settings.language != before
}

/// How practice counts into days and streaks; saved with the practice log.
/// Returns the rules when changed.
fn practice_rules_ui(before: PracticeRules, ui: &mut egui::Ui) -> Option<PracticeRules> {
    let mut rules = before;
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
    // A weekly goal, as a certification asks: minutes on so many days.
    let mut has_goal = rules.weekly_goal.is_some();
    ui.checkbox(&mut has_goal, crate::t!("settings-weekly-goal"));
    rules.weekly_goal = match (has_goal, rules.weekly_goal) {
        (false, _) => None,
        (true, Some(goal)) => Some(goal),
        (true, None) => Some(crate::practice::WeeklyGoal { minutes: 20, days: 5 }),
    };
    if let Some(goal) = &mut rules.weekly_goal {
        let mut minutes = goal.minutes.min(120);
        slider_ui(
            ui,
            crate::t!("settings-goal-minutes"),
            egui::Slider::new(&mut minutes, 1..=120),
        );
        let mut days = u32::from(goal.days);
        slider_ui(ui, crate::t!("settings-goal-days"), egui::Slider::new(&mut days, 1..=7));
        // A longer goal set from the command line stays until moved.
        if minutes != goal.minutes.min(120) {
            goal.minutes = minutes;
        }
        goal.days = days as u8;
    }
    (rules != before).then_some(rules)
}

/// Bells of mindfulness at the desk.
fn pause_bells_ui(settings: &mut Settings, now: chrono::DateTime<chrono::FixedOffset>, ui: &mut egui::Ui) {
    let pause = &mut settings.pause;
    ui.checkbox(&mut pause.enabled, crate::t!("settings-pause-bells"));
    if pause.enabled {
        ui.add(egui::Slider::new(&mut pause.every_minutes, 15..=120).text(crate::t!("settings-pause-every")));
        ui.add(egui::Slider::new(&mut pause.from_hour, 0..=22).text(crate::t!("settings-pause-from")));
        ui.add(egui::Slider::new(&mut pause.to_hour, 1..=24).text(crate::t!("settings-pause-until")));
        ui.checkbox(&mut pause.weekdays_only, crate::t!("settings-pause-weekdays"));
        match settings.pause.next_bell(now) {
            Some(next) => ui.weak(crate::t!(
                "settings-pause-next",
                when = crate::i18n::date("settings-pause-next-date", &next)
            )),
            None => ui.weak(crate::t!("settings-pause-none")),
        };
        // What in the desktop holds a bell: no sound, no notification.
        ui.add_space(space::XS);
        ui.label(crate::t!("settings-hold"));
        let hold = &mut settings.hold;
        for (on, words) in [
            (&mut hold.do_not_disturb, crate::t!("desk-held-do-not-disturb")),
            (&mut hold.fullscreen, crate::t!("desk-held-fullscreen")),
            (&mut hold.in_a_call, crate::t!("desk-held-in-a-call")),
            (&mut hold.screen_locked, crate::t!("desk-held-screen-locked")),
            (&mut hold.away, crate::t!("desk-held-away")),
            (&mut hold.on_battery, crate::t!("desk-held-on-battery")),
        ] {
            ui.checkbox(on, words);
        }
    }
}

/// Starting Stillpoint at login, quietly, so the bells at the desk ring
/// from the start of the day. The entry's file is the switch's state.
/// Returns the switch's new state when it was pressed.
fn start_at_login_ui(view: &SettingsView, ui: &mut egui::Ui, palette: &Palette) -> Option<bool> {
    let mut on = view.start_at_login?;
    let pressed = ui.checkbox(&mut on, crate::t!("desktop-start-at-login")).changed();
    ui.weak(crate::t!("desktop-start-at-login-hint"));
    if let Some(note) = view.start_at_login_note {
        ui.colored_label(palette.warn, note);
    }
    pressed.then_some(on)
}

/// Spoken guidance: on or off, the voice and the pace.
fn spoken_guidance_ui(view: &SettingsView, settings: &mut Settings, ui: &mut egui::Ui) {
    use crate::audio::speech::WORDS_PER_MINUTE_RANGE;
    let Some((name, voices)) = view.synthesizer.as_ref() else {
        ui.add_enabled(
            false,
            egui::Checkbox::new(&mut settings.speak_guidance, crate::t!("settings-spoken-guidance")),
        );
        ui.weak(crate::t!("settings-spoken-needs"));
        return;
    };
    ui.checkbox(
        &mut settings.speak_guidance,
        crate::t!("settings-spoken-guidance-on", synthesizer = name.as_str()),
    );
    ui.add_enabled_ui(settings.speak_guidance, |ui| {
        ui.horizontal_wrapped(|ui| {
            let speech = &mut settings.speech;
            let current = voices
                .iter()
                .find(|(id, _)| *id == speech.voice)
                .map_or(speech.voice.clone(), |(_, name)| name.clone());
            egui::ComboBox::new("voice", crate::t!("settings-voice"))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (id, name) in voices {
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
fn desktop_ui(view: &SettingsView, settings: &mut Settings, ui: &mut egui::Ui) {
    let notifications = view.notifications;
    let tray = view.tray;
    ui.add_space(6.0);
    let reminder = &mut settings.reminder;
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
        Some(true) if settings.pause.enabled => {
            let current = match settings.close_to_tray {
                None => crate::t!("desktop-close-ask"),
                Some(true) => crate::t!("desktop-close-keep"),
                Some(false) => crate::t!("desktop-close-quit"),
            };
            egui::ComboBox::new("close-to-tray", crate::t!("desktop-close-choice"))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    let choice = &mut settings.close_to_tray;
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
