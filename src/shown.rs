//! Text written by others (session files and their names, cohort and
//! synced folders, exports from other apps), made safe to show in a
//! terminal: a control character there would be acted on, not shown (an
//! escape sequence can retitle the window, move the cursor, clear the
//! screen or hide what follows).

use std::borrow::Cow;

/// Whether `c` is acted on by a terminal rather than shown. Line breaks
/// and tabs are text.
fn acted_on(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t')
}

/// `text` with each control character written out (`\u{1b}`), line breaks
/// and tabs kept.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acted_on) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match acted_on(c) {
                true => c.escape_unicode().to_string(),
                false => c.to_string(),
            })
            .collect(),
    )
}

/// `text` with each control character replaced by a visible character of
/// the same length in bytes, so that byte positions in it still hold (for
/// quoting a file's lines at line:col): `?` for the one-byte characters,
/// `¿` for the two-byte ones. A carriage return before a line break stays.
pub fn masked(text: &str) -> Cow<'_, str> {
    let hides = |(i, c): (usize, char)| acted_on(c) && !(c == '\r' && text[i + 1..].starts_with('\n'));
    if !text.char_indices().any(hides) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.char_indices()
            .map(|(i, c)| match hides((i, c)) {
                true if c.len_utf8() == 1 => '?',
                true => '¿',
                false => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_written_out_and_text_is_kept() {
        assert_eq!(escaped("Evil\u{1b}]0;pwned\u{7}"), "Evil\\u{1b}]0;pwned\\u{7}");
        assert_eq!(escaped("a\u{9b}2J"), "a\\u{9b}2J");
        assert_eq!(escaped("two\nlines\tand a tab"), "two\nlines\tand a tab");
        assert!(matches!(escaped("La pausa · 停頓片刻"), Cow::Borrowed(_)));
    }

    #[test]
    fn masking_keeps_every_byte_where_it_was() {
        for text in ["Evil\u{1b}]0;pwned\u{7}", "a\u{9b}2J\r\nb\rc", "plain\r\n"] {
            let masked = masked(text);
            assert_eq!(masked.len(), text.len(), "{text:?}");
            assert!(!masked.chars().any(acted_on) || masked.contains("\r\n"), "{masked:?}");
        }
        assert_eq!(masked("a\u{1b}b\r\nc\rd"), "a?b\r\nc?d");
        assert_eq!(masked("x\u{9b}y"), "x¿y");
    }
}
