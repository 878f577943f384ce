//! `steppe segment`.

use crate::util::{run, run_ok, SAMPLE};

#[test]
fn help_and_version() {
    let help = run_ok(&["--help"], None);
    assert!(help.contains("segment"));
    let version = run_ok(&["--version"], None);
    assert!(version.starts_with("steppe "));
}

#[test]
fn json_on_stdin_has_sentences() {
    let out = run_ok(
        &["segment", "--format", "json", "-"],
        Some(b"One here. Two there.\n"),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(v["sentences"][1]["text"], "Two there.");
}

#[test]
fn missing_file_is_one_line_error() {
    let out = run(&["segment", "no/such/file.txt"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/file.txt"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn invalid_utf8_names_offset() {
    let out = run(&["segment", "-"], Some(b"abc\xff def"));
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("byte 3"), "{err}");
}

#[test]
fn sample_article_segments() {
    let out = run_ok(&["segment", "--format", "json", SAMPLE], None);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!v["paragraphs"].as_array().unwrap().is_empty());
}

fn sample_json() -> serde_json::Value {
    let out = run_ok(&["segment", "--format", "json", SAMPLE], None);
    serde_json::from_str(&out).unwrap()
}

fn texts<'a>(v: &'a serde_json::Value, key: &str) -> Vec<&'a str> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["text"].as_str().unwrap())
        .collect()
}

#[test]
fn sample_footnotes_once_each_with_ibidem_resolved() {
    let v = sample_json();
    let notes = v["footnotes"].as_array().unwrap();
    let numbers: Vec<u64> = notes.iter().map(|n| n["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<u64>>());
    for note in notes {
        let n = note["number"].as_u64().unwrap();
        let expected = match n {
            3 => Some(2),
            11 => Some(10),
            14 => Some(13),
            _ => None,
        };
        assert_eq!(note["resolved_from"].as_u64(), expected, "note {n}");
        assert_eq!(note["markers"].as_array().unwrap().len(), 1, "note {n}");
    }
    // Note 6 is printed twice (once glued to note 5): one copy kept, the complete one.
    assert!(notes[5]["text"]
        .as_str()
        .unwrap()
        .ends_with("No. 2, April-June 2007."));
    assert!(notes[4]["text"]
        .as_str()
        .unwrap()
        .ends_with("KISI, Almaty, 2006, p. 147."));
    // Note 9's marker is a plain digit: `foothold.9`.
    let source = std::fs::read_to_string(crate::util::root().join(SAMPLE)).unwrap();
    let at = notes[8]["markers"][0].as_u64().unwrap() as usize;
    assert_eq!(&source[at - 9..at + 1], "foothold.9");
}

#[test]
fn sample_has_no_running_heads_or_page_numbers() {
    let v = sample_json();
    for key in ["paragraphs", "sentences"] {
        for text in texts(&v, key) {
            for head in ["2(50)", "62 ·", "_____", "·", " 72 "] {
                assert!(!text.contains(head), "{key}: {head:?} in {text:?}");
            }
            assert!(
                !text.contains(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']),
                "{text}"
            );
        }
    }
    let kinds: Vec<&str> = v["repairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.iter().filter(|k| **k == "running_head").count(), 3);
    assert_eq!(kinds.iter().filter(|k| **k == "page_number").count(), 2);
}

#[test]
fn sample_sentences_and_repairs() {
    let v = sample_json();
    let sentences = texts(&v, "sentences");
    for s in &sentences {
        assert!(
            !s.ends_with("U.S.") && !s.ends_with("K.K.") && !s.ends_with("U.N."),
            "{s}"
        );
    }
    assert!(sentences.contains(
        &"Financial aid to Uzbekistan was discontinued as soon as the U.S. and NATO pulled out of its territory."
    ));
    assert!(v["footnotes"][12]["text"]
        .as_str()
        .unwrap()
        .starts_with("See: K.K. Tokaev, Pod stiagom"));
    let paragraphs = texts(&v, "paragraphs");
    let all = paragraphs.join("\n");
    assert!(paragraphs
        .iter()
        .any(|p| p.starts_with("Since the 1990s, Central Asia has been steadily moving")));
    for fixed in [
        "even to the slightest degree",
        "the Alliance's military-political strategy",
        "a meeting of the NATO-Kazakhstan Military-Political Committee",
        "in the Euro-Atlantic zone",
        "two pro-NATO states",
        "split the region into pro- and anti-NATO groups",
        // Paragraphs broken by a page of footnotes are whole again.
        "the tactical or even strategic disagreements among the Alliance's leaders notwithstanding",
        "in the zone of their natural interests. This will allow it",
        "The document was handed to the NATO Secretary-General at the regular meeting",
        "they should cooperate—otherwise regional tension will persist.",
    ] {
        assert!(all.contains(fixed), "{fixed}");
    }
    assert!(!all.contains("militarypolitical") && !all.contains("slight-est") && !all.contains("NATO- K"));
}

#[test]
fn sample_offsets_point_into_the_source() {
    let v = sample_json();
    let source = std::fs::read_to_string(crate::util::root().join(SAMPLE)).unwrap();
    for s in v["sentences"].as_array().unwrap() {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let text = s["text"].as_str().unwrap();
        let last = text.split_whitespace().last().unwrap();
        assert!(source[start..end].ends_with(last), "{text}");
    }
    for r in v["repairs"].as_array().unwrap() {
        let at = r["offset"].as_u64().unwrap() as usize;
        assert!(source[at..].starts_with(r["original"].as_str().unwrap()), "{r}");
    }
}

#[test]
fn invalid_utf8_file_is_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    std::fs::write(&path, b"Good line.\nbad \xC3\x28 byte\n").unwrap();
    let out = run(&["segment", path.to_str().unwrap()], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.txt") && err.contains("byte 15") && err.contains("line 2"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn russian_text_on_stdin() {
    let input = "сле 1991 г. Казахстан вырос, т. е. окреп. После этого — рост.¹\n\n— 12 —\n\n¹ Там же.\n";
    let out = run_ok(
        &["segment", "--lang", "ru", "--format", "json", "-"],
        Some(input.as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        texts(&v, "sentences"),
        [
            "После 1991 г. Казахстан вырос, т. е. окреп.",
            "После этого — рост."
        ]
    );
    assert_eq!(v["footnotes"][0]["text"], "Там же.");
    assert_eq!(
        v["repairs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["kind"] == "page_number")
            .count(),
        1
    );
}

#[test]
fn text_output_lists_repairs() {
    let out = run_ok(
        &["segment", "--repairs", "-"],
        Some("The slight-\nest doubt.\n".as_bytes()),
    );
    assert!(out.starts_with("The slightest doubt.\n"), "{out}");
    assert!(
        out.contains("split_word\t\"slight-\\nest\" -> \"slightest\""),
        "{out}"
    );
}

#[test]
fn language_is_detected_by_default() {
    // `г.` is a Russian abbreviation: with the language guessed, the sentence does not end there.
    let input = "Это было в 1991 г. Казахстан стал независимым. Потом всё изменилось.\n";
    let out = run_ok(&["segment", "--format", "json", "-"], Some(input.as_bytes()));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        texts(&v, "sentences"),
        [
            "Это было в 1991 г. Казахстан стал независимым.",
            "Потом всё изменилось."
        ]
    );
    let out = run_ok(
        &["segment", "--lang", "en", "--format", "json", "-"],
        Some(input.as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 3);
}

#[test]
fn empty_document_is_one_line_error() {
    let out = run(&["segment", "-"], Some(b"\n  \n"));
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end(), "steppe: <stdin>: empty document");
}
