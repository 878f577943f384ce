//! # steppe-formats: read the documents translators get (DOCX, ODT, HTML, PDF) as one model
//!
//! Articles arrive as Word or LibreOffice files, web pages and PDFs. Each reader here turns its
//! format into an [`Extracted`] text laid out the way [`steppe_doc::Document::parse`] already reads
//! a text (paragraphs on lines separated by blank lines, note references as superscript numbers
//! where they stand, the notes after the body opening with their number), plus what the format knew
//! for sure and plain text does not carry: [`Heading`]s and italic [`Span`]s, as byte offsets into
//! that text. So every command reads every format through one function, [`load`], and the
//! document model's offsets point into the extracted text.
//!
//! - DOCX: `word/document.xml`, `footnotes.xml`, `endnotes.xml` and `styles.xml`, streamed with
//!   quick-xml out of the zip (`docx.rs`); ODT: `content.xml` and `styles.xml` (`odt.rs`);
//! - HTML: parsed by html5ever (through `scraper`), the encoding from a BOM or the `<meta>` tag
//!   (`html.rs`); PDF: `pdftotext -layout` from poppler-utils, then the document model's own
//!   repairs for running heads, hyphens and footnotes (`pdf.rs`).
//!
//! ```
//! use steppe_formats::{extract, InputFormat};
//! let html = b"<h1>Title</h1><p>See <i>Voprosy istorii</i>.<sup><a href=\"#fn1\">1</a></sup></p>\
//!              <ol><li id=\"fn1\">A. Author, 2004.</li></ol>";
//! let x = extract(std::path::Path::new("a.html"), html, InputFormat::Html).unwrap();
//! assert_eq!(x.text, "Title\n\nSee Voprosy istorii.¹\n\n¹ A. Author, 2004.\n");
//! let doc = steppe_doc::Document::parse("a.html", &x.text, steppe_doc::Lang::En);
//! assert_eq!(doc.footnotes[0].text, "A. Author, 2004.");
//! assert_eq!(&x.text[x.italics[0].start..x.italics[0].end], "Voprosy istorii");
//! ```
#![deny(missing_docs)]

mod build;
mod docx;
mod error;
mod html;
mod odt;
mod part;
mod pdf;
pub mod xliff;
mod xml;

pub use error::Error;
pub use part::{part_of, Part};
pub use pdf::PDFTOTEXT_ENV;

use serde::Serialize;
use std::path::Path;

/// The formats steppe reads, chosen by extension or by `--input-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// UTF-8 plain text (as extracted from a PDF by hand).
    Text,
    /// Office Open XML word processing (Word).
    Docx,
    /// OpenDocument text (LibreOffice).
    Odt,
    /// HTML (a journal's web page).
    Html,
    /// PDF, through `pdftotext -layout`.
    Pdf,
}

impl InputFormat {
    /// Every format, for help texts and parsing.
    pub const ALL: [InputFormat; 5] = [
        InputFormat::Text,
        InputFormat::Docx,
        InputFormat::Odt,
        InputFormat::Html,
        InputFormat::Pdf,
    ];

    /// The format a file's extension names (`.docx`, `.odt`, `.html`/`.htm`/`.xhtml`, `.pdf`);
    /// anything else is read as text.
    ///
    /// ```
    /// use steppe_formats::InputFormat;
    /// assert_eq!(InputFormat::from_path("a/B.DOCX".as_ref()), InputFormat::Docx);
    /// assert_eq!(InputFormat::from_path("a.en.txt".as_ref()), InputFormat::Text);
    /// ```
    pub fn from_path(path: &Path) -> InputFormat {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "docx" => InputFormat::Docx,
            "odt" => InputFormat::Odt,
            "html" | "htm" | "xhtml" => InputFormat::Html,
            "pdf" => InputFormat::Pdf,
            _ => InputFormat::Text,
        }
    }

    /// Whether `path` has the extension of a format other than text (what `steppe build` picks up
    /// beside `*.txt`).
    pub fn is_document(path: &Path) -> bool {
        InputFormat::from_path(path) != InputFormat::Text
    }

    /// The lower-case name (`docx`), as `--input-format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Docx => "docx",
            InputFormat::Odt => "odt",
            InputFormat::Html => "html",
            InputFormat::Pdf => "pdf",
        }
    }
}

/// A heading found by the format (a heading style or outline level, `<h1>`…`<h6>`, `text:h`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// Level, 1 for the top.
    pub level: u8,
    /// Byte offset of the start in [`Extracted::text`].
    pub start: usize,
    /// Byte offset of the end in [`Extracted::text`].
    pub end: usize,
}

/// A span of the extracted text, such as an italic title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset of the start in [`Extracted::text`].
    pub start: usize,
    /// Byte offset of the end in [`Extracted::text`].
    pub end: usize,
}

/// A document's text in the layout of the document model, with what the format knew beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extracted {
    /// The format it was read from.
    pub format: InputFormat,
    /// The text every offset points into; give it to [`steppe_doc::Document::parse`].
    #[serde(skip)]
    pub text: String,
    /// Headings, in order.
    pub headings: Vec<Heading>,
    /// Italic spans (titles in references are often italic), in order; empty for text and PDF.
    pub italics: Vec<Span>,
}

/// Reads the document at `path` in `format`, or in the format its extension names when `None`.
/// The one loader every command uses.
///
/// ```no_run
/// let x = steppe_formats::load("article.docx".as_ref(), None)?;
/// let doc = steppe_doc::Document::parse("article.docx", &x.text, steppe_doc::Lang::En);
/// # Ok::<(), steppe_formats::Error>(())
/// ```
pub fn load(path: &Path, format: Option<InputFormat>) -> Result<Extracted, Error> {
    let format = format.unwrap_or_else(|| InputFormat::from_path(path));
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let extracted = match format {
        InputFormat::Text => {
            let text = steppe_doc::load(path)?;
            return Ok(plain(text));
        }
        InputFormat::Docx => docx::read(path, std::fs::File::open(path).map_err(io)?)?,
        InputFormat::Odt => odt::read(path, std::fs::File::open(path).map_err(io)?)?,
        InputFormat::Html => html::read(path, &std::fs::read(path).map_err(io)?)?,
        InputFormat::Pdf => pdf::read(path)?,
    };
    non_empty(path, extracted)
}

/// Reads a document held in memory (standard input); `path` names it in errors.
pub fn extract(path: &Path, bytes: &[u8], format: InputFormat) -> Result<Extracted, Error> {
    let extracted = match format {
        InputFormat::Text => return Ok(plain(steppe_doc::decode(path, bytes)?)),
        InputFormat::Docx => docx::read(path, std::io::Cursor::new(bytes))?,
        InputFormat::Odt => odt::read(path, std::io::Cursor::new(bytes))?,
        InputFormat::Html => html::read(path, bytes)?,
        InputFormat::Pdf => pdf::read_bytes(path, bytes)?,
    };
    non_empty(path, extracted)
}

fn plain(text: String) -> Extracted {
    Extracted {
        format: InputFormat::Text,
        text,
        headings: Vec::new(),
        italics: Vec::new(),
    }
}

fn non_empty(path: &Path, extracted: Extracted) -> Result<Extracted, Error> {
    if extracted.text.trim().is_empty() {
        return Err(steppe_doc::Error::Empty {
            path: path.to_owned(),
        }
        .into());
    }
    Ok(extracted)
}
