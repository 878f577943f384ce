//! In-process speed of the reverse engine on a file, to set beside the `steppe cyrillic` process on
//! the same file (`benches/process.sh`): one `Reverser` with the embedded lexicon, each line
//! converted as the command converts it, in CPU time of this thread (steady on a shared machine).
//! Linux only: reads `/proc/thread-self/schedstat`.
//!
//! `cargo run --release -p steppe-translit --example reverse_throughput -- FILE` prints words
//! (whitespace-separated), CPU seconds and words per CPU second, after the lexicon is opened.

use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

/// Nanoseconds this thread has run on a CPU.
fn cpu_ns() -> u64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").expect("Linux schedstat");
    stat.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("schedstat field")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: reverse_throughput FILE")?;
    let text = std::fs::read_to_string(path)?;
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let words = text.split_whitespace().count();
    let start = cpu_ns();
    let bytes: usize = text.lines().map(|line| reverser.cyrillic(line).len()).sum();
    let secs = (cpu_ns() - start) as f64 / 1e9;
    println!(
        "{words} words ({bytes} bytes out) in {secs:.3} s CPU: {:.0} k words/s in process",
        words as f64 / secs / 1e3
    );
    Ok(())
}
