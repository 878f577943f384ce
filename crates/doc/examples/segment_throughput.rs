//! Parses a file repeatedly and prints what it found and how fast (user-visible wall time).
//! A companion to the criterion bench for large inputs:
//!
//! `cargo run --release -p steppe-doc --example segment_throughput -- FILE [ROUNDS]`

use std::time::Instant;
use steppe_doc::{Document, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: throughput FILE [ROUNDS]")?;
    let rounds: u32 = args.next().map_or(Ok(5), |r| r.parse())?;
    let source = steppe_doc::load(path.as_ref())?;
    let lang = Lang::detect(&source);
    let started = Instant::now();
    let mut doc = Document::parse(&path, &source, lang);
    for _ in 1..rounds {
        doc = Document::parse(&path, &source, lang);
    }
    let seconds = started.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "{path}: {} bytes, {:?}, {} paragraphs, {} sentences, {} footnotes, {} repairs",
        source.len(),
        lang,
        doc.paragraphs.len(),
        doc.sentences.len(),
        doc.footnotes.len(),
        doc.repairs.len()
    );
    println!(
        "{:.2} ms a parse, {:.1} MB/s",
        seconds * 1e3,
        source.len() as f64 / seconds / 1e6
    );
    Ok(())
}
