//! Aligning a text with its translation: the phrase pairs used as anchors (a user's dictionary and
//! the termbase's English–Russian names), and the corpus texts that come in several languages.

use crate::{Error, Pipeline, Text};
use steppe_align::{Aligner, Alignment, Dictionary, Language, NameKey};
use steppe_glossary::Termbase;

/// The phrase pairs used as anchors: a user's dictionary (source → target as given) and the
/// termbase's English → Russian pairs, turned round when the original is Russian.
///
/// ```
/// use steppe_build::Anchors;
/// let termbase = steppe_build::builtin_termbase();
/// let anchors = Anchors::default().with_termbase(&termbase);
/// assert!(!anchors.is_empty());
/// ```
#[derive(Clone, Default)]
pub struct Anchors {
    dictionary: Dictionary,
    en_ru: Dictionary,
}

impl Anchors {
    /// Anchors from a dictionary in hunalign's format (`target phrase @ source phrase` a line).
    pub fn with_dictionary(mut self, dictionary: Dictionary) -> Anchors {
        self.dictionary = dictionary;
        self
    }

    /// Adds every English name of each termbase body with every Russian one: `CSTO` is often
    /// translated by the full Russian name, and the other way round.
    pub fn with_termbase(mut self, termbase: &Termbase) -> Anchors {
        for r in termbase.records() {
            for en in r.en_short.iter().chain(&r.en_long) {
                for ru in r.ru_short.iter().chain(&r.ru_long) {
                    self.en_ru.push(en, ru);
                }
            }
        }
        self
    }

    /// Whether there is no anchor at all.
    pub fn is_empty(&self) -> bool {
        self.dictionary.is_empty() && self.en_ru.is_empty()
    }

    /// The dictionary for one pair of languages.
    pub fn for_langs(&self, source: Language, target: Language) -> Dictionary {
        let mut dict = self.dictionary.clone();
        match (source, target) {
            (Language::En, Language::Ru) => dict.extend(self.en_ru.clone()),
            (Language::Ru, Language::En) => dict.extend(self.en_ru.reversed()),
            _ => {}
        }
        dict
    }
}

/// Aligns two texts sentence by sentence (parsed by the document model), or line by line when
/// `segmented` (one segment a line, `<p>` a paragraph break), with `anchors` and, when given,
/// names linked across scripts by `names`.
pub fn align_texts(
    source: &Text,
    target: &Text,
    names: Option<&dyn NameKey>,
    segmented: bool,
    anchors: &Anchors,
) -> Alignment {
    let (sl, tl) = (source.language, target.language);
    let dictionary = anchors.for_langs(sl, tl);
    let mut aligner = Aligner::new().with_dictionary(&dictionary);
    if let Some(keyer) = names {
        aligner = aligner.with_names(keyer);
    }
    if segmented {
        let src: Vec<&str> = source.source.lines().collect();
        let tgt: Vec<&str> = target.source.lines().collect();
        return aligner.align_segmented(&src, &tgt, sl, tl);
    }
    aligner.align_documents(&source.document(), &target.document(), sl, tl)
}

impl Pipeline<'_> {
    /// Aligns a text with its translation as the main job does: sentences, the termbase's names
    /// as anchors, names linked across scripts by the pipeline's reverser.
    pub fn align(&self, source: &Text, target: &Text) -> Alignment {
        align_texts(source, target, Some(self.reverser), false, &self.anchors)
    }

    /// The aligned memory of a pair as TMX 1.4b bytes.
    pub fn alignment_tmx(&self, alignment: &Alignment) -> Result<Vec<u8>, Error> {
        steppe_align::write_tmx(alignment, 0.0, Vec::new()).map_err(|e| Error::Render {
            path: "alignment.tmx".into(),
            message: e.to_string(),
        })
    }
}
