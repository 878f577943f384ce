//! # steppe-glossary: the glossary a translator builds before translating
//!
//! Finds acronyms with their expansions (defined in the text or not), institution names, aliases and
//! inconsistencies in a document, fills in Russian equivalents from a termbase, and exports the result
//! as TBX, OmegaT TSV or CSV.
#![deny(missing_docs)]

mod acronym;
mod alias;
mod align;
mod annotate;
mod collect;
mod csv;
mod entry;
mod error;
mod export;
mod extract;
mod inconsistency;
mod institution;
mod lists;
mod merge;
mod name;
mod sense;
mod similar;
mod tbx;
mod tbx2;
mod termbase;
mod token;
mod tsv;
mod variant;

pub use self::csv::{write_csv, CSV_HEADER};
pub use acronym::{find_acronym_pairs, AcronymPair};
pub use entry::{Entry, EntryKind, Glossary};
pub use error::Error;
pub use extract::extract;
pub use inconsistency::INCONSISTENT_SHORT_FORM;
pub use merge::{merge, MAX_CONTEXTS};
pub use tbx::{write_tbx, TBX_NAMESPACE};
pub use tbx2::write_tbx2;
pub use termbase::{Cue, Record, Termbase, COLUMNS};
pub use tsv::write_tsv;
