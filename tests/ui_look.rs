//! The app's settings survive being saved, and its text is readable in
//! both themes.

#[path = "support/storage.rs"]
mod storage;
use storage::MemoryStorage;

use stillpoint::ui::{Settings, Theme};

#[test]
fn settings_come_back_as_they_were_saved() {
    let mut settings = Settings {
        theme: Theme::Light,
        text_scale: 1.4,
        reduced_motion: true,
        timer_bell: "gong".into(),
        ..Default::default()
    };
    settings.volumes.ambient = 0.3;
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, "stillpoint-settings", &settings);
    let back: Option<Settings> = eframe::get_value(&storage, "stillpoint-settings");
    assert_eq!(back, Some(settings));
    // Settings written by an older Stillpoint, with fields missing, still load.
    storage.set_string_raw("(theme: Dark)");
    let old: Option<Settings> = eframe::get_value(&storage, "stillpoint-settings");
    assert_eq!(old.map(|s| (s.theme, s.text_scale)), Some((Theme::Dark, 1.0)));
}

trait Raw {
    fn set_string_raw(&mut self, value: &str);
}

impl Raw for MemoryStorage {
    fn set_string_raw(&mut self, value: &str) {
        eframe::Storage::set_string(self, "stillpoint-settings", value.to_owned());
    }
}

use stillpoint::ui::design::contrast;

#[test]
fn text_is_readable_in_both_themes() {
    for visuals in [
        stillpoint::ui::visuals(egui::Theme::Light),
        stillpoint::ui::visuals(egui::Theme::Dark),
    ] {
        let background = stillpoint::ui::design::window_background(&visuals);
        let text = contrast(visuals.text_color(), background);
        let weak = contrast(visuals.weak_text_color(), background);
        assert!(
            text >= 7.0,
            "text contrast {text:.1} (dark mode: {})",
            visuals.dark_mode
        );
        assert!(
            weak >= 4.5,
            "weak text contrast {weak:.1} (dark mode: {})",
            visuals.dark_mode
        );
    }
}
