//! The one error type of this crate, and the warnings a reader or writer returns as data.
//!
//! An [`Error`] is fatal: the file cannot be read on (broken XML, a `<tuv>` without `<seg>`, a truncated
//! file, an entity declaration). A [`Warning`] is not: the reader repaired or tolerated something (a
//! deprecated `lang` attribute, `EN_US`, a control character) and went on. Warnings whose
//! [`WarningKind::is_violation`] is true break the TMX 1.4b rules, so `steppe tmx validate` fails on them.

use serde::Serialize;
use std::fmt;
use std::path::PathBuf;

/// What went wrong, so a caller can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing failed (missing file, full disk).
    Io,
    /// The bytes are not valid UTF-8 (or UTF-16 with a BOM).
    Encoding,
    /// The XML is malformed: mismatched or unclosed tags, bad attributes, stray markup.
    Syntax,
    /// The file ends before the document does.
    Truncated,
    /// Well-formed XML that is not a TMX document we can read: no `<header>`, a `<tuv>` without `<seg>`.
    Structure,
    /// A DOCTYPE declares entities (an "entity bomb" risk), or the text uses an undefined entity.
    Entity,
    /// A TSV or CSV file could not be read.
    Table,
}

/// A fatal error, with the file and the position (1-based line and column, 0-based byte offset) where
/// it was found. Line 0 means "no position" (an I/O error before reading began).
#[derive(Debug, thiserror::Error)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    path: Option<PathBuf>,
    line: u64,
    column: u64,
    offset: u64,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    /// An error of `kind` at a position.
    pub(crate) fn at(kind: ErrorKind, pos: Position, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            path: None,
            line: pos.line,
            column: pos.column,
            offset: pos.offset,
            source: None,
        }
    }

    /// An I/O error with no position.
    pub(crate) fn io(err: std::io::Error) -> Self {
        Error {
            kind: ErrorKind::Io,
            message: err.to_string(),
            path: None,
            line: 0,
            column: 0,
            offset: 0,
            source: Some(Box::new(err)),
        }
    }

    /// Attaches the file this error came from.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The kind of this error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message without the file and position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The file, when known.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// 1-based line (0 when unknown).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// 1-based column in characters (0 when unknown).
    pub fn column(&self) -> u64 {
        self.column
    }

    /// 0-based byte offset in the (UTF-8) input.
    pub fn offset(&self) -> u64 {
        self.offset
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}: ", path.display())?;
        }
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        f.write_str(&self.message)
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::io(err)
    }
}

/// A place in the input: 1-based line and column (in characters), 0-based byte offset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: u64,
    /// 1-based column, in characters.
    pub column: u64,
    /// 0-based byte offset.
    pub offset: u64,
}

/// What a [`Warning`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[non_exhaustive]
pub enum WarningKind {
    /// The deprecated `lang` attribute stands where TMX 1.4 requires `xml:lang`.
    DeprecatedLang,
    /// A `<tuv>` has no language at all.
    MissingLang,
    /// A language code was not BCP 47 (`EN_US`) and was normalised (`en-US`).
    LangNormalised,
    /// A language code is not well-formed BCP 47 even after normalising.
    InvalidLang,
    /// The header lacks a required attribute.
    MissingHeaderAttr,
    /// `segtype` is not one of block, paragraph, sentence, phrase.
    InvalidSegtype,
    /// A date is not `YYYYMMDDThhmmssZ`.
    InvalidDate,
    /// A character XML 1.0 forbids (a C0 control, U+FFFE, U+FFFF) was removed: the input was not
    /// well-formed XML 1.0, or (writing) the model held it.
    ControlChar,
    /// `<note>`/`<prop>` after a `<tuv>` (or after `<seg>`): the DTD orders them first.
    Order,
    /// An element TMX 1.4b does not define here; it was skipped.
    UnknownElement,
    /// An inline element where the DTD does not allow it, or without a required attribute.
    InlineMarkup,
    /// Text where only elements are allowed.
    StrayText,
    /// A `<tu>` without any `<tuv>`.
    NoVariants,
    /// A `<tuv>` with more than one `<seg>`; the first is kept.
    ExtraSeg,
    /// The header's srclang is not among a unit's languages.
    SrclangMissing,
    /// Two units share a `tuid`.
    DuplicateTuid,
    /// `<tmx version>` is not 1.4 (the DTD fixes it); the file is read as 1.4.
    Version,
    /// Something read but not kept (`<ude>` character maps), or input that was transcoded (UTF-16).
    Info,
}

impl WarningKind {
    /// True when the warning breaks a TMX 1.4b rule (the DTD's, or one `steppe tmx validate` adds),
    /// false when it only reports a repair or a fact.
    pub fn is_violation(self) -> bool {
        !matches!(self, WarningKind::Info)
    }
}

/// A problem the reader or writer tolerated, returned as data (libraries never print).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// What it is about.
    pub kind: WarningKind,
    /// Where (line 0 for writer warnings, which name the unit in the message).
    pub position: Position,
    /// A one-line explanation.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.position.line > 0 {
            write!(
                f,
                "line {}, column {}: ",
                self.position.line, self.position.column
            )?;
        }
        f.write_str(&self.message)
    }
}
