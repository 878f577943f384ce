//! Throughput of `Scheme::transliterate_into` for every scheme on ≥ 20 MB of mixed Russian text
//! (`benches/text.rs`), reported by criterion as MB/s (input bytes).
//!
//! Run: `cargo bench -p steppe-translit --bench forward`. For the bench on the Kazakh tables, the
//! same text is used (they cover every Russian letter).

mod text;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

fn forward(c: &mut Criterion) {
    let input = text::mixed_russian(20_000_000);
    let mut group = c.benchmark_group("forward");
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    group.warm_up_time(Duration::from_millis(300));
    let mut out = String::with_capacity(input.len() * 2);
    for s in steppe_translit::schemes() {
        group.bench_function(format!("{}/{}", s.lang(), s.name()), |b| {
            b.iter(|| {
                out.clear();
                s.transliterate_into(&input, &mut out)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, forward);
criterion_main!(benches);
