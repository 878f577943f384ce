//! Lookup speed of the embedded lexicon (load time: `benches/load.rs`).
//!
//! `cargo bench -p steppe-lexicon --bench lookup`
//!
//! The words are composed here: the forms the reverse transliteration needs to find, and the
//! near-miss candidates it must reject, in equal numbers (a search checks several candidates per
//! romanised word, most of them wrong).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use steppe_lexicon::Lexicon;

const HITS: &[&str] = &[
    "отсутствует",
    "начинается",
    "ведет",
    "центральная",
    "эволюция",
    "реалиях",
    "президента",
    "глобализации",
    "трансформации",
    "безопасность",
    "события",
    "оценки",
    "прогнозы",
    "стратегия",
    "Афганистане",
    "состояние",
    "перспективы",
    "политологии",
    "мировой",
    "Азия",
];
const MISSES: &[&str] = &[
    "отсутствуэт",
    "начинаэтся",
    "вэдет",
    "тсентральная",
    "эволиуция",
    "реалийах",
    "презыдента",
    "глобализатсии",
    "трансформатсии",
    "безопасност",
    "собитиа",
    "отсенки",
    "прогнози",
    "стратэгия",
    "Афганистанэ",
    "состоиание",
    "перспектиуы",
    "политологийи",
    "мировой_",
    "Азиа",
];

fn bench(c: &mut Criterion) {
    let lex = Lexicon::embedded();
    let words: Vec<&str> = HITS.iter().chain(MISSES).copied().collect();
    let mut g = c.benchmark_group("lookup");
    g.throughput(Throughput::Elements(words.len() as u64));
    g.bench_function("contains", |b| {
        b.iter(|| words.iter().filter(|w| lex.contains(black_box(w))).count())
    });
    g.bench_function("check", |b| {
        b.iter(|| words.iter().filter(|w| lex.check(black_box(w))).count())
    });
    g.bench_function("cursor_prefix_walk", |b| {
        // One cursor step per letter, as an incremental search does.
        b.iter(|| {
            words
                .iter()
                .filter(|w| {
                    w.chars()
                        .try_fold(lex.cursor(), |c, ch| c.push(ch))
                        .is_some_and(|c| c.is_word())
                })
                .count()
        })
    });
    g.bench_function("has_prefix_each_letter", |b| {
        // The same search done with whole-prefix calls: has_prefix on every longer prefix.
        b.iter(|| {
            words
                .iter()
                .filter(|w| {
                    let ends = w.char_indices().map(|(i, c)| i + c.len_utf8());
                    ends.clone().all(|e| lex.has_prefix(&w[..e])) && lex.contains(w)
                })
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
