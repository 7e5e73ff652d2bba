//! Programs: sessions sequenced into a course, such as the weeks of a
//! certification cycle, with modules and recommended daily practice.
//!
//! A program file sits beside session files and reads like one:
//!
//! ```ron
//! Program(
//!     format: 1,
//!     id: "first-cycle",
//!     title: "The first cycle",
//!     summary: "Six weeks from arriving to seeing the system.",
//!     modules: [
//!         Module(title: "Arriving", weeks: 2, daily: "10m",
//!                sessions: ["arriving-with-the-breath", "the-pause"]),
//!     ],
//! )
//! ```

use super::duration::Duration;
use super::model::SessionId;
use super::span::Spanned;

/// A program, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub id: SessionId,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub author: String,
    pub modules: Vec<Module>,
}

/// A part of a program: a few weeks with their sessions.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub title: String,
    /// How many weeks the module is meant to take.
    pub weeks: Option<u32>,
    /// The practice recommended each day.
    pub daily: Option<Duration>,
    /// What the module asks of the practitioner, in a sentence or two.
    pub note: String,
    /// Questions to journal with during the module; the end screen and
    /// the journaling session offer one a day, in turn.
    pub prompts: Vec<String>,
    /// The contemplative call that closes the module, practised with the
    /// cohort: its progress shows, but the module's own sessions are what
    /// the practitioner works through.
    pub call: Option<Spanned<SessionId>>,
    /// The question the call asks in pairs or threes during this module:
    /// it takes the place of the call's cue marked `module_question: true`.
    pub call_prompt: Option<String>,
    /// The sessions, by id, each with where it is written.
    pub sessions: Vec<Spanned<SessionId>>,
}

impl Program {
    /// Every session the program names, in order, once each: the modules'
    /// sessions and their calls.
    pub fn session_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for module in &self.modules {
            for id in module.sessions.iter().chain(&module.call) {
                if !ids.contains(&id.value.as_str()) {
                    ids.push(id.value.as_str());
                }
            }
        }
        ids
    }

    /// The modules' own sessions (not their calls), in order, once each.
    pub fn practice_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for module in &self.modules {
            for id in &module.sessions {
                if !ids.contains(&id.value.as_str()) {
                    ids.push(id.value.as_str());
                }
            }
        }
        ids
    }
}

/// Whether a file's text is a program rather than a session: its first
/// word, after notes, is `Program`.
pub fn is_program(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, next)| next);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, next)| next);
        } else {
            break;
        }
    }
    rest.strip_prefix("Program")
        .is_some_and(|after| after.trim_start().starts_with('('))
}
