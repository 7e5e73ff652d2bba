//! The conventions of a place: the interface's language, and how dates,
//! weekday names, the first day of the week and numbers are written.

use chrono::{Datelike, NaiveDate, Weekday};

use super::language::{Language, system_locale};

/// A language with the regional conventions it is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    pub language: Language,
    /// The glibc locale whose month and weekday names, first weekday and
    /// decimal point are used. `POSIX` for no region: English names,
    /// weeks from Monday (ISO 8601).
    pub region: chrono::Locale,
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            language: Language::English,
            region: chrono::Locale::POSIX,
        }
    }
}

impl Locale {
    /// The language with the system's regional conventions where they
    /// are for that language (`es_MX` for Spanish when the system is
    /// Mexican), otherwise the language's usual region.
    pub fn new(language: Language, system_region: Option<&str>) -> Locale {
        let system = system_region
            .filter(|name| Language::from_tag(name) == Some(language))
            .and_then(|name| chrono::Locale::try_from(posix_name(name).as_str()).ok());
        let region = system.unwrap_or(match language {
            Language::English => chrono::Locale::POSIX,
            Language::Spanish => chrono::Locale::es_ES,
            Language::TraditionalChinese => chrono::Locale::zh_TW,
        });
        Locale { language, region }
    }

    /// The locale the environment asks for; English where it asks for a
    /// language the interface is not written in.
    pub fn from_environment() -> Locale {
        Locale::chosen(None)
    }

    /// `language` with the environment's region, or, for `None`, the
    /// locale the environment asks for: the language a practitioner chose
    /// in Settings, or the system's.
    pub fn chosen(language: Option<Language>) -> Locale {
        match language {
            Some(language) => Locale::with_system_region(language, environment_variable),
            None => Locale::from_variables(environment_variable),
        }
    }

    /// The locale a set of environment variables asks for.
    pub fn from_variables(var: impl Fn(&str) -> Option<String>) -> Locale {
        let messages = system_locale("LC_MESSAGES", &var);
        let language = messages.as_deref().and_then(Language::from_tag).unwrap_or_default();
        Locale::with_system_region(language, var)
    }

    /// `language`, with the region the environment's `LC_TIME` names.
    pub fn with_system_region(language: Language, var: impl Fn(&str) -> Option<String>) -> Locale {
        let time = system_locale("LC_TIME", &var);
        Locale::new(language, time.as_deref())
    }

    /// The day weeks start on: Monday or Sunday (or Saturday) as the
    /// region counts them.
    pub fn first_weekday(&self) -> Weekday {
        if self.region == chrono::Locale::POSIX {
            return Weekday::Mon;
        }
        let reference = pure_rust_locales::locale_match!(self.region => LC_TIME::WEEK)
            .and_then(|week| week.get(1).copied())
            .and_then(|day| NaiveDate::from_ymd_opt((day / 10000) as i32, (day / 100 % 100) as u32, (day % 100) as u32))
            .map_or(Weekday::Sun, |date| date.weekday());
        let ordinal = pure_rust_locales::locale_match!(self.region => LC_TIME::FIRST_WEEKDAY).unwrap_or(1);
        (1..ordinal.clamp(1, 7)).fold(reference, |day, _| day.succ())
    }

    /// The decimal separator: `.` or `,`.
    pub fn decimal_point(&self) -> &'static str {
        pure_rust_locales::locale_match!(self.region => LC_NUMERIC::DECIMAL_POINT)
    }
}

/// A locale variable of the environment, read once: they do not change
/// while Stillpoint runs, and the window asks on every frame.
fn environment_variable(name: &str) -> Option<String> {
    static VARIABLES: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    VARIABLES
        .get_or_init(|| {
            ["LC_ALL", "LC_MESSAGES", "LC_TIME", "LANG"]
                .into_iter()
                .filter_map(|name| std::env::var(name).ok().map(|value| (name, value)))
                .collect()
        })
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, value)| value.clone())
}

/// `es-MX`, `es_MX.UTF-8` → `es_MX`, the form glibc names its locales by.
fn posix_name(name: &str) -> String {
    name.split(['.', '@']).next().unwrap_or_default().replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(language: Language, system: &str) -> Locale {
        Locale::new(language, Some(system))
    }

    #[test]
    fn weeks_start_where_the_region_starts_them() {
        let check = |l: Locale, expected: Weekday| assert_eq!(l.first_weekday(), expected, "{l:?}");
        check(Locale::default(), Weekday::Mon);
        check(locale(Language::English, "en_US.UTF-8"), Weekday::Sun);
        check(locale(Language::English, "en_GB.UTF-8"), Weekday::Mon);
        check(locale(Language::Spanish, "es_ES.UTF-8"), Weekday::Mon);
        check(locale(Language::Spanish, "es_MX.UTF-8"), Weekday::Sun);
        check(locale(Language::TraditionalChinese, "zh_TW.UTF-8"), Weekday::Sun);
        check(locale(Language::Spanish, "ar_JO.UTF-8"), Weekday::Mon);
    }

    #[test]
    fn the_region_follows_the_system_only_for_the_same_language() {
        assert_eq!(locale(Language::Spanish, "es_MX.UTF-8").region, chrono::Locale::es_MX);
        assert_eq!(locale(Language::Spanish, "en_US.UTF-8").region, chrono::Locale::es_ES);
        assert_eq!(
            locale(Language::TraditionalChinese, "zh-HK").region,
            chrono::Locale::zh_HK
        );
        assert_eq!(locale(Language::English, "C.UTF-8").region, chrono::Locale::POSIX);
        assert_eq!(
            Locale::new(Language::TraditionalChinese, None).region,
            chrono::Locale::zh_TW
        );
    }

    #[test]
    fn spain_writes_decimals_with_a_comma() {
        assert_eq!(locale(Language::Spanish, "es_ES").decimal_point(), ",");
        assert_eq!(locale(Language::Spanish, "es_MX").decimal_point(), ".");
        assert_eq!(Locale::default().decimal_point(), ".");
    }

    #[test]
    fn the_environment_chooses_language_and_region() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            Locale::from_variables(move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
        };
        assert_eq!(
            env(&[("LANG", "es_ES.UTF-8")]),
            Locale {
                language: Language::Spanish,
                region: chrono::Locale::es_ES
            }
        );
        assert_eq!(env(&[("LANG", "C.UTF-8")]), Locale::default());
        assert_eq!(env(&[]), Locale::default());
        assert_eq!(
            env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "zh_TW.UTF-8")]).language,
            Language::TraditionalChinese
        );
        assert_eq!(env(&[("LANG", "da_DK.UTF-8")]), Locale::default());
    }
}
