//! One text of a corpus: read in any format steppe reads, then analysed into what its exports hold.

use crate::{corpus, Error, Pipeline};
use std::path::{Path, PathBuf};
use steppe_align::Language;
use steppe_doc::Document;
use steppe_formats::InputFormat;
use steppe_glossary::{EntryKind, Glossary};
use steppe_translit::reverse::{reference_spans, RefSpan, Reverser, WordCheck};
use steppe_translit::Scheme;

/// A text as read from a file: its name, language and plain text.
#[derive(Clone, Debug)]
pub struct Text {
    /// The file.
    pub path: PathBuf,
    /// The name messages use (the path as given).
    pub name: String,
    /// The name its exports are named after ([`corpus::stem`]: `article.en`).
    pub stem: String,
    /// Its language: the tag of its name, else a guess from its letters.
    pub language: Language,
    /// The text every offset points into.
    pub source: String,
}

impl Text {
    /// Reads `path` in `format` (`None`: the extension says), as every steppe command reads a
    /// document.
    pub fn read(path: &Path, format: Option<InputFormat>) -> Result<Text, Error> {
        let extracted = steppe_formats::load(path, format)?;
        Ok(Text::new(path, extracted.text))
    }

    /// A text already in memory, named after `path` (its language from the name, else the letters).
    ///
    /// ```
    /// use steppe_build::Text;
    /// let text = Text::new("c/a.en.txt".as_ref(), "NATO met.".to_owned());
    /// assert_eq!((text.stem.as_str(), text.language.code()), ("a.en", "en"));
    /// ```
    pub fn new(path: &Path, source: String) -> Text {
        Text {
            path: path.to_owned(),
            name: path.display().to_string(),
            stem: corpus::stem(path),
            language: corpus::text_language(path, &source),
            source,
        }
    }

    /// The text parsed by the document model in its language.
    pub fn document(&self) -> Document {
        Document::parse(&self.name, &self.source, self.language.doc_lang())
    }
}

/// What the main job found in one English text: what its exports are written from.
#[derive(Clone, Debug)]
pub struct TextAnalysis {
    /// The text's name (for messages).
    pub name: String,
    /// The name its exports are named after.
    pub stem: String,
    /// The glossary, annotated from the termbase and kept to the kinds a termbase needs.
    pub glossary: Glossary,
    /// The romanised Russian spans of its footnotes with their Cyrillic.
    pub spans: Vec<RefSpan>,
    /// The works its footnotes cite, as bibliography entries.
    pub works: Vec<steppe_bib::extract::Extracted>,
}

/// The romanised Russian spans of a document's own footnotes, written in `style` (`Ibid.` notes
/// repeat another and are skipped): what `steppe refs` prints and the refs TMX holds.
pub fn footnote_spans<L: WordCheck>(reverser: &Reverser<L>, doc: &Document, style: Scheme) -> Vec<RefSpan> {
    let notes: Vec<(u32, &str)> = doc
        .footnotes
        .iter()
        .filter(|f| f.resolved_from.is_none())
        .map(|f| (f.number, f.text.as_str()))
        .collect();
    reference_spans(reverser, &notes, style)
}

impl Pipeline<'_> {
    /// Analyses one text: its glossary (termbase kinds, annotated), reference spans and works
    /// cited. `None` for a text that is not English (no glossary or reference exports).
    pub fn analyse(&self, text: &Text) -> Option<TextAnalysis> {
        if text.language != Language::En {
            return None;
        }
        let doc = text.document();
        let mut glossary = steppe_glossary::extract(&doc);
        self.termbase.annotate(&mut glossary);
        glossary.retain_kinds(&EntryKind::TERMBASE);
        glossary.sort();
        Some(TextAnalysis {
            name: text.name.clone(),
            stem: text.stem.clone(),
            glossary,
            spans: footnote_spans(self.reverser, &doc, self.style),
            works: steppe_bib::extract::extract(self.reverser, &doc),
        })
    }
}
