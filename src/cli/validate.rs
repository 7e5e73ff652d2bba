//! `stillpoint validate PATH...`

use std::io::Write;

use crate::shown::escaped;
use std::path::PathBuf;

use codespan_reporting::term::WriteStyle;

use crate::session::{
    Diagnostic, Named, SessionFile, check_language_versions, check_program_sessions, find_session_files, load_file,
    mark_duplicate_ids, write_file_diagnostics,
};
use crate::t;

/// Checks every session file in `paths` (folders recursively). Diagnostics
/// go to `errors`; a line per good file and a closing summary to `out`.
/// Returns whether no file had an error.
pub fn validate<W: Write, E: WriteStyle>(paths: &[PathBuf], out: &mut W, errors: &mut E) -> std::io::Result<bool> {
    let (found, problems) = find_session_files(paths);
    for (path, error) in &problems {
        let message = t!(
            "cli-validate-cannot-read",
            path = path.display().to_string(),
            error = error.to_string()
        );
        writeln!(errors, "{}", t!("cli-error", message = message))?;
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
            let said = t!(
                "cli-validate-ok-program",
                file = escaped(&file.name).into_owned(),
                id = program.id.to_string(),
                title = escaped(&program.title).into_owned(),
                modules = program.modules.len(),
                sessions = program.session_ids().len()
            );
            writeln!(out, "{said}")?;
            continue;
        }
        match &file.session {
            // The domain as the file spells it: this is about files.
            Some(session) if !file.has_errors() => writeln!(
                out,
                "{}",
                t!(
                    "cli-validate-ok-session",
                    file = escaped(&file.name).into_owned(),
                    id = session.id.as_str(),
                    title = escaped(&session.title).into_owned(),
                    domain = session.domain.name(),
                    length = session.length.to_string()
                )
            )?,
            _ => with_errors += 1,
        }
    }
    let good = files.len() - with_errors;
    let said = t!(
        "cli-validate-summary",
        files = files.len(),
        good = good,
        bad = with_errors,
        warnings = warnings
    );
    writeln!(out, "{said}")?;
    if files.is_empty() && problems.is_empty() {
        writeln!(
            errors,
            "{}",
            t!("cli-warning", message = t!("cli-validate-nothing-found"))
        )?;
    }
    Ok(with_errors == 0 && problems.is_empty())
}
