//! The session file format: RON text → node tree → raw model → checked
//! [`Session`], with diagnostics for people at every step.

mod check;
mod cue;
mod decode;
mod diagnostic;
mod duration;
mod edit;
mod library;
mod load;
mod model;
mod names;
mod node;
mod pacing;
mod parser;
mod program;
mod raw;
mod report;
mod span;
mod versions;

pub use check::{AudioInfo, AudioProbe, AudioProblem, normalize_guidance};
pub use cue::{
    Cue, CueTime, MAX_CUE_WORDS, MIN_SILENCE, WORDS_PER_MINUTE, paragraphs, place_cues, speaking_time, word_count,
};
pub use diagnostic::{Code, Diagnostic, Label, Severity};
pub use duration::{Duration, DurationError};
pub use edit::{EditError, set_step_voice};
pub use library::{Library, check_program_sessions, find_session_files, mark_duplicate_ids};
pub use load::{MAX_FILE_BYTES, Origin, SessionFile, load_file, load_text};
pub use model::*;
pub use names::{BuiltinAmbient, BuiltinBell, Domain, Lens, Named};
pub use node::{Field, Ident, Node, Value};
pub use pacing::{MAX_SPEAKING_SHARE, Pacing, StepPacing};
pub use parser::{MAX_DEPTH, SyntaxError, parse};
pub use program::{Module, Program, is_program};
pub use report::{file_diagnostics_text, write_file_diagnostics};
pub use span::{LineCol, Span, Spanned};
pub use versions::{check_language_versions, name_language, pick_version};
