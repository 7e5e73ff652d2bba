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

/// WCAG contrast ratio between two colours.
fn contrast(a: egui::Color32, b: egui::Color32) -> f32 {
    let luminance = |c: egui::Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (l1, l2) = (luminance(a), luminance(b));
    (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
}

#[test]
fn text_is_readable_in_both_themes() {
    for visuals in [
        stillpoint::ui::visuals(egui::Theme::Light),
        stillpoint::ui::visuals(egui::Theme::Dark),
    ] {
        let background = visuals.panel_fill;
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
