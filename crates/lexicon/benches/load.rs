//! Load time of the embedded lexicon: what `Lexicon::embedded()` does once (the FST bytes are
//! used in place, so only the header is read), and load plus a first lookup.
//!
//! `cargo bench -p steppe-lexicon --bench load`

use std::borrow::Cow;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use steppe_lexicon::Lexicon;

fn bench(c: &mut Criterion) {
    let bytes: &'static [u8] = Lexicon::embedded().as_bytes().to_vec().leak();
    c.bench_function("load/from_bytes_static", |b| {
        b.iter(|| {
            Lexicon::from_bytes(Cow::Borrowed(black_box(bytes)))
                .unwrap()
                .len()
        })
    });
    c.bench_function("load/first_lookup", |b| {
        b.iter(|| {
            Lexicon::from_bytes(Cow::Borrowed(black_box(bytes)))
                .unwrap()
                .contains("ведет")
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
