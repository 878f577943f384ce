//! Extraction on short texts composed for each pattern (none taken from the sample article).

use steppe_doc::{Document, Lang};
use steppe_glossary::{extract, find_acronym_pairs, Entry, EntryKind, Glossary, INCONSISTENT_SHORT_FORM};

fn glossary(text: &str) -> Glossary {
    extract(&Document::parse("composed.txt", text, Lang::En))
}

fn entry<'a>(g: &'a Glossary, kind: EntryKind, term: &str) -> &'a Entry {
    g.entries
        .iter()
        .find(|e| e.kind == kind && e.term == term)
        .unwrap_or_else(|| {
            panic!(
                "{term} not found in {:?}",
                g.entries.iter().map(|e| &e.term).collect::<Vec<_>>()
            )
        })
}

fn has(g: &Glossary, term: &str) -> bool {
    g.entries.iter().any(|e| e.term == term)
}

#[test]
fn pairs_in_every_shape() {
    let cases = [
        ("Talks began within the Conference on Interaction and Confidence-Building Measures in Asia (CICA).", "CICA", "Conference on Interaction and Confidence-Building Measures in Asia"),
        ("Armenia joined the EAEU (Eurasian Economic Union) in 2015.", "EAEU", "Eurasian Economic Union"),
        ("Trade grew in the Eurasian Economic Community (EurAsEC) after 2001.", "EurAsEC", "Eurasian Economic Community"),
        ("Delegates came from the Group of Twenty (G-20) states.", "G-20", "Group of Twenty"),
        ("It was signed at the United Nations (U.N.) headquarters.", "U.N.", "United Nations"),
        ("Several international non-governmental organizations (INGOs) objected.", "INGOs", "international non-governmental organizations"),
        ("Kyrgyzstan sent the Collective Rapid Reaction Forces' Kyrgyz Battalion (Kyrbat) south.", "Kyrbat", "Kyrgyz Battalion"),
        ("Bishkek signed with NATO's Science for Peace and Security Programme (SPS) in 2003.", "SPS", "Science for Peace and Security Programme"),
        ("The Council approved it. CAREC (Central Asia Regional Economic Cooperation) lends.", "CAREC", "Central Asia Regional Economic Cooperation"),
        ("Kazakhstan chaired the Commonwealth of Independent States (CIS) summit.", "CIS", "Commonwealth of Independent States"),
    ];
    for (text, short, long) in cases {
        let pairs = find_acronym_pairs(text);
        assert_eq!(pairs.len(), 1, "{text}: {pairs:?}");
        assert_eq!(
            (pairs[0].short.as_str(), pairs[0].long.as_str()),
            (short, long),
            "{text}"
        );
    }
}

#[test]
fn defined_and_undefined_acronyms_in_a_document() {
    let g = glossary(
        "THE EURASIAN SECURITY MAP\n\n\
         Russia's Collective Security Treaty Organization (CSTO) held drills. The CSTO and the SCO \
         met twice, and the EAEU watched. See Part III of the report. It was NOT a treaty, and not a pact.\n",
    );
    let csto = entry(&g, EntryKind::Acronym, "CSTO");
    assert_eq!(
        csto.long.as_deref(),
        Some("Collective Security Treaty Organization")
    );
    assert!(csto.defined_in_text);
    assert_eq!(csto.count, 2);
    let sco = entry(&g, EntryKind::Acronym, "SCO");
    assert!(!sco.defined_in_text && sco.long.is_none());
    assert!(has(&g, "EAEU"));
    for noise in ["III", "NOT", "THE", "EURASIAN", "MAP"] {
        assert!(!has(&g, noise), "{noise}");
    }
}

#[test]
fn one_short_form_two_long_forms() {
    let g = glossary(
        "The Collective Security Council (CSC) met in May.\n\nLater the Civil Service College (CSC) trained staff.\n",
    );
    let csc = entry(&g, EntryKind::Acronym, "CSC");
    assert_eq!(csc.long.as_deref(), Some("Collective Security Council"));
    assert!(csc.flags.iter().any(|f| f == "inconsistent_long_form"));
    assert_eq!(csc.variants, ["Civil Service College"]);
}

#[test]
fn one_long_form_two_short_forms_and_a_misspelt_one() {
    let g = glossary(
        "The Organization for Security and Cooperation in Europe (OSCE) sent observers. Its rival text \
         names the Organization for Security and Cooperation in Europe (OSZE) too.\n\n\
         The Shanghai Cooperation Organization (SCO) was founded in 2001. By 2007 the SOC had six members.\n",
    );
    for (a, b) in [("OSCE", "OSZE"), ("OSZE", "OSCE"), ("SCO", "SOC"), ("SOC", "SCO")] {
        let e = entry(&g, EntryKind::Acronym, a);
        assert!(
            e.flags.iter().any(|f| f == INCONSISTENT_SHORT_FORM),
            "{a}: {:?}",
            e.flags
        );
        assert!(e.variants.iter().any(|v| v == b), "{a}: {:?}", e.variants);
    }
    let soc = entry(&g, EntryKind::Acronym, "SOC");
    assert_eq!(soc.long.as_deref(), Some("Shanghai Cooperation Organization"));
    assert!(!soc.defined_in_text);
}

#[test]
fn institutions_nested_possessive_programmes_and_summits() {
    let g = glossary(
        "He studied at the Higher School of the Ministry of Defence of the Republic of Uzbekistan in Tashkent.\n\n\
         Observers from the OSCE's Permanent Council came to the Dushanbe summit, and Energy for Growth \
         was launched with the Asian Development Bank.\n",
    );
    for name in [
        "Higher School of the Ministry of Defence of the Republic of Uzbekistan",
        "Ministry of Defence of the Republic of Uzbekistan",
        "Permanent Council",
        "Dushanbe summit",
        "Energy for Growth",
        "Asian Development Bank",
    ] {
        entry(&g, EntryKind::Institution, name);
    }
    // the owner in the possessive is not part of the name
    let council = entry(&g, EntryKind::Institution, "Permanent Council");
    assert_eq!(
        council.variants,
        ["OSCE's Permanent Council", "OSCE Permanent Council"]
    );
    assert_eq!(council.flags, ["owner:OSCE"]);
}

#[test]
fn aliases_and_metonyms() {
    let g = glossary(
        "The Shanghai Cooperation Organization (SCO) was founded in 2001. The Collective Security Treaty \
         Organization (CSTO) is older. Moscow insists that the CSTO comes first. Since then the Organization \
         has set up rapid reaction forces.\n\n\
         Beijing has welcomed the change. Delegates flew to Beijing on Monday. It is NOT clear why.\n",
    );
    // the latest body called an Organization before it, by name or by an acronym's long form
    let alias = entry(&g, EntryKind::Alias, "the Organization");
    assert_eq!(alias.long.as_deref(), Some("CSTO"));
    let moscow = entry(&g, EntryKind::Alias, "Moscow");
    assert_eq!(
        (moscow.long.as_deref(), moscow.flags.as_slice()),
        (Some("Russia"), &["metonym".to_owned()][..])
    );
    assert!(!has(&g, "NOT"), "a word in capitals for emphasis");
    assert!(alias.flags.is_empty());
    let beijing = entry(&g, EntryKind::Alias, "Beijing");
    assert_eq!(beijing.long.as_deref(), Some("China"));
    assert_eq!(beijing.flags, ["metonym"]);
    assert_eq!(beijing.count, 1, "'flew to Beijing' is a place, not a metonym");
}
