//! Acronym definitions without parentheses: `CNN: convolutional neural network` and `DA = direct
//! assessment` (a short form, a colon or equals sign, its long form), `[CLP] Convergence Layer
//! Protocol` at the start of a line (each letter starting a word), and `Gross Domestic Product,
//! GDP` or `generative adversarial networks or GANs` (a long form, a comma or `or`, its short form).
//!
//! The first kind is read where a definition list puts it: a colon only at the start of the text or
//! of a list item (after `,`, `;` or `]`), an equals sign anywhere. The long form runs to the next
//! comma, semicolon, bracket or full stop, and of its prefixes the one the short form's letters fit
//! best is taken. The second kind is ambiguous prose (`Kazakhstan, NATO and …`), so it is kept only
//! when every letter of an all-capitals short form starts a word of the long form, with no content
//! word skipped.

use crate::acronym::{accept, alnum_len, is_short_token, max_words, window_start, AcronymPair};
use crate::align::{best_long_form, long_forms, split_words};
use crate::lists;

/// Score per letter that only a letter-per-word-start alignment without skipped words reaches.
const STRICT_SCORE_PER_CHAR: f32 = 2.9;

/// Definitions of both kinds in `text`, in order of position.
pub(crate) fn find(text: &str) -> Vec<AcronymPair> {
    // every whitespace-separated token, signs too (`DA = direct assessment`), with its neighbours
    let mut tokens = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .peekable();
    let mut out = Vec::new();
    let mut prev = None;
    while let Some(cur) = tokens.next() {
        // a short form has capitals: most tokens stop here
        if cur.1.bytes().any(|b| b.is_ascii_uppercase()) {
            let around = Around {
                prev,
                cur,
                next: tokens.peek().copied(),
            };
            out.extend(short_then_long(text, &around).or_else(|| long_then_short(text, &around)));
        }
        prev = Some(cur);
    }
    out
}

/// A token with its byte offset, and the tokens before and after it.
struct Around<'a> {
    prev: Option<(usize, &'a str)>,
    cur: (usize, &'a str),
    next: Option<(usize, &'a str)>,
}

/// `SF: long form`, `SF = long form`.
fn short_then_long(text: &str, at: &Around<'_>) -> Option<AcronymPair> {
    let (offset, token) = at.cur;
    // `[CLP] Convergence Layer Protocol`: a bracketed short form opening a line of a list
    let bracketed = token.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
    let line_start = at.prev.is_none() || text[..offset].trim_end_matches([' ', '\t']).ends_with('\n');
    if bracketed.is_some() && !line_start {
        return None;
    }
    let (short, sign_end) = if let Some(sf) = bracketed {
        (sf, offset + token.len())
    } else if let Some(sf) = token.strip_suffix([':', '=']) {
        (sf, offset + token.len())
    } else {
        let (next_offset, next) = at.next?;
        if !matches!(next, ":" | "=") {
            return None;
        }
        (token, next_offset + next.len())
    };
    let item_start = at.prev.map_or(true, |(_, p)| p.ends_with([',', ';', ']']))
        || text[..offset].trim_end().ends_with(['\n', ']']);
    // a bracketed short form starts one byte after its token
    let short_start = offset + usize::from(bracketed.is_some());
    let colon = text[short_start + short.len()..sign_end].contains(':');
    let shaped = is_short_token(short)
        && short.chars().filter(char::is_ascii_uppercase).count() >= 2
        && short.chars().all(|c| c.is_alphanumeric() || c == '-');
    if !shaped || (colon && !item_start) {
        return None;
    }
    let rest = &text[sign_end..];
    let lead = rest.len() - rest.trim_start().len();
    let rest = &rest[lead..];
    // `IR = in RGB`, `OP = OO, PP`: a long form starts with a content word and has lower-case letters
    let first = rest.split_whitespace().next().unwrap_or("");
    if !rest.starts_with(char::is_alphabetic) || lists::stopwords().contains(first.to_lowercase().as_str()) {
        return None;
    }
    let end = rest
        .char_indices()
        .find(|&(k, c)| {
            matches!(c, ',' | ';' | ':' | '=' | '(' | ')' | '[' | ']' | '\n')
                || (c == '.' && rest[k + 1..].chars().next().map_or(true, char::is_whitespace))
        })
        .map_or(rest.len(), |(k, _)| k);
    let region = &rest[..end];
    let n = alnum_len(short);
    let mut best: Option<(f32, &str)> = None;
    let ends: Vec<usize> = split_words(region)
        .map(|(o, w)| o + w.len())
        .take(max_words(n))
        .collect();
    for e in ends {
        let long = region[..e].trim_end_matches(|c: char| !c.is_alphanumeric());
        let Some(a) = best_long_form(short, long, true, usize::MAX) else {
            continue;
        };
        // a bracketed short form only with each letter starting a word
        let strict = bracketed.is_none() || (a.starts == n && a.words <= n + 2);
        if accept(short, long, &a)
            && strict
            && long.chars().any(char::is_lowercase)
            && best.map_or(true, |(s, _)| a.score > s)
        {
            best = Some((a.score, long));
        }
    }
    let (_, long) = best?;
    let long_start = sign_end + lead;
    Some(AcronymPair {
        short: short.to_owned(),
        long: long.to_owned(),
        short_start,
        short_end: short_start + short.len(),
        long_start,
        long_end: long_start + long.len(),
    })
}

/// `long form, SF`, `long form or SF`.
fn long_then_short(text: &str, at: &Around<'_>) -> Option<AcronymPair> {
    let (offset, token) = at.cur;
    let short = token.trim_end_matches([',', '.', ';', ':', ')']);
    let (prev_offset, prev) = at.prev?;
    let joiner_start = if prev == "or" {
        prev_offset
    } else if prev.ends_with(',') {
        prev_offset + prev.len() - 1
    } else {
        return None;
    };
    let letters = short.trim_end_matches('s');
    if !is_short_token(short) || !letters.chars().all(|c| c.is_ascii_uppercase()) || letters.len() < 2 {
        return None;
    }
    // each letter starts one of the last few words (or hyphenated parts) before the joiner: a
    // cheap test before the alignment
    let n = alnum_len(letters);
    let mut last: Vec<&str> = text[..joiner_start]
        .split_whitespace()
        .rev()
        .take(n + 2)
        .collect();
    last.reverse();
    let initials: Vec<char> = last
        .iter()
        .flat_map(|word| {
            word.split('-')
                .filter_map(|p| p.chars().find(|c| c.is_alphanumeric()))
        })
        .flat_map(char::to_lowercase)
        .collect();
    let mut wanted = letters.chars().flat_map(char::to_lowercase).peekable();
    for c in &initials {
        if wanted.peek() == Some(c) {
            wanted.next();
        }
    }
    if wanted.peek().is_some() {
        return None;
    }
    let from = window_start(text, joiner_start);
    let before = &text[from..joiner_start];
    let window = before.trim_end().trim_end_matches(',');
    let a = long_forms(letters, window, false, max_words(n))
        .into_iter()
        .find(|a| a.starts == n && a.words <= n + 2 && a.score >= STRICT_SCORE_PER_CHAR * n as f32)?;
    let long = window[a.start..].trim_end_matches(|c: char| !c.is_alphanumeric());
    // `in RGB or IR`, `OO, PP, OP`: a long form of words, not of function words or other short forms
    let lower_words = long.split_whitespace().all(|w| w.chars().any(char::is_lowercase));
    let first = long.split_whitespace().next().unwrap_or("").to_lowercase();
    if !accept(letters, long, &a) || !lower_words || lists::stopwords().contains(first.as_str()) {
        return None;
    }
    Some(AcronymPair {
        short: short.to_owned(),
        long: long.to_owned(),
        short_start: offset,
        short_end: offset + short.len(),
        long_start: from + a.start,
        long_end: from + a.start + long.len(),
    })
}

#[cfg(test)]
mod tests {
    use crate::find_acronym_pairs;

    fn pairs(text: &str) -> Vec<(String, String)> {
        find_acronym_pairs(text)
            .into_iter()
            .map(|p| (p.short, p.long))
            .collect()
    }

    fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(s, l)| (s.to_string(), l.to_string())).collect()
    }

    #[test]
    fn colon_and_equals_lists() {
        assert_eq!(
            pairs("CNN: convolutional neural network."),
            owned(&[("CNN", "convolutional neural network")])
        );
        assert_eq!(
            pairs("Here, DA = direct assessment, RR = relative ranking."),
            owned(&[("DA", "direct assessment"), ("RR", "relative ranking")])
        );
        // the prefix the letters fit best, not the whole clause
        assert_eq!(
            pairs("[1] MF: Matrix Factorization is the most popular method."),
            owned(&[("MF", "Matrix Factorization")])
        );
    }

    #[test]
    fn bracketed_short_forms_opening_list_lines() {
        assert_eq!(
            pairs("[CLP] Convergence Layer Protocol.\n[WPT] Wireless Power Transfer.\n"),
            owned(&[
                ("CLP", "Convergence Layer Protocol"),
                ("WPT", "Wireless Power Transfer")
            ])
        );
        // not inside a line, not with letters inside words
        assert!(pairs("as in [CLP] Convergence Layer Protocol.").is_empty());
        assert!(pairs("[MTX] methotrexate was given.").is_empty());
    }

    #[test]
    fn comma_and_or_forms() {
        assert_eq!(
            pairs("compared to the world Gross Domestic Product, GDP which is large"),
            owned(&[("GDP", "Gross Domestic Product")])
        );
        assert_eq!(
            pairs("such as generative adversarial networks or GANs since 2014"),
            owned(&[("GANs", "generative adversarial networks")])
        );
    }

    #[test]
    fn prose_that_only_looks_like_a_definition() {
        for text in [
            "The localization can be done in RGB or IR images.",
            "For the cases of OO, PP, OP and SO the terms are copied.",
            "It met in Astana, Kazakhstan, NATO and the EU took part.",
            "The text says: NATO grew. See also: CSTO members.",
            "where SNR = 10 dB and the gain G = 2.",
            "Conv: convolutional layer.",
        ] {
            assert!(pairs(text).is_empty(), "{text}: {:?}", pairs(text));
        }
    }
}
