//! Kinds and spans on composed texts (none taken from the sample article): reading lists over several
//! lines, headlines, possessive owners, duplicates of one body, honorifics, people, places, degrees.

use std::path::Path;
use steppe_doc::{Document, Lang};
use steppe_glossary::{extract, Entry, EntryKind, Glossary, Termbase};

fn glossary(text: &str) -> Glossary {
    extract(&Document::parse("composed.txt", text, Lang::En))
}

const HEADER: &str = "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n";

fn annotated(text: &str, records: &str) -> Glossary {
    let mut g = glossary(text);
    Termbase::parse(Path::new("t.tsv"), &format!("{HEADER}{records}"))
        .unwrap()
        .annotate(&mut g);
    g
}

fn terms(g: &Glossary) -> Vec<(EntryKind, &str)> {
    g.entries.iter().map(|e| (e.kind, e.term.as_str())).collect()
}

fn get<'a>(g: &'a Glossary, term: &str) -> &'a Entry {
    g.entries
        .iter()
        .find(|e| e.term == term)
        .unwrap_or_else(|| panic!("{term} not in {:?}", terms(g)))
}

#[test]
fn a_reading_list_over_several_lines_keeps_its_items_apart() {
    let g = glossary(
        "Further reading\n\n\
         Kazakhstan\n\
         John Smith\n\
         Financial Times\n\
         Central Asia Institute\n\
         Elena Petrova\n\
         Moscow Times\n",
    );
    assert_eq!(
        terms(&g),
        [
            (EntryKind::Institution, "Central Asia Institute"),
            (EntryKind::Name, "Financial Times"),
            (EntryKind::Name, "Moscow Times"),
            (EntryKind::Person, "Elena Petrova"),
            (EntryKind::Person, "John Smith"),
        ]
    );
    // wrapped prose is one paragraph whose lines reach the margin: a name may run across a line
    let g = glossary(
        "In that year the ministers of the member states signed the charter of the North Atlantic\n\
         Cooperation Council and agreed to meet again in the spring of the next year.\n",
    );
    assert_eq!(
        terms(&g),
        [(EntryKind::Institution, "North Atlantic Cooperation Council")]
    );
}

#[test]
fn a_blog_reading_list_and_author_note_give_no_junk() {
    let g = glossary(
        "Further Reading\n\n\
         Kyrgyzstan\n\
         Asel Doolotkeldieva\n\
         Russia's Eurasian Economic Union Faces New Tests\n\
         Carnegie Endowment for International Peace\n\
         Open Democracy\n\n\
         About the author: Dr. Aigerim Seitkali, Cand. Sc. (Political Science), is a Senior Fellow at the \
         Kazakhstan Institute for Strategic Studies; the EU's Global Gateway is her subject.\n",
    );
    assert_eq!(
        terms(&g),
        [
            (EntryKind::Acronym, "EU"),
            (
                EntryKind::Institution,
                "Carnegie Endowment for International Peace"
            ),
            (
                EntryKind::Institution,
                "Kazakhstan Institute for Strategic Studies"
            ),
            (EntryKind::Name, "Global Gateway"),
            (EntryKind::Name, "Open Democracy"),
            (EntryKind::Person, "Aigerim Seitkali"),
            (EntryKind::Person, "Asel Doolotkeldieva"),
            (EntryKind::Degree, "Cand. Sc."),
        ]
    );
    assert_eq!(get(&g, "Global Gateway").flags, ["owner:EU"]);
}

#[test]
fn headlines_and_titles_are_not_institutions() {
    let g = glossary(
        "Sources\n\n\
         The Great Game Returns To Central Asia\n\
         World Bank\n\n\
         See his essay Rethinking the Security Council in Context, and the Long Road From Almaty \
         To Brussels Via Moscow And Tashkent.\n",
    );
    assert_eq!(terms(&g), [(EntryKind::Institution, "World Bank")]);
}

#[test]
fn an_owner_in_the_possessive_is_not_part_of_the_name() {
    let text = "Kazakhstan joined NATO's Operational Capabilities Concept in 2005 and sent deputies to \
                the OSCE's Parliamentary Assembly.\n";
    let g = glossary(text);
    let occ = get(&g, "Operational Capabilities Concept");
    assert_eq!(occ.flags, ["owner:NATO"]);
    assert!(occ
        .variants
        .contains(&"NATO's Operational Capabilities Concept".to_owned()));
    assert_eq!(get(&g, "Parliamentary Assembly").flags, ["owner:OSCE"]);
    // with a termbase: the body's own Russian, and the owner's form where that is the body's name
    let g = annotated(
        text,
        "occ\tOCC\tOperational Capabilities Concept\t\tКонцепция оперативных возможностей\tsecurity\t\t\t\n\
         nato\tNATO\tNorth Atlantic Treaty Organization\tНАТО\t\tsecurity\t\t\t\n\
         osce-pa\tOSCE PA\tOSCE Parliamentary Assembly\tПА ОБСЕ\tПарламентская ассамблея ОБСЕ\tsecurity\t\t\t\n",
    );
    let occ = get(&g, "Operational Capabilities Concept");
    assert_eq!(occ.ru.as_deref(), Some("Концепция оперативных возможностей"));
    assert_eq!(occ.short.as_deref(), Some("OCC"));
    let pa = get(&g, "OSCE Parliamentary Assembly");
    assert_eq!(pa.ru.as_deref(), Some("Парламентская ассамблея ОБСЕ"));
    assert!(pa.variants.contains(&"Parliamentary Assembly".to_owned()));
    assert!(pa.flags.is_empty(), "{:?}", pa.flags);
}

#[test]
fn entries_for_one_body_merge_and_every_occurrence_counts() {
    let text = "The Eurasian Economic Union grew. The Energy for Growth Programme began in 2010, and the \
                Energy for Growth met its goals; the Programme ends in 2030. At the Astana summit the \
                members met, and Russia's Astana Summit is remembered. The EAEU and the post-Cold War \
                order are linked, as are the Russian Federation and Armenia.\n";
    let g = annotated(
        text,
        "eaeu\tEAEU\tEurasian Economic Union\tЕАЭС\tЕвразийский экономический союз\teconomics\t\t\t\n\
         cold-war\t\tCold War\t\tхолодная война\tpolitics\t\t\t\n",
    );
    let eaeu = get(&g, "EAEU");
    assert_eq!(
        (eaeu.count, eaeu.variants.as_slice()),
        (2, &["Eurasian Economic Union".to_owned()][..])
    );
    assert!(!g.entries.iter().any(|e| e.term == "Eurasian Economic Union"));
    let energy = get(&g, "Energy for Growth");
    assert_eq!(energy.count, 2);
    assert!(energy
        .variants
        .contains(&"Energy for Growth Programme".to_owned()));
    assert_eq!(
        get(&g, "the Programme").long.as_deref(),
        Some("Energy for Growth")
    );
    let summit = get(&g, "Astana summit");
    assert_eq!((summit.count, summit.flags[0].as_str()), (2, "owner:Russia"));
    assert_eq!(get(&g, "Cold War").count, 1, "post-Cold War");
    assert_eq!(get(&g, "Russian Federation").kind, EntryKind::Place);
}

#[test]
fn openers_and_honorifics_stay_out_of_names() {
    let g = glossary(
        "Also the European Commission objected. However, the Asian Development Bank agreed with the \
         Islamic Development Bank Mr. Madelin had named, and President Tokayev and Mr Smith spoke.\n",
    );
    assert_eq!(
        terms(&g),
        [
            (EntryKind::Institution, "Asian Development Bank"),
            (EntryKind::Institution, "European Commission"),
            (EntryKind::Institution, "Islamic Development Bank"),
            (EntryKind::Person, "Madelin"),
            (EntryKind::Person, "Smith"),
            (EntryKind::Person, "Tokayev"),
        ]
    );
    assert_eq!(get(&g, "Tokayev").variants, ["President Tokayev"]);
}

#[test]
fn people_and_places_with_cyrillic_only_for_romanised_russian_and_kazakh() {
    let text = "Nursultan Nazarbaev met Robert Simmons of the World Bank in New York, then flew over Central Asia to watch \
                the Steppe Eagle exercises with Timur Shaymergenov.\n";
    let g = annotated(text, "");
    let kinds: Vec<(EntryKind, &str)> = terms(&g);
    assert_eq!(
        kinds,
        [
            (EntryKind::Institution, "World Bank"),
            (EntryKind::Name, "Steppe Eagle"),
            (EntryKind::Person, "Nursultan Nazarbaev"),
            (EntryKind::Person, "Robert Simmons"),
            (EntryKind::Person, "Timur Shaymergenov"),
            (EntryKind::Place, "Central Asia"),
            (EntryKind::Place, "New York"),
        ]
    );
    let nazarbaev = get(&g, "Nursultan Nazarbaev");
    assert_eq!(nazarbaev.ru.as_deref(), Some("Нурсултан Назарбаев"));
    assert!(nazarbaev.flags.contains(&"ru_reverse_transliteration".to_owned()));
    assert_eq!(
        get(&g, "Timur Shaymergenov").ru.as_deref(),
        Some("Тимур Шаймергенов")
    );
    // an English name is no reverse transliteration
    for english in ["Robert Simmons", "New York"] {
        let e = get(&g, english);
        assert_eq!(e.ru, None, "{english}");
        assert!(e.flags.contains(&"no_ru".to_owned()));
    }
    let mut only = g.clone();
    only.retain_kinds(&EntryKind::TERMBASE);
    assert_eq!(
        terms(&only),
        [
            (EntryKind::Institution, "World Bank"),
            (EntryKind::Name, "Steppe Eagle")
        ]
    );
}

#[test]
fn degrees_are_a_kind_with_russian_from_the_termbase_by_short_form() {
    let text = "Ivan Petrov, D.Sc. (History), and Anna Ivanova, Cand. Sc., wrote it with Jane Doe, PhD, \
                and John Roe, M.A.; both Ph.D. holders agreed.\n";
    let g = annotated(
        text,
        "dsc\tD.Sc.\tDoctor of Sciences\t\tдоктор наук\tdegree\t\t\t\n\
         phd\tPh.D.\tDoctor of Philosophy\t\tдоктор философии (PhD)\tdegree\t\t\t\n",
    );
    let degrees: Vec<(&str, usize)> = g
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Degree)
        .map(|e| (e.term.as_str(), e.count))
        .collect();
    assert_eq!(
        degrees,
        [("Cand. Sc.", 1), ("D.Sc.", 1), ("M.A.", 1), ("Ph.D.", 2)]
    );
    assert_eq!(get(&g, "D.Sc.").ru.as_deref(), Some("доктор наук"));
    assert_eq!(get(&g, "D.Sc.").long.as_deref(), Some("Doctor of Sciences"));
    assert_eq!(get(&g, "Ph.D.").variants, ["PhD"]);
    assert!(get(&g, "Cand. Sc.").flags.contains(&"not_in_termbase".to_owned()));
    assert!(
        !g.entries.iter().any(|e| e.kind == EntryKind::Acronym),
        "degrees are no acronyms: {:?}",
        terms(&g)
    );
}
