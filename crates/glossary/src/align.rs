//! Aligning the letters of a short form with a candidate long form.
//!
//! Schwartz and Hearst match a short form's characters right to left, greedily, against the words
//! before a parenthesis. That misses long forms whose letters skip words or sit inside words, and it
//! takes the first match, not the best. Here every order-preserving alignment is scored at once by
//! dynamic programming (as Ab3P's strategies do one by one): a letter matched at the start of a word
//! scores most, at the start of a hyphenated part or after a digit a little less, inside a word little
//! (more when it follows the previous matched letter, as in `Kazbat` for *Kaz*akhstani *Bat*talion).
//! Each content word the alignment passes over without matching costs a penalty; function words
//! (`data/stopwords.txt`) cost almost nothing. The long form starts at the word holding the first
//! letter (after a hyphen, with the whole word: `anti-MuSK antibodies`; after a slash, at the part:
//! `Ngn3/paired box factor 6`). Each possible start is searched on its own and the results come back
//! best first, so a caller that rejects the best (too many words, too weak) can take the next. A digit
//! may also match a number word (`data/numbers.txt`: `G-20`, Group of *Twenty*).

use crate::lists;

/// Score of a letter matched at the start of a word.
const WORD_START: f32 = 3.0;
/// Score of a letter matched at the start of a hyphenated or slashed part, or after a digit.
const PART_START: f32 = 2.5;
/// Score of a letter matched inside a word right after the previous matched letter.
const NEXT_INSIDE: f32 = 1.5;
/// Score of a letter matched inside a word elsewhere.
const INSIDE: f32 = 0.3;
/// Cost of a content word inside the long form that no letter of the short form matches.
const SKIPPED_WORD: f32 = 2.5;
/// Cost of a function word that no letter matches.
const SKIPPED_STOPWORD: f32 = 0.1;
/// Cost of a content word after the last matched letter (`arcuate nucleus (ARC)`).
const TRAILING_WORD: f32 = 1.0;

/// Greek letters with the first letter of their names as spelt in English (`α` alpha, `χ` chi).
const GREEK: &[(char, char)] = &[
    ('α', 'a'),
    ('β', 'b'),
    ('γ', 'g'),
    ('δ', 'd'),
    ('ε', 'e'),
    ('ζ', 'z'),
    ('η', 'e'),
    ('θ', 't'),
    ('ι', 'i'),
    ('κ', 'k'),
    ('λ', 'l'),
    ('μ', 'm'),
    ('ν', 'n'),
    ('ξ', 'x'),
    ('ο', 'o'),
    ('π', 'p'),
    ('ρ', 'r'),
    ('σ', 's'),
    ('ς', 's'),
    ('τ', 't'),
    ('υ', 'u'),
    ('φ', 'p'),
    ('χ', 'c'),
    ('ψ', 'p'),
    ('ω', 'o'),
];

/// Opening quotes a long form does not start with.
const QUOTES: &[char] = &['"', '\'', '\u{201c}', '\u{2018}', '\u{ab}'];

/// A long form found in a window of text, with how well the short form's letters fit it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Alignment {
    /// Byte offset in the window where the long form starts.
    pub start: usize,
    /// Total score.
    pub score: f32,
    /// Number of words in the long form.
    pub words: usize,
    /// Letters of the short form matched at the start of a word or part.
    pub starts: usize,
    /// Words of the long form up to the one holding the last matched letter.
    pub matched_words: usize,
}

struct Pos {
    ch: char,
    byte: usize,
    word: usize,
    kind: u8, // 0 inside, 1 part start, 2 word start
    /// Where a long form whose first letter is this one starts, if it may.
    lf_start: Option<usize>,
}

/// Finds the best long form for `short` in `window`, the text before (or inside) the parenthesis.
///
/// With `anchored`, the long form must start at the window's first word; otherwise it may start at
/// any of the last `max_words` words. Only letters and digits of `short` are aligned.
pub(crate) fn best_long_form(
    short: &str,
    window: &str,
    anchored: bool,
    max_words: usize,
) -> Option<Alignment> {
    long_forms(short, window, anchored, max_words).into_iter().next()
}

/// Every long form [`best_long_form`] considers, the best for each start, best first; a caller with
/// further conditions takes the first that meets them.
pub(crate) fn long_forms(short: &str, window: &str, anchored: bool, max_words: usize) -> Vec<Alignment> {
    // a Greek letter the window does not write stands for its spelt name (`TNF-α`, tumor necrosis
    // factor *a*lpha)
    let sf: Vec<char> = short
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match GREEK.iter().find(|(g, _)| *g == c) {
            Some(&(_, initial)) if !window.contains(c) => initial,
            _ => c,
        })
        .collect();
    if sf.is_empty() {
        return Vec::new();
    }
    // only the last `max_words` words can hold an unanchored long form: the search stays small
    let base = if anchored {
        0
    } else {
        let starts: Vec<usize> = split_words(window).map(|(o, _)| o).collect();
        starts.len().checked_sub(max_words).map_or(0, |k| starts[k])
    };
    let window = &window[base..];
    let (pos, word_cost) = positions(window);
    let nwords = word_cost.len();
    if nwords == 0 {
        return Vec::new();
    }
    let first_word = if anchored {
        0
    } else {
        nwords.saturating_sub(max_words)
    };
    // cost of skipping words a..b (exclusive)
    let mut prefix = vec![0.0f32; nwords + 1];
    for (i, c) in word_cost.iter().enumerate() {
        prefix[i + 1] = prefix[i] + c;
    }
    let skip = |a: usize, b: usize| if b > a { prefix[b] - prefix[a] } else { 0.0 };
    let n = pos.len();
    let mut by_start = Vec::new();
    // one search per place the long form may start, so that a weaker start is not hidden behind a
    // stronger one that the caller may reject (too many words, too low a score)
    for (s0, p0) in pos.iter().enumerate() {
        if p0.lf_start.is_none() || p0.ch != sf[0] || p0.word < first_word || (anchored && p0.word != 0) {
            continue;
        }
        let mut dp = vec![f32::NEG_INFINITY; n];
        let mut starts = vec![0usize; n];
        // a long form that starts on a function word (`of the Vice Provost for Research` for OVPR)
        // scores as one starting at a part, below the content word before it (`Office of the …`)
        dp[s0] = if p0.kind == 2 && word_cost[p0.word] >= SKIPPED_WORD {
            WORD_START
        } else {
            PART_START
        };
        starts[s0] = 1;
        for &c in &sf[1..] {
            let mut next = vec![f32::NEG_INFINITY; n];
            let mut next_starts = vec![0usize; n];
            for (k, q) in pos.iter().enumerate().skip(s0 + 1).filter(|(_, q)| q.ch == c) {
                for j in s0..k {
                    if dp[j] == f32::NEG_INFINITY {
                        continue;
                    }
                    let p = &pos[j];
                    let gain = match q.kind {
                        // a function word's first letter counts as a letter inside a word
                        2 if word_cost[q.word] < SKIPPED_WORD => INSIDE,
                        2 => WORD_START,
                        1 => PART_START,
                        _ if k == j + 1 || (q.word == p.word && consecutive(&pos, j, k)) => NEXT_INSIDE,
                        _ => INSIDE,
                    };
                    let s = dp[j] + gain - skip(p.word + 1, q.word.max(p.word + 1));
                    if s > next[k] {
                        next[k] = s;
                        next_starts[k] = starts[j] + usize::from(q.kind > 0);
                    }
                }
            }
            dp = next;
            starts = next_starts;
        }
        let best = (0..n).filter(|&j| dp[j] > f32::NEG_INFINITY).map(|j| {
            let trailing = skip(pos[j].word + 1, nwords)
                - word_cost
                    .get(pos[j].word + 1)
                    .map_or(0.0, |c| c - c.min(TRAILING_WORD));
            (dp[j] - trailing, starts[j], pos[j].word + 1 - p0.word)
        });
        if let Some((score, letters_at_starts, matched_words)) = best.max_by(|a, b| a.0.total_cmp(&b.0)) {
            by_start.push(Alignment {
                start: base + p0.lf_start.unwrap_or(p0.byte),
                score,
                words: nwords - p0.word,
                starts: letters_at_starts,
                matched_words,
            });
        }
    }
    // best first; on equal scores the later start, the shorter long form
    by_start.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.start.cmp(&a.start)));
    let mut seen = Vec::new();
    by_start.retain(|a| {
        let new = !seen.contains(&a.start);
        seen.push(a.start);
        new
    });
    by_start
}

/// Whether positions `j` and `k` of one word have only non-letters between them (`5'-` in `5'-AMP`).
fn consecutive(pos: &[Pos], j: usize, k: usize) -> bool {
    pos[j + 1..k].iter().all(|p| !p.ch.is_alphanumeric())
}

/// The lower-cased characters of `window` with their word index and kind, and each word's skip cost.
fn positions(window: &str) -> (Vec<Pos>, Vec<f32>) {
    let mut pos = Vec::new();
    let mut costs = Vec::new();
    for (word_start, word) in split_words(window) {
        let w = costs.len();
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let stop = lists::stopwords().contains(bare.to_lowercase().as_str());
        costs.push(if stop { SKIPPED_STOPWORD } else { SKIPPED_WORD });
        let mut prev: Option<char> = None;
        let mut seen_alnum = false;
        let mut seen_letter = false;
        let first_alnum = word_start + word.find(char::is_alphanumeric).unwrap_or(0);
        let lead = word_start + (word.len() - word.trim_start_matches(QUOTES).len());
        let lower = word[first_alnum - word_start..].to_lowercase();
        if let Some((digits, _)) = lists::number_words()
            .iter()
            .find(|(_, name)| lower.starts_with(name))
        {
            for (k, ch) in digits.chars().enumerate() {
                let kind = if k == 0 { 2 } else { 0 };
                pos.push(Pos {
                    ch,
                    byte: first_alnum,
                    word: w,
                    kind,
                    lf_start: Some(lead),
                });
            }
        }
        for (i, ch) in word.char_indices() {
            if ch.is_alphanumeric() {
                let kind = match prev {
                    _ if !seen_alnum || (!seen_letter && ch.is_alphabetic()) => 2,
                    Some('/') => 2,
                    Some(p) if !p.is_alphanumeric() => 1,
                    Some(p) if p.is_ascii_digit() && ch.is_alphabetic() => 1,
                    _ => 0,
                };
                // after `/` a long form may start at the part (`Ngn3/paired box factor 6`); after a
                // hyphen it starts with the word (`anti-MuSK antibodies`)
                let lf_start = match prev {
                    Some('/') => Some(word_start + i),
                    _ if kind == 2 => Some(lead),
                    Some('-') if ch.is_alphabetic() => Some(lead),
                    _ => None,
                };
                seen_alnum = true;
                seen_letter |= ch.is_alphabetic();
                for lc in ch.to_lowercase() {
                    let byte = word_start + i;
                    pos.push(Pos {
                        ch: lc,
                        byte,
                        word: w,
                        kind,
                        lf_start,
                    });
                }
            }
            prev = Some(ch);
        }
        if !seen_alnum {
            costs.pop();
        }
    }
    (pos, costs)
}

/// Whitespace-separated words of `text` that hold a letter or digit, with their byte offsets.
pub(crate) fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long<'a>(short: &str, window: &'a str) -> Option<&'a str> {
        best_long_form(short, window, false, 10).map(|a| &window[a.start..])
    }

    #[test]
    fn initials_pick_the_shortest_start() {
        assert_eq!(
            long("TAI", "two timed artificial insemination"),
            Some("timed artificial insemination")
        );
    }

    #[test]
    fn letters_inside_words_and_skipped_words() {
        assert_eq!(long("MTX", "treated with methotrexate"), Some("methotrexate"));
        assert_eq!(
            long("Kazbat", "created the Kazakhstani Peacekeeping Battalion"),
            Some("Kazakhstani Peacekeeping Battalion")
        );
    }

    #[test]
    fn hyphen_parts_and_function_words() {
        assert_eq!(
            long("EAPS", "leaders of the Euro-Atlantic Partnership Council"),
            Some("Euro-Atlantic Partnership Council")
        );
        assert_eq!(
            long("PfP", "joined the Partnership for Peace"),
            Some("Partnership for Peace")
        );
    }

    #[test]
    fn long_forms_start_on_a_content_word() {
        assert_eq!(
            long("OVPR", "funded by the Office of the Vice Provost for Research"),
            Some("Office of the Vice Provost for Research")
        );
        // a function word the short form spells still starts it
        assert_eq!(
            long("ADAM", "a protein, A Disintegrin And Metalloproteinase"),
            Some("A Disintegrin And Metalloproteinase")
        );
    }

    #[test]
    fn greek_letters_and_their_names() {
        assert_eq!(
            long("TNF-α", "levels of tumor necrosis factor alpha"),
            Some("tumor necrosis factor alpha")
        );
        assert_eq!(long("IFN-γ", "and interferon gamma"), Some("interferon gamma"));
        assert_eq!(
            long("TNF-α", "levels of tumor necrosis factor-α"),
            Some("tumor necrosis factor-α")
        );
    }

    #[test]
    fn no_alignment_without_the_first_letter() {
        assert_eq!(long("XYZ", "nothing matches here"), None);
    }
}
