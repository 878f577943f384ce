//! The formats keep every byte they do not change: a round trip with no change is the identity,
//! and a change touches only its value (composed files with comments, macros, both delimiters,
//! TeX accents, CRLF, a BOM, unknown fields).

use steppe_bib::{Entry, Format, Library};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/bib")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// Lines of `a` and `b` that differ (same line count assumed up to the shorter).
fn changed_lines(a: &str, b: &str) -> Vec<String> {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut out: Vec<String> = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(_, y)| y.to_string())
        .collect();
    out.extend(b.iter().skip(a.len()).map(|s| s.to_string()));
    out
}

#[test]
fn a_round_trip_with_no_change_is_the_identity_in_every_format() {
    let bom_crlf =
        "\u{feff}TY  - BOOK\r\nAU  - Tokaev, K.K.\r\nTI  - Pod stiagom\r\n  nezavisimosti\r\nER  - \r\n";
    for (format, text) in [
        (Format::CslJson, fixture("zotero-mixed.json")),
        (Format::BibLatex, fixture("mixed.bib")),
        (Format::Ris, fixture("mixed.ris")),
        (Format::Ris, bom_crlf.to_owned()),
        (
            Format::CslJson,
            "[ {\"id\":1,\"title\":\"A\\u0020b\",\"x\":[1.50,{}]} ]".to_owned(),
        ),
    ] {
        let lib = Library::parse(format, text.clone()).unwrap();
        assert!(!lib.entries().is_empty());
        assert_eq!(lib.write(format, lib.entries()), text, "{format:?}");
    }
}

#[test]
fn the_formats_read_the_fields_restyle_works_on() {
    let bib = Library::parse(Format::BibLatex, fixture("mixed.bib")).unwrap();
    let petrova = &bib.entries()[3];
    assert_eq!(
        petrova.container_title.as_deref(),
        Some("Bol'šaja igra v Central'noj Azii")
    );
    assert_eq!(petrova.pages.as_deref(), Some("101-134"));
    assert_eq!(bib.entries()[1].month, Some(6));
    let csl = Library::parse(Format::CslJson, fixture("zotero-mixed.json")).unwrap();
    let first = &csl.entries()[0];
    assert_eq!(first.authors[0].family, "Laumulin");
    assert_eq!(first.year.as_deref(), Some("2009"));
    let ris = Library::parse(Format::Ris, fixture("mixed.ris")).unwrap();
    assert_eq!(ris.entries()[1].pages.as_deref(), Some("45-61"));
    assert_eq!(
        ris.entries()[1].container_title.as_deref(),
        Some("Kazakhstan v global'noy politike")
    );
}

/// Changes one entry's title and adds its original title; returns the new file.
fn retitle(format: Format, text: &str, index: usize) -> String {
    let lib = Library::parse(format, text.to_owned()).unwrap();
    let mut entries: Vec<Entry> = lib.entries().to_vec();
    entries[index].title = Some("Novoe nazvanie".into());
    entries[index].original_title = Some("Новое название".into());
    entries[index].language = Some("ru".into());
    lib.write(format, &entries)
}

#[test]
fn a_change_touches_only_its_values() {
    let text = fixture("zotero-mixed.json");
    let out = retitle(Format::CslJson, &text, 1);
    let changed = changed_lines(&text, &out);
    // The title line, and the last field now followed by a comma; the two new fields after it.
    assert!(
        changed.iter().any(|l| l == "\t\t\"title\": \"Novoe nazvanie\","),
        "{changed:?}"
    );
    let again = Library::parse(Format::CslJson, out.clone()).unwrap();
    assert_eq!(
        again.entries()[1].original_title.as_deref(),
        Some("Новое название")
    );
    assert_eq!(
        again.entries()[0],
        Library::parse(Format::CslJson, text.clone()).unwrap().entries()[0]
    );
    assert_eq!(out.lines().count(), text.lines().count() + 2);

    let text = fixture("mixed.bib");
    let out = retitle(Format::BibLatex, &text, 2);
    assert!(out.contains("  title        = {Novoe nazvanie},\n"), "{out}");
    assert!(out.contains("  year         = {2014},\n  origtitle = {Новое название},\n  origlanguage = {russian},\n  langid = {russian}\n}"), "{out}");
    assert_eq!(
        out.replace(
            "{Novoe nazvanie}",
            "{Bezopasnost Tsentralnoy Azii posle vyvoda voysk}"
        )
        .replace(
            ",\n  origtitle = {Новое название},\n  origlanguage = {russian},\n  langid = {russian}",
            ""
        ),
        text
    );

    let text = fixture("mixed.ris");
    let out = retitle(Format::Ris, &text, 0);
    assert!(out.contains("TI  - Novoe nazvanie\r\n"));
    assert!(
        out.contains("KW  - Central Asia\r\nOP  - Новое название\r\nLA  - ru\r\nER  - \r\n"),
        "{out}"
    );
}

#[test]
fn conversion_writes_the_model_in_the_other_format() {
    let bib = Library::parse(Format::BibLatex, fixture("mixed.bib")).unwrap();
    for format in [Format::CslJson, Format::Ris, Format::BibLatex] {
        let text = format.write(bib.entries());
        let back = Library::parse(format, text).unwrap();
        let titles = |l: &Library| l.entries().iter().map(|e| e.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(&back), titles(&bib), "{format:?}");
        assert_eq!(back.entries()[1].pages.as_deref(), Some("45-61"));
        assert_eq!(back.entries()[0].authors, bib.entries()[0].authors);
    }
}

#[test]
fn conversion_carries_identifiers_and_notes() {
    let csl = Library::parse(Format::CslJson, fixture("zotero-mixed.json")).unwrap();
    for format in [Format::BibLatex, Format::Ris] {
        let back = Library::parse(format, format.write(csl.entries())).unwrap();
        assert_eq!(
            back.entries()[6].doi.as_deref(),
            Some("10.0000/steppe.example.1"),
            "{format:?}"
        );
        assert_eq!(
            back.entries()[1].note.as_deref(),
            Some("BGN/PCGN with an ASCII apostrophe")
        );
    }
}

#[test]
fn malformed_files_are_errors_with_a_position() {
    for (format, text, says) in [
        (Format::CslJson, "[{\"title\": \"x\",}]", "line 1"),
        (Format::BibLatex, "@book{a,\n  title = {open\n", "line 2"),
        (Format::BibLatex, "@book{a,\n  title {x}}\n", "expected `=`"),
        (Format::Ris, "TY  - BOOK\nTI  - x\n", "no `ER`"),
        (Format::Ris, "TI  - x\nER  - \n", "outside a record"),
    ] {
        let err = Library::parse(format, text.into()).unwrap_err().to_string();
        assert!(err.contains(says), "{text:?}: {err}");
    }
}
