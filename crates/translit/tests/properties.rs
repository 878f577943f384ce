//! Properties over arbitrary text, for every scheme: no panic, nothing but Cyrillic letters changes,
//! no Russian or Kazakh letter survives in the output, and decomposed input reads as composed.

use proptest::prelude::*;
use steppe_translit::{schemes, Scheme};
use unicode_normalization::UnicodeNormalization;

fn all() -> Vec<Scheme> {
    schemes().collect()
}

const LETTERS: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ";

/// Text mixing Russian and Kazakh letters (either case) with spaces, hyphens, digits and Latin.
fn cyrillic_text() -> impl Strategy<Value = String> {
    let letters: Vec<char> = LETTERS.chars().chain(" -1aZ,.\n".chars()).collect();
    prop::collection::vec(prop::sample::select(letters), 0..40).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn text_without_cyrillic_or_marks_is_unchanged(text in "\\PC*", n in 0usize..32) {
        let text: String = text
            .chars()
            .filter(|c| !('\u{300}'..'\u{370}').contains(c) && !('\u{400}'..'\u{530}').contains(c))
            .collect();
        let s = all()[n % all().len()];
        prop_assert_eq!(s.transliterate(&text), text);
    }

    #[test]
    fn no_russian_or_kazakh_letter_survives(text in cyrillic_text(), n in 0usize..32) {
        let s = all()[n % all().len()];
        let out = s.transliterate(&text);
        prop_assert!(!out.chars().any(|c| LETTERS.contains(c)), "{:?}: {:?} → {:?}", s, text, out);
    }

    #[test]
    fn decomposed_input_reads_as_composed(text in cyrillic_text(), n in 0usize..32) {
        let s = all()[n % all().len()];
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(s.transliterate(&nfd), s.transliterate(&text));
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), n in 0usize..32) {
        let s = all()[n % all().len()];
        let mut out = String::from("kept:");
        s.transliterate_into(&text, &mut out);
        prop_assert!(out.starts_with("kept:"));
    }
}
