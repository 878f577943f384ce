//! Regenerates `crates/lexicon/data/ru.fst` from the hunspell-ru sources shipped beside it.
//!
//! ```sh
//! cargo run --release -p steppe-lexicon --bin build-lexicon -- \
//!     crates/lexicon/data/hunspell-ru/ru_RU.aff crates/lexicon/data/hunspell-ru/ru_RU.dic \
//!     crates/lexicon/data/ru.fst [--forms FORMS.txt]
//! ```
//!
//! Every affix rule is applied (see `steppe_lexicon::hunspell`); `--forms` also writes the expanded
//! forms, one per line, sorted, for coverage checks against the `hunspell` command.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use steppe_lexicon::hunspell::{parse_dic, AffixFile};
use steppe_lexicon::{Error, LexiconBuilder};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (positional, forms) = match args.iter().position(|a| a == "--forms") {
        Some(i) if i + 1 < args.len() => {
            let mut p = args.clone();
            let f = p.remove(i + 1);
            p.remove(i);
            (p, Some(PathBuf::from(f)))
        }
        _ => (args, None),
    };
    let [aff, dic, out] = positional.as_slice() else {
        eprintln!("usage: build-lexicon AFF DIC OUT.fst [--forms FORMS.txt]");
        return ExitCode::from(2);
    };
    match run(aff.into(), dic.into(), out.into(), forms) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build-lexicon: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &PathBuf) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.clone(),
        offset: e.utf8_error().valid_up_to(),
        line: 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count(),
    })
}

/// An I/O error on `path`.
fn io(path: &std::path::Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn run(aff_path: PathBuf, dic_path: PathBuf, out: PathBuf, forms: Option<PathBuf>) -> Result<(), Error> {
    let aff = AffixFile::parse(&aff_path, &read(&aff_path)?)?;
    if !aff.skipped.is_empty() {
        eprintln!(
            "build-lexicon: not modelled (no effect on expansion assumed): {}",
            aff.skipped.join(" ")
        );
    }
    let stems = parse_dic(&dic_path, &read(&dic_path)?, &aff)?;
    let mut builder = LexiconBuilder::new();
    let mut all = Vec::new();
    let mut emitted = 0usize;
    for stem in &stems {
        aff.expand(stem, &mut |form| {
            emitted += 1;
            builder.add(form);
            if forms.is_some() {
                all.push(form.to_string());
            }
        });
    }
    let keys = builder.len();
    let bytes = builder.to_bytes();
    std::fs::write(&out, &bytes).map_err(io(&out))?;
    if let Some(path) = forms {
        all.sort_unstable();
        all.dedup();
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path).map_err(io(&path))?);
        for f in &all {
            writeln!(w, "{f}").map_err(io(&path))?;
        }
        w.flush().map_err(io(&path))?;
        eprintln!(
            "build-lexicon: {} distinct forms written to {}",
            all.len(),
            path.display()
        );
    }
    eprintln!(
        "build-lexicon: {} stems, {emitted} forms emitted, {keys} keys, {} bytes -> {}",
        stems.len(),
        bytes.len(),
        out.display()
    );
    Ok(())
}
