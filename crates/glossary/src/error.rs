//! The one error type of this crate.

use std::path::PathBuf;

/// An error reading a termbase or writing an export.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A termbase line could not be parsed.
    #[error("{path}:{line}: {message}")]
    Termbase {
        /// The termbase file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}
