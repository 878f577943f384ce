//! Which part of a document a span came from: the body or a footnote.

use serde::Serialize;
use steppe_doc::Document;

/// The part of a document a span lies in, for `steppe segment --format json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "part", content = "note")]
pub enum Part {
    /// The main text (headings and paragraphs).
    Body,
    /// The body of footnote N.
    Footnote(u32),
}

/// The part holding byte offset `at` of [`Document::source`]: the footnote whose body spans it,
/// else the body.
///
/// ```
/// use steppe_doc::{Document, Lang};
/// use steppe_formats::{part_of, Part};
/// let doc = Document::parse("a", "Text.¹\n\n¹ See Author, City, 2004.\n", Lang::En);
/// assert_eq!(part_of(&doc, 0), Part::Body);
/// assert_eq!(part_of(&doc, doc.footnotes[0].start + 4), Part::Footnote(1));
/// ```
pub fn part_of(doc: &Document, at: usize) -> Part {
    doc.footnotes
        .iter()
        .find(|f| f.start <= at && at < f.end)
        .map_or(Part::Body, |f| Part::Footnote(f.number))
}
