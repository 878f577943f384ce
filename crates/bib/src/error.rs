//! Why a bibliography file could not be read or written.

/// An error reading a bibliography; the caller adds the file name.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The text is not valid for its format.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column (characters).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file name's extension names no format steppe reads.
    #[error("unknown bibliography format `{0}` (expected .json, .bib or .ris)")]
    UnknownFormat(String),
}

impl Error {
    /// A syntax error at byte `offset` of `text`.
    pub(crate) fn at(text: &str, offset: usize, message: impl Into<String>) -> Error {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::Syntax {
            line,
            column,
            message: message.into(),
        }
    }
}
