//! The one error type of this crate.

/// What went wrong, so a caller can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No scheme has the given name.
    UnknownScheme,
    /// The language code is not one this crate knows.
    UnknownLang,
}

/// An error choosing a scheme or language. Transliteration itself cannot fail: every `&str` is
/// valid input.
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
}

impl Error {
    /// The kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::UnknownScheme { .. } => ErrorKind::UnknownScheme,
            Error::UnknownLang { .. } => ErrorKind::UnknownLang,
        }
    }
}
