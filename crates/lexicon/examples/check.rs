//! Checks words read from standard input (one per line) against the embedded lexicon and prints
//! `word<TAB>contains<TAB>check` (1 or 0): the input of the coverage measurement in the README.
//!
//! `cargo run --release -p steppe-lexicon --example check < words.txt`

use std::io::{BufRead, BufWriter, Write};

use steppe_lexicon::Lexicon;

fn main() -> std::io::Result<()> {
    let lex = Lexicon::embedded();
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let line = line?;
        let word = line.trim();
        if !word.is_empty() {
            writeln!(
                out,
                "{word}\t{}\t{}",
                u8::from(lex.contains(word)),
                u8::from(lex.check(word))
            )?;
        }
    }
    out.flush()
}
