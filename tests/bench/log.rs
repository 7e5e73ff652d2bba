//! `make bench`: loading a 100,000-entry practice log and computing its
//! statistics, beside baselines measured in the same run on the same file:
//! reading its bytes and counting its lines, and parsing every line as
//! untyped JSON with serde_json.
//!
//! Prints figures; asserts nothing about time (machines are shared).

use crate::support::timing::{median, ms, runs, scaled};
use chrono::{DateTime, FixedOffset, TimeDelta};
use stillpoint::practice::{
    Entry, Feeling, HowEnded, LoadedLog, Practice, PracticeLog, PracticeRules, Record, Source, compute_stats,
};

/// Mostly formal practice, with the other kinds among it.
const KINDS: [Practice; 8] = [
    Practice::Formal,
    Practice::Formal,
    Practice::Formal,
    Practice::Informal,
    Practice::Call,
    Practice::Retreat,
    Practice::Journaling,
    Practice::Teaching,
];

pub fn entries() -> usize {
    scaled(100_000, 1_000)
}

/// Ten years or so of practice, several sessions a day, across offsets,
/// of every kind, a note on every fifth and every fiftieth marked.
pub fn generate(log: &PracticeLog) -> DateTime<FixedOffset> {
    generate_part(log, 0..entries())
}

/// The entries numbered `part` of [`generate`]'s practice.
fn generate_part(log: &PracticeLog, part: std::ops::Range<usize>) -> DateTime<FixedOffset> {
    let offsets = [3600, 7200, -5 * 3600, 9 * 3600, 5 * 3600 + 1800];
    let origin = DateTime::parse_from_rfc3339("2016-01-04T06:30:00+01:00").unwrap_or_else(|e| panic!("{e}"));
    let domains = ["mindfulness", "compassion", "well-being", "timer"];
    let mut last = origin;
    let mut records = Vec::with_capacity(1000);
    for n in part {
        let day = (n / 27) as i64;
        let at = origin + TimeDelta::days(day) + TimeDelta::minutes((n % 27) as i64 * 7);
        let offset = FixedOffset::east_opt(offsets[(day / 90) as usize % offsets.len()]).unwrap_or(*origin.offset());
        let start = at.with_timezone(&offset);
        last = start;
        records.push(Record::Entry(Entry {
            id: format!("{}-{n:06}", start.format("%Y%m%dT%H%M%S")),
            session_id: Some("the-pause".into()),
            title: "The pause".into(),
            domain: Some(domains[n % domains.len()].into()),
            start,
            planned_secs: Some(600),
            practised_secs: 60 + (n as u64 * 37) % 1200,
            ended: if n % 11 == 0 {
                HowEnded::EndedEarly
            } else {
                HowEnded::Completed
            },
            note: (n % 5 == 0).then(|| format!("A note for session {n}, with a few words in it.")),
            feeling_before: Feeling::new((n % 5) as u8 + 1),
            feeling_after: Feeling::new(((n + 2) % 5) as u8 + 1),
            source: Source::App,
            import_key: None,
            practice: KINDS[n % KINDS.len()],
            portfolio: n % 50 == 0,
            prompt: None,
        }));
        if records.len() == 1000 {
            log.append(&records).unwrap_or_else(|e| panic!("{e}"));
            records.clear();
        }
    }
    log.append(&records).unwrap_or_else(|e| panic!("{e}"));
    last + TimeDelta::hours(2)
}

pub fn run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let log = PracticeLog::at(dir.path().join("practice-log.jsonl"));
    let now = generate(&log);
    let size = std::fs::metadata(log.path()).map_or(0, |m| m.len());

    let (read, lines) = median(|| {
        std::fs::read(log.path())
            .map(|b| b.iter().filter(|c| **c == b'\n').count())
            .unwrap_or(0)
    });
    let (untyped, parsed) = median(|| {
        let bytes = std::fs::read(log.path()).unwrap_or_default();
        bytes
            .split(|c| *c == b'\n')
            .filter(|line| serde_json::from_slice::<serde_json::Value>(line).is_ok())
            .count()
    });
    let rules = PracticeRules::default();
    let mut streak = 0;
    let (load_and_stats, loaded_entries) = median(|| {
        let loaded: LoadedLog = log.load().unwrap_or_default();
        let stats = compute_stats(&loaded.entries, &rules, now, chrono::Weekday::Mon);
        streak = stats.current_streak_days;
        loaded.entries.len()
    });
    let (load_only, _) = median(|| log.load().map(|l| l.entries.len()).unwrap_or(0));
    assert_eq!((lines, parsed, loaded_entries), (entries(), entries(), entries()));

    println!(
        "practice log: {} entries, {:.1} MiB; median of {} runs",
        entries(),
        size as f64 / 1048576.0,
        runs()
    );
    println!("  read the file and count lines (baseline): {}", ms(read));
    println!("  parse every line as untyped JSON (baseline): {}", ms(untyped));
    println!("  load the log (entries, edits, deletions): {}", ms(load_only));
    println!(
        "  load and compute statistics: {} (target under 200 ms; {:.1}x the untyped parse); current streak {streak} days",
        ms(load_and_stats),
        load_and_stats.as_secs_f64() / untyped.as_secs_f64()
    );
    shared();
}

/// A fixed moment, for the statistics the app opens with.
struct At(DateTime<FixedOffset>);

impl stillpoint::practice::WallClock for At {
    fn now(&self) -> DateTime<FixedOffset> {
        self.0
    }
}

/// Opening the app's practice (the log read, merged, and its statistics
/// and progress worked out) on a computer linked with two others, each
/// computer's log holding a third of the practice, beside one computer
/// holding all of it alone.
fn shared() {
    use stillpoint::paths::DataDir;
    use stillpoint::practice::PracticeState;
    let each = scaled(30_000, 1_000);
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let folder = root.path().join("sync");
    let mut now = None;
    let computers: Vec<DataDir> = (0..3)
        .map(|n| {
            let data = DataDir::at(root.path().join(format!("computer-{n}")));
            stillpoint::practice::devices::link(&data, &folder, Some(&format!("Computer {n}")))
                .unwrap_or_else(|e| panic!("{e}"));
            now = Some(generate_part(&PracticeLog::of(&data), n * each..(n + 1) * each));
            data
        })
        .collect();
    let alone = DataDir::at(root.path().join("alone"));
    generate_part(&PracticeLog::of(&alone), 0..3 * each);
    let wall = std::sync::Arc::new(At(now.unwrap_or_default()));
    let open = |data: &DataDir| {
        let state = PracticeState::open(data, wall.clone());
        assert!(state.loaded.sharing.is_empty(), "{:?}", state.loaded.sharing);
        state.loaded.entries.len()
    };
    let (one_computer, alone_entries) = median(|| open(&alone));
    let (linked, linked_entries) = median(|| open(&computers[0]));
    assert_eq!((alone_entries, linked_entries), (3 * each, 3 * each));
    println!(
        "opening the app's practice: {} entries in all; median of {} runs",
        3 * each,
        runs()
    );
    println!(
        "  one computer, its own log of {} (baseline): {}",
        3 * each,
        ms(one_computer)
    );
    println!(
        "  three linked computers' logs of {each} each, merged: {} ({:.2}x)",
        ms(linked),
        linked.as_secs_f64() / one_computer.as_secs_f64()
    );
}
