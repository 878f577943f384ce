//! The candidate lattice: every way a chunk of Latin letters can be read back as Cyrillic.
//!
//! The readings come from data only. Each scheme file in `data/schemes/` is inverted (its
//! `mapping`, and the letters its context rules produce), and `data/reverse/ambiguities.tsv` adds
//! what real romanisations do that no table says (`ia` for `ия`, French `dj`, German `w`, English
//! `gh`). A reading carries the set of schemes that produce it, so the search can tell a
//! consistent ALA-LC word from a mixed one and `detect` can name the schemes.

use super::data_lines;
use super::FastMap;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// The Russian schemes inverted for the lattice, in a fixed order (bit `i` of a [`SchemeSet`] is
/// `SCHEMES[i]`). Their tables come from the forward engine ([`crate::scheme`]), which compiles
/// `data/schemes/*.json`. Uzbek `uz` is left out: it romanises Uzbek Cyrillic, not Russian.
pub const SCHEMES: &[&str] = &[
    "ala_lc",
    "ala_lc_alt",
    "bgn_pcgn",
    "bgn_pcgn_alt",
    "bs_2979",
    "bs_2979_alt",
    "gost_16876",
    "gost_16876_alt",
    "gost_52290",
    "gost_52535",
    "gost_7034",
    "gost_779",
    "gost_779_alt",
    "icao_doc_9303",
    "iso_9_1954",
    "iso_9_1968",
    "iso_9_1968_alt",
    "mosmetro",
    "mvd_310",
    "mvd_310_fr",
    "mvd_782",
    "scientific",
    "telegram",
    "ungegn_1987",
    "wikipedia",
    "yandex_maps",
    "yandex_money",
];

const AMBIGUITIES: &str = include_str!("../../data/reverse/ambiguities.tsv");

/// A set of schemes (and styles) as bits: bit `i < SCHEMES.len()` is a scheme, then the styles.
pub type SchemeSet = u64;

/// Bit of the French style (`Djemal`, `Tchaikovski`) in a [`SchemeSet`].
pub const FRENCH: SchemeSet = 1 << 40;
/// Bit of the German style (`Nasarbajew`, `Tschechow`).
pub const GERMAN: SchemeSet = 1 << 41;
/// Bit of English contamination (`Presidenta`, `Afghanistane`).
pub const ENGLISH: SchemeSet = 1 << 42;
/// The neutral set of a loose reading: it belongs to no scheme and excludes none.
pub const ANY: SchemeSet = (1 << SCHEMES.len()) - 1;

/// How a reading came about, which decides in which pass and mode it may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A scheme table read backwards.
    Scheme,
    /// A known ambiguity of real romanisations (`ia` for `ия`).
    Loose,
    /// French or German national style.
    National,
    /// English spelling inside a romanisation: second pass only.
    Contamination,
}

/// One reading of a Latin chunk.
#[derive(Clone, Debug)]
pub struct Edge {
    /// The Cyrillic it stands for (lower case).
    pub cyr: Box<str>,
    /// Cost added to a candidate using it (0 for the commonest reading).
    pub cost: f32,
    /// Schemes and styles that produce it.
    pub schemes: SchemeSet,
    /// Where it comes from.
    pub style: Style,
    /// Valid only at the end of a word (`y` for `ий` in BS 2979).
    pub at_end: bool,
    /// Used only when reading names, never for lexicon words (German `s` for з).
    pub names_only: bool,
    /// Valid only at the start of a word or right after a vowel (German `je` for е).
    pub after_vowel: bool,
    /// Valid only before a vowel (French and German `ss` for с between vowels).
    pub before_vowel: bool,
}

/// All readings, keyed by their Latin chunk.
pub struct Lattice {
    by_latin: FastMap<Box<str>, Vec<Edge>>,
    max_len: usize,
    drops_soft: SchemeSet,
    blurs: SchemeSet,
}

impl Lattice {
    /// Builds the lattice from the embedded scheme files and ambiguity table.
    pub fn embedded() -> Lattice {
        let mut support: HashMap<(String, String, bool), SchemeSet> = HashMap::new();
        let mut drops_soft = 0;
        let mut blurs_y = 0;
        for (i, name) in SCHEMES.iter().enumerate() {
            let scheme = crate::scheme(name, crate::Lang::Ru).expect("every listed scheme exists");
            let bit = 1u64 << i;
            let mut add = |cyr: &str, lat: &str, at_end: bool| {
                let lat = fold_latin(lat);
                if lat.is_empty() || cyr.is_empty() {
                    return;
                }
                *support.entry((lat, cyr.to_lowercase(), at_end)).or_default() |= bit;
            };
            for (cyr, lat) in scheme.letters() {
                if cyr == 'ь' && lat.is_empty() {
                    drops_soft |= bit;
                }
                add(&cyr.to_string(), lat, false);
            }
            // Context rules give the Latin of one letter in a context: read that letter back.
            // A rule after a letter reads back with that letter's own Latin in front (MVD 782
            // writes ьи as `yi`, the French MVD writes ге as `gue` and кс as `x`): reading `yi`
            // alone as и would make `Chetvertyi` четверти, and `x` alone as с makes `text` тест.
            let plain = |c: char| scheme.letters().find(|(l, _)| *l == c).map_or("", |(_, lat)| lat);
            for rule in scheme.prev_rules() {
                match rule.prev {
                    Some(prev) => {
                        let before = scheme
                            .next_rules()
                            .find(|n| n.letter == prev && n.next == rule.letter)
                            .map_or_else(|| plain(prev), |n| n.latin);
                        let latin = format!("{before}{}", rule.latin);
                        add(&format!("{prev}{}", rule.letter), &latin, false);
                    }
                    None => add(&rule.letter.to_string(), rule.latin, false),
                }
            }
            // Likewise a rule before a letter reads back with that letter's Latin after it
            // (Moscow Metro writes ь before и as `y`: `y` alone is no soft sign).
            for rule in scheme.next_rules() {
                let after = scheme
                    .prev_rules()
                    .find(|p| p.prev == Some(rule.letter) && p.letter == rule.next)
                    .map_or_else(|| plain(rule.next), |p| p.latin);
                if !rule.latin.is_empty() {
                    add(
                        &format!("{}{}", rule.letter, rule.next),
                        &format!("{}{after}", rule.latin),
                        false,
                    );
                }
            }
            for rule in scheme.ending_rules() {
                add(rule.ending, rule.latin, true);
                if rule.latin == "y" {
                    blurs_y |= bit;
                }
            }
        }
        let mut by_latin: FastMap<Box<str>, Vec<Edge>> = FastMap::default();
        let best: HashMap<&str, u32> = support.iter().fold(HashMap::new(), |mut m, ((lat, _, _), s)| {
            let e = m.entry(lat.as_str()).or_insert(0);
            *e = (*e).max(s.count_ones());
            m
        });
        for ((lat, cyr, at_end), schemes) in &support {
            // The reading most schemes give costs 0; rarer ones up to 0.6.
            let share = schemes.count_ones() as f32 / best[lat.as_str()] as f32;
            let cost = 0.6 * (1.0 - share) + if *at_end { 0.1 } else { 0.0 };
            by_latin.entry(lat.as_str().into()).or_default().push(Edge {
                cyr: cyr.as_str().into(),
                cost,
                schemes: *schemes,
                style: Style::Scheme,
                at_end: *at_end,
                names_only: false,
                after_vowel: false,
                before_vowel: false,
            });
        }
        for line in data_lines(AMBIGUITIES) {
            let mut cols: Vec<&str> = line.split('\t').collect();
            let place = if cols.len() == 5 { cols.pop() } else { None };
            let [lat, cyr, cost, style] = cols[..] else {
                panic!("ambiguities.tsv: bad line {line:?}");
            };
            let (mut at_end, mut after_vowel, mut before_vowel) = (false, false, false);
            for p in place.unwrap_or_default().split(',').filter(|p| !p.is_empty()) {
                match p {
                    "end" => at_end = true,
                    "vowel" => after_vowel = true,
                    "before" => before_vowel = true,
                    "between" => (after_vowel, before_vowel) = (true, true),
                    other => panic!("ambiguities.tsv: unknown place {other:?}"),
                }
            }
            let names_only = style == "german-names";
            let (style, schemes) = match style {
                "loose" => (Style::Loose, ANY),
                "french" => (Style::National, FRENCH),
                "german" | "german-names" => (Style::National, GERMAN),
                "contamination" => (Style::Contamination, ENGLISH),
                other => panic!("ambiguities.tsv: unknown style {other:?}"),
            };
            let cost: f32 = cost.parse().expect("ambiguities.tsv: cost is a number");
            let edges = by_latin.entry(fold_latin(lat).into()).or_default();
            let same = |e: &&mut Edge| {
                &*e.cyr == cyr
                    && e.at_end == at_end
                    && e.after_vowel == after_vowel
                    && e.before_vowel == before_vowel
                    && e.names_only == names_only
                    && (e.style == style || style == Style::National)
            };
            match edges.iter_mut().find(same) {
                // Already a scheme reading: the national style only adds its bit.
                Some(e) => e.schemes |= schemes,
                None => edges.push(Edge {
                    cyr: cyr.into(),
                    cost,
                    schemes,
                    style,
                    at_end,
                    names_only,
                    after_vowel,
                    before_vowel,
                }),
            }
        }
        for (latin, edges) in by_latin.iter_mut() {
            // A sign that the Latin does not show at all (Moscow Metro's `o` for ьё) costs what
            // inserting one costs in the search.
            let shown = latin.chars().count();
            for e in edges.iter_mut() {
                if e.cyr.starts_with(['ь', 'ъ']) && e.cyr.chars().count() > shown {
                    e.cost = e.cost.max(1.0);
                }
            }
            // Russian print mostly writes ё as е: reading ё where е is possible must cost more.
            if edges.iter().any(|e| !e.cyr.contains('ё')) {
                for e in edges.iter_mut().filter(|e| e.cyr.contains('ё')) {
                    e.cost = e.cost.max(0.8);
                }
            }
            edges.sort_by(|a, b| a.cost.total_cmp(&b.cost).then_with(|| a.cyr.cmp(&b.cyr)));
        }
        let max_len = by_latin.keys().map(|k| k.chars().count()).max().unwrap_or(1);
        Lattice {
            by_latin,
            max_len,
            drops_soft,
            blurs: drops_soft | blurs_y,
        }
    }

    /// Readings of exactly this (folded) Latin chunk.
    pub fn edges(&self, latin: &str) -> &[Edge] {
        self.by_latin.get(latin).map_or(&[], |v| v.as_slice())
    }

    /// The schemes that write no soft sign at all (Wikipedia, ICAO): with them a soft sign may be
    /// inserted anywhere at little cost.
    pub fn drops_soft(&self) -> SchemeSet {
        self.drops_soft
    }

    /// The schemes that write no soft sign or write ый/ий as plain `y`: in them `-ny` may be
    /// дефектный as well as дефектны, and a dictionary headword is the likelier reading.
    pub fn blurs_endings(&self) -> SchemeSet {
        self.blurs
    }

    /// The longest Latin chunk that has a reading, in characters.
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// Whether a (folded) character can start any reading: letters outside every scheme, like
    /// `ü` or `q`, are evidence that a word is not romanised Russian.
    pub fn knows(&self, c: char) -> bool {
        let mut buf = [0u8; 4];
        self.by_latin.contains_key(c.encode_utf8(&mut buf) as &str)
    }
}

/// Folds Latin text for matching: NFC, lower case, tie bars and the `·` separator removed, every
/// apostrophe-like mark made `'` and every double one `"`.
pub fn fold_latin(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        match c {
            '\u{0361}' | '\u{0360}' | '\u{FE20}' | '\u{FE21}' | '·' => {}
            // iuliia's files write the Latin ë of some schemes as Cyrillic ё.
            'ё' | 'Ё' => out.push('ë'),
            '\u{0300}'..='\u{036F}' => {}
            '\'' | 'ʹ' | 'ʼ' | '’' | '‘' | '`' | '´' | '′' | 'ʻ' => out.push('\''),
            '"' | 'ʺ' | '″' | '”' | '“' => out.push('"'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out.replace("''", "\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_letter_reads_back() {
        let lattice = Lattice::embedded();
        for name in SCHEMES {
            let scheme = crate::scheme(name, crate::Lang::Ru).unwrap();
            for (cyr, lat) in scheme.letters() {
                let lat = fold_latin(lat);
                if lat.is_empty() {
                    continue;
                }
                assert!(
                    lattice.edges(&lat).iter().any(|e| e.cyr.starts_with(cyr)),
                    "{name}: {lat} does not read back as {cyr}"
                );
            }
        }
    }

    #[test]
    fn every_russian_scheme_but_uzbek_is_inverted() {
        let russian: Vec<&str> = crate::schemes()
            .filter(|s| s.lang() == crate::Lang::Ru && s.name() != "uz")
            .map(|s| s.name())
            .collect();
        assert_eq!(SCHEMES, russian.as_slice());
    }

    #[test]
    fn ambiguities_and_styles_are_present() {
        let lattice = Lattice::embedded();
        let has = |lat: &str, cyr: &str| lattice.edges(lat).iter().any(|e| &*e.cyr == cyr);
        assert!(has("ia", "я") && has("ia", "ия") && has("ts", "ц") && has("ts", "тс"));
        assert!(has("dj", "дж") && has("w", "в") && has("gh", "г"));
        assert!(!lattice.knows('ü') && lattice.knows('š'));
    }

    #[test]
    fn german_and_french_readings_keep_their_place() {
        let lattice = Lattice::embedded();
        let edge = |lat: &str, cyr: &str| lattice.edges(lat).iter().find(|e| &*e.cyr == cyr).cloned();
        assert!(edge("je", "е").is_some_and(|e| e.after_vowel && e.schemes & GERMAN != 0));
        assert!(edge("ow", "ов").is_some_and(|e| e.at_end));
        assert!(edge("off", "ов").is_some_and(|e| e.at_end && e.schemes & FRENCH != 0));
        assert!(edge("schtsch", "щ").is_some() && edge("chtch", "щ").is_some());
        assert!(edge("ss", "с").is_some_and(|e| e.after_vowel && e.before_vowel));
        assert!(lattice.knows('ï'));
        // MVD 782 writes ьи as `yi` (ь before и is empty there): that is not a plain и.
        assert!(!lattice.edges("yi").iter().any(|e| &*e.cyr == "и"));
        assert!(lattice.edges("yi").iter().any(|e| &*e.cyr == "ьи"));
        // Moscow Metro writes ь before и as `y`: `y` is a soft sign only before a vowel.
        assert!(lattice
            .edges("y")
            .iter()
            .filter(|e| &*e.cyr == "ь")
            .all(|e| e.before_vowel));
        // The French MVD writes кс as `x` and ге as `gue`: `x` alone is not с, `ue` alone not е.
        assert!(!lattice.edges("x").iter().any(|e| &*e.cyr == "с"));
        assert!(lattice.edges("x").iter().any(|e| &*e.cyr == "кс"));
        assert!(lattice.edges("gue").iter().any(|e| &*e.cyr == "ге"));
        assert!(!lattice.edges("ue").iter().any(|e| &*e.cyr == "е"));
    }

    #[test]
    fn folding_unifies_apostrophes_and_tie_bars() {
        assert_eq!(fold_latin("Tsentral’naia"), "tsentral'naia");
        assert_eq!(fold_latin("T͡Sentralʹnai͡a"), "tsentral'naia");
    }
}
