//! # steppe-doc: a clean document model for text extracted from PDFs
//!
//! Articles reach translators as text pulled out of PDFs, with running heads and page numbers in the
//! middle of paragraphs, footnote markers as superscript digits, footnotes glued together or printed
//! twice, and words split or glued across line ends. This crate turns such text into a
//! [`Document`]: [`Paragraph`]s, [`Sentence`]s and [`Footnote`]s, each with byte offsets back into
//! [`Document::source`], and a log of every removal or repair ([`Repair`], [`RepairKind`]).
//!
//! ## How it fits together
//!
//! [`load()`] (or [`decode()`]) reads UTF-8, then [`Document::parse`] runs the stages, one module each:
//! lines are classified (text, list item, footnote body, or a running head, page number or
//! separator to remove); paragraphs are gathered and rejoined across page breaks; every cleaning
//! stage proposes edits in *source* coordinates (split and glued words, spaced hyphens, markup,
//! footnote markers, dropped initials), which are applied in one pass that remembers where each
//! byte of the cleaned text came from; sentences are split on the cleaned text and mapped back.
//! The word lists the stages use (abbreviations, hyphen prefixes and endings, `Ibid.` forms, issue
//! words) are data files in `data/`, not code.
//!
//! ## Example
//!
//! ```
//! use steppe_doc::{Document, Lang, RepairKind};
//!
//! let source = "The U.S. team met K.K. Tokaev in the slight-\nest hurry.¹\n\n\
//!               ___ 12 ___\n\n¹ See: A. Author, No. 5, 2001.\n\n² Ibid.\n";
//! let doc = Document::parse("note.txt", source, Lang::En);
//!
//! assert_eq!(doc.sentences.len(), 1);
//! assert_eq!(doc.sentences[0].text, "The U.S. team met K.K. Tokaev in the slightest hurry.");
//! assert_eq!(doc.footnotes[1].resolved_from, Some(1));
//! assert_eq!(doc.footnotes[0].markers, [source.find('¹').unwrap()]);
//! let kinds: Vec<RepairKind> = doc.repairs.iter().map(|r| r.kind).collect();
//! assert!(kinds.contains(&RepairKind::PageNumber) && kinds.contains(&RepairKind::SplitWord));
//! // Every span points into the source.
//! let s = &doc.sentences[0];
//! assert!(source[s.start..s.end].starts_with("The U.S. team"));
//! ```
//!
//! Parsing never fails and never panics: any text gives a document (a property test checks this).
//! Only loading can fail, with an [`Error`] naming the file and, for bad UTF-8, the byte offset.
#![deny(missing_docs)]

mod clean;
mod dropcap;
mod edit;
mod error;
mod footnote;
mod heads;
mod hyphen;
mod lines;
mod load;
mod marker;
mod model;
mod parse;
mod split;
mod tables;
mod words;

pub use error::{Error, ErrorKind};
pub use load::{decode, load};
pub use model::{Document, Footnote, Lang, Paragraph, Repair, RepairKind, Sentence};
