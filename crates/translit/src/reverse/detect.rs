//! Which romanisation schemes a line is written in, with the evidence.
//!
//! Each romanised word's best reading records the schemes whose tables produce it (see
//! [`lattice`](super::lattice)). A scheme's support on a line is the number of informative words
//! (those that not every scheme spells alike) it fits; the schemes are listed best first. When no
//! scheme fits every informative word the line is *mixed*, and words read only with English
//! spellings (`Afghanistane`) or French and German styles are named.

use super::lattice::{SchemeSet, ANY, ENGLISH, FRENCH, GERMAN, SCHEMES};
use super::phrase::{tokenize, Kind, Reverser};
use super::WordCheck;

/// The schemes of one line.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Detection {
    /// Schemes with the number of informative words each fits, best first (ties by name).
    pub schemes: Vec<(String, usize)>,
    /// Number of words whose spelling tells schemes apart.
    pub informative: usize,
    /// Whether no single scheme fits every informative word, or a word mixes schemes.
    pub mixed: bool,
    /// Human-readable evidence, one item per finding.
    pub evidence: Vec<String>,
}

/// Detects the schemes of `line`.
///
/// ```
/// use steppe_translit::reverse::{detect, Reverser, WordList};
/// let lexicon = WordList::from_words(["центральная", "азия"]);
/// let found = detect(&Reverser::new(&lexicon), "Tsentral'naia Aziia");
/// let names: Vec<&str> = found.schemes.iter().map(|(n, _)| n.as_str()).collect();
/// assert!(names.contains(&"ala_lc_alt") && !names.contains(&"wikipedia"));
/// ```
pub fn detect<L: WordCheck>(reverser: &Reverser<L>, line: &str) -> Detection {
    let mut d = Detection::default();
    let mut counts = vec![0usize; SCHEMES.len()];
    let mut sets: Vec<(String, SchemeSet)> = Vec::new();
    for (token, is_word) in tokenize(line) {
        if !is_word {
            continue;
        }
        let a = reverser.analyse(token);
        if !matches!(a.kind, Kind::Russian | Kind::Contaminated | Kind::Name) || a.english {
            continue;
        }
        if a.used & ENGLISH != 0 {
            d.evidence.push(format!("English contamination: {token}"));
        }
        if a.used & FRENCH != 0 && a.used & ANY & !FRENCH == 0 {
            d.evidence.push(format!("French style: {token}"));
        }
        if a.used & GERMAN != 0 {
            d.evidence.push(format!("German style: {token}"));
        }
        let fits = a.all & ANY;
        if fits == 0 {
            d.evidence.push(format!("mixed schemes within {token}"));
            d.mixed = true;
        }
        if fits == ANY || fits == 0 {
            continue;
        }
        d.informative += 1;
        for (i, c) in counts.iter_mut().enumerate() {
            if fits & (1 << i) != 0 {
                *c += 1;
            }
        }
        sets.push((token.to_owned(), fits));
    }
    let mut ranked: Vec<(String, usize)> = SCHEMES
        .iter()
        .zip(&counts)
        .filter(|(_, &c)| c > 0)
        .map(|(n, &c)| ((*n).to_owned(), c))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    d.mixed |= d.informative > 0 && ranked.first().is_some_and(|(_, c)| *c < d.informative);
    if d.mixed && !ranked.is_empty() {
        // Name the words the leading scheme does not fit, and a scheme that fits them.
        let lead = SCHEMES.iter().position(|n| *n == ranked[0].0).unwrap_or(0);
        for (word, fits) in &sets {
            if fits & (1 << lead) == 0 {
                let other = ranked.iter().find(|(n, _)| {
                    SCHEMES
                        .iter()
                        .position(|s| s == n)
                        .is_some_and(|i| fits & (1 << i) != 0)
                });
                let other = other.map_or("another scheme", |(n, _)| n.as_str());
                d.evidence
                    .push(format!("mixed {} + {other}: {word}", ranked[0].0));
            }
        }
    }
    for (word, fits) in &sets {
        if fits.count_ones() <= 3 {
            let names: Vec<&str> = SCHEMES
                .iter()
                .enumerate()
                .filter(|(i, _)| fits & (1 << i) != 0)
                .map(|(_, n)| *n)
                .collect();
            d.evidence.push(format!("{word} → {}", names.join(", ")));
        }
    }
    d.schemes = ranked;
    d
}

#[cfg(test)]
mod tests {
    use super::super::WordList;
    use super::*;

    #[test]
    fn a_consistent_line_names_its_scheme_and_a_mixed_one_says_so() {
        let lexicon = steppe_lexicon::LexiconSet::embedded();
        let r = Reverser::new(&lexicon);
        let wiki = detect(&r, "Tsentralnaya Aziya");
        assert!(wiki.schemes.iter().any(|(n, _)| n == "wikipedia"), "{wiki:?}");
        assert!(
            !wiki.schemes.iter().any(|(n, _)| n == "ala_lc"),
            "ya is not ALA-LC: {wiki:?}"
        );
        let mixed = detect(&r, "Tsentral'naia Azia v mirovoy politologii");
        assert!(mixed.mixed, "{mixed:?}");
        assert!(
            mixed
                .evidence
                .iter()
                .any(|e| e.starts_with("mixed") && e.ends_with("mirovoy")),
            "{mixed:?}"
        );
    }

    #[test]
    fn a_line_whose_only_word_mixes_schemes_is_mixed() {
        let lexicon = WordList::from_words(["европейская", "безопасность"]);
        let found = detect(&Reverser::new(&lexicon), "Evropeyskaia bezopasnost");
        assert!(
            found.mixed && found.evidence.iter().any(|e| e.contains("Evropeyskaia")),
            "{found:?}"
        );
    }

    #[test]
    fn english_spellings_are_reported() {
        let lexicon = WordList::from_words(["президента"]);
        let found = detect(&Reverser::new(&lexicon), "Presidenta");
        assert!(
            found.evidence.iter().any(|e| e.contains("Presidenta")),
            "{found:?}"
        );
    }
}
