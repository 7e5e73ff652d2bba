//! Laying text out for a terminal.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Breaks a paragraph into lines of at most `width` characters, at spaces.
/// A word longer than the width gets a line of its own.
pub fn wrap_lines(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` followed by spaces up to `width` columns of a terminal, where a
/// Chinese character takes two: `{:<width$}` for any script.
pub fn pad_end(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` after spaces up to `width` columns: `{:>width$}` for any script.
pub fn pad_start(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// How many columns `text` takes in a terminal.
pub fn columns(text: &str) -> usize {
    text.width()
}

/// At most `width` columns of `text`, ending in "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        used += c.width().unwrap_or(0);
        if used + 1 > width {
            break;
        }
        cut.push(c);
    }
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_counted_as_a_terminal_shows_them() {
        assert_eq!(pad_end("pause", 8), "pause   ");
        assert_eq!(pad_end("暫停", 8), "暫停    ");
        assert_eq!(pad_start("步驟", 6), "  步驟");
        assert_eq!(pad_start("longer than", 4), "longer than");
        assert_eq!(truncate("a long step title", 8), "a long …");
        assert_eq!(truncate("一段很長的步驟標題", 8), "一段很…");
        assert_eq!(truncate("short", 8), "short");
    }
}
