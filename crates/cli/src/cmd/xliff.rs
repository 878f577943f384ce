//! `steppe xliff`: a document's sentences and footnotes as XLIFF 1.2 units to translate,
//! pre-filled from a translation memory where it holds the very sentence.

use crate::input::read_document;
use crate::output::write_output;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_doc::{Document, Lang};
use steppe_formats::xliff::{write_xliff, Unit};

/// Write a document's sentences as XLIFF 1.2 units to translate, pre-filled from a TMX.
#[derive(clap::Args)]
pub struct Args {
    /// The document (text, DOCX, ODT, HTML or PDF; `-` for standard input).
    pub file: PathBuf,
    /// A TMX translation memory: a sentence it holds exactly (spaces aside) gets its translation,
    /// marked `state-qualifier="exact-match"`.
    #[arg(long, value_name = "TMX")]
    pub tm: Option<PathBuf>,
    /// Language of the document: en or ru (default: from its letters).
    #[arg(long, value_name = "LANG")]
    pub source_lang: Option<String>,
    /// Language to translate into (default: ru for an English document, en otherwise).
    #[arg(long, value_name = "LANG")]
    pub target_lang: Option<String>,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Runs `steppe xliff`.
pub fn run(args: Args) -> Result<ExitCode> {
    let (name, extracted) = read_document(&args.file)?;
    let lang = match args.source_lang.as_deref() {
        Some("ru") => Lang::Ru,
        Some("en") => Lang::En,
        Some(other) => anyhow::bail!("--source-lang {other}: use en or ru"),
        None => Lang::detect(&extracted.text),
    };
    let doc = Document::parse(&name, &extracted.text, lang);
    let sl = if lang == Lang::Ru { "ru" } else { "en" };
    let tl = args
        .target_lang
        .clone()
        .unwrap_or_else(|| if sl == "en" { "ru" } else { "en" }.to_owned());
    let mut texts: Vec<(String, &str)> = Vec::new();
    for s in &doc.sentences {
        texts.push(((s.index + 1).to_string(), &s.text));
    }
    for f in &doc.footnotes {
        texts.push((format!("note-{}", f.number), &f.text));
    }
    let memory = match &args.tm {
        Some(path) => exact_matches(path, sl, &tl, texts.iter().map(|t| t.1))?,
        None => HashMap::new(),
    };
    let units: Vec<Unit<'_>> = texts
        .iter()
        .map(|(id, text)| {
            let target = memory.get(&key(text)).map(String::as_str);
            Unit {
                id: id.clone(),
                source: text,
                target,
                score: None,
                qualifier: target.map(|_| "exact-match"),
            }
        })
        .collect();
    write_output(args.output.as_deref(), |out| {
        write_xliff(out, &name, sl, &tl, &units)?;
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// A sentence as matched: spaces collapsed.
fn key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The translations into `tl` of the `wanted` sentences that the memory holds in `sl`, read in
/// one streaming pass (only the wanted ones are kept; the first unit found wins).
fn exact_matches<'a>(
    path: &std::path::Path,
    sl: &str,
    tl: &str,
    wanted: impl Iterator<Item = &'a str>,
) -> Result<HashMap<String, String>> {
    let mut found: HashMap<String, Option<String>> = wanted.map(|t| (key(t), None)).collect();
    let reader = steppe_tmx::Reader::open(path)?;
    for unit in reader {
        let unit = unit.with_context(|| format!("{}: reading the memory", path.display()))?;
        let (Some(s), Some(t)) = (unit.variant(sl), unit.variant(tl)) else {
            continue;
        };
        if let Some(slot @ None) = found.get_mut(&key(&s.seg.text())) {
            *slot = Some(t.seg.text().to_string());
        }
    }
    Ok(found.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect())
}
