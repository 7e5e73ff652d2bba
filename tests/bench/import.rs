//! `make bench`: `stillpoint import` of a 100,000-row Insight Timer CSV and
//! of a 1 GB Apple Health export, beside `wc -l` of the same file in the
//! same run as the baseline: the time to read the bytes at all.
//!
//! Peak memory is the importing process's high-water mark, read from /proc
//! while it runs. Prints figures; asserts nothing about time.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::timing::scaled;
use crate::support::usage::usage;

fn csv_rows() -> usize {
    scaled(100_000, 1_000)
}

fn health_bytes() -> u64 {
    scaled(1 << 30, 1 << 20)
}
/// One mindful session among this many records of other kinds, as in a
/// real export, where heart beats and steps fill nearly all of it.
const MINDFUL_EVERY: usize = 400;

fn insight_timer_csv(path: &Path) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "Started At,Duration,Preset,Activity")?;
    for n in 0..csv_rows() {
        // Two sessions a day, going back from 2025, both shapes of time.
        let day =
            chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default() - chrono::TimeDelta::days((n / 2) as i64);
        let minutes = 5 + n % 40;
        if n % 2 == 0 {
            writeln!(
                out,
                "{} 06:{:02}:00,0:{minutes}:0,,Meditation",
                day.format("%m/%d/%Y"),
                n % 60
            )?;
        } else {
            writeln!(
                out,
                "{} 9:{:02}:30 PM,0:{minutes}:12.5,Evening,Body scan",
                day.format("%m/%d/%Y"),
                n % 60
            )?;
        }
    }
    out.flush()
}

/// Returns how many mindful sessions it holds.
fn health_export(path: &Path) -> std::io::Result<usize> {
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<!DOCTYPE HealthData [\n<!ELEMENT HealthData (ExportDate,Me,Record*)>\n]>"
    )?;
    writeln!(out, "<HealthData locale=\"en_US\">")?;
    writeln!(out, " <ExportDate value=\"2025-06-01 08:00:00 -0700\"/>")?;
    let origin = chrono::DateTime::parse_from_rfc3339("2015-01-01T00:00:00-07:00").unwrap_or_default();
    let mut written = 0u64;
    let (mut n, mut mindful) = (0usize, 0usize);
    while written < health_bytes() {
        let start = origin + chrono::TimeDelta::seconds(n as i64 * 60);
        let line = if n % MINDFUL_EVERY == 0 {
            mindful += 1;
            let end = start + chrono::TimeDelta::minutes(10);
            format!(
                " <Record type=\"HKCategoryTypeIdentifierMindfulSession\" sourceName=\"Breathe\" sourceVersion=\"8.0\" creationDate=\"{end}\" startDate=\"{start}\" endDate=\"{end}\" value=\"HKCategoryValueNotApplicable\"/>\n",
                start = start.format("%Y-%m-%d %H:%M:%S %z"),
                end = end.format("%Y-%m-%d %H:%M:%S %z"),
            )
        } else {
            format!(
                " <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" sourceVersion=\"8.0\" unit=\"count/min\" creationDate=\"{t}\" startDate=\"{t}\" endDate=\"{t}\" value=\"{}\">\n  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"0\"/>\n </Record>\n",
                60 + n % 40,
                t = start.format("%Y-%m-%d %H:%M:%S %z"),
            )
        };
        out.write_all(line.as_bytes())?;
        written += line.len() as u64;
        n += 1;
    }
    writeln!(out, "</HealthData>")?;
    out.flush()?;
    Ok(mindful)
}

/// Runs a command to its end: wall time, and the peak memory in KiB seen
/// while it ran.
fn measure(command: &mut Command) -> (Duration, u64, String) {
    let start = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut peak = 0;
    loop {
        if let Some((_, kib)) = usage(child.id()) {
            peak = peak.max(kib);
        }
        if child.try_wait().ok().flatten().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = start.elapsed();
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    (elapsed, peak, String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn compare(what: &str, file: &Path) {
    let size = std::fs::metadata(file).map_or(0, |m| m.len());
    let (wc, wc_peak, lines) = measure(Command::new("wc").arg("-l").arg(file));
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (import, peak, said) = measure(
        Command::new(env!("CARGO_BIN_EXE_stillpoint"))
            .arg("--data-dir")
            .arg(data.path())
            .arg("import")
            .arg(file)
            .env("TZ", "America/Los_Angeles"),
    );
    println!(
        "{what}: {:.1} MiB, {} lines",
        size as f64 / 1048576.0,
        lines.split_whitespace().next().unwrap_or("?")
    );
    println!(
        "  wc -l (baseline): {:.2} s, peak {:.1} MiB",
        wc.as_secs_f64(),
        wc_peak as f64 / 1024.0
    );
    println!(
        "  stillpoint import: {:.2} s ({:.1}x wc -l, {:.0} MiB/s), peak {:.1} MiB",
        import.as_secs_f64(),
        import.as_secs_f64() / wc.as_secs_f64().max(1e-9),
        size as f64 / 1048576.0 / import.as_secs_f64().max(1e-9),
        peak as f64 / 1024.0
    );
    println!("  it said: {said}");
}

pub fn run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let csv = dir.path().join("insight-timer.csv");
    insight_timer_csv(&csv).unwrap_or_else(|e| panic!("{e}"));
    compare(&format!("Insight Timer CSV, {} rows", csv_rows()), &csv);
    let xml = dir.path().join("export.xml");
    let mindful = health_export(&xml).unwrap_or_else(|e| panic!("{e}"));
    compare(&format!("Apple Health export.xml, {mindful} mindful sessions"), &xml);
}
