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
    /// What kind of value this is, for "expected ..., found ..." messages.
    pub fn kind_name(&self) -> String {
        match self {
            Value::Bool(_) => "`true` or `false`".into(),
            Value::Int(_) => "a whole number".into(),
            Value::Float(_) => "a number".into(),
            Value::Str(_) => "text in quotes".into(),
            Value::Char(_) => "a single character in single quotes".into(),
            Value::Unit(ident) => format!("the name `{}`", ident.text),
            Value::Struct { name: Some(n), .. } | Value::Tuple { name: Some(n), .. } => {
                format!("`{}(...)`", n.text)
            }
            Value::Struct { name: None, .. } | Value::Tuple { name: None, .. } => "a group in round brackets".into(),
            Value::List(_) => "a list in square brackets".into(),
            Value::Map(_) => "a map in curly brackets".into(),
        }
    }
}
