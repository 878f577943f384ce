//! Writes the benchmark text to stdout: `cargo run --release -p steppe-translit --example corpus -- 20`
//! prints about 20 MB of mixed Russian (used to time the `steppe translit` process against `uconv`).

#[path = "../benches/text.rs"]
mod text;

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    std::io::stdout()
        .lock()
        .write_all(text::mixed_russian(mb * 1_000_000).as_bytes())
}
