//! `steppe translit` on any text, Russian and Kazakh: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use steppe_translit::{scheme, Lang};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::Ru, Lang::Kk] {
        if let Ok(s) = scheme("ala_lc", lang) {
            s.transliterate(text);
        }
    }
});
