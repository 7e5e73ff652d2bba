//! Spoken guidance: the system's speech synthesizer reads a step's words
//! aloud, for sessions without recordings, so they can be followed with
//! eyes closed. Off unless the practitioner turns it on.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// A speech synthesizer found on this system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Synthesizer {
    /// `espeak-ng TEXT`: speaks and exits; stopped by ending the process.
    EspeakNg(PathBuf),
    /// speech-dispatcher's `spd-say`: queues the text with the desktop's
    /// speech service; stopped with `spd-say --cancel`.
    SpeechDispatcher(PathBuf),
}

impl Synthesizer {
    /// The first synthesizer on `PATH`: espeak-ng, then speech-dispatcher.
    pub fn find() -> Option<Self> {
        let path = std::env::var_os("PATH")?;
        let look = |name: &str| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(name))
                .find(|candidate| is_executable(candidate))
        };
        look("espeak-ng")
            .map(Synthesizer::EspeakNg)
            .or_else(|| look("spd-say").map(Synthesizer::SpeechDispatcher))
    }

    pub fn name(&self) -> &'static str {
        match self {
            Synthesizer::EspeakNg(_) => "espeak-ng",
            Synthesizer::SpeechDispatcher(_) => "speech-dispatcher",
        }
    }

    /// The command that speaks `text`, slowly and calmly.
    pub fn command(&self, text: &str) -> Command {
        match self {
            Synthesizer::EspeakNg(program) => {
                let mut command = Command::new(program);
                // Words a minute, and a pause between sentences (10 ms units).
                command.args(["-s", "135", "-g", "6", "--"]).arg(text);
                command
            }
            Synthesizer::SpeechDispatcher(program) => {
                let mut command = Command::new(program);
                command.args(["--rate", "-25", "--"]).arg(text);
                command
            }
        }
    }
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Speaks one text at a time: a new text, a pause or the end stops the one
/// before.
#[derive(Debug)]
pub struct Speaker {
    synthesizer: Synthesizer,
    speaking: Option<Child>,
}

impl Speaker {
    pub fn new(synthesizer: Synthesizer) -> Self {
        Self {
            synthesizer,
            speaking: None,
        }
    }

    pub fn synthesizer(&self) -> &Synthesizer {
        &self.synthesizer
    }

    /// Starts speaking `text`, after stopping what was being said.
    pub fn say(&mut self, text: &str) -> std::io::Result<()> {
        self.stop();
        let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Ok(());
        }
        let child = self
            .synthesizer
            .command(&text)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        self.speaking = Some(child);
        Ok(())
    }

    /// Waits until the synthesizer has finished the text it was given.
    pub fn wait_until_said(&mut self) {
        if let Some(mut child) = self.speaking.take() {
            let _ = child.wait();
        }
    }

    /// Stops speaking.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.speaking.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Synthesizer::SpeechDispatcher(program) = &self.synthesizer {
            let _ = Command::new(program)
                .arg("--cancel")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        if let Some(mut child) = self.speaking.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
