//! Lines of text: tokens, a verdict for each word, a decision for each span, case and
//! punctuation kept.
//!
//! Each word is analysed alone (and cached): is it a Russian word under some reading, an English
//! word, both, an acronym, a name, or foreign (`Rühle`)? Then each span between commas, colons,
//! quotes and full stops weighs its words: in `Putting NATO's Riga Summit into Context` the English
//! words win and `NATO`, `Riga` stay; in `Evoliutsia NATO v realiiakh` the Russian ones do and
//! `NATO` becomes `НАТО`. Names convert in Russian spans, and elsewhere when they look romanised.

mod compound;
mod confidence;
mod forms;
mod verdict;

use super::contamination::second_pass;
use super::data_lines;
use super::english::{acronym_form, English};
use super::lattice::{Lattice, SchemeSet, Style, ANY, FRENCH, GERMAN, SCHEMES};
use super::names::Names;
use super::rank::NGram;
use super::search::{prefer_headwords, score, search, Candidate, Mode, LEXICON_NGRAM_WEIGHT};
pub use super::text::tokenize;
use super::text::{apply_case, in_address, is_roman_numeral, line_pieces};
use super::{fold_word, FastMap, WordCheck, MAX_WORD_LETTERS};
use crate::Error;
use confidence::{rivals, word_confidence};
pub use confidence::{Basis, Confidence, Level, Reconstruction, WordConfidence};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use verdict::{convert_initials, evidence, is_name, span_scores, verdict, Beside, TIE};

const ACRONYMS: &str = include_str!("../../data/reverse/acronyms.tsv");
/// The Russian words of one letter.
const ONE_LETTER_WORDS: &str = "авикосуя";
/// The most words the reverser's cache holds (about 100 MB); it starts again when full.
const CACHE_WORDS: usize = 1 << 18;
/// Beam width of the lexicon search.
const BEAM: usize = 10;
/// How romanised an English word must look to be read as a name (`Solzhenitsyn`).
const ENGLISH_NAME_LOOKS: f32 = 0.0;
/// Bonus of a headword ending in ь or й (`Юрий` over `Юрии`) for a capitalised word read with any
/// scheme.
const CAPITAL_HEADWORD_BONUS: f32 = 0.5;

/// What a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A Russian word form under some reading.
    Russian,
    /// A Russian word form once English spellings are allowed (`Presidenta`).
    Contaminated,
    /// No dictionary has it, but it reads as a name (`Laumulin`).
    Name,
    /// In the acronym table (`NATO`, `SShA`).
    Acronym,
    /// An English word and no Russian one.
    English,
    /// Letters no romanisation of Russian uses (`Rühle`), or no reading at all.
    Foreign,
    /// A Roman numeral (`II`, `XIV`).
    Numeral,
    /// A whole-word exception from the user's file.
    Exception,
    /// Longer than [`MAX_WORD_LETTERS`](super::MAX_WORD_LETTERS) letters: no word of any language,
    /// so it is left as written without a search (which would cost time out of all proportion).
    TooLong,
}

/// Everything known about one word, independent of its context.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// What the word is.
    pub kind: Kind,
    /// Its reading (lower case; acronyms and exceptions as written), if any.
    pub reading: Option<String>,
    /// Whether it is also an English word.
    pub english: bool,
    /// Readings considered, best first, with their scores (lower is better).
    pub candidates: Vec<(String, f32)>,
    /// Schemes that produce every letter of the reading (0 when it mixes schemes).
    pub all: SchemeSet,
    /// Every scheme and style bit the reading used.
    pub used: SchemeSet,
    /// Whether the reading mixes schemes.
    pub mixed: bool,
    /// For names: how much the word looks like romanised Russian (see `names`).
    pub nameness: f32,
    /// Per-letter log-probability of the Latin as romanised Russian minus as English.
    pub looks: f32,
    /// Soft signs the reading has that the Latin does not show (`bezopasnost`).
    pub inserted: u8,
    /// Whether the reading is a proper noun of the lexicon (`Putin`: Путин), so that a
    /// capitalised word that is English too reads as a name of either language.
    pub proper: bool,
    /// For English grammar on a Russian word (`Kazakhstani`, `NGOs`): the stem.
    pub english_stem: Option<String>,
    /// The next readings after the chosen one (at most three, none that differs from it or
    /// from another only by ё), each with how much worse its ranking score is: what
    /// [`WordConfidence`] is measured from.
    pub rivals: Vec<(String, f32)>,
    /// Lengths of (Latin chunk, Cyrillic) along the reading, for restoring case.
    path: Vec<(u8, u8)>,
}

/// The decision on one word of a line, for `--explain`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct WordReport {
    /// The word as written.
    pub latin: String,
    /// What it is.
    pub kind: Kind,
    /// Readings considered, best first, with scores (lower is better).
    pub candidates: Vec<(String, f32)>,
    /// What was written out.
    pub output: String,
    /// Why.
    pub reason: String,
    /// How sure the output is, and the next readings when it is not certain.
    pub confidence: WordConfidence,
}

impl Analysis {
    /// An analysis of `kind` with no reading.
    fn blank(kind: Kind) -> Analysis {
        Analysis {
            kind,
            reading: None,
            english: false,
            candidates: Vec::new(),
            all: 0,
            used: 0,
            mixed: false,
            nameness: 0.0,
            looks: 0.0,
            inserted: 0,
            proper: false,
            english_stem: None,
            rivals: Vec::new(),
            path: Vec::new(),
        }
    }
}

/// The decision on a line with each token's analysis (see [`Reverser::decide_analysed`]).
pub(crate) type Decided<'t> = (Vec<(&'t str, Option<WordReport>)>, Vec<Option<Analysis>>);

/// Whether `word` has more than [`MAX_WORD_LETTERS`] characters (counting stops there).
pub(crate) fn is_too_long(word: &str) -> bool {
    word.len() > MAX_WORD_LETTERS && word.chars().nth(MAX_WORD_LETTERS).is_some()
}

struct Tables {
    lattice: Lattice,
    ru: NGram,
    rl: NGram,
    en: NGram,
    names: Names,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        lattice: Lattice::embedded(),
        ru: NGram::russian(),
        rl: NGram::romanised(),
        en: NGram::english(),
        names: Names::embedded(),
    })
}

/// The Cyrillic of a Russian acronym romanised as written, from the reverse transliterator's
/// table (`data/reverse/acronyms.tsv`): for callers that tell romanised Russian acronyms from
/// English ones (`steppe-glossary`) without reading whole words. Words are matched as written
/// (`SShA` and `SSHA`, not `Ssha`), and English forms are not in it (`NGOs`).
///
/// ```
/// use steppe_translit::reverse::acronym;
/// assert_eq!(acronym("SShA"), Some("США"));
/// assert_eq!(acronym("NATO"), Some("НАТО"));
/// assert_eq!(acronym("Ssha"), None);
/// assert_eq!(acronym("NGOs"), None);
/// ```
pub fn acronym(word: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| data_lines(ACRONYMS).filter_map(|l| l.split_once('\t')).collect())
        .get(word)
        .copied()
}

/// Reconstructs Cyrillic from romanised text.
///
/// ```
/// use steppe_translit::reverse::{Reverser, WordList};
/// let lexicon = WordList::from_words(["центральная", "азия", "в", "мировой", "политологии"]);
/// let reverser = Reverser::new(&lexicon);
/// assert_eq!(reverser.cyrillic("Tsentral'naia Azia v mirovoy politologii"),
///            "Центральная Азия в мировой политологии");
/// ```
pub struct Reverser<'a, L: WordCheck = steppe_lexicon::LexiconSet> {
    lexicon: &'a L,
    exceptions: HashMap<String, String>,
    mode: Mode,
    cache: Mutex<FastMap<String, Analysis>>,
    /// The most words `cache` holds before it starts over.
    cache_words: usize,
    /// Words analysed so far, the cache's hits not counted (see [`Reverser::words_analysed`]).
    analysed: AtomicU64,
}

impl<'a, L: WordCheck> Reverser<'a, L> {
    /// A reverser over `lexicon` reading any scheme (`--from auto`).
    pub fn new(lexicon: &'a L) -> Reverser<'a, L> {
        Reverser {
            lexicon,
            exceptions: HashMap::new(),
            mode: Mode {
                schemes: ANY | FRENCH | GERMAN,
                contamination: false,
            },
            cache: Mutex::new(FastMap::default()),
            cache_words: CACHE_WORDS,
            analysed: AtomicU64::new(0),
        }
    }

    /// Holds at most `words` words in the word cache (default 262,144, about 100 MB) before it
    /// starts over: less memory on text of ever new words. Tests use a small cache to check, with
    /// [`words_analysed`](Reverser::words_analysed), that a command analyses each word once even
    /// when the cache cannot hold the text's words.
    ///
    /// ```
    /// use steppe_translit::reverse::{Reverser, WordList};
    /// let lexicon = WordList::from_words(["азия"]);
    /// let r = Reverser::new(&lexicon).with_cache_words(1);
    /// r.cyrillic("Aziia Azia Aziia");
    /// assert_eq!(r.words_analysed(), 3, "the second Aziia pushed out by Azia");
    /// ```
    pub fn with_cache_words(mut self, words: usize) -> Reverser<'a, L> {
        self.cache_words = words.max(1);
        self
    }

    /// How many words this reverser has analysed (searched for readings), the word cache's hits
    /// and words too long to read not counted: the engine's work, which tests read to check that
    /// a command reads each word of its input once (no timing could show it deterministically).
    ///
    /// ```
    /// use steppe_translit::reverse::{Reverser, WordList};
    /// let lexicon = WordList::from_words(["азия"]);
    /// let r = Reverser::new(&lexicon);
    /// r.cyrillic("Aziia Aziia");
    /// assert_eq!(r.words_analysed(), 1);
    /// ```
    pub fn words_analysed(&self) -> u64 {
        self.analysed.load(Ordering::Relaxed)
    }

    /// Reads only `scheme` (a scheme file name such as `ala_lc`; `-` and case are ignored), or any
    /// scheme for `auto`.
    pub fn with_scheme(mut self, scheme: &str) -> Result<Reverser<'a, L>, Error> {
        let wanted = scheme.to_lowercase().replace('-', "_");
        if wanted == "auto" {
            return Ok(self);
        }
        let index = SCHEMES.iter().position(|name| *name == wanted).ok_or_else(|| {
            let mut valid: Vec<&'static str> = SCHEMES.to_vec();
            valid.push("auto");
            valid.sort();
            Error::UnknownScheme {
                name: scheme.to_owned(),
                valid,
            }
        })?;
        self.mode.schemes = 1 << index;
        self.cache.get_mut().unwrap_or_else(|e| e.into_inner()).clear();
        Ok(self)
    }

    /// The lexicon the reverser reads with.
    pub(crate) fn lexicon(&self) -> &'a L {
        self.lexicon
    }

    /// Adds whole-word exceptions: a Latin word (as written, or in lower case) and its output.
    pub fn with_exceptions(mut self, exceptions: HashMap<String, String>) -> Reverser<'a, L> {
        self.exceptions = exceptions;
        self
    }

    /// The Cyrillic of `text`, line by line, with case, punctuation and spacing kept. A line
    /// longer than [`MAX_PIECE_BYTES`](super::text::MAX_PIECE_BYTES) is decided in pieces ([`line_pieces`]).
    pub fn cyrillic(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            for piece in line_pieces(line) {
                for (token, report) in self.decide(piece) {
                    out.push_str(report.as_ref().map_or(token, |r| r.output.as_str()));
                }
            }
        }
        out
    }

    /// The decision on every word of `line` (in pieces, as [`cyrillic`](Reverser::cyrillic)
    /// decides it).
    pub fn explain(&self, line: &str) -> Vec<WordReport> {
        line_pieces(line)
            .flat_map(|piece| self.decide(piece).into_iter().filter_map(|(_, r)| r))
            .collect()
    }

    /// What `word` is, alone (cached). A word longer than [`MAX_WORD_LETTERS`] letters is
    /// [`Kind::TooLong`] at once: the one guard that keeps every command of the engine linear in
    /// its input (the lattice search of a word costs far more than its length).
    ///
    /// ```
    /// use steppe_translit::reverse::{Kind, Reverser, WordList};
    /// let lexicon = WordList::from_words(["щи"]);
    /// let r = Reverser::new(&lexicon);
    /// assert_eq!(r.analyse(&"shch".repeat(1000)).kind, Kind::TooLong);
    /// ```
    pub fn analyse(&self, word: &str) -> Analysis {
        if is_too_long(word) {
            return Analysis::blank(Kind::TooLong);
        }
        if let Some(a) = self.cache.lock().unwrap_or_else(|e| e.into_inner()).get(word) {
            return a.clone();
        }
        let a = self.analyse_uncached(word);
        self.analysed.fetch_add(1, Ordering::Relaxed);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        // A bounded cache: an input of ever new words (a word list, random letters) must not
        // grow memory without end; real text repeats its common words long before this.
        if cache.len() >= self.cache_words {
            cache.clear();
        }
        cache.insert(word.to_owned(), a.clone());
        a
    }

    /// Puts words whose analyses a caller kept back into the word cache (starting it over first
    /// when they would not fit), so that reading them again costs no search: a caller that reads
    /// a span again after the cache has moved on (`refs`, `names`) analyses each word once.
    pub(crate) fn remember<'w>(&self, known: impl ExactSizeIterator<Item = (&'w str, &'w Analysis)>) {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() + known.len() > self.cache_words {
            cache.clear();
        }
        for (word, a) in known {
            if !cache.contains_key(word) {
                cache.insert(word.to_owned(), a.clone());
            }
        }
    }

    fn analyse_uncached(&self, word: &str) -> Analysis {
        let t = tables();
        let mut a = Analysis::blank(Kind::Foreign);
        a.english = English::embedded().contains(word);
        let latin: String = fold_word(word)
            .into_iter()
            .filter(char::is_ascii_alphabetic)
            .collect();
        if let (Some(r), Some(e)) = (t.rl.mean_log_prob(&latin), t.en.mean_log_prob(&latin)) {
            a.looks = r - e;
        }
        let exception = self
            .exceptions
            .get(word)
            .or_else(|| self.exceptions.get(&word.to_lowercase()));
        if let Some(out) = exception {
            a.kind = Kind::Exception;
            a.reading = Some(out.clone());
            return a;
        }
        if let Some(cyr) = acronym(word) {
            a.kind = Kind::Acronym;
            a.reading = Some(cyr.to_owned());
            return a;
        }
        // `NGOs`, `NATO's`: English grammar, so English, even where the table knows the acronym.
        if let Some(stem) = acronym_form(word) {
            (a.kind, a.english, a.english_stem) = (Kind::English, true, Some(stem.to_owned()));
            return a;
        }
        if is_roman_numeral(word) {
            a.kind = Kind::Numeral;
            return a;
        }
        if English::embedded().never_russian(word) {
            a.kind = Kind::English;
            return a;
        }
        let chars = fold_word(word);
        if chars
            .iter()
            .any(|&c| !t.lattice.knows(c) && c != '\'' && c != '"')
        {
            return a;
        }
        let lexicon = self.lexicon;
        let mut found = search(&t.lattice, &t.ru, &chars, self.mode, Some(lexicon), BEAM);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if capital && self.mode.schemes & ANY == ANY {
            prefer_headwords(&mut found, CAPITAL_HEADWORD_BONUS);
        }
        // A lower-case English word whose readings are all names (`and`: Анд) is English: a
        // romanisation keeps a name's capital.
        let lower = !word.chars().any(char::is_uppercase);
        if a.english && lower && !found.is_empty() && found.iter().all(|c| lexicon.is_name_only(&c.cyr)) {
            a.kind = Kind::English;
            return a;
        }
        let mut kind = Kind::Russian;
        // `Kazakhstani`, `Chechens`: no Russian form, but an English one of a Russian noun.
        if let Some(stem) = found.is_empty().then(|| self.english_derivation(word)).flatten() {
            (a.kind, a.english, a.english_stem) = (Kind::English, true, Some(stem));
            return a;
        }
        if found.is_empty() && !a.english {
            found = second_pass(&t.lattice, &t.ru, &chars, self.mode, lexicon);
            kind = Kind::Contaminated;
        }
        // One-letter words: only the Russian ones (в, и, к, с, о, у, а, я); initials are handled
        // by the line.
        found.retain(|c| c.cyr.chars().count() > 1 || ONE_LETTER_WORDS.contains(c.cyr.as_str()));
        if let Some(best) = found.first() {
            a.kind = kind;
            a.reading = Some(best.cyr.clone());
            (a.used, a.mixed, a.path) = (best.used, best.mixed, best.path.clone());
            a.all = best.all;
            a.inserted = best.inserted;
            a.proper = lexicon.is_proper(&best.cyr);
            a.candidates = found.iter().take(5).map(|c| (c.cyr.clone(), c.cost)).collect();
            let ranked = |c: &Candidate| score(c, LEXICON_NGRAM_WEIGHT);
            a.rivals = rivals(found.iter().map(|c| (c.cyr.as_str(), ranked(c))));
            return a;
        }
        // An English word stays English, unless it is a capitalised name that looks romanised
        // (`Solzhenitsyn`, `Mikhail`): that one follows its span.
        if a.english && !(capital && a.looks > ENGLISH_NAME_LOOKS) {
            a.kind = Kind::English;
            return a;
        }
        if let Some(name) = t.names.read(&t.lattice, &t.ru, (&t.rl, &t.en), &chars, self.mode) {
            a.kind = Kind::Name;
            a.nameness = name.nameness;
            a.candidates = std::iter::once(&name.cand)
                .chain(&name.others)
                .take(5)
                .map(|c| (c.cyr.clone(), c.cost - c.logp))
                .collect();
            let readings = std::iter::once(&name.cand).chain(&name.others);
            a.rivals = rivals(readings.map(|c| c.cyr.as_str()).zip(name.ranks.iter().copied()));
            let best = name.cand;
            a.reading = Some(best.cyr);
            a.all = best.all;
            a.inserted = best.inserted;
            (a.used, a.mixed, a.path) = (best.used, best.mixed, best.path);
        }
        a
    }

    /// The chunks of `word`'s reading that tell schemes or styles apart: (Latin, Cyrillic, the
    /// schemes and styles that read it so), for `detect`'s evidence (`ia` for я → ALA-LC, `je`
    /// for е → German). Chunks every scheme reads alike, and loose readings, are left out.
    pub fn telling_chunks(&self, word: &str) -> Vec<(String, String, SchemeSet)> {
        let a = self.analyse(word);
        let Some(reading) = a
            .reading
            .filter(|_| !matches!(a.kind, Kind::Acronym | Kind::Exception))
        else {
            return Vec::new();
        };
        let (latin, cyr): (Vec<char>, Vec<char>) = (fold_word(word), reading.chars().collect());
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        for &(l, c) in &a.path {
            let (l, c) = (usize::from(l), usize::from(c));
            let (Some(lat), Some(cy)) = (latin.get(i..i + l), cyr.get(j..j + c)) else {
                break;
            };
            let (lat, cy): (String, String) = (lat.iter().collect(), cy.iter().collect());
            let edge = tables().lattice.edges(&lat).iter().find(|e| {
                matches!(e.style, Style::Scheme | Style::National)
                    && (*e.cyr == *cy || cy.strip_suffix('ь') == Some(&*e.cyr))
            });
            if let Some(e) = edge.filter(|e| e.schemes & ANY != ANY) {
                out.push((lat, e.cyr.to_string(), e.schemes));
            }
            (i, j) = (i + l, j + c);
        }
        out
    }

    /// Every token of `line` with the decision on it (`None` for text between words).
    pub fn decide<'t>(&self, line: &'t str) -> Vec<(&'t str, Option<WordReport>)> {
        self.decide_analysed(line).0
    }

    /// [`decide`](Reverser::decide), with the analysis of each token (`None` for text between
    /// words): a caller that needs more than the decision takes it from here, not from the
    /// cache, which may have started over since (a long line of ever new words).
    pub(crate) fn decide_analysed<'t>(&self, line: &'t str) -> Decided<'t> {
        let tokens = tokenize(line);
        let analyses: Vec<Option<Analysis>> = tokens
            .iter()
            .map(|(tok, is_word)| is_word.then(|| self.analyse(tok)))
            .collect();
        let weights: Vec<f32> = analyses
            .iter()
            .zip(&tokens)
            .map(|(a, (tok, _))| a.as_ref().map_or(0.0, |a| evidence(a, tok)))
            .collect();
        let line_has_english = analyses.iter().flatten().any(|a| a.kind == Kind::English);
        let single_word = analyses.iter().flatten().count() == 1;
        let (span_score, own_score) = span_scores(&tokens, &weights);
        // The same without names, which are names in either language (`Medvedev met Obama`).
        let common: Vec<f32> = analyses
            .iter()
            .zip(&tokens)
            .zip(&weights)
            .map(|((a, (tok, _)), &w)| {
                if a.as_ref().is_some_and(|a| is_name(a, tok)) {
                    0.0
                } else {
                    w
                }
            })
            .collect();
        let (common_score, _) = span_scores(&tokens, &common);
        let mut out: Vec<(&str, Option<WordReport>)> = Vec::with_capacity(tokens.len());
        for (i, (tok, _)) in tokens.iter().enumerate() {
            let Some(a) = &analyses[i] else {
                out.push((tok, None));
                continue;
            };
            let (convert, reason) = if in_address(&tokens, i) {
                (false, "part of a web or e-mail address".to_owned())
            } else {
                // A short word needs Russian words beside it, not just a Russian line, when the
                // line has English in it (`available at` in a reference, `ksh (1)` in a list).
                let others = own_score[i] - weights[i];
                let short = tok.chars().count() <= 3 && matches!(a.kind, Kind::Russian | Kind::Contaminated);
                if short && others <= TIE && line_has_english {
                    (
                        false,
                        "short word, no Russian word beside it in a line with English".to_owned(),
                    )
                } else if single_word
                    && a.english
                    && !tok.chars().any(char::is_uppercase)
                    && matches!(a.kind, Kind::Russian | Kind::Contaminated)
                {
                    // Asked to convert one word that is both: the Russian reading is the request.
                    (
                        true,
                        "Russian word form, and the only word of the line".to_owned(),
                    )
                } else {
                    let beside = Beside {
                        others: span_score[i] - weights[i],
                        common: common_score[i] - common[i],
                        english_line: line_has_english,
                    };
                    verdict(a, tok, span_score[i], beside)
                }
            };
            let output = match (&a.reading, convert) {
                (Some(r), true) if matches!(a.kind, Kind::Acronym | Kind::Exception) => r.clone(),
                (Some(r), true) => apply_case(tok, &a.path, r),
                _ => (*tok).to_owned(),
            };
            let report = WordReport {
                latin: (*tok).to_owned(),
                kind: a.kind,
                candidates: a.candidates.clone(),
                output,
                reason,
                confidence: WordConfidence::default(),
            };
            out.push((tok, Some(report)));
        }
        self.unite_compounds(&tokens, &analyses, &mut out);
        convert_initials(&mut out);
        for ((_, report), a) in out.iter_mut().zip(&analyses) {
            if let (Some(r), Some(a)) = (report, a) {
                r.confidence = word_confidence(a, r, line_has_english);
            }
        }
        (out, analyses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_table_maps_latin_to_cyrillic_capitals() {
        let rows: Vec<&str> = data_lines(ACRONYMS).collect();
        let mut seen = std::collections::HashSet::new();
        for row in rows {
            let (latin, cyr) = row.split_once('\t').expect("latin<TAB>cyrillic");
            assert!(latin.chars().all(|c| c.is_ascii_alphabetic()), "{row}");
            assert!(
                cyr.chars()
                    .all(|c| ('\u{0410}'..='\u{044F}').contains(&c) || c == 'Ё'),
                "{row}"
            );
            assert!(seen.insert(latin), "duplicate {latin}");
        }
    }

    #[test]
    fn a_word_alone_that_is_russian_and_english_is_read_as_russian() {
        let lexicon = super::super::WordList::from_words(["год", "он"]);
        let r = Reverser::new(&lexicon);
        assert_eq!(r.cyrillic("god"), "год");
        assert_eq!(r.cyrillic("On"), "On", "capitalised: could be English");
        assert_eq!(r.cyrillic("God bless America"), "God bless America");
    }
}
