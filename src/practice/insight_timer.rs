//! Rows of Insight Timer's CSV export: `Started At,Duration,Preset,Activity`,
//! with local times and no zone.

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};

use super::entry::{Entry, HowEnded, Source};
use super::local_time::{LocalTime, resolve_local};

/// Insight Timer's export header.
pub const COLUMNS: [&str; 4] = ["Started At", "Duration", "Preset", "Activity"];

/// The shapes `Started At` comes in: 24-hour, and 12-hour with AM or PM.
const TIME_SHAPES: [&str; 4] = [
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
];

/// One row as an entry, with a note when its time needed reading (a time
/// the clocks skipped).
pub fn row(
    fields: &[String],
    offset_at: &dyn Fn(DateTime<Utc>) -> FixedOffset,
) -> Result<(Entry, Option<String>), String> {
    let field = |i: usize| fields.get(i).map_or("", |f| f.trim());
    let started = field(0);
    let local = TIME_SHAPES
        .iter()
        .find_map(|shape| NaiveDateTime::parse_from_str(started, shape).ok())
        .ok_or_else(|| crate::t!("errors-import-insight-bad-started", text = started))?;
    let practised_secs =
        parse_duration(field(1)).ok_or_else(|| crate::t!("errors-import-insight-bad-duration", text = field(1)))?;
    if practised_secs == 0 {
        return Err(crate::t!("errors-import-insight-no-time", text = field(1)));
    }
    if practised_secs > 24 * 3600 {
        return Err(crate::t!(
            "errors-import-longer-than-a-day",
            column = "Duration",
            text = field(1)
        ));
    }
    let resolved = resolve_local(local, offset_at);
    let note = match resolved {
        LocalTime::Skipped(time) => Some(crate::t!(
            "errors-import-insight-skipped-hour",
            text = started,
            time = time.format("%H:%M:%S %:z").to_string()
        )),
        LocalTime::Single(_) | LocalTime::Repeated(_) => None,
    };
    let start = resolved.time();
    let activity = field(3);
    let entry = Entry {
        id: Entry::new_id(start.with_timezone(&Utc)),
        session_id: None,
        title: if activity.is_empty() { "Meditation" } else { activity }.to_owned(),
        domain: None,
        start,
        planned_secs: None,
        practised_secs,
        ended: HowEnded::Completed,
        note: None,
        feeling_before: None,
        feeling_after: None,
        source: Source::Import,
        import_key: Some(format!("insight-timer:{started}:{}", field(1))),
        practice: crate::practice::Practice::Formal,
        portfolio: false,
        prompt: None,
    };
    Ok((entry, note))
}

/// Unpadded `H:M:S`, the seconds perhaps with a fraction, as whole seconds
/// (rounded to the nearest).
fn parse_duration(text: &str) -> Option<u64> {
    let mut parts = text.split(':');
    let (hours, minutes, seconds) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let hours: u64 = hours.trim().parse().ok()?;
    let minutes: u64 = minutes.trim().parse().ok()?;
    let seconds: f64 = seconds.trim().parse().ok()?;
    if minutes >= 60 || !(0.0..60.0).contains(&seconds) {
        return None;
    }
    Some(hours * 3600 + minutes * 60 + seconds.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::parse_duration;

    #[test]
    fn durations_are_unpadded_with_perhaps_a_fraction() {
        assert_eq!(parse_duration("0:20:0"), Some(1200));
        assert_eq!(parse_duration("1:05:30"), Some(3930));
        assert_eq!(parse_duration("0:9:59.6"), Some(600));
        assert_eq!(parse_duration("0:10:00.25"), Some(600));
        for bad in ["", "20", "0:20", "0:60:00", "0:1:60", "a:b:c", "0:1:2:3", "0:1:-1"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }
}
