//! What each command does. `main.rs` parses the arguments and calls these;
//! they write to the writers they are given, so tests can read them.

mod library_list;
mod play;
mod render;
mod resolve;
mod show;
mod text;
mod timeline;
mod validate;

pub use library_list::list;
pub use play::{Outcome, play_terminal};
pub use render::{RENDER_RATE, render};
pub use resolve::{SessionNotFound, resolve_session};
pub use show::show;
pub use timeline::timeline;
pub use validate::validate;

use std::io::IsTerminal;

use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

/// Standard error, in colour when it is a terminal.
pub fn stderr_stream() -> StandardStream {
    let choice = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    StandardStream::stderr(choice)
}
