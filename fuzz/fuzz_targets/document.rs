//! `steppe segment`, `glossary` and `align` (the document model under them) on any text: no panic,
//! and every sentence is text of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use steppe_align::Aligner;
use steppe_doc::{Document, Lang};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::parse("fuzz", text, Lang::En);
    steppe_glossary::extract(&doc);
    let half = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(0, |c| c.0);
    Aligner::new().align_texts(&text[..half], &text[half..], None, None);
});
