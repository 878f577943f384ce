//! Measures acronym–definition extraction on MED1250-format gold data.
//!
//! ```sh
//! cargo run --release -p steppe-glossary --example med1250 -- PATH/MED1250-dev-labeled.txt [--errors] [--half 1|2]
//! ```
//!
//! The file holds records separated by blank lines: a PMID line, a title line, an abstract line, then
//! gold pairs as `␠␠SF|LF`. Lines starting with `//` are comments; `//*␠␠SF|LF` marks an accepted
//! synonym, which counts neither for nor against. Scoring follows the published figures: per record,
//! the set of (SF, LF) pairs, exact match after trimming, micro-averaged precision and recall.
//! With `--errors`, every false positive (`FP`) and missed pair (`FN`) is printed too. With `--half 1`
//! or `--half 2`, only the first or second half of the records (in file order) is scored: develop on
//! one half, report on the other, for an honest estimate on records the rules were not fitted to.

use std::collections::BTreeSet;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: med1250 FILE [--errors] [--half 1|2]");
        return std::process::ExitCode::from(2);
    };
    let show = args.iter().any(|a| a == "--errors");
    let half = args
        .iter()
        .position(|a| a == "--half")
        .and_then(|i| args.get(i + 1))
        .and_then(|h| h.parse::<usize>().ok());
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    let (mut tp, mut fp, mut gold_n, mut records) = (0usize, 0usize, 0usize, 0usize);
    let all: Vec<&str> = text.split("\n\n").filter(|r| !r.trim().is_empty()).collect();
    let mid = all.len() / 2;
    let chosen = match half {
        Some(1) => &all[..mid],
        Some(2) => &all[mid..],
        _ => &all[..],
    };
    for record in chosen {
        let mut lines = record.lines();
        let pmid = lines.next().unwrap_or("").trim();
        let title = lines.next().unwrap_or("").trim();
        let body = lines.next().unwrap_or("").trim();
        let mut gold = BTreeSet::new();
        let mut synonyms = BTreeSet::new();
        for line in lines {
            if let Some(p) = line.strip_prefix("//*").and_then(pair) {
                synonyms.insert(p);
            } else if !line.starts_with("//") {
                if let Some(p) = pair(line) {
                    gold.insert(p);
                }
            }
        }
        records += 1;
        let found: BTreeSet<(String, String)> = [title, body]
            .iter()
            .flat_map(|t| steppe_glossary::find_acronym_pairs(t))
            .map(|p| (p.short.trim().to_owned(), p.long.trim().to_owned()))
            .collect();
        for f in &found {
            if gold.contains(f) {
                tp += 1;
            } else if !synonyms.contains(f) {
                fp += 1;
                if show {
                    println!("FP {pmid}\t{}|{}", f.0, f.1);
                }
            }
        }
        for g in gold.difference(&found) {
            if show {
                println!("FN {pmid}\t{}|{}", g.0, g.1);
            }
        }
        gold_n += gold.len();
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / gold_n.max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!(
        "records {records}  gold {gold_n}  found {}  correct {tp}",
        tp + fp
    );
    println!("P {p:.3}  R {r:.3}  F1 {f1:.3}");
    std::process::ExitCode::SUCCESS
}

/// Parses `␠␠SF|LF`.
fn pair(line: &str) -> Option<(String, String)> {
    let (sf, lf) = line.strip_prefix("  ")?.split_once('|')?;
    Some((sf.trim().to_owned(), lf.trim().to_owned()))
}
