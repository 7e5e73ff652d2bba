//! The interface in the practitioner's language: every word the app and
//! the command line show comes from the Fluent files in
//! `assets/locales/<language>/`, through [`t!`](crate::t); dates and
//! numbers follow the locale's conventions.
//!
//! The language is kept per thread: the command line and the window set
//! it once on their thread ([`use_locale`]); a thread that never did
//! follows the environment. Tests set a language on their own thread
//! without touching another's.

pub mod language;
pub mod locale;
pub mod session_languages;
pub mod texts;

use std::cell::RefCell;
use std::rc::Rc;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use language::Language;
pub use locale::Locale;
pub use texts::Texts;

thread_local! {
    static CURRENT: RefCell<Option<Rc<Texts>>> = const { RefCell::new(None) };
}

/// Speak `locale` on this thread from now on.
pub fn use_locale(locale: Locale) {
    if self::locale() != locale || CURRENT.with_borrow(Option::is_none) {
        CURRENT.set(Some(Rc::new(Texts::new(locale))));
    }
}

/// This thread's texts, read from the environment the first time.
pub fn texts() -> Rc<Texts> {
    CURRENT.with_borrow_mut(|current| {
        current
            .get_or_insert_with(|| Rc::new(Texts::new(Locale::from_environment())))
            .clone()
    })
}

/// This thread's locale.
pub fn locale() -> Locale {
    texts().locale
}

/// The message `key` in this thread's language. Use [`t!`](crate::t).
pub fn text(key: &str, args: Option<&FluentArgs>) -> String {
    texts().message(key, args)
}

/// A date or time written with the pattern the message `key` holds (a
/// chrono format string such as `%A %-d %B`), with this locale's month
/// and weekday names.
pub fn date(key: &str, value: &impl Dated) -> String {
    let texts = texts();
    value.localized(&texts.message(key, None), texts.locale.region)
}

/// Anything that has a date to write.
pub trait Dated {
    fn localized(&self, pattern: &str, region: chrono::Locale) -> String;
}

impl Dated for chrono::NaiveDate {
    fn localized(&self, pattern: &str, region: chrono::Locale) -> String {
        self.format_localized(pattern, region).to_string()
    }
}

impl<Tz: chrono::TimeZone> Dated for chrono::DateTime<Tz>
where
    Tz::Offset: std::fmt::Display,
{
    fn localized(&self, pattern: &str, region: chrono::Locale) -> String {
        self.format_localized(pattern, region).to_string()
    }
}

/// `t!("key")` or `t!("key", name = value, …)`: the message in this
/// thread's language, with its variables filled in (numbers choose the
/// plural form through Fluent).
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::text($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::text($key, Some(&args))
    }};
}
