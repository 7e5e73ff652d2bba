//! `stillpoint report`: the record of a period of practice, as a PDF,
//! Markdown or JSON.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::practice::{LoadedLog, PracticeRules};
use crate::report::{Report, ReportRequest, check_period, markdown, pdf};
use crate::session::Library;
use crate::shown::escaped;
use crate::t;

/// The formats a report is written in, by the file's extension.
enum Format {
    Pdf,
    Markdown,
}

fn format_of(path: &Path) -> anyhow::Result<Format> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => Ok(Format::Pdf),
        "md" | "markdown" => Ok(Format::Markdown),
        _ => anyhow::bail!(t!("cli-report-format", file = path.display().to_string())),
    }
}

/// Where a report goes: printed as JSON, written to a file, or both.
pub struct ReportOutput<'a> {
    pub file: Option<&'a Path>,
    pub json: bool,
}

/// Gathers the report `request` asks for from the practice `log` under
/// `rules`; prints its figures as JSON and/or writes it to a file.
pub fn report(
    (log, rules, library): (&LoadedLog, &PracticeRules, &Library),
    request: &ReportRequest,
    ReportOutput { file: output, json }: ReportOutput<'_>,
    out: &mut dyn Write,
    errors: &mut dyn Write,
) -> anyhow::Result<()> {
    check_period(request.from, request.to, request.today)?;
    let format = output.map(format_of).transpose()?;
    let report = Report::gather(&log.entries, rules, library, request);
    // The file first, so that a reader of the JSON that stops early (a
    // pipe to `head`) still leaves the report written.
    if let (Some(path), Some(format)) = (output, format) {
        write_report(&report, path, format, errors)?;
        if !json {
            writeln!(
                out,
                "{}",
                t!(
                    "cli-report-written",
                    file = path.display().to_string(),
                    reflections = report.reflections.len()
                )
            )?;
        }
    }
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes `report` to `path` in `format`, naming letters no font has.
fn write_report(report: &Report, path: &Path, format: Format, errors: &mut dyn Write) -> anyhow::Result<()> {
    let bytes = match format {
        Format::Markdown => markdown(report).into_bytes(),
        Format::Pdf => {
            let language = crate::i18n::locale().language.tag();
            let made = pdf(report, language)?;
            if !made.missing.is_empty() {
                let letters: String = made.missing.iter().take(12).collect();
                let message = t!("cli-report-missing-font", letters = escaped(&letters).into_owned());
                writeln!(errors, "{}", t!("cli-warning", message = message))?;
            }
            made.bytes
        }
    };
    crate::paths::write_atomically(path, &bytes)
        .with_context(|| t!("cli-cannot-write", file = path.display().to_string()))?;
    Ok(())
}
