//! Stage 4: sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets after it) followed by a space and a capital, a digit or an opening quote, unless the
//! word before the period is an abbreviation of the language (`data/abbrev.*.txt`), an initial
//! (`K.`, `K.K.`) or a dotted letter group (`U.S.`, `U.N.`).

use crate::footnote::SUPERSCRIPT;
use crate::{tables, Lang};
use std::ops::Range;

/// Characters that end a sentence.
const TERMINAL: &[char] = &['.', '!', '?', '…'];
/// Closing quotes and brackets that may follow the terminal character.
const CLOSING: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];
/// How far back (in characters) multi-word abbreviations (`et al.`, `т. е.`) are looked for.
const TAIL_CHARS: usize = 16;
/// Opening quotes and brackets that may start a sentence.
const OPENING: &[char] = &['"', '\'', '“', '‘', '«', '(', '[', '—', '–'];

/// Sentence spans of `text` (byte ranges, trimmed of whitespace), in order.
pub(crate) fn sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some((i, c)) = next_terminal(text, from) {
        let mut end = i + c.len_utf8();
        for d in text[end..].chars() {
            if !(TERMINAL.contains(&d) || CLOSING.contains(&d)) {
                break;
            }
            end += d.len_utf8();
        }
        from = end;
        let rest = &text[end..];
        let next = rest.trim_start();
        if next.len() == rest.len() || next.is_empty() || !starts_sentence(next) {
            continue;
        }
        if c == '.' && !ends_with_full_stop(&text[start..i], lang) {
            continue;
        }
        push_trimmed(text, start..end, &mut out);
        start = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// The first [`TERMINAL`] character at or after byte `from`, found by a byte scan (three of the
/// four are ASCII; `…` starts with the byte 0xE2).
fn next_terminal(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(k) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
    {
        let at = i + k;
        match bytes[at] {
            0xE2 if text[at..].starts_with('…') => return Some((at, '…')),
            0xE2 => i = at + 1,
            b => return Some((at, char::from(b))),
        }
    }
    None
}

/// Whether `text` ends a sentence: a terminal character, then only closing quotes, brackets and
/// footnote markers. Used to tell a paragraph cut by a page break from a complete one.
pub(crate) fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(|c: char| CLOSING.contains(&c) || SUPERSCRIPT.contains(&c))
        .ends_with(TERMINAL)
}

/// Whether `next` (after the space) can start a sentence.
fn starts_sentence(next: &str) -> bool {
    let mut it = next.chars();
    let first = it.next().unwrap_or(' ');
    if OPENING.contains(&first) {
        return it
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c.is_whitespace());
    }
    first.is_uppercase() || first.is_numeric()
}

/// Whether a period after `before` ends a sentence (is not an abbreviation's or initial's).
fn ends_with_full_stop(before: &str, lang: Lang) -> bool {
    let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let token = token.trim_start_matches(OPENING);
    if token.is_empty() {
        return true;
    }
    let abbrev = tables::abbrev(lang);
    if abbrev.contains(&format!("{token}.")) {
        return false;
    }
    // Multi-word entries are short: look at the last few characters only.
    let tail_at = before.char_indices().rev().nth(TAIL_CHARS).map_or(0, |(i, _)| i);
    let lower = format!("{}.", before[tail_at..].to_lowercase());
    if abbrev
        .multi_word()
        .iter()
        .any(|m| lower.ends_with(m.as_str()) && boundary_before(&lower, m.len()))
    {
        return false;
    }
    !is_initials(token)
}

/// Whether the suffix of length `len` in `text` starts a word.
fn boundary_before(text: &str, len: usize) -> bool {
    text[..text.len() - len]
        .chars()
        .next_back()
        .map_or(true, |c| !c.is_alphanumeric())
}

/// `K`, `K.K`, `U.S`, `A.P` (the final period is not in `token`): capitals separated by periods.
fn is_initials(token: &str) -> bool {
    token.split('.').all(|part| {
        let mut cs = part.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    })
}

fn push_trimmed(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[span.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(span.start + lead..span.start + lead + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        sentences(text, lang).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn english_abbreviations_and_initials() {
        let text = "The U.S. Army left. See K.K. Tokaev, Vol. II, No. 5, pp. 24-25. Smith et al. Agree. \
                    He said: \"Go.\" Then (they) left! Why? Dr. Who came.";
        assert_eq!(
            split(text, Lang::En),
            [
                "The U.S. Army left.",
                "See K.K. Tokaev, Vol. II, No. 5, pp. 24-25.",
                "Smith et al. Agree.",
                "He said: \"Go.\"",
                "Then (they) left!",
                "Why?",
                "Dr. Who came."
            ]
        );
    }

    #[test]
    fn russian_abbreviations() {
        let text = "В 1991 г. Казахстан стал независимым, т. е. свободным. Им. Абая улица. См. \
                    прим. 5. Проф. Иванов А.П. Сидоров пришёл. Новая фраза.";
        assert_eq!(
            split(text, Lang::Ru),
            [
                "В 1991 г. Казахстан стал независимым, т. е. свободным.",
                "Им. Абая улица.",
                "См. прим. 5.",
                "Проф. Иванов А.П. Сидоров пришёл.",
                "Новая фраза."
            ]
        );
    }

    #[test]
    fn sentence_ends() {
        for text in ["the end.", "the end.\"¹", "конец!»", "(so)?"] {
            assert!(ends_sentence(text), "{text}");
        }
        for text in ["among the", "NATO,", "the U.S"] {
            assert!(!ends_sentence(text), "{text}");
        }
    }

    #[test]
    fn no_break_before_lowercase() {
        assert_eq!(
            split("It was 5 p.m. and late. Next.", Lang::En),
            ["It was 5 p.m. and late.", "Next."]
        );
    }
}
