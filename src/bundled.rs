//! The bundled program, compiled into the binary so it plays from anywhere.

use crate::session::{AudioProbe, Library};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/bundled_sessions.rs"));

/// The bundled session files, as `(file name, text)`.
pub fn sessions() -> &'static [(&'static str, &'static str)] {
    BUNDLED_SESSIONS
}

/// The bundled program plus the user's own sessions from `user_folder`.
pub fn library(user_folder: Option<&Path>, audio: &dyn AudioProbe) -> Library {
    Library::load(sessions(), user_folder, audio)
}
