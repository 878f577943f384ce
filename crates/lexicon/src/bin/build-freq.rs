//! Regenerates `crates/lexicon/data/ru-freq.fst` from a frequency list (see `scripts/gen-freq.py`).
//!
//! ```sh
//! python3 crates/lexicon/scripts/gen-freq.py > /tmp/ru-freq.tsv
//! cargo run --release -p steppe-lexicon --bin build-freq -- /tmp/ru-freq.tsv crates/lexicon/data/ru-freq.fst
//! ```
//!
//! The input has one `form<TAB>zipf` a line. Only forms of the embedded lexicon are kept: the
//! table ranks readings that are already known to be words, so anything else would be dead weight.

use std::process::ExitCode;

use steppe_lexicon::{Frequencies, Lexicon};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out] = args.as_slice() else {
        eprintln!("usage: build-freq FREQ.tsv OUT.fst");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("build-freq: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let lexicon = Lexicon::embedded();
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let parsed = line
            .split_once('\t')
            .and_then(|(w, z)| Some((w, z.parse::<f64>().ok()?)));
        let Some((form, zipf)) = parsed else {
            eprintln!("build-freq: {input}:{}: expected FORM<TAB>ZIPF", n + 1);
            return ExitCode::FAILURE;
        };
        if lexicon.contains(form) {
            pairs.push((form, zipf));
        }
    }
    let read = pairs.len();
    let bytes = Frequencies::build(pairs);
    let kept = Frequencies::from_bytes(bytes.clone()).map_or(0, |f| f.len());
    eprintln!(
        "build-freq: {read} forms of the lexicon read, {kept} keys after folding ё, {} bytes",
        bytes.len()
    );
    let tmp = format!("{out}.tmp");
    if let Err(e) = std::fs::write(&tmp, &bytes).and_then(|()| std::fs::rename(&tmp, out)) {
        eprintln!("build-freq: {out}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
