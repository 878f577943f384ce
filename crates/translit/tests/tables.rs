//! Invariants of the compiled tables, over every scheme: names are unique, every Russian (and for
//! Kazakh schemes every Kazakh) letter is in the scheme's own table, no output contains Cyrillic,
//! and every output is NFC.

use steppe_translit::{schemes, Lang, Source};
use unicode_normalization::is_nfc;

const RUSSIAN: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const KAZAKH: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52F}').contains(&c)
        || ('\u{1C80}'..='\u{1C8F}').contains(&c)
        || ('\u{2DE0}'..='\u{2DFF}').contains(&c)
        || ('\u{A640}'..='\u{A69F}').contains(&c)
}

/// Every Latin string a scheme can write: each letter in three cases and every context rule.
fn outputs(s: steppe_translit::Scheme) -> Vec<String> {
    let mut out = Vec::new();
    for cp in 0x400..0x530 {
        if let Some(l) = s.letter(char::from_u32(cp).unwrap()) {
            out.extend([l.latin, l.capitalised, l.all_caps].map(String::from));
        }
    }
    out.extend(s.prev_rules().map(|r| r.latin.to_string()));
    out.extend(s.next_rules().map(|r| r.latin.to_string()));
    out.extend(s.ending_rules().map(|r| r.latin.to_string()));
    out
}

#[test]
fn names_are_unique_per_language() {
    let mut seen = std::collections::BTreeSet::new();
    for s in schemes() {
        for name in std::iter::once(s.name()).chain(s.aliases().iter().copied()) {
            assert!(seen.insert((s.lang(), name)), "{name} twice for {}", s.lang());
        }
    }
    assert!(seen.len() >= 32);
}

#[test]
fn every_russian_letter_is_in_every_scheme() {
    for s in schemes() {
        let own: String = s.letters().map(|(c, _)| c).collect();
        for c in RUSSIAN.chars().filter(|c| !own.contains(*c)) {
            // Only uz lacks a letter in its file (ь); data/steppe-patches.json adds it.
            assert_eq!((s.name(), c), ("uz", 'ь'), "{s:?} lacks {c}");
        }
        for c in RUSSIAN.chars().chain(RUSSIAN.to_uppercase().chars()) {
            let l = s.letter(c).unwrap_or_else(|| panic!("{s:?} lacks {c}"));
            assert_eq!(l.source, Source::Scheme, "{s:?} {c}");
        }
    }
}

#[test]
fn kazakh_schemes_have_every_kazakh_letter() {
    let kk: Vec<_> = schemes().filter(|s| s.lang() == Lang::Kk).collect();
    assert_eq!(kk.len(), 4);
    for s in kk {
        for c in KAZAKH.chars().chain(KAZAKH.to_uppercase().chars()) {
            assert_eq!(s.letter(c).map(|l| l.source), Some(Source::Scheme), "{s:?} {c}");
        }
    }
}

#[test]
fn no_output_contains_cyrillic() {
    for s in schemes() {
        for o in outputs(s) {
            assert!(!o.chars().any(is_cyrillic), "{s:?} writes {o:?}");
        }
    }
}

#[test]
fn every_output_is_nfc() {
    for s in schemes() {
        for o in outputs(s) {
            assert!(is_nfc(&o), "{s:?} writes non-NFC {o:?}");
        }
    }
}

#[test]
fn kazakh_letters_fall_back_to_iso9_in_russian_schemes() {
    for s in schemes().filter(|s| s.lang() == Lang::Ru && s.name() != "uz") {
        for c in "әғңөұүһі".chars() {
            assert_eq!(s.letter(c).unwrap().source, Source::Iso9Fallback, "{s:?} {c}");
        }
    }
}
