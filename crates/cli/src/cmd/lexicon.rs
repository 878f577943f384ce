//! `steppe lexicon check`: is a word a Russian word form for the embedded lexicon (hunspell-ru fully
//! expanded) and the user's word lists? The quick way to see why `steppe cyrillic` kept or dropped
//! a reading, and to test a `--lexicon` list before using it.

use crate::input::read_text;
use crate::output::write_output;
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_lexicon::{Frequencies, Lexicon, LexiconSet, WordInfo};

/// Look words up in the Russian lexicon (embedded dictionary plus user lists).
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: LexiconCommand,
}

/// What to do with the lexicon.
#[derive(clap::Subcommand)]
pub enum LexiconCommand {
    /// Check words: one line `WORD<TAB>yes|no<TAB>KINDS[<TAB>ZIPF]` each; exit 1 if any word is unknown.
    #[command(
        long_about = "Check words against the lexicon. Prints one line per word: the word, `yes` or \
        `no`, and for known words what the lexicon knows (common, proper, acronym, user). Case is ignored \
        unless --case is given; ё and е always count as one letter. With --freq a fourth column gives \
        the word's Zipf frequency (the prior `steppe cyrillic` uses among readings that are all words). Exits 0 when every word is known, 1 when some word is not, \
        2 on an error (a word list that cannot be read)."
    )]
    Check(CheckArgs),
}

/// Arguments of `steppe lexicon check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Words to check; standard input (one word per line) when none is given.
    pub words: Vec<String>,
    /// A word list (one Cyrillic word a line, `#` comments) whose words count as known; repeatable.
    #[arg(long, value_name = "PATH")]
    pub lexicon: Vec<PathBuf>,
    /// Apply hunspell's case rules: a proper noun must be capitalized (Афганистане, not афганистане).
    #[arg(long)]
    pub case: bool,
    /// Also print how common each known word is: its Zipf frequency (log10 of occurrences per
    /// billion words, from wordfreq), or `-` when the frequency table lacks it.
    #[arg(long)]
    pub freq: bool,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Runs `steppe lexicon`.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.command {
        LexiconCommand::Check(args) => check(args),
    }
}

/// The kinds of a known word, comma-separated.
fn kinds(info: WordInfo) -> String {
    let kinds = [
        (info.is_common(), "common"),
        (info.is_proper(), "proper"),
        (info.is_acronym(), "acronym"),
        (info.is_user(), "user"),
    ];
    kinds
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, k)| *k)
        .collect::<Vec<_>>()
        .join(",")
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let mut set = LexiconSet::embedded();
    for path in &args.lexicon {
        set.push(Lexicon::read_word_list(path)?);
    }
    let words: Vec<String> = if args.words.is_empty() {
        let (_, text) = read_text(Path::new("-"))?;
        text.lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    } else {
        args.words
    };
    let mut all_known = true;
    write_output(args.output.as_deref(), |out| {
        for word in &words {
            let known = if args.case {
                set.check(word)
            } else {
                set.contains(word)
            };
            match set.info(word).filter(|_| known) {
                Some(info) if args.freq => {
                    let zipf = Frequencies::embedded().zipf(word);
                    let zipf = zipf.map_or("-".to_owned(), |z| format!("{z:.1}"));
                    writeln!(out, "{word}\tyes\t{}\t{zipf}", kinds(info))?
                }
                Some(info) => writeln!(out, "{word}\tyes\t{}", kinds(info))?,
                None => {
                    all_known = false;
                    writeln!(out, "{word}\tno")?
                }
            }
        }
        Ok(())
    })?;
    Ok(if all_known {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
