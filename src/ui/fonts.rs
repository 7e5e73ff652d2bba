//! Fonts for every script a session or a practitioner writes in. The
//! app's typeface is Atkinson Hyperlegible (SIL Open Font License, see
//! `assets/fonts/AtkinsonHyperlegible-OFL.txt`), drawn for readers with low
//! vision: letters that cannot be mistaken for one another, open shapes,
//! easy at arm's length. It covers Latin; egui's own fonts follow it for
//! Greek and Cyrillic; the rest is found only when a
//! text needs it: first among the few fonts Stillpoint carries (Arabic,
//! Hebrew, Thai, Devanagari), then among the system's, through fontconfig.
//! Where no font has a script, the app says so once, naming the package to
//! install, instead of showing empty boxes.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use egui::FontFamily;
use egui::epaint::text::{
    FallbackRequest, FontData, FontDefinitions, FontInsert, FontPriority, FontProvider, InsertFontFamily,
};

use crate::fonts::{CARRIED, in_ranges};

fn first_char(request: &FallbackRequest<'_>) -> Option<char> {
    request.cluster.chars().next()
}

/// Gives the carried font for a character of its script, loaded only then.
pub struct CarriedFonts;

impl FontProvider for CarriedFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let c = first_char(request)?;
        let carried = CARRIED.iter().find(|font| in_ranges(c, font.ranges))?;
        Some(FontInsert {
            name: carried.name.to_owned(),
            data: FontData::from_static(carried.bytes),
            families: vec![InsertFontFamily {
                family: request.family.clone(),
                priority: FontPriority::Lowest,
            }],
        })
    }
}

/// Where letters no font had were asked for: asked last, it finds nothing,
/// and keeps which package would have had them.
#[derive(Clone, Default)]
pub struct MissingScripts {
    missing: Arc<Mutex<BTreeSet<Missing>>>,
}

/// Letters of a script no font on this computer has.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Missing {
    /// The script.
    pub script: Script,
    /// The Debian package that has it.
    pub package: &'static str,
}

/// The scripts a missing font is named by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Script {
    ChineseJapaneseKorean,
    Emoji,
    /// A script the app knows no package name of its own for.
    Other,
}

impl Script {
    /// The script, in a person's words.
    pub fn label(self) -> String {
        match self {
            Script::ChineseJapaneseKorean => crate::t!("library-fonts-script-cjk"),
            Script::Emoji => crate::t!("library-fonts-script-emoji"),
            Script::Other => crate::t!("library-fonts-script-other"),
        }
    }
}

impl Missing {
    /// The notice, once for each script.
    pub fn notice(&self) -> String {
        crate::t!(
            "library-fonts-missing",
            script = self.script.label(),
            package = self.package
        )
    }
}

/// Which package has `c`, and what to call its script; `None` for what is
/// not a letter (marks, symbols and controls are no script of their own).
fn package_for(c: char) -> Option<Missing> {
    const CJK: [(u32, u32); 10] = [
        (0x1100, 0x11FF),
        (0x2E80, 0x2FDF),
        (0x3000, 0x303F),
        (0x3040, 0x30FF),
        (0x3100, 0x31FF),
        (0x3400, 0x9FFF),
        (0xAC00, 0xD7AF),
        (0xF900, 0xFAFF),
        (0xFF00, 0xFFEF),
        (0x20000, 0x3134F),
    ];
    if in_ranges(c, &CJK) {
        return Some(Missing {
            script: Script::ChineseJapaneseKorean,
            package: "fonts-noto-cjk",
        });
    }
    if in_ranges(c, &[(0x1F300, 0x1FAFF), (0x2600, 0x27BF)]) {
        return Some(Missing {
            script: Script::Emoji,
            package: "fonts-noto-color-emoji",
        });
    }
    c.is_alphabetic().then_some(Missing {
        script: Script::Other,
        package: "fonts-noto-core",
    })
}

impl MissingScripts {
    /// The scripts found missing so far.
    pub fn found(&self) -> Vec<Missing> {
        self.missing
            .lock()
            .map(|m| m.iter().cloned().collect())
            .unwrap_or_default()
    }
}

impl FontProvider for MissingScripts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        if let Some(missing) = first_char(request).and_then(package_for)
            && let Ok(mut found) = self.missing.lock()
        {
            found.insert(missing);
        }
        None
    }
}

/// The system's fonts, as fontconfig lists them, once they have been looked
/// through.
static SYSTEM_FONTS: std::sync::OnceLock<egui_system_font_provider::SystemFontProvider> = std::sync::OnceLock::new();

/// Starts looking through the system's fonts on a thread of its own, so
/// that the first text that needs one (a language's name in its own
/// script, beside a session that has a version in it) finds the list read
/// instead of waiting for it. The window does this as it opens.
pub fn look_through_system_fonts() {
    SYSTEM_FONTS.get_or_init(egui_system_font_provider::SystemFontProvider::new);
}

/// The system's fonts, looked through when the window opens
/// ([`look_through_system_fonts`]) or, where nothing started that, once a
/// text needs one.
#[derive(Default)]
pub struct SystemFonts;

impl FontProvider for SystemFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        SYSTEM_FONTS
            .get_or_init(egui_system_font_provider::SystemFontProvider::new)
            .font_for(request)
    }
}

/// The name of the bold family headings use (see [`super::design`]).
pub const STRONG: &str = "strong";

const TYPEFACE: &str = "Atkinson Hyperlegible";
const TYPEFACE_BOLD: &str = "Atkinson Hyperlegible Bold";

/// egui's fonts with the typeface first: its regular for body text, its
/// bold as the family headings use, each followed by egui's own fonts for
/// the letters it does not have. The typeface is drawn unhinted.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    // Drawn from its outlines as they are, without running the font's
    // hinting program: at the app's sizes (13.5 points and up) the letters
    // come out the same to the eye, and hinting ran that program for every
    // letter at every size and sub-pixel offset, most of the time the
    // first frame took.
    let tweak = egui::epaint::text::FontTweak {
        hinting: Some(false),
        ..Default::default()
    };

    fonts.font_data.insert(
        TYPEFACE.to_owned(),
        Arc::new(FontData::from_static(crate::fonts::TYPEFACE_REGULAR).tweak(tweak.clone())),
    );
    fonts.font_data.insert(
        TYPEFACE_BOLD.to_owned(),
        Arc::new(FontData::from_static(crate::fonts::TYPEFACE_BOLD).tweak(tweak)),
    );
    let regular = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut body = vec![TYPEFACE.to_owned()];
    body.extend(regular.iter().cloned());
    let mut strong = vec![TYPEFACE_BOLD.to_owned()];
    strong.extend(regular);
    fonts.families.insert(FontFamily::Proportional, body);
    fonts.families.insert(FontFamily::Name(STRONG.into()), strong);
    fonts
}

/// Sets the typeface, then asks for fonts in this order: the carried ones,
/// the system's, and last the recorder of what none had. Returns the
/// recorder.
pub fn install(ctx: &egui::Context) -> MissingScripts {
    ctx.set_fonts(definitions());
    let missing = MissingScripts::default();
    ctx.add_font_provider(Arc::new(CarriedFonts));
    ctx.add_font_provider(Arc::new(SystemFonts));
    ctx.add_font_provider(Arc::new(missing.clone()));
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::text::{Fonts, MissingGlyphPolicy, TextOptions};

    /// Lays `text` out with egui's own fonts, then `providers`; panics on a
    /// glyph no font has.
    fn lay_out(text: &str, providers: Vec<Arc<dyn FontProvider>>, policy: MissingGlyphPolicy) {
        let mut fonts = Fonts::new(TextOptions::default(), FontDefinitions::default())
            .with_font_providers(providers)
            .with_missing_glyph_policy(policy);
        let galley = fonts.with_pixels_per_point(1.0).layout_no_wrap(
            text.to_owned(),
            egui::FontId::proportional(16.0),
            egui::Color32::WHITE,
        );
        assert!(galley.size().x > 0.0);
    }

    #[test]
    fn the_typeface_and_its_bold_have_every_letter_of_the_interface_languages() {
        let mut fonts =
            Fonts::new(TextOptions::default(), definitions()).with_missing_glyph_policy(MissingGlyphPolicy::Panic);
        for family in [FontFamily::Proportional, FontFamily::Name(STRONG.into())] {
            let galley = fonts.with_pixels_per_point(1.0).layout_no_wrap(
                "Autocompasión, pequeña pausa: ¿qué notas? «Empezar» — Ωμέγα Привет 1 I l 0 O".to_owned(),
                egui::FontId::new(16.0, family),
                egui::Color32::WHITE,
            );
            assert!(galley.size().x > 0.0);
        }
    }

    #[test]
    fn the_carried_fonts_have_arabic_hebrew_thai_and_devanagari() {
        for text in [
            "وقفة قصيرة مع التنفس",
            "הפסקה קצרה עם הנשימה",
            "หยุดพักสั้น ๆ กับลมหายใจ",
            "साँस के साथ एक छोटा विराम",
        ] {
            lay_out(text, vec![Arc::new(CarriedFonts)], MissingGlyphPolicy::Panic);
        }
    }

    #[test]
    fn a_script_no_font_has_is_named_once_with_its_package() {
        let missing = MissingScripts::default();
        // Ethiopic and Chinese, with only egui's fonts and the carried ones.
        lay_out(
            "ሰላም 暂停 ሰላም 停",
            vec![Arc::new(CarriedFonts), Arc::new(missing.clone())],
            MissingGlyphPolicy::Tofu,
        );
        let found = missing.found();
        assert_eq!(
            found.iter().map(|m| m.package).collect::<Vec<_>>(),
            ["fonts-noto-cjk", "fonts-noto-core"]
        );
        assert!(found[0].notice().contains("sudo apt install fonts-noto-cjk"));
    }
}
