//! Speed of `Reverser::cyrillic` with the embedded lexicon, in words per second.
//!
//! Input: a Russian text composed for this benchmark (below), romanised by the forward engine in
//! five schemes, one sentence a line. `warm` reuses one reverser (its word cache fills on the
//! first pass, as it does over a document); `cold` builds a new reverser for each pass, so every
//! distinct word is searched.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;
use steppe_translit::{scheme, Lang};

const TEXT: &str = "Центральная Азия занимает важное место в мировой политике. \
Внешняя политика государств региона строится на балансе интересов великих держав. \
Новые соглашения о сотрудничестве были подписаны в прошлом году в столице. \
Эксперты считают, что развитие отношений зависит от экономической стабильности. \
Безопасность границ остается главной задачей для правительства и парламента. \
Ученые обсуждали историю, культуру и языки народов степи на международной конференции. \
Журнал публикует статьи о реформах, выборах и общественном мнении. \
Доклад президента был посвящен модернизации промышленности и образования.";

fn lines() -> Vec<String> {
    let mut out = Vec::new();
    for name in ["ala_lc", "ala_lc_alt", "bgn_pcgn", "wikipedia", "gost_779"] {
        let s = scheme(name, Lang::Ru).expect("scheme exists");
        out.extend(TEXT.split(". ").map(|line| s.transliterate(line)));
    }
    out
}

fn bench(c: &mut Criterion) {
    let lexicon = LexiconSet::embedded();
    let lines = lines();
    let words = lines.iter().map(|l| l.split_whitespace().count()).sum::<usize>() as u64;
    let mut group = c.benchmark_group("reverse");
    group.throughput(Throughput::Elements(words));
    let warm = Reverser::new(&lexicon);
    group.bench_function("warm", |b| {
        b.iter(|| lines.iter().map(|l| warm.cyrillic(l).len()).sum::<usize>())
    });
    group.sample_size(10);
    group.bench_function("cold", |b| {
        b.iter(|| {
            let r = Reverser::new(&lexicon);
            lines.iter().map(|l| r.cyrillic(l).len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
