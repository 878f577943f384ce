//! Text handling for the reverse engine: tokens (words and what lies between), spans, web
//! addresses, Roman numerals, and restoring the case of the Latin in the Cyrillic.

use super::fold_word_cased;

/// Whether `word` is a Roman numeral of two letters or more (`II`, `XIV`; not `ILI`).
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    const PLACES: [[&str; 10]; 3] = [
        ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"],
        ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"],
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"],
    ];
    let mut rest = word.trim_start_matches('M');
    for place in PLACES {
        // The longest form of this place that the rest starts with.
        let taken = place
            .iter()
            .filter(|p| rest.starts_with(*p))
            .map(|p| p.len())
            .max()
            .unwrap_or(0);
        rest = &rest[taken..];
    }
    rest.is_empty() && word.len() >= 2
}

/// Whether word token `i` is glued by `.`, `/` or `@` to another word (`www.kisi.kz`), which
/// initials (`K.K.`) are not.
pub(crate) fn in_address(tokens: &[(&str, bool)], i: usize) -> bool {
    let glue = |t: Option<&(&str, bool)>| t.is_some_and(|t| !t.1 && matches!(t.0, "." | "/" | "@" | "://"));
    let word = |t: Option<&(&str, bool)>| t.is_some_and(|t| t.1 && t.0.chars().count() > 1);
    // A path: `/proc`, `usr/bin`.
    let slash_before = i > 0 && !tokens[i - 1].1 && tokens[i - 1].0.ends_with('/');
    let slash_after = tokens.get(i + 1).is_some_and(|t| !t.1 && t.0.starts_with('/'));
    tokens[i].0.chars().count() > 1
        && (slash_before
            || slash_after
            || (i >= 2 && glue(tokens.get(i - 1)) && word(tokens.get(i - 2)))
            || (glue(tokens.get(i + 1)) && word(tokens.get(i + 2))))
}

/// Whether the non-word token `i` ends a span.
pub(crate) fn splits_span(tokens: &[(&str, bool)], i: usize) -> bool {
    let tok = tokens[i].0;
    if tok.chars().any(|c| ",;:()[]{}\"“”«»„*?!/|".contains(c)) {
        return true;
    }
    // A full stop ends a span unless it closes an initial (`M. Laumulin`).
    tok.contains('.')
        && !(i > 0 && tokens[i - 1].1 && tokens[i - 1].0.chars().count() == 1 && tok.starts_with('.'))
}

/// Splits a line into words (letters, combining marks, and apostrophes inside or closing a word)
/// and the text between them.
pub fn tokenize(line: &str) -> Vec<(&str, bool)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let is_letter = |c: char| {
        c.is_alphabetic() || ('\u{0300}'..='\u{036F}').contains(&c) || c == '\u{FE20}' || c == '\u{FE21}'
    };
    let is_mark = |c: char| "'ʹʼ’ʺ″`·\"”".contains(c);
    let mut tokens = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < chars.len() {
        let (at, c) = chars[i];
        let in_word = is_letter(c);
        let mut j = i + 1;
        if in_word {
            while j < chars.len() {
                let c = chars[j].1;
                let next = chars.get(j + 1).map(|x| x.1);
                let prev = chars[j - 1].1;
                let closing = is_mark(c)
                    && !"\"·”".contains(c)
                    && prev.is_ascii_alphabetic()
                    && next.map_or(true, |n| !is_letter(n))
                    && !(c == '\'' && quote_open_before(line, at));
                if is_letter(c) || (is_mark(c) && next.is_some_and(is_letter) && j > i) || closing {
                    j += 1;
                } else {
                    break;
                }
            }
        } else {
            while j < chars.len() && !is_letter(chars[j].1) {
                j += 1;
            }
        }
        let end = chars.get(j).map_or(line.len(), |x| x.0);
        let _ = start;
        tokens.push((&line[at..end], in_word));
        start = end;
        i = j;
    }
    tokens
}

/// Whether `line` before byte `end` leaves a single quote open: an apostrophe after a non-letter and before a letter
/// opens one (`'Rossiia`), one after a letter and before a non-letter closes it; an apostrophe
/// between letters is a sign inside a word (`Tsentral'naia`) and does neither. A word-final
/// apostrophe after the line's quotes are balanced is then a soft sign (`Tsentral'naia vlast'`).
fn quote_open_before(line: &str, end: usize) -> bool {
    let mut open = 0usize;
    let mut prev: Option<char> = None;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if at >= end {
            break;
        }
        if c == '\'' {
            let after_letter = prev.is_some_and(char::is_alphabetic);
            let before_letter = chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
            match (after_letter, before_letter) {
                (false, true) => open += 1,
                (true, false) => open = open.saturating_sub(1),
                _ => {}
            }
        }
        prev = Some(c);
    }
    open > 0
}

/// Writes `cyr` (lower case) in the case pattern of `latin`: lower, Capitalised, UPPER, or chunk
/// by chunk for mixed forms such as `SShA`.
pub(crate) fn apply_case(latin: &str, path: &[(u8, u8)], cyr: &str) -> String {
    let cased = fold_word_cased(latin);
    let uppers = cased.iter().filter(|c| c.1).count();
    let letters = cased.iter().filter(|c| c.0.is_alphabetic()).count();
    if uppers == 0 {
        return cyr.to_owned();
    }
    // Mostly capitals is ALL CAPS: iuliia writes `GORIZONTAL'NAIa`, and `SShA` is an acronym.
    if uppers * 2 > letters && letters > 1 {
        return cyr.to_uppercase();
    }
    if uppers == 1 && cased[0].1 {
        let mut chars = cyr.chars();
        return chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    let mut out = String::with_capacity(cyr.len());
    let (mut li, mut rest) = (0usize, cyr.chars());
    for &(llen, clen) in path {
        let upper = cased.get(li).is_some_and(|c| c.1);
        for c in rest.by_ref().take(clen as usize) {
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        li += llen as usize;
    }
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_every_character() {
        let line = "See: M. Laumulin, \"NATO v Tsentral'noy Azii,\" Kontinent, No. 18 (105).";
        let tokens = tokenize(line);
        assert_eq!(tokens.iter().map(|t| t.0).collect::<String>(), line);
        assert!(tokens.contains(&("Tsentral'noy", true)));
        assert!(tokens.iter().any(|t| !t.1 && t.0.contains('"')));
    }

    #[test]
    fn closing_apostrophe_belongs_to_the_word_unless_it_closes_a_quote() {
        assert!(tokenize("Dzhemal' i").contains(&("Dzhemal'", true)));
        assert!(tokenize("fazy` i").contains(&("fazy`", true)));
        assert!(tokenize("'Rossiia'").contains(&("Rossiia", true)));
        // An apostrophe inside an earlier word opens no quote: the last one is a soft sign.
        assert!(tokenize("Tsentral'naia vlast'").contains(&("vlast'", true)));
        assert!(tokenize("'Rossiia' i vlast'").contains(&("vlast'", true)));
        assert!(tokenize("'Tsentral'naia vlast'").contains(&("vlast", true)));
    }

    #[test]
    fn web_addresses_are_not_words() {
        let tokens = tokenize("[www.kisi.kz] K.K. Tokaev, Moskva. See /proc");
        let flagged: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens[i].1 && in_address(&tokens, i))
            .map(|i| tokens[i].0)
            .collect();
        assert_eq!(flagged, ["www", "kisi", "kz", "proc"]);
    }

    #[test]
    fn roman_numerals_are_told_from_words() {
        assert!(is_roman_numeral("II") && is_roman_numeral("XIV") && is_roman_numeral("MCMXCI"));
        assert!(!is_roman_numeral("ILI") && !is_roman_numeral("I") && !is_roman_numeral("MIX2"));
    }

    #[test]
    fn case_follows_the_latin() {
        assert_eq!(apply_case("Tsentral'naia", &[], "центральная"), "Центральная");
        assert_eq!(apply_case("SShA", &[(1, 1), (2, 1), (1, 1)], "сша"), "США");
        assert_eq!(apply_case("NATO", &[], "нато"), "НАТО");
        assert_eq!(
            apply_case("GORIZONTAL'NAIa", &[], "горизонтальная"),
            "ГОРИЗОНТАЛЬНАЯ"
        );
        assert_eq!(apply_case("v", &[], "в"), "в");
    }
}
