//! Hostile and unlucky input through every text command: a word longer than any word, a long line
//! of one letter or of `shch`, deep brackets. Each command must finish and keep the shape of its
//! output (one line out per line in, the long word left as written); the engine's tests
//! (`crates/translit/tests/linear.rs`) check that the work is linear. Also the smaller points of
//! issue 11: `detect` ties, the direction of `--explain` scores, and what `names` calls a name.

use crate::util::{run, run_ok};

/// A word of `shch` far longer than any word (`MAX_WORD_LETTERS` is 64).
fn long_shch() -> String {
    "shch".repeat(20_000)
}

/// Three lines: text, a long line (a word of 80,000 letters between words), text.
fn hostile_lines() -> String {
    format!(
        "Tsentral'naia Azia\nNATO v {} i v Rossii ((((((((((Azia))))))))))\nmirovoy politologii\n",
        long_shch()
    )
}

#[test]
fn cyrillic_leaves_an_overlong_word_as_written_one_line_per_line() {
    let input = hostile_lines();
    let out = run_ok(&["cyrillic"], Some(input.as_bytes()));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "one line out per line in");
    assert_eq!(lines[0], "Центральная Азия");
    assert!(
        lines[1].contains(&long_shch()) && lines[1].contains("Росси"),
        "{}",
        &lines[1][..40]
    );
    assert_eq!(lines[2], "мировой политологии");
}

#[test]
fn cyrillic_explain_says_why_an_overlong_word_stays() {
    let word = "a".repeat(65);
    let out = run_ok(&["cyrillic", "--explain", &format!("Rossiia {word}")], None);
    assert!(
        out.contains("[TooLong: longer than 64 letters, no word: left as written]"),
        "{out}"
    );
    assert!(out.starts_with(&format!("Россия {word}\n")), "{out}");
}

#[test]
fn cyrillic_explain_says_which_way_scores_go() {
    let out = run_ok(&["cyrillic", "--explain", "Rossiia"], None);
    assert!(out.contains("scores, lower is better: россия"), "{out}");
    let help = run_ok(&["cyrillic", "--help"], None);
    assert!(help.contains("lower is better"), "{help}");
}

#[test]
fn key_and_detect_finish_on_an_overlong_word_one_line_per_line() {
    let input = hostile_lines();
    let keys = run_ok(&["key"], Some(input.as_bytes()));
    assert_eq!(keys.lines().count(), 3);
    // The key of a word no reading fits is its own letters folded (doubles made single).
    assert!(keys.lines().nth(1).unwrap().contains(&long_shch()));
    let detected = run_ok(&["detect", "--format", "json"], Some(input.as_bytes()));
    assert_eq!(detected.lines().count(), 3, "one report per line");
    let line: serde_json::Value = serde_json::from_str(detected.lines().nth(1).unwrap()).unwrap();
    let evidence = line["detection"]["evidence"].to_string();
    assert!(
        evidence.contains("not read: shchshchshch… (80000 letters, longer than any word)"),
        "{evidence}"
    );
}

#[test]
fn names_and_refs_finish_on_a_long_line_of_one_letter() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let text = format!("{}\nNazarbaev i Nazarbayev\n", "a".repeat(2_000_000));
    std::fs::write(&path, &text).unwrap();
    let path = path.to_str().unwrap();
    let names = run_ok(&["names", path], None);
    assert!(names.starts_with("2\tname\tNazarbaev\t"), "{names}");
    assert!(!names.contains("aaaa"), "{names}");
    let refs = run_ok(&["refs", path], None);
    assert!(!refs.contains("aaaa"), "{refs}");
}

#[test]
fn segment_glossary_align_and_build_finish_on_a_long_line_of_shch() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let path = corpus.join("long.en.txt");
    std::fs::write(&path, format!("The NATO summit. {} end.\n", long_shch())).unwrap();
    let path = path.to_str().unwrap();
    let segments = run_ok(&["segment", path], None);
    assert!(segments.contains(&long_shch()), "the long word passes through");
    run_ok(&["glossary", path], None);
    let aligned = run_ok(&["align", "--format", "tsv", path, path], None);
    assert!(aligned.contains(&long_shch()));
    let out = dir.path().join("out");
    run_ok(
        &["build", corpus.to_str().unwrap(), "-o", out.to_str().unwrap()],
        None,
    );
    assert!(out.join("long.en.glossary.tbx").exists());
}

#[test]
fn lexicon_check_answers_no_for_an_overlong_word() {
    let word = "щ".repeat(100_000);
    let out = run(&["lexicon", "check"], Some(format!("{word}\nщи\n").as_bytes()));
    assert_eq!(out.status.code(), Some(1), "one word unknown");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(
        text.ends_with("щи\tyes\tcommon\n"),
        "{}",
        &text[text.len() - 30..]
    );
}

#[test]
fn detect_text_output_never_cuts_a_tie() {
    // `ia` for я, twice: six schemes fit both words, the others one.
    let out = run_ok(&["detect", "Istoriia Rossii"], None);
    let head = out.lines().next().unwrap();
    for scheme in [
        "ala_lc",
        "ala_lc_alt",
        "gost_52535",
        "icao_doc_9303",
        "mvd_310_fr",
        "telegram",
    ] {
        assert!(head.contains(&format!("{scheme} 2/2")), "{head}");
    }
    assert!(head.ends_with("and 20 more with fewer words"), "{head}");
    let help = run_ok(&["detect", "--help"], None);
    assert!(help.contains("tied with the fifth"), "{help}");
}

#[test]
fn names_leaves_out_inflected_common_words_and_joins_surname_forms() {
    let out = run_ok(
        &["names", "-"],
        Some(
            "Poslanie Presidenta Respubliki Kazakhstan N. Nazarbaeva.\n\
             President Nazarbaev spoke with Nazarbayev; Marina Ivanova.\n"
                .as_bytes(),
        ),
    );
    let names: Vec<&str> = out
        .lines()
        .filter(|l| l.split('\t').nth(1) == Some("name"))
        .collect();
    assert!(
        names
            .iter()
            .all(|l| !l.contains("Presidenta") && !l.contains("Respubliki")),
        "{out}"
    );
    // One cluster holds the surname, its spellings and its inflected form (ties: first seen).
    let nazarbaev = names
        .iter()
        .find(|l| l.contains("Nazarbaev (1)"))
        .expect("Nazarbaev");
    assert!(
        nazarbaev.starts_with("3\t")
            && nazarbaev.contains("Nazarbaeva (1)")
            && nazarbaev.contains("Nazarbayev (1)"),
        "{out}"
    );
    // A feminine form whose surname is not in the text stays as it is.
    assert!(names.iter().any(|l| l.contains("\tIvanova\t")), "{out}");
}
