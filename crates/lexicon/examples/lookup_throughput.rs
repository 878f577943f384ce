//! Lookups per second over a word list (one word per line), e.g. every expanded form:
//!
//! ```sh
//! cargo run --release -p steppe-lexicon --bin build-lexicon -- crates/lexicon/data/hunspell-ru/ru_RU.aff \
//!     crates/lexicon/data/hunspell-ru/ru_RU.dic /tmp/ru.fst --forms /tmp/forms.txt
//! cargo run --release -p steppe-lexicon --example lookup_throughput -- /tmp/forms.txt
//! ```
//!
//! Unlike the criterion benchmark on 40 words, this touches the whole FST (cache misses included).
//! Wall-clock time: run it on an otherwise idle machine.

use std::hint::black_box;
use std::time::Instant;

use steppe_lexicon::Lexicon;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput WORDS.txt");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("throughput: {path}: {e}");
            std::process::exit(2);
        }
    };
    let words: Vec<&str> = text.lines().filter(|w| !w.is_empty()).collect();
    let lex = Lexicon::embedded();
    type Probe = fn(&Lexicon, &str) -> bool;
    let probes: [(&str, Probe); 3] = [
        ("contains", |l, w| l.contains(w)),
        ("check", |l, w| l.check(w)),
        ("cursor", |l, w| {
            w.chars()
                .try_fold(l.cursor(), |c, ch| c.push(ch))
                .is_some_and(|c| c.is_word())
        }),
    ];
    for (name, probe) in probes {
        let start = Instant::now();
        let found = words.iter().filter(|w| probe(lex, black_box(w))).count();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:>8}: {found}/{} found, {:.0} ns/lookup, {:.2} M lookups/s",
            words.len(),
            secs * 1e9 / words.len() as f64,
            words.len() as f64 / secs / 1e6
        );
    }
}
