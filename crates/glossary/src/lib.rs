//! # steppe-glossary: the glossary a translator builds before translating
//!
//! Finds acronyms with their expansions (defined in the text or not), institution names, aliases and
//! inconsistencies in a document, fills in Russian equivalents from a termbase, and exports the result
//! as TBX, OmegaT TSV or CSV.
//!
//! The flow is three steps, each usable alone:
//!
//! 1. [`extract`] reads a [`steppe_doc::Document`] and returns a [`Glossary`]: acronym–definition
//!    pairs in both orders ([`find_acronym_pairs`] on plain text), acronyms the text never defines,
//!    institution names (nested and possessive forms too), aliases and metonyms, with counts, first
//!    offsets, up to three context sentences and flags such as two short forms for one long form or a
//!    romanised Russian acronym (`SShA`: [`ROMANISED_RUSSIAN`]).
//! 2. [`Termbase::annotate`] fills the Russian side, the long forms of undefined acronyms and the
//!    sense of ambiguous ones (WTO) from an en–ru [`Termbase`], and flags non-standard short forms
//!    and names that only resemble a known body.
//! 3. [`write_tbx`] (TBX v3, TBX-Basic), [`write_tbx2`] (TBX v2, for OmegaT), [`write_tsv`]
//!    (OmegaT glossary) and [`write_csv`] export it.
//!
//! ```
//! use std::path::Path;
//! use steppe_doc::{Document, Lang};
//! use steppe_glossary::{extract, Termbase};
//!
//! let text = "The Euro-Atlantic Partnership Council (EAPS) met in June. \
//!             Later the EASP leaders met again. The CSTO was silent.\n";
//! let doc = Document::parse("note.txt", text, Lang::En);
//! let mut glossary = extract(&doc);
//!
//! let termbase = Termbase::parse(
//!     Path::new("termbase.tsv"),
//!     "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
//!      eapc\tEAPC\tEuro-Atlantic Partnership Council\tСЕАП\tСовет евроатлантического партнерства\t\t\t\t\n\
//!      csto\tCSTO\tCollective Security Treaty Organization\tОДКБ\t\t\t\t\t\n",
//! )
//! .unwrap();
//! termbase.annotate(&mut glossary);
//!
//! let eaps = glossary.entries.iter().find(|e| e.term == "EAPS").unwrap();
//! assert_eq!(eaps.long.as_deref(), Some("Euro-Atlantic Partnership Council"));
//! assert!(eaps.defined_in_text);
//! assert!(eaps.variants.iter().any(|v| v == "EASP"));
//! assert!(eaps.flags.iter().any(|f| f == "nonstandard_short_form:EAPC"));
//!
//! let csto = glossary.entries.iter().find(|e| e.term == "CSTO").unwrap();
//! assert!(!csto.defined_in_text);
//! assert_eq!(csto.ru.as_deref(), Some("ОДКБ"));
//! assert_eq!(csto.long.as_deref(), Some("Collective Security Treaty Organization"));
//! ```
#![deny(missing_docs)]

mod abbrev;
mod acronym;
mod alias;
mod align;
mod annotate;
mod body;
mod candidate;
mod check;
mod collect;
mod csv;
mod degree;
mod entry;
mod error;
mod export;
mod extract;
mod inconsistency;
mod inline;
mod institution;
mod kind;
mod lists;
mod merge;
mod name;
mod pairs;
mod romanised;
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
pub use check::{check_termbase, Finding, Report, Severity, DOMAINS, WORDS_DIRECTIVE};
pub use entry::{Entry, EntryKind, Glossary, RuFrom, RuOrigin};
pub use error::Error;
pub use extract::extract;
pub use inconsistency::INCONSISTENT_SHORT_FORM;
pub use merge::{merge, MAX_CONTEXTS};
pub use pairs::{term_pairs, TermForm, TermPair};
pub use romanised::ROMANISED_RUSSIAN;
pub use tbx::{write_tbx, TBX_NAMESPACE};
pub use tbx2::write_tbx2;
pub use termbase::{Cue, Record, Termbase, COLUMNS};
pub use tsv::write_tsv;
