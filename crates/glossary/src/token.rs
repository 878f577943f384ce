//! Words of a sentence with their offsets, and the shapes extraction cares about: acronyms
//! (`NATO`, `NGOs`, `U.N.`, `G-8`, `EurAsEC`), capitalised words, possessives.

/// A word of a sentence: surrounding punctuation removed, a possessive `'s` split off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    /// The word without surrounding punctuation or possessive.
    pub text: &'a str,
    /// Byte offset of `text` in the sentence.
    pub start: usize,
    /// Whether `'s` (or `’s`, or a bare `'` after `s`) followed.
    pub possessive: bool,
    /// Punctuation written right after the word (`,`, `.`, `;`, `)` …), if any.
    pub after: Option<char>,
    /// Punctuation written right before the word (`(`, `"` …), if any.
    pub before: Option<char>,
}

/// Splits `text` into words at whitespace; asterisks (emphasis marks) and footnote digits in
/// superscript count as punctuation.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for (start, raw) in text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
    {
        let lead = raw.len() - raw.trim_start_matches(is_edge).len();
        let body = raw.trim_matches(is_edge);
        if body.is_empty() {
            continue;
        }
        let mut before = raw[..lead].chars().last();
        // keep the final dot of dotted acronyms (`U.N.`)
        let mut end = lead + body.len();
        if raw[end..].starts_with('.') && is_dotted(&raw[lead..end + 1]) {
            end += 1;
        }
        let mut body = &raw[lead..end];
        let mut lead = lead;
        // `post-Cold War`, `anti-NATO`: a lower-case prefix is not part of the name after it
        if let Some((prefix, rest)) = body.split_once('-') {
            let prefix_ok = (1..=6).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_lowercase());
            // `pro-American Israel`, `pro-Western Pakistan`: an adjective stays one lower-case word
            if prefix_ok && rest.chars().next().is_some_and(char::is_uppercase) && !is_proper_adjective(rest)
            {
                lead += prefix.len() + 1;
                body = rest;
                before = Some('-');
            }
        }
        let mut possessive = false;
        for suffix in ["'s", "'S", "\u{2019}s", "\u{2019}S", "'", "\u{2019}"] {
            if let Some(stem) = body.strip_suffix(suffix) {
                let bare = suffix == "'" || suffix == "\u{2019}";
                if !stem.is_empty() && (!bare || stem.ends_with('s')) {
                    body = stem;
                    possessive = true;
                    break;
                }
            }
        }
        let after = raw[end..].chars().find(|c| !is_superscript(*c));
        out.push(Word {
            text: body,
            start: start + lead,
            possessive,
            after,
            before,
        });
    }
    out
}

/// `American`, `Western`, `Chinese`, `British`, `Asiatic`: the endings of adjectives made from proper
/// names, which describe a name rather than begin one.
pub(crate) fn is_proper_adjective(word: &str) -> bool {
    ["an", "ern", "ese", "ish", "ic"]
        .iter()
        .any(|e| word.ends_with(e))
}

fn is_edge(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}') || is_superscript(c)
}

fn is_superscript(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '\u{2070}'..='\u{209f}')
}

/// `U.N.`, `U.S.`: two or more single capitals, each followed by a dot.
pub(crate) fn is_dotted(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4 && b.len() % 2 == 0 && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Whether a word has the shape of an acronym: two or more capitals and no lower-case letter except a
/// plural `s` (`NATO`, `NGOs`), a dotted one (`U.N.`), capitals with a number (`G-8`, `G20`), or a short
/// mixed-case one with three capitals (`EurAsEC`) or two in at most five letters (`PfP`), or one
/// digit and capitals (`3D`, `5G`, `3GPP`), capitals with a lower-case letter and a number (`IPv6`),
/// or one or two lower-case letters before two capitals or more (`mAP`, `iOS`, `mRNAs`, `auROC`).
pub(crate) fn is_acronym_shape(word: &str) -> bool {
    if is_dotted(word) {
        return true;
    }
    let lower_prefix = word.chars().take_while(char::is_ascii_lowercase).count();
    if (1..=2).contains(&lower_prefix) {
        let rest = &word[lower_prefix..];
        let rest = rest.strip_suffix('s').unwrap_or(rest);
        return rest.chars().filter(char::is_ascii_uppercase).count() >= 2
            && rest.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    }
    if let Some((letters, number)) = word.split_once('-') {
        // `G-8`; `CSTO-NATO` is two acronyms, not one
        return (1..=3).contains(&letters.len())
            && letters.chars().all(|c| c.is_ascii_uppercase())
            && !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit());
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = letters - upper;
    let digits = word.chars().filter(char::is_ascii_digit).count();
    // `3D`, `5G`, `3GPP`: one digit, then capitals
    let mut chars = word.chars();
    let digit_first = chars.next().is_some_and(|c| c.is_ascii_digit())
        && chars.next().is_some_and(char::is_uppercase)
        && lower == 0;
    let first_upper = word.chars().next().is_some_and(char::is_uppercase) || digit_first;
    let clean = word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&');
    if !clean || !first_upper || word.ends_with('-') || letters > 8 {
        return false;
    }
    let plural = word.ends_with('s') && lower == 1;
    match (upper, lower, digits) {
        (u, 0, 0) => u >= 2,
        (u, _, 0) if plural => u >= 2,
        (u, 0, d) => u >= 1 && (1..=3).contains(&d),
        (u, l, 0) => (u >= 3 || (u >= 2 && u + l <= 5)) && !is_name_prefix(word),
        (u, l, d) => u >= 2 && l < u && l <= 2 && d <= 3,
    }
}

/// `McCain`, `MacArthur`, `DeGaulle`: capitals inside names that are not acronyms.
fn is_name_prefix(word: &str) -> bool {
    ["Mc", "Mac", "De", "Di", "Le", "La", "O'"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// The key under which spellings of one short form are grouped: dots dropped, plural `s` dropped.
pub(crate) fn acronym_key(short: &str) -> String {
    let bare: String = short.chars().filter(|c| *c != '.').collect();
    match bare.strip_suffix('s') {
        Some(stem) if stem.chars().last().is_some_and(char::is_uppercase) => stem.to_owned(),
        _ => bare,
    }
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Roman numerals used as numbers (`II`, `XIV`), which look like acronyms.
pub(crate) fn is_roman(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_strip_punctuation_and_possessives() {
        let w = words("NATO's \"eastward\" (U.N.), Alliance’s *first* CSTO-NATO¹.");
        let post = words("the post-Cold War era");
        assert_eq!(
            (post[1].text, post[1].start, post[1].before),
            ("Cold", 9, Some('-'))
        );
        assert_eq!(words("pro-American Israel")[0].text, "pro-American");
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(
            texts,
            ["NATO", "eastward", "U.N.", "Alliance", "first", "CSTO-NATO"]
        );
        assert!(w[0].possessive && w[3].possessive && !w[1].possessive);
        assert_eq!(w[2].after, Some(')'));
        assert_eq!(w[2].before, Some('('));
        assert_eq!(w[5].after, Some('.'));
    }

    #[test]
    fn acronym_shapes() {
        for yes in [
            "NATO", "NGOs", "U.N.", "U.S.", "G-8", "G20", "EurAsEC", "PfP", "SCO", "3D", "5G", "3GPP",
            "IPv6", "mAP", "iOS", "mRNAs", "auROC", "dTLB",
        ] {
            assert!(is_acronym_shape(yes), "{yes}");
        }
        for no in [
            "Nato",
            "I",
            "A",
            "McCain",
            "Kazakhstan",
            "SHAYMERGENOV",
            "2008",
            "A.",
            "x-Y",
            "CSTO-NATO",
            "10K",
            "2008A",
            "3d",
            "iPhone",
            "eBay",
            "kHz",
            "pH",
            "dB",
            "mAb",
            "x86",
            "Win10",
        ] {
            assert!(!is_acronym_shape(no), "{no}");
        }
    }

    #[test]
    fn keys_group_spellings() {
        assert_eq!(acronym_key("NGOs"), "NGO");
        assert_eq!(acronym_key("U.N."), "UN");
        assert_eq!(acronym_key("CSTO"), "CSTO");
        assert!(is_roman("XIV") && !is_roman("CSTO"));
    }
}
