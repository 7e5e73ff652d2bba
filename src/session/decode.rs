//! From the node tree to the raw model: field names, value kinds, and each
//! value on its own. Every problem is collected; reading goes on past it.

use super::diagnostic::{Code, Diagnostic};
use super::duration::Duration;
use super::model::{self, SessionId, Volume};
use super::names::{self, BuiltinAmbient, BuiltinBell, Domain, Lens, Named};
use super::node::{Field, Node, Value};
use super::raw::*;
use super::span::{Span, Spanned};
use crate::t;

/// Reads the raw model of a session out of its node tree, adding a
/// diagnostic for every problem. Returns `None` only when the file is not a
/// session at all, or is written for a newer format.
pub fn decode_session(node: &Node, diagnostics: &mut Vec<Diagnostic>) -> Option<RawSession> {
    Decoder { diagnostics }.session(node)
}

/// Reads a program out of its node tree, as [`decode_session`] does a
/// session. Session ids are checked against the library later.
pub fn decode_program(node: &Node, diagnostics: &mut Vec<Diagnostic>) -> Option<super::program::Program> {
    Decoder { diagnostics }.program(node)
}

struct Decoder<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
}

/// The fields of one `Name(...)` group, checked against the allowed names.
struct Fields<'n> {
    struct_name: &'static str,
    /// The group's name or opening bracket.
    head: Span,
    fields: Vec<&'n Field>,
    /// Known field names that an unknown field was probably meant to be;
    /// their absence is the same mistake and is not reported again.
    misspelled: Vec<&'static str>,
}

impl<'n> Fields<'n> {
    fn get(&self, name: &str) -> Option<&'n Node> {
        self.fields.iter().find(|f| f.name.text == name).map(|f| &f.value)
    }
}

impl Decoder<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn wrong_type(&mut self, node: &Node, expected: &str) {
        self.report(
            Diagnostic::new(
                Code::WrongType,
                node.span,
                t!("diag-wrong-type", expected = expected, found = node.value.kind_name()),
            )
            .label(t!("diag-expected", expected = expected)),
        );
    }

    /// Opens `Name(field: value, ...)` (the name may be left out), reporting
    /// unknown and repeated fields.
    fn open<'n>(&mut self, node: &'n Node, struct_name: &'static str, allowed: &[&'static str]) -> Option<Fields<'n>> {
        if let Value::Tuple { name, items } = &node.value
            && !items.is_empty()
            && name.as_ref().is_none_or(|n| n.text == struct_name)
        {
            let example = match struct_name {
                "Step" => "`Step(title: \"Resting\", duration: \"2m\")`".to_owned(),
                "Bell" => t!("diag-example-bell"),
                _ => "`name: value`".to_owned(),
            };
            self.report(
                Diagnostic::new(
                    Code::WrongType,
                    node.span,
                    t!("diag-values-without-names", group = struct_name),
                )
                .label(t!("diag-values-without-names-label"))
                .help(t!("diag-values-without-names-help", example = example)),
            );
            return None;
        }
        let (name, fields): (_, &[Field]) = match &node.value {
            Value::Struct { name, fields } => (name, fields),
            Value::Tuple { name, items } if items.is_empty() => (name, &[]),
            // `Fixed`-style bare names are not groups, but `Ending` alone
            // means a group with every field left at its default.
            Value::Unit(ident) if ident.text == struct_name => (&None, &[]),
            _ => {
                self.wrong_type(node, &format!("`{struct_name}(...)`"));
                return None;
            }
        };
        let head = match name {
            Some(ident) => ident.span,
            None => Span::new(node.span.start, node.span.start + 1),
        };
        if let Some(ident) = name
            && ident.text != struct_name
        {
            self.report(
                Diagnostic::new(
                    Code::WrongStruct,
                    ident.span,
                    t!("diag-wrong-group", expected = struct_name, found = ident.text.as_str()),
                )
                .label(t!("diag-wrong-group-label", expected = struct_name))
                .help(t!("diag-wrong-group-help", expected = struct_name)),
            );
        }
        let mut known: Vec<&Field> = Vec::new();
        let mut misspelled = Vec::new();
        for field in fields {
            let name = field.name.text.as_str();
            if !allowed.contains(&name) {
                let mut diagnostic = Diagnostic::new(
                    Code::UnknownField,
                    field.name.span,
                    t!("diag-unknown-field", field = name, group = struct_name),
                )
                .label(t!("diag-unknown-field-label"));
                diagnostic = match names::suggest(name, allowed.iter().copied()) {
                    Some(suggestion) => {
                        misspelled.push(suggestion);
                        diagnostic.label(t!("diag-did-you-mean-code", suggestion = suggestion))
                    }
                    None => diagnostic.help(t!(
                        "diag-group-fields",
                        group = struct_name,
                        fields = list_names(allowed)
                    )),
                };
                self.report(diagnostic);
            } else if let Some(first) = known.iter().find(|f| f.name.text == name) {
                let first_span = first.name.span;
                self.report(
                    Diagnostic::new(
                        Code::DuplicateField,
                        field.name.span,
                        t!("diag-duplicate-field", field = name),
                    )
                    .label(t!("diag-given-again"))
                    .also(first_span, t!("diag-first-given"))
                    .help(t!("diag-keep-one")),
                );
            } else {
                known.push(field);
            }
        }
        Some(Fields {
            struct_name,
            head,
            fields: known,
            misspelled,
        })
    }

    fn required<'n>(&mut self, fields: &Fields<'n>, name: &str, example: &str) -> Option<&'n Node> {
        let node = fields.get(name);
        if node.is_none() && !fields.misspelled.contains(&name) {
            self.report(
                Diagnostic::new(
                    Code::MissingField,
                    fields.head,
                    t!("diag-missing-field", group = fields.struct_name, field = name),
                )
                .label(t!("diag-missing-field-label", field = name))
                .help(t!("diag-missing-field-help", field = name, example = example)),
            );
        }
        node
    }

    /// An optional field: absent, `None`, `Some(value)` or just `value`.
    fn optional<'n>(&mut self, fields: &Fields<'n>, name: &str) -> Option<&'n Node> {
        let node = fields.get(name)?;
        match &node.value {
            Value::Unit(ident) if ident.text == "None" => None,
            Value::Tuple {
                name: Some(ident),
                items,
            } if ident.text == "Some" => {
                if let [inner] = items.as_slice() {
                    Some(inner)
                } else {
                    self.wrong_type(node, &t!("diag-expected-some"));
                    None
                }
            }
            _ => Some(node),
        }
    }

    fn string(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Str(text) => self.plain(text, node.span).then(|| text.clone()),
            _ => {
                self.wrong_type(node, &t!("diag-expected-text"));
                None
            }
        }
    }

    /// Whether `text` is free of control characters: an escape sequence
    /// from a session file would reach a practitioner's terminal, retitle
    /// it or hide words. Line breaks and tabs are text. Reports the first.
    fn plain(&mut self, text: &str, span: Span) -> bool {
        let Some(control) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        else {
            return true;
        };
        let shown = format!("U+{:04X}", u32::from(control));
        self.report(
            Diagnostic::new(Code::ControlCharacter, span, t!("diag-control-character", char = shown))
                .label(t!("diag-control-character-label"))
                .help(t!("diag-control-character-help")),
        );
        false
    }

    fn bool(&mut self, node: &Node) -> Option<bool> {
        match node.value {
            Value::Bool(value) => Some(value),
            _ => {
                self.wrong_type(node, &t!("diag-kind-bool"));
                None
            }
        }
    }

    /// A whole number in `range`. `what` names the value for the message:
    /// `strikes`, `interval-bells`, `weeks` or `format`.
    fn int(&mut self, node: &Node, range: std::ops::RangeInclusive<i64>, what: &'static str) -> Option<i64> {
        match node.value {
            Value::Int(value) if range.contains(&value) => Some(value),
            Value::Int(value) => {
                // As written, not as a locale writes numbers.
                let message = t!(
                    "diag-out-of-range",
                    what = what,
                    min = range.start().to_string(),
                    max = range.end().to_string(),
                    value = value.to_string()
                );
                self.report(Diagnostic::new(Code::OutOfRange, node.span, message).label(t!("diag-out-of-range-label")));
                None
            }
            _ => {
                self.wrong_type(node, &t!("diag-kind-whole-number"));
                None
            }
        }
    }

    fn volume(&mut self, node: &Node) -> Option<Volume> {
        let value = match node.value {
            Value::Int(value) => value as f64,
            Value::Float(value) => value,
            _ => {
                self.wrong_type(node, &t!("diag-expected-volume"));
                return None;
            }
        };
        let volume = Volume::new(value);
        if volume.is_none() {
            self.report(
                Diagnostic::new(
                    Code::OutOfRange,
                    node.span,
                    t!("diag-volume-range", value = value.to_string()),
                )
                .label(t!("diag-out-of-range-label"))
                .help(t!("diag-volume-help")),
            );
        }
        volume
    }

    fn duration(&mut self, node: &Node) -> Option<Spanned<Duration>> {
        match &node.value {
            Value::Str(text) => match Duration::parse(text) {
                Ok(duration) => Some(Spanned::new(duration, node.span)),
                Err(error) => {
                    self.report(
                        Diagnostic::new(
                            Code::BadDuration,
                            node.span,
                            t!("diag-bad-duration", text = text.as_str(), reason = error.to_string()),
                        )
                        .label(t!("diag-bad-duration-label"))
                        .help(t!("diag-duration-examples")),
                    );
                    None
                }
            },
            Value::Int(number) => {
                self.report(
                    Diagnostic::new(Code::WrongType, node.span, t!("diag-duration-needs-unit"))
                        .label(t!("diag-duration-needs-unit-label"))
                        .help(t!(
                            "diag-duration-needs-unit-help",
                            number = number.to_string(),
                            examples = t!("diag-duration-examples")
                        )),
                );
                None
            }
            _ => {
                self.wrong_type(node, &t!("diag-expected-duration"));
                None
            }
        }
    }

    /// A word from a closed list, written as text (`"mindfulness"`) or as a
    /// bare name (`mindfulness`). `kind` names the list for messages:
    /// `domain`, `lens`, `bell` or `ambient`.
    fn word<T: Named>(&mut self, node: &Node, kind: &'static str, code: Code) -> Option<T> {
        let text = match &node.value {
            Value::Str(text) => text.as_str(),
            Value::Unit(ident) => ident.text.as_str(),
            _ => {
                self.wrong_type(node, &t!("diag-expected-word", kind = kind));
                return None;
            }
        };
        if let Some(value) = T::from_name(text) {
            return Some(value);
        }
        let mut diagnostic = Diagnostic::new(code, node.span, t!("diag-unknown-word", kind = kind, text = text))
            .label(t!("diag-unknown-word-label", kind = kind));
        if let Some(suggestion) = names::suggest(text, T::names()) {
            diagnostic = diagnostic.label(t!("diag-did-you-mean-quoted", suggestion = suggestion));
        }
        diagnostic = diagnostic.help(t!("diag-use-one-of", names = T::listed()));
        if code == Code::UnknownSound && looks_like_path(text) {
            diagnostic = diagnostic.help(t!("diag-own-file-help", text = text));
        }
        self.report(diagnostic);
        None
    }

    /// A path to an audio file: relative, and staying in the session's folder.
    fn audio_path(&mut self, node: &Node) -> Option<Spanned<String>> {
        let path = self.string(node)?;
        let written = path.as_str();
        let problem = if path.trim().is_empty() {
            Some(t!("diag-path-empty", path = written))
        } else if path.starts_with('/') || path.starts_with('\\') || path.get(1..2) == Some(":") {
            Some(t!("diag-path-absolute", path = written))
        } else if path.split(['/', '\\']).any(|part| part == "..") {
            Some(t!("diag-path-climbs", path = written))
        } else {
            None
        };
        if let Some(problem) = problem {
            self.report(
                Diagnostic::new(Code::AudioOutsideFolder, node.span, problem)
                    .label(t!("diag-path-label"))
                    .help(t!("diag-path-help")),
            );
            return None;
        }
        Some(Spanned::new(path, node.span))
    }

    /// `sound: "..."` or `file: "..."`, exactly one of them. `kind` is
    /// `bell` or `ambient`, for messages.
    fn sound<B: Named>(
        &mut self,
        fields: &Fields<'_>,
        kind: &'static str,
        example_file: &str,
    ) -> Option<Spanned<RawSound<B>>> {
        let sound = self.optional(fields, "sound");
        let file = self.optional(fields, "file");
        match (sound, file) {
            (Some(sound), Some(file)) => {
                self.report(
                    Diagnostic::new(Code::Conflict, file.span, t!("diag-sound-and-file", kind = kind))
                        .label(t!("diag-second-sound"))
                        .also(sound.span, t!("diag-first-sound"))
                        .help(t!("diag-keep-one")),
                );
                None
            }
            (Some(sound), None) => {
                let builtin = self.word::<B>(sound, kind, Code::UnknownSound)?;
                Some(Spanned::new(RawSound::Builtin(builtin), sound.span))
            }
            (None, Some(file)) => {
                let path = self.audio_path(file)?;
                Some(Spanned::new(RawSound::File(path.value), path.span))
            }
            (None, None) if fields.misspelled.iter().any(|m| *m == "sound" || *m == "file") => None,
            (None, None) => {
                self.report(
                    Diagnostic::new(Code::MissingField, fields.head, t!("diag-no-sound", kind = kind))
                        .label(t!("diag-no-sound-label"))
                        .help(t!(
                            "diag-no-sound-help",
                            sound = B::ALL.first().map_or("", |b| b.name()),
                            file = example_file
                        )),
                );
                None
            }
        }
    }

    fn list<'n>(&mut self, node: &'n Node, expected: &str) -> Option<&'n [Node]> {
        match &node.value {
            Value::List(items) => Some(items),
            _ => {
                self.wrong_type(node, expected);
                None
            }
        }
    }

    fn session(&mut self, node: &Node) -> Option<RawSession> {
        const FIELDS: &[&str] = &[
            "format",
            "id",
            "title",
            "summary",
            "description",
            "author",
            "language",
            "domain",
            "lens",
            "practice",
            "tags",
            "length",
            "settle",
            "breath",
            "ambient",
            "steps",
            "ending",
        ];
        // The version decides how the rest is read: look at it first, and
        // read no further in a file made for a newer Stillpoint.
        let format = self.session_format(node, "Session")?;
        let fields = self.open(node, "Session", FIELDS)?;
        let id = self
            .required(&fields, "id", "\"my-session\"")
            .and_then(|node| self.id(node));
        let title = self
            .required(&fields, "title", "\"Evening body scan\"")
            .and_then(|n| self.string(n));
        let summary = self
            .required(&fields, "summary", "\"One line about the session\"")
            .and_then(|n| self.string(n));
        let description = self
            .optional(&fields, "description")
            .and_then(|n| self.string(n))
            .unwrap_or_default();
        let author = self
            .optional(&fields, "author")
            .and_then(|n| self.string(n))
            .unwrap_or_default();
        let language = self
            .optional(&fields, "language")
            .and_then(|n| self.string(n).map(|text| Spanned::new(text, n.span)));
        let domain = self
            .required(&fields, "domain", "\"mindfulness\"")
            .and_then(|n| self.word::<Domain>(n, "domain", Code::UnknownName));
        let lens = self
            .optional(&fields, "lens")
            .and_then(|n| self.word::<Lens>(n, "lens", Code::UnknownName));
        let practice = self
            .optional(&fields, "practice")
            .and_then(|n| self.word::<crate::practice::Practice>(n, "practice", Code::UnknownName));
        let tags = match self.optional(&fields, "tags") {
            Some(node) => self
                .list(node, &t!("diag-expected-tags"))
                .map(|items| items.iter().filter_map(|item| self.string(item)).collect())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let length = match self.optional(&fields, "length") {
            Some(node) => self.length(node),
            // A misspelled `length` leaves the length unknown, not fixed.
            None if fields.misspelled.contains(&"length") => None,
            None => Some(Spanned::new(RawLength::Fixed, fields.head)),
        };
        let settle = self.optional(&fields, "settle").and_then(|n| self.duration(n));
        let breath = self.optional(&fields, "breath").and_then(|n| self.duration(n));
        let ambient_node = self.optional(&fields, "ambient");
        let ambient = ambient_node.and_then(|n| self.ambient(n));
        let ambient_unknown = (ambient_node.is_some() && ambient.is_none()) || fields.misspelled.contains(&"ambient");
        let steps = self
            .required(&fields, "steps", "[Step(title: \"Settling\", duration: \"2m\")]")
            .and_then(|node| {
                let items = self.list(node, &t!("diag-expected-steps"))?;
                if items.len() > model::MAX_STEPS {
                    self.report(
                        Diagnostic::new(
                            Code::TooManySteps,
                            node.span,
                            t!("diag-too-many-steps", count = items.len(), most = model::MAX_STEPS),
                        )
                        .label(t!("diag-too-many-steps-label"))
                        .help(t!("diag-split-session")),
                    );
                    return None;
                }
                let steps: Vec<RawStep> = items.iter().filter_map(|item| self.step(item)).collect();
                Some(Spanned::new(steps, node.span))
            });
        let ending = match self.optional(&fields, "ending") {
            Some(node) => self.ending(node),
            // `ending: None`: no closing bell, no reflection.
            None if fields.get("ending").is_some() => RawEnding {
                bell: None,
                reflection: None,
            },
            None => RawEnding {
                bell: Some(default_bell(BuiltinBell::SingingBowl, fields.head)),
                reflection: None,
            },
        };
        Some(RawSession {
            head: fields.head,
            ambient_unknown,
            format: Some(format),
            id,
            title,
            summary,
            description,
            author,
            language,
            domain,
            lens,
            practice,
            tags,
            length,
            settle,
            breath,
            ambient,
            steps,
            ending,
        })
    }

    /// Finds and checks `format` before anything else is read.
    fn program(&mut self, node: &Node) -> Option<super::program::Program> {
        use super::program::{Module, Program};
        const FIELDS: &[&str] = &["format", "id", "title", "summary", "description", "author", "modules"];
        const MODULE_FIELDS: &[&str] = &[
            "title",
            "weeks",
            "daily",
            "note",
            "prompts",
            "call",
            "call_prompt",
            "sessions",
        ];
        self.session_format(node, "Program")?;
        let fields = self.open(node, "Program", FIELDS)?;
        let id = self
            .required(&fields, "id", "\"my-program\"")
            .and_then(|node| self.id(node));
        let title = self
            .required(&fields, "title", "\"The first cycle\"")
            .and_then(|n| self.string(n));
        let summary = self
            .required(&fields, "summary", "\"One line about the program\"")
            .and_then(|n| self.string(n));
        let description = self
            .optional(&fields, "description")
            .and_then(|n| self.string(n))
            .unwrap_or_default();
        let author = self
            .optional(&fields, "author")
            .and_then(|n| self.string(n))
            .unwrap_or_default();
        let mut modules = Vec::new();
        if let Some(list) = self
            .required(
                &fields,
                "modules",
                "[Module(title: \"Arriving\", sessions: [\"the-pause\"])]",
            )
            .and_then(|n| self.list(n, &t!("diag-expected-modules")))
        {
            for item in list {
                let Some(module) = self.open(item, "Module", MODULE_FIELDS) else {
                    continue;
                };
                let title = self
                    .required(&module, "title", "\"Arriving\"")
                    .and_then(|n| self.string(n));
                let weeks = self
                    .optional(&module, "weeks")
                    .and_then(|n| self.int(n, 1..=104, "weeks"))
                    .map(|w| w as u32);
                let daily = self.optional(&module, "daily").and_then(|n| self.duration(n));
                let note = self
                    .optional(&module, "note")
                    .and_then(|n| self.string(n))
                    .unwrap_or_default();
                let prompts: Vec<String> = match self.optional(&module, "prompts") {
                    Some(node) => self
                        .list(node, &t!("diag-expected-prompts"))
                        .map(|items| {
                            items
                                .iter()
                                .filter_map(|item| self.string(item))
                                .map(|text| super::check::normalize_guidance(&text))
                                .collect()
                        })
                        .unwrap_or_default(),
                    None => Vec::new(),
                };
                let call = self.optional(&module, "call").and_then(|n| self.id(n));
                let call_prompt = self
                    .optional(&module, "call_prompt")
                    .and_then(|n| self.string(n))
                    .map(|text| super::check::normalize_guidance(&text))
                    .filter(|text| !text.is_empty());
                let mut sessions = Vec::new();
                if let Some(ids) = self
                    .required(&module, "sessions", "[\"the-pause\"]")
                    .and_then(|n| self.list(n, &t!("diag-expected-session-ids")))
                {
                    sessions.extend(ids.iter().filter_map(|n| self.id(n)));
                }
                if let Some(title) = title {
                    modules.push(Module {
                        title,
                        weeks,
                        daily: daily.map(|d| d.value),
                        note: super::check::normalize_guidance(&note),
                        prompts,
                        call,
                        call_prompt,
                        sessions,
                    });
                }
            }
        }
        Some(Program {
            id: id?.value,
            title: title?,
            summary: summary?,
            description: super::check::normalize_guidance(&description),
            author,
            modules,
        })
    }

    /// A session or program id in quotes.
    fn id(&mut self, node: &Node) -> Option<Spanned<SessionId>> {
        let text = self.string(node)?;
        match SessionId::parse(&text) {
            Ok(id) => Some(Spanned::new(id, node.span)),
            Err(problem) => {
                self.report(
                    Diagnostic::new(
                        Code::BadId,
                        node.span,
                        t!("diag-bad-id", text = text.as_str(), problem = problem.to_string()),
                    )
                    .label(t!("diag-bad-id-label"))
                    .help(t!("diag-bad-id-help")),
                );
                None
            }
        }
    }

    fn session_format(&mut self, node: &Node, kind: &str) -> Option<Spanned<i64>> {
        let Value::Struct { fields, .. } = &node.value else {
            self.wrong_type(node, &format!("`{kind}(...)`"));
            return None;
        };
        let Some(field) = fields.iter().find(|f| f.name.text == "format") else {
            let head = match &node.value {
                Value::Struct { name: Some(ident), .. } => ident.span,
                _ => Span::new(node.span.start, node.span.start + 1),
            };
            self.report(
                Diagnostic::new(
                    Code::MissingField,
                    head,
                    t!("diag-missing-field", group = kind, field = "format"),
                )
                .label(t!("diag-missing-field-label", field = "format"))
                .help(t!(
                    "diag-format-first-help",
                    version = model::FORMAT_VERSION.to_string()
                )),
            );
            // Read on as the current version, to report everything else too.
            return Some(Spanned::new(model::FORMAT_VERSION, head));
        };
        if let Value::Int(version) = field.value.value
            && version < 1
        {
            self.report(
                Diagnostic::new(
                    Code::OutOfRange,
                    field.value.span,
                    t!("diag-format-zero", version = version.to_string()),
                )
                .label(t!("diag-format-zero-label"))
                .help(t!("diag-write-format", version = model::FORMAT_VERSION.to_string())),
            );
            return None;
        }
        let version = self.int(&field.value, 1..=i64::MAX, "format")?;
        if version > model::FORMAT_VERSION {
            let message = t!(
                "diag-format-newer",
                kind = kind.to_lowercase(),
                version = version.to_string(),
                current = model::FORMAT_VERSION.to_string()
            );
            self.report(
                Diagnostic::new(Code::UnsupportedVersion, field.value.span, message)
                    .label(t!("diag-format-newer-label"))
                    .help(t!("diag-format-newer-help")),
            );
            return None;
        }
        Some(Spanned::new(version, field.value.span))
    }

    fn length(&mut self, node: &Node) -> Option<Spanned<RawLength>> {
        let (name, fields) = match &node.value {
            Value::Unit(ident) => (ident, None),
            Value::Struct { name: Some(ident), .. } | Value::Tuple { name: Some(ident), .. } => (ident, Some(node)),
            _ => {
                self.wrong_type(node, &t!("diag-expected-length"));
                return None;
            }
        };
        let length = match (name.text.as_str(), fields) {
            ("Fixed", None) => RawLength::Fixed,
            ("OpenEnded", None) => RawLength::OpenEnded,
            ("Flexible", Some(node)) => {
                let fields = self.open(node, "Flexible", &["min", "max", "default"])?;
                let bound = |this: &mut Self, name: &str, example: &str| {
                    this.required(&fields, name, example).and_then(|n| this.duration(n))
                };
                let min = bound(self, "min", "\"5m\"");
                let max = bound(self, "max", "\"30m\"");
                let default = bound(self, "default", "\"10m\"");
                RawLength::Flexible { min, max, default }
            }
            (kind @ ("Fixed" | "OpenEnded"), Some(node)) => {
                self.report(
                    Diagnostic::new(
                        Code::WrongType,
                        node.span,
                        t!("diag-length-takes-no-values", kind = kind),
                    )
                    .label(t!("diag-length-write-just", kind = kind))
                    .help(t!("diag-length-fixed-help")),
                );
                return None;
            }
            ("Flexible", None) => {
                self.report(
                    Diagnostic::new(Code::MissingField, name.span, t!("diag-flexible-needs-bounds"))
                        .label(t!("diag-flexible-needs-bounds-label"))
                        .help(t!("diag-flexible-needs-bounds-help")),
                );
                return None;
            }
            (text, _) => {
                let mut diagnostic =
                    Diagnostic::new(Code::UnknownName, name.span, t!("diag-unknown-length", text = text))
                        .label(t!("diag-unknown-length-label"));
                if let Some(suggestion) = names::suggest(text, ["Fixed", "Flexible", "OpenEnded"]) {
                    diagnostic = diagnostic.label(t!("diag-did-you-mean-code", suggestion = suggestion));
                }
                self.report(diagnostic.help(t!("diag-length-kinds")));
                return None;
            }
        };
        Some(Spanned::new(length, node.span))
    }

    /// `Between(min: "10m", max: "30m")`, either bound left out for none.
    fn fill_range(&mut self, node: &Node) -> Option<RawFillRange> {
        let fields = self.open(node, "Between", &["min", "max"])?;
        let min = self.optional(&fields, "min").and_then(|n| self.duration(n));
        let max = self.optional(&fields, "max").and_then(|n| self.duration(n));
        let unread = |name: &str, value: &Option<Spanned<Duration>>| fields.get(name).is_some() && value.is_none();
        if unread("min", &min) || unread("max", &max) {
            return None;
        }
        Some(RawFillRange {
            span: node.span,
            min,
            max,
        })
    }

    fn step(&mut self, node: &Node) -> Option<RawStep> {
        const FIELDS: &[&str] = &[
            "title",
            "duration",
            "fill",
            "guidance",
            "voice",
            "start_bell",
            "end_bell",
            "interval_bells",
            "ambient",
        ];
        let fields = self.open(node, "Step", FIELDS)?;
        let title = self
            .required(&fields, "title", "\"Settling\"")
            .and_then(|n| self.string(n));
        let mut fill_range = None;
        let fill_value = self.optional(&fields, "fill").map(|node| match &node.value {
            Value::Bool(_) => (self.bool(node), node.span),
            Value::Struct { .. } | Value::Tuple { .. } | Value::Unit(_) => {
                fill_range = self.fill_range(node);
                (fill_range.as_ref().map(|_| true), node.span)
            }
            _ => {
                self.wrong_type(node, &t!("diag-kind-fill"));
                (None, node.span)
            }
        });
        let fill = match fill_value {
            Some((Some(true), span)) => Some(span),
            _ => None,
        };
        // When `fill` could not be read, whether a duration is missing is
        // unknown too.
        let fill_unknown = matches!(fill_value, Some((None, _))) || fields.misspelled.contains(&"fill");
        let duration = match (fill, fields.get("duration")) {
            (Some(fill_span), Some(duration)) => {
                self.report(
                    Diagnostic::new(Code::Conflict, duration.span, t!("diag-fill-with-duration"))
                        .label(t!("diag-fill-with-duration-label"))
                        .also(fill_span, t!("diag-fill-with-duration-fill"))
                        .help(t!("diag-fill-with-duration-help")),
                );
                None
            }
            (Some(_), None) => None,
            (None, Some(_)) => self.optional(&fields, "duration").and_then(|n| self.duration(n)),
            (None, None) if fill_unknown || fields.misspelled.contains(&"duration") => None,
            (None, None) => {
                self.report(
                    Diagnostic::new(
                        Code::MissingField,
                        fields.head,
                        t!("diag-missing-field", group = "Step", field = "duration"),
                    )
                    .label(t!("diag-missing-field-label", field = "duration"))
                    .help(t!("diag-step-duration-help")),
                );
                None
            }
        };
        let guidance_node = self.optional(&fields, "guidance");
        let cues = guidance_node.and_then(|n| self.guidance(n));
        let guidance_unknown = (guidance_node.is_some() && cues.is_none()) || fields.misspelled.contains(&"guidance");
        let cues = cues.unwrap_or_default();
        let voice = self.optional(&fields, "voice").and_then(|n| self.audio_path(n));
        let start_bell = self.optional(&fields, "start_bell").and_then(|n| self.bell(n));
        let end_bell = self.optional(&fields, "end_bell").and_then(|n| self.bell(n));
        let intervals = self.optional(&fields, "interval_bells").and_then(|n| self.intervals(n));
        let fades = match self.optional(&fields, "ambient") {
            Some(node) => self
                .list(node, &t!("diag-expected-fades"))
                .map(|items| items.iter().filter_map(|item| self.fade(item)).collect())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        Some(RawStep {
            span: node.span,
            head: fields.head,
            title,
            duration,
            fill,
            fill_range,
            cues,
            guidance_unknown,
            voice,
            start_bell,
            end_bell,
            intervals,
            fades,
        })
    }

    /// A step's guidance: a text, whose paragraphs are untimed cues, or a
    /// list of texts and `Cue(...)`s. `None` when it cannot be read.
    fn guidance(&mut self, node: &Node) -> Option<Vec<RawCue>> {
        match &node.value {
            Value::Str(text) => self.plain(text, node.span).then(|| flowing_cues(text, node.span)),
            Value::List(items) => {
                let mut cues = Vec::new();
                let mut readable = true;
                for item in items {
                    match &item.value {
                        Value::Str(text) if self.plain(text, item.span) => cues.extend(flowing_cues(text, item.span)),
                        Value::Str(_) => readable = false,
                        _ => match self.cue(item) {
                            Some(cue) => cues.push(cue),
                            None => readable = false,
                        },
                    }
                }
                readable.then_some(cues)
            }
            _ => {
                self.wrong_type(node, &t!("diag-expected-guidance"));
                None
            }
        }
    }

    fn cue(&mut self, node: &Node) -> Option<RawCue> {
        let fields = self.open(node, "Cue", &["at", "text", "voice", "module_question"])?;
        let at = match self.optional(&fields, "at") {
            Some(node) => Some(self.cue_time(node)?),
            None => None,
        };
        let text_node = self.required(&fields, "text", "\"Notice the breath.\"")?;
        let text = self.string(text_node)?;
        let text = super::cue::paragraphs(&text).join(" ");
        if text.is_empty() {
            self.report(
                Diagnostic::new(Code::MissingField, text_node.span, t!("diag-cue-empty"))
                    .label(t!("diag-cue-empty-label"))
                    .help(t!("diag-cue-empty-help")),
            );
            return None;
        }
        let voice = match self.optional(&fields, "voice") {
            Some(node) => Some(self.audio_path(node)?),
            None => None,
        };
        let module_question = match self.optional(&fields, "module_question") {
            Some(node) => self.bool(node)?,
            None => false,
        };
        Some(RawCue {
            at,
            text: Spanned::new(text, text_node.span),
            voice,
            module_question,
        })
    }

    /// `"40s"` from the step's start, or `"-30s"` back from its end.
    fn cue_time(&mut self, node: &Node) -> Option<Spanned<RawCueTime>> {
        if let Value::Str(text) = &node.value
            && let Some(rest) = text.trim_start().strip_prefix('-')
        {
            let inner = Node {
                value: Value::Str(rest.to_owned()),
                span: node.span,
            };
            let before = self.duration(&inner)?;
            return Some(Spanned::new(RawCueTime::FromEnd(before.value), node.span));
        }
        let at = self.duration(node)?;
        Some(Spanned::new(RawCueTime::FromStart(at.value), node.span))
    }

    fn bell(&mut self, node: &Node) -> Option<RawBell> {
        if let Value::Str(_) | Value::Unit(_) = node.value {
            let builtin = self.word::<BuiltinBell>(node, "bell", Code::UnknownSound)?;
            return Some(default_bell(builtin, node.span));
        }
        let fields = self.open(node, "Bell", &["sound", "file", "strikes", "spacing", "volume"])?;
        let sound = self.sound::<BuiltinBell>(&fields, "bell", "bells/temple.ogg");
        let strikes = self
            .optional(&fields, "strikes")
            .and_then(|n| self.int(n, 1..=model::MAX_STRIKES, "strikes"))
            .map_or(1, |n| n as u8);
        let spacing = match self.optional(&fields, "spacing").and_then(|n| self.duration(n)) {
            Some(spacing) if spacing.value < model::MIN_STRIKE_SPACING => {
                self.report(
                    Diagnostic::new(
                        Code::OutOfRange,
                        spacing.span,
                        t!(
                            "diag-strikes-too-close",
                            spacing = model::MIN_STRIKE_SPACING.to_string()
                        ),
                    )
                    .label(t!("diag-strikes-too-close-label")),
                );
                model::MIN_STRIKE_SPACING
            }
            Some(spacing) => spacing.value,
            None => Duration::from_secs(5),
        };
        let volume = self
            .optional(&fields, "volume")
            .and_then(|n| self.volume(n))
            .unwrap_or(Volume::FULL);
        Some(RawBell {
            span: node.span,
            sound,
            strikes,
            spacing,
            volume,
        })
    }

    fn intervals(&mut self, node: &Node) -> Option<RawIntervals> {
        let fields = self.open(node, "Intervals", &["every", "count", "at", "bell"])?;
        let given: Vec<(&str, &Node)> = ["every", "count", "at"]
            .into_iter()
            .filter_map(|name| fields.get(name).map(|node| (name, node)))
            .collect();
        let rule = match given.as_slice() {
            [] if fields.misspelled.iter().any(|m| ["every", "count", "at"].contains(m)) => None,
            [] => {
                self.report(
                    Diagnostic::new(Code::MissingField, fields.head, t!("diag-intervals-need-rule"))
                        .label(t!("diag-intervals-need-rule-label"))
                        .help(t!("diag-intervals-need-rule-help")),
                );
                None
            }
            [("every", node)] => self.duration(node).map(RawRule::Every),
            [("count", node)] => self
                .int(node, 0..=i64::from(u32::MAX), "interval-bells")
                .map(|count| RawRule::Count(Spanned::new(count as u32, node.span))),
            [("at", node)] => self.list(node, &t!("diag-expected-times")).map(|items| {
                RawRule::At(Spanned::new(
                    items.iter().filter_map(|item| self.duration(item)).collect(),
                    node.span,
                ))
            }),
            [(first, first_node), (second, second_node), ..] => {
                self.report(
                    Diagnostic::new(
                        Code::Conflict,
                        second_node.span,
                        t!("diag-intervals-two-rules", first = *first, second = *second),
                    )
                    .label(t!("diag-intervals-second-rule"))
                    .also(first_node.span, t!("diag-intervals-first-rule"))
                    .help(t!("diag-keep-one")),
                );
                None
            }
            [(_, _)] => None,
        };
        let bell = match self.optional(&fields, "bell") {
            Some(node) => self.bell(node),
            None => Some(default_bell(BuiltinBell::SmallBell, fields.head)),
        };
        Some(RawIntervals {
            span: node.span,
            rule,
            bell,
        })
    }

    fn fade(&mut self, node: &Node) -> Option<RawFade> {
        let fields = self.open(node, "Fade", &["at", "to", "over"])?;
        let at = match self.optional(&fields, "at") {
            Some(node) => self.duration(node)?,
            None => Spanned::new(Duration::ZERO, fields.head),
        };
        let to = self.required(&fields, "to", "0.2").and_then(|n| self.volume(n));
        let over = self
            .optional(&fields, "over")
            .and_then(|n| self.duration(n))
            .map_or(Duration::from_secs(5), |d| d.value);
        Some(RawFade {
            span: node.span,
            at,
            to,
            over,
        })
    }

    fn ambient(&mut self, node: &Node) -> Option<RawAmbient> {
        let fields = self.open(
            node,
            "Ambient",
            &["sound", "file", "volume", "fade_in", "fade_out", "looping"],
        )?;
        let sound = self.sound::<BuiltinAmbient>(&fields, "ambient", "ambient/creek.ogg");
        let volume = self.optional(&fields, "volume").and_then(|n| self.volume(n));
        let fade = |this: &mut Self, name: &str| {
            this.optional(&fields, name)
                .and_then(|n| this.duration(n))
                .map_or(Duration::from_secs(5), |d| d.value)
        };
        let fade_in = fade(self, "fade_in");
        let fade_out = fade(self, "fade_out");
        let looping = self
            .optional(&fields, "looping")
            .and_then(|n| self.bool(n))
            .unwrap_or(true);
        Some(RawAmbient {
            span: node.span,
            sound,
            volume: volume.or(Volume::new(0.3)).unwrap_or(Volume::FULL),
            fade_in,
            fade_out,
            looping,
        })
    }

    fn ending(&mut self, node: &Node) -> RawEnding {
        let Some(fields) = self.open(node, "Ending", &["bell", "reflection"]) else {
            return RawEnding {
                bell: None,
                reflection: None,
            };
        };
        let bell = match fields.get("bell") {
            Some(_) => self.optional(&fields, "bell").and_then(|n| self.bell(n)),
            None => Some(default_bell(BuiltinBell::SingingBowl, fields.head)),
        };
        let reflection = self.optional(&fields, "reflection").and_then(|n| self.string(n));
        RawEnding { bell, reflection }
    }
}

fn default_bell(sound: BuiltinBell, span: Span) -> RawBell {
    RawBell {
        span,
        sound: Some(Spanned::new(RawSound::Builtin(sound), span)),
        strikes: 1,
        spacing: Duration::from_secs(5),
        volume: Volume::FULL,
    }
}

/// The paragraphs of a guidance text as untimed cues, each pointing at
/// where its first word was written when the text's place in the file can
/// be told (a plain string without escapes), else at the whole string.
fn flowing_cues(text: &str, span: Span) -> Vec<RawCue> {
    let plain = span.end.saturating_sub(span.start) == text.len() + 2;
    super::cue::paragraphs_at(text)
        .into_iter()
        .map(|(paragraph, offset)| {
            let at = if plain {
                let start = span.start + 1 + offset;
                Span::new(start, start + paragraph.split_whitespace().next().map_or(1, str::len))
            } else {
                span
            };
            RawCue {
                at: None,
                text: Spanned::new(paragraph, at),
                voice: None,
                module_question: false,
            }
        })
        .collect()
}

fn looks_like_path(text: &str) -> bool {
    text.contains('/')
        || [".wav", ".ogg", ".flac", ".mp3"]
            .iter()
            .any(|ext| text.to_lowercase().ends_with(ext))
}

fn list_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(&t!("diag-list-separator"))
}
