//! A romanised reference span as the page shows it: the span, the schemes it is written in, how
//! sure its Cyrillic is, and the kinds of what to check.

use crate::html::slug;
use steppe_translit::reverse::detect::human_name;
use steppe_translit::reverse::{Detection, Level, RefSpan};

/// One romanised span of a reference with the schemes `steppe detect` finds in it.
///
/// ```
/// use steppe_report::Reference;
/// use steppe_translit::reverse::{detect, reference_spans, Reverser, WordList};
/// use steppe_translit::{scheme, Lang};
/// let lexicon = WordList::from_words(["центральная", "азия"]);
/// let r = Reverser::new(&lexicon);
/// let spans = reference_spans(&r, &[(1, "Tsentral'naia Aziia, 2006.")], scheme("ala_lc", Lang::Ru).unwrap());
/// let refs: Vec<Reference> = spans.into_iter().map(|s| Reference::new(&r, s)).collect();
/// assert_eq!(refs[0].span.cyrillic, "Центральная Азия");
/// assert!(refs[0].detection.schemes.iter().any(|(s, _)| s == "ala_lc"));
/// ```
#[derive(Clone, Debug)]
pub struct Reference {
    /// The span with its Cyrillic, restyled form and flags.
    pub span: RefSpan,
    /// The schemes its spelling fits, and the evidence.
    pub detection: Detection,
    /// How sure its Cyrillic is, when the span says (`None`: the page shows nothing).
    pub certainty: Option<Certainty>,
}

impl Reference {
    /// The span with the schemes `reverser` detects in its romanised form.
    pub fn new<L: steppe_translit::reverse::WordCheck>(
        reverser: &steppe_translit::reverse::Reverser<L>,
        span: RefSpan,
    ) -> Reference {
        let detection = steppe_translit::reverse::detect(reverser, &span.latin);
        let certainty = Some(Certainty::of(&span));
        Reference {
            span,
            detection,
            certainty,
        }
    }

    /// The schemes that fit every informative word, by their usual names (the first three, then
    /// how many more), or what stands in for them: `mixed`, or `no telling letters`.
    pub(crate) fn schemes(&self) -> String {
        let d = &self.detection;
        if d.informative == 0 {
            return "no telling letters".to_owned();
        }
        let fitting: Vec<&str> = d
            .schemes
            .iter()
            .filter(|(_, n)| *n == d.informative)
            .map(|(id, _)| human_name(id))
            .collect();
        match fitting.len() {
            0 => "mixed".to_owned(),
            1..=3 => fitting.join(", "),
            n => format!("{} and {} more", fitting[..3].join(", "), n - 3),
        }
    }

    /// Whether the reconstruction is one reading among others: it has alternatives.
    pub(crate) fn is_uncertain(&self) -> bool {
        self.certainty.as_ref().is_some_and(|c| c.uncertain)
    }

    /// The kinds of the span's flags (see [`REF_FLAG_KINDS`]), each once, in table order, with
    /// `uncertain` first when the reconstruction is.
    pub(crate) fn flag_kinds(&self) -> Vec<&'static str> {
        let mut kinds = Vec::new();
        if self.is_uncertain() {
            kinds.push(UNCERTAIN);
        }
        for (slug, _, test) in REF_FLAG_KINDS {
            if self.span.flags.iter().any(|f| test(f)) {
                kinds.push(slug);
            }
        }
        kinds
    }
}

/// How sure a reconstruction is, as the page shows it: the reverse engine's level with the word it
/// rests on and its margin, and the other readings.
///
/// ```
/// use steppe_report::Certainty;
/// use steppe_translit::reverse::{reference_spans, Reverser, WordList};
/// use steppe_translit::{scheme, Lang};
/// let lexicon = WordList::from_words(["центральная", "азия"]);
/// let r = Reverser::new(&lexicon);
/// let spans = reference_spans(&r, &[(1, "Tsentral'naia Aziia, 2006.")], scheme("ala_lc", Lang::Ru).unwrap());
/// let c = Certainty::of(&spans[0]);
/// assert_eq!((c.confidence.as_str(), c.uncertain), ("certain", false));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Certainty {
    /// The confidence as shown: the level, then the weakest word and its margin
    /// (`guess: Otnosheniia (margin 0.30)`).
    pub confidence: String,
    /// The other readings.
    pub alternatives: Vec<String>,
    /// Whether the reading is in doubt: its level is below certain.
    pub uncertain: bool,
}

impl Certainty {
    /// The certainty of a span's Cyrillic, from the confidence the reverse engine gave it.
    pub fn of(span: &RefSpan) -> Certainty {
        let c = &span.confidence;
        let mut confidence = c.level.as_str().to_owned();
        if let Some(word) = &c.weakest_word {
            confidence = format!("{confidence}: {word}");
        }
        if let Some(margin) = c.margin {
            confidence = format!("{confidence} (margin {margin:.2})");
        }
        Certainty {
            confidence,
            alternatives: span.alternatives.clone(),
            uncertain: c.level != Level::Certain,
        }
    }
}

/// The filter value of an uncertain reconstruction.
pub(crate) const UNCERTAIN: &str = "uncertain";

/// A test on one flag of a span.
type FlagTest = fn(&str) -> bool;

/// The kinds of what `steppe refs` flags: filter value, label, and the test on a flag's text.
pub(crate) const REF_FLAG_KINDS: [(&str, &str, FlagTest); 5] = [
    ("mixed", "mixed schemes", |f| f.starts_with("mixed")),
    ("english", "English contamination", |f| f.starts_with("English")),
    ("style", "French or German style", |f| f.contains(" style")),
    ("soft-sign", "soft sign not shown", |f| f.starts_with("soft sign")),
    ("two-spellings", "one work spelled two ways", |f| {
        f.starts_with("also spelled")
    }),
];

/// The label of a reference filter value.
pub(crate) fn ref_flag_label(kind: &str) -> &'static str {
    if kind == UNCERTAIN {
        return "uncertain reconstruction";
    }
    REF_FLAG_KINDS
        .iter()
        .find(|(slug, _, _)| *slug == kind)
        .map_or("other", |(_, label, _)| label)
}

/// The filter value of a glossary flag: its name before any `:` (`owner:NATO` → `owner`).
pub(crate) fn glossary_flag_kind(flag: &str) -> String {
    slug(flag.split(':').next().unwrap_or(flag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use steppe_translit::reverse::{reference_spans, Reverser, WordList};
    use steppe_translit::{scheme, Lang};

    /// The references of composed notes, read by the engine with a small word list (spans are
    /// made by the engine, not spelled here, so the tests hold whatever fields a span gains).
    fn references(notes: &[(u32, &str)]) -> Vec<Reference> {
        let words = [
            "центральная",
            "азия",
            "в",
            "мировой",
            "политике",
            "европейская",
            "безопасность",
        ];
        let lexicon = WordList::from_words(words);
        let r = Reverser::new(&lexicon);
        let spans = reference_spans(&r, notes, scheme("ala_lc", Lang::Ru).unwrap());
        spans.into_iter().map(|s| Reference::new(&r, s)).collect()
    }

    #[test]
    fn flags_fall_into_their_kinds() {
        let refs = references(&[
            (1, "See: Tsentral'naia Azia v mirovoy politike, Almaty, 2006."),
            (2, "Tsentralnaya Aziya v mirovoi politike, Almaty, 2006."),
        ]);
        assert_eq!(refs.len(), 2, "{refs:?}");
        let kinds = refs[0].flag_kinds();
        assert!(kinds.contains(&"mixed"), "{:?} {kinds:?}", refs[0].span.flags);
        assert!(
            kinds.contains(&"two-spellings"),
            "{:?} {kinds:?}",
            refs[0].span.flags
        );
        assert_eq!(ref_flag_label("two-spellings"), "one work spelled two ways");
        // ALA-LC's ia and BGN's y in one title: no scheme fits every telling word
        assert_eq!(refs[0].schemes(), "mixed");
    }

    #[test]
    fn schemes_fitting_every_telling_word_are_named() {
        let mut r = references(&[(1, "Tsentral'naia Azia v mirovoy politike.")]).remove(0);
        r.detection.informative = 2;
        r.detection.schemes = vec![("ala_lc".into(), 2), ("bgn_pcgn".into(), 1)];
        assert_eq!(r.schemes(), "ALA-LC");
        r.detection.informative = 0;
        assert_eq!(r.schemes(), "no telling letters");
    }

    #[test]
    fn the_shown_confidence_names_the_weakest_word_and_its_margin() {
        let mut span = references(&[(1, "Otnosheniia Rossii, 2001.")]).remove(0).span;
        span.confidence.level = Level::Guess;
        span.confidence.weakest_word = Some("Otnosheniia".into());
        span.confidence.margin = Some(0.3);
        span.alternatives = vec!["отношении России".into()];
        let c = Certainty::of(&span);
        assert_eq!(c.confidence, "guess: Otnosheniia (margin 0.30)");
        assert!(c.uncertain && c.alternatives == ["отношении России"]);
        span.confidence.level = Level::Certain;
        assert!(!Certainty::of(&span).uncertain);
        assert_eq!(glossary_flag_kind("owner:NATO"), "owner");
    }
}
