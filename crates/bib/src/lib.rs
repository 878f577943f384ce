//! # steppe-bib: bibliographies with romanised Russian and Kazakh
//!
//! Reference managers keep Russian sources romanised in whatever scheme each item came with
//! (`Tsentral'naia Aziia`, `Tsentralnaya Aziya`). This crate reads and writes their files and
//! rewrites the romanised fields in one scheme, with the Cyrillic beside them:
//!
//! - formats: [`CslFile`] (CSL-JSON), [`BibFile`] (BibTeX/BibLaTeX), [`RisFile`] (RIS), all read
//!   into one [`Entry`] model with the byte range of every field, so that writing back the same
//!   entries gives the same bytes and a change touches only the values that changed;
//! - [`restyle`]: each romanised field read back to Cyrillic with `steppe-translit`'s reverse
//!   engine and written in the chosen scheme, English kept, uncertain readings held back;
//! - [`extract`]: the references of a document's footnotes as entries (`Ibid.` resolved, one entry
//!   per work).

pub mod bibtex;
pub mod csl;
mod entry;
mod error;
pub mod extract;
pub mod restyle;
pub mod ris;
mod splice;
pub mod tex;

pub use bibtex::BibFile;
pub use csl::CslFile;
pub use entry::{Entry, Kind, Name, TextField};
pub use error::Error;
pub use ris::RisFile;

use std::path::Path;

/// A bibliography format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CSL-JSON (`.json`).
    CslJson,
    /// BibLaTeX, read as BibTeX too (`.bib`).
    BibLatex,
    /// RIS (`.ris`).
    Ris,
}

impl Format {
    /// The format a file name's extension says.
    ///
    /// ```
    /// use steppe_bib::Format;
    /// assert_eq!(Format::of(std::path::Path::new("refs.BIB")).unwrap(), Format::BibLatex);
    /// assert!(Format::of(std::path::Path::new("refs.txt")).is_err());
    /// ```
    pub fn of(path: &Path) -> Result<Format, Error> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "json" => Ok(Format::CslJson),
            "bib" | "bibtex" | "biblatex" => Ok(Format::BibLatex),
            "ris" => Ok(Format::Ris),
            _ => Err(Error::UnknownFormat(path.display().to_string())),
        }
    }

    /// A new file of `entries` in this format.
    pub fn write(self, entries: &[Entry]) -> String {
        match self {
            Format::CslJson => csl::write(entries),
            Format::BibLatex => bibtex::write(entries),
            Format::Ris => ris::write(entries),
        }
    }
}

/// A bibliography file read for editing, in any of the formats.
#[derive(Debug)]
pub enum Library {
    /// CSL-JSON.
    Csl(CslFile),
    /// BibTeX/BibLaTeX.
    Bib(BibFile),
    /// RIS.
    Ris(RisFile),
}

impl Library {
    /// Reads `text` as `format`.
    pub fn parse(format: Format, text: String) -> Result<Library, Error> {
        Ok(match format {
            Format::CslJson => Library::Csl(CslFile::parse(text)?),
            Format::BibLatex => Library::Bib(BibFile::parse(text)?),
            Format::Ris => Library::Ris(RisFile::parse(text)?),
        })
    }

    /// The format it was read as.
    pub fn format(&self) -> Format {
        match self {
            Library::Csl(_) => Format::CslJson,
            Library::Bib(_) => Format::BibLatex,
            Library::Ris(_) => Format::Ris,
        }
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        match self {
            Library::Csl(f) => f.entries(),
            Library::Bib(f) => f.entries(),
            Library::Ris(f) => f.entries(),
        }
    }

    /// The file with `entries` written in: in its own format only the changed values change (the
    /// same entries give the same bytes); in another format a new file.
    pub fn write(&self, format: Format, entries: &[Entry]) -> String {
        match self {
            Library::Csl(f) if format == Format::CslJson => f.update(entries),
            Library::Bib(f) if format == Format::BibLatex => f.update(entries),
            Library::Ris(f) if format == Format::Ris => f.update(entries),
            _ => format.write(entries),
        }
    }
}
