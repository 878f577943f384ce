//! # steppe-lexicon: is this a Russian word form?
//!
//! Reconstructing Cyrillic from a romanisation (`Tsentral'naia` → центральная) is a search: a
//! romanised word gives many candidate spellings (центральная, центральнайа, тсентральная...) and
//! only real Russian word forms survive. This crate answers "is it a word form?" fast enough for that
//! search (millions of lookups per second) and lets the search prune a candidate as soon as its
//! prefix starts no word.
//!
//! ## The data
//!
//! [`Lexicon::embedded`] is the Russian dictionary of hunspell-ru (A. I. Lebedev's ru_RU, as Debian
//! ships it), *modified*: every affix rule applied to every stem, giving all the word forms that
//! `hunspell -d ru_RU` accepts (including verb forms such as отсутствует, начинается, ведет that
//! hunspell's own `unmunch` misses), stored as an FST map in `data/ru.fst` and embedded in the
//! binary. Loading it reads a header, nothing more. The crate README gives the licence, the
//! regeneration command and the coverage measured against `hunspell`.
//!
//! ## Keys and lookups
//!
//! Every form is stored lowercase with ё folded to е, so [`Lexicon::contains`] ignores case and ё/е
//! (`ВЕДЁТ`, `ведет`). The dictionary does spell ё (about 7,300 of its 146,000 stems), so a form
//! spelled with ё is also stored as written and [`Lexicon::spelled`] tells which spelling the
//! dictionary uses. Each key carries a [`WordInfo`]: whether its spellings are lowercase, proper
//! nouns or acronyms ([`Lexicon::check`] applies hunspell's case rules with it), and whether the
//! word came from a user list.
//!
//! ## Pieces
//!
//! - [`Lexicon`]: one FST; [`Lexicon::contains`], [`Lexicon::has_prefix`], [`Lexicon::cursor`].
//! - [`Cursor`]: a `Copy` position in the FST, extended one letter at a time by a search.
//! - [`LexiconSet`]: the embedded dictionary plus user word lists (`--lexicon PATH`).
//! - [`LexiconBuilder`]: word forms in, FST bytes out.
//! - [`Frequencies`]: how common each form is (Zipf, from wordfreq; CC BY-SA 4.0 data), the prior
//!   that ranks readings which are all words.
//! - [`hunspell`]: reading `.aff`/`.dic` files and expanding them (used by `build-lexicon`).
//!
//! ## Example
//!
//! ```
//! use steppe_lexicon::{Lexicon, LexiconSet};
//!
//! let ru = Lexicon::embedded();
//! assert!(ru.contains("отсутствует") && ru.contains("Центральная") && ru.contains("ведёт"));
//! assert!(!ru.contains("центральнайа"));
//! assert!(ru.check("Афганистане") && !ru.check("афганистане"));
//! assert!(ru.has_prefix("глобализ") && !ru.has_prefix("глобалз"));
//!
//! let with_names = LexiconSet::embedded().with(Lexicon::from_words(["Лаумулин"]));
//! assert!(with_names.contains("Лаумулин") && !ru.contains("Лаумулин"));
//! ```
#![deny(missing_docs)]

mod affix;
mod builder;
mod error;
mod expand;
mod fold;
mod frequency;
mod lexicon;
mod set;
mod wordlist;

pub use builder::LexiconBuilder;
pub use error::{Error, ErrorKind};
pub use fold::{lowercase, Casing};
pub use frequency::Frequencies;
pub use lexicon::{Cursor, Lexicon, WordInfo};
pub use set::{LexiconSet, SetCursor};

/// Reading hunspell `.aff`/`.dic` files and expanding stems into all their word forms.
///
/// ```
/// use std::path::Path;
/// use steppe_lexicon::hunspell::{parse_dic, AffixFile};
///
/// let aff = AffixFile::parse(Path::new("x.aff"), "SFX V Y 1\nSFX V ть ет [^и]ть\n").unwrap();
/// let stems = parse_dic(Path::new("x.dic"), "1\nотсутствовать/V\n", &aff).unwrap();
/// let mut forms = Vec::new();
/// aff.expand(&stems[0], &mut |f| forms.push(f.to_string()));
/// assert_eq!(forms, ["отсутствовать", "отсутствовает"]);
/// ```
pub mod hunspell {
    pub use crate::affix::{AffixClass, AffixEntry, AffixFile, Condition, Flag, FlagFormat};
    pub use crate::expand::{parse_dic, Stem};
}

/// Where the embedded lexicon comes from, for `--version`-style reports and notices.
pub const EMBEDDED_SOURCE: &str = "hunspell-ru ru_RU (c) 1997-2008 Alexander I. Lebedev, Debian \
    hunspell-ru 1:7.5.0-1; modified: affix rules expanded, lowercased, ё folded, stored as an FST";
