//! `steppe build --omegat DIR`: the OmegaT project is laid out as OmegaT expects, and OmegaT 3.6
//! (headless, console mode) opens it as it is and uses its memories and glossaries.

use crate::util::{run, run_ok};
use std::path::Path;
use steppe_test_support::OmegaT;

const EN: &str = "The Collective Security Treaty Organization (CSTO) met in Moscow.\n\n\
The CSTO members signed the treaty.¹\n\n\
¹ Tokaev K. Vneshniaia politika Kazakhstana. Almaty, 2002.\n";
const RU: &str = "Организация Договора о коллективной безопасности (ОДКБ) собралась в Москве.\n\n\
Члены ОДКБ подписали договор.\n";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A corpus of an English text and its Russian translation, built with `--omegat DIR/project`.
fn built_project(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("a.en.txt"), EN).unwrap();
    std::fs::write(corpus.join("a.ru.txt"), RU).unwrap();
    let project = dir.join("project");
    let out = run(
        &[
            "build",
            s(&corpus),
            "-o",
            s(&dir.join("out")),
            "--omegat",
            s(&project),
        ],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("OmegaT project {}: 7 files", project.display())),
        "{err}"
    );
    project
}

#[test]
fn the_project_has_the_folders_settings_texts_memories_and_glossaries() {
    let dir = tempfile::tempdir().unwrap();
    let project = built_project(dir.path());
    for folder in ["source", "target", "tm", "glossary", "dictionary", "omegat"] {
        assert!(project.join(folder).is_dir(), "{folder}");
    }
    let settings = std::fs::read_to_string(project.join("omegat.project")).unwrap();
    assert!(
        settings.contains("<source_lang>en-US</source_lang>"),
        "{settings}"
    );
    assert!(
        settings.contains("<target_lang>ru-RU</target_lang>"),
        "{settings}"
    );
    // The English text only, as plain paragraphs (the footnote marker gone, the note its own line).
    let source = std::fs::read_to_string(project.join("source/a.en.txt")).unwrap();
    assert_eq!(
        source,
        "The Collective Security Treaty Organization (CSTO) met in Moscow.\n\n\
         The CSTO members signed the treaty.\n\n\
         Tokaev K. Vneshniaia politika Kazakhstana. Almaty, 2002.\n\n"
    );
    assert!(!project.join("source/a.ru.txt").exists());
    for file in ["tm/a.tmx", "tm/a.en.terms.tmx", "tm/a.en.refs.tmx"] {
        assert!(project.join(file).is_file(), "{file}");
    }
    // The memories are the build's own files, byte for byte.
    assert_eq!(
        std::fs::read(project.join("tm/a.tmx")).unwrap(),
        std::fs::read(dir.path().join("out/a.tmx")).unwrap()
    );
    // The references memory has its romanised side tagged with the project's source language.
    let refs = std::fs::read_to_string(project.join("tm/a.en.refs.tmx")).unwrap();
    assert!(
        refs.contains("<tuv xml:lang=\"en\"><seg>Tokaev K. Vneshniaia politika Kazakhstana</seg></tuv>"),
        "{refs}"
    );
    assert!(!refs.contains("ru-Latn\""), "{refs}");
    let tsv = std::fs::read_to_string(project.join("glossary/a.en.glossary.txt")).unwrap();
    assert!(tsv.starts_with("CSTO\tОДКБ\t"), "{tsv}");
    assert!(project.join("glossary/a.en.glossary.v2.tbx").is_file());
    // Building again keeps what OmegaT wrote (the translation) and replaces steppe's files.
    std::fs::write(project.join("omegat/project_save.tmx"), "translation").unwrap();
    std::fs::write(project.join("tm/a.tmx"), "old").unwrap();
    run_ok(
        &[
            "build",
            s(&dir.path().join("corpus")),
            "-o",
            s(&dir.path().join("out")),
            "--omegat",
            s(&project),
        ],
        None,
    );
    assert_eq!(
        std::fs::read_to_string(project.join("omegat/project_save.tmx")).unwrap(),
        "translation"
    );
    assert!(std::fs::read_to_string(project.join("tm/a.tmx"))
        .unwrap()
        .contains("Члены ОДКБ"));
}

/// Run by OmegaT when the project is loaded: the entries it loaded from each memory and glossary
/// file, the matches its fuzzy matcher finds for each segment (as the Fuzzy Matches pane lists
/// them), and the glossary terms OmegaT's tokenizer finds in each segment (the Glossary pane).
const CHECK_SCRIPT: &str = r#"import org.omegat.core.statistics.FindMatches
import org.omegat.core.events.IStopped
import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.gui.glossary.GlossaryReaderTSV
import org.omegat.tokenizer.ITokenizer
if (binding.hasVariable('eventType') && eventType.toString() != 'LOAD') return
project.transMemories.each { path, tmx -> println "TM\t${new File(path).name}\t${tmx.entries.size()}" }
def glossary = []
new File(project.projectProperties.glossaryRoot).listFiles().sort { it.name }.each { f ->
  def entries = f.name.endsWith('.tbx') ? GlossaryReaderTBX.read(f, false) : GlossaryReaderTSV.read(f, false)
  println "GLOSSARY\t${f.name}\t${entries.size()}"
  glossary.addAll(entries)
}
def tok = project.sourceTokenizer
def matcher = new FindMatches(tok, 10, true, false)
def never = { false } as IStopped
project.allEntries.each { ste ->
  def src = ste.srcText
  println "SEGMENT\t${src}"
  matcher.search(project, src, true, false, never).each { m ->
    println "MATCH\t${src}\t${m.source}\t${m.translation}\t${m.scores[0].score}\t${new File(m.projs[0]).name}"
  }
  def words = tok.tokenizeWordsToStrings(src, ITokenizer.StemmingMode.GLOSSARY) as Set
  glossary.each { e ->
    def terms = tok.tokenizeWordsToStrings(e.srcText, ITokenizer.StemmingMode.GLOSSARY) as List
    if (!terms.isEmpty() && words.containsAll(terms)) println "HIT\t${src}\t${e.srcText}\t${e.locText}"
  }
}
"#;

#[test]
fn omegat_opens_the_project_and_uses_its_memories_and_glossaries() {
    let Some(omegat) = OmegaT::require() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let project = built_project(dir.path());
    let script = dir.path().join("check.groovy");
    std::fs::write(&script, CHECK_SCRIPT).unwrap();
    let (ok, log) = omegat.translate(&project, &[format!("--script={}", script.display())]);
    assert!(ok, "OmegaT failed:\n{log}");
    assert!(!log.contains("Exception"), "OmegaT reported an exception:\n{log}");
    let lines = |tag: &str| -> Vec<Vec<String>> {
        log.lines()
            .filter_map(|l| l.strip_prefix(tag))
            .map(|l| l.split('\t').map(String::from).collect())
            .collect()
    };
    let count = |tag: &str, file: &str| -> usize {
        lines(tag)
            .iter()
            .find(|f| f[0] == file)
            .unwrap_or_else(|| panic!("OmegaT did not load {file}:\n{log}"))[1]
            .parse()
            .unwrap()
    };
    // Every memory and glossary was loaded with the project's languages.
    assert_eq!(count("TM\t", "a.tmx"), 2, "{log}");
    assert_eq!(count("TM\t", "a.en.terms.tmx"), 2, "{log}");
    assert_eq!(count("TM\t", "a.en.refs.tmx"), 1, "{log}");
    assert_eq!(count("GLOSSARY\t", "a.en.glossary.txt"), 4, "{log}");
    assert_eq!(count("GLOSSARY\t", "a.en.glossary.v2.tbx"), 4, "{log}");
    // The source text became OmegaT segments.
    let segments: Vec<String> = lines("SEGMENT\t").into_iter().map(|f| f[0].clone()).collect();
    assert!(
        segments.contains(&"The CSTO members signed the treaty.".to_owned()),
        "{segments:?}"
    );
    // The aligned memory gives each English sentence its Russian as a 100% match; the memory of
    // terms gives a fuzzy match with the Russian long form.
    let matches = lines("MATCH\t");
    let has_match = |src: &str, ru: &str, score: &str, file: &str| {
        matches
            .iter()
            .any(|m| m[0] == src && m[2] == ru && m[3] == score && m[4] == file)
    };
    assert!(
        has_match(
            "The CSTO members signed the treaty.",
            "Члены ОДКБ подписали договор.",
            "100",
            "a.tmx"
        ),
        "{matches:#?}"
    );
    let first = "The Collective Security Treaty Organization (CSTO) met in Moscow.";
    assert!(
        matches.iter().any(|m| m[0] == first
            && m[2] == "Организация Договора о коллективной безопасности"
            && m[4] == "a.en.terms.tmx"),
        "{matches:#?}"
    );
    // The references memory gives the note's romanised title its Cyrillic.
    assert!(
        matches
            .iter()
            .any(|m| m[0].starts_with("Tokaev K. Vneshniaia politika Kazakhstana")
                && m[2].contains("Внешняя политика Казахстана")
                && m[4] == "a.en.refs.tmx"),
        "{matches:#?}"
    );
    // The glossary pane offers ОДКБ for CSTO in a segment.
    let hits = lines("HIT\t");
    assert!(
        hits.iter()
            .any(|h| h[0] == "The CSTO members signed the treaty." && h[1] == "CSTO" && h[2] == "ОДКБ"),
        "{hits:#?}"
    );
    // console-translate wrote the target document.
    assert!(project.join("target/a.en.txt").is_file());
}

#[test]
fn a_project_folder_that_is_a_file_is_a_one_line_error_and_the_exports_are_still_built() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("a.en.txt"), EN).unwrap();
    let project = dir.path().join("project");
    std::fs::write(&project, "a file").unwrap();
    let out = dir.path().join("out");
    let result = run(
        &["build", s(&corpus), "-o", s(&out), "--omegat", s(&project)],
        None,
    );
    assert_eq!(result.status.code(), Some(2));
    let err = String::from_utf8(result.stderr).unwrap();
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("steppe: ")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(
        errors[0].starts_with(&format!(
            "steppe: {}: cannot create the OmegaT project folder",
            s(&project.join("source"))
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&project).unwrap(), "a file");
    assert!(out.join("a.en.terms.tmx").is_file());
}
