//! Every sample pair of every scheme file passes: the iuliia suite (`data/schemes/*.json`) and ours
//! (`data/schemes/kk/*.json`), with the corrections listed in `tests/data/corrections.json`.
//!
//! Format of `corrections.json`: a list of `{scheme, lang, source, iuliia, expected, reason}`, where
//! `iuliia` is the output the scheme file gives, `expected` is what steppe writes, and `reason` is
//! `"yo"` (Latin ë for the Cyrillic ё iuliia writes: `expected` is `iuliia` with ё/Ё → ë/Ë) or
//! `"case"` (case follows the word: `expected` differs from `iuliia` only in letter case). The test
//! checks each correction against its reason, so nothing else can be changed that way.

use serde_json::Value;
use std::path::{Path, PathBuf};
use steppe_translit::{scheme, Lang};

struct Sample {
    scheme: String,
    lang: Lang,
    source: String,
    expected: String,
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/schemes")
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn samples() -> Vec<Sample> {
    let mut out = Vec::new();
    for (dir, lang) in [(data(), Lang::Ru), (data().join("kk"), Lang::Kk)] {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.retain(|p| p.extension().is_some_and(|e| e == "json"));
        files.sort();
        for path in files {
            let json = read(&path);
            let name = json["name"].as_str().unwrap();
            for pair in json["samples"].as_array().unwrap() {
                out.push(Sample {
                    scheme: name.to_string(),
                    lang,
                    source: pair[0].as_str().unwrap().to_string(),
                    expected: pair[1].as_str().unwrap().to_string(),
                });
            }
        }
    }
    out
}

#[derive(Debug)]
struct Correction {
    scheme: String,
    source: String,
    iuliia: String,
    expected: String,
    reason: String,
}

fn corrections() -> Vec<Correction> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corrections.json");
    let field = |v: &Value, k: &str| v[k].as_str().unwrap().to_string();
    read(&path)
        .as_array()
        .unwrap()
        .iter()
        .map(|v| Correction {
            scheme: field(v, "scheme"),
            source: field(v, "source"),
            iuliia: field(v, "iuliia"),
            expected: field(v, "expected"),
            reason: field(v, "reason"),
        })
        .collect()
}

/// Applies the corrections to the samples, checking that each one matches a sample and its reason.
fn corrected_samples() -> Vec<Sample> {
    let mut all = samples();
    for c in corrections() {
        match c.reason.as_str() {
            "yo" => assert_eq!(c.expected, c.iuliia.replace('ё', "ë").replace('Ё', "Ë"), "{c:?}"),
            "case" => assert_eq!(c.expected.to_lowercase(), c.iuliia.to_lowercase(), "{c:?}"),
            other => panic!("unknown reason {other:?}"),
        }
        assert_ne!(c.expected, c.iuliia, "a correction that changes nothing: {c:?}");
        let s = all
            .iter_mut()
            .find(|s| s.scheme == c.scheme && s.source == c.source && s.expected == c.iuliia)
            .unwrap_or_else(|| panic!("correction matches no sample: {c:?}"));
        s.expected = c.expected;
    }
    all
}

#[test]
fn every_sample_of_every_scheme() {
    let all = corrected_samples();
    let mut failures = Vec::new();
    for s in &all {
        let got = scheme(&s.scheme, s.lang).unwrap().transliterate(&s.source);
        if got != s.expected {
            failures.push(format!(
                "{} {}: {:?}\n  want {:?}\n  got  {:?}",
                s.scheme, s.lang, s.source, s.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} samples fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn the_suite_covers_every_scheme() {
    let all = samples();
    for s in steppe_translit::schemes() {
        assert!(
            all.iter().any(|x| x.scheme == s.name() && x.lang == s.lang()),
            "{s:?} has no samples"
        );
    }
    assert!(all.len() >= 180, "only {} samples", all.len());
}

/// Latin case mapping of a scheme: Unicode's, except the Turkic i/İ, ı/I pairs of kz_2021.
fn upper(scheme: &str, s: &str) -> String {
    if scheme == "kz_2021" {
        s.replace('i', "İ").replace('ı', "I").to_uppercase()
    } else {
        s.to_uppercase()
    }
}

fn lower(scheme: &str, s: &str) -> String {
    if scheme == "kz_2021" {
        s.replace('I', "ı").replace('İ', "i").to_lowercase()
    } else {
        s.to_lowercase()
    }
}

fn capitalise(scheme: &str, s: &str) -> String {
    let s = lower(scheme, s);
    match s.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((i, c)) => format!(
            "{}{}{}",
            &s[..i],
            upper(scheme, &c.to_string()),
            &s[i + c.len_utf8()..]
        ),
        None => s,
    }
}

fn cyrillic_letters(s: &str) -> usize {
    s.chars()
        .filter(|c| ('\u{400}'..'\u{530}').contains(c) && c.is_alphabetic())
        .count()
}

/// Case follows the word, checked on every word of every sample in lower case, Capitalised and (for
/// words of two or more letters) ALL-CAPS, against the published output recased the same way.
#[test]
fn case_follows_the_word_in_every_scheme() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for s in corrected_samples() {
        let sch = scheme(&s.scheme, s.lang).unwrap();
        let src: Vec<&str> = s.source.split(' ').collect();
        let exp: Vec<&str> = s.expected.split(' ').collect();
        assert_eq!(src.len(), exp.len(), "{} {:?}", s.scheme, s.source);
        for (w, e) in src.iter().zip(&exp) {
            if cyrillic_letters(w) == 0 {
                continue;
            }
            let mut cases = vec![
                (w.to_lowercase(), lower(&s.scheme, e)),
                (capitalise("", w), capitalise(&s.scheme, e)),
            ];
            if cyrillic_letters(w) >= 2 {
                cases.push((w.to_uppercase(), upper(&s.scheme, e)));
            }
            for (input, want) in cases {
                checked += 1;
                let got = sch.transliterate(&input);
                if got != want {
                    failures.push(format!("{}: {input:?} → {got:?}, want {want:?}", s.scheme));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 1500, "only {checked} words checked");
}

/// The iuliia files are kept verbatim (corrections live in `data/steppe-patches.json`), so that they
/// can be updated from upstream: compare with the reference copy when it is present.
#[test]
fn iuliia_files_are_verbatim() {
    let reference = steppe_test_support::shared_reference("iuliia");
    let Some(reference) = steppe_test_support::require_file("../shared/reference/iuliia", &reference) else {
        return;
    };
    let mut compared = 0;
    for entry in std::fs::read_dir(&reference).unwrap() {
        let path = entry.unwrap().path();
        let ours = data().join(path.file_name().unwrap());
        assert_eq!(
            std::fs::read(&path).unwrap(),
            std::fs::read(&ours).unwrap(),
            "{}",
            ours.display()
        );
        compared += 1;
    }
    assert_eq!(compared, 30, "28 schemes, schema.jsd, LICENSE");
}
