//! The one error type of this crate.

use std::path::PathBuf;

/// What went wrong, so a caller can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read.
    Io,
    /// A file is not UTF-8.
    InvalidUtf8,
    /// A line of a word list or of a hunspell file is malformed.
    Syntax,
    /// The bytes are not a lexicon (not an FST map).
    Format,
}

/// An error loading a lexicon, a user word list or hunspell sources, with the file and position.
///
/// Every variant is fatal for the file it names; a caller loading several word lists can report one
/// and go on with the others.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset} (line {line})")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of the first invalid byte.
        line: usize,
    },
    /// A line is malformed (a word list line with two words, an affix rule with missing fields...).
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The bytes given to [`Lexicon::from_bytes`](crate::Lexicon::from_bytes) are not a lexicon.
    #[error("not a lexicon file: {source}")]
    Format {
        /// The cause reported by the `fst` crate.
        #[source]
        source: fst::Error,
    },
}

impl Error {
    /// The kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Io { .. } => ErrorKind::Io,
            Error::InvalidUtf8 { .. } => ErrorKind::InvalidUtf8,
            Error::Syntax { .. } => ErrorKind::Syntax,
            Error::Format { .. } => ErrorKind::Format,
        }
    }

    /// A syntax error at `line` of `path`.
    pub(crate) fn syntax(path: &std::path::Path, line: usize, message: impl Into<String>) -> Error {
        Error::Syntax {
            path: path.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

/// Decodes `bytes` as UTF-8, or reports the offset and line of the first invalid byte in `path`.
pub(crate) fn decode_utf8<'a>(path: &std::path::Path, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        Error::InvalidUtf8 {
            path: path.to_path_buf(),
            offset,
            line,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn invalid_utf8_names_offset_and_line() {
        let err = decode_utf8(Path::new("w.txt"), b"ok\nbad\xff").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
        assert_eq!(err.to_string(), "w.txt: invalid UTF-8 at byte 6 (line 2)");
    }
}
