//! Word scans for the document vocabulary and the hyphen checks: the Unicode word boundaries of
//! UAX #29 (through `unicode-segmentation`) with a fast path for ASCII that gives the same words,
//! letter runs, hyphenated compounds, and lower-casing that allocates only when it must.
//!
//! `unicode_words` looks every character up in Unicode tables; on English text that was a quarter
//! of a parse. A space is a word boundary on both sides (the only rules that join across one, a
//! run of spaces and a combining mark after a space, make no word), so a line is cut at its
//! spaces and each piece scanned on its own. For a piece that is all ASCII the rules that can
//! apply are few (letters, digits and `_` join; `:` `.` `'` join letters; `,` `;` `.` `'` join
//! digits), so they are applied directly; other pieces go to `unicode_words`. The tests compare
//! both scans on every short string over the characters that matter.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

/// Word-boundary class of an ASCII byte (UAX #29 Word_Break values that occur in ASCII).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter: `A`–`Z`, `a`–`z`.
    Letter,
    /// Numeric: `0`–`9`.
    Digit,
    /// ExtendNumLet: `_`.
    Underscore,
    /// MidLetter: `:`.
    MidLetter,
    /// MidNumLet and Single_Quote: `.` `'`.
    MidNumLet,
    /// MidNum: `,` `;`.
    MidNum,
    /// Anything else: a boundary on both sides.
    Other,
}

fn class(b: u8) -> Class {
    match b {
        b'A'..=b'Z' | b'a'..=b'z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Underscore,
        b':' => Class::MidLetter,
        b'.' | b'\'' => Class::MidNumLet,
        b',' | b';' => Class::MidNum,
        _ => Class::Other,
    }
}

/// The words of `text` as `unicode_words` finds them: segments holding a letter or a digit.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(' ').flat_map(|piece| {
        if piece.is_ascii() {
            Piece::Ascii(ascii_words(piece))
        } else {
            Piece::Unicode(piece.unicode_words())
        }
    })
}

/// The words of one space-free piece of a line, by whichever scan fits it.
enum Piece<A, U> {
    Ascii(A),
    Unicode(U),
}

impl<'a, A: Iterator<Item = &'a str>, U: Iterator<Item = &'a str>> Iterator for Piece<A, U> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Piece::Ascii(a) => a.next(),
            Piece::Unicode(u) => u.next(),
        }
    }
}

/// [`words`] for an ASCII `text`.
fn ascii_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let word_char = |c: Class| matches!(c, Class::Letter | Class::Digit | Class::Underscore);
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let start = at + bytes[at..].iter().position(|&b| word_char(class(b)))?;
        let mut end = start + 1;
        let mut alnum = bytes[start].is_ascii_alphanumeric();
        while end < bytes.len() {
            let (prev, next) = (class(bytes[end - 1]), class(bytes[end]));
            let after = bytes.get(end + 1).map_or(Class::Other, |&b| class(b));
            // WB6/7: letter (: . ') letter; WB11/12: digit (, ; . ') digit.
            let joins_letters = prev == Class::Letter
                && after == Class::Letter
                && matches!(next, Class::MidLetter | Class::MidNumLet);
            let joins_digits = prev == Class::Digit
                && after == Class::Digit
                && matches!(next, Class::MidNum | Class::MidNumLet);
            if word_char(next) {
                alnum |= next != Class::Underscore;
                end += 1;
            } else if joins_letters || joins_digits {
                end += 2;
            } else {
                break;
            }
        }
        at = end;
        if alnum {
            return Some(&text[start..end]);
        }
    })
}

/// `word.to_lowercase()`, borrowed when that changes nothing (every character lower case or
/// ASCII without a capital), which is most words of a text.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word
        .chars()
        .all(|c| c.is_lowercase() || (c.is_ascii() && !c.is_ascii_uppercase()))
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Hyphenated compounds in `text`: letter runs joined by single hyphens.
/// Only the runs around a hyphen are looked at: the runs of letters and hyphens, split at anything
/// else, that hold one.
pub(crate) fn compounds(text: &str) -> impl Iterator<Item = &str> {
    let is_part = |c: char| c.is_alphabetic() || c == '-';
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let hyphen = from + text[from..].find('-')?;
        // The run cannot reach back past `from`: the previous run ended at a non-part character.
        let start = text[..hyphen]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_part(c))
            .last()
            .map_or(hyphen, |(i, _)| i);
        let end = text[hyphen..]
            .find(|c: char| !is_part(c))
            .map_or(text.len(), |k| hyphen + k);
        from = end;
        let t = text[start..end].trim_matches('-');
        if t.contains('-') && !t.contains("--") && t.split('-').all(|p| !p.is_empty()) {
            return Some(t);
        }
    })
}

/// Maximal runs of letters in `text`, with their byte offsets: a cheap word scan for the checks
/// that only look at letters.
pub(crate) fn letter_runs(text: &str) -> LetterRuns<'_> {
    LetterRuns { text, at: 0 }
}

/// The iterator of [`letter_runs`]: ASCII bytes are judged as bytes, other characters decoded.
pub(crate) struct LetterRuns<'a> {
    text: &'a str,
    /// Byte offset where the scan goes on.
    at: usize,
}

impl LetterRuns<'_> {
    /// The byte offset of the first character at or after `self.at` that is (`letters`) or is not
    /// a letter, or the end of the text.
    fn next_boundary(&self, letters: bool) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while i < bytes.len() {
            let (is_letter, len) = if bytes[i].is_ascii() {
                (bytes[i].is_ascii_alphabetic(), 1)
            } else {
                let c = self.text[i..].chars().next().unwrap_or(' ');
                (c.is_alphabetic(), c.len_utf8())
            };
            if is_letter == letters {
                return i;
            }
            i += len;
        }
        bytes.len()
    }
}

impl<'a> Iterator for LetterRuns<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.at = self.next_boundary(true);
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        self.at = self.next_boundary(false);
        Some((start, &self.text[start..self.at]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str) {
        let fast: Vec<&str> = ascii_words(text).collect();
        let slow: Vec<&str> = text.unicode_words().collect();
        assert_eq!(fast, slow, "{text:?}");
    }

    #[test]
    fn ascii_scan_agrees_with_unicode_words_on_every_short_string() {
        let alphabet = b"aB1:.',;_ -\n";
        let n = alphabet.len();
        for len in 1..=5u32 {
            for mut k in 0..n.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(char::from(alphabet[k % n]));
                    k /= n;
                }
                same(&s);
            }
        }
    }

    #[test]
    fn pieces_agree_with_unicode_words_on_every_short_string() {
        let alphabet = [
            'a', 'é', '1', '.', '’', ' ', '\u{301}', '\u{AD}', '—', '_', '\u{A0}', 'я',
        ];
        let n = alphabet.len();
        for len in 1..=5u32 {
            for mut k in 0..n.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[k % n]);
                    k /= n;
                }
                let slow: Vec<&str> = s.unicode_words().collect();
                assert_eq!(words(&s).collect::<Vec<_>>(), slow, "{s:?}");
            }
        }
    }

    #[test]
    fn lower_borrows_only_when_lowercasing_changes_nothing() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(lower(&s), s.to_lowercase(), "{c:?} U+{:04X}", c as u32);
        }
        assert!(matches!(lower("военно-политический"), Cow::Borrowed(_)));
        assert_eq!(lower("Euro-Atlantic"), "euro-atlantic");
    }

    #[test]
    fn letter_runs_are_maximal() {
        let text = "Ab1 cé-дом  x'y ﬁ ǅz 9";
        let got: Vec<(usize, &str)> = letter_runs(text).collect();
        let mut want = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    want.push((s, &text[s..i]));
                    start = None;
                }
                _ => {}
            }
        }
        assert_eq!(got, want);
        assert_eq!(got[0], (0, "Ab"));
        assert_eq!(letter_runs("").count(), 0);
    }

    #[test]
    fn compounds_are_the_hyphenated_runs() {
        let text = "-Euro-Atlantic, pro--NATO a-b-c-; x- -y 1-2 военно-политический-";
        let want: Vec<&str> = text
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .map(|t| t.trim_matches('-'))
            .filter(|t| t.contains('-') && !t.contains("--") && t.split('-').all(|p| !p.is_empty()))
            .collect();
        assert_eq!(compounds(text).collect::<Vec<_>>(), want);
        assert_eq!(want, ["Euro-Atlantic", "a-b-c", "военно-политический"]);
    }

    #[test]
    fn ascii_scan_agrees_on_prose() {
        same("The U.S. and NATO's 1,000.5 troops (G-8) met at 10:30; e.g. a_b __ _x x_ 3.a a.3 it's.");
        same("Vol. 3, No. 4 -- pp. 12-15; www.nato.int/docu/2008 \"quoted\" [12] a:b:c 1;2;3 1:2");
        for sample in [
            include_str!("../tests/documents/en-artefacts.txt"),
            include_str!("../tests/documents/en-wrapped.txt"),
            include_str!("../tests/documents/ru-artefacts.txt"),
        ] {
            for line in sample.lines() {
                let slow: Vec<&str> = line.unicode_words().collect();
                assert_eq!(words(line).collect::<Vec<_>>(), slow, "{line:?}");
                if line.is_ascii() {
                    same(line);
                }
            }
        }
        assert_eq!(words("Ещё раз").collect::<Vec<_>>(), ["Ещё", "раз"]);
    }
}
