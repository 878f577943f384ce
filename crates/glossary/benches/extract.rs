//! Glossary extraction throughput on the sample article (English, 38 KB), repeated to 1 MB.
//!
//! ```sh
//! cargo bench -p steppe-glossary --bench extract
//! ```
//!
//! `extract` is measured on an already parsed document (extraction alone); `parse+extract` includes
//! building the document model; `find_acronym_pairs` runs on the raw text. Throughput is in bytes of
//! source text per second of CPU time of the benchmarking thread (read from
//! `/proc/thread-self/schedstat` on Linux, wall time elsewhere), so that other work on a busy machine
//! does not count against it.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Instant;
use steppe_doc::{Document, Lang};

const SAMPLE: &str = include_str!("../../../corpus/shaymergenov-2008-nato-central-asia.en.txt");

/// CPU time of the current thread in nanoseconds, or wall time if the kernel does not say.
struct CpuTime;

static WALL: WallTime = WallTime;

fn thread_cpu_ns() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

impl Measurement for CpuTime {
    type Intermediate = (Option<f64>, Instant);
    type Value = f64;

    fn start(&self) -> Self::Intermediate {
        (thread_cpu_ns(), Instant::now())
    }

    fn end(&self, (cpu, wall): Self::Intermediate) -> f64 {
        match (cpu, thread_cpu_ns()) {
            (Some(a), Some(b)) => b - a,
            _ => wall.elapsed().as_nanos() as f64,
        }
    }

    fn add(&self, a: &f64, b: &f64) -> f64 {
        a + b
    }

    fn zero(&self) -> f64 {
        0.0
    }

    fn to_f64(&self, value: &f64) -> f64 {
        *value
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

fn bench(c: &mut Criterion<CpuTime>) {
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(SAMPLE);
        text.push_str("\n\n");
    }
    let doc = Document::parse("bench.txt", &text, Lang::En);
    let mut group = c.benchmark_group("glossary");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("extract", |b| {
        b.iter(|| steppe_glossary::extract(black_box(&doc)))
    });
    group.bench_function("parse+extract", |b| {
        b.iter(|| steppe_glossary::extract(&Document::parse("bench.txt", black_box(&text), Lang::En)))
    });
    group.bench_function("find_acronym_pairs", |b| {
        b.iter(|| steppe_glossary::find_acronym_pairs(black_box(&text)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = bench
}
criterion_main!(benches);
