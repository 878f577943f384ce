//! `steppe align`: a translation aligned with its original sentence by sentence, as TMX 1.4b (a
//! translation memory), TSV or JSON. Also the alignment step of `steppe build`, for corpus texts
//! that come in two languages (`NAME.en.txt` and `NAME.ru.txt`).

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::segment::read_input;
use crate::output::{write_file, write_output};
use crate::report::Failures;
use anyhow::Result;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_align::{Aligner, Alignment, Language, NameKey};
use steppe_doc::Document;
use steppe_formats::xliff::{write_xliff as write_xliff_units, Unit};

/// The long help of `steppe align` (set on its subcommand in `main.rs`, where the one-line
/// description would otherwise replace it).
pub const LONG_ABOUT: &str = "Align a translation with its original, sentence by sentence.\n\n\
Both texts are split into paragraphs (at blank lines) and sentences by the document model. When both \
have as many paragraphs, paragraphs are aligned first and bound the sentence search; otherwise one search \
runs over all sentences, favouring beads that end a paragraph on both sides. Sentences pair as 1:1, 2:1, \
1:2 or 2:2 beads, or stand alone without a counterpart. The cost of a bead is the \
Gale–Church length cost, with the length ratio measured on the two texts, plus anchors both sides \
share: numbers, Latin words, option names and paths inside Cyrillic text, quotes, brackets and colons, \
and names in two scripts (Nazarbaev ~ Назарбаева, via the matching key of `steppe key`). Each bead \
gets a confidence score between 0 and 1.";

/// Align a translation with its original, sentence by sentence (TMX, TSV, JSON or XLIFF).
#[derive(clap::Args)]
pub struct Args {
    /// The original text (UTF-8; `-` for standard input).
    pub original: PathBuf,
    /// The translation (UTF-8; `-` for standard input).
    pub translation: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "tmx")]
    pub format: Format,
    /// Language of the original: en, ru, kk, or auto (from its script).
    #[arg(long, default_value = "auto", value_name = "LANG")]
    #[arg(
        long_help = "Language of the original: en, ru or kk, or auto (default) to guess from the \
        letters: English when Latin letters outnumber Cyrillic ones, Kazakh when Kazakh-only letters \
        (ә, қ, ң, ө, ұ, ү, і…) make at least 1 % of the Cyrillic, else Russian; when both texts look \
        English, the one with a clearly larger share of Cyrillic (10 % or more, twice the other's) is \
        taken as Russian or Kazakh (technical text full of code)."
    )]
    pub source_lang: String,
    /// Language of the translation: en, ru, kk, or auto (from its script).
    #[arg(long, default_value = "auto", value_name = "LANG")]
    pub target_lang: String,
    /// Leave out pairs whose confidence is below this (0 to 1).
    #[arg(long, default_value_t = 0.0, value_name = "SCORE", value_parser = unit_interval)]
    #[arg(
        long_help = "Leave out pairs whose confidence is below this (0 to 1; other values are \
        refused). The confidence \
        averages how well the lengths agree (exp(-δ²/8), δ the Gale–Church deviation) with the share \
        of anchors both sides hold, times 0.9 for 2:1 and 1:2 beads and 0.8 for 2:2. TMX and TSV hold \
        pairs only; JSON also lists sentences without a counterpart (score 0) when SCORE is 0."
    )]
    pub min_score: f32,
    /// Do not link names across scripts (faster; lengths and shared tokens only).
    #[arg(long)]
    pub no_names: bool,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// What `steppe align` writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Format {
    /// TMX 1.4b: one unit per pair, the confidence as an `x-steppe-score` prop.
    Tmx,
    /// `original<TAB>translation<TAB>score`, one pair a line.
    Tsv,
    /// Every bead with its sentence indices, texts and score.
    Json,
    /// XLIFF 1.2: one trans-unit per pair, target `state="translated"`, the confidence as a note.
    Xliff,
}

/// A score between 0 and 1 (`--min-score 2` would silently leave every pair out).
fn unit_interval(value: &str) -> Result<f32, String> {
    let score: f32 = value.parse().map_err(|_| format!("`{value}` is not a number"))?;
    if (0.0..=1.0).contains(&score) {
        Ok(score)
    } else {
        Err(format!("{value} is not in 0..=1"))
    }
}

/// A language flag: `auto` is `None`.
fn lang_flag(value: &str) -> Result<Option<Language>> {
    if value.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    Ok(Some(Language::parse(value)?))
}

/// Reads and parses both sides; a language left `None` is guessed from the two texts together.
fn align_files(
    original: (&Path, Option<Language>),
    translation: (&Path, Option<Language>),
    names: Option<&dyn NameKey>,
) -> Result<Alignment> {
    let (src_name, src_text) = read_input(original.0)?;
    let (tgt_name, tgt_text) = read_input(translation.0)?;
    let (ds, dt) = Language::detect_pair(&src_text, &tgt_text);
    let (sl, tl) = (original.1.unwrap_or(ds), translation.1.unwrap_or(dt));
    let src = Document::parse(&src_name, &src_text, sl.doc_lang());
    let tgt = Document::parse(&tgt_name, &tgt_text, tl.doc_lang());
    let mut aligner = Aligner::new();
    if let Some(keyer) = names {
        aligner = aligner.with_names(keyer);
    }
    Ok(aligner.align_documents(&src, &tgt, sl, tl))
}

/// Writes an alignment in one format.
fn write(alignment: &Alignment, format: Format, min_score: f32, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Tmx => steppe_align::write_tmx(alignment, min_score, out)?,
        Format::Tsv => steppe_align::write_tsv(alignment, min_score, out)?,
        Format::Json => steppe_align::write_json(alignment, min_score, out)?,
        Format::Xliff => {
            write_xliff(alignment, Path::new("original"), min_score, out)?;
            return Ok(());
        }
    };
    Ok(())
}

/// Writes the pairs as XLIFF 1.2, the original named after its file.
fn write_xliff(alignment: &Alignment, original: &Path, min_score: f32, out: &mut dyn Write) -> Result<()> {
    let texts: Vec<(String, String, f32)> = alignment
        .pairs(min_score)
        .map(|b| (alignment.source_text(b), alignment.target_text(b), b.score))
        .collect();
    let units: Vec<Unit<'_>> = texts
        .iter()
        .enumerate()
        .map(|(i, (s, t, score))| Unit {
            id: (i + 1).to_string(),
            source: s,
            target: Some(t),
            score: Some(*score),
            qualifier: None,
        })
        .collect();
    let name = original.display().to_string();
    let (sl, tl) = (alignment.source_lang.code(), alignment.target_lang.code());
    write_xliff_units(out, &name, sl, tl, &units)?;
    Ok(())
}

/// Runs `steppe align`.
pub fn run(args: Args) -> Result<ExitCode> {
    let (sl, tl) = (lang_flag(&args.source_lang)?, lang_flag(&args.target_lang)?);
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let names: Option<&dyn NameKey> = if args.no_names { None } else { Some(&reverser) };
    let alignment = align_files((&args.original, sl), (&args.translation, tl), names)?;
    write_output(args.output.as_deref(), |out| {
        if args.format == Format::Xliff {
            return write_xliff(&alignment, &args.original, args.min_score, out);
        }
        write(&alignment, args.format, args.min_score, out)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// For `steppe build`: aligns the texts of the corpus that come in several languages
/// (`NAME.en.txt`, `NAME.ru.txt`, `NAME.kk.txt`) and writes `OUT/NAME.tmx` (with three
/// languages, `OUT/NAME.en-ru.tmx` and so on). The original is taken to be the English text, else
/// the Russian one. A pair that cannot be aligned or written is reported in `failures` and the
/// others go on. Returns how many files were written.
pub fn align_corpus_pairs(
    texts: &[PathBuf],
    out_dir: &Path,
    names: &dyn NameKey,
    failures: &mut Failures,
) -> usize {
    let mut written = 0;
    for (stem, sides) in language_pairs(texts) {
        let (source, source_lang) = &sides[0];
        for (target, target_lang) in &sides[1..] {
            let file = if sides.len() == 2 {
                format!("{stem}.tmx")
            } else {
                format!("{stem}.{}-{}.tmx", source_lang.code(), target_lang.code())
            };
            let path = out_dir.join(file);
            let aligned = align_files(
                (source, Some(*source_lang)),
                (target, Some(*target_lang)),
                Some(names),
            )
            .and_then(|alignment| {
                write_file(&path, |out| write(&alignment, Format::Tmx, 0.0, out))?;
                Ok(alignment.pairs(0.0).count())
            });
            match aligned {
                Ok(pairs) => {
                    eprintln!(
                        "steppe build: {} ↔ {}: {pairs} aligned pairs",
                        source.display(),
                        target.display(),
                    );
                    written += 1;
                }
                Err(err) => failures.report(&err.context(format!(
                    "{} ↔ {}: no alignment written",
                    source.display(),
                    target.display()
                ))),
            }
        }
    }
    written
}

/// Texts named `NAME.LANG.txt` (or `.docx`, `.odt`, `.html`, `.pdf`) grouped by NAME, for the names with two or more languages, each
/// group ordered en, ru, kk.
fn language_pairs(texts: &[PathBuf]) -> BTreeMap<String, Vec<(PathBuf, Language)>> {
    let mut groups: BTreeMap<String, Vec<(PathBuf, Language)>> = BTreeMap::new();
    for path in texts {
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some((stem, code)) = name.rsplit_once('.') else {
            continue;
        };
        if let Ok(lang) = Language::parse(code) {
            if code.len() == 2 {
                groups
                    .entry(stem.to_owned())
                    .or_default()
                    .push((path.clone(), lang));
            }
        }
    }
    let order = [Language::En, Language::Ru, Language::Kk];
    groups.retain(|_, sides| {
        sides.sort_by_key(|(_, l)| order.iter().position(|o| o == l));
        sides.dedup_by_key(|(_, l)| *l);
        sides.len() >= 2
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    #[test]
    fn defaults_are_tmx_auto_languages_no_minimum_and_names_on() {
        let a = Cli::try_parse_from(["align", "a.txt", "b.txt"]).unwrap().args;
        assert_eq!(a.format, Format::Tmx);
        assert_eq!((a.source_lang.as_str(), a.target_lang.as_str()), ("auto", "auto"));
        assert_eq!((a.min_score, a.no_names), (0.0, false));
    }

    #[test]
    fn format_and_min_score_parse_and_a_second_file_is_required() {
        let argv = [
            "align",
            "a",
            "b",
            "--format",
            "tsv",
            "--min-score",
            "0.5",
            "--no-names",
        ];
        let a = Cli::try_parse_from(argv).unwrap().args;
        assert_eq!((a.format, a.min_score, a.no_names), (Format::Tsv, 0.5, true));
        assert!(Cli::try_parse_from(["align", "a"]).is_err());
        assert!(Cli::try_parse_from(["align", "a", "b", "--format", "sdlxliff"]).is_err());
        let a = Cli::try_parse_from(["align", "a", "b", "--format", "xliff"])
            .unwrap()
            .args;
        assert_eq!(a.format, Format::Xliff);
        assert!(Cli::try_parse_from(["align", "a", "b", "--min-score", "high"]).is_err());
        for bad in ["2", "-0.1", "NaN", "inf"] {
            assert!(
                Cli::try_parse_from(["align", "a", "b", "--min-score", bad]).is_err(),
                "{bad}"
            );
        }
        let a = Cli::try_parse_from(["align", "a", "b", "--min-score", "1"])
            .unwrap()
            .args;
        assert_eq!(a.min_score, 1.0);
    }

    #[test]
    fn pairs_are_texts_of_one_name_in_two_languages_english_first() {
        let texts: Vec<PathBuf> = [
            "c/a.ru.txt",
            "c/a.en.txt",
            "c/b.en.txt",
            "c/c.de.txt",
            "c/c.en.txt",
            "c/d.txt",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let pairs = language_pairs(&texts);
        assert_eq!(pairs.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(pairs["a"][0], (PathBuf::from("c/a.en.txt"), Language::En));
        assert_eq!(pairs["a"][1].1, Language::Ru);
    }

    #[test]
    fn auto_is_no_language_and_codes_parse() {
        assert_eq!(lang_flag("AUTO").unwrap(), None);
        assert_eq!(lang_flag("kk").unwrap(), Some(Language::Kk));
        assert!(lang_flag("fr").is_err());
    }
}
