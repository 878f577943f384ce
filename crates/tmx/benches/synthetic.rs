//! A synthetic en–ru memory for benchmarks: deterministic (a fixed-seed LCG over word lists), about
//! 600 bytes a unit once written, with dates, a prop, inline codes in every 10th unit and a duplicate in
//! every 50th. Shared by `benches/read_write.rs` and `examples/generate.rs` (included with `#[path]`).

use steppe_tmx::{Admin, Element, ElementKind, Inline, Prop, Segment, TranslationUnit, Variant};

const EN: [&str; 24] = [
    "the",
    "steppe",
    "region",
    "security",
    "cooperation",
    "between",
    "states",
    "of",
    "Central",
    "Asia",
    "and",
    "NATO",
    "partnership",
    "programme",
    "was",
    "signed",
    "in",
    "Astana",
    "with",
    "new",
    "agreements",
    "on",
    "energy",
    "transit",
];
const RU: [&str; 24] = [
    "степь",
    "региона",
    "безопасность",
    "сотрудничество",
    "между",
    "государствами",
    "Центральной",
    "Азии",
    "и",
    "НАТО",
    "партнёрство",
    "программа",
    "была",
    "подписана",
    "в",
    "Астане",
    "с",
    "новыми",
    "соглашениями",
    "по",
    "энергетике",
    "транзиту",
    "Казахстан",
    "политика",
];

fn sentence(seed: &mut u64, words: &[&str], len: usize) -> String {
    let mut out = String::new();
    for i in 0..len {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        if i > 0 {
            out.push(' ');
        }
        out.push_str(words[(*seed >> 33) as usize % words.len()]);
    }
    out.push('.');
    out
}

fn seg(text: String, i: u64) -> Segment {
    if i % 10 != 3 {
        return Segment::plain(&text);
    }
    let ph = Element {
        kind: ElementKind::Ph,
        attrs: vec![("x".into(), "1".into())],
        content: vec![Inline::Text("<br/>".into())],
    };
    Segment(vec![Inline::Text(text), Inline::Element(ph)])
}

/// Unit number `i` (every 50th repeats unit `i - 7`).
pub fn unit(i: u64) -> TranslationUnit {
    let source = if i % 50 == 49 { i - 7 } else { i };
    let mut seed = source.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5DEE_CE66;
    let en = sentence(&mut seed, &EN, 22);
    let ru = sentence(&mut seed, &RU, 16);
    let date = format!(
        "2024{:02}{:02}T{:02}{:02}00Z",
        1 + i % 12,
        1 + i % 28,
        i % 24,
        i % 60
    );
    TranslationUnit {
        tuid: Some(format!("u{i}")),
        admin: Admin {
            creationdate: Some(date.clone()),
            changedate: Some(date),
            creationid: Some("BENCH".into()),
            ..Admin::default()
        },
        props: vec![Prop {
            kind: "x-domain".into(),
            text: "politics".into(),
            lang: None,
        }],
        variants: vec![Variant::new("en", seg(en, i)), Variant::new("ru", seg(ru, i))],
        ..TranslationUnit::default()
    }
}
