//! Criterion benchmarks: reading, writing and merging (through its spool file) a 10,000-unit synthetic
//! en–ru memory, and reading the CAT-tool fixture. The 200,000-unit figures (stats ≤ 1 s, ≤ 16 MiB; write ≤ 1 s) are
//! measured with `examples/generate.rs` and `/usr/bin/time -v steppe tmx stats` (see the README).

#[path = "synthetic.rs"]
mod synthetic;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use steppe_tmx::merge::Merge;
use steppe_tmx::{Header, Reader, Stats, Writer};

fn write(units: &[steppe_tmx::TranslationUnit]) -> Vec<u8> {
    let mut w = Writer::new(Vec::with_capacity(8 << 20), &Header::new("en")).unwrap();
    for u in units {
        w.write_unit(u).unwrap();
    }
    w.finish().unwrap().0
}

fn benches(c: &mut Criterion) {
    let units: Vec<_> = (0..10_000).map(synthetic::unit).collect();
    let bytes = write(&units);
    let mut group = c.benchmark_group("synthetic-10k");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("write", |b| b.iter(|| write(&units)));
    group.bench_function("read", |b| {
        b.iter(|| {
            Reader::from_slice(&bytes)
                .unwrap()
                .map(|u| u.unwrap().variants.len())
                .sum::<usize>()
        })
    });
    group.bench_function("stats", |b| {
        b.iter(|| {
            Stats::collect(Reader::from_slice(&bytes).unwrap(), |_| {})
                .unwrap()
                .units
        })
    });
    group.bench_function("merge", |b| {
        b.iter(|| {
            let mut merged = Merge::new().unwrap();
            for unit in Reader::from_slice(&bytes).unwrap() {
                merged.add(&unit.unwrap()).unwrap();
            }
            merged
                .finish()
                .unwrap()
                .map(|u| u.unwrap().variants.len())
                .sum::<usize>()
        })
    });
    group.finish();

    let fixture = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/documents/cat-tool.tmx"
    ))
    .unwrap();
    c.bench_function("read cat-tool.tmx", |b| {
        b.iter(|| Reader::from_slice(&fixture).unwrap().count())
    });
}

criterion_group!(bench, benches);
criterion_main!(bench);
