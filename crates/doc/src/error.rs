//! The one error type of this crate.

use std::path::PathBuf;

/// What went wrong, so a caller can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read (missing, unreadable).
    Io,
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// The document holds no text.
    Empty,
}

/// An error loading a document, carrying the file and, where known, the byte offset.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset} (line {line}, column {column})")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column (in characters) of the first invalid byte.
        column: usize,
    },
    /// The file holds no text at all.
    #[error("{path}: empty document")]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

impl Error {
    /// The kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Io { .. } => ErrorKind::Io,
            Error::InvalidUtf8 { .. } => ErrorKind::InvalidUtf8,
            Error::Empty { .. } => ErrorKind::Empty,
        }
    }
}
