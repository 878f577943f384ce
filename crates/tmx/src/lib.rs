//! # steppe-tmx: translation memories that CAT tools accept
//!
//! TMX 1.4b is how translation memories move between OmegaT, Trados, memoQ and translate-toolkit.
//! Files from the field are large and messy, so this crate reads and writes them as streams: the
//! [`Reader`] yields one [`TranslationUnit`] at a time and the [`Writer`] takes one at a time, both in
//! constant memory. [`merge::Merge`] keeps only an index in memory (about 70 bytes per distinct unit)
//! and the units in a temporary file.
//!
//! ## The pieces
//! - The model ([`Header`], [`TranslationUnit`], [`Variant`], [`Segment`] of [`Inline`] text and
//!   elements `bpt`, `ept`, `ph`, `it`, `hi`, `ut`, `sub`) is plain owned data with serde.
//! - [`Reader`] over any `BufRead` or `&[u8]`: a small state machine fed by quick-xml events. It tolerates
//!   what real files contain (the deprecated `lang` attribute, `EN_US` codes, UTF-16 with a BOM, control
//!   characters, missing optional parts) and reports each as a [`Warning`], returned as data. It refuses
//!   broken files (mismatched tags, a `<tuv>` without `<seg>`, no header, a truncated file, entity
//!   declarations) with an [`Error`] naming line and column. Nothing is ever expanded from a DTD.
//! - [`Writer`]: a valid TMX 1.4b document (checked against the DTD with xmllint in the tests).
//! - Tools over the stream: [`validate()`], [`Stats`], [`lookup`], [`merge`] (an index of unit keys in
//!   memory, the units in a temporary file), and [`tabular`] for TSV and CSV.
//!
//! ## Example
//!
//! ```
//! use steppe_tmx::{Header, Reader, TranslationUnit, Writer};
//!
//! // Write two units…
//! let mut writer = Writer::new(Vec::new(), &Header::new("en")).unwrap();
//! writer.write_unit(&TranslationUnit::from_pairs(&[("en", "Steppe"), ("kk", "Дала")])).unwrap();
//! writer.write_unit(&TranslationUnit::from_pairs(&[("en", "River"), ("kk", "Өзен")])).unwrap();
//! let (bytes, warnings) = writer.finish().unwrap();
//! assert!(warnings.is_empty());
//!
//! // …and read them back, one at a time.
//! let reader = Reader::from_slice(&bytes).unwrap();
//! assert_eq!(reader.header().creationtool, "steppe");
//! let kazakh: Vec<String> = reader
//!     .map(|unit| unit.unwrap().variant("kk").unwrap().seg.text())
//!     .collect();
//! assert_eq!(kazakh, ["Дала", "Өзен"]);
//! ```
#![deny(missing_docs)]

mod attrs;
mod error;
mod input;
pub mod lang;
pub mod lookup;
mod machine;
pub mod merge;
mod model;
mod reader;
mod split;
mod stats;
pub mod tabular;
pub mod text;
mod validate;
mod writer;

pub use error::{Error, ErrorKind, Position, Warning, WarningKind};
pub use model::{
    Admin, Element, ElementKind, Header, Inline, Note, Prop, SegType, Segment, TranslationUnit, Variant,
};
pub use reader::Reader;
pub use stats::Stats;
pub use validate::{validate, Report};
pub use writer::Writer;
