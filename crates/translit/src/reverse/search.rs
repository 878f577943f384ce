//! Beam search over the lattice of one word.
//!
//! Going left to right through the folded Latin word, each partial reading is extended by every
//! reading of the next chunk. With a lexicon, a partial reading that starts no Russian word is
//! dropped at once, which keeps the search small; without one (names), a letter trigram model of
//! Russian orders the beam instead. A soft sign may be inserted after any consonant, since many
//! romanisations drop it (`bezopasnost`).

use super::lattice::{Edge, Lattice, SchemeSet, Style, ANY};
use super::rank::{is_name_headword, is_sign_headword, NGram};
use super::WordCheck;

/// Cost of inserting a hard sign that the Latin does not show (before a vowel: `obem` for объём).
const INSERT_HARD: f32 = 1.0;
/// Cost of inserting a soft sign that the Latin does not show.
const INSERT_SOFT: f32 = 1.0;
/// The same when the scheme given writes no soft sign at all.
const INSERT_SOFT_DROPPED: f32 = 0.2;
/// Weight of the Russian letter model among words of the lexicon (it prefers `-ный` to `-ны`).
pub(crate) const LEXICON_NGRAM_WEIGHT: f32 = 0.1;
/// Bonus of a headword ending in ь or й over the form without the sign (`-ный` over `-ны`), when
/// the scheme given blurs endings.
const HEADWORD_BONUS: f32 = 1.0;
/// Weight of a word form's frequency (its Zipf value, log10 of occurrences per billion words)
/// in the final ranking: among readings that are all words, the commoner form is the likelier
/// (`versii`: версии 5.0 over версий 4.0). With [`CHANNEL_WEIGHT`] the ranking is a noisy channel,
/// P(Cyrillic) × P(Latin | Cyrillic), in log10 units. Both weights were chosen on Russian text from
/// the machine's gettext catalogues, not on the evaluation data (see `eval/README.md`).
const FREQUENCY_WEIGHT: f32 = 2.0;
/// The Zipf value of a form the frequency table lacks (the table keeps forms above 1.0).
const FREQUENCY_FLOOR: f32 = 0.5;
/// Weight of the channel term: log10 of the share of the schemes in play that write the
/// candidate exactly as the Latin shows (`otmenit`: every scheme writes отменит so, only the few
/// that drop soft signs write отменить so).
const CHANNEL_WEIGHT: f32 = 1.0;
/// The share of schemes credited to a reading that none of them gives (a loose reading, a scheme
/// switch, a soft sign that the scheme given would have written).
const CHANNEL_FLOOR: f32 = 0.05;

/// log10 of the share of the schemes in play (all, or the one given) that write `c` exactly as
/// the Latin shows it: every reading used is theirs (none is loose), and they drop soft signs if
/// one was inserted.
fn channel(lattice: &Lattice, c: &Candidate, mode: Mode) -> f32 {
    let in_play = mode.schemes & ANY;
    let mut fits = if c.loose { 0 } else { c.all & in_play };
    if c.inserted > 0 {
        fits &= lattice.drops_soft();
    }
    let n = in_play.count_ones() as f32;
    ((fits.count_ones() as f32 + CHANNEL_FLOOR * n) / (n * (1.0 + CHANNEL_FLOOR))).log10()
}

/// Cost of switching schemes inside one word (`mirovoy`: fine; `Tsentral'naya`: suspicious).
const SWITCH: f32 = 0.3;

thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The work the search has done on this thread so far: the letters of every partial reading it
/// has built (each step copies the reading so far, so this is what a search costs). It only
/// grows; tests read it before and after a call to check that the work stays linear in the input
/// (see `tests/linear.rs`), which no timing could do deterministically.
///
/// ```
/// use steppe_translit::reverse::{search, Reverser, WordList};
/// let lexicon = WordList::from_words(["азия"]);
/// let before = search::work();
/// Reverser::new(&lexicon).cyrillic("Aziia");
/// assert!(search::work() > before);
/// ```
pub fn work() -> u64 {
    WORK.with(std::cell::Cell::get)
}

/// Counts the work of building a reading of `letters` letters (see [`work`]).
fn count_work(letters: usize) {
    WORK.with(|w| w.set(w.get().saturating_add(letters as u64)));
}

/// Which readings a search may use.
#[derive(Clone, Copy, Debug)]
pub struct Mode {
    /// Only readings of these schemes (plus loose ones); [`ANY`] and the styles for `auto`.
    pub schemes: SchemeSet,
    /// Allow English spellings (`gh`, `tion`): the second pass.
    pub contamination: bool,
}

impl Mode {
    fn allows(&self, e: &Edge) -> bool {
        match e.style {
            Style::Contamination => self.contamination,
            Style::Loose => true,
            Style::Scheme | Style::National => e.schemes & self.schemes != 0,
        }
    }
}

/// A complete reading of a word.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Lower-case Cyrillic.
    pub cyr: String,
    /// Sum of reading costs, insertions and scheme switches.
    pub cost: f32,
    /// Log-probability under the Russian letter model.
    pub logp: f32,
    /// Schemes consistent with the last stretch of the word.
    pub schemes: SchemeSet,
    /// Every scheme and style bit of the readings used (for `detect`).
    pub used: SchemeSet,
    /// The style bits of readings that only a French or German style gives (`je` for е).
    pub styles: SchemeSet,
    /// Whether the word needed readings of schemes that share none.
    pub mixed: bool,
    /// Schemes that produce every reading used (no reset at a switch; 0 when mixed).
    pub all: SchemeSet,
    /// Soft signs inserted where the Latin shows none.
    pub inserted: u8,
    /// Whether a reading that no scheme table gives was used: a loose one (`y` for и, `ia` for
    /// ия), a French or German one (`ch` for ш), or an English spelling.
    pub loose: bool,
    /// Lengths in characters of each (Latin chunk, Cyrillic reading), for case restoration.
    pub path: Vec<(u8, u8)>,
}

#[derive(Clone)]
struct State<C> {
    cand: Candidate,
    ctx: (u8, u8),
    /// Position in the lexicon after the Cyrillic so far (`None` without a lexicon).
    cur: Option<C>,
}

/// Searches readings of `word` (folded Latin chars). With `lexicon`, returns only readings that
/// are words, best first; without, the best readings by cost and letter model.
pub fn search<'l, L: WordCheck>(
    lattice: &Lattice,
    ngram: &NGram,
    word: &[char],
    mode: Mode,
    lexicon: Option<&'l L>,
    beam: usize,
) -> Vec<Candidate> {
    let n = word.len();
    let mut at: Vec<Vec<State<L::Cursor<'l>>>> = vec![Vec::new(); n + 1];
    at[0].push(State {
        cand: Candidate {
            cyr: String::new(),
            cost: 0.0,
            logp: 0.0,
            schemes: ANY | mode.schemes,
            used: 0,
            styles: 0,
            mixed: false,
            inserted: 0,
            loose: false,
            all: ANY,
            path: Vec::new(),
        },
        ctx: NGram::START,
        cur: lexicon.map(|lex| lex.cursor()),
    });
    let weight = if lexicon.is_some() {
        LEXICON_NGRAM_WEIGHT
    } else {
        1.0
    };
    let only = mode.schemes & ANY;
    // Given one scheme that blurs word endings, prefer headwords (`-ный` over `-ны`).
    let blurred = only != 0 && only & !lattice.blurs_endings() == 0;
    let insert = if only != 0 && only & !lattice.drops_soft() == 0 {
        INSERT_SOFT_DROPPED
    } else {
        INSERT_SOFT
    };
    let mut chunk = String::new();
    for i in 0..n {
        let mut states = std::mem::take(&mut at[i]);
        prune(&mut states, beam, weight);
        for state in &states {
            for len in 1..=lattice.max_len().min(n - i) {
                chunk.clear();
                chunk.extend(&word[i..i + len]);
                for edge in lattice.edges(&chunk) {
                    let wrong_place = !fits_place(edge, word, i, len);
                    if !mode.allows(edge) || wrong_place || (edge.names_only && lexicon.is_some()) {
                        continue;
                    }
                    let Some(next) = extend(state, edge, len, ngram, lexicon) else {
                        continue;
                    };
                    // A dropped soft sign sits before a consonant or at the end: before a vowel the
                    // lattice's own readings (`ya` = ья) cover it.
                    let before_consonant = none_or_consonant(word.get(i + len));
                    if before_consonant && ends_in_consonant(&next.cand.cyr) {
                        if let Some(soft) = insert_sign(&next, 'ь', ngram, lexicon, insert) {
                            at[i + len].push(soft);
                        }
                    }
                    // A dropped hard sign sits before a vowel (`obem` for объём), and only a
                    // lexicon word may have one the Latin does not show.
                    if !before_consonant && lexicon.is_some() && ends_in_consonant(&next.cand.cyr) {
                        if let Some(hard) = insert_sign(&next, 'ъ', ngram, lexicon, INSERT_HARD) {
                            at[i + len].push(hard);
                        }
                    }
                    at[i + len].push(next);
                }
            }
        }
    }
    let mut done: Vec<Candidate> = std::mem::take(&mut at[n])
        .into_iter()
        .filter(|s| match (lexicon, &s.cur) {
            (Some(lex), Some(cur)) => lex.is_word(cur),
            _ => true,
        })
        .map(|s| {
            let mut c = s.cand;
            c.logp += ngram.end(s.ctx);
            if blurred && lexicon.is_some() && is_sign_headword(&c.cyr) {
                c.cost -= HEADWORD_BONUS;
            }
            if let Some(lex) = lexicon {
                let zipf = lex.zipf(&c.cyr).unwrap_or(0.0).max(FREQUENCY_FLOOR);
                c.cost -= FREQUENCY_WEIGHT * zipf + CHANNEL_WEIGHT * channel(lattice, &c, mode);
            }
            c
        })
        .collect();
    done.sort_by(|a, b| {
        score(a, weight)
            .total_cmp(&score(b, weight))
            .then_with(|| a.cyr.cmp(&b.cyr))
    });
    done.dedup_by(|a, b| a.cyr == b.cyr);
    done.truncate(beam);
    done
}

/// Moves name headwords in -ий (`Юрий` over the locative `Юрии`) ahead of the forms that the same
/// Latin spells, by lowering their cost by `bonus`: for a capitalised word read with any scheme,
/// where a name in the nominative is the likelier reading.
pub fn prefer_headwords(found: &mut [Candidate], bonus: f32) {
    if found.len() < 2 {
        return;
    }
    for c in found.iter_mut().filter(|c| is_name_headword(&c.cyr)) {
        c.cost -= bonus;
    }
    found.sort_by(|a, b| {
        score(a, LEXICON_NGRAM_WEIGHT)
            .total_cmp(&score(b, LEXICON_NGRAM_WEIGHT))
            .then_with(|| a.cyr.cmp(&b.cyr))
    });
}

/// The ranking score of a candidate (lower is better).
pub fn score(c: &Candidate, ngram_weight: f32) -> f32 {
    c.cost - ngram_weight * c.logp
}

fn prune<C>(states: &mut Vec<State<C>>, beam: usize, weight: f32) {
    states.sort_by(|a, b| {
        a.cand
            .cyr
            .cmp(&b.cand.cyr)
            .then(score(&a.cand, weight).total_cmp(&score(&b.cand, weight)))
    });
    states.dedup_by(|a, b| a.cand.cyr == b.cand.cyr);
    if states.len() > beam {
        states.sort_by(|a, b| score(&a.cand, weight).total_cmp(&score(&b.cand, weight)));
        states.truncate(beam);
    }
}

fn extend<'l, L: WordCheck>(
    state: &State<L::Cursor<'l>>,
    edge: &Edge,
    len: usize,
    ngram: &NGram,
    lexicon: Option<&'l L>,
) -> Option<State<L::Cursor<'l>>> {
    let cur = match (lexicon, &state.cur) {
        (Some(lex), Some(cur)) => Some(lex.advance(cur, &edge.cyr)?),
        _ => None,
    };
    count_work(state.cand.cyr.len() + state.cand.path.len());
    let mut next = state.clone();
    next.cur = cur;
    let c = &mut next.cand;
    c.cyr.push_str(&edge.cyr);
    for ch in edge.cyr.chars() {
        c.logp += ngram.push(&mut next.ctx, ch)?;
    }
    c.cost += edge.cost;
    c.loose |= edge.style != Style::Scheme;
    c.used |= edge.schemes;
    if edge.style == Style::National && edge.schemes & ANY == 0 {
        c.styles |= edge.schemes;
    }
    if edge.schemes & ANY != ANY && edge.style == Style::Scheme {
        c.all &= edge.schemes & ANY;
    }
    if edge.schemes & ANY != ANY {
        let both = c.schemes & edge.schemes;
        if both & ANY == 0 && edge.schemes & ANY != 0 {
            c.cost += SWITCH;
            c.mixed = true;
            c.schemes = edge.schemes;
        } else if edge.schemes & ANY == 0 {
            // A reading only a national style gives says nothing about the schemes.
            c.schemes = both | (c.schemes & ANY);
        } else if both != 0 {
            c.schemes = both | (c.schemes & !ANY);
        }
    }
    c.path.push((len as u8, edge.cyr.chars().count() as u8));
    Some(next)
}

fn insert_sign<'l, L: WordCheck>(
    state: &State<L::Cursor<'l>>,
    sign: char,
    ngram: &NGram,
    lexicon: Option<&'l L>,
    cost: f32,
) -> Option<State<L::Cursor<'l>>> {
    let mut buf = [0u8; 4];
    let cur = match (lexicon, &state.cur) {
        (Some(lex), Some(cur)) => Some(lex.advance(cur, sign.encode_utf8(&mut buf))?),
        _ => None,
    };
    count_work(state.cand.cyr.len() + state.cand.path.len());
    let mut next = state.clone();
    next.cur = cur;
    let c = &mut next.cand;
    c.cyr.push(sign);
    c.logp += ngram.push(&mut next.ctx, sign)?;
    c.cost += cost;
    c.inserted += 1;
    if let Some(last) = c.path.last_mut() {
        last.1 += 1;
    }
    Some(next)
}

/// Whether `edge` may read the chunk `word[i..i + len]` where it stands (end of word, after or
/// before a vowel).
pub fn fits_place(edge: &Edge, word: &[char], i: usize, len: usize) -> bool {
    !((edge.at_end && i + len != word.len())
        || (edge.after_vowel && i > 0 && !is_vowel(word[i - 1]))
        || (edge.before_vowel && !word.get(i + len).is_some_and(|&c| is_vowel(c))))
}

/// One step of a candidate's path: where its Latin chunk stands, every reading of the chunk, and
/// the reading the candidate used (a reading plus an inserted soft sign counts as that reading).
pub struct PathStep<'l> {
    /// Index of the chunk's first letter in the folded word.
    pub start: usize,
    /// Length of the chunk in letters.
    pub len: usize,
    /// Every reading of the chunk.
    pub edges: &'l [Edge],
    /// The reading used, if it can be told.
    pub used: Option<&'l Edge>,
}

/// The steps of `c`'s path through `word` (for the style checks of names and of this module).
pub fn path_steps<'l>(lattice: &'l Lattice, word: &[char], c: &Candidate) -> Vec<PathStep<'l>> {
    let cyr: Vec<char> = c.cyr.chars().collect();
    let (mut i, mut j) = (0, 0);
    let mut steps = Vec::with_capacity(c.path.len());
    let mut chunk = String::new();
    for &(l, k) in &c.path {
        let (l, k) = (usize::from(l), usize::from(k));
        let (Some(lat), Some(cy)) = (word.get(i..i + l), cyr.get(j..j + k)) else {
            break;
        };
        chunk.clear();
        chunk.extend(lat);
        let cy: String = cy.iter().collect();
        let edges = lattice.edges(&chunk);
        let used = edges
            .iter()
            .find(|e| *e.cyr == *cy || cy.strip_suffix('ь') == Some(&*e.cyr));
        steps.push(PathStep {
            start: i,
            len: l,
            edges,
            used,
        });
        (i, j) = (i + l, j + k);
    }
    steps
}

/// How many chunks of `c` (a reading of `word`) are read otherwise than the style of the word
/// reads them: in a word that shows German `je` for е, an `s` between vowels read as с where
/// German has з (`Nasarbajew`).
pub fn style_conflicts(lattice: &Lattice, word: &[char], c: &Candidate) -> usize {
    if c.styles == 0 {
        return 0;
    }
    path_steps(lattice, word, c)
        .iter()
        .filter(|step| {
            let styled = |e: &Edge| e.schemes & c.styles != 0 && fits_place(e, word, step.start, step.len);
            step.used.is_some_and(|u| {
                u.schemes & c.styles == 0 && step.edges.iter().any(|e| styled(e) && e.cyr != u.cyr)
            })
        })
        .count()
}

/// Whether the next Latin letter (if any) is not a vowel.
fn none_or_consonant(next: Option<&char>) -> bool {
    next.map_or(true, |c| !is_vowel(*c))
}

/// Whether a folded Latin letter is a vowel.
fn is_vowel(c: char) -> bool {
    "aeiouyäëïöüâêîôûàèìòùáéíóúėĭȳ".contains(c)
}

fn ends_in_consonant(cyr: &str) -> bool {
    cyr.chars()
        .last()
        .is_some_and(|c| "бвгджзклмнпрстфхцчшщ".contains(c))
}

#[cfg(test)]
mod tests {
    use super::super::{fold_word, WordList};
    use super::*;

    fn words() -> WordList {
        WordList::from_words([
            "центральная",
            "азия",
            "безопасность",
            "мировой",
            "эволюция",
            "объём",
            "в",
            "этапе",
        ])
    }

    fn best(word: &str) -> Option<String> {
        let (lattice, ngram, lex) = (Lattice::embedded(), NGram::russian(), words());
        let mode = Mode {
            schemes: ANY | super::super::lattice::FRENCH,
            contamination: false,
        };
        let chars = fold_word(word);
        search(&lattice, &ngram, &chars, mode, Some(&lex), 16)
            .into_iter()
            .next()
            .map(|c| c.cyr)
    }

    #[test]
    fn finds_words_through_the_ambiguities() {
        assert_eq!(best("Tsentral'naia").as_deref(), Some("центральная"));
        assert_eq!(best("Tsentralnaya").as_deref(), Some("центральная"));
        assert_eq!(best("Centralʹnaâ").as_deref(), Some("центральная"));
        assert_eq!(best("Azia").as_deref(), Some("азия"));
        assert_eq!(best("bezopasnost").as_deref(), Some("безопасность"));
        assert_eq!(best("mirovoy").as_deref(), Some("мировой"));
        assert_eq!(best("Evoliutsia").as_deref(), Some("эволюция"));
        assert_eq!(best("etape").as_deref(), Some("этапе"));
        assert_eq!(best("obiom").as_deref(), Some("объём"), "a dropped hard sign");
    }

    #[test]
    fn a_headword_with_a_sign_wins_in_schemes_that_blur_endings() {
        let (lattice, ngram) = (Lattice::embedded(), NGram::russian());
        let lex = WordList::from_words(["дефектны", "дефектный", "завершат", "завершать"]);
        let index = super::super::lattice::SCHEMES
            .iter()
            .position(|s| *s == "wikipedia")
            .unwrap();
        let best = |w: &str, schemes: SchemeSet| {
            let mode = Mode {
                schemes,
                contamination: false,
            };
            search(&lattice, &ngram, &fold_word(w), mode, Some(&lex), 16)[0]
                .cyr
                .clone()
        };
        assert_eq!(best("defektny", 1 << index), "дефектный");
        assert_eq!(best("zavershat", 1 << index), "завершать");
        assert_eq!(
            best("defektny", ANY),
            "дефектны",
            "with any scheme, a bare y is ы"
        );
        assert_eq!(
            best("zavershat", ANY),
            "завершат",
            "and no sign is inserted for nothing"
        );
    }

    #[test]
    fn a_name_headword_in_ii_moves_ahead_when_asked() {
        let (lattice, ngram) = (Lattice::embedded(), NGram::russian());
        let lex = WordList::from_words(["юрий", "юрии", "истории", "историй"]);
        let mode = Mode {
            schemes: ANY,
            contamination: false,
        };
        // A word list has no frequencies, so only the channel speaks: more schemes write юрии
        // than юрий as `iurii`, by about log10(27 / 8) ≈ 0.5.
        let mut found = search(&lattice, &ngram, &fold_word("Iurii"), mode, Some(&lex), 16);
        assert_eq!(found[0].cyr, "юрии");
        prefer_headwords(&mut found, 1.5);
        assert_eq!(found[0].cyr, "юрий");
        let mut found = search(&lattice, &ngram, &fold_word("istorii"), mode, Some(&lex), 16);
        prefer_headwords(&mut found, 1.5);
        assert_eq!(found[0].cyr, "истории", "not a name: no change");
    }

    #[test]
    fn nothing_when_no_word_fits() {
        assert_eq!(best("Laumulin"), None);
    }
}
