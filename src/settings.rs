//! What the practitioner chooses once and keeps: volumes, the timer bell,
//! theme, text size, motion, and whether the welcome has been seen. Stored
//! in the window's own storage, as RON text; read field by field, so a
//! field that cannot be read (written by a newer version, or damaged) goes
//! back to its default and the rest are kept.

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
    /// What in the desktop holds a bell at the desk.
    pub hold: crate::desk::hold::HoldSettings,
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
            hold: Default::default(),
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

    /// The settings kept in the window's storage as `stored` (RON text),
    /// with the names of the fields that could not be read and are back
    /// to their defaults. `None` (storage with none in it) is a first
    /// start; text that is not settings at all was someone's who has used
    /// Stillpoint before, so the welcome is not shown again.
    pub fn from_stored(stored: Option<&str>) -> (Self, Vec<String>) {
        let Some(text) = stored else {
            return (Self::first_start(), Vec::new());
        };
        if let Ok(settings) = ron::from_str(text) {
            return (settings, Vec::new());
        }
        let Ok(Fields(fields)) = ron::from_str::<Fields>(text) else {
            return (Self::default(), vec![String::from("*")]);
        };
        // Each field on its own, beside the defaults of the others.
        let (kept, lost): (Vec<_>, Vec<_>) = fields
            .into_iter()
            .partition(|(name, value)| ron::from_str::<Settings>(&format!("({name}:{value})")).is_ok());
        let kept: Vec<String> = kept.iter().map(|(name, value)| format!("{name}:{value}")).collect();
        let settings = ron::from_str(&format!("({})", kept.join(","))).unwrap_or_default();
        (
            settings,
            lost.into_iter()
                .map(|(name, _)| crate::shown::escaped(&name).into_owned())
                .collect(),
        )
    }

    /// The settings kept in the window's storage file at `path`, read
    /// without a window (for the bells kept in the tray): the defaults
    /// when the file cannot be read, and for each field that cannot.
    pub fn from_file(path: &std::path::Path) -> Self {
        let stored: Option<std::collections::HashMap<String, String>> = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| ron::from_str(&text).ok());
        let Some(text) = stored.as_ref().and_then(|stored| stored.get(SETTINGS_KEY)) else {
            return Self::default();
        };
        let (settings, lost) = Self::from_stored(Some(text));
        say_lost(&lost);
        settings
    }

    /// What the bells kept in the tray need of these settings.
    pub fn desk(&self) -> crate::desk::keeper::DeskSettings {
        crate::desk::keeper::DeskSettings {
            pause: self.pause,
            reminder: self.reminder,
            volumes: self.volumes,
            hold: self.hold,
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

/// Says on the standard error which settings went back to their defaults.
pub fn say_lost(lost: &[String]) {
    if !lost.is_empty() {
        let said = crate::t!("settings-fields-reset", fields = lost.join(", "));
        eprintln!("stillpoint: {}", crate::t!("cli-note", message = said));
    }
}

/// A struct's fields as RON text, by name, not yet read: each is then read
/// on its own.
struct Fields(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Each;
        impl<'de> serde::de::Visitor<'de> for Each {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("settings")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    let value: Box<ron::value::RawValue> = map.next_value()?;
                    fields.push((name, value.get_ron().to_owned()));
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_struct("Settings", &[], Each)
    }
}

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

    #[test]
    fn a_field_that_cannot_be_read_goes_back_to_its_default_and_the_rest_are_kept() {
        let mut settings = Settings {
            theme: Theme::Dark,
            text_scale: 1.5,
            language: Some(crate::i18n::Language::Spanish),
            ..Settings::default()
        };
        settings.pause.enabled = true;
        settings.presets.push(TimerPreset {
            name: "Lunch".into(),
            minutes: 12,
            interval_minutes: 0,
            bell: "wood block".into(),
            ambient: String::new(),
        });
        let text = ron::to_string(&settings).unwrap_or_default();
        assert_eq!(Settings::from_stored(Some(&text)), (settings.clone(), Vec::new()));
        // A newer version's theme, a damaged size, and a field unknown here.
        let damaged = text
            .replace("theme:Dark", "theme:Sepia")
            .replace("text_scale:1.5", "text_scale:\"big\"")
            .replacen('(', "(from_the_future:[1,(2)],", 1);
        let (read, lost) = Settings::from_stored(Some(&damaged));
        assert_eq!(lost, ["theme", "text_scale"]);
        assert_eq!(
            read,
            Settings {
                theme: Theme::default(),
                text_scale: Settings::default().text_scale,
                ..settings
            }
        );
        assert_eq!(Settings::from_stored(None).0, Settings::first_start());
        assert_eq!(
            Settings::from_stored(Some("not settings")),
            (Settings::default(), vec!["*".to_owned()])
        );
    }
}
