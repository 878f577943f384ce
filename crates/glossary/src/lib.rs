//! # steppe-glossary: the glossary a translator builds before translating
//!
//! Finds acronyms with their expansions (defined in the text or not), institution names, aliases and
//! inconsistencies in a document, fills in Russian equivalents from a termbase, and exports the result
//! as TBX, OmegaT TSV or CSV.
#![deny(missing_docs)]

mod entry;
mod error;

pub use entry::{Entry, EntryKind, Glossary};
pub use error::Error;
