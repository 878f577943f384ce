//! The main job through the library, as a front end other than the CLI runs it: a composed corpus
//! of an English text, its Russian translation and an unreadable file.

use std::path::Path;
use steppe_build::{builtin_termbase, Event, Pipeline};
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

const EN: &str = "The Collective Security Treaty Organization (CSTO) met in Moscow.\n\n\
The CSTO members signed the treaty.¹\n\n\
¹ Tokaev K. Vneshniaia politika Kazakhstana. Almaty, 2002.\n";
const RU: &str = "Организация Договора о коллективной безопасности (ОДКБ) собралась в Москве.\n\n\
Члены ОДКБ подписали договор.\n";

#[test]
fn a_corpus_is_built_text_by_text_and_pairs_aligned_with_termbase_anchors() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(corpus.path().join("a.en.txt"), EN).unwrap();
    std::fs::write(corpus.path().join("a.ru.txt"), RU).unwrap();
    std::fs::write(corpus.path().join("b.en.txt"), b"bad \xff byte\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let termbase = builtin_termbase();
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let pipeline = Pipeline::new(&termbase, &reverser);
    let mut seen = Vec::new();
    let summary = pipeline
        .build(corpus.path(), out.path(), &mut |event| {
            seen.push(match event {
                Event::Exported { analysis, files } => format!("exported {} {}", analysis.stem, files.len()),
                Event::NotEnglish { name, language } => {
                    format!("not english {} {}", Path::new(name).display(), language.code())
                }
                Event::Aligned { pairs, file, .. } => {
                    format!("aligned {pairs} {}", file.file_name().unwrap().to_string_lossy())
                }
                Event::Failed(err) => format!("failed {err}"),
            })
        })
        .unwrap();
    assert_eq!(seen.len(), 4, "{seen:#?}");
    assert_eq!(seen[0], "exported a.en 7");
    assert!(
        seen[1].starts_with("not english") && seen[1].ends_with("a.ru.txt ru"),
        "{}",
        seen[1]
    );
    assert!(
        seen[2].starts_with("failed ") && seen[2].contains("b.en.txt"),
        "{}",
        seen[2]
    );
    assert_eq!(seen[3], "aligned 2 a.tmx");
    assert_eq!((summary.texts, summary.failed, summary.written.len()), (3, 1, 8));
    assert_eq!(summary.aligned, 2);
    // The aligned memory pairs the sentences that share the termbase's names.
    let tmx = std::fs::read_to_string(out.path().join("a.tmx")).unwrap();
    assert!(tmx.contains("<seg>Члены ОДКБ подписали договор.</seg>"), "{tmx}");
    // Nothing of b was written; a's exports are all there.
    let names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with("b.")), "{names:?}");
    assert_eq!(names.iter().filter(|n| n.starts_with("a.en.")).count(), 7);
}

#[test]
fn the_analysis_holds_the_glossary_the_spans_and_the_works() {
    let termbase = builtin_termbase();
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let pipeline = Pipeline::new(&termbase, &reverser);
    let text = steppe_build::Text::new(Path::new("a.en.txt"), EN.to_owned());
    let analysis = pipeline.analyse(&text).unwrap();
    let csto = analysis
        .glossary
        .entries
        .iter()
        .find(|e| e.term == "CSTO")
        .unwrap();
    assert_eq!(csto.ru.as_deref(), Some("ОДКБ"));
    assert!(
        analysis
            .spans
            .iter()
            .any(|s| s.cyrillic.contains("Внешняя политика Казахстана")),
        "{:?}",
        analysis.spans
    );
    assert_eq!(analysis.works.len(), 1);
    let exports = steppe_build::render(&analysis, &termbase).unwrap();
    let names: Vec<&str> = exports.iter().map(|e| e.file_name.as_str()).collect();
    let expected: Vec<String> = steppe_build::EXPORT_SUFFIXES
        .iter()
        .map(|x| format!("a.en.{x}"))
        .collect();
    assert_eq!(names, expected);
}
