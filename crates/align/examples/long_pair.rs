//! Writes a long composed en–ru document pair (see `common/long_pair.rs`) for measuring the whole
//! `steppe align` process:
//!
//! ```sh
//! cargo run --release -p steppe-align --example long_pair -- 20000 /tmp/long
//! /usr/bin/time -v target/release/steppe align --no-names /tmp/long.en.txt /tmp/long.ru.txt -o /dev/null
//! /usr/bin/time -v target/release/steppe align --no-names --segmented /tmp/long.en.seg /tmp/long.ru.seg -o /dev/null
//! ```
//!
//! Writes `PREFIX.en.txt` and `PREFIX.ru.txt` (paragraphs at blank lines) and `PREFIX.en.seg` and
//! `PREFIX.ru.seg` (one sentence a line, `<p>` between paragraphs).

#[path = "common/long_pair.rs"]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let prefix = args.next().unwrap_or_else(|| "long".into());
    let (en, ru) = common::long_pair(n);
    let write = |ext: &str, text: String| {
        let path = format!("{prefix}.{ext}");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{path}: {e}"));
    };
    write("en.txt", en.text());
    write("ru.txt", ru.text());
    write("en.seg", en.segmented());
    write("ru.seg", ru.segmented());
    let paragraphs = |s: &common::Side| s.breaks.iter().filter(|&&b| b).count();
    eprintln!(
        "{} / {} sentences, {} / {} paragraphs",
        en.sentences.len(),
        ru.sentences.len(),
        paragraphs(&en),
        paragraphs(&ru)
    );
}
