//! The document model: the types every stage fills and every caller reads.
//!
//! All offsets are byte offsets into [`Document::source`] and always fall on character boundaries.
//! Texts are *cleaned*: running heads, footnote markers and markup are gone, split words are joined,
//! so a text is usually not a slice of the source; its span says where it came from.

use serde::Serialize;

/// Language of a document, which picks the sentence rules and abbreviation list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Guesses the language of `text` from its letters: Russian when Cyrillic letters outnumber
    /// Latin ones, English otherwise.
    ///
    /// ```
    /// use steppe_doc::Lang;
    /// assert_eq!(Lang::detect("Казахстан и НАТО (NATO)"), Lang::Ru);
    /// assert_eq!(Lang::detect("Kazakhstan and NATO (НАТО)"), Lang::En);
    /// ```
    pub fn detect(text: &str) -> Lang {
        let (mut cyrillic, mut latin) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            match c {
                '\u{0400}'..='\u{052F}' => cyrillic += 1,
                _ if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => latin += 1,
                _ => {}
            }
        }
        if cyrillic > latin {
            Lang::Ru
        } else {
            Lang::En
        }
    }
}

/// A paragraph of cleaned text, with its byte span in [`Document::source`].
///
/// A paragraph interrupted by a page break (running head, footnotes) is one paragraph whose span
/// covers the interruption.
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
    /// Cleaned text of the body, without its number.
    pub text: String,
    /// Byte offsets of the markers (`¹`, `[1]`, a plain trailing `1`) in the source text.
    pub markers: Vec<usize>,
    /// For `Ibid.` notes, the number of the footnote whose reference they repeat.
    pub resolved_from: Option<u32>,
    /// Byte offset of the start of the body (its number included) in the source.
    pub start: usize,
    /// Byte offset of the end of the body in the source.
    pub end: usize,
}

/// What kind of repair was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RepairKind {
    /// A running head (a short line repeated on several pages, a journal issue line) removed.
    RunningHead,
    /// A page number line (`62 ·`, `_____ 72 _____`) removed.
    PageNumber,
    /// A separator or rule line (`* * *`, `_____`) removed.
    Separator,
    /// A word split across lines joined (`slight-est` → `slightest`).
    SplitWord,
    /// A hyphen the model could not decide on, left as it stood; worth a human look.
    UndecidedJoin,
    /// A word glued from a hyphenated compound seen elsewhere (`militarypolitical`).
    GluedWord,
    /// A space after a hyphen removed (`NATO- Kazakhstan` → `NATO-Kazakhstan`).
    HyphenSpace,
    /// A soft hyphen (U+00AD) removed.
    SoftHyphen,
    /// A footnote marker removed from the text (the marker offset is kept in its [`Footnote`]).
    FootnoteMarker,
    /// A footnote glued to the end of the previous one split off.
    GluedFootnote,
    /// A footnote printed twice: the shorter copy dropped.
    DuplicateFootnote,
    /// Emphasis markup (`*word*`) removed.
    Markup,
    /// A typographic ligature (`ﬁ`, `ﬂ`) spelled out in letters.
    Ligature,
    /// An invisible character (zero-width space, word joiner, stray BOM) removed.
    Invisible,
    /// A paragraph interrupted by a page break (running head, footnotes) joined with its continuation.
    ParagraphRejoin,
    /// A dropped initial capital (`nce the 1990s`): restored when the document shows the word,
    /// otherwise only reported.
    DropCap,
}

/// One removal or repair made while cleaning, so every change can be audited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// What was done.
    pub kind: RepairKind,
    /// The text as it stood.
    pub original: String,
    /// The text put in its place (equal to `original` when the repair is only reported).
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
