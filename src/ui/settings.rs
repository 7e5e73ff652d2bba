//! What the practitioner chooses once and keeps: volumes, the timer bell,
//! theme, text size, motion, and whether the welcome has been seen. Stored
//! in the window's own storage.

use serde::{Deserialize, Serialize};

use crate::audio::Volumes;

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn label(self) -> String {
        match self {
            Theme::System => crate::t!("settings-follow-system"),
            Theme::Light => crate::t!("settings-theme-light"),
            Theme::Dark => crate::t!("settings-theme-dark"),
        }
    }

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// A quick timer the practitioner saved under a name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimerPreset {
    pub name: String,
    pub minutes: u32,
    /// Minutes between interval bells; 0 for none.
    pub interval_minutes: u32,
    pub bell: String,
    /// A built-in bed, or empty for silence.
    pub ambient: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub volumes: Volumes,
    /// The bell quick timers ring.
    pub timer_bell: String,
    pub theme: Theme,
    /// Text size, as a zoom of the whole interface.
    pub text_scale: f32,
    /// No animation: the ring and fades on screen stand still.
    pub reduced_motion: bool,
    /// The player counts down in seconds; otherwise in whole minutes,
    /// which keeps the screen (and the computer) still.
    pub show_seconds: bool,
    /// Read the guidance aloud with the system's speech synthesizer where
    /// the session has no recording of it.
    pub speak_guidance: bool,
    /// The voice and pace it is read in.
    pub speech: crate::audio::speech::SpeechSettings,
    /// Whether the practitioner has been asked, at their first guided
    /// session, if they would like the guidance read aloud.
    pub speech_offered: bool,
    /// Whether the note on what the practice is, and is not, has been read
    /// (it shows above the library until then).
    pub care_note_read: bool,
    /// Bells of mindfulness at the desk.
    pub pause: crate::pause::PauseSchedule,
    pub presets: Vec<TimerPreset>,
    /// The interface's language; `None` follows the system's locale.
    pub language: Option<crate::i18n::Language>,
    /// Whether the welcome has been seen through or skipped. True by
    /// default, so that settings stored by an earlier Stillpoint, which
    /// lack it, never bring the welcome back; only a first start, with
    /// nothing stored ([`Settings::first_start`]), shows it.
    pub welcome_done: bool,
    /// The daily practice reminder, a desktop notification; off by default.
    pub reminder: crate::desk::reminder::DailyReminder,
    /// Closing the window while the bells at the desk are on keeps them
    /// ringing from the tray (`Some(true)`) or quits (`Some(false)`);
    /// `None` asks, once.
    pub close_to_tray: Option<bool>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            volumes: Volumes::default(),
            timer_bell: "singing bowl".into(),
            theme: Theme::System,
            text_scale: 1.0,
            reduced_motion: false,
            show_seconds: false,
            speak_guidance: false,
            speech: Default::default(),
            speech_offered: false,
            care_note_read: false,
            pause: Default::default(),
            presets: Vec::new(),
            language: None,
            welcome_done: true,
            reminder: Default::default(),
            close_to_tray: None,
        }
    }
}

impl Settings {
    /// The settings of someone starting Stillpoint for the first time: the
    /// defaults, with the welcome still to come.
    pub fn first_start() -> Self {
        Self {
            welcome_done: false,
            ..Self::default()
        }
    }

    /// The settings kept in the window's storage. Storage with none in it
    /// is a first start. Without storage nothing would be remembered, not
    /// even that the welcome was seen, so it is not shown; nor when the
    /// stored settings cannot be read, as they belonged to someone who has
    /// used Stillpoint before.
    pub fn from_storage(storage: Option<&dyn eframe::Storage>) -> Self {
        let Some(storage) = storage else {
            return Self::default();
        };
        if storage.get_string(SETTINGS_KEY).is_none() {
            return Self::first_start();
        }
        eframe::get_value(storage, SETTINGS_KEY).unwrap_or_default()
    }

    /// The settings kept in the window's storage file at `path`, read
    /// without a window (for the bells kept in the tray): the defaults
    /// when the file or its settings cannot be read.
    pub fn from_file(path: &std::path::Path) -> Self {
        let stored: Option<std::collections::HashMap<String, String>> = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| ron::from_str(&text).ok());
        stored
            .and_then(|stored| ron::from_str(stored.get(SETTINGS_KEY)?).ok())
            .unwrap_or_default()
    }

    /// What the bells kept in the tray need of these settings.
    pub fn desk(&self) -> crate::desk::keeper::DeskSettings {
        crate::desk::keeper::DeskSettings {
            pause: self.pause,
            reminder: self.reminder,
            volumes: self.volumes,
        }
    }

    /// The locale the interface speaks: the chosen language with the
    /// system's regional conventions, or the system's own.
    pub fn locale(&self) -> crate::i18n::Locale {
        crate::i18n::Locale::chosen(self.language)
    }
}

/// The key the settings are stored under.
pub const SETTINGS_KEY: &str = "stillpoint-settings";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_from_the_window_storage_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("settings.ron");
        assert_eq!(Settings::from_file(&path), Settings::default(), "no file yet");
        let mut settings = Settings::default();
        settings.pause.enabled = true;
        settings.pause.every_minutes = 30;
        settings.language = Some(crate::i18n::Language::Spanish);
        // As the window's storage keeps it: a map of keys to RON text,
        // beside the window's own entries.
        let mut stored = std::collections::HashMap::new();
        stored.insert(SETTINGS_KEY.to_owned(), ron::to_string(&settings).unwrap_or_default());
        stored.insert("window".to_owned(), "(inner_size: None)".to_owned());
        let text = ron::ser::to_string_pretty(&stored, ron::ser::PrettyConfig::default()).unwrap_or_default();
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Settings::from_file(&path), settings);
        std::fs::write(&path, "{\"stillpoint-settings\": \"(pause: (enabled: maybe\"}")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            Settings::from_file(&path),
            Settings::default(),
            "unreadable: the defaults"
        );
    }
}
