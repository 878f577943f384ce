//! Termbase and export throughput on the sample article's glossary (about 80 entries).
//!
//! ```sh
//! cargo bench -p steppe-glossary --bench export
//! ```
//!
//! `termbase parse` reads `corpus/termbase.tsv`; `annotate` fills a fresh copy of the extracted glossary;
//! each export writes the annotated glossary into memory. Throughput is in glossary entries (termbase
//! records for `termbase parse`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use steppe_doc::{Document, Lang};
use steppe_glossary::{write_csv, write_tbx, write_tbx2, write_tsv, Termbase};

const SAMPLE: &str = include_str!("../../../corpus/shaymergenov-2008-nato-central-asia.en.txt");
const TERMBASE: &str = include_str!("../../../corpus/termbase.tsv");

fn bench(c: &mut Criterion) {
    let tb = Termbase::parse(Path::new("termbase.tsv"), TERMBASE).unwrap();
    let extracted = steppe_glossary::extract(&Document::parse("sample.txt", SAMPLE, Lang::En));
    let mut annotated = extracted.clone();
    tb.annotate(&mut annotated);

    let mut group = c.benchmark_group("termbase");
    group.throughput(Throughput::Elements(tb.records().len() as u64));
    group.bench_function("termbase parse", |b| {
        b.iter(|| Termbase::parse(Path::new("termbase.tsv"), black_box(TERMBASE)).unwrap())
    });
    group.finish();

    let mut group = c.benchmark_group("export");
    group.throughput(Throughput::Elements(extracted.entries.len() as u64));
    group.bench_function("annotate", |b| {
        b.iter(|| {
            let mut g = extracted.clone();
            tb.annotate(black_box(&mut g));
            g
        })
    });
    type Export = fn(&steppe_glossary::Glossary, Option<&Termbase>, &mut Vec<u8>) -> std::io::Result<()>;
    let exports: [(&str, Export); 4] = [
        ("tbx", |g, t, o| write_tbx(g, t, o)),
        ("tbx2", |g, t, o| write_tbx2(g, t, o)),
        ("tsv", |g, t, o| write_tsv(g, t, o)),
        ("csv", |g, t, o| write_csv(g, t, o)),
    ];
    for (name, export) in exports {
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 16);
                export(black_box(&annotated), Some(&tb), &mut out).unwrap();
                out
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
