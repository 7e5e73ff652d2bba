//! The languages the interface is written in, and which one the system
//! asks for.

use serde::{Deserialize, Serialize};

/// A language the interface ships complete.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Spanish,
    TraditionalChinese,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::Spanish, Language::TraditionalChinese];

    /// The BCP 47 tag: the folder its texts are in, and the `language` a
    /// session written in it gives.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::TraditionalChinese => "zh-Hant",
        }
    }

    /// The language's name in itself, as a menu of languages shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::TraditionalChinese => "繁體中文",
        }
    }

    /// The shipped language for a BCP 47 tag or a POSIX locale name
    /// (`es`, `es-MX`, `es_ES.UTF-8`, `zh-Hant-HK`, `zh_TW`), if any.
    /// Chinese in any script is offered in Traditional characters, the
    /// only Chinese the interface is written in.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "es" => Some(Language::Spanish),
            "zh" => Some(Language::TraditionalChinese),
            _ => None,
        }
    }
}

/// The locale the system asks for, from the first of `LC_ALL`,
/// `LC_MESSAGES` (or `LC_TIME`, for dates) and `LANG` that is set, as
/// POSIX gives them precedence. `C` and `POSIX` count as set.
pub fn system_locale(category: &str, var: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", category, "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tag: &str, expected: Option<Language>) {
        assert_eq!(Language::from_tag(tag), expected, "{tag}");
    }

    #[test]
    fn tags_and_locale_names_find_their_language() {
        check("en", Some(Language::English));
        check("en_GB.UTF-8", Some(Language::English));
        check("es", Some(Language::Spanish));
        check("es_ES.UTF-8", Some(Language::Spanish));
        check("es-MX", Some(Language::Spanish));
        check("ES_es@euro", Some(Language::Spanish));
        check("zh-Hant", Some(Language::TraditionalChinese));
        check("zh_TW.UTF-8", Some(Language::TraditionalChinese));
        check("zh_HK", Some(Language::TraditionalChinese));
        check("da_DK.UTF-8", None);
        check("C.UTF-8", None);
        check("POSIX", None);
        check("", None);
    }

    #[test]
    fn lc_all_overrides_the_category_which_overrides_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        let of = |pairs| system_locale("LC_MESSAGES", env(pairs));
        assert_eq!(of(&[("LANG", "es_ES.UTF-8")]), Some("es_ES.UTF-8".into()));
        assert_eq!(
            of(&[("LANG", "es_ES.UTF-8"), ("LC_MESSAGES", "zh_TW")]),
            Some("zh_TW".into())
        );
        assert_eq!(
            of(&[("LANG", "es_ES"), ("LC_MESSAGES", "zh_TW"), ("LC_ALL", "en_US")]),
            Some("en_US".into())
        );
        assert_eq!(of(&[("LANG", "es_ES"), ("LC_ALL", "")]), Some("es_ES".into()));
        assert_eq!(of(&[]), None);
    }
}
