//! The document model. PLACEHOLDER implementation: paragraphs at blank lines, naive sentences.
//! The document-model issue replaces the internals; the public types stay.

use crate::Error;
use serde::Serialize;
use std::path::Path;

/// Language of a document, which picks the sentence rules and abbreviation list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Russian.
    Ru,
}

/// A paragraph of cleaned text, with its byte span in [`Document::source`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// 0-based position in the document.
    pub index: usize,
    /// Cleaned text.
    pub text: String,
    /// Byte offset of the start in the source.
    pub start: usize,
    /// Byte offset of the end in the source.
    pub end: usize,
}

/// A sentence of cleaned text, with its paragraph and byte span in [`Document::source`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// 0-based position in the document.
    pub index: usize,
    /// Index of the paragraph holding it.
    pub paragraph: usize,
    /// Cleaned text.
    pub text: String,
    /// Byte offset of the start in the source.
    pub start: usize,
    /// Byte offset of the end in the source.
    pub end: usize,
}

/// A footnote body with the offsets of its markers in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Footnote {
    /// The footnote's number.
    pub number: u32,
    /// Cleaned text of the body.
    pub text: String,
    /// Byte offsets of the markers in the source text.
    pub markers: Vec<usize>,
    /// For `Ibid.` notes, the number of the footnote whose reference they repeat.
    pub resolved_from: Option<u32>,
}

/// What kind of repair was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RepairKind {
    /// A running head or page number removed.
    RunningHead,
}

/// One removal or repair made while cleaning, so every change can be audited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// What was done.
    pub kind: RepairKind,
    /// The text as it stood.
    pub original: String,
    /// The text put in its place.
    pub replacement: String,
    /// Byte offset in the source.
    pub offset: usize,
}

/// A cleaned document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// A name for the document, usually its path.
    pub file: String,
    /// The source text all offsets point into (BOM removed, CRLF turned into LF).
    #[serde(skip)]
    pub source: String,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Footnotes in order of number.
    pub footnotes: Vec<Footnote>,
    /// Every removal or repair, in order of offset.
    pub repairs: Vec<Repair>,
}

/// Reads a file as UTF-8 text (see [`decode`]).
pub fn load(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    decode(path, &bytes)
}

/// Decodes bytes as UTF-8, dropping a BOM and turning CRLF into LF; names `path` in errors.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let before = String::from_utf8_lossy(&bytes[..offset]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::InvalidUtf8 {
            path: path.to_owned(),
            offset,
            line,
            column,
        }
    })?;
    Ok(text.replace("\r\n", "\n"))
}

impl Document {
    /// Parses source text into a document.
    pub fn parse(file: &str, source: &str, _lang: Lang) -> Document {
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut offset = 0;
        for block in source.split("\n\n") {
            let trimmed = block.trim();
            if !trimmed.is_empty() {
                let start = offset + block.find(trimmed).unwrap_or(0);
                let index = paragraphs.len();
                let mut s_start = start;
                for piece in trimmed.split_inclusive(". ") {
                    let text = piece.trim();
                    if !text.is_empty() {
                        sentences.push(Sentence {
                            index: sentences.len(),
                            paragraph: index,
                            text: text.to_owned(),
                            start: s_start,
                            end: s_start + text.len(),
                        });
                    }
                    s_start += piece.len();
                }
                paragraphs.push(Paragraph {
                    index,
                    text: trimmed.to_owned(),
                    start,
                    end: start + trimmed.len(),
                });
            }
            offset += block.len() + 2;
        }
        Document {
            file: file.to_owned(),
            source: source.to_owned(),
            paragraphs,
            sentences,
            footnotes: Vec::new(),
            repairs: Vec::new(),
        }
    }
}
