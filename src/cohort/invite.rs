//! Sitting together apart: an invitation names a session and the moment
//! of its first bell; everyone who opens it hears the bells at the same
//! moment, however early or late they open it.

use chrono::{DateTime, Utc};

use crate::session::{Duration, Node, Value, parse};

/// A shared sit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// The session's id.
    pub session: String,
    /// When the first bell rings, for everyone.
    pub start: DateTime<Utc>,
    /// For a flexible session, the length chosen.
    pub length: Option<Duration>,
}

/// Where an invitation stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// The sit begins this much later.
    Wait(std::time::Duration),
    /// The sit began this much earlier: join at this offset.
    Join(std::time::Duration),
}

const CODE_PREFIX: &str = "sit/";

impl Invitation {
    /// A short code to paste into a chat: `sit/the-pause/20261127T140000Z`,
    /// with `/20m` for a chosen length.
    pub fn code(&self) -> String {
        let mut code = format!("{CODE_PREFIX}{}/{}", self.session, self.start.format("%Y%m%dT%H%M%SZ"));
        if let Some(length) = self.length {
            code.push('/');
            code.push_str(&length.to_string().replace(' ', ""));
        }
        code
    }

    /// The invitation as a small RON file.
    pub fn to_ron(&self) -> String {
        let mut text = format!(
            "// A shared sit: open it with `stillpoint play --invite THIS_FILE`.\nInvitation(\n    format: 1,\n    session: \"{}\",\n    // The first bell, in UTC.\n    start: \"{}\",\n",
            self.session,
            self.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
        if let Some(length) = self.length {
            text.push_str(&format!("    length: \"{length}\",\n"));
        }
        text.push_str(")\n");
        text
    }

    /// Reads a code or the text of an invitation file.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Some(code) = text.strip_prefix(CODE_PREFIX) {
            return Self::parse_code(code);
        }
        let node = parse(text).map_err(|e| format!("this is not an invitation ({})", e.message))?;
        let Value::Struct { name, fields } = &node.value else {
            return Err("this is not an invitation: expected `Invitation(...)`".into());
        };
        if name.as_ref().is_some_and(|n| n.text != "Invitation") {
            return Err("this is not an invitation: expected `Invitation(...)`".into());
        }
        let text_of = |field: &str| -> Option<String> {
            fields
                .iter()
                .find(|f| f.name.text == field)
                .and_then(|f| match &f.value {
                    Node {
                        value: Value::Str(s), ..
                    } => Some(s.clone()),
                    _ => None,
                })
        };
        let session = text_of("session").ok_or("the invitation names no session")?;
        let start = text_of("start").ok_or("the invitation has no start")?;
        let start = DateTime::parse_from_rfc3339(&start)
            .map_err(|e| format!("the start \"{start}\" is not a time ({e})"))?
            .with_timezone(&Utc);
        let length = text_of("length")
            .map(|l| Duration::parse(&l).map_err(|e| format!("the length \"{l}\": {e}")))
            .transpose()?;
        Ok(Self { session, start, length })
    }

    fn parse_code(code: &str) -> Result<Self, String> {
        let mut parts = code.split('/');
        let session = parts
            .next()
            .filter(|s| !s.is_empty())
            .ok_or("the code names no session")?;
        let start = parts.next().ok_or("the code has no start time")?;
        let start = chrono::NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%SZ")
            .map_err(|_| format!("\"{start}\" in the code is not a time like 20261127T140000Z"))?
            .and_utc();
        let length = parts
            .next()
            .map(|l| Duration::parse(l).map_err(|e| format!("the length \"{l}\" in the code: {e}")))
            .transpose()?;
        Ok(Self {
            session: session.to_owned(),
            start,
            length,
        })
    }

    /// Reads an invitation from a file path or a code.
    pub fn open(file_or_code: &str) -> Result<Self, String> {
        let path = std::path::Path::new(file_or_code);
        if !file_or_code.trim().starts_with(CODE_PREFIX) && path.exists() {
            let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            return Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()));
        }
        Self::parse(file_or_code)
    }

    /// How the sit stands at `now`.
    pub fn timing(&self, now: DateTime<Utc>) -> Timing {
        let difference = now - self.start;
        match difference.to_std() {
            Ok(late) => Timing::Join(late),
            Err(_) => Timing::Wait((-difference).to_std().unwrap_or_default()),
        }
    }
}

/// Whether the system clock is kept in step with a time server, where the
/// system can say (systemd's timedatectl); `None` when it cannot be known.
pub fn clock_synchronized() -> Option<bool> {
    let output = std::process::Command::new("timedatectl")
        .args(["show", "--property=NTPSynchronized", "--value"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    match String::from_utf8_lossy(&output.stdout).trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}
