//! The one error type of this crate.

/// What went wrong, so a caller can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A language code the aligner does not know.
    UnknownLang,
    /// Writing the output failed.
    Write,
}

/// An error of the aligner: an unknown language code, or a failed write (with the unit it was at).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A language code other than `en`, `ru` or `kk`.
    #[error("unknown language \"{code}\" (expected en, ru or kk)")]
    UnknownLang {
        /// The code as given.
        code: String,
    },
    /// Writing an export failed at bead `bead` (0 = the header).
    #[error("writing bead {bead}: {source}")]
    Write {
        /// 1-based bead being written, 0 for the header or the end of the file.
        bead: usize,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The TMX writer refused the output.
    #[error("writing TMX at bead {bead}: {source}")]
    Tmx {
        /// 1-based bead being written, 0 for the header or the end of the file.
        bead: usize,
        /// The cause.
        #[source]
        source: steppe_tmx::Error,
    },
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::UnknownLang { .. } => ErrorKind::UnknownLang,
            Error::Write { .. } | Error::Tmx { .. } => ErrorKind::Write,
        }
    }
}
