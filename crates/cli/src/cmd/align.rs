//! `steppe align`: a translation aligned with its original sentence by sentence, as TMX 1.4b (a
//! translation memory), TSV or JSON. Also the alignment step of `steppe build`, for corpus texts
//! that come in two languages (`NAME.en.txt` and `NAME.ru.txt`). `--pairs` aligns many document
//! pairs in parallel ([`pairs`]).

mod pairs;

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::segment::read_input;
use crate::output::write_output;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_align::{Alignment, Dictionary, Language, NameKey};
use steppe_build::{align_texts, Anchors, Text};
use steppe_formats::xliff::{write_xliff as write_xliff_units, Unit};
use steppe_glossary::Termbase;

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
gets a confidence score between 0 and 1.\n\nWith --segmented, each file holds one segment a line (as hunalign, bleualign and vecalign take them) and is not re-split; a line `<p>` marks a paragraph break and pairs only with a `<p>` on the other side. With --pairs LIST -o DIR, every pair of LIST is aligned in parallel on all cores into its own file in DIR; a pair that fails is reported and the others go on (exit code 2 at the end).";

/// Align a translation with its original, sentence by sentence (TMX, TSV, JSON or XLIFF).
#[derive(clap::Args)]
pub struct Args {
    /// The original text (UTF-8; `-` for standard input).
    #[arg(required_unless_present = "pairs")]
    pub original: Option<PathBuf>,
    /// The translation (UTF-8; `-` for standard input).
    #[arg(required_unless_present = "pairs")]
    pub translation: Option<PathBuf>,
    /// The input is pre-segmented: one segment a line, a line `<p>` a paragraph break.
    #[arg(long)]
    #[arg(
        long_help = "The input is pre-segmented: one segment a line, never re-split (as hunalign, \
        bleualign and vecalign take it). A line `<p>` (hunalign's convention) marks a paragraph \
        break: it pairs only with a `<p>` on the other side, or stands alone. JSON bead indices \
        count every input line, marks included (so they compare rung for rung with hunalign's \
        ladder), and beads of marks carry \"marker\": true; TSV and TMX hold text pairs only."
    )]
    pub segmented: bool,
    /// Align every pair listed in LIST (original, translation, output name a line) into -o DIR.
    #[arg(long, value_name = "LIST", conflicts_with_all = ["original", "translation"])]
    #[arg(long_help = "Align every pair listed in LIST, a TSV file of \
        `original<TAB>translation<TAB>output name` lines (paths as given, relative to the current folder; blank lines and lines \
        starting with # are skipped), into the folder given with -o (created if missing), one file \
        per pair named as the list says, in --format. Pairs are aligned in parallel on all cores; \
        a progress bar is drawn on standard error when it is a terminal. A pair that cannot be \
        read, aligned or written is reported on one line and the others go on; the exit code is \
        then 2.")]
    pub pairs: Option<PathBuf>,
    /// With --pairs: also write every pair's units into one TMX file.
    #[arg(long, value_name = "FILE", requires = "pairs")]
    #[arg(
        long_help = "With --pairs (and --format tmx): also write the units of every pair aligned \
        into one TMX 1.4b file, in the order of the list, each unit's tuid prefixed with its \
        pair's output name (`cat.tmx:3`). Written atomically, after the pairs."
    )]
    pub merged: Option<PathBuf>,
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
    /// Phrase pairs as anchors, in hunalign's format (`target phrase @ source phrase` a line).
    #[arg(long, value_name = "PATH")]
    #[arg(
        long_help = "Phrase pairs to use as anchors, in hunalign's format: `target phrase @ source \
        phrase` a line (source = the original's language). Words match after case folding, a word \
        of more than five letters on its stem (up to two letters of ending may differ), so \
        inflected Russian forms are found."
    )]
    pub dictionary: Option<PathBuf>,
    /// Termbase whose en–ru pairs are anchors (default: the built-in corpus/termbase.tsv).
    #[arg(long, value_name = "PATH", conflicts_with = "no_termbase")]
    #[arg(
        long_help = "Termbase (the format of corpus/termbase.tsv) whose English–Russian pairs, short \
        forms and full names (NATO ~ НАТО, Collective Security Treaty Organization ~ Организация \
        Договора о коллективной безопасности), are anchors when one text is English and the other \
        Russian. Without this option the copy of corpus/termbase.tsv built into steppe is used."
    )]
    pub termbase: Option<PathBuf>,
    /// Do not use the termbase's pairs as anchors.
    #[arg(long)]
    pub no_termbase: bool,
    /// Do not link names across scripts (faster; lengths and shared tokens only).
    #[arg(long)]
    pub no_names: bool,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write to this file instead of standard output (written atomically); with --pairs, the folder.
    #[arg(short, long, long_help = concat!(
        "With --pairs: the folder the pairs' files are written to. Otherwise: write to this file \
        instead of standard output (`-` is standard output). ",
        crate::output::output_rules!()
    ))]
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

/// How the texts are read: parsed into paragraphs and sentences, or one segment a line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Input {
    /// Plain text: paragraphs at blank lines, sentences by the document model.
    Text,
    /// One segment a line, `<p>` a paragraph break.
    Segmented,
}

/// Reads `--dictionary` and the termbase (`--termbase`, the built-in one, or none) into anchors.
fn load_anchors(args: &Args) -> Result<Anchors> {
    let mut anchors = Anchors::default();
    if let Some(path) = &args.dictionary {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read the dictionary", path.display()))?;
        anchors = anchors.with_dictionary(Dictionary::parse_hunalign(&text));
    }
    if !args.no_termbase {
        let termbase = match &args.termbase {
            Some(path) => Termbase::load(path)?,
            None => steppe_build::builtin_termbase(),
        };
        anchors = anchors.with_termbase(&termbase);
    }
    Ok(anchors)
}

/// Reads and parses both sides; a language left `None` is guessed from the two texts together.
fn align_files(
    original: (&Path, Option<Language>),
    translation: (&Path, Option<Language>),
    names: Option<&dyn NameKey>,
    input: Input,
    anchors: &Anchors,
) -> Result<Alignment> {
    let (src_name, src_text) = read_input(original.0)?;
    let (tgt_name, tgt_text) = read_input(translation.0)?;
    let (ds, dt) = Language::detect_pair(&src_text, &tgt_text);
    let side = |name: String, text: String, lang: Language| Text {
        path: PathBuf::from(&name),
        stem: steppe_build::stem(Path::new(&name)),
        name,
        language: lang,
        source: text,
    };
    let source = side(src_name, src_text, original.1.unwrap_or(ds));
    let target = side(tgt_name, tgt_text, translation.1.unwrap_or(dt));
    Ok(align_texts(
        &source,
        &target,
        names,
        input == Input::Segmented,
        anchors,
    ))
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
    let names: Option<&(dyn NameKey + Sync)> = if args.no_names { None } else { Some(&reverser) };
    let anchors = load_anchors(&args)?;
    let input = if args.segmented {
        Input::Segmented
    } else {
        Input::Text
    };
    if let Some(list) = &args.pairs {
        let Some(dir) = &args.output else {
            anyhow::bail!("--pairs needs -o DIR, the folder for the pairs' files");
        };
        let job = pairs::Job {
            langs: (sl, tl),
            names,
            input,
            format: args.format,
            min_score: args.min_score,
            merged: args.merged.as_deref(),
            anchors: &anchors,
        };
        return pairs::run(list, dir, &job);
    }
    let (Some(original), Some(translation)) = (&args.original, &args.translation) else {
        anyhow::bail!("give the original and the translation, or --pairs LIST");
    };
    let names = names.map(|k| k as &dyn NameKey);
    let alignment = align_files((original, sl), (translation, tl), names, input, &anchors)?;
    write_output(args.output.as_deref(), |out| {
        if args.format == Format::Xliff {
            return write_xliff(&alignment, original, args.min_score, out);
        }
        write(&alignment, args.format, args.min_score, out)
    })?;
    Ok(ExitCode::SUCCESS)
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
    fn auto_is_no_language_and_codes_parse() {
        assert_eq!(lang_flag("AUTO").unwrap(), None);
        assert_eq!(lang_flag("kk").unwrap(), Some(Language::Kk));
        assert!(lang_flag("fr").is_err());
    }
}
