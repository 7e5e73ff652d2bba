//! The interface's words in one language, read from the Fluent files
//! under `assets/locales/`, with English beneath for anything missing.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::language::Language;
use super::locale::Locale;

/// The parts of the interface, one Fluent file each, so a translator (or
/// a change) works on one at a time.
pub const AREAS: [&str; 14] = [
    "common",
    "library",
    "session",
    "languages",
    "player",
    "practice",
    "cohort",
    "settings",
    "app",
    "cli",
    "errors",
    "desktop",
    "diagnostics",
    "welcome",
];

/// The shipped Fluent files of one language, in the order of [`AREAS`].
pub fn sources(language: Language) -> [&'static str; 14] {
    macro_rules! area_files {
        ($tag:literal) => {
            [
                include_str!(concat!("../../assets/locales/", $tag, "/common.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/library.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/session.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/languages.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/player.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/practice.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/cohort.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/settings.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/app.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/cli.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/errors.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/desktop.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/diagnostics.ftl")),
                include_str!(concat!("../../assets/locales/", $tag, "/welcome.ftl")),
            ]
        };
    }
    match language {
        Language::English => area_files!("en"),
        Language::Spanish => area_files!("es"),
        Language::TraditionalChinese => area_files!("zh-Hant"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Every message of one locale, and of English to fall back on.
pub struct Texts {
    pub locale: Locale,
    chosen: Option<Bundle>,
    english: Bundle,
}

impl Texts {
    pub fn new(locale: Locale) -> Texts {
        let chosen = (locale.language != Language::English).then(|| bundle(locale.language, locale));
        let english = bundle(Language::English, locale);
        Texts {
            locale,
            chosen,
            english,
        }
    }

    /// The message `key` with `args` in this language; in English where
    /// this language has no such message or cannot fill it in. A key no
    /// language has comes back as itself (a test keeps that from
    /// happening).
    pub fn message(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.chosen
            .iter()
            .chain(std::iter::once(&self.english))
            .find_map(|bundle| format(bundle, key, args))
            .unwrap_or_else(|| key.to_owned())
    }

    /// Whether the chosen language itself has `key` (not through English).
    pub fn has_own(&self, key: &str) -> bool {
        self.chosen.as_ref().unwrap_or(&self.english).has_message(key)
    }
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

fn bundle(language: Language, locale: Locale) -> Bundle {
    let tag = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![tag]);
    // egui shows no bidi marks; the words are laid out by the app itself.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(if locale.decimal_point() == "," {
        with_decimal_comma
    } else {
        with_decimal_point
    }));
    // NUMBER(), for decimals written with the options a message gives.
    let _ = bundle.add_builtins();
    for source in sources(language) {
        // A broken shipped file is caught by the tests; here its good
        // messages are still added.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn with_decimal_point<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_text(value, ".")
}

fn with_decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_text(value, ",")
}

/// A number as Fluent's options ask for it (`NUMBER($x,
/// maximumFractionDigits: 1)`), with the locale's decimal separator.
fn number_text(value: &FluentValue, decimal: &str) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, options }) = value else {
        return None;
    };
    let least = options.minimum_fraction_digits.unwrap_or(0);
    let mut text = match options.maximum_fraction_digits {
        Some(most) => format!("{value:.*}", most.max(least)),
        None => value.to_string(),
    };
    if let Some(point) = text.find('.') {
        while text.len() - point - 1 > least && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    } else if least > 0 {
        text.push('.');
    }
    let digits = text.find('.').map_or(0, |point| text.len() - point - 1);
    text.extend(std::iter::repeat_n('0', least.saturating_sub(digits)));
    Some(text.replace('.', decimal))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::types::FluentNumberOptions;

    fn number(value: f64, least: Option<usize>, most: Option<usize>) -> FluentValue<'static> {
        let options = FluentNumberOptions {
            minimum_fraction_digits: least,
            maximum_fraction_digits: most,
            ..Default::default()
        };
        FluentValue::Number(FluentNumber::new(value, options))
    }

    #[test]
    fn numbers_take_the_locales_decimal_separator_and_asked_digits() {
        let check = |value, least, most, decimal, expected: &str| {
            assert_eq!(
                number_text(&number(value, least, most), decimal).as_deref(),
                Some(expected)
            );
        };
        check(12.5, None, None, ",", "12,5");
        check(12.0, None, None, ".", "12");
        check(12.25, None, Some(1), ".", "12.2");
        check(12.0, Some(1), Some(1), ",", "12,0");
        check(3.0, Some(2), None, ".", "3.00");
        check(1234.5678, None, Some(0), ".", "1235");
        check(0.5, None, Some(1), ",", "0,5");
    }

    #[test]
    fn messages_can_ask_for_a_number_of_decimals() {
        let mut bundle = bundle(Language::English, Locale::new(Language::Spanish, None));
        let source = "average = { NUMBER($minutes, minimumFractionDigits: 1, maximumFractionDigits: 1) } min";
        bundle.add_resource_overriding(FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r));
        let mut args = FluentArgs::new();
        args.set("minutes", 12.25);
        assert_eq!(format(&bundle, "average", Some(&args)).as_deref(), Some("12,2 min"));
    }

    #[test]
    fn a_missing_message_falls_back_to_english() {
        let texts = Texts::new(Locale::new(Language::Spanish, None));
        assert_eq!(
            texts.message("no-such-message-anywhere", None),
            "no-such-message-anywhere"
        );
        let english = Texts::new(Locale::default());
        assert_eq!(texts.message("language-name", None), "Español");
        assert_eq!(english.message("language-name", None), "English");
    }
}
