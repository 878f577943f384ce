//! # steppe-align: a translation aligned with its original, sentence by sentence
//!
//! A translator who inherits a translated article and its original wants a translation memory
//! from them: each sentence paired with its translation, in a TMX file a CAT tool loads. This
//! crate finds those pairs for English, Russian and Kazakh in any direction.
//!
//! ## How it works
//!
//! - Both texts are split into paragraphs and sentences by the document model (steppe-doc).
//! - Each sentence becomes a unit: its length in characters and its *anchors*, tokens both texts
//!   share: numbers, Latin tokens inside Cyrillic text (option names, paths, English words),
//!   telling punctuation (quotes, brackets, colons), and names written in two scripts, linked
//!   through steppe-translit's matching key (`Nazarbaev` in English, `Назарбаева` in Russian).
//!   See [`NameKey`].
//! - A bead's cost is Gale and Church's length cost, with the length ratio measured on the two
//!   texts, minus a bonus per shared anchor and plus a penalty per anchor on one side only
//!   ([`Params`]).
//! - Dynamic programming finds the cheapest sequence of beads (1:1, 1:0, 0:1, 2:1, 1:2, 2:2) in a
//!   band around the diagonal, widened only when the path reaches its edge, so long documents
//!   take time proportional to their length. When both sides have as many paragraphs, they are
//!   aligned first the same way and bound the sentence search (near-hard boundaries); otherwise a
//!   bead that ends a paragraph on both sides earns a bonus.
//! - A [`Dictionary`] (hunalign's `target @ source` lines, or a termbase's pairs) adds phrase
//!   anchors, matched on word stems ([`Aligner::with_dictionary`]).
//! - Pre-segmented input (one segment a line, `<p>` lines as paragraph marks, as hunalign takes
//!   it) is aligned without re-splitting by [`Aligner::align_segmented`].
//! - Each [`Bead`] gets a confidence score; [`write_tmx`], [`write_tsv`] and [`write_json`] export
//!   the [`Alignment`].
//!
//! ## Example
//!
//! ```
//! use steppe_align::{Aligner, Language};
//!
//! let en = "The summit opened in 2008. Nazarbaev spoke first. He named three goals.\n\n\
//!           The talks ended on Friday.";
//! let ru = "Саммит открылся в 2008 году. Первым выступил Назарбаев, и он назвал три цели.\n\n\
//!           Переговоры завершились в пятницу.";
//! // A stand-in key for the example; the steppe CLI uses steppe-translit's `Reverser`.
//! let key = |w: &str| if w.starts_with("Naz") || w.starts_with("Наз") { "назарбаев".to_string() } else { w.to_lowercase() };
//! let alignment = Aligner::new().with_names(&key).align_texts(en, ru, None, None);
//! assert_eq!((alignment.source_lang, alignment.target_lang), (Language::En, Language::Ru));
//! let pairs: Vec<(usize, usize)> =
//!     alignment.beads.iter().map(|b| (b.source.len(), b.target.len())).collect();
//! assert_eq!(pairs, [(1, 1), (2, 1), (1, 1)]);
//! assert_eq!(alignment.source_text(&alignment.beads[1]), "Nazarbaev spoke first. He named three goals.");
//!
//! let mut tmx = Vec::new();
//! steppe_align::write_tmx(&alignment, 0.0, &mut tmx).unwrap();
//! let tmx = String::from_utf8(tmx).unwrap();
//! assert!(tmx.contains(r#"srclang="en""#) && tmx.contains(r#"<tuv xml:lang="ru"><seg>Переговоры"#));
//! ```
#![deny(missing_docs)]

mod align;
mod anchor;
mod bead;
mod cost;
mod dictionary;
mod error;
mod export;
mod lang;
mod names;
mod search;
mod tokens;

pub use align::Aligner;
pub use bead::{Alignment, Bead};
pub use cost::Params;
pub use dictionary::Dictionary;
pub use error::{Error, ErrorKind};
pub use export::{tmx_units, write_json, write_tmx, write_tsv};
pub use lang::Language;
pub use names::NameKey;
