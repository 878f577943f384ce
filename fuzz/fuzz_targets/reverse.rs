//! `steppe cyrillic`, `--explain`, `key` and `detect` on any text: no panic, one line out per line
//! in, and every word longer than the engine's bound left as written.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::text::tokenize;
use steppe_translit::reverse::{detect, key, Reverser, MAX_WORD_LETTERS};

fn lexicon() -> &'static LexiconSet {
    static LEXICON: OnceLock<LexiconSet> = OnceLock::new();
    LEXICON.get_or_init(LexiconSet::embedded)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let r = Reverser::new(lexicon());
    let out = r.cyrillic(text);
    assert_eq!(out.split('\n').count(), text.split('\n').count());
    for line in text.split('\n') {
        for (word, is_word) in tokenize(line) {
            if is_word && word.chars().count() > MAX_WORD_LETTERS {
                assert!(out.contains(word));
            }
        }
        r.explain(line);
        key(&r, line);
        detect(&r, line);
    }
});
