//! # steppe-build: the main job as a library
//!
//! `steppe build` turns a corpus folder of texts into the files a translator loads into a CAT
//! tool. This crate is that job, so that every front end (the `steppe` command, the Python
//! package) runs the same pipeline:
//!
//! 1. [`corpus_texts`] lists the texts of a folder; [`Text::read`] reads one in any format steppe
//!    reads (text, DOCX, ODT, HTML, PDF), its language from its name (`NAME.ru.txt`) or letters.
//! 2. [`Pipeline::analyse`] finds, in an English text, its glossary (annotated from the termbase,
//!    kept to the kinds a termbase needs), the romanised Russian of its footnotes with Cyrillic
//!    ([`footnote_spans`]) and the works it cites.
//! 3. [`render`] turns an analysis into its seven exports in memory ([`EXPORT_SUFFIXES`]);
//!    [`write_all_or_none`] puts them in place together or not at all.
//! 4. [`Pipeline::align`] aligns a text with its translation, the termbase's names as anchors
//!    ([`Anchors`]).
//! 5. [`Pipeline::build`] does all of it over a folder and tells a front end what happened as it
//!    happens ([`Event`]), a failing text reported and the others going on.
//!
//! ```
//! use steppe_build::{builtin_termbase, Pipeline, Text};
//! use steppe_lexicon::LexiconSet;
//! use steppe_translit::reverse::Reverser;
//! let termbase = builtin_termbase();
//! let lexicon = LexiconSet::embedded();
//! let reverser = Reverser::new(&lexicon);
//! let pipeline = Pipeline::new(&termbase, &reverser);
//! let text = Text::new("a.en.txt".as_ref(), "The Collective Security Treaty Organization (CSTO) met.\n".to_owned());
//! let analysis = pipeline.analyse(&text).unwrap();
//! let csto = analysis.glossary.entries.iter().find(|e| e.term == "CSTO").unwrap();
//! assert_eq!(csto.ru.as_deref(), Some("ОДКБ"));
//! ```

mod align;
mod corpus;
mod error;
mod exports;
mod run;
mod text;
mod write;

pub use align::{align_texts, Anchors};
pub use corpus::{corpus_texts, is_corpus_document, language_groups, stem, text_language};
pub use error::Error;
pub use exports::{render, write_refs_tmx, Export, EXPORT_SUFFIXES};
pub use run::{Event, Summary};
pub use text::{footnote_spans, Text, TextAnalysis};
pub use write::{write_all_or_none, write_atomically};

use std::path::Path;
use steppe_formats::InputFormat;
use steppe_glossary::Termbase;
use steppe_translit::reverse::Reverser;
use steppe_translit::Scheme;

/// The termbase built into steppe (a copy of the project's `corpus/termbase.tsv`).
pub const BUILTIN_TERMBASE: &str = include_str!("../../../corpus/termbase.tsv");

/// The name messages give the built-in termbase.
pub const BUILTIN_TERMBASE_NAME: &str = "corpus/termbase.tsv (built in)";

/// The built-in termbase, parsed.
pub fn builtin_termbase() -> Termbase {
    Termbase::parse(Path::new(BUILTIN_TERMBASE_NAME), BUILTIN_TERMBASE)
        .expect("the built-in termbase parses (a test checks it)")
}

/// Everything the main job is run with: the termbase, the reverse transliterator, and how
/// documents are read.
pub struct Pipeline<'a> {
    termbase: &'a Termbase,
    reverser: &'a Reverser<'a>,
    anchors: Anchors,
    style: Scheme,
    format: Option<InputFormat>,
}

impl<'a> Pipeline<'a> {
    /// A pipeline over `termbase` (its names also anchor alignments) and `reverser`.
    pub fn new(termbase: &'a Termbase, reverser: &'a Reverser<'a>) -> Pipeline<'a> {
        Pipeline {
            termbase,
            reverser,
            anchors: Anchors::default().with_termbase(termbase),
            // The spans' restyled form is not exported; any scheme does.
            style: steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru).expect("ALA-LC is built in"),
            format: None,
        }
    }

    /// Reads every document in `format` instead of the one its extension says.
    pub fn with_input_format(mut self, format: Option<InputFormat>) -> Pipeline<'a> {
        self.format = format;
        self
    }

    /// The termbase.
    pub fn termbase(&self) -> &Termbase {
        self.termbase
    }

    /// The reverse transliterator.
    pub fn reverser(&self) -> &Reverser<'a> {
        self.reverser
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_builtin_termbase_parses() {
        assert!(super::builtin_termbase().records().len() > 100);
    }
}
