//! A RON document as a tree of values that remember where they were written.
//!
//! The `ron` crate reads RON straight into Rust types and keeps no positions,
//! but an author needs every mistake pointed at its line and column, and
//! needs all of them at once. So session files are first read into this
//! tree, and the tree is then decoded field by field.

use super::span::Span;

/// A name written in the file: a field name or the name before a bracket.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub text: String,
    pub span: Span,
}

/// `name: value` inside a struct.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: Ident,
    pub value: Node,
}

/// One value and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Char(char),
    /// A bare name: `Fixed`, `OpenEnded`, `None`.
    Unit(Ident),
    /// `Name(field: value, ...)` or `(field: value, ...)`; also `Name()`.
    Struct {
        name: Option<Ident>,
        fields: Vec<Field>,
    },
    /// `Name(value, ...)` or `(value, ...)`, as in `Some("gong")`.
    Tuple {
        name: Option<Ident>,
        items: Vec<Node>,
    },
    /// `[value, ...]`
    List(Vec<Node>),
    /// `{ key: value, ... }`
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// What kind of value this is, for "expected ..., found ..." messages,
    /// in the interface's language.
    pub fn kind_name(&self) -> String {
        match self {
            Value::Bool(_) => crate::t!("diag-kind-bool"),
            Value::Int(_) => crate::t!("diag-kind-whole-number"),
            Value::Float(_) => crate::t!("diag-kind-number"),
            Value::Str(_) => crate::t!("diag-kind-text"),
            Value::Char(_) => crate::t!("diag-kind-char"),
            Value::Unit(ident) => crate::t!("diag-kind-name", name = ident.text.as_str()),
            Value::Struct { name: Some(n), .. } | Value::Tuple { name: Some(n), .. } => {
                format!("`{}(...)`", n.text)
            }
            Value::Struct { name: None, .. } | Value::Tuple { name: None, .. } => crate::t!("diag-kind-group"),
            Value::List(_) => crate::t!("diag-kind-list"),
            Value::Map(_) => crate::t!("diag-kind-map"),
        }
    }
}
