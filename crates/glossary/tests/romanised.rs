//! Romanised Russian acronyms (`SShA`, `SSSR`) in an English text composed for the purpose: flagged
//! with their Cyrillic, in the model and in every export, while English acronyms are left alone.

use std::path::Path;
use steppe_doc::{Document, Lang};
use steppe_glossary::{extract, write_csv, write_tbx, write_tsv, Entry, Glossary, Termbase};

const TEXT: &str = "After the breakup of the SSSR the IMF lent to every new state, and NATO offered \
    partnership. Moscow papers cast the SShA as the rival of the SSSR's heirs, and the MID agreed.\n";

const TERMBASE: &str = "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
    nato\tNATO\tNorth Atlantic Treaty Organization\tНАТО\tОрганизация Североатлантического договора\tsecurity\t\t\t\n";

fn glossary() -> Glossary {
    extract(&Document::parse("composed.txt", TEXT, Lang::En))
}

fn entry<'a>(g: &'a Glossary, term: &str) -> &'a Entry {
    g.entries
        .iter()
        .find(|e| e.term == term)
        .unwrap_or_else(|| panic!("{term} not in {:?}", g.entries))
}

#[test]
fn extraction_flags_romanised_russian_acronyms_only() {
    let g = glossary();
    assert_eq!(entry(&g, "SShA").flags, ["romanised_russian:США"]);
    let sssr = entry(&g, "SSSR");
    assert_eq!(
        (sssr.count, sssr.flags.as_slice()),
        (2, &["romanised_russian:СССР".to_owned()][..])
    );
    // English acronyms stay plain undefined acronyms
    for term in ["IMF", "NATO"] {
        let e = entry(&g, term);
        assert!(!e.defined_in_text && e.flags.is_empty(), "{e:?}");
    }
    // `MID` is also an English word: only the termbase can tell, so extraction leaves it
    assert!(entry(&g, "MID").flags.is_empty());
}

#[test]
fn annotation_gives_the_cyrillic_and_no_termbase_query() {
    let mut g = glossary();
    Termbase::parse(Path::new("t.tsv"), TERMBASE)
        .unwrap()
        .annotate(&mut g);
    let ssha = entry(&g, "SShA");
    assert_eq!(ssha.ru.as_deref(), Some("США"));
    assert_eq!(ssha.flags, ["romanised_russian:США"]);
    let mid = entry(&g, "MID");
    assert_eq!(
        (mid.ru.as_deref(), mid.flags.as_slice()),
        (Some("МИД"), &["romanised_russian:МИД".to_owned()][..])
    );
    // the termbase knows NATO as English; IMF is a real undefined English acronym it lacks
    let nato = entry(&g, "NATO");
    assert_eq!(nato.ru.as_deref(), Some("НАТО"));
    assert!(
        !nato.flags.iter().any(|f| f.starts_with("romanised_russian")),
        "{nato:?}"
    );
    assert_eq!(entry(&g, "IMF").flags, ["not_in_termbase", "no_ru"]);
}

#[test]
fn every_export_shows_the_flag() {
    let mut g = glossary();
    let tb = Termbase::parse(Path::new("t.tsv"), TERMBASE).unwrap();
    tb.annotate(&mut g);
    let export = |write: fn(&Glossary, Option<&Termbase>, &mut dyn std::io::Write) -> std::io::Result<()>| {
        let mut out = Vec::new();
        write(&g, Some(&tb), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let tsv = export(|g, tb, out| write_tsv(g, tb, out));
    let line = tsv.lines().find(|l| l.starts_with("SShA\t")).expect(&tsv);
    assert!(
        line.starts_with("SShA\tСША\t") && line.contains("romanised_russian:США"),
        "{line}"
    );
    let csv = export(|g, tb, out| write_csv(g, tb, out));
    let row = csv.lines().find(|l| l.starts_with("SShA,")).expect(&csv);
    assert!(row.contains("romanised_russian:США"), "{row}");
    let tbx = export(|g, tb, out| write_tbx(g, tb, out));
    assert!(tbx.contains("romanised_russian:США"), "{tbx}");
}
