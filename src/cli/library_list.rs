//! `stillpoint list`: the library, grouped by domain.

use std::io::Write;

use crate::shown::escaped;

use crate::session::{Domain, Library, LineCol, Named, Origin};
use crate::t;

use super::text::pad_end;

/// Lists every playable session by domain, then the user's files that have
/// errors, each with its first problem at file:line:col.
pub fn list<W: Write>(library: &Library, out: &mut W) -> std::io::Result<()> {
    // Each session in the practitioner's language where it has a version in it.
    let wanted = crate::i18n::locale().language.tag();
    for domain in Domain::ALL {
        let sessions: Vec<_> = library.sessions_in(wanted).filter(|s| s.domain == *domain).collect();
        if sessions.is_empty() {
            continue;
        }
        writeln!(out, "{}", heading(*domain))?;
        for session in sessions {
            writeln!(
                out,
                "  {} {} {}",
                pad_end(session.id.as_str(), 30),
                pad_end(&escaped(&session.title), 34),
                session.length
            )?;
            let languages = library.languages_of(session.id.as_str());
            if let Some(also_in) = crate::i18n::session_languages::also_in(&session.language, &languages) {
                writeln!(out, "  {:30} {also_in}", "")?;
            }
        }
        writeln!(out)?;
    }
    let broken: Vec<_> = library.files.iter().filter(|f| f.has_errors()).collect();
    if !broken.is_empty() {
        writeln!(out, "{}", t!("cli-list-with-errors"))?;
        for file in broken {
            if let Some(first) = file.diagnostics.iter().find(|d| d.is_error()) {
                let at = first
                    .span
                    .map_or(LineCol { line: 1, col: 1 }, |s| LineCol::of(&file.source, s.start));
                let name = match &file.origin {
                    Origin::Bundled => file.name.clone(),
                    Origin::File(path) => path.display().to_string(),
                };
                writeln!(out, "  {}:{at}: {}", escaped(&name), escaped(&first.message))?;
            }
        }
    }
    Ok(())
}

/// The library's own headings, as the app groups sessions too.
fn heading(domain: Domain) -> String {
    match domain {
        Domain::Mindfulness => t!("library-heading-mindfulness"),
        Domain::Compassion => t!("library-heading-compassion"),
        Domain::WellBeing => t!("library-heading-well-being"),
        Domain::Timer => t!("library-heading-timers"),
    }
}
