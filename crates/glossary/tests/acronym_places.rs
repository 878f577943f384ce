//! What counts as an acronym on texts composed for each case (none taken from the sample article):
//! bylines in capitals, ALL-CAPS headlines and journal names, reading lists with undefined institute
//! acronyms, identifiers, roman numerals, compound acronyms, romanised Russian titles.

use steppe_doc::{Document, Lang};
use steppe_glossary::{extract, EntryKind, Glossary, ROMANISED_RUSSIAN};

fn glossary(text: &str) -> Glossary {
    extract(&Document::parse("composed.txt", text, Lang::En))
}

fn acronyms(g: &Glossary) -> Vec<(&str, usize)> {
    g.entries
        .iter()
        .filter(|e| e.kind == EntryKind::Acronym)
        .map(|e| (e.term.as_str(), e.count))
        .collect()
}

const FRONT_MATTER: &str = "\
CENTRAL ASIA AFTER THE WITHDRAWAL: SECURITY AND THE ROLE OF THE CSTO

Timur IVANOV, Ph.D. (Political Science), senior fellow at the Institute for Strategic Studies (Almaty, Kazakhstan)

Aigerim BEKOVA

The CSTO and the SCO met in Dushanbe in 2010. NATO-ISAF convoys crossed the region, and the \
FMSO-JRIC reports were read by the CSTO staff. Later the CSTO-NATO talks began and NATO grew.
";

#[test]
fn bylines_headlines_and_compounds() {
    let g = glossary(FRONT_MATTER);
    // the headline's CSTO counts (the text uses it as an acronym); its other words do not; the
    // surnames of the bylines, with a degree after one of them, are no acronyms; NATO-ISAF and
    // FMSO-JRIC are one term each, while CSTO-NATO joins two bodies that stand alone too
    assert_eq!(
        acronyms(&g),
        [
            ("CSTO", 4),
            ("FMSO-JRIC", 1),
            ("NATO", 2),
            ("NATO-ISAF", 1),
            ("SCO", 1)
        ]
    );
}

const READING_LIST: &str = "\
Further reading

SIPRI Yearbook 2008

IISS Strategic Comments, Vol. XIV, No. 3

SMITH, John. NATO and Central Asia. SURVIVAL, Vol. 48, No. 2, 2006. DOI 10.1080/00396330600765377. ISSN 0039-6338.

JOURNAL OF PEACE RESEARCH, Vol. LXII, 2005.

M. Laumulin, Vneshniaia politika i strategia SShA na sovremennom etape, Almaty, 2006.

See http://www.sipri.org/ or write to info@iiss.org.
";

#[test]
fn a_reading_list_keeps_its_institutes_and_drops_the_rest() {
    let g = glossary(READING_LIST);
    // undefined institute acronyms count, in title-case lines without a full stop too; the author in
    // capitals, the journals in capitals, the identifier labels, the roman numerals and the Russian
    // acronym inside a romanised title do not
    assert_eq!(acronyms(&g), [("IISS", 1), ("NATO", 1), ("SIPRI", 1)]);
}

#[test]
fn a_romanised_acronym_in_english_prose_is_still_flagged() {
    // outside a romanised title SShA stays a glossary entry, flagged with its Cyrillic
    let g = glossary("Moscow papers wrote SShA where English ones wrote U.S.\n");
    let ssha = g.entries.iter().find(|e| e.term == "SShA").expect("SShA listed");
    assert_eq!(ssha.flags, [format!("{ROMANISED_RUSSIAN}:США")]);
}

#[test]
fn roman_numerals_and_acronyms_that_look_like_them() {
    let g =
        glossary("Part II of the report, and Chapter XL, cite the MCC and the office in Washington, DC.\n");
    assert_eq!(acronyms(&g), [("DC", 1), ("MCC", 1)]);
}
