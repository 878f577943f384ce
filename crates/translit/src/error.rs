//! The one error type of this crate.

/// What went wrong, so a caller can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No scheme has the given name.
    UnknownScheme,
    /// The language code is not one this crate knows.
    UnknownLang,
    /// A line of an exceptions table is not `Latin<TAB>output`.
    BadException,
}

/// An error choosing a scheme or language, or reading an exceptions table. Transliteration itself
/// cannot fail: every `&str` is valid input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No scheme has this name (after accepting kebab-case and any letter case).
    #[error("unknown scheme {name:?}; valid schemes: {}", valid.join(", "))]
    UnknownScheme {
        /// The name as given.
        name: String,
        /// Every valid scheme name, sorted.
        valid: Vec<&'static str>,
    },
    /// The language code is not `ru` or `kk`.
    #[error("unknown language {code:?}; valid languages: ru, kk")]
    UnknownLang {
        /// The code as given.
        code: String,
    },
    /// A line of an exceptions table ([`parse_exceptions`](crate::reverse::parse_exceptions)) has
    /// no tab, or nothing before it.
    #[error("line {line}: expected `Latin<TAB>output`")]
    BadException {
        /// The line's number, from 1.
        line: usize,
    },
}

impl Error {
    /// The kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::UnknownScheme { .. } => ErrorKind::UnknownScheme,
            Error::UnknownLang { .. } => ErrorKind::UnknownLang,
            Error::BadException { .. } => ErrorKind::BadException,
        }
    }
}
