//! The languages a session is written in, as the library and `stillpoint
//! list` name them: each in itself ("Español", "繁體中文"), since a reader
//! looks for their own language's name.

use super::Language;

/// A language's name in itself for a tag the interface ships (`es` →
/// "Español"); any other tag as it is written (`da`, `zh-Hans`).
pub fn language_name(tag: &str) -> String {
    Language::ALL
        .into_iter()
        .find(|language| language.tag().eq_ignore_ascii_case(tag))
        .map_or_else(|| tag.to_owned(), |language| language.native_name().to_owned())
}

/// "Also in: Español, 繁體中文": the other languages a session can be read
/// in, beside the one shown; `None` when there are none.
pub fn also_in(shown: &str, languages: &[&str]) -> Option<String> {
    let names: Vec<String> = languages
        .iter()
        .filter(|tag| !tag.eq_ignore_ascii_case(shown))
        .map(|tag| language_name(tag))
        .collect();
    if names.is_empty() {
        return None;
    }
    let separator = crate::t!("languages-separator");
    Some(crate::t!("languages-also-in", languages = names.join(&separator)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, use_locale};

    #[test]
    fn shipped_languages_are_named_in_themselves_and_others_by_their_tag() {
        assert_eq!(language_name("es"), "Español");
        assert_eq!(language_name("zh-hant"), "繁體中文");
        assert_eq!(language_name("en"), "English");
        assert_eq!(language_name("da"), "da");
        assert_eq!(language_name("zh-Hans"), "zh-Hans");
    }

    #[test]
    fn the_other_languages_are_listed_in_the_interfaces_words() {
        use_locale(Locale::default());
        assert_eq!(
            also_in("en", &["en", "es", "zh-Hant"]).as_deref(),
            Some("Also in: Español, 繁體中文")
        );
        assert_eq!(also_in("en", &["en"]), None);
        use_locale(Locale::new(Language::Spanish, None));
        assert_eq!(
            also_in("es", &["en", "es", "da"]).as_deref(),
            Some("También en: English, da")
        );
        use_locale(Locale::new(Language::TraditionalChinese, None));
        assert_eq!(
            also_in("zh-Hant", &["en", "es", "zh-Hant"]).as_deref(),
            Some("其他語言：English、Español")
        );
    }
}
