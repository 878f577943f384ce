//! # steppe-translit: Cyrillic → Latin in every standard scheme, for Russian and Kazakh
//!
//! Bibliographers and translators must write Russian and Kazakh names in the scheme their publisher
//! requires: ALA-LC for English-language scholarship, BGN/PCGN for maps, ISO 9 / GOST 7.79, ICAO for
//! passports, Wikipedia style for general readers. This crate holds every such scheme as data and
//! applies it fast (about 1 GB/s of Russian text on one core; `examples/forward_throughput.rs`).
//!
//! ```
//! use steppe_translit::{scheme, Lang};
//!
//! let ala = scheme("ala-lc", Lang::Ru)?;
//! assert_eq!(ala.transliterate("Юлия Щукина, ЁЛКА"), "I͡ulii͡a Shchukina, ËLKA");
//!
//! let kz = scheme("kz_2021", Lang::Kk)?;
//! assert_eq!(kz.transliterate("Қазақстан Республикасы"), "Qazaqstan Respublikasy");
//! # Ok::<(), steppe_translit::Error>(())
//! ```
//!
//! ## Schemes are data
//!
//! Each scheme is a JSON file in `data/schemes/` (Russian: the 28 iuliia files, verbatim, MIT) or
//! `data/schemes/kk/` (Kazakh: `ala_lc`, `ala_lc_alt`, `bgn_pcgn`, `kz_2021`), in the iuliia format: a
//! letter `mapping` plus context rules — `prev_mapping` (a letter after another letter, or at the start
//! of a word when the key is one letter), `next_mapping` (a letter before another) and
//! `ending_mapping` (the last two letters of a word of three or more). `build.rs` compiles them into
//! static tables, after two corrections listed in `data/steppe-patches.json` (Cyrillic ё in
//! output becomes Latin ë; `uz` gains ь). A letter a scheme lacks is written in ISO 9
//! (`data/iso9-cyrillic.json`), so Latin output never keeps a Cyrillic letter silently; [`Stats`]
//! counts such letters.
//!
//! ## Reading the tables
//!
//! [`schemes`] lists every [`Scheme`]; [`scheme`] finds one by name (any case, `-` or `_`, aliases)
//! for a [`Lang`]. A `Scheme` gives its [`name`](Scheme::name), [`description`](Scheme::description),
//! its own letter map ([`letters`](Scheme::letters)), any letter's output in all three cases with its
//! [`Source`] ([`letter`](Scheme::letter)), and its context rules ([`prev_rules`](Scheme::prev_rules),
//! [`next_rules`](Scheme::next_rules), [`ending_rules`](Scheme::ending_rules)). Engines for the other
//! direction read these rather than the JSON.
//!
//! ## Output conventions
//!
//! * Case follows the word: ALL-CAPS words (two or more letters) are written in capitals
//!   (`ЩУКИН` → `SHCHUKIN`), other capitals get a Capitalised output (`Щукин` → `Shchukin`).
//! * Soft and hard signs are written as each scheme says: ʹ U+02B9 and ʺ U+02BA (ALA-LC, ISO 9,
//!   scientific), ’ U+2019 and ” U+201D (BGN/PCGN), ASCII `'` and `"` (ala_lc_alt, and others), or
//!   nothing (Wikipedia, ICAO). Ties are U+0361 COMBINING DOUBLE INVERTED BREVE (`t͡s`, `i͡a`, `n͡g`);
//!   BGN/PCGN separates would-be digraphs with · U+00B7.
//! * Input is NFC-normalised when it holds combining marks (и + U+0306 → й). Everything that is not
//!   a Cyrillic letter is copied unchanged.
#![deny(missing_docs)]

mod error;
mod forward;
pub mod reverse;
mod scheme;
mod table;

pub use error::{Error, ErrorKind};
pub use forward::Stats;
pub use scheme::{names, scheme, schemes, EndingRule, Lang, Letter, NextRule, PrevRule, Scheme, Source};
