//! `steppe names` and `steppe refs` on any text: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::{cluster_names, reference_spans, Reverser};
use steppe_translit::{scheme, Lang};

fn lexicon() -> &'static LexiconSet {
    static LEXICON: OnceLock<LexiconSet> = OnceLock::new();
    LEXICON.get_or_init(LexiconSet::embedded)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let r = Reverser::new(lexicon());
    let (a, b) = text.split_at(
        text.char_indices()
            .nth(text.chars().count() / 2)
            .map_or(0, |c| c.0),
    );
    for cluster in cluster_names(&r, &[a, b]) {
        assert!(!cluster.variants.is_empty());
    }
    reference_spans(&r, &[(1, text)], scheme("ala_lc", Lang::Ru).unwrap());
});
