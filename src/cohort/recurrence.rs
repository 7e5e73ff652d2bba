//! Sits that come back: every N days or weeks from the first, a set number
//! of times. The same rule travels in the code (`every2w/x6`), in the
//! invitation file and in the calendar (`FREQ=WEEKLY;INTERVAL=2;COUNT=6`).
//!
//! Sits repeat in UTC, as a calendar repeats an event whose first start is
//! written in UTC: the first bell rings at the same moment everywhere, and
//! both sides agree on every later one.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};

/// The most sits one invitation holds.
pub const MAX_SITS: u32 = 100;
/// The widest gap between two sits, in days or in weeks.
pub const MAX_INTERVAL: u32 = 99;

/// The unit a sit repeats in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    Daily,
    Weekly,
}

/// How far apart the sits are: every `interval` days or weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Every {
    frequency: Frequency,
    interval: u32,
}

/// A sit that comes back. Holds 1 to [`MAX_SITS`] sits, 1 to
/// [`MAX_INTERVAL`] days or weeks apart; only the constructors make one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recurrence {
    every: Every,
    count: u32,
}

/// Why a repeat could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RepeatError {
    /// How often, as written, not understood.
    Every(String),
    Interval(u64),
    Count(u64),
    NoCount,
    /// A calendar's repeat rule, and what is wrong in it (already worded).
    Rule {
        rule: String,
        problem: String,
    },
}

impl std::fmt::Display for RepeatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            RepeatError::Every(text) => crate::t!("errors-repeat-every", text = text.as_str()),
            RepeatError::Interval(given) => crate::t!("errors-repeat-interval", most = MAX_INTERVAL, given = *given),
            RepeatError::Count(given) => crate::t!("errors-repeat-count", most = MAX_SITS, given = *given),
            RepeatError::NoCount => crate::t!("errors-repeat-no-count", most = MAX_SITS),
            RepeatError::Rule { rule, problem } => {
                crate::t!("errors-repeat-rule", rule = rule.as_str(), problem = problem.as_str())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for RepeatError {}

impl Every {
    /// Every `interval` days or weeks, when `interval` is 1 to
    /// [`MAX_INTERVAL`].
    pub fn new(frequency: Frequency, interval: u32) -> Result<Self, RepeatError> {
        if !(1..=MAX_INTERVAL).contains(&interval) {
            return Err(RepeatError::Interval(u64::from(interval)));
        }
        Ok(Self { frequency, interval })
    }

    /// Reads how often as a person writes it: `1d`, `2w`, `3 days`,
    /// `1 week`, `weekly`.
    pub fn parse(text: &str) -> Result<Self, RepeatError> {
        let wrong = || RepeatError::Every(text.trim().to_owned());
        let lower = text.trim().to_ascii_lowercase();
        let digits_len = lower.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, unit) = lower.split_at(digits_len);
        let interval = match digits {
            "" => 1,
            digits => digits.parse::<u64>().map_err(|_| wrong())?,
        };
        let frequency = match unit.trim_start() {
            "d" | "day" | "days" => Frequency::Daily,
            "daily" if digits.is_empty() => Frequency::Daily,
            "w" | "wk" | "wks" | "week" | "weeks" => Frequency::Weekly,
            "weekly" if digits.is_empty() => Frequency::Weekly,
            _ => return Err(wrong()),
        };
        let interval = u32::try_from(interval).map_err(|_| RepeatError::Interval(interval))?;
        Self::new(frequency, interval)
    }

    pub fn frequency(self) -> Frequency {
        self.frequency
    }

    pub fn interval(self) -> u32 {
        self.interval
    }

    /// The time from one sit to the next.
    pub fn step(self) -> TimeDelta {
        let days = match self.frequency {
            Frequency::Daily => 1,
            Frequency::Weekly => 7,
        };
        TimeDelta::days(i64::from(self.interval) * days)
    }

    /// As the code writes it: `1d`, `2w`.
    fn code(self) -> String {
        let unit = match self.frequency {
            Frequency::Daily => 'd',
            Frequency::Weekly => 'w',
        };
        format!("{}{unit}", self.interval)
    }

    /// In English, for the calendar event's text (data, not the
    /// interface): "every week", "every 2 weeks".
    fn describe_in_english(self) -> String {
        let unit = match self.frequency {
            Frequency::Daily => "day",
            Frequency::Weekly => "week",
        };
        match self.interval {
            1 => format!("every {unit}"),
            n => format!("every {n} {unit}s"),
        }
    }
}

const CODE_EVERY: &str = "every";
const CODE_TIMES: &str = "x";

impl Recurrence {
    /// `count` sits in all (the first among them), `every` apart.
    pub fn new(every: Every, count: u32) -> Result<Self, RepeatError> {
        if !(1..=MAX_SITS).contains(&count) {
            return Err(RepeatError::Count(u64::from(count)));
        }
        Ok(Self { every, count })
    }

    /// From the command line's `--every` and `--count`.
    pub fn from_every(every: &str, count: Option<u32>) -> Result<Self, RepeatError> {
        let every = Every::parse(every)?;
        Self::new(every, count.ok_or(RepeatError::NoCount)?)
    }

    pub fn every(self) -> Every {
        self.every
    }

    /// How many sits in all, the first among them.
    pub fn count(self) -> u32 {
        self.count
    }

    /// Every sit's first bell, the first sit's at `first`.
    pub fn starts(self, first: DateTime<Utc>) -> impl Iterator<Item = DateTime<Utc>> {
        let step = self.every.step();
        (0..self.count).map_while(move |k| step.checked_mul(k as i32).and_then(|gap| first.checked_add_signed(gap)))
    }

    /// As iCalendar writes it (RFC 5545's RRULE value).
    pub fn rrule(self) -> String {
        let frequency = match self.every.frequency {
            Frequency::Daily => "DAILY",
            Frequency::Weekly => "WEEKLY",
        };
        format!("FREQ={frequency};INTERVAL={};COUNT={}", self.every.interval, self.count)
    }

    /// Reads an iCalendar repeat rule, for a first sit at `first`: FREQ
    /// (DAILY or WEEKLY), INTERVAL, and COUNT or UNTIL. An UNTIL is kept
    /// as the number of sits it allows, which is the same series.
    pub fn parse_rrule(rule: &str, first: DateTime<Utc>) -> Result<Self, RepeatError> {
        let problem = |problem: String| RepeatError::Rule {
            rule: rule.trim().to_owned(),
            problem,
        };
        let text = rule.trim();
        let text = match text.get(..6) {
            Some(prefix) if prefix.eq_ignore_ascii_case("RRULE:") => &text[6..],
            _ => text,
        };
        let mut frequency = None;
        let mut interval = None;
        let mut count = None;
        let mut until = None;
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                return Err(problem(crate::t!("errors-rrule-not-name-value", part = part)));
            };
            let key = key.trim().to_ascii_uppercase();
            let value = value.trim();
            let whole = |name: &str| {
                value
                    .parse::<u64>()
                    .map_err(|_| problem(crate::t!("errors-rrule-not-whole", name = name, value = value)))
            };
            let already = match key.as_str() {
                "FREQ" => {
                    let every = match value.to_ascii_uppercase().as_str() {
                        "DAILY" => Frequency::Daily,
                        "WEEKLY" => Frequency::Weekly,
                        _ => return Err(problem(crate::t!("errors-rrule-frequency", value = value))),
                    };
                    frequency.replace(every).is_some()
                }
                "INTERVAL" => interval.replace(whole("INTERVAL")?).is_some(),
                "COUNT" => count.replace(whole("COUNT")?).is_some(),
                "UNTIL" => {
                    let last = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ")
                        .map_err(|_| problem(crate::t!("errors-rrule-until", value = value)))?;
                    until.replace(last.and_utc()).is_some()
                }
                _ => return Err(problem(crate::t!("errors-rrule-unsupported", name = key.as_str()))),
            };
            if already {
                return Err(problem(crate::t!("errors-rrule-twice", name = key.as_str())));
            }
        }
        let frequency = frequency.ok_or_else(|| problem(crate::t!("errors-rrule-no-frequency")))?;
        let interval = interval.unwrap_or(1);
        let interval = u32::try_from(interval).map_err(|_| RepeatError::Interval(interval))?;
        let every = Every::new(frequency, interval)?;
        let count = match (count, until) {
            (Some(_), Some(_)) => return Err(problem(crate::t!("errors-rrule-count-and-until"))),
            (None, None) => return Err(problem(crate::t!("errors-rrule-never-ends"))),
            (Some(count), None) => count,
            (None, Some(until)) => {
                if until < first {
                    return Err(problem(crate::t!(
                        "errors-rrule-until-before-first",
                        first = first.format("%Y%m%dT%H%M%SZ").to_string()
                    )));
                }
                let gaps = (until - first).num_seconds() / every.step().num_seconds();
                u64::try_from(gaps).unwrap_or(u64::MAX).saturating_add(1)
            }
        };
        let count = u32::try_from(count).map_err(|_| RepeatError::Count(count))?;
        Self::new(every, count)
    }

    /// As the invitation code writes it: `every2w/x6`.
    pub fn code(self) -> String {
        format!("{CODE_EVERY}{}/{CODE_TIMES}{}", self.every.code(), self.count)
    }

    /// Reads the code's two parts, `every2w` and `x6`.
    pub fn parse_code(every: &str, times: Option<&str>) -> Result<Self, RepeatError> {
        let every = every.strip_prefix(CODE_EVERY).unwrap_or(every);
        let count = times
            .and_then(|t| t.strip_prefix(CODE_TIMES))
            .ok_or(RepeatError::NoCount)?;
        let count = count
            .parse::<u64>()
            .map_err(|_| RepeatError::Every(format!("x{count}")))?;
        let count = u32::try_from(count).map_err(|_| RepeatError::Count(count))?;
        Self::new(Every::parse(every)?, count)
    }

    /// Whether a part of a code says how often.
    pub(crate) fn is_code_every(part: &str) -> bool {
        part.starts_with(CODE_EVERY)
    }

    /// For people, in their language: "every 2 weeks, 6 times".
    pub fn describe(self) -> String {
        let (interval, count) = (self.every.interval, self.count);
        match self.every.frequency {
            Frequency::Daily => crate::t!("errors-repeat-daily", days = interval, count = count),
            Frequency::Weekly => crate::t!("errors-repeat-weekly", weeks = interval, count = count),
        }
    }

    /// In English, for the calendar event's text, which is data: "every 2
    /// weeks, 6 times".
    pub(crate) fn describe_in_english(self) -> String {
        format!("{}, {} times", self.every.describe_in_english(), self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .with_timezone(&Utc)
    }

    #[test]
    fn how_often_reads_as_people_write_it() {
        let check = |text: &str, expected: Result<(Frequency, u32), RepeatError>| {
            assert_eq!(
                Every::parse(text).map(|e| (e.frequency(), e.interval())),
                expected,
                "{text}"
            );
        };
        check("1d", Ok((Frequency::Daily, 1)));
        check("2w", Ok((Frequency::Weekly, 2)));
        check(" 3 days ", Ok((Frequency::Daily, 3)));
        check("1 Week", Ok((Frequency::Weekly, 1)));
        check("weekly", Ok((Frequency::Weekly, 1)));
        check("w", Ok((Frequency::Weekly, 1)));
        check("99w", Ok((Frequency::Weekly, 99)));
        check("0w", Err(RepeatError::Interval(0)));
        check("100d", Err(RepeatError::Interval(100)));
        check("99999999999w", Err(RepeatError::Interval(99_999_999_999)));
        check("2weekly", Err(RepeatError::Every("2weekly".into())));
        check("3m", Err(RepeatError::Every("3m".into())));
        check("fortnight", Err(RepeatError::Every("fortnight".into())));
        check("", Err(RepeatError::Every(String::new())));
        check("-1w", Err(RepeatError::Every("-1w".into())));
    }

    #[test]
    fn the_count_is_checked() {
        let weekly = Every::parse("1w").unwrap_or_else(|e| panic!("{e}"));
        for (count, good) in [(0, false), (1, true), (6, true), (100, true), (101, false)] {
            assert_eq!(Recurrence::new(weekly, count).is_ok(), good, "{count}");
        }
        assert_eq!(Recurrence::from_every("1w", None), Err(RepeatError::NoCount));
    }

    #[test]
    fn repeat_rules_read_a_subset_of_icalendar() {
        let first = at("2026-11-27T14:00:00Z");
        let check = |rule: &str, expected: Result<&str, &str>| {
            let read = Recurrence::parse_rrule(rule, first);
            match expected {
                Ok(rrule) => assert_eq!(read.map(Recurrence::rrule), Ok(rrule.to_owned()), "{rule}"),
                Err(words) => {
                    let error = read
                        .map(Recurrence::rrule)
                        .err()
                        .map(|e| e.to_string())
                        .unwrap_or_default();
                    assert!(error.contains(words), "{rule}: {error}");
                }
            }
        };
        check("FREQ=WEEKLY;INTERVAL=2;COUNT=6", Ok("FREQ=WEEKLY;INTERVAL=2;COUNT=6"));
        check("RRULE:freq=daily;count=3", Ok("FREQ=DAILY;INTERVAL=1;COUNT=3"));
        check("COUNT=3;FREQ=WEEKLY", Ok("FREQ=WEEKLY;INTERVAL=1;COUNT=3"));
        // UNTIL on the sixth sit's start counts it; a minute before does not.
        check(
            "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270205T140000Z",
            Ok("FREQ=WEEKLY;INTERVAL=2;COUNT=6"),
        );
        check(
            "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270205T135900Z",
            Ok("FREQ=WEEKLY;INTERVAL=2;COUNT=5"),
        );
        check("FREQ=DAILY;UNTIL=20261127T140000Z", Ok("FREQ=DAILY;INTERVAL=1;COUNT=1"));
        check("FREQ=MONTHLY;COUNT=3", Err("FREQ=MONTHLY is not supported"));
        check("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3", Err("BYDAY is not supported"));
        check("FREQ=WEEKLY;WKST=MO;COUNT=3", Err("WKST is not supported"));
        check("FREQ=WEEKLY", Err("never ends"));
        check("FREQ=WEEKLY;COUNT=3;UNTIL=20270205T140000Z", Err("not both"));
        check("FREQ=WEEKLY;COUNT=0", Err("1 to 100 sits, not 0"));
        check("FREQ=WEEKLY;COUNT=101", Err("1 to 100 sits, not 101"));
        check("FREQ=DAILY;UNTIL=20300101T000000Z", Err("1 to 100 sits, not 1131"));
        check(
            "FREQ=WEEKLY;INTERVAL=0;COUNT=3",
            Err("every 1 to 99 days or weeks, not every 0"),
        );
        check("FREQ=WEEKLY;COUNT=three", Err("COUNT=three is not a whole number"));
        check("FREQ=WEEKLY;COUNT=3;COUNT=4", Err("COUNT is given twice"));
        check("FREQ=WEEKLY;UNTIL=20260101", Err("UNTIL=20260101 is not a UTC time"));
        check(
            "FREQ=WEEKLY;UNTIL=20260101T000000Z",
            Err("UNTIL is before the first sit"),
        );
        check("COUNT=3", Err("no FREQ"));
        check("WEEKLY", Err("\"WEEKLY\" is not NAME=VALUE"));
    }

    #[test]
    fn codes_read_back_what_they_write() {
        let repeat = Recurrence::parse_code("every2w", Some("x6")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(repeat.code(), "every2w/x6");
        assert_eq!(repeat.describe(), "every 2 weeks, 6 times");
        assert_eq!(Recurrence::parse_code("every2w", None), Err(RepeatError::NoCount));
        assert_eq!(
            Recurrence::parse_code("every2w", Some("x0")),
            Err(RepeatError::Count(0))
        );
        assert!(Recurrence::parse_code("every2q", Some("x3")).is_err());
    }

    #[test]
    fn sits_come_every_interval_in_utc() {
        let first = at("2026-11-27T14:00:00Z");
        let repeat = Recurrence::from_every("2w", Some(3)).unwrap_or_else(|e| panic!("{e}"));
        let starts: Vec<String> = repeat
            .starts(first)
            .map(|s| s.format("%Y-%m-%d %H:%M").to_string())
            .collect();
        assert_eq!(starts, ["2026-11-27 14:00", "2026-12-11 14:00", "2026-12-25 14:00"]);
    }
}
