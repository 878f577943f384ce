//! How sure a reconstruction is: a level for each word, from what its reading rests on (a lexicon
//! word, a table entry, a name rule) and the margin between its best and next reading; a line or
//! span is as sure as its weakest word, and when it is not certain, its alternatives are the line
//! with that word's next readings.
//!
//! The margins are differences of the engine's ranking scores (lower is better): for a lexicon
//! word, the search's (channel, frequency and letter model); for a name, the name rule's. The
//! thresholds were set on readings of Russian text romanised by other tools and of the sample's
//! titles (see the crate's `eval/README.md`, "Confidence").

use super::{tables, Analysis, Kind, Reverser, WordReport};
use crate::reverse::text::{apply_case, line_pieces};
use crate::reverse::WordCheck;

/// How many next readings a word keeps.
pub(crate) const RIVALS: usize = 3;
/// How many alternatives a line or span gives at most.
const ALTERNATIVES: usize = 3;
/// A lexicon word whose next reading scores at least this much worse is certain.
const CERTAIN_MARGIN: f32 = 2.0;
/// A reading whose next one scores less than this much worse is a guess.
const LIKELY_MARGIN: f32 = 1.0;
/// The same for a name rule's reading, whose scores spread wider.
const NAME_LIKELY_MARGIN: f32 = 2.0;

/// How sure a reading is, weakest first (so the minimum of a line's words is the line's).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Close rivals, or nothing beyond a letter model to go on: check it.
    Guess,
    /// The best reading by a clear margin, but not from a lexicon word or a table alone (a name
    /// rule's reading, an English spelling, a word kept in Latin that also reads as Russian).
    Likely,
    /// A lexicon word with no close rival, a table entry, or a word that is only English.
    #[default]
    Certain,
}

impl Level {
    /// The level's name as written in JSON and TMX (`certain`, `likely`, `guess`).
    ///
    /// ```
    /// assert_eq!(steppe_translit::reverse::Level::Guess.as_str(), "guess");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Guess => "guess",
            Level::Likely => "likely",
            Level::Certain => "certain",
        }
    }
}

/// What a word's output rests on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A word form of the lexicon.
    Lexicon,
    /// A word form of the lexicon once English spellings are allowed (`Presidenta`).
    EnglishSpelling,
    /// The user's exceptions file.
    Exception,
    /// The acronym table (`SShA`: США).
    Acronym,
    /// An initial before a converted name.
    Initial,
    /// No dictionary has it: the name rule's reading (`Laumulin`).
    NameRule,
    /// Left as written (English, a numeral, an address).
    #[default]
    Kept,
}

/// How sure one word's output is.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct WordConfidence {
    /// The level.
    pub level: Level,
    /// What the output rests on.
    pub basis: Basis,
    /// How much worse the next reading scores, to two decimals (none when there is no other
    /// reading).
    pub margin: Option<f64>,
    /// The next readings, cased like the output, best first (empty when certain); for a word
    /// kept in Latin, its Cyrillic.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<String>,
}

/// How sure a line or span is: as sure as its weakest word.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Confidence {
    /// The weakest word's level (`certain` when there are no words).
    pub level: Level,
    /// The weakest word's margin.
    pub margin: Option<f64>,
    /// The weakest word as written, when one is less than certain.
    pub weakest_word: Option<String>,
    /// What the weakest word rests on.
    pub basis: Option<Basis>,
}

/// A line's Cyrillic, how sure it is, and its alternatives.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Reconstruction {
    /// The Cyrillic, as [`Reverser::cyrillic`] writes it.
    pub text: String,
    /// How sure it is.
    pub confidence: Confidence,
    /// The line with one uncertain word read its next way, at most three: the weakest words
    /// first, each word's readings best first. Empty when certain.
    pub alternatives: Vec<String>,
}

/// The readings after the first of `ranked` (reading, score; best first), each once and none that
/// differs from an earlier one only by ё (print often drops it), with how much worse each scores.
pub(crate) fn rivals<'c>(ranked: impl Iterator<Item = (&'c str, f32)>) -> Vec<(String, f32)> {
    let fold = |s: &str| s.replace('ё', "е");
    let mut seen: Vec<String> = Vec::new();
    let mut best = None;
    let mut out = Vec::new();
    for (reading, score) in ranked {
        let folded = fold(reading);
        if seen.contains(&folded) {
            continue;
        }
        seen.push(folded);
        match best {
            None => best = Some(score),
            Some(b) => out.push((reading.to_owned(), (score - b).max(0.0))),
        }
        if out.len() == RIVALS {
            break;
        }
    }
    out
}

/// The level a margin gives, `likely_at` being the least margin that is no guess.
fn by_margin(margin: Option<f64>, likely_at: f32) -> Level {
    match margin {
        None => Level::Certain,
        Some(m) if m >= f64::from(CERTAIN_MARGIN) => Level::Certain,
        Some(m) if m >= f64::from(likely_at) => Level::Likely,
        Some(_) => Level::Guess,
    }
}

/// `cyr` cased as the Latin `latin` is (first capital, all capitals), for a next reading.
fn cased(latin: &str, cyr: &str) -> String {
    let out = apply_case(latin, &[], cyr);
    if out.is_empty() {
        cyr.to_owned()
    } else {
        out
    }
}

/// How sure the output `r` of the word analysed as `a` is.
/// `english_line` says whether some word of the line is English only.
pub(super) fn word_confidence(a: &Analysis, r: &WordReport, english_line: bool) -> WordConfidence {
    let margin = a
        .rivals
        .first()
        .map(|(_, m)| (f64::from(*m) * 100.0).round() / 100.0);
    let next = |level: Level| -> Vec<String> {
        if level == Level::Certain {
            return Vec::new();
        }
        a.rivals.iter().map(|(c, _)| cased(&r.latin, c)).collect()
    };
    let word = |level: Level, basis: Basis| WordConfidence {
        level,
        basis,
        margin,
        next: next(level),
    };
    if r.output == r.latin {
        // Kept in Latin: sure when nothing reads it as Russian, or when it is an English word in
        // a line with words that are only English (`God bless America`); otherwise the line
        // decided a close case, and its Cyrillic is the alternative (`Manipur`, a lone `On`).
        let english_in_english = a.english && english_line;
        let cyrillic = match (&a.reading, a.kind) {
            _ if english_in_english => None,
            (Some(reading), Kind::Acronym) => Some(reading.clone()),
            (Some(reading), Kind::Russian | Kind::Contaminated | Kind::Name) => {
                Some(apply_case(&r.latin, &a.path, reading))
            }
            _ => None,
        };
        let level = if cyrillic.is_some() {
            Level::Likely
        } else {
            Level::Certain
        };
        return WordConfidence {
            level,
            basis: Basis::Kept,
            margin: None,
            next: cyrillic.into_iter().filter(|c| *c != r.latin).collect(),
        };
    }
    if r.reason.starts_with("initial") {
        let lower = r.latin.to_lowercase();
        let mut letters: Vec<String> = tables()
            .lattice
            .edges(&lower)
            .iter()
            .filter(|e| e.cyr.chars().count() == 1)
            .map(|e| e.cyr.to_uppercase())
            .filter(|c| *c != r.output)
            .collect();
        letters.sort();
        letters.dedup();
        let level = if letters.is_empty() {
            Level::Certain
        } else {
            Level::Likely
        };
        letters.truncate(RIVALS);
        return WordConfidence {
            level,
            basis: Basis::Initial,
            margin: None,
            next: letters,
        };
    }
    match a.kind {
        Kind::Exception => word(Level::Certain, Basis::Exception),
        Kind::Acronym => word(Level::Certain, Basis::Acronym),
        Kind::Russian => word(by_margin(margin, LIKELY_MARGIN), Basis::Lexicon),
        Kind::Contaminated => word(
            by_margin(margin, LIKELY_MARGIN).min(Level::Likely),
            Basis::EnglishSpelling,
        ),
        _ => word(
            by_margin(margin, NAME_LIKELY_MARGIN).min(Level::Likely),
            Basis::NameRule,
        ),
    }
}

/// Whether `a` is a weaker word than `b`: lower level, then smaller margin (none is widest).
fn weaker(a: &WordConfidence, b: &WordConfidence) -> bool {
    let margin = |c: &WordConfidence| c.margin.unwrap_or(f64::INFINITY);
    (a.level, margin(a)) < (b.level, margin(b))
}

impl<L: WordCheck> Reverser<'_, L> {
    /// The Cyrillic of one line (as [`cyrillic`](Reverser::cyrillic) writes it), how sure it is
    /// (its weakest word), and, when not certain, up to three alternatives.
    ///
    /// ```
    /// use steppe_translit::reverse::{Level, Reverser, WordList};
    /// let lexicon = WordList::from_words(["мировой", "политике"]);
    /// let r = Reverser::new(&lexicon);
    /// let sure = r.reconstruct("mirovoy politike");
    /// assert_eq!((sure.text.as_str(), sure.confidence.level), ("мировой политике", Level::Certain));
    /// let name = r.reconstruct("Shtol");
    /// assert_eq!(name.confidence.weakest_word.as_deref(), Some("Shtol"));
    /// assert!(name.confidence.level < Level::Certain);
    /// ```
    pub fn reconstruct(&self, line: &str) -> Reconstruction {
        let mut tokens: Vec<(String, Option<WordReport>)> = Vec::new();
        for piece in line_pieces(line) {
            for (token, report) in self.decide(piece) {
                tokens.push((token.to_owned(), report));
            }
        }
        let output = |t: &(String, Option<WordReport>)| -> String {
            t.1.as_ref().map_or_else(|| t.0.clone(), |r| r.output.clone())
        };
        let text: String = tokens.iter().map(output).collect();
        // Uncertain words, weakest first (then in line order).
        let mut doubtful: Vec<(usize, &WordReport)> = tokens
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| r.as_ref().map(|r| (i, r)))
            .filter(|(_, r)| r.confidence.level < Level::Certain)
            .collect();
        doubtful.sort_by(|(i, a), (j, b)| {
            if weaker(&a.confidence, &b.confidence) {
                std::cmp::Ordering::Less
            } else if weaker(&b.confidence, &a.confidence) {
                std::cmp::Ordering::Greater
            } else {
                i.cmp(j)
            }
        });
        let Some(&(_, weakest)) = doubtful.first() else {
            return Reconstruction {
                text,
                ..Reconstruction::default()
            };
        };
        let confidence = Confidence {
            level: weakest.confidence.level,
            margin: weakest.confidence.margin,
            weakest_word: Some(weakest.latin.clone()),
            basis: Some(weakest.confidence.basis),
        };
        let mut alternatives: Vec<String> = Vec::new();
        'words: for &(i, r) in &doubtful {
            for next in &r.confidence.next {
                let alternative: String = tokens
                    .iter()
                    .enumerate()
                    .map(|(j, t)| if j == i { next.clone() } else { output(t) })
                    .collect();
                if alternative != text && !alternatives.contains(&alternative) {
                    alternatives.push(alternative);
                }
                if alternatives.len() == ALTERNATIVES {
                    break 'words;
                }
            }
        }
        Reconstruction {
            text,
            confidence,
            alternatives,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::WordList;
    use super::*;

    #[test]
    fn rivals_skip_readings_that_differ_only_by_yo() {
        let ranked = [("все", -5.0), ("всё", -4.8), ("вес", -3.0), ("вёс", -2.9)];
        let r = rivals(ranked.into_iter());
        assert_eq!(r, vec![("вес".to_owned(), 2.0)]);
    }

    #[test]
    fn a_line_is_as_sure_as_its_weakest_word() {
        let lexicon = WordList::from_words(["центральная", "азия", "в", "мировой", "политике"]);
        let r = Reverser::new(&lexicon);
        let sure = r.reconstruct("Tsentral'naia Aziia v mirovoi politike");
        assert_eq!(sure.text, "Центральная Азия в мировой политике");
        assert_eq!(sure.confidence.level, Level::Certain, "{sure:?}");
        assert!(sure.alternatives.is_empty());
        // An unknown name beside them: the name rule's reading is no more than likely, and it is
        // the weakest word.
        let named = r.reconstruct("Tsentral'naia Aziia v mirovoi politike Shtolia");
        assert!(named.confidence.level < Level::Certain, "{named:?}");
        assert_eq!(named.confidence.weakest_word.as_deref(), Some("Shtolia"));
        assert_eq!(named.confidence.basis, Some(Basis::NameRule));
    }
}
