//! `steppe translit`: Cyrillic → Latin in a named scheme, for the TEXT arguments or streaming
//! standard input (or `--input FILE`) line by line in constant memory.

use crate::lines::TextChunks;
use crate::output::write_output;
use crate::progress::{self, Counted};
use anyhow::{Context, Result};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_translit::{scheme, schemes, Lang, Scheme, Stats};

/// Write Russian or Kazakh Cyrillic in Latin letters, in a standard scheme.
#[derive(clap::Args)]
pub struct Args {
    /// Text to transliterate (joined by spaces, one output line); standard input when none is given.
    pub text: Vec<String>,
    /// Scheme name (`--list` shows them all; kebab-case works: ala-lc).
    #[arg(
        short,
        long,
        default_value = "ala_lc_alt",
        long_help = "Scheme name, as listed by --list: ala_lc, ala_lc_alt (ALA-LC without diacritics, the default \
                     scholarly form), bgn_pcgn, gost_779 (ISO 9:1995), icao_doc_9303 (passports), wikipedia, \
                     kz_2021 (Kazakh Latin alphabet), and the other iuliia schemes. Case and - or _ do not matter."
    )]
    pub scheme: String,
    /// Language of the Cyrillic: ru or kk.
    #[arg(
        short,
        long,
        default_value = "ru",
        value_parser = parse_lang,
        long_help = "Language of the Cyrillic text: ru (Russian) or kk (Kazakh). With kk, ala_lc, ala_lc_alt and \
                     bgn_pcgn use their Kazakh tables; other schemes write the Kazakh letters ә ғ қ ң ө ұ ү һ і in \
                     ISO 9 (a note on standard error says how many)."
    )]
    pub lang: Lang,
    /// List the schemes with a description and an example, then exit.
    #[arg(long)]
    pub list: bool,
    /// Read this file instead of standard input (`-` is standard input). When standard error is a
    /// terminal and the text goes to a file or a pipe, a bar there counts the bytes read.
    #[arg(short, long, conflicts_with = "text")]
    pub input: Option<PathBuf>,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    code.parse().map_err(|e: steppe_translit::Error| e.to_string())
}

/// Runs `steppe translit`.
pub fn run(args: Args) -> Result<ExitCode> {
    if args.list {
        write_output(args.output.as_deref(), list)?;
        return Ok(ExitCode::SUCCESS);
    }
    let scheme = scheme(&args.scheme, args.lang)?;
    let mut stats = Stats::default();
    write_output(args.output.as_deref(), |out| {
        if !args.text.is_empty() {
            let mut line = String::new();
            stats = scheme.transliterate_into(&args.text.join(" "), &mut line);
            line.push('\n');
            out.write_all(line.as_bytes())?;
            return Ok(());
        }
        // A bar by bytes read only when standard error is a terminal the text is not written to.
        let bar = progress::for_output(args.output.as_deref());
        match args.input.as_deref() {
            Some(path) if path.as_os_str() != "-" => {
                let file = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
                stats = match bar {
                    Some(bar) => {
                        let len = file.metadata().ok().map(|m| m.len());
                        stream(scheme, Counted::new(file, bar(len)), path, out)?
                    }
                    None => stream(scheme, file, path, out)?,
                };
            }
            _ => {
                let (stdin, path) = (std::io::stdin().lock(), Path::new("<stdin>"));
                stats = match bar {
                    Some(bar) => stream(scheme, Counted::new(stdin, bar(None)), path, out)?,
                    None => stream(scheme, stdin, path, out)?,
                };
            }
        }
        Ok(())
    })?;
    if stats.fallback > 0 {
        eprintln!(
            "steppe: note: {} letter(s) not in {} ({}) were written in ISO 9{}",
            stats.fallback,
            scheme.name(),
            scheme.lang(),
            if args.lang == Lang::Ru {
                "; for Kazakh text use --lang kk"
            } else {
                ""
            }
        );
    }
    if stats.unmapped > 0 {
        eprintln!(
            "steppe: note: {} Cyrillic letter(s) that no table knows were copied unchanged",
            stats.unmapped
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Transliterates `input` a chunk of whole lines at a time (words never span lines), so memory
/// stays at the chunk size plus the longest line. Nothing is allocated per chunk: the output buffer
/// is reused, and the engine checks for combining marks (NFC) as it goes, at no cost for text
/// without them.
fn stream(scheme: Scheme, input: impl Read, path: &Path, out: &mut dyn Write) -> Result<Stats> {
    let mut total = Stats::default();
    let mut chunks = TextChunks::new(input, &path.display().to_string());
    let mut text = String::new();
    while let Some(chunk) = chunks.next_chunk()? {
        text.clear();
        let stats = scheme.transliterate_into(chunk, &mut text);
        total.fallback += stats.fallback;
        total.unmapped += stats.unmapped;
        out.write_all(text.as_bytes())?;
    }
    Ok(total)
}

/// `--list`: one line per scheme with its description, then an example.
fn list(out: &mut dyn Write) -> Result<()> {
    for s in schemes() {
        let example = match s.lang() {
            Lang::Ru => "Юлия Щукина, Подъёмная улица",
            Lang::Kk => "Қазақстан Республикасы, Өскемен",
        };
        writeln!(out, "{:<16} {}  {}", s.name(), s.lang(), s.description())?;
        writeln!(out, "{:<16}    {example} → {}", "", s.transliterate(example))?;
    }
    Ok(())
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
    fn defaults_are_ala_lc_alt_and_russian() {
        let cli = Cli::try_parse_from(["t", "Юлия"]).unwrap();
        assert_eq!(
            (cli.args.scheme.as_str(), cli.args.lang),
            ("ala_lc_alt", Lang::Ru)
        );
    }

    #[test]
    fn lang_is_checked_when_parsing() {
        assert_eq!(
            Cli::try_parse_from(["t", "--lang", "KK"]).unwrap().args.lang,
            Lang::Kk
        );
        assert!(Cli::try_parse_from(["t", "--lang", "uz"]).is_err());
    }

    #[test]
    fn streaming_keeps_lines_and_reports_bad_bytes() {
        use crate::lines::CHUNK;
        let s = scheme("ala_lc_alt", Lang::Ru).unwrap();
        let mut out = Vec::new();
        // A line longer than a chunk grows the buffer.
        let long = "щ".repeat(CHUNK);
        let input = format!("Юлия\r\n\n{long}\nя");
        stream(s, input.as_bytes(), Path::new("x"), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("Iuliia\r\n\n{}\nia", "shch".repeat(CHUNK))
        );
        let err = stream(s, &b"ok\nd\xffd"[..], Path::new("f.txt"), &mut Vec::new()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.txt: invalid UTF-8 at byte 4 (line 2, column 2)"
        );
        // Decomposed letters (и + U+0306) in a later chunk are composed before they are written.
        let mut out = Vec::new();
        let input = "Юлия\n".repeat(CHUNK / 8) + "и\u{306}од Е\u{308}лкин\n";
        stream(s, input.as_bytes(), Path::new("x"), &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().ends_with("Iuliia\niod Elkin\n"));
        // Lines and bytes are counted over every chunk before the bad one.
        let mut late = "ok\n".repeat(CHUNK).into_bytes();
        late.extend(b"d\xffd");
        let err = stream(s, &late[..], Path::new("f.txt"), &mut Vec::new()).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "f.txt: invalid UTF-8 at byte {} (line {}, column 2)",
                3 * CHUNK + 1,
                CHUNK + 1
            )
        );
    }
}
