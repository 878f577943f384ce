//! Which romanisation schemes a line is written in, with the evidence.
//!
//! Each romanised word's best reading records the schemes whose tables produce it (see
//! [`lattice`](super::lattice)). A scheme's support on a line is the number of informative words
//! (those that not every scheme spells alike) it fits; the schemes are listed best first. When no
//! scheme fits every informative word the line is *mixed*, and words read only with English
//! spellings (`Afghanistane`) or French and German styles are named.

use super::english::English;
use super::lattice::{SchemeSet, ANY, ENGLISH, FRENCH, GERMAN, SCHEMES};
use super::phrase::{tokenize, Kind, Reverser};
use super::text::line_pieces;
use super::WordCheck;
use std::collections::HashSet;

/// The names people use for the schemes of [`SCHEMES`], in the same order, for the evidence.
const HUMAN: &[&str] = &[
    "ALA-LC",
    "ALA-LC (plain)",
    "BGN",
    "BGN (alt)",
    "BS 2979",
    "BS 2979 (alt)",
    "GOST 16876",
    "GOST 16876 (alt)",
    "GOST R 52290",
    "GOST R 52535",
    "GOST 7034",
    "GOST 7.79",
    "GOST 7.79 (plain)",
    "ICAO",
    "ISO 9:1954",
    "ISO/R 9:1968",
    "ISO/R 9:1968 (alt)",
    "Moscow Metro",
    "MVD 310",
    "MVD 310 (French)",
    "MVD 782",
    "scholarly",
    "telegram",
    "UNGEGN 1987",
    "Wikipedia",
    "Yandex Maps",
    "Yandex Money",
];

/// The human name of scheme `id` (`ala_lc` → `ALA-LC`).
pub fn human_name(id: &str) -> &'static str {
    SCHEMES
        .iter()
        .position(|s| *s == id)
        .map_or("another scheme", |i| HUMAN[i])
}

/// The human names of the schemes in `set` (the first three, then how many more).
fn human_names(set: SchemeSet) -> String {
    let names: Vec<&str> = (0..SCHEMES.len())
        .filter(|i| set & (1 << i) != 0)
        .map(|i| HUMAN[i])
        .collect();
    match names.len() {
        0..=3 => names.join(", "),
        n => format!("{} and {} more", names[..3].join(", "), n - 3),
    }
}

/// Adds `item` unless it is there already.
fn push_new(evidence: &mut Vec<String>, seen: &mut HashSet<String>, item: String) {
    if seen.insert(item.clone()) {
        evidence.push(item);
    }
}

/// The English part of a contaminated word: its longest English prefix of 4+ letters
/// (`National` in `National'naia`), or the whole word.
fn english_part(word: &str) -> &str {
    let english = English::embedded();
    word.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(word.len()))
        .rev()
        .find(|&end| word[..end].chars().count() >= 4 && english.contains(&word[..end]))
        .map_or(word, |end| &word[..end])
}

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
    let mut sets: Vec<(&str, SchemeSet)> = Vec::new();
    // The evidence given so far, so that a long line checks each item in constant time.
    let mut seen: HashSet<String> = HashSet::new();
    // The letters that tell the schemes apart, found with each word's reading in the one pass over
    // the line and named after the mixed-scheme evidence: reading the words again would search
    // them again once the reverser's cache has started over (a long line of ever new words).
    let mut telling: Vec<String> = Vec::new();
    // A long line in pieces, as `cyrillic` reads it: memory for the tokens of one piece only.
    for (token, is_word) in line_pieces(line).flat_map(tokenize) {
        if !is_word {
            continue;
        }
        let a = reverser.analyse(token);
        if a.kind == Kind::TooLong {
            let start: String = token.chars().take(12).collect();
            let item = format!(
                "not read: {start}… ({} letters, longer than any word)",
                token.chars().count()
            );
            push_new(&mut d.evidence, &mut seen, item);
            continue;
        }
        if !matches!(a.kind, Kind::Russian | Kind::Contaminated | Kind::Name) || a.english {
            continue;
        }
        if a.used & ENGLISH != 0 {
            d.evidence
                .push(format!("English contamination: {}", english_part(token)));
        }
        let chunks = reverser.telling_chunks(token);
        // A reading only a national style gives (`je` for е, `ï` for й) names that style.
        for (latin, cyr, set) in &chunks {
            if set & ANY != 0 {
                continue;
            }
            let style = match (set & FRENCH != 0, set & GERMAN != 0) {
                (true, false) => "French style",
                (false, true) => "German style",
                _ => "French or German style",
            };
            push_new(
                &mut d.evidence,
                &mut seen,
                format!("{style}: {latin} for {cyr}: {token}"),
            );
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
        sets.push((token, fits));
        // Only letters that rule out at least half of the schemes are worth naming.
        for (latin, cyr, fits) in chunks {
            if fits & ANY != 0 && (fits & ANY).count_ones() as usize <= SCHEMES.len() / 2 {
                telling.push(format!(
                    "{latin} for {cyr} → {}: {token}",
                    human_names(fits & ANY)
                ));
            }
        }
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
                let other = other.map_or("another scheme", |(n, _)| human_name(n));
                d.evidence
                    .push(format!("mixed {} + {other}: {word}", human_name(&ranked[0].0)));
            }
        }
    }
    // The letters that tell the schemes apart: `ia for я → ALA-LC, ALA-LC (plain): Tsentral'naia`.
    for item in telling {
        push_new(&mut d.evidence, &mut seen, item);
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
            found
                .evidence
                .iter()
                .any(|e| e == "English contamination: President"),
            "{found:?}"
        );
    }

    #[test]
    fn evidence_uses_the_names_people_use() {
        assert_eq!(HUMAN.len(), SCHEMES.len());
        assert_eq!(human_name("bgn_pcgn"), "BGN");
        let lexicon = steppe_lexicon::LexiconSet::embedded();
        let r = Reverser::new(&lexicon);
        let found = detect(&r, "Istoriia Rossii i mirovoy krizis");
        let has = |s: &str| found.evidence.iter().any(|e| e.starts_with(s));
        assert!(has("ia for я → ALA-LC"), "{found:?}");
        assert!(has("mixed ALA-LC + BGN: mirovoy"), "{found:?}");
        let german = detect(&r, "Jeltsin");
        assert!(
            german
                .evidence
                .iter()
                .any(|e| e == "German style: je for е: Jeltsin"),
            "{german:?}"
        );
        let french = detect(&r, "Tchaïkovski");
        let styles: Vec<&String> = french.evidence.iter().filter(|e| e.contains("style")).collect();
        assert!(
            styles.iter().any(|e| e.starts_with("French style: ï for й")),
            "{french:?}"
        );
        assert!(!styles.iter().any(|e| e.starts_with("German")), "{french:?}");
    }
}
