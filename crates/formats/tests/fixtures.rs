//! Every format, made by a real program from one composed text (tests/fixtures/formats/README.md),
//! reads as the same document as the text version.

use steppe_doc::{Document, Lang};
use steppe_formats::{load, InputFormat};
use steppe_test_support::{fixture, require_tool};

fn path(name: &str) -> std::path::PathBuf {
    fixture(&format!("formats/{name}"))
}

/// The document read from `name`, as (paragraphs, sentences, footnotes) texts; no-break spaces
/// read as spaces when `nbsp_as_space` (pdftotext prints them so).
/// Paragraphs, sentences, and footnotes (number, text, `Ibid.` target).
type Summary = (Vec<String>, Vec<String>, Vec<(u32, String, Option<u32>)>);

fn summary(name: &str, nbsp_as_space: bool) -> Summary {
    let x = load(&path(name), None).unwrap_or_else(|e| panic!("{e}"));
    let doc = Document::parse(name, &x.text, Lang::En);
    let norm = |s: &str| {
        if nbsp_as_space {
            s.replace('\u{A0}', " ")
        } else {
            s.to_owned()
        }
    };
    (
        doc.paragraphs.iter().map(|p| norm(&p.text)).collect(),
        doc.sentences.iter().map(|s| norm(&s.text)).collect(),
        doc.footnotes
            .iter()
            .map(|f| (f.number, norm(&f.text), f.resolved_from))
            .collect(),
    )
}

#[test]
fn the_text_version_is_what_the_others_must_match() {
    let (paragraphs, sentences, notes) = summary("notes.txt", false);
    assert_eq!(paragraphs.len(), 5, "{paragraphs:#?}");
    assert!(paragraphs[1].starts_with("The river towns") && paragraphs[1].ends_with("every ford."));
    assert!(
        paragraphs[1].contains("the crossings. The surviving"),
        "the marker [1] is gone"
    );
    assert_eq!(sentences.len(), 10);
    assert_eq!(notes.len(), 4);
    assert_eq!(notes[3], (4, "Ibid., p.\u{A0}88.".to_owned(), Some(3)));
    assert!(notes[1].1.contains("Arkhivy Priirtysh’ya"));
}

#[test]
fn docx_odt_and_html_by_pandoc_and_libreoffice_match_the_text() {
    let text = summary("notes.txt", false);
    for name in [
        "notes.docx",
        "notes.odt",
        "notes.html",
        "notes-lo.odt",
        "notes-lo.html",
    ] {
        assert_eq!(summary(name, false), text, "{name}");
    }
}

#[test]
fn pdf_by_libreoffice_matches_the_text() {
    if require_tool("pdftotext", &["-v"]).is_none() {
        return;
    }
    assert_eq!(summary("notes-lo.pdf", true), summary("notes.txt", true));
}

#[test]
fn markers_stand_where_the_references_were() {
    for name in ["notes.docx", "notes.odt", "notes.html"] {
        let x = load(&path(name), None).unwrap();
        let doc = Document::parse(name, &x.text, Lang::En);
        let marker = doc.footnotes[0].markers[0];
        assert!(x.text[..marker].ends_with("mapped the crossings."), "{name}");
        assert!(x.text[marker..].starts_with('¹'), "{name}");
    }
}

#[test]
fn headings_and_italics_are_kept() {
    for name in ["notes.docx", "notes.odt", "notes.html", "notes-lo.odt"] {
        let x = load(&path(name), None).unwrap();
        let at = |s: &steppe_formats::Span| &x.text[s.start..s.end];
        let headings: Vec<(u8, &str)> = x
            .headings
            .iter()
            .map(|h| (h.level, &x.text[h.start..h.end]))
            .collect();
        assert_eq!(
            headings,
            [(1, "Border Trade on the Irtysh"), (2, "The archive")],
            "{name}"
        );
        let italics: Vec<&str> = x
            .italics
            .iter()
            .map(|s| {
                at(&steppe_formats::Span {
                    start: s.start,
                    end: s.end,
                })
            })
            .collect();
        // pandoc's ODT styles set Heading 2 in italics (LibreOffice's default), its DOCX ones do not.
        let heading = if name == "notes.odt" {
            &["The archive"][..]
        } else {
            &[]
        };
        assert_eq!(italics[..heading.len()], *heading, "{name}");
        assert_eq!(
            italics[heading.len()..],
            [
                "Voprosy istorii",
                "Zametki ob etnicheskom sostave tyurkskikh plemen",
                "Voprosy istorii",
                "Tamozhennye knigi Semipalatinska"
            ],
            "{name}"
        );
    }
}

#[test]
fn format_follows_the_extension() {
    assert_eq!(load(&path("notes.docx"), None).unwrap().format, InputFormat::Docx);
    assert_eq!(
        load(&path("notes-lo.html"), None).unwrap().format,
        InputFormat::Html
    );
    assert_eq!(
        load(&path("notes.txt"), Some(InputFormat::Text)).unwrap().format,
        InputFormat::Text
    );
}

#[test]
fn tracked_changes_and_tables_by_pandoc_and_libreoffice() {
    for name in ["edits.docx", "edits.odt", "edits-lo.docx"] {
        let x = load(&path(name), None).unwrap_or_else(|e| panic!("{e}"));
        let doc = Document::parse(name, &x.text, Lang::En);
        let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        // The insertion kept, the deletion dropped.
        assert!(
            texts.contains(&"The archive was described in 1975 by the Voprosy istorii board."),
            "{name}: {texts:#?}"
        );
        assert!(!x.text.contains("19741975"), "{name}");
        // The table's cells are paragraphs of their own.
        for cell in ["Town", "Founded", "Semipalatinsk", "Ust-Kamenogorsk"] {
            assert!(x.text.contains(&format!("\n\n{cell}\n\n")), "{name}: {cell}");
        }
        assert_eq!(doc.footnotes.len(), 1, "{name}");
        assert_eq!(doc.footnotes[0].text, "See V. Shtol, Moskva, 1974.", "{name}");
    }
}
