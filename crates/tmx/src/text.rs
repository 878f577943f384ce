//! Text helpers shared by reader, writer and tools: XML 1.0 character rules, and the normalised text
//! and 64-bit hashes that deduplication compares.

use crate::model::{Inline, TranslationUnit};
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// Whether XML 1.0 forbids `c` in a document: C0 controls other than tab, LF and CR, and the
/// non-characters U+FFFE and U+FFFF (Rust strings cannot hold surrogates).
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Removes the characters XML 1.0 forbids; returns the text and how many were removed.
///
/// ```
/// let (clean, removed) = steppe_tmx::text::remove_forbidden("a\u{1}b\u{FFFF}");
/// assert_eq!((clean.as_ref(), removed), ("ab", 2));
/// ```
pub fn remove_forbidden(text: &str) -> (Cow<'_, str>, usize) {
    // Fast path: a branch-free byte scan (it vectorises); forbidden characters are bytes < 0x20 or
    // start with 0xEF. Tabs and line breaks also trip it, and then the exact check decides.
    let suspicious = text
        .as_bytes()
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | (b < 0x20) | (b == 0xEF)));
    if !suspicious || !text.chars().any(is_forbidden_char) {
        return (Cow::Borrowed(text), 0);
    }
    let removed = text.chars().filter(|&c| is_forbidden_char(c)).count();
    (
        Cow::Owned(text.chars().filter(|&c| !is_forbidden_char(c)).collect()),
        removed,
    )
}

/// The text deduplication compares: NFC, whitespace runs collapsed to one space, trimmed.
/// Case and punctuation are kept: a TM keeps `Save` and `save.` apart.
///
/// ```
/// assert_eq!(steppe_tmx::text::normalise_text("  Cafe\u{301}\t au  lait "), "Café au lait");
/// ```
pub fn normalise_text(text: &str) -> String {
    normalise(text).into_owned()
}

/// [`normalise_text`] without a copy when nothing changes (the common case).
fn normalise(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // NFC already, and no whitespace but what `split_ascii_whitespace` splits on: a byte scan for
    // English, Russian and Kazakh, a character scan for the rest (quotes, dashes, Latin-1, inline
    // code markers), the normalisation tables only when a character might compose.
    let inert = is_plain(bytes)
        || text.chars().all(|c| {
            is_nfc_inert(c) && (!c.is_whitespace() || matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C'))
        });
    if inert && !has_irregular_space(bytes) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    if inert {
        for word in text.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return Cow::Owned(out);
    }
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if unicode_normalization::is_nfc_quick(out.chars()) == unicode_normalization::IsNormalized::Yes {
        Cow::Owned(out)
    } else {
        Cow::Owned(out.nfc().collect())
    }
}

/// Whether plain text needs its spaces collapsed: leading or trailing space, a tab or line break, or
/// two spaces in a row (memchr's SIMD search: most segments have none of these).
fn has_irregular_space(bytes: &[u8]) -> bool {
    matches!(bytes.first(), Some(b' '))
        || matches!(bytes.last(), Some(b' '))
        || memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_some()
        || memchr::memchr(0x0C, bytes).is_some()
        || double_space().find(bytes).is_some()
}

/// The searcher for two spaces, built once (building one costs more than searching a segment).
fn double_space() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// The fast path of [`normalise_text`], for the bulk of English, Russian and Kazakh text: only ASCII
/// but vertical tab, and Cyrillic U+0400–U+04FF (lead bytes 0xD0–0xD3) except the combining marks U+0483–U+0489
/// (0xD2 0x83–0x89). Such text is NFC already (every character has quick check Yes and combining
/// class 0, which a unit test checks against the tables) and its only whitespace is ASCII.
/// The range scan is branch-free so that it vectorises.
fn is_plain(bytes: &[u8]) -> bool {
    let ranges = bytes.chunks(64).all(|chunk| {
        !chunk.iter().fold(false, |bad, &b| {
            bad | (b == 0x0B) | ((b >= 0xC0) & !(0xD0..=0xD3).contains(&b))
        })
    });
    ranges && memchr::memchr_iter(0xD2, bytes).all(|i| !matches!(bytes.get(i + 1), Some(0x83..=0x89)))
}

/// Characters that NFC leaves alone whatever surrounds them (quick check Yes, combining class 0):
/// everything below the first combining mark U+0300, Cyrillic but its combining marks, the general
/// punctuation from the hyphen to U+205E (dashes, quotes, ellipsis), and the object replacement
/// character that stands for inline codes in a key. A range test per character instead of the
/// normalisation tables, which cost as much as the rest of a unit's key; a unit test checks it
/// against them.
fn is_nfc_inert(c: char) -> bool {
    matches!(c, '\0'..='\u{2FF}' | '\u{400}'..='\u{482}' | '\u{48A}'..='\u{4FF}' | '\u{2010}'..='\u{205E}' | '\u{FFFC}')
}

/// The 64-bit hash of a unit's content: every variant's language (lowercase) and normalised text
/// (inline codes as U+FFFC), sorted by language. Two units with equal keys are duplicates.
/// Collisions between different units are possible but improbable (about 1 in 10^9 for 200,000 units).
pub fn unit_key(unit: &TranslationUnit) -> u64 {
    let mut parts: Vec<(Cow<'_, str>, u64)> = unit
        .variants
        .iter()
        .map(|v| {
            let lang = match v.lang.bytes().any(|b| b.is_ascii_uppercase()) {
                true => Cow::Owned(v.lang.to_ascii_lowercase()),
                false => Cow::Borrowed(v.lang.as_str()),
            };
            let text = match v.seg.0.as_slice() {
                [Inline::Text(t)] => hash(normalise(t).as_ref()),
                _ => hash(&normalise_text(&v.seg.text_with_markers('\u{FFFC}'))),
            };
            (lang, text)
        })
        .collect();
    parts.sort();
    // each language, a byte no tag has, then its text's hash: one buffer, hashed once
    let mut bytes = Vec::with_capacity(parts.iter().map(|(l, _)| l.len() + 9).sum());
    for (lang, text) in &parts {
        bytes.extend_from_slice(lang.as_bytes());
        bytes.push(0xFF);
        bytes.extend_from_slice(&text.to_le_bytes());
    }
    xxhash_rust::xxh3::xxh3_64(&bytes)
}

/// A 64-bit hash of `text` that is the same on every run and on every machine (XXH3 with its
/// default secret), so outputs are deterministic. XXH3 rather than std's SipHash: it is built for
/// fingerprints (it passes SMHasher) and is several times faster on the short strings of a memory.
///
/// ```
/// assert_eq!(steppe_tmx::text::hash("Астана"), steppe_tmx::text::hash("Астана"));
/// assert_ne!(steppe_tmx::text::hash("Астана"), steppe_tmx::text::hash("Астане"));
/// ```
pub fn hash(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_chars_pass_untouched() {
        let text = "tab\there\nline\r\nКазақ \u{D7FF}\u{E000}\u{FFFD}\u{10000}";
        let (clean, n) = remove_forbidden(text);
        assert!(matches!(clean, Cow::Borrowed(_)));
        assert_eq!(n, 0);
    }

    #[test]
    fn plain_fast_path_agrees_with_the_normalisation_tables() {
        use unicode_normalization::{char::canonical_combining_class, is_nfc_quick, IsNormalized};
        for c in (0..=0x4FF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            if !is_plain(c.encode_utf8(&mut buf).as_bytes()) {
                continue;
            }
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert!(!c.is_whitespace() || c.is_ascii_whitespace(), "{c:?}");
        }
        assert!(is_plain("Қазақ тілі, русский, English".as_bytes()));
        assert!(
            !is_plain("е\u{308}".as_bytes())
                && !is_plain("x\u{483}".as_bytes())
                && !is_plain("a\u{A0}b".as_bytes())
        );
        assert_eq!(normalise_text("е\u{308}ж\u{A0} ok"), "ёж ok");
        for (text, expected) in [
            (" a", "a"),
            ("a ", "a"),
            ("a  b", "a b"),
            ("a\tb", "a b"),
            ("a\x0Cb", "a b"),
            ("a b", "a b"),
        ] {
            assert_eq!(normalise_text(text), expected, "{text:?}");
        }
    }

    #[test]
    fn inert_characters_agree_with_the_normalisation_tables() {
        use unicode_normalization::{char::canonical_combining_class, is_nfc_quick, IsNormalized};
        let mut inert = 0;
        for c in (0..=0xFFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_nfc_inert(c))
        {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            inert += 1;
        }
        assert_eq!(inert, 0x300 + 0x83 + 0x76 + 0x4F + 1);
        // the slow path still composes what needs composing next to inert characters
        assert_eq!(normalise_text("«е\u{308}» \u{FFFC}—x"), "«ё» \u{FFFC}—x");
        // inert text: borrowed when its spaces are regular, collapsed when not; other spaces split
        assert!(matches!(normalise("«Қазақ» \u{FFFC} — café"), Cow::Borrowed(_)));
        assert_eq!(normalise_text(" «a»\t\u{FFFC}  b "), "«a» \u{FFFC} b");
        assert_eq!(normalise_text("«a»\u{A0}b\u{2003}c\u{B}d"), "«a» b c d");
    }

    #[test]
    fn unit_key_ignores_order_case_of_lang_and_spacing() {
        let a = TranslationUnit::from_pairs(&[("en", "Save  file"), ("ru", "Сохранить файл")]);
        let b = TranslationUnit::from_pairs(&[("RU", " Сохранить файл"), ("EN", "Save file")]);
        let c = TranslationUnit::from_pairs(&[("en", "Save file."), ("ru", "Сохранить файл")]);
        assert_eq!(unit_key(&a), unit_key(&b));
        assert_ne!(unit_key(&a), unit_key(&c));
    }
}
