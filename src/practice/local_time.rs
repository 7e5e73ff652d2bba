//! Local clock times without a zone (as other apps export them), given the
//! UTC offset the system's zone had then.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeDelta, Utc};

/// A local time read with the offset it had, and whether the clock showed
/// it once, twice or never that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalTime {
    /// The usual case: the clock showed this time once.
    Single(DateTime<FixedOffset>),
    /// The clocks went back and showed it twice; this is the first time.
    Repeated(DateTime<FixedOffset>),
    /// The clocks went forward over it: read as the time that far past the
    /// change, as a clock not yet set forward would have shown it (02:30 on
    /// the night clocks go from 02:00 to 03:00 is read as 03:30).
    Skipped(DateTime<FixedOffset>),
}

impl LocalTime {
    pub fn time(self) -> DateTime<FixedOffset> {
        match self {
            Self::Single(time) | Self::Repeated(time) | Self::Skipped(time) => time,
        }
    }
}

/// Gives `local` the offset the zone had at that moment; `offset_at` is the
/// zone: the UTC offset in force at each instant. Zones change their offset
/// at most once within a day either side of any time, which holds for every
/// zone in use.
pub fn resolve_local(local: NaiveDateTime, offset_at: &dyn Fn(DateTime<Utc>) -> FixedOffset) -> LocalTime {
    let as_utc = local.and_utc();
    let before = offset_at(as_utc - TimeDelta::days(1));
    let after = offset_at(as_utc + TimeDelta::days(1));
    let mut readings: Vec<DateTime<FixedOffset>> = [before, after]
        .into_iter()
        .filter_map(|offset| {
            let instant = (local - TimeDelta::seconds(i64::from(offset.local_minus_utc()))).and_utc();
            (offset_at(instant) == offset).then(|| instant.with_timezone(&offset))
        })
        .collect();
    readings.sort_by_key(DateTime::<FixedOffset>::timestamp);
    readings.dedup();
    match readings.as_slice() {
        [only] => LocalTime::Single(*only),
        [first, ..] => LocalTime::Repeated(*first),
        [] => {
            // In the gap: read with the offset before the change, shown in
            // the offset after it.
            let instant = (local - TimeDelta::seconds(i64::from(before.local_minus_utc()))).and_utc();
            LocalTime::Skipped(instant.with_timezone(&offset_at(instant)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    /// A zone at +01:00 that moves to +02:00 at 01:00 UTC on 31 March 2024
    /// and back at 01:00 UTC on 27 October 2024, as Central Europe does.
    fn central_europe(at: DateTime<Utc>) -> FixedOffset {
        let start = NaiveDate::from_ymd_opt(2024, 3, 31).and_then(|d| d.and_hms_opt(1, 0, 0));
        let end = NaiveDate::from_ymd_opt(2024, 10, 27).and_then(|d| d.and_hms_opt(1, 0, 0));
        let summer = start
            .zip(end)
            .is_some_and(|(s, e)| at.naive_utc() >= s && at.naive_utc() < e);
        FixedOffset::east_opt(if summer { 7200 } else { 3600 }).unwrap_or_else(|| panic!("an offset within a day"))
    }

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap_or_default()
    }

    #[test]
    fn ordinary_times_take_the_offset_of_their_season() {
        assert_eq!(
            resolve_local(local("2024-01-15 07:30"), &central_europe)
                .time()
                .to_rfc3339(),
            "2024-01-15T07:30:00+01:00"
        );
        assert!(matches!(
            resolve_local(local("2024-07-15 07:30"), &central_europe),
            LocalTime::Single(t) if t.to_rfc3339() == "2024-07-15T07:30:00+02:00"
        ));
    }

    #[test]
    fn a_skipped_time_is_read_past_the_change_and_a_repeated_one_as_the_first() {
        let skipped = resolve_local(local("2024-03-31 02:30"), &central_europe);
        assert!(matches!(skipped, LocalTime::Skipped(_)), "{skipped:?}");
        assert_eq!(skipped.time().to_rfc3339(), "2024-03-31T03:30:00+02:00");
        let repeated = resolve_local(local("2024-10-27 02:30"), &central_europe);
        assert!(matches!(repeated, LocalTime::Repeated(_)), "{repeated:?}");
        assert_eq!(repeated.time().to_rfc3339(), "2024-10-27T02:30:00+02:00");
        // Either side of the changes, single again.
        assert!(matches!(
            resolve_local(local("2024-03-31 03:00"), &central_europe),
            LocalTime::Single(_)
        ));
        assert!(matches!(
            resolve_local(local("2024-10-27 03:00"), &central_europe),
            LocalTime::Single(_)
        ));
    }
}
