//! Agreement with the `hunspell` command on the same dictionary (the shipped sources): every form
//! the expansion writes is accepted by hunspell, and on composed candidates (forms and their
//! romanisation misreadings) [`Lexicon::check`] says what hunspell says.
//!
//! Needs `hunspell`: skipped when it is missing, unless `STEPPE_REQUIRE_INTEROP` is set.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use steppe_lexicon::hunspell::{parse_dic, AffixFile};
use steppe_lexicon::Lexicon;

/// The words `hunspell -l` rejects among `words`, or `None` when hunspell cannot run.
fn hunspell_rejects(words: &[String]) -> Option<std::collections::HashSet<String>> {
    let dict = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hunspell-ru/ru_RU");
    let child = Command::new("hunspell")
        .args(["-i", "UTF-8", "-l", "-d"])
        .arg(&dict)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if std::env::var_os("STEPPE_REQUIRE_INTEROP").is_some() => panic!("hunspell: {e}"),
        Err(e) => {
            println!("skipping: hunspell not runnable ({e})");
            return None;
        }
    };
    let mut stdin = child.stdin.take().unwrap();
    let input = words.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success(), "hunspell failed");
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

/// Forms of every 401st stem of the shipped dictionary.
fn sample_forms() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hunspell-ru");
    let (aff_path, dic_path) = (dir.join("ru_RU.aff"), dir.join("ru_RU.dic"));
    let aff = AffixFile::parse(&aff_path, &std::fs::read_to_string(&aff_path).unwrap()).unwrap();
    let stems = parse_dic(&dic_path, &std::fs::read_to_string(&dic_path).unwrap(), &aff).unwrap();
    let mut forms = Vec::new();
    for stem in stems.iter().step_by(401) {
        aff.expand(stem, &mut |f| forms.push(f.to_string()));
    }
    forms.sort();
    forms.dedup();
    forms
}

#[test]
fn every_expanded_form_is_accepted_by_hunspell() {
    let forms = sample_forms();
    assert!(forms.len() > 3000, "{}", forms.len());
    let Some(rejected) = hunspell_rejects(&forms) else {
        return;
    };
    assert!(
        rejected.is_empty(),
        "hunspell rejects {} forms, e.g. {:?}",
        rejected.len(),
        rejected.iter().next()
    );
}

#[test]
fn check_agrees_with_hunspell_on_candidates() {
    // Misreadings a reverse transliteration produces: е/э, и/й, ы/и, ц/тс, я/ия, dropped ь.
    const SWAPS: &[(&str, &str)] = &[
        ("е", "э"),
        ("и", "й"),
        ("й", "и"),
        ("ы", "и"),
        ("ц", "тс"),
        ("я", "ия"),
        ("ь", ""),
    ];
    let mut words = Vec::new();
    for form in sample_forms() {
        for (from, to) in SWAPS {
            if form.contains(from) {
                words.push(form.replacen(from, to, 1));
            }
        }
        words.push(form.to_lowercase());
        words.push(form);
    }
    words.retain(|w| !w.contains(['ё', 'Ё']));
    words.sort();
    words.dedup();
    let Some(rejected) = hunspell_rejects(&words) else {
        return;
    };
    let lex = Lexicon::embedded();
    let disagree: Vec<&String> = words
        .iter()
        .filter(|w| lex.check(w) == rejected.contains(*w))
        .collect();
    assert!(
        rejected.len() > words.len() / 3,
        "too few negatives to mean anything"
    );
    assert!(
        disagree.is_empty(),
        "{} of {} disagree, e.g. {:?}",
        disagree.len(),
        words.len(),
        &disagree[..5.min(disagree.len())]
    );
}
