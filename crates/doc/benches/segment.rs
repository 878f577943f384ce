//! Throughput of `Document::parse` on the sample article (`corpus/`) and on the composed Russian
//! test document, reported by criterion in bytes per second.
//!
//! Run: `cargo bench -p steppe-doc --bench segment`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;
use steppe_doc::{Document, Lang};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    steppe_doc::load(&path).expect("bench input")
}

fn segment(c: &mut Criterion) {
    let inputs = [
        (
            "sample-en",
            read("../../corpus/shaymergenov-2008-nato-central-asia.en.txt"),
            Lang::En,
        ),
        ("artefacts-ru", read("tests/documents/ru-artefacts.txt"), Lang::Ru),
    ];
    let mut group = c.benchmark_group("parse");
    for (name, source, lang) in &inputs {
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| Document::parse(name, std::hint::black_box(source), *lang))
        });
    }
    group.finish();
}

criterion_group!(benches, segment);
criterion_main!(benches);
