//! Evaluation on paragraph-aligned pages (the align-dev sample, or any folder of the same TSVs).
//!
//! ```sh
//! cargo run --release -p steppe-align --example eval -- \
//!     PAGES_DIR [--no-names] [--length-only] [--errors]
//! ```
//!
//! `--no-names` skips linking names across scripts, `--length-only` drops the anchors (Gale–Church
//! alone), `--errors` prints every bead whose sides cover different units.
//!
//! Each page is `index<TAB>kind<TAB>translated<TAB>english<TAB>russian` per unit (a paragraph or a
//! heading, translated unit by unit). The English units are joined into one text and the Russian
//! ones into another, with a blank line between units (paragraphs visible), or so on the English
//! side only while the Russian joins every other pair of units (paragraphs uneven: the paragraph
//! counts differ, so paragraphs are aligned first), or with a space (one paragraph per page: the
//! aligner gets no help), then aligned at sentence level. Reported:
//! - lax: the share of two-sided beads whose sentences all lie in one unit, the same on both sides
//!   (a bead crossing a unit boundary is wrong); and, as "consistent", the share whose sentences
//!   cover the same set of units on both sides (with paragraphs hidden, a unit without a full stop
//!   runs into the next one's sentence, which no aligner can undo);
//! - 1:1 on single-sentence units: units that are one sentence on both sides give gold sentence
//!   pairs; precision over the 1:1 beads touching those sentences, recall over the gold pairs.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;
use steppe_align::{Aligner, Alignment, Language, Params};
use steppe_doc::Document;
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

#[derive(Default)]
struct Tally {
    pages: usize,
    sentences: usize,
    pairs: usize,
    one_sided: usize,
    lax_ok: usize,
    consistent: usize,
    score_ok: f64,
    score_bad: f64,
    predicted: usize,
    correct: usize,
    gold: usize,
    seconds: f64,
    same_paragraphs: usize,
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: eval PAGES_DIR [--no-names] [--length-only] [--errors] (PAGES_DIR: the align-dev pages, shared/data/align-dev/pages beside the project; not part of a clone)");
        std::process::exit(2);
    };
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    pages.sort();
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let flags: Vec<String> = std::env::args().skip(2).collect();
    let names = !flags.iter().any(|f| f == "--no-names");
    let show = flags.iter().any(|f| f == "--errors");
    let mut aligner = if names {
        Aligner::new().with_names(&reverser)
    } else {
        Aligner::new()
    };
    if flags.iter().any(|f| f == "--length-only") {
        // Gale–Church alone, for comparison: no anchor bonus or penalty.
        let params = Params {
            match_bonus: 0.0,
            miss_penalty: 0.0,
            ..Params::default()
        };
        aligner = aligner.with_params(params);
    }
    let modes = [
        ("paragraphs visible", Mode::Visible),
        (
            "paragraphs uneven (the Russian joins every other pair of units)",
            Mode::Uneven,
        ),
        ("paragraphs hidden", Mode::Hidden),
    ];
    for (label, joiner) in modes {
        let mut t = Tally::default();
        for page in &pages {
            evaluate(&aligner, page, joiner, &mut t, show);
        }
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        println!(
            "{label}: {} pages ({} with as many paragraphs on both sides), {} sentences (en + ru)",
            t.pages, t.same_paragraphs, t.sentences
        );
        println!(
            "  lax: {:.2} % of {} two-sided beads lie within one unit on both sides ({} one-sided beads)",
            pct(t.lax_ok, t.pairs),
            t.pairs,
            t.one_sided
        );
        println!(
            "  consistent: {:.2} % of two-sided beads cover the same units on both sides \
             (a sentence the splitter ran across units is not counted as an error)",
            pct(t.consistent, t.pairs)
        );
        println!(
            "  mean confidence: {:.3} on consistent beads, {:.3} on the others",
            t.score_ok / t.consistent.max(1) as f64,
            t.score_bad / (t.pairs - t.consistent).max(1) as f64
        );
        println!(
            "  1:1 on single-sentence units: precision {:.2} % ({}/{}), recall {:.2} % ({}/{})",
            pct(t.correct, t.predicted),
            t.correct,
            t.predicted,
            pct(t.correct, t.gold),
            t.correct,
            t.gold
        );
        println!(
            "  time: {:.3} s aligning (parsing not counted), {:.0} sentences/s",
            t.seconds,
            t.sentences as f64 / t.seconds
        );
    }
}

/// The English and Russian units of a page.
fn read_page(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (f.len() == 5).then(|| (f[3].to_owned(), f[4].to_owned()))
        })
        .collect()
}

/// How units are joined into a text.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// A blank line between units on both sides.
    Visible,
    /// A blank line between units in English; in Russian, a space after every even unit, so the
    /// paragraph counts differ and paragraphs have to be aligned first.
    Uneven,
    /// A space between units on both sides: one paragraph per page.
    Hidden,
}

/// Joins units; returns the text and each unit's byte span.
fn join(units: &[&str], mode: Mode, russian: bool) -> (String, Vec<Range<usize>>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (i, u) in units.iter().enumerate() {
        if !text.is_empty() {
            let space = mode == Mode::Hidden || (mode == Mode::Uneven && russian && i % 2 == 1);
            text.push_str(if space { " " } else { "\n\n" });
        }
        spans.push(text.len()..text.len() + u.len());
        text.push_str(u);
    }
    (text, spans)
}

/// The units each sentence overlaps.
fn units_of(doc: &Document, spans: &[Range<usize>]) -> Vec<BTreeSet<usize>> {
    doc.sentences
        .iter()
        .map(|s| {
            spans
                .iter()
                .enumerate()
                .filter(|(_, u)| s.start < u.end && u.start < s.end)
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
}

fn evaluate(aligner: &Aligner<'_>, page: &Path, mode: Mode, t: &mut Tally, show: bool) {
    let units = read_page(page);
    let en: Vec<&str> = units.iter().map(|u| u.0.as_str()).collect();
    let ru: Vec<&str> = units.iter().map(|u| u.1.as_str()).collect();
    let (en_text, en_spans) = join(&en, mode, false);
    let (ru_text, ru_spans) = join(&ru, mode, true);
    let en_doc = Document::parse("en", &en_text, Language::En.doc_lang());
    let ru_doc = Document::parse("ru", &ru_text, Language::Ru.doc_lang());
    let start = Instant::now();
    let alignment = aligner.align_documents(&en_doc, &ru_doc, Language::En, Language::Ru);
    t.seconds += start.elapsed().as_secs_f64();
    let (eu, ru_u) = (units_of(&en_doc, &en_spans), units_of(&ru_doc, &ru_spans));
    t.pages += 1;
    t.sentences += alignment.source.len() + alignment.target.len();
    t.same_paragraphs += usize::from(en_doc.paragraphs.len() == ru_doc.paragraphs.len());
    score(&alignment, &eu, &ru_u, t);
    if show {
        for b in &alignment.beads {
            let a: BTreeSet<usize> = eu[b.source.clone()].iter().flatten().copied().collect();
            let r: BTreeSet<usize> = ru_u[b.target.clone()].iter().flatten().copied().collect();
            if b.is_pair() && a != r {
                println!(
                    "{}: units {a:?} ≠ {r:?} ({:.2})\n  {}\n  {}",
                    page.display(),
                    b.score,
                    alignment.source_text(b),
                    alignment.target_text(b)
                );
            }
        }
    }
}

fn score(alignment: &Alignment, eu: &[BTreeSet<usize>], ru: &[BTreeSet<usize>], t: &mut Tally) {
    let union = |sets: &[BTreeSet<usize>], r: Range<usize>| -> BTreeSet<usize> {
        sets[r].iter().flatten().copied().collect()
    };
    // Gold 1:1 pairs: units that hold exactly one sentence on each side, that sentence in no other unit.
    let single = |sets: &[BTreeSet<usize>], unit: usize| -> Option<usize> {
        let hits: Vec<usize> = (0..sets.len()).filter(|&i| sets[i].contains(&unit)).collect();
        (hits.len() == 1 && sets[hits[0]].len() == 1).then(|| hits[0])
    };
    let n_units = eu.iter().chain(ru).flatten().max().map_or(0, |m| m + 1);
    let gold: BTreeSet<(usize, usize)> = (0..n_units)
        .filter_map(|u| Some((single(eu, u)?, single(ru, u)?)))
        .collect();
    let (gold_src, gold_tgt): (BTreeSet<usize>, BTreeSet<usize>) = gold.iter().copied().unzip();
    t.gold += gold.len();
    for bead in &alignment.beads {
        if !bead.is_pair() {
            t.one_sided += 1;
            continue;
        }
        t.pairs += 1;
        let (a, b) = (union(eu, bead.source.clone()), union(ru, bead.target.clone()));
        if a.len() == 1 && a == b {
            t.lax_ok += 1;
        }
        t.consistent += usize::from(a == b);
        if a == b {
            t.score_ok += f64::from(bead.score);
        } else {
            t.score_bad += f64::from(bead.score);
        }
        if bead.source.len() == 1 && bead.target.len() == 1 {
            let (s, g) = (bead.source.start, bead.target.start);
            if gold_src.contains(&s) || gold_tgt.contains(&g) {
                t.predicted += 1;
                t.correct += usize::from(gold.contains(&(s, g)));
            }
        }
    }
}
