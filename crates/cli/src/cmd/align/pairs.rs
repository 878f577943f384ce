//! `steppe align --pairs LIST -o DIR`: many document pairs aligned in parallel (rayon, one pair per
//! task), one output file per pair, and optionally one merged TMX of them all.
//!
//! Data flow: the list is read and checked line by line (a bad line is reported like a failed
//! pair); the pairs are aligned and written in parallel, each atomically; then, in list order, the
//! TMX files of the pairs that succeeded are streamed through steppe-tmx's reader into the merged
//! writer, so the merge holds one unit at a time.

use super::{align_files, write, Anchors, Format, Input};
use crate::output::write_file;
use crate::report::Failures;
use anyhow::{anyhow, bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_align::{Language, NameKey};
use steppe_tmx::{Header, Reader, Writer};

/// What every pair of the list is aligned with.
pub struct Job<'a> {
    /// Languages of the originals and the translations (`None`: guessed per pair).
    pub langs: (Option<Language>, Option<Language>),
    /// The name keyer shared by the threads.
    pub names: Option<&'a (dyn NameKey + Sync)>,
    /// Plain text or one segment a line.
    pub input: Input,
    /// The format of each pair's file.
    pub format: Format,
    /// Leave out pairs below this confidence.
    pub min_score: f32,
    /// The merged TMX file, if wanted.
    pub merged: Option<&'a Path>,
    /// Dictionary and termbase anchors.
    pub anchors: &'a Anchors,
}

/// One line of the list.
struct Pair {
    original: PathBuf,
    translation: PathBuf,
    output: PathBuf,
    /// The output name as the list gives it (the prefix of the merged units' tuids).
    name: String,
}

/// Aligns every pair of `list` into `dir`; exit code 2 if any pair (or line) failed.
pub fn run(list: &Path, dir: &Path, job: &Job<'_>) -> Result<ExitCode> {
    if job.merged.is_some() && job.format != Format::Tmx {
        bail!("--merged writes TMX and needs --format tmx for the pairs");
    }
    let text = std::fs::read_to_string(list)
        .with_context(|| format!("{}: cannot read the list of pairs", list.display()))?;
    let mut failures = Failures::default();
    let pairs = parse_list(list, &text, dir, &mut failures);
    let listed = pairs.len() + failures.count();
    std::fs::create_dir_all(dir)
        .with_context(|| format!("{}: cannot create the output folder", dir.display()))?;
    let bar = progress(pairs.len());
    let results: Vec<Result<usize>> = pairs
        .par_iter()
        .map(|pair| {
            let result = align_pair(pair, job);
            bar.inc(1);
            result
        })
        .collect();
    bar.finish_and_clear();
    let mut done = Vec::new();
    for (pair, result) in pairs.iter().zip(results) {
        match result {
            Ok(_) => done.push(pair),
            Err(err) => failures.report(&err.context(format!(
                "{} ↔ {}: no alignment written",
                pair.original.display(),
                pair.translation.display()
            ))),
        }
    }
    if let Some(merged) = job.merged {
        if let Err(err) = write_merged(merged, &done) {
            failures.report(&err);
        }
    }
    eprintln!(
        "steppe align: {} of {} pairs aligned into {}",
        done.len(),
        listed,
        dir.display()
    );
    Ok(failures.exit_code(ExitCode::SUCCESS))
}

/// A bar on standard error when it is a terminal, else nothing drawn.
fn progress(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} pairs {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// The pairs of the list; a line without three fields, or whose output name would leave `dir` or
/// repeats an earlier one, is reported and skipped.
fn parse_list(list: &Path, text: &str, dir: &Path, failures: &mut Failures) -> Vec<Pair> {
    let mut seen = HashSet::new();
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let checked = match fields[..] {
            [o, t, name] if !o.is_empty() && !t.is_empty() => check_name(name, &mut seen).map(|_| Pair {
                original: PathBuf::from(o),
                translation: PathBuf::from(t),
                output: dir.join(name),
                name: name.to_owned(),
            }),
            _ => Err(anyhow!(
                "expected original<TAB>translation<TAB>output name, found {} field(s)",
                fields.len()
            )),
        };
        match checked {
            Ok(pair) => pairs.push(pair),
            Err(err) => failures.report(&err.context(format!("{}: line {}", list.display(), n + 1))),
        }
    }
    pairs
}

/// An output name is one plain file name, given once.
fn check_name(name: &str, seen: &mut HashSet<String>) -> Result<()> {
    let plain = Path::new(name)
        .file_name()
        .is_some_and(|f| f == std::ffi::OsStr::new(name));
    if !plain || name == "." || name == ".." {
        bail!("output name `{name}` must be a file name, without a folder");
    }
    if !seen.insert(name.to_owned()) {
        bail!("output name `{name}` is given twice");
    }
    Ok(())
}

/// Aligns one pair and writes its file; the number of pairs written.
fn align_pair(pair: &Pair, job: &Job<'_>) -> Result<usize> {
    let names = job.names.map(|k| k as &dyn NameKey);
    let alignment = align_files(
        (&pair.original, job.langs.0),
        (&pair.translation, job.langs.1),
        names,
        job.input,
        job.anchors,
    )?;
    if alignment.source.is_empty() || alignment.target.is_empty() {
        bail!("a side has no text to align");
    }
    write_file(&pair.output, |out| {
        write(&alignment, job.format, job.min_score, out)
    })?;
    Ok(alignment.pairs(job.min_score).count())
}

/// Streams the units of each pair's TMX into one file, tuids prefixed with the pair's name; the
/// header's source language is the pairs' when they share one, else `*all*`.
fn write_merged(merged: &Path, done: &[&Pair]) -> Result<()> {
    let mut srclang: Option<String> = None;
    for pair in done {
        let lang = Reader::open(&pair.output)?.header().srclang.clone();
        srclang = match srclang {
            None => Some(lang),
            Some(l) if l == lang => Some(l),
            Some(_) => Some("*all*".into()),
        };
    }
    let header = Header::new(srclang.as_deref().unwrap_or("*all*"));
    write_file(merged, |out| {
        let mut writer = Writer::new(out, &header)?;
        for pair in done {
            let reader = Reader::open(&pair.output)?;
            for unit in reader {
                let mut unit = unit.with_context(|| pair.output.display().to_string())?;
                unit.tuid = Some(format!("{}:{}", pair.name, unit.tuid.as_deref().unwrap_or("")));
                writer.write_unit(&unit)?;
            }
        }
        writer.finish()?;
        Ok(())
    })
}
