//! Properties that hold on any input: no panic, offsets that point at what they name.

use proptest::prelude::*;
use steppe_doc::{Document, Lang};

/// Text made of the characters extraction reacts to, with some non-ASCII among them.
fn texty() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "([A-Z]{1,5}|[a-z]{1,8}|[ ().,;:'’\\[\\]-]|the|of|and|NATO's|U\\.N\\.|é|Ж|²|\n){0,60}",
    )
    .unwrap()
}

proptest! {
    #[test]
    fn pair_offsets_slice_to_the_forms(text in texty()) {
        for p in steppe_glossary::find_acronym_pairs(&text) {
            prop_assert_eq!(&text[p.short_start..p.short_end], p.short.as_str());
            prop_assert_eq!(&text[p.long_start..p.long_end], p.long.as_str());
        }
    }

    #[test]
    fn extraction_never_panics_and_offsets_stay_in_the_source(text in texty()) {
        let doc = Document::parse("p.txt", &text, Lang::En);
        let g = steppe_glossary::extract(&doc);
        for e in &g.entries {
            prop_assert!(e.first_offset <= doc.source.len() && doc.source.is_char_boundary(e.first_offset));
            prop_assert!(e.count >= 1 && e.contexts.len() <= 3 && !e.term.is_empty());
        }
    }
}

#[test]
fn empty_and_odd_documents() {
    for text in [
        "",
        "(",
        ")",
        "((((",
        "A (B",
        "(NATO)",
        "NATO (",
        "[[x]] (",
        "Ж (ЖЖ)",
        "the The THE",
        // a bracketed short form ending in a two-byte letter (found by the property test in CI)
        "[NATO'sé]\n",
        "[U.N.wbwyNATO'stheЖ²]\nthe",
    ] {
        let g = steppe_glossary::extract(&Document::parse("odd.txt", text, Lang::En));
        assert!(g.entries.iter().all(|e| e.count >= 1), "{text:?}");
        let _ = steppe_glossary::find_acronym_pairs(text);
    }
}
