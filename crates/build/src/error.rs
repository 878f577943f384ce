//! The errors of the main job. Each names the file or folder it is about, on one line, so a front
//! end prints it as it is (`steppe: corpus/a.docx: word/document.xml: …`).

use std::path::PathBuf;

/// Why a corpus, a text or an export failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The corpus folder cannot be listed.
    #[error("{path}: cannot read the corpus folder: {source}")]
    Corpus {
        /// The folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The corpus folder holds no text steppe reads.
    #[error("{}: no text (*.txt, *.docx, *.odt, *.html, *.pdf) in the corpus folder", path.display())]
    EmptyCorpus {
        /// The folder.
        path: PathBuf,
    },
    /// A text cannot be read (missing, not UTF-8, a malformed DOCX/ODT/HTML/PDF).
    #[error(transparent)]
    Read(#[from] steppe_formats::Error),
    /// The termbase cannot be read or is malformed.
    #[error(transparent)]
    Termbase(#[from] steppe_glossary::Error),
    /// An output file or folder cannot be written; `path` is the file as it will be named (never
    /// the temporary file).
    #[error("{}: {what}: {source}", path.display())]
    Write {
        /// The output.
        path: PathBuf,
        /// What failed (`cannot create the output folder`, `write failed`).
        what: &'static str,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// An output path names something that is not a regular file (a folder, a FIFO, a device):
    /// the job only ever replaces regular files in its output folder.
    #[error("{}: is not a regular file (a folder, a FIFO or a device); the build writes only regular files, replaced atomically, and left it as it is", path.display())]
    NotAFile {
        /// The output.
        path: PathBuf,
    },
    /// Some exports of a text were written and then one failed (the others are in place).
    #[error("{text}: only {done} of its {total} exports written: {source}")]
    Partial {
        /// The text.
        text: String,
        /// How many were put in place.
        done: usize,
        /// How many there were.
        total: usize,
        /// The failure.
        #[source]
        source: Box<Error>,
    },
    /// None of a text's exports were written.
    #[error("{text}: none of its exports written: {source}")]
    Unwritten {
        /// The text.
        text: String,
        /// The failure.
        #[source]
        source: Box<Error>,
    },
    /// A text pair could not be aligned or its memory written.
    #[error("{source_text} ↔ {target_text}: no alignment written: {source}")]
    Pair {
        /// The original.
        source_text: String,
        /// The translation.
        target_text: String,
        /// The failure.
        #[source]
        source: Box<Error>,
    },
    /// An export could not be rendered (a writer of another crate failed).
    #[error("{}: {message}", path.display())]
    Render {
        /// The export.
        path: PathBuf,
        /// The writer's message.
        message: String,
    },
}

impl Error {
    pub(crate) fn write(path: impl Into<PathBuf>, what: &'static str, source: std::io::Error) -> Error {
        Error::Write {
            path: path.into(),
            what,
            source,
        }
    }
}
