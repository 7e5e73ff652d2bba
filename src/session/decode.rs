//! From the node tree to the raw model: field names, value kinds, and each
//! value on its own. Every problem is collected; reading goes on past it.

use super::diagnostic::{Code, Diagnostic};
use super::duration::Duration;
use super::model::{self, SessionId, Volume};
use super::names::{self, BuiltinAmbient, BuiltinBell, Domain, Lens, Named};
use super::node::{Field, Node, Value};
use super::raw::*;
use super::span::{Span, Spanned};

const DURATION_EXAMPLES: &str = "write durations like \"90s\", \"5m\", \"1h 10m\" or \"2m 30s\"";

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
                format!("expected {expected}, found {}", node.value.kind_name()),
            )
            .label(format!("expected {expected}")),
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
                "Step" => "`Step(title: \"Resting\", duration: \"2m\")`",
                "Bell" => "`Bell(sound: \"gong\")`, or just `\"gong\"`",
                _ => "`name: value`",
            };
            self.report(
                Diagnostic::new(
                    Code::WrongType,
                    node.span,
                    format!("the values in `{struct_name}(...)` need their field names"),
                )
                .label("values without names")
                .help(format!("write each as `name: value`, like {example}")),
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
                    format!("expected `{struct_name}(...)`, found `{}(...)`", ident.text),
                )
                .label(format!("should be `{struct_name}`"))
                .help(format!(
                    "write `{struct_name}(` here, or leave the name out and write just `(`"
                )),
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
                    format!("unknown field `{name}` in `{struct_name}`"),
                )
                .label("unknown field");
                diagnostic = match names::suggest(name, allowed.iter().copied()) {
                    Some(suggestion) => {
                        misspelled.push(suggestion);
                        diagnostic.label(format!("did you mean `{suggestion}`?"))
                    }
                    None => diagnostic.help(format!("`{struct_name}` has the fields {}", list_names(allowed))),
                };
                self.report(diagnostic);
            } else if let Some(first) = known.iter().find(|f| f.name.text == name) {
                let first_span = first.name.span;
                self.report(
                    Diagnostic::new(
                        Code::DuplicateField,
                        field.name.span,
                        format!("the field `{name}` is given twice"),
                    )
                    .label("given again here")
                    .also(first_span, "first given here")
                    .help("keep one of them"),
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
                    format!("`{}` is missing the field `{name}`", fields.struct_name),
                )
                .label(format!("`{name}` is missing here"))
                .help(format!("add `{name}: {example},`")),
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
                    self.wrong_type(node, "`Some(value)` with one value");
                    None
                }
            }
            _ => Some(node),
        }
    }

    fn string(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Str(text) => Some(text.clone()),
            _ => {
                self.wrong_type(node, "text in double quotes");
                None
            }
        }
    }

    fn bool(&mut self, node: &Node) -> Option<bool> {
        match node.value {
            Value::Bool(value) => Some(value),
            _ => {
                self.wrong_type(node, "`true` or `false`");
                None
            }
        }
    }

    fn int(&mut self, node: &Node, range: std::ops::RangeInclusive<i64>, what: &str) -> Option<i64> {
        match node.value {
            Value::Int(value) if range.contains(&value) => Some(value),
            Value::Int(value) => {
                self.report(
                    Diagnostic::new(
                        Code::OutOfRange,
                        node.span,
                        format!("{what} must be from {} to {}, not {value}", range.start(), range.end()),
                    )
                    .label("out of range"),
                );
                None
            }
            _ => {
                self.wrong_type(node, "a whole number");
                None
            }
        }
    }

    fn volume(&mut self, node: &Node) -> Option<Volume> {
        let value = match node.value {
            Value::Int(value) => value as f64,
            Value::Float(value) => value,
            _ => {
                self.wrong_type(node, "a volume from 0.0 to 1.0");
                return None;
            }
        };
        let volume = Volume::new(value);
        if volume.is_none() {
            self.report(
                Diagnostic::new(
                    Code::OutOfRange,
                    node.span,
                    format!("a volume is from 0.0 to 1.0, not {value}"),
                )
                .label("out of range")
                .help("0.0 is silent and 1.0 is full volume; 0.5 is half"),
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
                            format!("cannot read \"{text}\" as a duration: {error}"),
                        )
                        .label("not a duration")
                        .help(DURATION_EXAMPLES),
                    );
                    None
                }
            },
            Value::Int(number) => {
                self.report(
                    Diagnostic::new(Code::WrongType, node.span, "a duration needs a unit, in quotes")
                        .label("a number without a unit")
                        .help(format!("write \"{number}s\" or \"{number}m\"; {DURATION_EXAMPLES}")),
                );
                None
            }
            _ => {
                self.wrong_type(node, "a duration in quotes, like \"5m\"");
                None
            }
        }
    }

    /// A word from a closed list, written as text (`"mindfulness"`) or as a
    /// bare name (`mindfulness`).
    fn word<T: Named>(&mut self, node: &Node, what: &str, code: Code) -> Option<T> {
        let text = match &node.value {
            Value::Str(text) => text.as_str(),
            Value::Unit(ident) => ident.text.as_str(),
            _ => {
                self.wrong_type(node, &format!("{what} in quotes"));
                return None;
            }
        };
        if let Some(value) = T::from_name(text) {
            return Some(value);
        }
        let mut diagnostic = Diagnostic::new(code, node.span, format!("there is no {what} called \"{text}\""))
            .label(format!("unknown {what}"));
        if let Some(suggestion) = names::suggest(text, T::names()) {
            diagnostic = diagnostic.label(format!("did you mean \"{suggestion}\"?"));
        }
        diagnostic = diagnostic.help(format!("use one of {}", T::listed()));
        if code == Code::UnknownSound && looks_like_path(text) {
            diagnostic = diagnostic.help(format!("for a file of your own, write `file: \"{text}\"`"));
        }
        self.report(diagnostic);
        None
    }

    /// A path to an audio file: relative, and staying in the session's folder.
    fn audio_path(&mut self, node: &Node) -> Option<Spanned<String>> {
        let path = self.string(node)?;
        let problem = if path.trim().is_empty() {
            Some("the path is empty")
        } else if path.starts_with('/') || path.starts_with('\\') || path.get(1..2) == Some(":") {
            Some("this path starts at the top of the disk")
        } else if path.split(['/', '\\']).any(|part| part == "..") {
            Some("this path climbs out of the session's folder")
        } else {
            None
        };
        if let Some(problem) = problem {
            self.report(
                Diagnostic::new(Code::AudioOutsideFolder, node.span, format!("{problem}: \"{path}\""))
                    .label("must stay inside the session's folder")
                    .help("put the audio file in the folder of the session file, or a folder inside it, and write the path from there, like \"voice/intro.ogg\""),
            );
            return None;
        }
        Some(Spanned::new(path, node.span))
    }

    /// `sound: "..."` or `file: "..."`, exactly one of them.
    fn sound<B: Named>(&mut self, fields: &Fields<'_>, what: &str, example_file: &str) -> Option<Spanned<RawSound<B>>> {
        let sound = self.optional(fields, "sound");
        let file = self.optional(fields, "file");
        match (sound, file) {
            (Some(sound), Some(file)) => {
                self.report(
                    Diagnostic::new(
                        Code::Conflict,
                        file.span,
                        format!("a {what} has a `sound` or a `file`, not both"),
                    )
                    .label("second sound")
                    .also(sound.span, "first sound")
                    .help("keep one of them"),
                );
                None
            }
            (Some(sound), None) => {
                let builtin = self.word::<B>(sound, &format!("built-in {what}"), Code::UnknownSound)?;
                Some(Spanned::new(RawSound::Builtin(builtin), sound.span))
            }
            (None, Some(file)) => {
                let path = self.audio_path(file)?;
                Some(Spanned::new(RawSound::File(path.value), path.span))
            }
            (None, None) if fields.misspelled.iter().any(|m| *m == "sound" || *m == "file") => None,
            (None, None) => {
                self.report(
                    Diagnostic::new(Code::MissingField, fields.head, format!("this {what} has no sound"))
                        .label("needs `sound` or `file`")
                        .help(format!(
                            "add `sound: \"{}\"` or `file: \"{example_file}\"`",
                            B::ALL.first().map_or("", |b| b.name())
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
            "tags",
            "length",
            "settle",
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
        let tags = match self.optional(&fields, "tags") {
            Some(node) => self
                .list(node, "a list of tags, like [\"breath\", \"short\"]")
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
        let ambient_node = self.optional(&fields, "ambient");
        let ambient = ambient_node.and_then(|n| self.ambient(n));
        let ambient_unknown = (ambient_node.is_some() && ambient.is_none()) || fields.misspelled.contains(&"ambient");
        let steps = self
            .required(&fields, "steps", "[Step(title: \"Settling\", duration: \"2m\")]")
            .and_then(|node| {
                let items = self.list(node, "a list of steps in square brackets")?;
                if items.len() > model::MAX_STEPS {
                    self.report(
                        Diagnostic::new(
                            Code::TooManySteps,
                            node.span,
                            format!(
                                "this session has {} steps; a session has at most {}",
                                items.len(),
                                model::MAX_STEPS
                            ),
                        )
                        .label("too many steps")
                        .help("split it into several sessions"),
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
            tags,
            length,
            settle,
            ambient,
            steps,
            ending,
        })
    }

    /// Finds and checks `format` before anything else is read.
    fn program(&mut self, node: &Node) -> Option<super::program::Program> {
        use super::program::{Module, Program};
        const FIELDS: &[&str] = &["format", "id", "title", "summary", "description", "author", "modules"];
        const MODULE_FIELDS: &[&str] = &["title", "weeks", "daily", "note", "sessions"];
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
            .and_then(|n| self.list(n, "a list of `Module(...)`"))
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
                let mut sessions = Vec::new();
                if let Some(ids) = self
                    .required(&module, "sessions", "[\"the-pause\"]")
                    .and_then(|n| self.list(n, "a list of session ids"))
                {
                    sessions.extend(ids.iter().filter_map(|n| self.id(n)));
                }
                if let Some(title) = title {
                    modules.push(Module {
                        title,
                        weeks,
                        daily: daily.map(|d| d.value),
                        note: super::check::normalize_guidance(&note),
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
                        format!("\"{text}\" is not a usable id: {problem}"),
                    )
                    .label("not a usable id")
                    .help("an id uses lowercase letters, digits and hyphens, like \"evening-body-scan\""),
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
                    format!("`{kind}` is missing the field `format`"),
                )
                .label("`format` is missing here")
                .help(format!("add `format: {},` as the first field", model::FORMAT_VERSION)),
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
                    format!("there is no format {version}; formats start at 1"),
                )
                .label("not a format version")
                .help(format!("write `format: {},`", model::FORMAT_VERSION)),
            );
            return None;
        }
        let version = self.int(&field.value, 1..=i64::MAX, "the format version")?;
        if version > model::FORMAT_VERSION {
            self.report(
                Diagnostic::new(
                    Code::UnsupportedVersion,
                    field.value.span,
                    format!(
                        "this {} is written in format {version}, but this Stillpoint reads format {} and older",
                        kind.to_lowercase(),
                        model::FORMAT_VERSION
                    ),
                )
                .label("newer than this Stillpoint")
                .help("update Stillpoint to play this session"),
            );
            return None;
        }
        Some(Spanned::new(version, field.value.span))
    }

    fn length(&mut self, node: &Node) -> Option<Spanned<RawLength>> {
        const EXPECTED: &str = "`Fixed`, `Flexible(min: \"5m\", max: \"30m\", default: \"10m\")` or `OpenEnded`";
        let (name, fields) = match &node.value {
            Value::Unit(ident) => (ident, None),
            Value::Struct { name: Some(ident), .. } | Value::Tuple { name: Some(ident), .. } => (ident, Some(node)),
            _ => {
                self.wrong_type(node, EXPECTED);
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
                    Diagnostic::new(Code::WrongType, node.span, format!("`{kind}` takes no values"))
                        .label(format!("write just `{kind}`"))
                        .help("a fixed session lasts as long as its steps; for a length the practitioner picks, write `Flexible(min: \"5m\", max: \"30m\", default: \"10m\")`"),
                );
                return None;
            }
            ("Flexible", None) => {
                self.report(
                    Diagnostic::new(
                        Code::MissingField,
                        name.span,
                        "`Flexible` needs its shortest, longest and default lengths",
                    )
                    .label("needs `(min: ..., max: ..., default: ...)`")
                    .help("write `Flexible(min: \"5m\", max: \"30m\", default: \"10m\")`"),
                );
                return None;
            }
            (text, _) => {
                let mut diagnostic = Diagnostic::new(
                    Code::UnknownName,
                    name.span,
                    format!("`{text}` is not a kind of length"),
                )
                .label("unknown length");
                if let Some(suggestion) = names::suggest(text, ["Fixed", "Flexible", "OpenEnded"]) {
                    diagnostic = diagnostic.label(format!("did you mean `{suggestion}`?"));
                }
                self.report(diagnostic.help(format!("a length is {EXPECTED}")));
                return None;
            }
        };
        Some(Spanned::new(length, node.span))
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
        let fill_value = self.optional(&fields, "fill").map(|node| (self.bool(node), node.span));
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
                    Diagnostic::new(Code::Conflict, duration.span, "a fill step has no duration of its own")
                        .label("leave this out")
                        .also(fill_span, "this step fills the session's length")
                        .help("remove `duration`, or remove `fill: true` to give the step a fixed length"),
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
                        "`Step` is missing the field `duration`",
                    )
                    .label("`duration` is missing here")
                    .help("add `duration: \"5m\",`, or `fill: true,` to let the step fill a flexible session"),
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
                .list(node, "a list of fades, like [Fade(to: 0.1, over: \"20s\")]")
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
        const EXPECTED: &str = "text in quotes, or a list of cues like [Cue(at: \"40s\", text: \"...\")]";
        match &node.value {
            Value::Str(text) => Some(flowing_cues(text, node.span)),
            Value::List(items) => {
                let mut cues = Vec::new();
                let mut readable = true;
                for item in items {
                    match &item.value {
                        Value::Str(text) => cues.extend(flowing_cues(text, item.span)),
                        _ => match self.cue(item) {
                            Some(cue) => cues.push(cue),
                            None => readable = false,
                        },
                    }
                }
                readable.then_some(cues)
            }
            _ => {
                self.wrong_type(node, EXPECTED);
                None
            }
        }
    }

    fn cue(&mut self, node: &Node) -> Option<RawCue> {
        let fields = self.open(node, "Cue", &["at", "text", "voice"])?;
        let at = match self.optional(&fields, "at") {
            Some(node) => Some(self.cue_time(node)?),
            None => None,
        };
        let text_node = self.required(&fields, "text", "\"Notice the breath.\"")?;
        let text = self.string(text_node)?;
        let text = super::cue::paragraphs(&text).join(" ");
        if text.is_empty() {
            self.report(
                Diagnostic::new(Code::MissingField, text_node.span, "this cue has no words")
                    .label("empty")
                    .help("write what the practitioner reads, or remove the cue"),
            );
            return None;
        }
        let voice = match self.optional(&fields, "voice") {
            Some(node) => Some(self.audio_path(node)?),
            None => None,
        };
        Some(RawCue {
            at,
            text: Spanned::new(text, text_node.span),
            voice,
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
            let builtin = self.word::<BuiltinBell>(node, "built-in bell", Code::UnknownSound)?;
            return Some(default_bell(builtin, node.span));
        }
        let fields = self.open(node, "Bell", &["sound", "file", "strikes", "spacing", "volume"])?;
        let sound = self.sound::<BuiltinBell>(&fields, "bell", "bells/temple.ogg");
        let strikes = self
            .optional(&fields, "strikes")
            .and_then(|n| self.int(n, 1..=model::MAX_STRIKES, "the number of strikes"))
            .map_or(1, |n| n as u8);
        let spacing = match self.optional(&fields, "spacing").and_then(|n| self.duration(n)) {
            Some(spacing) if spacing.value < model::MIN_STRIKE_SPACING => {
                self.report(
                    Diagnostic::new(
                        Code::OutOfRange,
                        spacing.span,
                        format!("strikes must be at least {} apart", model::MIN_STRIKE_SPACING),
                    )
                    .label("too close together"),
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
                    Diagnostic::new(
                        Code::MissingField,
                        fields.head,
                        "`Intervals` needs `every`, `count` or `at`",
                    )
                    .label("when should the bells ring?")
                    .help("add `every: \"5m\"`, `count: 3` or `at: [\"2m\", \"7m\"]`"),
                );
                None
            }
            [("every", node)] => self.duration(node).map(RawRule::Every),
            [("count", node)] => self
                .int(node, 0..=i64::from(u32::MAX), "the number of interval bells")
                .map(|count| RawRule::Count(Spanned::new(count as u32, node.span))),
            [("at", node)] => self
                .list(node, "a list of times, like [\"2m\", \"7m 30s\"]")
                .map(|items| {
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
                        format!(
                            "`Intervals` takes one of `every`, `count` or `at`; this one has `{first}` and `{second}`"
                        ),
                    )
                    .label("second rule")
                    .also(first_node.span, "first rule")
                    .help("keep one of them"),
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
        let sound = self.sound::<BuiltinAmbient>(&fields, "ambient bed", "ambient/creek.ogg");
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
    quoted.join(", ")
}
