//! Rung precision, recall and F1 of `align_segmented` on a perturbed pre-segmented task made from
//! paragraph-aligned pages (the align-dev sample), the task hunalign is compared on:
//!
//! ```sh
//! cargo run --release -p steppe-align --example segmented_eval -- \
//!     PAGES_DIR [--no-names] [--write DIR]
//! ```
//!
//! Each page's units (paragraphs and headings, one a line) are perturbed: every 7th Russian unit is
//! merged with the next (a 2:1 bead), every 50th English unit is dropped (a 0:1 bead). A rung is a
//! point (i, j) where a bead ends, i and j counting the lines before it (hunalign's ladder); the
//! gold rungs come from the perturbation. Two runs: page by page, and all pages as one document
//! with a `<p>` line between pages (a long document with paragraph marks, which count as lines).
//! `--write DIR` also writes each page's `NAME.en`, `NAME.ru` and `NAME.gold.ladder` (`i<TAB>j` a
//! line) for running another aligner (hunalign `-text` off, ladder out) on the same input.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;
use steppe_align::{Aligner, Alignment, Language};
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

/// One perturbed page: its lines and the gold rungs.
struct Task {
    name: String,
    en: Vec<String>,
    ru: Vec<String>,
    gold: BTreeSet<(usize, usize)>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().cloned() else {
        eprintln!("usage: segmented_eval PAGES_DIR [--no-names] [--write DIR] (PAGES_DIR: the align-dev pages, shared/data/align-dev/pages beside the project; not part of a clone)");
        std::process::exit(2);
    };
    let names = !args.iter().any(|a| a == "--no-names");
    let write = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1));
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    pages.sort();
    let tasks: Vec<Task> = pages.iter().map(|p| perturb(p)).collect();
    if let Some(out) = write {
        write_tasks(Path::new(out), &tasks);
    }
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let aligner = if names {
        Aligner::new().with_names(&reverser)
    } else {
        Aligner::new()
    };

    // Page by page.
    let (mut tally, mut seconds) = (Tally::default(), 0.0);
    for task in &tasks {
        let (en, ru) = (refs(&task.en), refs(&task.ru));
        let start = Instant::now();
        let a = aligner.align_segmented(&en, &ru, Language::En, Language::Ru);
        seconds += start.elapsed().as_secs_f64();
        tally.add(&rungs(&a), &task.gold);
    }
    tally.print("page by page", seconds);

    // All pages as one document, a `<p>` line between pages.
    let (mut en, mut ru, mut gold) = (Vec::new(), Vec::new(), BTreeSet::new());
    for task in &tasks {
        if !en.is_empty() {
            en.push("<p>");
            ru.push("<p>");
            gold.insert((en.len(), ru.len()));
        }
        let (i0, j0) = (en.len(), ru.len());
        gold.extend(task.gold.iter().map(|&(i, j)| (i + i0, j + j0)));
        en.extend(task.en.iter().map(String::as_str));
        ru.extend(task.ru.iter().map(String::as_str));
    }
    let start = Instant::now();
    let a = aligner.align_segmented(&en, &ru, Language::En, Language::Ru);
    let seconds = start.elapsed().as_secs_f64();
    let mut tally = Tally::default();
    tally.add(&rungs(&a), &gold);
    tally.print("one document, <p> between pages", seconds);
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Reads a page and perturbs it: every 7th Russian unit merged with the next, every 50th English
/// unit dropped; the gold rungs follow.
fn perturb(path: &Path) -> Task {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let units: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() == 5).then(|| (f[3].to_owned(), f[4].to_owned()))
        })
        .collect();
    let (mut en, mut ru, mut gold) = (Vec::new(), Vec::new(), BTreeSet::new());
    let mut k = 0;
    while k < units.len() {
        // A bead: unit k, and k + 1 too when the Russian merges them.
        let group = if k % 7 == 6 && k + 1 < units.len() {
            k..k + 2
        } else {
            k..k + 1
        };
        let russian: Vec<&str> = group.clone().map(|u| units[u].1.as_str()).collect();
        ru.push(russian.join(" "));
        for u in group.clone() {
            if u % 50 != 49 {
                en.push(units[u].0.clone());
            }
        }
        gold.insert((en.len(), ru.len()));
        k = group.end;
    }
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    Task { name, en, ru, gold }
}

/// The rungs of an alignment: where each bead ends.
fn rungs(a: &Alignment) -> BTreeSet<(usize, usize)> {
    a.beads.iter().map(|b| (b.source.end, b.target.end)).collect()
}

#[derive(Default)]
struct Tally {
    predicted: usize,
    gold: usize,
    correct: usize,
}

impl Tally {
    fn add(&mut self, predicted: &BTreeSet<(usize, usize)>, gold: &BTreeSet<(usize, usize)>) {
        self.predicted += predicted.len();
        self.gold += gold.len();
        self.correct += predicted.intersection(gold).count();
    }

    fn print(&self, label: &str, seconds: f64) {
        let p = self.correct as f64 / self.predicted.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        println!(
            "{label}: rung precision {p:.4} recall {r:.4} F1 {f:.4} ({} correct of {} predicted, {} gold); {seconds:.3} s aligning",
            self.correct, self.predicted, self.gold
        );
    }
}

fn write_tasks(dir: &Path, tasks: &[Task]) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for t in tasks {
        let lines = |v: &[String]| v.iter().map(|l| format!("{l}\n")).collect::<String>();
        std::fs::write(dir.join(format!("{}.en", t.name)), lines(&t.en)).unwrap();
        std::fs::write(dir.join(format!("{}.ru", t.name)), lines(&t.ru)).unwrap();
        let ladder: String = t.gold.iter().map(|(i, j)| format!("{i}\t{j}\n")).collect();
        std::fs::write(dir.join(format!("{}.gold.ladder", t.name)), ladder).unwrap();
    }
}
