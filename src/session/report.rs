//! Shows diagnostics the way compilers do: file:line:col, the line quoted,
//! the place underlined.

use codespan_reporting::diagnostic::{Diagnostic as Report, Label as ReportLabel, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, WriteStyle};

use super::diagnostic::{Diagnostic, Severity};
use super::load::SessionFile;
use crate::shown::{escaped, masked};
use crate::t;

fn to_report(diagnostic: &Diagnostic) -> Report<()> {
    let severity = match diagnostic.severity() {
        Severity::Error => ReportSeverity::Error,
        Severity::Warning => ReportSeverity::Warning,
    };
    let mut labels = Vec::new();
    // Messages quote what the file says (a sound's name, a path): never a
    // control character a terminal would act on.
    if let Some(span) = diagnostic.span {
        labels.push(ReportLabel::primary((), span.range()).with_message(escaped(&diagnostic.label)));
    }
    for label in &diagnostic.secondary {
        labels.push(ReportLabel::secondary((), label.span.range()).with_message(escaped(&label.message)));
    }
    let notes = diagnostic
        .notes
        .iter()
        .map(|n| t!("diag-note", text = escaped(n).into_owned()))
        .chain(
            diagnostic
                .help
                .iter()
                .map(|h| t!("diag-help", text = escaped(h).into_owned())),
        )
        .collect();
    Report::new(severity)
        .with_code(diagnostic.code.name())
        .with_message(escaped(&diagnostic.message))
        .with_labels(labels)
        .with_notes(notes)
}

/// Writes every diagnostic of `file`, styled for a terminal when `out`
/// supports it. A diagnostic for the whole file names the file alone.
pub fn write_file_diagnostics<W: WriteStyle + ?Sized>(out: &mut W, file: &SessionFile) -> std::io::Result<()> {
    // The file's lines are quoted with their control characters masked
    // (byte for byte, so that line:col still holds), and its name escaped.
    let name = escaped(&file.name);
    let files = SimpleFile::new(name.as_ref(), masked(&file.source));
    let config = Config::default();
    for diagnostic in &file.diagnostics {
        if diagnostic.span.is_none() {
            // codespan names a file only through a label; say it here.
            writeln!(out, "{name}: {}", diagnostic.severity().word())?;
        }
        term::emit_to_write_style(out, &config, &files, &to_report(diagnostic)).map_err(std::io::Error::other)?;
    }
    Ok(())
}

/// The same text as [`write_file_diagnostics`], without colour.
pub fn file_diagnostics_text(file: &SessionFile) -> String {
    let mut buffer = Vec::new();
    let mut writer = term::termcolor::NoColor::new(&mut buffer);
    // Writing into memory cannot fail.
    let _ = write_file_diagnostics(&mut writer, file);
    String::from_utf8_lossy(&buffer).into_owned()
}

impl Severity {
    /// `error` or `warning`, in the interface's language. (codespan writes
    /// its own `error[code]` headings, in English.)
    pub fn word(self) -> String {
        match self {
            Severity::Error => t!("diag-severity-error"),
            Severity::Warning => t!("diag-severity-warning"),
        }
    }
}
