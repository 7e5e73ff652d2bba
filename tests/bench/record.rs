//! `make bench`: the record of a cycle. A portfolio report over a
//! 100,000-entry log (loaded, gathered for six months, written as PDF and
//! as Markdown) beside `export --csv`'s work on the same log (loaded and
//! written as CSV); and the journal searched over 5,000 notes beside a
//! plain substring scan of the same notes.
//!
//! Prints figures; asserts nothing about time (machines are shared).

use chrono::{NaiveDate, TimeDelta};
use stillpoint::practice::{Entry, JournalQuery, PracticeLog, PracticeRules, journal, write_csv};
use stillpoint::report::{Reflections, Report, ReportRequest, markdown, pdf};

use crate::support::timing::{median, ms, runs, scaled};

pub fn run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let log = PracticeLog::at(dir.path().join("practice-log.jsonl"));
    let now = super::log::generate(&log);
    let library = stillpoint::bundled::library(None, &stillpoint::audio::FileProbe);
    let rules = PracticeRules {
        weekly_goal: Some(stillpoint::practice::WeeklyGoal { minutes: 20, days: 5 }),
        ..PracticeRules::default()
    };
    let to = now.date_naive();
    let request = ReportRequest {
        from: to - TimeDelta::days(182),
        to,
        name: Some("Ana Lopes 陳美玲".into()),
        cohort: None,
        reflections: Reflections::Marked,
        first_weekday: chrono::Weekday::Mon,
        today: to,
    };

    let (csv, rows) = median(|| {
        let loaded = log.load().unwrap_or_default();
        let mut bytes = Vec::new();
        write_csv(&loaded.entries, &mut bytes).unwrap_or_else(|e| panic!("{e}"));
        bytes.len()
    });
    let mut reflections = 0;
    let (gathered, _) = median(|| {
        let loaded = log.load().unwrap_or_default();
        let report = Report::gather(&loaded.entries, &rules, &library, &request);
        reflections = report.reflections.len();
        report.sessions
    });
    let (as_markdown, _) = median(|| {
        let loaded = log.load().unwrap_or_default();
        markdown(&Report::gather(&loaded.entries, &rules, &library, &request)).len()
    });
    let (as_pdf, pdf_bytes) = median(|| {
        let loaded = log.load().unwrap_or_default();
        let report = Report::gather(&loaded.entries, &rules, &library, &request);
        pdf(&report, "en").map(|made| made.bytes.len()).unwrap_or(0)
    });
    println!(
        "portfolio report: {} entries, six months ({reflections} marked reflections); median of {} runs",
        super::log::entries(),
        runs()
    );
    println!(
        "  export --csv: load and write CSV (baseline): {} ({rows} bytes)",
        ms(csv)
    );
    println!("  report: load and gather the figures: {}", ms(gathered));
    println!("  report as Markdown: {}", ms(as_markdown));
    println!(
        "  report as PDF: {} ({:.0} KiB, {:.1}x export --csv)",
        ms(as_pdf),
        pdf_bytes as f64 / 1024.0,
        as_pdf.as_secs_f64() / csv.as_secs_f64()
    );

    // The journal: 5,000 notes in several languages.
    let notes = scaled(5_000, 200);
    let loaded = log.load().unwrap_or_default();
    let phrases = [
        "Una mañana tranquila, la respiración más lenta",
        "Quiet before the students came; rain on the window",
        "今天的呼吸很安靜，心也慢了下來",
        "École: la pause avant la réunion des parents",
        "صباح هادئ قبل الاجتماع",
    ];
    let entries: Vec<Entry> = loaded
        .entries
        .into_iter()
        .take(notes)
        .enumerate()
        .map(|(n, mut entry)| {
            entry.note = Some(format!("{} — {n}", phrases[n % phrases.len()]));
            entry
        })
        .collect();
    let query = JournalQuery {
        words: "ecole REUNION".into(),
        ..JournalQuery::default()
    };
    let (plain, plain_found) = median(|| {
        entries
            .iter()
            .filter(|e| {
                e.note
                    .as_deref()
                    .is_some_and(|n| n.contains("École") && n.contains("réunion"))
            })
            .count()
    });
    let (searched, found) = median(|| journal(&entries, &rules, &query).len());
    assert_eq!(found, plain_found, "the search finds what the plain scan does");
    let within = JournalQuery {
        from: NaiveDate::from_ymd_opt(2016, 3, 1),
        to: NaiveDate::from_ymd_opt(2016, 6, 30),
        practice: Some(stillpoint::practice::Practice::Journaling),
        ..query.clone()
    };
    let (filtered, _) = median(|| journal(&entries, &rules, &within).len());
    println!("journal: {notes} notes; median of {} runs", runs());
    println!("  substring scan, accents and case as typed (baseline): {}", ms(plain));
    println!(
        "  search \"ecole REUNION\", accents and case ignored: {} ({found} found; target under 100 ms)",
        ms(searched)
    );
    println!("  the same within a period and a kind: {}", ms(filtered));
}
