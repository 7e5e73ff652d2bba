//! Changing a session file the way its author would: one value rewritten
//! in place, everything else (notes, layout, spacing) left as it was.

use super::node::{Field, Node, Value};
use super::parser::parse;

/// Why a file could not be changed.
#[derive(Debug, PartialEq, Eq)]
pub enum EditError {
    Unreadable,
    NoSuchStep(usize),
}

/// Said in the interface's language.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Unreadable => crate::t!("diag-edit-unreadable"),
            Self::NoSuchStep(step) => crate::t!("diag-edit-no-step", step = *step),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for EditError {}

/// The file's text with step `step` (from 0) playing `voice` as it starts:
/// an existing `voice` is replaced, or one is added after the step's last
/// field, on a line of its own.
pub fn set_step_voice(text: &str, step: usize, voice: &str) -> Result<String, EditError> {
    let root = parse(text).map_err(|_| EditError::Unreadable)?;
    let fields = struct_fields(&root).ok_or(EditError::Unreadable)?;
    let steps = fields
        .iter()
        .find(|f| f.name.text == "steps")
        .ok_or(EditError::Unreadable)?;
    let Value::List(items) = &steps.value.value else {
        return Err(EditError::Unreadable);
    };
    let target = items.get(step).ok_or(EditError::NoSuchStep(step))?;
    let step_fields = struct_fields(target).ok_or(EditError::Unreadable)?;
    let quoted = format!("\"{}\"", voice.replace('\\', "\\\\").replace('"', "\\\""));
    let mut edited = text.to_owned();
    if let Some(existing) = step_fields.iter().find(|f| f.name.text == "voice") {
        edited.replace_range(existing.value.span.start..existing.value.span.end, &quoted);
        return Ok(edited);
    }
    let Some(last) = step_fields.last() else {
        // `Step()` with nothing in it: write the field inside the brackets.
        let close = target.span.end.saturating_sub(1);
        edited.insert_str(close, &format!("voice: {quoted}"));
        return Ok(edited);
    };
    let line_start = text[..last.name.span.start].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = text[line_start..last.name.span.start]
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    let after_value = last.value.span.end;
    let rest = &text[after_value..];
    let comma = rest.len() - rest.trim_start().len();
    if rest.trim_start().starts_with(',') {
        let at = after_value + comma + 1;
        edited.insert_str(at, &format!("\n{indent}voice: {quoted},"));
    } else {
        edited.insert_str(after_value, &format!(",\n{indent}voice: {quoted}"));
    }
    Ok(edited)
}

fn struct_fields(node: &Node) -> Option<&[Field]> {
    match &node.value {
        Value::Struct { fields, .. } => Some(fields),
        _ => None,
    }
}
