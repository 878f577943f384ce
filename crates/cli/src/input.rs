//! Reading the documents every command works on, in any format steppe reads, through
//! [`steppe_formats::load`]; `--input-format` (a global option) overrides the file's extension.

use anyhow::Result;
use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;
use steppe_formats::{Extracted, InputFormat};

/// The help of `--input-format`.
pub const INPUT_FORMAT_HELP: &str = "Format of the documents read: text, docx, odt, html or pdf. \
By default the extension says (.docx, .odt, .html/.htm/.xhtml, .pdf; anything else is UTF-8 text), \
and standard input is text. DOCX and ODT give their footnotes and endnotes, headings and italics; \
HTML its headings, paragraphs, list items and footnotes (pandoc, LibreOffice, Wikipedia and \
role=\"doc-noteref\" patterns), in the encoding of its <meta> tag; PDF goes through `pdftotext \
-layout` (poppler-utils), then the usual repairs for running heads, hyphens and footnotes.";

/// `--input-format` values.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// UTF-8 text.
    Text,
    /// Word (Office Open XML).
    Docx,
    /// OpenDocument text (LibreOffice).
    Odt,
    /// HTML.
    Html,
    /// PDF, through pdftotext (poppler-utils).
    Pdf,
}

impl From<FormatArg> for InputFormat {
    fn from(f: FormatArg) -> InputFormat {
        match f {
            FormatArg::Text => InputFormat::Text,
            FormatArg::Docx => InputFormat::Docx,
            FormatArg::Odt => InputFormat::Odt,
            FormatArg::Html => InputFormat::Html,
            FormatArg::Pdf => InputFormat::Pdf,
        }
    }
}

static FORMAT: OnceLock<Option<InputFormat>> = OnceLock::new();

/// Sets the format given by `--input-format`, once, before any command runs.
pub fn set_format(format: Option<FormatArg>) {
    let _ = FORMAT.set(format.map(InputFormat::from));
}

/// The format given by `--input-format`, if any.
pub fn format() -> Option<InputFormat> {
    FORMAT.get().copied().flatten()
}

/// Reads a document from a path or standard input (`-`) in its format: its name and the
/// extracted text with headings and italics.
pub fn read_document(path: &Path) -> Result<(String, Extracted)> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        let name = Path::new("<stdin>");
        let extracted = steppe_formats::extract(name, &bytes, format().unwrap_or(InputFormat::Text))?;
        Ok(("<stdin>".to_owned(), extracted))
    } else {
        let extracted = steppe_formats::load(path, format())?;
        Ok((path.display().to_string(), extracted))
    }
}

/// Reads a document as [`read_document`] does and keeps only its text.
pub fn read_input(path: &Path) -> Result<(String, String)> {
    read_document(path).map(|(name, x)| (name, x.text))
}

/// Reads a plain UTF-8 text file (a word list, an exceptions table) or standard input, whatever
/// `--input-format` says: such files are data, not documents.
pub fn read_text(path: &Path) -> Result<(String, String)> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        let text = steppe_doc::decode(Path::new("<stdin>"), &bytes)?;
        Ok(("<stdin>".to_owned(), text))
    } else {
        Ok((path.display().to_string(), steppe_doc::load(path)?))
    }
}
