//! # steppe-doc: a clean document model for text extracted from PDFs
//!
//! Articles reach translators as text pulled out of PDFs, with running heads and page numbers in the
//! middle of paragraphs, footnote markers as superscript digits, and words split across line ends.
//! This crate turns such text into a [`Document`]: paragraphs, sentences and footnotes, each with byte
//! offsets back into the source, and a log of every removal or repair made on the way.
//!
//! ```
//! let doc = steppe_doc::Document::parse("note.txt", "First sentence. Second one.\n", steppe_doc::Lang::En);
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.sentences[1].text, "Second one.");
//! ```
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
mod model;
mod parse;
mod split;
mod tables;

pub use error::{Error, ErrorKind};
pub use load::{decode, load};
pub use model::{Document, Footnote, Lang, Paragraph, Repair, RepairKind, Sentence};
