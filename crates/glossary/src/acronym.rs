//! Acronym–definition pairs: `long form (SHORT)` and `SHORT (long form)`.
//!
//! Every parenthesis is a candidate. When its content looks like a short form (one or two tokens, at
//! most 15 characters, a letter in it), the long form is sought in the words before it; when the
//! content is several words and the token before the parenthesis looks like a short form, the content
//! is the long form. Either way [`crate::align`] scores the best alignment of the short form's letters
//! and the pair is kept when the score per letter is high enough. Short forms may carry dots (`U.N.`),
//! digits and hyphens (`G-8`), a plural `s` (`NGOs`) and lower-case letters (`Kazbat`); long forms may
//! skip function words and hold possessives (`NATO's Maintenance and Supply Organization`).

use crate::align::{best_long_form, long_forms, split_words, Alignment};
use crate::inline;
use crate::lists;
use crate::variant;

/// Longest distance, in bytes, between a parenthesis and its closing one.
const MAX_PAREN: usize = 300;
/// Longest short form, in characters.
const MAX_SHORT: usize = 15;
/// Lowest alignment score per aligned character of the short form.
const MIN_SCORE_PER_CHAR: f32 = 1.3;

/// A short form and the long form the text defines it by, with byte offsets into the searched text.
///
/// ```
/// let text = "the North Atlantic Cooperation Council (NACC) met";
/// let pairs = steppe_glossary::find_acronym_pairs(text);
/// assert_eq!(pairs[0].short, "NACC");
/// assert_eq!(pairs[0].long, "North Atlantic Cooperation Council");
/// assert_eq!(&text[pairs[0].long_start..pairs[0].long_end], pairs[0].long);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymPair {
    /// The short form as written (`NGOs`, `U.N.`).
    pub short: String,
    /// The long form as written.
    pub long: String,
    /// Byte offset of the short form.
    pub short_start: usize,
    /// Byte offset just past the short form.
    pub short_end: usize,
    /// Byte offset of the long form.
    pub long_start: usize,
    /// Byte offset just past the long form.
    pub long_end: usize,
}

/// Finds every acronym defined in `text`, in both orders, in order of position.
pub fn find_acronym_pairs(text: &str) -> Vec<AcronymPair> {
    let mut pairs = Vec::new();
    for (open, _) in text.match_indices(['(', '[']) {
        let Some(close) = closing(text, open) else {
            continue;
        };
        let inner_raw = &text[open + 1..close];
        // extra text after a short form ends at `; ` or `, ` (`(AIDS; ref 3)`), not the comma of a cue
        let from = ["i.e., ", "e.g., "]
            .iter()
            .find(|cue| inner_raw.starts_with(*cue))
            .map_or(0, |cue| cue.len());
        let cut = [inner_raw[from..].find("; "), inner_raw[from..].find(", ")]
            .into_iter()
            .flatten()
            .min()
            .map(|c| c + from);
        let inner = without_cue(without_tail(inner_raw[..cut.unwrap_or(inner_raw.len())].trim()));
        let inner_start = open + 1 + (inner.as_ptr() as usize - inner_raw.as_ptr() as usize);
        let before = &text[window_start(text, open)..open];
        let pair = if is_short_in_parens(inner) {
            long_before(text, before, inner, inner_start)
        } else {
            None
        };
        if let Some(p) = pair.or_else(|| short_before(text, before, inner, inner_start)) {
            pairs.push(p);
        }
    }
    // definitions without parentheses, where no parenthesis defined that short form already
    for p in inline::find(text) {
        let overlaps = |q: &AcronymPair| {
            p.short_start < q.long_end.max(q.short_end)
                && q.long_start.min(q.short_start) < p.long_end.max(p.short_end)
        };
        if !pairs.iter().any(overlaps) {
            pairs.push(p);
        }
    }
    pairs.sort_by_key(|p| p.short_start.min(p.long_start));
    pairs
}

/// Words that may introduce a short form inside its parenthesis: `(or NELBO)`, `(i.e. SGD)`,
/// `(hereafter ISAF)`, `(referred to as WHO)`; longest first.
const INNER_CUES: &[&str] = &[
    "hereinafter referred to as ",
    "hereafter referred to as ",
    "henceforth referred to as ",
    "also referred to as ",
    "also known as ",
    "abbreviated as ",
    "abbreviated to ",
    "referred to as ",
    "abbreviated ",
    "hereinafter ",
    "hereafter ",
    "henceforth ",
    "known as ",
    "called ",
    "termed ",
    "i.e., ",
    "i.e. ",
    "or ",
];

/// Quotation marks a short form may stand in: `("UN")`, `(“UN”)`, `(«UN»)`.
const QUOTE_PAIRS: &[(char, char)] = &[
    ('"', '"'),
    ('\'', '\''),
    ('\u{201c}', '\u{201d}'),
    ('\u{2018}', '\u{2019}'),
    ('\u{ab}', '\u{bb}'),
];

/// Parenthesised content without a cue word, an article or quotation marks before a short form
/// ([`INNER_CUES`], `(hereafter the WHO)`, `("UN")`); other content as it is.
fn without_cue(inner: &str) -> &str {
    let rest = INNER_CUES
        .iter()
        .find_map(|cue| inner.strip_prefix(cue))
        .unwrap_or(inner);
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    // a quoted letter is a label (`the small ('S') subunit`), a quoted short form has two
    let rest = QUOTE_PAIRS
        .iter()
        .find_map(|&(a, b)| rest.strip_prefix(a).and_then(|r| r.strip_suffix(b)))
        .filter(|r| alnum_len(r) >= 2)
        .unwrap_or(rest);
    Some(rest)
        .filter(|rest| rest.len() < inner.len() && is_short_in_parens(rest))
        .filter(|rest| rest.chars().any(char::is_uppercase))
        .unwrap_or(inner)
}

/// Words that may follow a short form inside its parenthesis: `(or MC in short)`, `(MC for short)`.
const TRAILING_CUES: &[&str] = &[
    " for short",
    " in short",
    " hereafter",
    " henceforth",
    " for brevity",
];

/// Parenthesised content without what may follow a short form: a trailing cue ([`TRAILING_CUES`]),
/// a stray `;` or `,` (`(LSTM;)`), a year (`(AFL 2017)`, `(WWW '16)`); other content as it is.
fn without_tail(inner: &str) -> &str {
    let rest = TRAILING_CUES
        .iter()
        .find_map(|cue| inner.strip_suffix(cue))
        .unwrap_or(inner)
        .trim_end_matches([';', ',']);
    let year = rest.rsplit_once(' ').filter(|(head, y)| {
        let digits = y.trim_start_matches('\'');
        let four = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        let two = digits.len() == 2 && y.starts_with('\'');
        (four || two) && digits.chars().all(|c| c.is_ascii_digit()) && is_short_token(head)
    });
    match year {
        Some((head, _)) => head,
        None if rest.is_empty() => inner,
        None => rest,
    }
}

/// Words that may introduce a long form inside its parenthesis after a short form: `UN (the United
/// Nations)`, `WHO (i.e., World Health Organization)`.
const LONG_CUES: &[&str] = &["i.e., ", "i.e. ", "namely ", "the "];

/// The matching closing bracket of the one at `open`, if near enough.
fn closing(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text[open..].char_indices().take_while(|(i, _)| *i < MAX_PAREN) {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            '\n' if i > 0 && text[open + 1..open + i].ends_with('\n') => return None,
            _ => {}
        }
    }
    None
}

/// Where the text a long form may come from starts: after the last clause boundary before `open`.
///
/// Boundaries are `;`, `:`, `?`, `!` and a full stop before a space (not after an initial, as in
/// `O. novo-ulmi` or `U.N.`), a blank line, and parentheses that stand apart from words; brackets
/// inside a word (`diylbis(phenylphosphine)`) do not end it.
pub(crate) fn window_start(text: &str, open: usize) -> usize {
    let from = open.saturating_sub(MAX_PAREN);
    let from = (from..=open).find(|&i| text.is_char_boundary(i)).unwrap_or(open);
    let bytes = &text.as_bytes()[from..open];
    let mut start = from;
    let mut open_spaced = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        let next_space = bytes.get(i + 1).map_or(true, |n| n.is_ascii_whitespace());
        let prev = |k: usize| if i >= k { bytes[i - k] } else { b' ' };
        let boundary = match b {
            b';' | b':' | b'?' | b'!' => next_space,
            b'.' => next_space && (!prev(1).is_ascii_uppercase() || prev(2).is_ascii_alphabetic()),
            b'(' | b'[' => {
                open_spaced.push(prev(1).is_ascii_whitespace());
                false
            }
            // a parenthetical standing apart ends the window; `(-)-[125I]-cyanopindolol` does not
            b')' | b']' => {
                let apart = bytes
                    .get(i + 1)
                    .map_or(true, |n| !n.is_ascii_alphanumeric() && *n != b'-');
                open_spaced.pop().unwrap_or(true) && apart
            }
            b'\n' => bytes.get(i + 1) == Some(&b'\n'),
            _ => false,
        };
        if boundary {
            start = from + i + 1;
        }
    }
    // inside a parenthesis still open, the window starts after it
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate().rev() {
        match b {
            b')' | b']' => depth += 1,
            b'(' | b'[' if depth == 0 => return start.max(from + i + 1),
            b'(' | b'[' => depth -= 1,
            _ => {}
        }
    }
    start
}

/// Whether parenthesised content looks like a short form.
fn is_short_in_parens(inner: &str) -> bool {
    let chars = inner.chars().count();
    // `PMR + Cog`, `R & D`: a joining sign does not count as a token
    let tokens = inner
        .split_whitespace()
        .filter(|t| !matches!(*t, "+" | "&"))
        .count();
    let joined = inner.split_whitespace().count() > tokens;
    (1..=MAX_SHORT).contains(&chars)
        && (1..=2).contains(&tokens)
        && !(joined && inner.chars().any(|c| c.is_ascii_digit()))
        && inner
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '[')
        && inner.chars().any(char::is_alphabetic)
        && !inner.contains(['=', '<', '>', '%'])
        && (chars > 1 || inner.chars().all(char::is_uppercase))
}

/// Whether a token written before a parenthesis looks like a short form (`NATO`, `IL-6`, `U.N.`).
pub(crate) fn is_short_token(token: &str) -> bool {
    let chars = token.chars().count();
    let upper = token.chars().filter(|c| c.is_uppercase()).count();
    let digits = token.chars().filter(char::is_ascii_digit).count();
    (2..=10).contains(&chars)
        && token.chars().next().is_some_and(char::is_alphanumeric)
        && token.chars().any(char::is_alphabetic)
        && (upper >= 2 || (upper >= 1 && digits >= 1) || (upper == 1 && chars >= 4))
}

/// `rh`, `dppe`: two to four lower-case letters that are not a function word.
fn is_lower_short(token: &str) -> bool {
    (2..=4).contains(&token.len())
        && token.chars().all(|c| c.is_ascii_lowercase())
        && !lists::stopwords().contains(token)
        && !lists::auxiliaries().contains(token)
}

/// Alphanumeric characters of a string.
pub(crate) fn alnum_len(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Most words a long form may have for a short form of `n` characters (Schwartz–Hearst's bound).
pub(crate) fn max_words(n: usize) -> usize {
    (n + 5).min(2 * n).max(2)
}

/// Whether an alignment is good enough to report.
pub(crate) fn accept(short: &str, long: &str, a: &Alignment) -> bool {
    let n = alnum_len(short);
    let lower_word = short.chars().all(|c| c.is_lowercase());
    let compact = (a.words == 1 || (a.words == 2 && n >= 3))
        && n >= 2
        && short.chars().any(char::is_uppercase)
        && alnum_len(long) >= 2 * n;
    a.words <= max_words(n)
        && (compact || a.score >= MIN_SCORE_PER_CHAR * n as f32)
        && alnum_len(long) > n
        && (n > 1 || a.words == 1)
        && (!lower_word || a.starts * 2 >= n)
        && !split_words(long).any(|(_, w)| contains_short(w, short))
        && !(short.contains(' ') && long.contains(short))
        && !split_words(long).any(|(_, w)| lists::auxiliaries().contains(w))
}

/// Whether a word of a long form is the short form itself, perhaps numbered otherwise (`PfSOD1`
/// for `PfSOD` or `PfSOD2`); `D-Galactosamine` for `D-Gal` and `KNOLLE` for `KN` are fine.
fn contains_short(word: &str, short: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let stem = short.trim_end_matches(|c: char| c.is_ascii_digit());
    !stem.is_empty()
        && word
            .strip_prefix(stem)
            .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()))
}

/// `long form (SHORT)`: the short form as written and the variants of [`crate::variant`], in turn.
fn long_before(text: &str, before: &str, short: &str, short_start: usize) -> Option<AcronymPair> {
    let window = before.trim_end();
    let (a, long) = variant::variants(short).iter().find_map(|sf| {
        let n = alnum_len(sf);
        long_forms(sf, window, false, max_words(n))
            .into_iter()
            .find_map(|a| {
                let long = window[a.start..].trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
                accept(sf, long, &a).then_some((a, long))
            })
    })?;
    let long_start = before.as_ptr() as usize - text.as_ptr() as usize + a.start;
    Some(AcronymPair {
        short: short.to_owned(),
        long: long.to_owned(),
        short_start,
        short_end: short_start + short.len(),
        long_start,
        long_end: long_start + long.len(),
    })
}

/// `SHORT (long form)`.
fn short_before(text: &str, before: &str, inner: &str, inner_start: usize) -> Option<AcronymPair> {
    if !before.ends_with(' ') {
        return None;
    }
    let (offset, token) = split_words(before).last()?;
    let short = token.trim_end_matches([',', ':']);
    // `rh (recombinant human)`: a lower-case short form only with one word per letter, each at its start
    let lower = is_lower_short(short)
        && !inner
            .split_whitespace()
            .next()
            .is_some_and(|w| lists::stopwords().contains(w));
    // `L1 (L1CAM)`: a long form has lower-case letters
    if !(is_short_token(short) || lower)
        || !inner.chars().any(char::is_lowercase)
        || (inner.split_whitespace().count() < 2 && alnum_len(inner) < 2 * alnum_len(short))
    {
        return None;
    }
    // `UN (the United Nations)`: a cue or an article the short form does not spell is left out
    let cue = LONG_CUES
        .iter()
        .find(|cue| inner.starts_with(*cue) && !short.to_lowercase().starts_with(&cue[..1]))
        .map_or(0, |cue| cue.len());
    let (inner, inner_start) = (&inner[cue..], inner_start + cue);
    let a = best_long_form(short, inner, true, usize::MAX)?;
    // `PM (physical machine or server)`: a function word after the last word the letters reach starts
    // a modifier in lower case, not more of the long form (a name goes on: `… of Reference for Languages`)
    let words: Vec<(usize, &str)> = split_words(inner).collect();
    let tail = words.get(a.matched_words..).unwrap_or_default();
    let modifier = tail
        .first()
        .is_some_and(|(_, w)| lists::stopwords().contains(w.to_lowercase().as_str()))
        && !tail.iter().any(|(_, w)| w.starts_with(char::is_uppercase));
    let inner = match tail.first() {
        Some(&(at, _)) if modifier && a.matched_words > 0 => &inner[..at],
        _ => inner,
    };
    let long = inner.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
    let n = alnum_len(short);
    if !accept(short, long, &a) || (lower && (a.words != n || a.starts != n)) {
        return None;
    }
    let short_start = before.as_ptr() as usize - text.as_ptr() as usize + offset;
    Some(AcronymPair {
        short: short.to_owned(),
        long: long.to_owned(),
        short_start,
        short_end: short_start + short.len(),
        long_start: inner_start,
        long_end: inner_start + long.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        find_acronym_pairs(text)
            .into_iter()
            .map(|p| (p.short, p.long))
            .collect()
    }

    fn one(short: &str, long: &str) -> Vec<(String, String)> {
        vec![(short.to_owned(), long.to_owned())]
    }

    #[test]
    fn long_then_short() {
        assert_eq!(
            pairs("In 1991 the Council set up the North Atlantic Cooperation Council (NACC) to talk."),
            one("NACC", "North Atlantic Cooperation Council")
        );
    }

    #[test]
    fn short_then_long() {
        assert_eq!(
            pairs("Observers came from the OSCE (Organization for Security and Co-operation in Europe)."),
            one("OSCE", "Organization for Security and Co-operation in Europe")
        );
    }

    #[test]
    fn possessive_and_function_words() {
        assert_eq!(
            pairs("They signed with NATO's Maintenance and Supply Organization (NAMSO) in July."),
            one("NAMSO", "NATO's Maintenance and Supply Organization")
        );
    }

    #[test]
    fn dots_digits_plurals_mixed_case() {
        assert_eq!(
            pairs("the United Nations (U.N.) said"),
            one("U.N.", "United Nations")
        );
        assert_eq!(
            pairs("the Group of Eight (G-8) met"),
            one("G-8", "Group of Eight")
        );
        assert_eq!(
            pairs("many non-governmental organizations (NGOs) work"),
            one("NGOs", "non-governmental organizations")
        );
        assert_eq!(
            pairs("each expressed sequence tag (ESTs) was read"),
            one("ESTs", "expressed sequence tag")
        );
        assert_eq!(
            pairs("a decree created the Kazakhstani Peacekeeping Battalion (Kazbat) in 2000"),
            one("Kazbat", "Kazakhstani Peacekeeping Battalion")
        );
    }

    #[test]
    fn offsets_point_at_the_forms() {
        let text = "Fresh: the Shanghai Cooperation Organization (SCO) grew.";
        let p = &find_acronym_pairs(text)[0];
        assert_eq!(&text[p.short_start..p.short_end], "SCO");
        assert_eq!(
            &text[p.long_start..p.long_end],
            "Shanghai Cooperation Organization"
        );
    }

    #[test]
    fn cues_articles_and_quotes_around_a_short_form() {
        for text in [
            "the World Health Organization (hereafter referred to as WHO) said",
            "the World Health Organization (referred to as WHO) said",
            "the World Health Organization (henceforth the WHO) said",
            "the World Health Organization (the WHO) said",
            "the World Health Organization (\"WHO\") said",
            "the World Health Organization (\u{201c}WHO\u{201d}) said",
            "the World Health Organization (WHO; ref. 3) said",
            "the WHO (the World Health Organization) said",
            "the WHO (i.e., World Health Organization) said",
        ] {
            assert_eq!(pairs(text), one("WHO", "World Health Organization"), "{text}");
        }
        // a quoted letter is a label; an article the short form spells stays
        assert!(pairs("they lacked the small ('S') subunit").is_empty());
        assert_eq!(
            pairs("the THC (the tetrahydrocannabinol content) rose"),
            one("THC", "the tetrahydrocannabinol content")
        );
    }

    #[test]
    fn text_after_a_short_form_inside_its_bracket() {
        for text in [
            "a Markov chain (MC for short) is",
            "a Markov chain (or MC in short) is",
            "a Markov chain (MC;) is",
            "a Markov chain (MC 2017) is",
            "a Markov chain (MC '17) is",
        ] {
            assert_eq!(pairs(text), one("MC", "Markov chain"), "{text}");
        }
    }

    #[test]
    fn a_function_word_after_the_letters_ends_a_long_form_in_brackets() {
        assert_eq!(
            pairs("Each PM (physical machine or server) hosts VMs."),
            one("PM", "physical machine")
        );
        assert_eq!(
            pairs("the MoH (Ministry of Health) said"),
            one("MoH", "Ministry of Health")
        );
        assert_eq!(
            pairs("the CEFR (Common European Framework of Reference for Languages) says"),
            one("CEFR", "Common European Framework of Reference for Languages")
        );
    }

    #[test]
    fn joining_signs_inside_a_short_form() {
        assert_eq!(
            pairs("they had PMR plus cognitive therapy (PMR + Cog) weekly"),
            one("PMR + Cog", "PMR plus cognitive therapy")
        );
        assert!(pairs("the next value (n + 1) is").is_empty());
    }

    #[test]
    fn lower_case_short_form_before_its_long_form() {
        assert_eq!(
            pairs("labelled rh (recombinant human) insulin"),
            one("rh", "recombinant human")
        );
        assert!(pairs("it is (in some sense) new, and so (as ever) late").is_empty());
    }

    #[test]
    fn cue_words_inside_the_parenthesis_and_ordinals() {
        assert_eq!(
            pairs("we used the negative evidence lower bound (or NELBO) as the loss"),
            one("NELBO", "negative evidence lower bound")
        );
        assert_eq!(
            pairs("the International Security Assistance Force (hereafter ISAF) grew"),
            one("ISAF", "International Security Assistance Force")
        );
        assert_eq!(
            pairs("studied in the Third Generation Partnership Project (3GPP) for years"),
            one("3GPP", "Third Generation Partnership Project")
        );
        // a long form holding the short form numbered otherwise is not its expansion
        assert!(pairs("PfSOD1, a second SOD gene (PfSOD2) was cloned").is_empty());
    }

    #[test]
    fn ordinary_parentheses_are_not_pairs() {
        assert!(pairs("Allies (Australia, Japan) and the rest (see below) met in 2003 (n = 5).").is_empty());
        assert!(pairs("They met in Brussels (Belgium) with partners (women and men).").is_empty());
        assert!(pairs("the mechanisms of the Partnership for Peace (in practice) worked").is_empty());
    }
}
