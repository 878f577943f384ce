//! Throughput of the aligner (sentences per second, both sides counted) on composed en–ru texts
//! of 1,000 and 10,000 sentence pairs in one paragraph, so the band, not the paragraphs, keeps the
//! search small. Every 7th English sentence is joined in the Russian and every 23rd left out.
//!
//! The `long_document` group aligns one composed document of 20,000 English sentences (see
//! `examples/common/long_pair.rs`: varied lengths, paragraphs of 1 to 6 sentences, the Russian
//! joining and dropping sentences and paragraph breaks so the paragraph counts differ), as text
//! (the single search with the paragraph bonus) and pre-segmented with `<p>` marks.
//!
//! ```sh
//! cargo bench -p steppe-align --bench align
//! ```

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use steppe_align::{Aligner, Language};

#[path = "../examples/common/long_pair.rs"]
mod long_pair;

const EN: [&str; 4] = [
    "The committee met on day {} to discuss the budget.",
    "Members asked about the delays in construction work.",
    "The minister promised a written answer within {} days.",
    "Nobody objected.",
];
const RU: [&str; 4] = [
    "Комитет собрался в день {}, чтобы обсудить бюджет.",
    "Члены комитета спросили о задержках строительных работ.",
    "Министр пообещал письменный ответ в течение {} дней.",
    "Никто не возражал.",
];

/// `n` English sentences and their Russian, with joins and omissions.
fn texts(n: usize) -> (Vec<String>, Vec<String>) {
    let (mut en, mut ru) = (Vec::new(), Vec::new());
    for i in 0..n {
        en.push(EN[i % 4].replace("{}", &i.to_string()));
        let r = RU[i % 4].replace("{}", &i.to_string());
        if i % 23 == 22 {
            continue;
        }
        match ru.last_mut() {
            Some(last) if i % 7 == 6 => *last = format!("{last} {r}"),
            _ => ru.push(r),
        }
    }
    (en, ru)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("align_sentences");
    group.sample_size(10);
    for n in [1_000, 10_000] {
        let (en, ru) = texts(n);
        let en: Vec<&str> = en.iter().map(String::as_str).collect();
        let ru: Vec<&str> = ru.iter().map(String::as_str).collect();
        group.throughput(Throughput::Elements((en.len() + ru.len()) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &(en, ru), |b, (en, ru)| {
            b.iter(|| Aligner::new().align_sentences(en, ru, Language::En, Language::Ru))
        });
    }
    group.finish();
}

fn long_document(c: &mut Criterion) {
    let mut group = c.benchmark_group("long_document");
    group.sample_size(10);
    let (en, ru) = long_pair::long_pair(20_000);
    group.throughput(Throughput::Elements(
        (en.sentences.len() + ru.sentences.len()) as u64,
    ));
    let (en_text, ru_text) = (en.text(), ru.text());
    group.bench_function("text_20000", |b| {
        b.iter(|| Aligner::new().align_texts(&en_text, &ru_text, Some(Language::En), Some(Language::Ru)))
    });
    let (en_seg, ru_seg) = (en.segmented(), ru.segmented());
    let (en_lines, ru_lines): (Vec<&str>, Vec<&str>) = (en_seg.lines().collect(), ru_seg.lines().collect());
    group.bench_function("segmented_20000", |b| {
        b.iter(|| Aligner::new().align_segmented(&en_lines, &ru_lines, Language::En, Language::Ru))
    });
    group.finish();
}

criterion_group!(benches, bench, long_document);
criterion_main!(benches);
