//! Text helpers shared by reader, writer and tools: XML 1.0 character rules, and the normalised text
//! and 64-bit hashes that deduplication compares.

use crate::model::TranslationUnit;
use std::borrow::Cow;
use std::hash::{DefaultHasher, Hash, Hasher};
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
    // Fast path: a byte scan; forbidden characters are either bytes < 0x20 or start with 0xEF.
    let suspicious = text.bytes().any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0xEF);
    if !suspicious || !text.chars().any(is_forbidden_char) {
        return (Cow::Borrowed(text), 0);
    }
    let removed = text.chars().filter(|&c| is_forbidden_char(c)).count();
    (Cow::Owned(text.chars().filter(|&c| !is_forbidden_char(c)).collect()), removed)
}

/// The text deduplication compares: NFC, whitespace runs collapsed to one space, trimmed.
/// Case and punctuation are kept: a TM keeps `Save` and `save.` apart.
///
/// ```
/// assert_eq!(steppe_tmx::text::normalise_text("  Cafe\u{301}\t au  lait "), "Café au lait");
/// ```
pub fn normalise_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.nfc());
    }
    out
}

/// The 64-bit hash of a unit's content: every variant's language (lowercase) and normalised text
/// (inline codes as U+FFFC), sorted by language. Two units with equal keys are duplicates.
/// Collisions between different units are possible but improbable (about 1 in 10^9 for 200,000 units).
pub fn unit_key(unit: &TranslationUnit) -> u64 {
    let mut parts: Vec<(String, String)> = unit
        .variants
        .iter()
        .map(|v| (v.lang.to_ascii_lowercase(), normalise_text(&v.seg.text_with_markers('\u{FFFC}'))))
        .collect();
    parts.sort();
    hash(&parts)
}

/// A 64-bit hash that is the same on every run (SipHash with fixed keys), so outputs are deterministic.
pub fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
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
    fn unit_key_ignores_order_case_of_lang_and_spacing() {
        let a = TranslationUnit::from_pairs(&[("en", "Save  file"), ("ru", "Сохранить файл")]);
        let b = TranslationUnit::from_pairs(&[("RU", " Сохранить файл"), ("EN", "Save file")]);
        let c = TranslationUnit::from_pairs(&[("en", "Save file."), ("ru", "Сохранить файл")]);
        assert_eq!(unit_key(&a), unit_key(&b));
        assert_ne!(unit_key(&a), unit_key(&c));
    }
}
