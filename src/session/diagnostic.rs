//! Problems found in a session file, each tied to where it was written.

use super::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The session cannot be played until this is fixed.
    Error,
    /// The session plays, but the author probably meant something else.
    Warning,
}

/// What kind of problem it is. Tests and tools match on this; people read
/// the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// The file could not be read from disk.
    Unreadable,
    /// The file is larger than a session file may be.
    TooLarge,
    /// Brackets nest deeper than the format needs.
    TooDeep,
    /// A mistake in the RON syntax.
    Syntax,
    /// The file is not a `Session(...)`, or a group has the wrong name.
    WrongStruct,
    UnknownField,
    MissingField,
    DuplicateField,
    WrongType,
    /// Two fields that cannot be used together, or none of a required pair.
    Conflict,
    BadDuration,
    UnknownSound,
    /// A word that is not one of the allowed ones (domain, lens, length).
    UnknownName,
    /// A value outside its allowed range (a volume above 1, 0 strikes, ...).
    OutOfRange,
    BadId,
    UnsupportedVersion,
    TooManySteps,
    TooManyBells,
    MissingAudio,
    UnreadableAudio,
    AudioOutsideFolder,
    DuplicateId,
    UnknownSession,
    IntervalNeverRings,
    ZeroLength,
    TooLong,
    NoFillStep,
    /// A fill step where the length does not allow one, or in the wrong place.
    MisplacedFill,
    /// The fixed steps of a flexible session leave no time to fill.
    NoRoomToFill,
    /// Warning: a voice clip runs past the end of its step.
    VoiceLongerThanStep,
    /// Warning: a step of a guided session has no guidance text.
    MissingGuidance,
    /// A timed cue outside its step.
    CueAfterEnd,
    /// Timed cues listed out of the order they come in.
    CuesOutOfOrder,
    /// Warning: more words in one cue than can be taken in at a glance.
    CueTooLong,
    /// Warning: a cue's words, spoken, run into the next cue or the end.
    CueRunsOver,
    /// A language version (`NAME.es.ron`) whose `language` is not the one
    /// its file name gives.
    VersionLanguage,
    /// A language version whose id is not the one of the files it sits
    /// beside under the same name.
    VersionId,
    /// A language version whose steps, lengths or bells differ from its
    /// original's.
    VersionDiffers,
    /// Text holding a control character (an escape sequence could retitle
    /// or rewrite a terminal, or hide words); line breaks and tabs are text.
    ControlCharacter,
}

impl Code {
    /// The short name shown in brackets after `error` or `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Code::Unreadable => "unreadable-file",
            Code::TooLarge => "file-too-large",
            Code::TooDeep => "too-deep",
            Code::Syntax => "syntax",
            Code::WrongStruct => "wrong-group",
            Code::UnknownField => "unknown-field",
            Code::MissingField => "missing-field",
            Code::DuplicateField => "duplicate-field",
            Code::WrongType => "wrong-type",
            Code::Conflict => "conflicting-fields",
            Code::BadDuration => "bad-duration",
            Code::UnknownSound => "unknown-sound",
            Code::UnknownName => "unknown-name",
            Code::OutOfRange => "out-of-range",
            Code::BadId => "bad-id",
            Code::UnsupportedVersion => "unsupported-version",
            Code::TooManySteps => "too-many-steps",
            Code::TooManyBells => "too-many-bells",
            Code::MissingAudio => "missing-audio",
            Code::UnreadableAudio => "unreadable-audio",
            Code::AudioOutsideFolder => "audio-outside-folder",
            Code::DuplicateId => "duplicate-id",
            Code::UnknownSession => "unknown-session",
            Code::IntervalNeverRings => "interval-never-rings",
            Code::ZeroLength => "zero-length",
            Code::TooLong => "too-long",
            Code::NoFillStep => "no-fill-step",
            Code::MisplacedFill => "misplaced-fill",
            Code::NoRoomToFill => "no-room-to-fill",
            Code::VoiceLongerThanStep => "voice-longer-than-step",
            Code::MissingGuidance => "missing-guidance",
            Code::CueAfterEnd => "cue-after-end",
            Code::CuesOutOfOrder => "cues-out-of-order",
            Code::CueTooLong => "cue-too-long",
            Code::CueRunsOver => "cue-runs-over",
            Code::VersionLanguage => "version-language",
            Code::VersionId => "version-id",
            Code::VersionDiffers => "version-differs",
            Code::ControlCharacter => "control-character",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Code::VoiceLongerThanStep | Code::MissingGuidance | Code::CueTooLong | Code::CueRunsOver => {
                Severity::Warning
            }
            _ => Severity::Error,
        }
    }
}

/// A secondary place in the same file that explains the problem.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One problem in one session file. Its words are in the interface's
/// language of the thread that found it (the file's own words, field
/// names and values stay as written); its code is the same in every one.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    /// Where the problem is; `None` for problems with the file as a whole.
    pub span: Option<Span>,
    /// A short text shown under the quoted line.
    pub label: String,
    pub secondary: Vec<Label>,
    /// Advice: what to write instead.
    pub help: Vec<String>,
    /// Facts that explain the problem, such as the other file with the same id.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            span: Some(span),
            label: String::new(),
            secondary: Vec::new(),
            help: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// A problem with the file as a whole, not a place in it.
    pub fn whole_file(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            span: None,
            label: String::new(),
            secondary: Vec::new(),
            help: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn also(mut self, span: Span, message: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}
