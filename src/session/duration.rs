//! Durations as people write them: `"90s"`, `"5m"`, `"1h 10m"`, `"2m30s"`.

use std::fmt;

/// A non-negative length of time, in whole milliseconds.
///
/// Sessions are timed to the millisecond in the file; the audio engine turns
/// milliseconds into frames.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    millis: u64,
}

/// The longest duration the parser accepts at all; longer values are
/// certainly mistakes and would only risk overflow further on.
const MAX_PARSE_MILLIS: u64 = 1_000 * 60 * 60 * 24 * 366;

/// Why a duration could not be read. The message is shown to the author,
/// in the interface's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DurationError {
    Empty,
    /// Words where a number should start.
    Malformed(String),
    UnknownUnit(String),
    /// The number, written without a unit.
    MissingUnit(String),
    /// The unit's name: `hours`, `minutes`, `seconds` or `milliseconds`.
    RepeatedUnit(&'static str),
    OutOfOrder,
    Fraction,
    TooLong,
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Empty => crate::t!("diag-duration-empty"),
            Self::Malformed(text) => crate::t!("diag-duration-malformed", text = text.as_str()),
            Self::UnknownUnit(unit) => crate::t!("diag-duration-unknown-unit", unit = unit.as_str()),
            Self::MissingUnit(number) => crate::t!("diag-duration-missing-unit", number = number.as_str()),
            Self::RepeatedUnit(unit) => crate::t!("diag-duration-repeated-unit", unit = *unit),
            Self::OutOfOrder => crate::t!("diag-duration-out-of-order"),
            Self::Fraction => crate::t!("diag-duration-fraction"),
            Self::TooLong => crate::t!("diag-duration-too-long"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DurationError {}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Millis,
    Seconds,
    Minutes,
    Hours,
}

impl Unit {
    fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "h" | "hr" | "hrs" | "hour" | "hours" => Self::Hours,
            "m" | "min" | "mins" | "minute" | "minutes" => Self::Minutes,
            "s" | "sec" | "secs" | "second" | "seconds" => Self::Seconds,
            "ms" => Self::Millis,
            _ => return None,
        })
    }

    fn millis(self) -> u64 {
        match self {
            Self::Hours => 3_600_000,
            Self::Minutes => 60_000,
            Self::Seconds => 1_000,
            Self::Millis => 1,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Hours => "hours",
            Self::Minutes => "minutes",
            Self::Seconds => "seconds",
            Self::Millis => "milliseconds",
        }
    }
}

impl Duration {
    pub const ZERO: Self = Self { millis: 0 };

    pub const fn from_millis(millis: u64) -> Self {
        Self { millis }
    }

    pub const fn from_secs(secs: u64) -> Self {
        Self {
            millis: secs.saturating_mul(1_000),
        }
    }

    pub const fn from_mins(mins: u64) -> Self {
        Self {
            millis: mins.saturating_mul(60_000),
        }
    }

    pub const fn as_millis(self) -> u64 {
        self.millis
    }

    pub fn as_secs_f64(self) -> f64 {
        self.millis as f64 / 1_000.0
    }

    pub const fn is_zero(self) -> bool {
        self.millis == 0
    }

    pub const fn saturating_add(self, other: Self) -> Self {
        Self {
            millis: self.millis.saturating_add(other.millis),
        }
    }

    pub const fn saturating_sub(self, other: Self) -> Self {
        Self {
            millis: self.millis.saturating_sub(other.millis),
        }
    }

    pub fn checked_add(self, other: Self) -> Option<Self> {
        self.millis.checked_add(other.millis).map(Self::from_millis)
    }

    /// Reads a duration as an author writes it.
    ///
    /// Accepts one or more `<number><unit>` parts, largest unit first, with or
    /// without spaces between them: `"90s"`, `"5 minutes"`, `"1h 10m"`,
    /// `"2m30s"`, `"500ms"`.
    pub fn parse(text: &str) -> Result<Self, DurationError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DurationError::Empty);
        }
        let mut rest = text;
        let mut total: u64 = 0;
        let mut last_unit: Option<Unit> = None;
        while !rest.is_empty() {
            let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits_len == 0 {
                let word: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
                return Err(DurationError::Malformed(word));
            }
            let (digits, after) = rest.split_at(digits_len);
            let after = after.trim_start();
            let unit_len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
            if unit_len == 0 {
                if after.starts_with(['.', ',']) {
                    return Err(DurationError::Fraction);
                }
                return Err(DurationError::MissingUnit(digits.to_owned()));
            }
            let (unit_text, after) = after.split_at(unit_len);
            let unit = Unit::parse(&unit_text.to_ascii_lowercase())
                .ok_or_else(|| DurationError::UnknownUnit(unit_text.to_owned()))?;
            match last_unit {
                Some(previous) if previous == unit => {
                    return Err(DurationError::RepeatedUnit(unit.name()));
                }
                Some(previous) if previous < unit => return Err(DurationError::OutOfOrder),
                _ => {}
            }
            last_unit = Some(unit);
            let value: u64 = digits.parse().map_err(|_| DurationError::TooLong)?;
            let part = value.checked_mul(unit.millis()).ok_or(DurationError::TooLong)?;
            total = total.checked_add(part).ok_or(DurationError::TooLong)?;
            if total > MAX_PARSE_MILLIS {
                return Err(DurationError::TooLong);
            }
            rest = after.trim_start();
        }
        Ok(Self { millis: total })
    }
}

impl From<Duration> for std::time::Duration {
    fn from(value: Duration) -> Self {
        std::time::Duration::from_millis(value.millis)
    }
}

/// The canonical form: largest unit first, parts separated by a space,
/// no zero parts (`"1h 10m"`, `"2m 30s"`, `"45s"`, `"0s"`).
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.millis == 0 {
            return f.write_str("0s");
        }
        let mut rest = self.millis;
        let mut first = true;
        for (size, suffix) in [(3_600_000, "h"), (60_000, "m"), (1_000, "s"), (1, "ms")] {
            let count = rest / size;
            rest %= size;
            if count > 0 {
                if !first {
                    f.write_str(" ")?;
                }
                write!(f, "{count}{suffix}")?;
                first = false;
            }
        }
        Ok(())
    }
}

impl Duration {
    /// The duration as a person reads it in the interface's language:
    /// the canonical form's parts (`"1h 10m"`), each worded by the
    /// locale (`"1 h 10 min"`, `"1 小時 10 分鐘"`).
    pub fn label(self) -> String {
        let mut rest = self.millis;
        let mut parts = Vec::new();
        for size in [3_600_000, 60_000, 1_000, 1] {
            let count = rest / size;
            rest %= size;
            if count > 0 {
                parts.push(match size {
                    3_600_000 => crate::t!("session-duration-hours", count = count),
                    60_000 => crate::t!("session-duration-minutes", count = count),
                    1_000 => crate::t!("session-duration-seconds", count = count),
                    _ => crate::t!("session-duration-millis", count = count),
                });
            }
        }
        if parts.is_empty() {
            parts.push(crate::t!("session-duration-seconds", count = 0));
        }
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_word_each_part_in_the_interface_language() {
        use crate::i18n::{Language, Locale, use_locale};
        let check = |language, millis, expected: &str| {
            use_locale(Locale::new(language, None));
            assert_eq!(Duration::from_millis(millis).label(), expected, "{language:?}");
        };
        check(Language::English, 4_200_000, "1h 10m");
        check(Language::English, 0, "0s");
        check(Language::Spanish, 150_000, "2 min 30 s");
        check(Language::TraditionalChinese, 4_200_000, "1 小時 10 分鐘");
    }

    fn check(text: &str, expected_millis: u64) {
        assert_eq!(
            Duration::parse(text),
            Ok(Duration::from_millis(expected_millis)),
            "{text}"
        );
    }

    #[test]
    fn reads_the_forms_people_write() {
        check("90s", 90_000);
        check("5m", 300_000);
        check("1h 10m", 4_200_000);
        check("2m30s", 150_000);
        check("2m 30s", 150_000);
        check(" 5 minutes ", 300_000);
        check("1 hour 5 min", 3_900_000);
        check("500ms", 500);
        check("1s 250ms", 1_250);
        check("0s", 0);
        check("10M", 600_000);
    }

    fn check_error(text: &str, expected: DurationError) {
        assert_eq!(Duration::parse(text), Err(expected), "{text}");
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        check_error("", DurationError::Empty);
        check_error("five minutes", DurationError::Malformed("five".into()));
        check_error("5", DurationError::MissingUnit("5".into()));
        check_error("5x", DurationError::UnknownUnit("x".into()));
        check_error("5m 5m", DurationError::RepeatedUnit("minutes"));
        check_error("30s 2m", DurationError::OutOfOrder);
        check_error("1.5m", DurationError::Fraction);
        check_error("99999999999999999999h", DurationError::TooLong);
        check_error("9000h", DurationError::TooLong);
    }

    #[test]
    fn prints_the_canonical_form() {
        for (millis, text) in [
            (0, "0s"),
            (45_000, "45s"),
            (90_000, "1m 30s"),
            (4_200_000, "1h 10m"),
            (3_600_500, "1h 500ms"),
        ] {
            assert_eq!(Duration::from_millis(millis).to_string(), text);
            assert_eq!(Duration::parse(text), Ok(Duration::from_millis(millis)));
        }
    }
}
