//! Starting Stillpoint when the practitioner logs in: an XDG autostart
//! entry (`autostart/org.stillpoint.Stillpoint.desktop` in the user's
//! configuration folder), written or removed from Settings. The entry
//! starts the app quietly, without a window to attend to
//! (`stillpoint --background`), so the bells at the desk can ring.
//!
//! [`entry_text`] only makes text; [`Autostart`] writes and removes the
//! file in the folder it is given, which the window finds in the
//! environment ([`Autostart::from_environment`]).

use std::path::{Path, PathBuf};

use crate::i18n::{Language, Locale, Texts};

/// The entry's file name: the app's id, as desktops expect.
pub const FILE_NAME: &str = "org.stillpoint.Stillpoint.desktop";

/// The argument that starts the app quietly.
pub const BACKGROUND_FLAG: &str = "--background";

/// The autostart entry that runs `binary` with [`BACKGROUND_FLAG`], its
/// comment in every language Stillpoint speaks.
pub fn entry_text(binary: &Path) -> String {
    let comment = |language| Texts::new(Locale::new(language, None)).message("desktop-autostart-comment", None);
    let mut text = String::from("[Desktop Entry]\nType=Application\nName=Stillpoint\n");
    text.push_str(&format!("Comment={}\n", string_value(&comment(Language::English))));
    for language in Language::ALL {
        let translated = string_value(&comment(language));
        for key in desktop_locales(language) {
            text.push_str(&format!("Comment[{key}]={translated}\n"));
        }
    }
    let program = exec_argument(&binary.to_string_lossy());
    text.push_str(&format!("Exec={program} {BACKGROUND_FLAG}\n"));
    text.push_str("Icon=stillpoint\nTerminal=false\nX-GNOME-Autostart-enabled=true\n");
    text
}

/// The locale keys a desktop reads `language`'s strings under (English is
/// the entry's own value). Taiwan and Hong Kong both write Traditional
/// Chinese.
fn desktop_locales(language: Language) -> &'static [&'static str] {
    match language {
        Language::English => &[],
        Language::Spanish => &["es"],
        Language::TraditionalChinese => &["zh_TW", "zh_HK"],
    }
}

/// `text` as a desktop entry's string value: a backslash and the
/// characters that would end the line are escaped.
fn string_value(text: &str) -> String {
    let mut value = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => value.push_str("\\\\"),
            '\n' => value.push_str("\\n"),
            '\t' => value.push_str("\\t"),
            '\r' => value.push_str("\\r"),
            c => value.push(c),
        }
    }
    value
}

/// `argument` as one argument of an `Exec` line: quoted when it holds a
/// character the desktop would read otherwise, `%` doubled (a field code
/// otherwise), then escaped as any string value is.
fn exec_argument(argument: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')', '`',
    ];
    let quoted = argument.contains(RESERVED);
    let mut exec = String::with_capacity(argument.len() + 2);
    if quoted {
        exec.push('"');
    }
    for c in argument.chars() {
        match c {
            '"' | '`' | '$' | '\\' if quoted => {
                exec.push('\\');
                exec.push(c);
            }
            '%' => exec.push_str("%%"),
            c => exec.push(c),
        }
    }
    if quoted {
        exec.push('"');
    }
    string_value(&exec)
}

/// Where this user's autostart entry lives, and the program it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Autostart {
    /// The user's configuration folder (`$XDG_CONFIG_HOME`, usually
    /// `~/.config`); the entry goes in its `autostart` folder.
    pub config_dir: PathBuf,
    /// The `stillpoint` program the entry runs.
    pub binary: PathBuf,
}

impl Autostart {
    /// The configuration folder the desktop reads autostart entries from,
    /// and this running program; `None` when either cannot be found.
    pub fn from_environment() -> Option<Autostart> {
        let config_dir = directories::BaseDirs::new()?.config_dir().to_path_buf();
        let binary = std::env::current_exe().ok()?;
        Some(Autostart { config_dir, binary })
    }

    /// The entry's file.
    pub fn entry_path(&self) -> PathBuf {
        self.config_dir.join("autostart").join(FILE_NAME)
    }

    /// Whether Stillpoint starts at login: its entry is there.
    pub fn is_on(&self) -> bool {
        self.entry_path().is_file()
    }

    /// Writes the entry (making the `autostart` folder if needed) or
    /// removes it.
    pub fn set(&self, on: bool) -> Result<(), AutostartProblem> {
        let path = self.entry_path();
        let result = if on {
            let text = entry_text(&self.binary);
            path.parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| crate::paths::write_atomically(&path, text.as_bytes()))
        } else {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                other => other,
            }
        };
        result.map_err(|e| AutostartProblem {
            path,
            turning_on: on,
            reason: e.to_string(),
        })
    }
}

/// Why the autostart entry could not be written or removed.
#[derive(Debug)]
pub struct AutostartProblem {
    /// The entry's file.
    pub path: PathBuf,
    /// Whether it was being written (or else removed).
    pub turning_on: bool,
    pub reason: String,
}

impl std::fmt::Display for AutostartProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.path.display().to_string();
        let reason = self.reason.as_str();
        f.write_str(&if self.turning_on {
            crate::t!("desktop-autostart-cannot-write", path = path, reason = reason)
        } else {
            crate::t!("desktop-autostart-cannot-remove", path = path, reason = reason)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_exec(binary: &str, expected: &str) {
        assert_eq!(exec_argument(binary), expected, "{binary}");
    }

    #[test]
    fn exec_quotes_what_a_desktop_would_read_otherwise() {
        check_exec("/usr/bin/stillpoint", "/usr/bin/stillpoint");
        check_exec("/home/ana/my apps/stillpoint", "\"/home/ana/my apps/stillpoint\"");
        check_exec("/opt/100%/stillpoint", "/opt/100%%/stillpoint");
        check_exec("/opt/$HOME/stillpoint", "\"/opt/\\\\$HOME/stillpoint\"");
        check_exec("/opt/a\"b/stillpoint", "\"/opt/a\\\\\"b/stillpoint\"");
        check_exec("/opt/a\\b/stillpoint", "\"/opt/a\\\\\\\\b/stillpoint\"");
    }

    #[test]
    fn the_entry_starts_the_program_in_the_background_with_a_comment_in_each_language() {
        let text = entry_text(Path::new("/usr/bin/stillpoint"));
        assert!(text.starts_with("[Desktop Entry]\n"), "{text}");
        assert!(text.contains("\nExec=/usr/bin/stillpoint --background\n"), "{text}");
        for key in ["Comment=", "Comment[es]=", "Comment[zh_TW]=", "Comment[zh_HK]="] {
            assert_eq!(
                text.lines().filter(|l| l.starts_with(key)).count(),
                1,
                "{key} in {text}"
            );
        }
        let spanish = text.lines().find(|l| l.starts_with("Comment[es]=")).unwrap_or_default();
        let english = text.lines().find(|l| l.starts_with("Comment=")).unwrap_or_default();
        assert_ne!(spanish["Comment[es]=".len()..], english["Comment=".len()..]);
    }
}
