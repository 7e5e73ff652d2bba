//! Reads RON text into a [`Node`] tree that keeps every value's position.
//!
//! The reader is iterative where input could make it deep (comments) and
//! bounded where it recurses (brackets), so no file can overflow the stack.

use super::node::{Field, Ident, Node, Value};
use super::span::Span;
use crate::t;

/// How many brackets deep a session file may nest. The format itself needs
/// seven (`Session( steps: [ Step( interval_bells: Some( Intervals( bell:
/// Some( Bell(`); one more leaves room for a harmless extra `Some(...)`.
pub const MAX_DEPTH: usize = 8;

/// A mistake in the RON syntax itself. Reading stops at the first one: what
/// follows a syntax error cannot be trusted.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    /// Where the mistake is.
    pub span: Span,
    /// A short label under the quoted line.
    pub label: String,
    /// A second place that explains the first, such as where an unclosed
    /// bracket was opened, with its label.
    pub secondary: Option<(Span, String)>,
    pub help: Option<String>,
    /// The file nests deeper than the format allows (reported apart from
    /// ordinary syntax mistakes).
    pub too_deep: bool,
}

impl SyntaxError {
    fn new(message: impl Into<String>, span: Span, label: impl Into<String>) -> Box<Self> {
        Box::new(Self {
            message: message.into(),
            span,
            label: label.into(),
            secondary: None,
            help: None,
            too_deep: false,
        })
    }

    fn help(mut self: Box<Self>, help: impl Into<String>) -> Box<Self> {
        self.help = Some(help.into());
        self
    }

    fn opened_at(self: Box<Self>, span: Span) -> Box<Self> {
        self.also(span, t!("diag-opened-here"))
    }

    fn also(mut self: Box<Self>, span: Span, label: impl Into<String>) -> Box<Self> {
        self.secondary = Some((span, label.into()));
        self
    }
}

/// Reads a whole RON document: optional `#![enable(...)]` attributes, one
/// value, and nothing after it but spaces and comments.
pub fn parse(source: &str) -> Result<Node, Box<SyntaxError>> {
    let mut parser = Parser {
        src: source,
        pos: 0,
        open: Vec::new(),
        last_string: None,
    };
    parser.skip_attributes()?;
    let node = parser.value()?;
    parser.skip_trivia()?;
    if let Some(c) = parser.peek() {
        let span = parser.char_span();
        return Err(SyntaxError::new(
            t!("diag-text-after-end", found = describe_char(c)),
            span,
            t!("diag-text-after-end-label"),
        )
        .help(t!("diag-text-after-end-help")));
    }
    Ok(node)
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    /// The brackets opened and not yet closed, innermost last.
    open: Vec<Span>,
    /// The last text read, and whether it looks as if it swallowed fields
    /// (its closing quote may be missing).
    last_string: Option<(Span, bool)>,
}

/// Whether text holds lines like `title: "...` or `Step(`: signs that a
/// missing quote let it swallow part of the file.
fn looks_like_swallowed_fields(text: &str) -> bool {
    text.contains('\n')
        && text.lines().skip(1).any(|line| {
            let line = line.trim_start();
            let name_len = line.len() - line.trim_start_matches(is_ident_char).len();
            name_len > 0 && (line[name_len..].trim_start().starts_with(':') || line[name_len..].starts_with('('))
        })
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn closer(open: &str) -> &'static str {
    match open {
        "(" => ")",
        "[" => "]",
        _ => "}",
    }
}

fn describe_char(c: char) -> String {
    match c {
        '\n' | '\r' => t!("diag-char-end-of-line"),
        c if c.is_whitespace() => t!("diag-char-space"),
        c => format!("`{c}`"),
    }
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        let mut chars = self.rest().chars();
        chars.next();
        chars.next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn char_span(&self) -> Span {
        let len = self.peek().map_or(0, char::len_utf8);
        Span::new(self.pos, self.pos + len)
    }

    /// The file ended early. `expected` is what should have come, as
    /// words of the interface's language or RON (`` `:` ``).
    fn eof_error(&self, expected: &str) -> Box<SyntaxError> {
        if let Some(open) = self.open.last() {
            let bracket = &self.src[open.range()];
            let close = closer(bracket);
            return SyntaxError::new(
                t!("diag-unclosed-bracket", bracket = bracket),
                *open,
                t!("diag-unclosed-bracket-label"),
            )
            .help(t!("diag-unclosed-bracket-help", close = close));
        }
        SyntaxError::new(
            t!("diag-eof", expected = expected),
            Span::new(self.src.len(), self.src.len()),
            t!("diag-expected", expected = expected),
        )
    }

    /// Skips spaces, line ends and comments.
    fn skip_trivia(&mut self) -> Result<(), Box<SyntaxError>> {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.pos += rest.len() - trimmed.len();
            if trimmed.starts_with("//") {
                let line_len = trimmed.find('\n').unwrap_or(trimmed.len());
                self.pos += line_len;
            } else if trimmed.starts_with("/*") {
                self.skip_block_comment()?;
            } else {
                return Ok(());
            }
        }
    }

    /// Skips a `/* ... */` comment; they nest, as in Rust.
    fn skip_block_comment(&mut self) -> Result<(), Box<SyntaxError>> {
        let start = self.pos;
        let mut nesting = 0usize;
        while self.pos < self.src.len() {
            let rest = self.rest();
            if rest.starts_with("/*") {
                nesting += 1;
                self.pos += 2;
            } else if rest.starts_with("*/") {
                nesting -= 1;
                self.pos += 2;
                if nesting == 0 {
                    return Ok(());
                }
            } else {
                self.bump();
            }
        }
        Err(SyntaxError::new(
            t!("diag-comment-unclosed"),
            Span::new(start, start + 2),
            t!("diag-comment-unclosed-label"),
        )
        .help(t!("diag-comment-unclosed-help")))
    }

    /// Skips `#![enable(...)]` lines: RON extensions change nothing here,
    /// because optional values may always be written with or without `Some`.
    fn skip_attributes(&mut self) -> Result<(), Box<SyntaxError>> {
        loop {
            self.skip_trivia()?;
            if !self.rest().starts_with("#!") {
                return Ok(());
            }
            let start = self.pos;
            match self.rest().find(']') {
                Some(end) => self.pos += end + 1,
                None => {
                    return Err(SyntaxError::new(
                        t!("diag-attribute-unclosed"),
                        Span::new(start, start + 2),
                        t!("diag-opened-here"),
                    )
                    .help(t!("diag-attribute-unclosed-help")));
                }
            }
        }
    }

    fn value(&mut self) -> Result<Node, Box<SyntaxError>> {
        self.skip_trivia()?;
        let start = self.pos;
        let Some(c) = self.peek() else {
            return Err(self.eof_error(&t!("diag-what-a-value")));
        };
        match c {
            '"' => self.string(),
            'r' if matches!(self.peek_second(), Some('"' | '#')) && self.raw_string_ahead() => self.raw_string(),
            '\'' => self.char_literal(),
            '[' => self.list(),
            '{' => self.map(),
            '(' => self.group(None, start),
            '0'..='9' | '-' | '+' | '.' => self.number(),
            '“' | '”' | '„' | '‘' | '’' => {
                Err(
                    SyntaxError::new(t!("diag-curly-quote"), self.char_span(), t!("diag-curly-quote-label"))
                        .help(t!("diag-curly-quote-help")),
                )
            }
            c if is_ident_start(c) => {
                let ident = self.ident()?;
                match ident.text.as_str() {
                    "true" => {
                        return Ok(Node {
                            value: Value::Bool(true),
                            span: ident.span,
                        });
                    }
                    "false" => {
                        return Ok(Node {
                            value: Value::Bool(false),
                            span: ident.span,
                        });
                    }
                    _ => {}
                }
                let after_name = self.pos;
                self.skip_trivia()?;
                if self.peek() == Some('(') {
                    self.group(Some(ident), start)
                } else {
                    self.pos = after_name;
                    let span = ident.span;
                    Ok(Node {
                        value: Value::Unit(ident),
                        span,
                    })
                }
            }
            ')' | ']' | '}' => Err(self.mismatched_close(c)),
            c => Err(SyntaxError::new(
                t!("diag-expected-value-found", found = describe_char(c)),
                self.char_span(),
                t!("diag-expected-value-here"),
            )),
        }
    }

    /// A closing bracket that does not close the innermost open one.
    fn mismatched_close(&self, found: char) -> Box<SyntaxError> {
        match self.open.last() {
            Some(open) => {
                let expected = closer(&self.src[open.range()]);
                let found = found.to_string();
                SyntaxError::new(
                    t!(
                        "diag-mismatched-close",
                        found = found.as_str(),
                        open = &self.src[open.range()]
                    ),
                    self.char_span(),
                    t!("diag-mismatched-close-label", close = expected),
                )
                .opened_at(*open)
                .help(t!("diag-mismatched-close-help", close = expected, found = found))
            }
            None => SyntaxError::new(
                t!("diag-closes-nothing", found = found.to_string()),
                self.char_span(),
                t!("diag-closes-nothing-label"),
            ),
        }
    }

    /// A name, with RON's `r#name` form for names that are keywords.
    fn ident(&mut self) -> Result<Ident, Box<SyntaxError>> {
        let start = self.pos;
        if self.rest().starts_with("r#") {
            self.pos += 2;
        }
        let name_start = self.pos;
        match self.peek() {
            Some(c) if is_ident_start(c) => {}
            Some(c) => {
                let name = t!("diag-what-a-name");
                return Err(SyntaxError::new(
                    t!("diag-expected-name-found", found = describe_char(c)),
                    self.char_span(),
                    t!("diag-expected", expected = name),
                ));
            }
            None => return Err(self.eof_error(&t!("diag-what-a-name"))),
        }
        while self.peek().is_some_and(is_ident_char) {
            self.bump();
        }
        Ok(Ident {
            text: self.src[name_start..self.pos].to_owned(),
            span: Span::new(start, self.pos),
        })
    }

    fn enter(&mut self, open: Span) -> Result<(), Box<SyntaxError>> {
        self.open.push(open);
        if self.open.len() > MAX_DEPTH {
            let mut error = SyntaxError::new(t!("diag-too-deep", depth = MAX_DEPTH), open, t!("diag-too-deep-label"))
                .help(t!("diag-too-deep-help"));
            error.too_deep = true;
            return Err(error);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.open.pop();
    }

    /// After a value inside brackets: a comma, or the closing bracket.
    /// Returns true when the closing bracket was reached. `what` is the
    /// kind of thing that came before: `field`, `value`, `item` or `entry`.
    fn separator(&mut self, close: char, open: Span, what: &'static str) -> Result<bool, Box<SyntaxError>> {
        self.skip_trivia()?;
        match self.peek() {
            Some(',') => {
                self.bump();
                self.skip_trivia()?;
                if self.peek() == Some(close) {
                    self.bump();
                    return Ok(true);
                }
                Ok(false)
            }
            Some(c) if c == close => {
                self.bump();
                Ok(true)
            }
            Some(c @ (')' | ']' | '}')) => Err(self.mismatched_close(c)),
            Some(c) => {
                if let Some(error) = self.runaway_string() {
                    return Err(error);
                }
                let close_text = close.to_string();
                Err(SyntaxError::new(
                    t!(
                        "diag-expected-separator",
                        close = close_text.as_str(),
                        what = what,
                        found = describe_char(c)
                    ),
                    self.char_span(),
                    t!("diag-expected-separator-label", close = close_text.as_str()),
                )
                .opened_at(open)
                .help(if is_ident_start(c) || c == '"' {
                    t!("diag-missing-comma-help")
                } else {
                    t!("diag-separator-help", what = what, close = close_text)
                }))
            }
            None => Err(self.eof_error(&format!("`{close}`"))),
        }
    }

    /// `( ... )` with or without a name before it: a struct when it starts
    /// with `name:`, a tuple otherwise.
    fn group(&mut self, name: Option<Ident>, start: usize) -> Result<Node, Box<SyntaxError>> {
        let open = self.char_span();
        self.enter(open)?;
        self.bump();
        self.skip_trivia()?;
        let value = if self.peek() == Some(')') {
            self.bump();
            Value::Struct {
                name,
                fields: Vec::new(),
            }
        } else if self.field_ahead() {
            let mut fields = Vec::new();
            loop {
                let field_name = self.ident()?;
                self.skip_trivia()?;
                match self.peek() {
                    Some(':') => {
                        self.bump();
                    }
                    Some('=') => {
                        return Err(SyntaxError::new(
                            t!("diag-equals-for-colon"),
                            self.char_span(),
                            t!("diag-equals-for-colon-label"),
                        )
                        .help(t!("diag-write-field", field = field_name.text.as_str())));
                    }
                    Some(c) => {
                        return Err(SyntaxError::new(
                            t!("diag-expected-colon-found", found = describe_char(c)),
                            self.char_span(),
                            t!("diag-expected", expected = "`:`"),
                        )
                        .help(t!("diag-write-field", field = field_name.text.as_str())));
                    }
                    None => return Err(self.eof_error("`:`")),
                }
                let value = self.value()?;
                fields.push(Field {
                    name: field_name,
                    value,
                });
                if self.separator(')', open, "field")? {
                    break;
                }
                self.skip_trivia()?;
                if !self.field_ahead() {
                    let Some(c) = self.peek() else {
                        return Err(self.eof_error(&t!("diag-what-a-field-name")));
                    };
                    let error = SyntaxError::new(
                        t!("diag-expected-field-found", found = describe_char(c)),
                        self.char_span(),
                        t!("diag-expected", expected = "`name: value`"),
                    )
                    .opened_at(open);
                    return Err(if c.is_ascii_digit() {
                        error.help(t!("diag-decimal-point-help"))
                    } else {
                        error
                    });
                }
            }
            Value::Struct { name, fields }
        } else {
            let mut items = Vec::new();
            loop {
                items.push(self.value()?);
                if self.separator(')', open, "value")? {
                    break;
                }
            }
            Value::Tuple { name, items }
        };
        self.leave();
        Ok(Node {
            value,
            span: Span::new(start, self.pos),
        })
    }

    /// Whether a `name:` (and not `name::` or `name(`) comes next.
    fn field_ahead(&self) -> bool {
        let rest = self.rest();
        let rest = rest.strip_prefix("r#").unwrap_or(rest);
        if !rest.chars().next().is_some_and(is_ident_start) {
            return false;
        }
        let after = rest.trim_start_matches(is_ident_char).trim_start();
        // `name = value` is a field written with the wrong sign; reading it
        // as a field lets the error say so.
        (after.starts_with(':') && !after.starts_with("::")) || (after.starts_with('=') && !after.starts_with("=="))
    }

    fn list(&mut self) -> Result<Node, Box<SyntaxError>> {
        let start = self.pos;
        let open = self.char_span();
        self.enter(open)?;
        self.bump();
        self.skip_trivia()?;
        let mut items = Vec::new();
        if self.peek() == Some(']') {
            self.bump();
        } else {
            loop {
                items.push(self.value()?);
                if self.separator(']', open, "item")? {
                    break;
                }
            }
        }
        self.leave();
        Ok(Node {
            value: Value::List(items),
            span: Span::new(start, self.pos),
        })
    }

    fn map(&mut self) -> Result<Node, Box<SyntaxError>> {
        let start = self.pos;
        let open = self.char_span();
        self.enter(open)?;
        self.bump();
        self.skip_trivia()?;
        let mut entries = Vec::new();
        if self.peek() == Some('}') {
            self.bump();
        } else {
            loop {
                let key = self.value()?;
                self.skip_trivia()?;
                if self.peek() != Some(':') {
                    return Err(SyntaxError::new(
                        t!("diag-expected-map-colon"),
                        self.char_span(),
                        t!("diag-expected", expected = "`:`"),
                    )
                    .opened_at(open));
                }
                self.bump();
                let value = self.value()?;
                entries.push((key, value));
                if self.separator('}', open, "entry")? {
                    break;
                }
            }
        }
        self.leave();
        Ok(Node {
            value: Value::Map(entries),
            span: Span::new(start, self.pos),
        })
    }

    fn number(&mut self) -> Result<Node, Box<SyntaxError>> {
        let start = self.pos;
        let negative = self.peek() == Some('-');
        if matches!(self.peek(), Some('-' | '+')) {
            self.bump();
        }
        let radix = match self.rest().get(..2) {
            Some("0x") => 16,
            Some("0b") => 2,
            Some("0o") => 8,
            _ => 10,
        };
        let mut is_float = false;
        if radix != 10 {
            self.pos += 2;
            while self.peek().is_some_and(|c| c.is_ascii_hexdigit() || c == '_') {
                self.bump();
            }
        } else {
            self.take_digits();
            if self.peek() == Some('.') && self.peek_second().is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                self.bump();
                self.take_digits();
            }
            if matches!(self.peek(), Some('e' | 'E')) {
                let save = self.pos;
                self.bump();
                if matches!(self.peek(), Some('+' | '-')) {
                    self.bump();
                }
                if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    is_float = true;
                    self.take_digits();
                } else {
                    self.pos = save;
                }
            }
        }
        // A number run straight into letters is almost always a duration
        // written without its quotes: `duration: 5m`.
        if self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            while self.peek().is_some_and(|c| c.is_ascii_alphanumeric()) {
                self.bump();
            }
            let text = &self.src[start..self.pos];
            return Err(SyntaxError::new(
                t!("diag-not-a-number", text = text),
                Span::new(start, self.pos),
                t!("diag-not-a-number-label"),
            )
            .help(t!("diag-duration-in-quotes-help", text = text)));
        }
        let span = Span::new(start, self.pos);
        let text: String = self.src[start..self.pos].chars().filter(|c| *c != '_').collect();
        let digits = text.trim_start_matches(['-', '+']);
        if digits.is_empty() || digits == "." {
            return Err(SyntaxError::new(
                t!("diag-expected-number"),
                span,
                t!("diag-expected-number"),
            ));
        }
        let value = if is_float {
            match text.parse::<f64>() {
                Ok(v) if v.is_finite() => Value::Float(v),
                _ => {
                    return Err(SyntaxError::new(
                        t!("diag-number-unreadable"),
                        span,
                        t!("diag-not-a-number-label"),
                    ));
                }
            }
        } else {
            let digits = if radix == 10 { digits } else { &digits[2..] };
            match i64::from_str_radix(digits, radix) {
                Ok(v) => Value::Int(if negative { -v } else { v }),
                Err(_) => {
                    return Err(SyntaxError::new(
                        t!("diag-number-too-large"),
                        span,
                        t!("diag-number-too-large-label"),
                    ));
                }
            }
        };
        Ok(Node { value, span })
    }

    fn take_digits(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '_') {
            self.bump();
        }
    }

    /// Reads one escape after a backslash; `None` for a line continuation.
    fn escape(&mut self) -> Result<Option<char>, Box<SyntaxError>> {
        let start = self.pos - 1;
        let Some(c) = self.bump() else {
            return Err(self.eof_error(&t!("diag-what-rest-of-escape")));
        };
        let unknown = |end| {
            SyntaxError::new(
                t!("diag-unknown-escape"),
                Span::new(start, end),
                t!("diag-unknown-escape-label"),
            )
            .help(t!("diag-unknown-escape-help"))
        };
        Ok(Some(match c {
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            '0' => '\0',
            '\\' => '\\',
            '"' => '"',
            '\'' => '\'',
            '\n' => {
                let rest = self.rest();
                self.pos += rest.len() - rest.trim_start().len();
                return Ok(None);
            }
            'u' => {
                let braced = self.peek() == Some('{');
                if braced {
                    self.bump();
                }
                let hex_start = self.pos;
                while self.peek().is_some_and(|c| c.is_ascii_hexdigit()) && self.pos - hex_start < 6 {
                    self.bump();
                }
                let hex = &self.src[hex_start..self.pos];
                if braced {
                    if self.peek() != Some('}') {
                        return Err(unknown(self.pos));
                    }
                    self.bump();
                } else if hex.len() != 4 {
                    return Err(unknown(self.pos));
                }
                match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                    Some(c) => c,
                    None => return Err(unknown(self.pos)),
                }
            }
            _ => return Err(unknown(self.pos)),
        }))
    }

    fn string(&mut self) -> Result<Node, Box<SyntaxError>> {
        let start = self.pos;
        self.bump();
        let mut text = String::new();
        loop {
            let Some(c) = self.bump() else {
                return Err(SyntaxError::new(
                    t!("diag-text-unclosed"),
                    Span::new(start, start + 1),
                    t!("diag-text-starts-here"),
                )
                .help(t!("diag-text-unclosed-help")));
            };
            match c {
                '"' => break,
                '\\' => {
                    if let Some(c) = self.escape()? {
                        text.push(c);
                    }
                }
                c => text.push(c),
            }
        }
        let span = Span::new(start, self.pos);
        self.last_string = Some((span, looks_like_swallowed_fields(&text)));
        Ok(Node {
            value: Value::Str(text),
            span,
        })
    }

    /// When the text just read ran over lines that look like fields, its
    /// closing quote is probably missing, and the real mistake is where the
    /// text starts, not where reading stumbled.
    fn runaway_string(&self) -> Option<Box<SyntaxError>> {
        let (span, swallowed) = self.last_string?;
        let gap = self.src.get(span.end..self.pos)?;
        if !swallowed || !gap.trim().is_empty() {
            return None;
        }
        Some(
            SyntaxError::new(
                t!("diag-text-runaway"),
                Span::new(span.start, span.start + 1),
                t!("diag-text-starts-here"),
            )
            .also(Span::new(span.end - 1, span.end), t!("diag-text-runs-to-here"))
            .help(t!("diag-text-runaway-help")),
        )
    }

    fn raw_string_ahead(&self) -> bool {
        let rest = &self.rest()[1..];
        rest.trim_start_matches('#').starts_with('"')
    }

    /// `r"..."` or `r#"..."#`, for text with many quotes or backslashes.
    fn raw_string(&mut self) -> Result<Node, Box<SyntaxError>> {
        let start = self.pos;
        self.bump();
        let hashes = self.rest().len() - self.rest().trim_start_matches('#').len();
        self.pos += hashes + 1;
        let closing = format!("\"{}", "#".repeat(hashes));
        let Some(end) = self.rest().find(&closing) else {
            return Err(SyntaxError::new(
                t!("diag-text-unclosed"),
                Span::new(start, start + 2 + hashes),
                t!("diag-text-starts-here"),
            )
            .help(t!("diag-raw-text-unclosed-help", closing = closing)));
        };
        let text = self.rest()[..end].to_owned();
        self.pos += end + closing.len();
        Ok(Node {
            value: Value::Str(text),
            span: Span::new(start, self.pos),
        })
    }

    fn char_literal(&mut self) -> Result<Node, Box<SyntaxError>> {
        let start = self.pos;
        self.bump();
        let c = match self.bump() {
            Some('\\') => self.escape()?,
            Some('\'') | None => None,
            Some(c) => Some(c),
        };
        match (c, self.peek()) {
            (Some(c), Some('\'')) => {
                self.bump();
                Ok(Node {
                    value: Value::Char(c),
                    span: Span::new(start, self.pos),
                })
            }
            _ => Err(SyntaxError::new(
                t!("diag-single-quotes"),
                Span::new(start, start + 1),
                t!("diag-single-quotes-label"),
            )
            .help(t!("diag-single-quotes-help"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Value {
        match parse(text) {
            Ok(node) => node.value,
            Err(error) => panic!("{text}: {error:?}"),
        }
    }

    fn error(text: &str) -> Box<SyntaxError> {
        match parse(text) {
            Ok(node) => panic!("{text} should not parse, got {node:?}"),
            Err(error) => error,
        }
    }

    #[test]
    fn reads_scalars() {
        assert_eq!(value("true"), Value::Bool(true));
        assert_eq!(value("-42"), Value::Int(-42));
        assert_eq!(value("1_000"), Value::Int(1000));
        assert_eq!(value("0x1F"), Value::Int(31));
        assert_eq!(value("0.25"), Value::Float(0.25));
        assert_eq!(value("1e3"), Value::Float(1000.0));
        assert_eq!(value(r#""a\"b\n\u{e9}""#), Value::Str("a\"b\né".into()));
        assert_eq!(value(r###"r#"say "hi""#"###), Value::Str("say \"hi\"".into()));
        assert_eq!(value("'x'"), Value::Char('x'));
    }

    #[test]
    fn reads_groups_and_comments() {
        let node = parse("// c\n#![enable(implicit_some)]\nA( /* x /* nested */ */ a: [1, 2,], b: Some(\"x\"), c: None, d: {\"k\": 1}, )")
            .unwrap_or_else(|e| panic!("{e:?}"));
        let Value::Struct { name, fields } = node.value else {
            panic!("not a struct")
        };
        assert_eq!(name.map(|n| n.text), Some("A".into()));
        let names: Vec<_> = fields.iter().map(|f| f.name.text.as_str()).collect();
        assert_eq!(names, ["a", "b", "c", "d"]);
        assert!(matches!(&fields[1].value.value, Value::Tuple { items, .. } if items.len() == 1));
        assert!(matches!(&fields[2].value.value, Value::Unit(i) if i.text == "None"));
    }

    #[test]
    fn points_at_mistakes() {
        // (text, offset of the mistake)
        for (text, at) in [
            ("A(a: 1 b: 2)", 7),
            ("A(a = 1)", 4),
            ("A(a: 5m)", 5),
            ("A(a: \"open)", 5),
            ("A(a: 1", 1),
            ("A(a: “x”)", 5),
            ("A(a: 'xy')", 5),
            ("A(a: \"\\q\")", 6),
            ("A() B()", 4),
            ("/* open", 0),
            ("", 0),
        ] {
            assert_eq!(error(text).span.start, at, "{text}");
        }
    }

    #[test]
    fn refuses_deep_nesting_without_recursing_far() {
        let deep = "[".repeat(100_000);
        let error = error(&deep);
        assert!(error.too_deep);
        assert_eq!(error.span.start, MAX_DEPTH);
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
    }
}
