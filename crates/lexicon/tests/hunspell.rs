//! Agreement with the `hunspell` command on the same dictionary (the shipped sources): every form
//! the expansion writes is accepted by hunspell, and on composed candidates (forms and their
//! romanisation misreadings) [`Lexicon::check`] says what hunspell says.
//!
//! Needs `hunspell`: skipped when it is missing, unless `STEPPE_REQUIRE_INTEROP=1` (`steppe-test-support`).

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use steppe_lexicon::hunspell::{parse_dic, AffixFile};
use steppe_lexicon::Lexicon;
use steppe_test_support::{require_tool, stdout_with_stdin};

/// The words `hunspell -l` rejects among `words`, or `None` (after a skip line) when hunspell is missing.
fn hunspell_rejects(words: &[String]) -> Option<HashSet<String>> {
    let hunspell = require_tool("hunspell", &["--version"])?;
    let dict = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hunspell-ru/ru_RU");
    let input = words.join("\n") + "\n";
    let out = stdout_with_stdin(
        Command::new(hunspell)
            .args(["-i", "UTF-8", "-l", "-d"])
            .arg(&dict),
        &input,
    );
    Some(out.lines().map(str::to_string).collect())
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
