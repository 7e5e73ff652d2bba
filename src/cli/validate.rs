//! `stillpoint validate PATH...`

use std::io::Write;
use std::path::PathBuf;

use codespan_reporting::term::WriteStyle;

use crate::session::{
    Diagnostic, Named, SessionFile, check_language_versions, check_program_sessions, find_session_files, load_file,
    mark_duplicate_ids, write_file_diagnostics,
};

/// Checks every session file in `paths` (folders recursively). Diagnostics
/// go to `errors`; a line per good file and a closing summary to `out`.
/// Returns whether no file had an error.
pub fn validate<W: Write, E: WriteStyle>(paths: &[PathBuf], out: &mut W, errors: &mut E) -> std::io::Result<bool> {
    let (found, problems) = find_session_files(paths);
    for (path, error) in &problems {
        writeln!(errors, "error: cannot read {}: {error}", path.display())?;
    }
    let audio = crate::audio::FileProbe;
    let mut files: Vec<SessionFile> = found.iter().map(|path| load_file(path, &audio)).collect();
    mark_duplicate_ids(&mut files);
    check_language_versions(&mut files);
    // Programs may name the bundled sessions as well as the files checked.
    let bundled: Vec<String> = crate::bundled::library(None, &audio)
        .sessions()
        .map(|s| s.id.as_str().to_owned())
        .collect();
    check_program_sessions(&mut files, &bundled);

    let mut with_errors = 0;
    let mut warnings = 0;
    for file in &files {
        // Keep the two streams in order when both go to one terminal.
        out.flush()?;
        write_file_diagnostics(errors, file)?;
        errors.flush()?;
        warnings += file.diagnostics.iter().filter(|d| !Diagnostic::is_error(d)).count();
        if let Some(program) = file.program.as_ref().filter(|_| !file.has_errors()) {
            writeln!(
                out,
                "ok  {}  program {}: \"{}\", {}, {}",
                file.name,
                program.id,
                program.title,
                plural(program.modules.len(), "module"),
                plural(program.session_ids().len(), "session")
            )?;
            continue;
        }
        match &file.session {
            Some(session) if !file.has_errors() => writeln!(
                out,
                "ok  {}  {}: \"{}\", {}, {}",
                file.name,
                session.id,
                session.title,
                session.domain.name(),
                session.length
            )?,
            _ => with_errors += 1,
        }
    }
    let good = files.len() - with_errors;
    writeln!(
        out,
        "{} checked: {good} good, {with_errors} with errors, {}",
        plural(files.len(), "session file"),
        plural(warnings, "warning")
    )?;
    if files.is_empty() && problems.is_empty() {
        writeln!(errors, "warning: no session files (*.ron) found")?;
    }
    Ok(with_errors == 0 && problems.is_empty())
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
