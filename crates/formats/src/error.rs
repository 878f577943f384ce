//! The one error type of this crate: every message names the file and, where there is one, the part.

use std::path::PathBuf;

/// An error reading a document in any format. Its message is one line naming the file and, for a
/// packaged format, the part (`word/document.xml`, `content.xml`) or the tool (`pdftotext`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or decoding a plain text failed (see [`steppe_doc::Error`]).
    #[error(transparent)]
    Text(#[from] steppe_doc::Error),
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// One part of the file is missing or malformed, or the tool reading it failed.
    #[error("{path}: {part}: {message}")]
    Part {
        /// The file.
        path: PathBuf,
        /// The part (`word/document.xml`), the encoding, or the tool (`pdftotext`).
        part: String,
        /// What is wrong, on one line.
        message: String,
    },
}

impl Error {
    /// An error in `part` of `path`; the message is put on one line.
    pub(crate) fn part(path: &std::path::Path, part: &str, message: impl std::fmt::Display) -> Error {
        let message = message.to_string();
        let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
        Error::Part {
            path: path.to_owned(),
            part: part.to_owned(),
            message,
        }
    }
}
