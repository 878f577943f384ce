//! Measures acronym finding on SDU@AAAI-21 acronym-identification data (BIO-labelled sentences).
//!
//! ```sh
//! cargo run --release -p steppe-glossary --example sdu -- PATH/sdu-aaai21-dev.json [--errors]
//! ```
//!
//! The file is a JSON list of `{"id", "tokens", "labels"}` with labels `B-short`/`I-short` (an
//! acronym) and `B-long`/`I-long` (its expansion). Each sentence is rebuilt as plain text (no space
//! before closing punctuation or after an opening bracket, hyphens joined) and read twice:
//!
//! - **found**: the share of labelled short forms that [`steppe_glossary::extract`] lists as an
//!   acronym (as the term or a variant, dots and a plural `s` ignored), and how many acronyms it lists
//!   that are not labelled;
//! - **pairs**: [`steppe_glossary::find_acronym_pairs`] against the gold pairs a sentence defines: a
//!   long form and the short form next to it, with at most two tokens between them, all of them
//!   brackets, `,`, `=`, `:` or `or` (a long form far from its short form is not a definition).
//!   Micro-averaged precision and recall over (short, long) strings per sentence.
//!
//! With `--errors`, missed short forms (`MISS`), false and missed pairs (`FP`, `FN`) are printed.

use serde_json::Value;
use std::collections::BTreeSet;
use steppe_doc::{Document, Lang};
use steppe_glossary::EntryKind;

/// Tokens that may stand between a long form and its short form in a definition.
const JOINERS: &[&str] = &["(", ")", "[", "]", ",", "=", ":", "or"];

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: sdu FILE [--errors]");
        return std::process::ExitCode::from(2);
    };
    let show = args.any(|a| a == "--errors");
    let data: Value = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    let Some(sentences) = data.as_array() else {
        eprintln!("{path}: not a JSON list");
        return std::process::ExitCode::from(1);
    };
    let mut s = Score::default();
    for sentence in sentences {
        let id = sentence["id"].as_str().unwrap_or("?");
        let strings = |k: &str| -> Vec<String> {
            sentence[k]
                .as_array()
                .map(|a| a.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect())
                .unwrap_or_default()
        };
        let (tokens, labels) = (strings("tokens"), strings("labels"));
        if tokens.len() != labels.len() {
            continue;
        }
        s.sentences += 1;
        score(id, &tokens, &labels, show, &mut s);
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let (p, r) = (ratio(s.tp, s.tp + s.fp), ratio(s.tp, s.gold_pairs));
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!(
        "sentences {}  short forms {}  found {}  share {:.3}  unlabelled acronyms listed {}",
        s.sentences,
        s.shorts,
        s.found,
        ratio(s.found, s.shorts),
        s.extra
    );
    println!(
        "pairs: gold {}  found {}  correct {}  P {p:.3}  R {r:.3}  F1 {f1:.3}",
        s.gold_pairs,
        s.tp + s.fp,
        s.tp
    );
    std::process::ExitCode::SUCCESS
}

#[derive(Default)]
struct Score {
    sentences: usize,
    shorts: usize,
    found: usize,
    extra: usize,
    gold_pairs: usize,
    tp: usize,
    fp: usize,
}

/// Scores one sentence.
fn score(id: &str, tokens: &[String], labels: &[String], show: bool, s: &mut Score) {
    let (text, spans) = rebuild(tokens);
    let shorts = labelled(labels, "short");
    let longs = labelled(labels, "long");
    let piece = |(a, b): (usize, usize)| text[spans[a].0..spans[b - 1].1].to_owned();

    // found at all
    let doc = Document::parse("sdu.txt", &format!("{text}\n"), Lang::En);
    let listed: BTreeSet<String> = steppe_glossary::extract(&doc)
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Acronym)
        .flat_map(|e| std::iter::once(&e.term).chain(&e.variants))
        .map(|t| key(t))
        .collect();
    let gold_keys: BTreeSet<String> = shorts.iter().map(|&sp| key(&piece(sp))).collect();
    for &sp in &shorts {
        s.shorts += 1;
        if listed.contains(&key(&piece(sp))) {
            s.found += 1;
        } else if show {
            println!("MISS {id}\t{}", piece(sp));
        }
    }
    s.extra += listed.difference(&gold_keys).count();

    // pairs
    let mut gold = BTreeSet::new();
    for &(la, lb) in &longs {
        // the nearest short form with one or two joining tokens between, after the long form first
        let near = shorts
            .iter()
            .filter_map(|&(sa, sb)| {
                let (gap, after) = if sa >= lb {
                    (lb..sa, 0)
                } else if la >= sb {
                    (sb..la, 1)
                } else {
                    return None;
                };
                let joined = (1..=2).contains(&gap.len())
                    && tokens[gap.clone()].iter().all(|t| JOINERS.contains(&t.as_str()));
                // a bracket or `=` binds closer than a comma, `:` or `or` (`DA = direct assessment, RR`)
                let loose = !tokens[gap.clone()]
                    .iter()
                    .any(|t| matches!(t.as_str(), "(" | ")" | "[" | "]" | "="));
                joined.then_some(((loose, gap.len(), after), (sa, sb)))
            })
            .min()
            .map(|(_, sp)| sp);
        if let Some(sp) = near {
            gold.insert((piece(sp), piece((la, lb))));
        }
    }
    let found: BTreeSet<(String, String)> = steppe_glossary::find_acronym_pairs(&text)
        .into_iter()
        .map(|p| (p.short.trim().to_owned(), p.long.trim().to_owned()))
        .collect();
    s.gold_pairs += gold.len();
    for f in &found {
        if gold.contains(f) {
            s.tp += 1;
        } else {
            s.fp += 1;
            if show {
                println!("FP {id}\t{}|{}", f.0, f.1);
            }
        }
    }
    if show {
        for g in gold.difference(&found) {
            println!("FN {id}\t{}|{}", g.0, g.1);
        }
    }
}

/// A short form's key: dots and spaces dropped, a plural `s` after a capital dropped.
fn key(short: &str) -> String {
    let bare: String = short
        .chars()
        .filter(|c| *c != '.' && !c.is_whitespace())
        .collect();
    match bare.strip_suffix('s') {
        Some(stem) if stem.chars().last().is_some_and(char::is_uppercase) => stem.to_owned(),
        _ => bare,
    }
}

/// Token spans `[start, end)` labelled `B-{what}` then `I-{what}`.
fn labelled(labels: &[String], what: &str) -> Vec<(usize, usize)> {
    let (b, i) = (format!("B-{what}"), format!("I-{what}"));
    let mut out = Vec::new();
    let mut k = 0;
    while k < labels.len() {
        if labels[k] == b {
            let start = k;
            k += 1;
            while k < labels.len() && labels[k] == i {
                k += 1;
            }
            out.push((start, k));
        } else {
            k += 1;
        }
    }
    out
}

/// The sentence as text, with each token's byte span.
fn rebuild(tokens: &[String]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    let mut glue_next = false;
    for t in tokens {
        let glue = glue_next
            || text.is_empty()
            || matches!(
                t.as_str(),
                ")" | "]" | "," | "." | ";" | ":" | "'s" | "-" | "'" | "?" | "!"
            );
        if !glue {
            text.push(' ');
        }
        spans.push((text.len(), text.len() + t.len()));
        text.push_str(t);
        glue_next = matches!(t.as_str(), "(" | "[" | "-");
    }
    (text, spans)
}
