//! What each command does. `main.rs` parses the arguments and calls these;
//! they write to the writers they are given, so tests can read them.

pub mod args;
mod cohort;
mod desk;
mod desktop;
mod devices;
mod goal;
pub mod help;
mod invite;
mod library_list;
mod new;
mod play;
mod practice_log;
mod render;
mod report;
mod resolve;
mod show;
mod text;
mod timeline;
mod validate;

pub use cohort::{cohort_join, cohort_leave, cohort_ranking, cohort_status};
pub use desk::show_desk_status;
pub use desktop::{open_app_with, open_desktop};
pub use devices::{devices_link, devices_status, devices_unlink};
pub use goal::{goal_words, set_goal, show_goal};
pub use invite::{InviteRequest, invite};
pub use library_list::list;
pub use new::{Template, new_session};
pub use play::{Outcome, play_invitation, play_terminal};
pub use practice_log::{
    AddError, EntryView, add_entry, export_csv, first_time, import_file, load_log_reporting, manual_entry, show_log,
    show_stats,
};
pub use render::render;
pub use report::{ReportOutput, report};
pub use resolve::{SessionNotFound, resolve_session};
pub use show::{show, show_library_pacing, show_pacing};
pub use timeline::timeline;
pub use validate::validate;

use std::io::IsTerminal;

use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

/// What speaks `session`'s guidance for a mixer at `sample_rate`, when a
/// synthesizer is installed; otherwise says so on `out` and gives `None`.
pub fn voicer_for<W: std::io::Write>(
    session: &crate::session::Session,
    data: &crate::paths::DataDir,
    sample_rate: u32,
    out: &mut W,
) -> std::io::Result<Option<crate::audio::speech::Voicer>> {
    use crate::audio::speech::{SpeechSettings, Synthesizer, Voicer};
    match Synthesizer::find() {
        Some(synthesizer) => Ok(Some(Voicer::new(
            synthesizer,
            SpeechSettings::default(),
            session,
            data,
            sample_rate,
        ))),
        None => {
            writeln!(
                out,
                "{}",
                crate::t!("cli-note", message = crate::t!("cli-no-synthesizer"))
            )?;
            Ok(None)
        }
    }
}

/// Standard error, in colour when it is a terminal.
pub fn stderr_stream() -> StandardStream {
    let choice = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    StandardStream::stderr(choice)
}
