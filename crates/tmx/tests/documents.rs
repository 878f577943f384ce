//! The reader on the fixture files in `tests/documents/` (see the README there) and on small broken
//! documents written inline: what it keeps, what it tolerates with warnings, what it refuses and where.

use std::path::PathBuf;
use steppe_tmx::{validate, ElementKind, ErrorKind, Inline, Reader, TranslationUnit, WarningKind};

fn doc(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/documents")
        .join(name)
}

fn read_all(name: &str) -> (Reader<std::io::BufReader<std::fs::File>>, Vec<TranslationUnit>) {
    let mut reader = Reader::open(&doc(name)).unwrap();
    let mut units = Vec::new();
    while let Some(u) = reader.next_unit().unwrap() {
        units.push(u);
    }
    (reader, units)
}

/// A header for inline test documents.
const HEAD: &str = r#"<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
 o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
"#;

fn first_error(body: &str) -> steppe_tmx::Error {
    let text = format!("{HEAD}{body}");
    match Reader::from_slice(text.as_bytes()) {
        Err(e) => e,
        Ok(mut r) => loop {
            match r.next_unit() {
                Err(e) => break e,
                Ok(None) => panic!("no error in {body}"),
                Ok(Some(_)) => {}
            }
        },
    }
}

#[test]
fn cat_tool_export_keeps_header_units_and_every_inline_element() {
    let (reader, units) = read_all("cat-tool.tmx");
    let h = reader.header();
    assert_eq!(
        (h.creationtool.as_str(), h.srclang.as_str(), h.datatype.as_str()),
        ("SDL Language Platform", "en-US", "rtf")
    );
    assert_eq!(h.props.len(), 2);
    assert_eq!(h.props[1].text, "Institute for Central Asian Studies");
    assert_eq!(h.notes[0].text, "Exported for the steppe test suite.");
    assert_eq!(units.len(), 5);

    let first = &units[0];
    assert_eq!(first.admin.usagecount.as_deref(), Some("3"));
    assert_eq!(first.newest_date(), Some("20210320T090000Z"));
    assert_eq!(first.props[0].kind, "x-Domain:SinglePicklist");
    // Whitespace inside <tuv> around <seg> is not content; inside <seg> it is.
    assert_eq!(
        first.variant("ru").unwrap().seg.text(),
        "Программа «Партнёрство ради мира» была запущена в 1994 году."
    );

    let second = &units[1];
    assert_eq!(
        second.notes[0].text,
        "Bold and a footnote reference kept as codes."
    );
    let langs: Vec<&str> = second.variants.iter().map(|v| v.lang.as_str()).collect();
    assert_eq!(langs, ["en-US", "ru-RU", "kk-KZ"]);
    let kk = &second.variant("kk").unwrap().seg;
    assert_eq!(kk.text(), "Қазақстан 1995 жылы қосылды.");
    let kinds: Vec<ElementKind> =
        kk.0.iter()
            .filter_map(|i| match i {
                Inline::Element(e) => Some(e.kind),
                Inline::Text(_) => None,
            })
            .collect();
    assert_eq!(kinds, [ElementKind::Bpt, ElementKind::Ept, ElementKind::Ph]);
    let Inline::Element(bpt) = &kk.0[0] else { panic!() };
    assert_eq!(
        bpt.attrs,
        [("i".to_string(), "1".to_string()), ("type".into(), "bold".into())]
    );
    assert_eq!(bpt.content, [Inline::Text("{\\b ".into())]);

    // <it>, <hi> with a nested <ut>, escaped markup inside a code.
    let en = &units[2].variant("en").unwrap().seg;
    assert_eq!(en.text(), "See note 4 and Annex B.");
    let Inline::Element(it) = &en.0[1] else { panic!() };
    assert_eq!(
        (it.kind, &it.content[0]),
        (ElementKind::It, &Inline::Text("<a href=\"#n4\">".into()))
    );
    let Inline::Element(hi) = &en.0[3] else { panic!() };
    assert!(matches!(&hi.content[1], Inline::Element(e) if e.kind == ElementKind::Ut));

    // CDATA is text; <sub> inside <ph> is kept.
    assert_eq!(
        units[3].variant("en").unwrap().seg.text(),
        "Security & cooperation <OSCE>"
    );
    assert_eq!(
        units[3].variants[0].admin.changedate.as_deref(),
        Some("20210316T081000Z")
    );
    let Inline::Element(ph) = &units[4].variants[1].seg.0[1] else {
        panic!()
    };
    assert!(matches!(&ph.content[1], Inline::Element(e) if e.kind == ElementKind::Sub));

    let report = validate(std::io::BufReader::new(
        std::fs::File::open(doc("cat-tool.tmx")).unwrap(),
    ));
    assert!(report.is_valid(), "{:?}", report.violations);
}

#[test]
fn truncated_file_gives_units_then_an_error_at_the_end() {
    let mut reader = Reader::open(&doc("truncated.tmx")).unwrap();
    assert_eq!(reader.next_unit().unwrap().unwrap().tuid.as_deref(), Some("1"));
    let err = reader.next_unit().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Truncated);
    assert_eq!((err.line(), err.column()), (11, 67));
    assert!(
        err.to_string().contains("truncated.tmx: line 11, column 67:"),
        "{err}"
    );
    assert!(
        reader.next_unit().unwrap().is_none(),
        "no more units after an error"
    );
}

#[test]
fn entity_bomb_is_refused_without_expanding() {
    let err = Reader::open(&doc("entity-bomb.tmx")).err().unwrap();
    assert_eq!(err.kind(), ErrorKind::Entity);
    assert_eq!(err.line(), 2);
    assert!(err.to_string().contains("entity bomb"), "{err}");
}

#[test]
fn invalid_utf8_names_line_column_and_byte() {
    let mut reader = Reader::open(&doc("invalid-utf8.tmx")).unwrap();
    let err = reader.next_unit().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Encoding);
    // Line 8 (the 7 lines before it end in a line break each): 6 spaces, <tuv xml:lang="ru"> (19),
    // <seg> (5), 32 Cyrillic/Latin characters, then 0xE0 (it was reported on line 9).
    assert_eq!((err.line(), err.column()), (8, 63));
    let bytes = std::fs::read(doc("invalid-utf8.tmx")).unwrap();
    assert_eq!(bytes[err.offset() as usize], 0xE0);
}

#[test]
fn utf16_with_bom_is_transcoded() {
    let (mut reader, units) = read_all("utf16-bom.tmx");
    assert_eq!(units.len(), 2);
    assert_eq!(units[1].variant("kk").unwrap().seg.text(), "Балқаш көлі");
    assert_eq!(units[0].variants.len(), 3);
    let warnings = reader.take_warnings();
    assert!(warnings
        .iter()
        .any(|w| w.kind == WarningKind::Info && w.message.contains("UTF-16")));
}

#[test]
fn legacy_file_is_read_with_warnings() {
    let mut reader = Reader::open(&doc("legacy.tmx")).unwrap();
    assert_eq!(reader.header().srclang, "en-US");
    assert_eq!(reader.header().adminlang, "");
    let a = reader.next_unit().unwrap().unwrap();
    let b = reader.next_unit().unwrap().unwrap();
    assert_eq!(a.variants[1].lang, "ru-RU");
    assert_eq!(
        b.variant("en").unwrap().seg.text(),
        "A bell character  and a form feed  slipped in."
    );
    assert_eq!(b.props[0].text, "a prop after the variants");
    let kinds: Vec<WarningKind> = reader.take_warnings().iter().map(|w| w.kind).collect();
    for kind in [
        WarningKind::MissingHeaderAttr,
        WarningKind::LangNormalised,
        WarningKind::DeprecatedLang,
        WarningKind::ControlChar,
        WarningKind::Order,
        WarningKind::Info,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from {kinds:?}");
    }
    let report = validate(std::io::BufReader::new(
        std::fs::File::open(doc("legacy.tmx")).unwrap(),
    ));
    assert!(!report.is_valid());
    assert!(report
        .violations
        .iter()
        .any(|w| w.kind == WarningKind::DuplicateTuid));
}

#[test]
fn mismatched_tag_is_a_syntax_error_with_position() {
    let err = first_error("<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>");
    assert_eq!(err.kind(), ErrorKind::Syntax);
    // HEAD is two lines; the body starts on line 3, `</tuv>` at column 30.
    assert_eq!((err.line(), err.column()), (3, 30));
    assert!(err.message().contains("seg"), "{err}");
}

#[test]
fn tuv_without_seg_is_a_structure_error() {
    let err = first_error("<tu>\n<tuv xml:lang=\"en\"><note>n</note></tuv></tu></body></tmx>");
    assert_eq!(err.kind(), ErrorKind::Structure);
    assert_eq!(err.line(), 4);
    assert!(err.message().contains("<tuv> without <seg>"), "{err}");
}

#[test]
fn undefined_entity_is_an_error() {
    let err = first_error("<tu><tuv xml:lang=\"en\"><seg>&nbsp;</seg></tuv></tu></body></tmx>");
    assert_eq!(err.kind(), ErrorKind::Entity);
    assert!(err.message().contains("&nbsp;"), "{err}");
}

#[test]
fn no_header_empty_input_and_wrong_root_are_refused() {
    let cases = [
        (
            "<tmx version=\"1.4\"><body></body></tmx>",
            "no <header> before <body>",
        ),
        ("<tmx version=\"1.4\"></tmx>", "no <header>"),
        ("", "no <tmx> element"),
        ("<xliff/>", "not <tmx>"),
    ];
    for (text, expected) in cases {
        let err = Reader::from_slice(text.as_bytes()).err().unwrap();
        assert_eq!(err.kind(), ErrorKind::Structure, "{text}");
        assert!(err.message().contains(expected), "{text}: {err}");
    }
}

#[test]
fn character_references_and_predefined_entities_are_read() {
    let text = format!("{HEAD}<tu><tuv xml:lang=\"kk\"><seg>&#1178;&#x4E9; &amp; &quot;x&quot;</seg></tuv></tu></body></tmx>");
    let unit = Reader::from_slice(text.as_bytes())
        .unwrap()
        .next_unit()
        .unwrap()
        .unwrap();
    assert_eq!(unit.variants[0].seg.text(), "Қө & \"x\"");
}

#[test]
fn another_tmx_version_is_read_but_invalid() {
    let text = HEAD.replace("version=\"1.4\"", "version=\"1.1\"")
        + "<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>";
    let report = validate(text.as_bytes());
    assert_eq!(report.units, 1);
    let kinds: Vec<WarningKind> = report.violations.iter().map(|v| v.kind).collect();
    assert_eq!(kinds, [WarningKind::Version]);
}

#[test]
fn a_repeated_attribute_is_a_syntax_error_naming_both_places() {
    // XML forbids an attribute twice in one tag; `tuid` starts 3 bytes into `tu tuid="1" tuid="2"`
    // and again 12 bytes in, on line 3 of this memory.
    let tmx =
        "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" \
               o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n\
               <tu tuid=\"1\" tuid=\"2\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>\n</body></tmx>";
    let mut reader = Reader::from_slice(tmx.as_bytes()).unwrap();
    let err = reader.next_unit().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!(
        err.to_string(),
        "line 3, column 1: position 12: duplicated attribute, previous declaration at position 3"
    );
    // another attribute in its place is read, as is a tag with a space before its `>`
    let ok = tmx
        .replace("tuid=\"2\"", "creationid=\"2\"")
        .replace("<seg>", "<seg >");
    let mut reader = Reader::from_slice(ok.as_bytes()).unwrap();
    assert_eq!(reader.next_unit().unwrap().unwrap().tuid.as_deref(), Some("1"));
}
