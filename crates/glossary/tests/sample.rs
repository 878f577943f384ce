//! Extraction on the sample article, checked against the expected facts in
//! `tests/fixtures/seed-gold.json` (a copy of the shared spec): every acronym with its long form where the
//! text defines it, the EAPS/EASP slip, at least 90 % of the institutions, the aliases.

use serde_json::Value;
use std::path::Path;
use steppe_doc::{Document, Lang};
use steppe_glossary::{extract, Entry, EntryKind, Glossary, INCONSISTENT_SHORT_FORM};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn gold() -> Value {
    steppe_test_support::seed_gold()
}

fn glossary() -> Glossary {
    let path = root().join("corpus/shaymergenov-2008-nato-central-asia.en.txt");
    let text = std::fs::read_to_string(&path).expect("the sample article");
    extract(&Document::parse("sample.en.txt", &text, Lang::En))
}

fn find<'a>(g: &'a Glossary, kind: EntryKind, term: &str) -> Option<&'a Entry> {
    g.entries.iter().find(|e| e.kind == kind && e.term == term)
}

#[test]
fn every_gold_acronym_is_found_with_its_long_form_when_defined() {
    let g = glossary();
    for a in gold()["acronyms"].as_array().unwrap() {
        let short = a["short"].as_str().unwrap();
        let entry = find(&g, EntryKind::Acronym, short).unwrap_or_else(|| panic!("{short} not found"));
        let defined = a["defined_in_text"].as_bool().unwrap();
        assert_eq!(entry.defined_in_text, defined, "{short}");
        if defined {
            assert_eq!(entry.long.as_deref(), a["long"].as_str(), "{short}");
        } else if short != "EASP" {
            assert_eq!(
                entry.long, None,
                "{short}: long forms of undefined acronyms come from the termbase"
            );
        }
        assert!(entry.count >= 1 && !entry.contexts.is_empty() && entry.contexts.len() <= 3);
        assert!(entry.ru.is_none());
    }
}

#[test]
fn first_offsets_point_at_the_term_in_the_source() {
    let path = root().join("corpus/shaymergenov-2008-nato-central-asia.en.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let g = glossary();
    for short in ["NACC", "CSTO", "U.N.", "Kazbat", "NAMSO"] {
        let e = find(&g, EntryKind::Acronym, short).unwrap();
        assert!(
            text[e.first_offset..].starts_with(short),
            "{short} at {}",
            e.first_offset
        );
        assert_eq!(e.first_offset, text.find(short).unwrap(), "{short}");
    }
    let alliance = find(&g, EntryKind::Alias, "the Alliance").unwrap();
    assert!(text[alliance.first_offset..]
        .to_lowercase()
        .starts_with("the alliance"));
}

#[test]
fn eaps_and_easp_are_flagged_as_one_body() {
    let g = glossary();
    let pairs = &gold()["acronym_inconsistencies"];
    for pair in pairs.as_array().unwrap() {
        let [a, b] = [pair[0].as_str().unwrap(), pair[1].as_str().unwrap()];
        for (x, y) in [(a, b), (b, a)] {
            let e = find(&g, EntryKind::Acronym, x).unwrap();
            assert!(
                e.flags.iter().any(|f| f == INCONSISTENT_SHORT_FORM),
                "{x}: {:?}",
                e.flags
            );
            assert!(e.variants.iter().any(|v| v == y), "{x}: {:?}", e.variants);
        }
    }
    let easp = find(&g, EntryKind::Acronym, "EASP").unwrap();
    assert_eq!(easp.long.as_deref(), Some("Euro-Atlantic Partnership Council"));
    let flagged = g
        .entries
        .iter()
        .filter(|e| e.flags.iter().any(|f| f == INCONSISTENT_SHORT_FORM))
        .count();
    assert_eq!(flagged, 2, "only EAPS and EASP");
}

#[test]
fn at_least_ninety_percent_of_gold_institutions_are_found() {
    let g = glossary();
    let names: Vec<String> = g
        .entries
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Institution | EntryKind::Name))
        .flat_map(|e| std::iter::once(&e.term).chain(&e.variants))
        .map(|s| s.to_lowercase())
        .collect();
    let gold = gold();
    let all = gold["institutions"].as_array().unwrap();
    let missing: Vec<&str> = all
        .iter()
        .map(|i| i["en"].as_str().unwrap())
        .filter(|n| !names.contains(&n.to_lowercase()))
        .collect();
    let found = all.len() - missing.len();
    assert!(
        found * 10 >= all.len() * 9,
        "found {found} of {}; missing {missing:?}",
        all.len()
    );
}

#[test]
fn nested_and_possessive_institutions() {
    let g = glossary();
    let academy = "Diplomatic Academy of the Ministry of Foreign Affairs of the Russian Federation";
    assert!(find(&g, EntryKind::Institution, academy).is_some());
    assert!(find(
        &g,
        EntryKind::Institution,
        "Ministry of Foreign Affairs of the Russian Federation"
    )
    .is_some());
    // an owner in the possessive is not part of the name (the termbase may give the owner's form back)
    let assembly = find(&g, EntryKind::Institution, "Parliamentary Assembly").unwrap();
    assert!(assembly
        .variants
        .iter()
        .any(|v| v == "NATO's Parliamentary Assembly"));
    for name in ["Planning and Review Process", "Operational Capabilities Concept"] {
        let e = find(&g, EntryKind::Institution, name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(e.flags, ["owner:NATO"], "{name}");
    }
    // a long form the text defines is listed under its acronym, not twice
    assert!(find(&g, EntryKind::Institution, "North Atlantic Cooperation Council").is_none());
}

/// The sample's glossary with the project's termbase, as `steppe glossary` makes it.
fn annotated() -> Glossary {
    let mut g = glossary();
    steppe_glossary::Termbase::load(&root().join("corpus/termbase.tsv"))
        .unwrap()
        .annotate(&mut g);
    g
}

#[test]
fn every_body_once_with_every_occurrence_counted() {
    let g = annotated();
    let holding = |term: &str| -> Vec<&Entry> {
        g.entries
            .iter()
            .filter(|e| e.term == term || e.variants.iter().any(|v| v == term))
            .collect()
    };
    for (term, main) in [
        ("Partnership for Peace Program", "Partnership for Peace"),
        ("European Union", "EU"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("NATO's Riga Summit", "Riga summit"),
        ("United States", "U.S."),
    ] {
        let found = holding(term);
        assert_eq!(
            found.len(),
            1,
            "{term}: {:?}",
            found.iter().map(|e| &e.term).collect::<Vec<_>>()
        );
        assert_eq!(found[0].term, main, "{term}");
    }
    let find_any = |term: &str| {
        g.entries
            .iter()
            .find(|e| e.term == term)
            .unwrap_or_else(|| panic!("{term}"))
    };
    // `post-Cold War` counts for the Cold War; `the United States and Kyrgyzstan` for the United States
    assert_eq!(find_any("Cold War").count, 2);
    assert_eq!(find_any("U.S.").count, 2 + 7);
    assert_eq!(find_any("Partnership for Peace").count, 6);
    // the body, not the owner's composed form, and its Russian from its own record
    let occ = find_any("Operational Capabilities Concept");
    assert_eq!(occ.ru.as_deref(), Some("Концепция оперативных возможностей"));
    assert!(!occ.flags.iter().any(|f| f == "ru_composed"), "{:?}", occ.flags);
    assert_eq!(
        find_any("NATO Parliamentary Assembly").kind,
        EntryKind::Institution
    );
    // people and places are kinds of their own
    assert_eq!(find_any("New York").kind, EntryKind::Place);
    assert_eq!(find_any("Central Asia").kind, EntryKind::Place);
    assert_eq!(find_any("Robert Simmons").kind, EntryKind::Person);
    let nazarbaev = find_any("Nazarbaev");
    assert_eq!(
        (nazarbaev.kind, nazarbaev.ru.as_deref()),
        (EntryKind::Person, Some("Назарбаев"))
    );
    assert!(nazarbaev.flags.iter().any(|f| f == "ru_reverse_transliteration"));
}

#[test]
fn the_alliance_is_nato_and_brussels_a_metonym() {
    let g = glossary();
    for alias in gold()["aliases"].as_array().unwrap() {
        let term = alias["alias"].as_str().unwrap();
        let e = find(&g, EntryKind::Alias, term).unwrap_or_else(|| panic!("{term} not found"));
        assert_eq!(e.long.as_deref(), alias["of"].as_str(), "{term}");
        let metonym = alias.get("note").and_then(Value::as_str) == Some("metonymy");
        assert_eq!(e.flags.iter().any(|f| f == "metonym"), metonym, "{term}");
    }
}

#[test]
fn entries_are_sorted_and_roman_numerals_headings_and_initials_left_out() {
    let g = glossary();
    let keys: Vec<(EntryKind, &str)> = g.entries.iter().map(|e| (e.kind, e.term.as_str())).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for noise in ["II", "PROBLEMS", "SHAYMERGENOV", "A.P.", "K.K.", "THE"] {
        assert!(!g.entries.iter().any(|e| e.term == noise), "{noise}");
    }
}
