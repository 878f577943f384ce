//! Each artefact kind, in English and Russian, on texts composed for these tests
//! (`tests/documents/`, described in its README). Expected values were worked out by hand.

use steppe_doc::{Document, Lang, RepairKind};

fn parse(name: &str, lang: Lang) -> Document {
    let path = format!("{}/tests/documents/{name}", env!("CARGO_MANIFEST_DIR"));
    let source = steppe_doc::load(std::path::Path::new(&path)).unwrap();
    Document::parse(name, &source, lang)
}

fn en() -> Document {
    parse("en-artefacts.txt", Lang::En)
}

fn ru() -> Document {
    parse("ru-artefacts.txt", Lang::Ru)
}

/// (original, replacement) of the repairs of one kind.
fn repairs(doc: &Document, kind: RepairKind) -> Vec<(&str, &str)> {
    doc.repairs
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| (r.original.as_str(), r.replacement.as_str()))
        .collect()
}

fn all_text(doc: &Document) -> String {
    let mut out: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    out.extend(doc.sentences.iter().map(|s| s.text.as_str()));
    out.join("\n")
}

#[test]
fn running_heads_and_page_numbers_en() {
    let doc = en();
    assert_eq!(
        repairs(&doc, RepairKind::PageNumber),
        [("14 ·", ""), ("_____ 15 _____", "")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::RunningHead),
        [
            ("Steppe Studies Quarterly", ""),
            ("Vol. 4, No. 1, 2009", ""),
            ("Steppe Studies Quarterly", "")
        ]
    );
    assert_eq!(repairs(&doc, RepairKind::Separator), [("* * *", "")]);
    let text = all_text(&doc);
    for head in ["Quarterly", "14 ·", "15", "2009", "* * *"] {
        assert!(!text.contains(head), "{head}");
    }
}

#[test]
fn running_heads_and_page_numbers_ru() {
    let doc = ru();
    assert_eq!(repairs(&doc, RepairKind::PageNumber), [("— 45 —", "")]);
    let heads = repairs(&doc, RepairKind::RunningHead);
    assert_eq!(heads.len(), 4, "{heads:?}");
    assert!(heads.iter().all(|(h, _)| h.starts_with("Вестник")));
    assert!(!all_text(&doc).contains("Вестник"));
}

#[test]
fn paragraphs_rejoined_across_page_breaks() {
    let doc = en();
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 5);
    assert!(texts[3].contains("the town councils kept records of every sale."));
    assert!(texts[3].starts_with("The caravans") && texts[3].ends_with("hidden economy."));
    assert_eq!(repairs(&doc, RepairKind::ParagraphRejoin).len(), 1);

    let doc = ru();
    assert_eq!(doc.paragraphs.len(), 5);
    assert!(doc.paragraphs[3]
        .text
        .contains("региональные советы вели учёт всех сделок."));
}

#[test]
fn drop_caps_restored() {
    assert_eq!(repairs(&en(), RepairKind::DropCap), [("ter", "After")]);
    assert!(en().paragraphs[2].text.starts_with("After the long winter,"));
    assert_eq!(repairs(&ru(), RepairKind::DropCap), [("сле", "После")]);
    assert!(ru().paragraphs[2].text.starts_with("После распада"));
}

#[test]
fn hyphens_en() {
    let doc = en();
    assert_eq!(
        repairs(&doc, RepairKind::SplitWord),
        [("slight-est", "slightest")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::HyphenSpace),
        [("China- Russia", "China-Russia")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::GluedWord),
        [("economicpolitical", "economic-political")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::UndecidedJoin),
        [("river-side", "river-side")]
    );
    let text = all_text(&doc);
    for kept in [
        "Trans-Caspian",
        "pro-Western",
        "cross-border",
        "pro- and anti-trade",
        "in the river-side towns",
    ] {
        assert!(text.contains(kept), "{kept}");
    }
}

#[test]
fn hyphens_ru() {
    let doc = ru();
    assert_eq!(
        repairs(&doc, RepairKind::SplitWord),
        [("сотрудни-\nчество", "сотрудничество")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::HyphenSpace),
        [("НАТО- Казахстан", "НАТО-Казахстан")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::GluedWord),
        [("Военнополитическое", "Военно-политическое")]
    );
    assert_eq!(
        repairs(&doc, RepairKind::UndecidedJoin),
        [("про-\nграммы", "программы")]
    );
    assert!(all_text(&doc).contains("северо- и юго-западные"));
}

#[test]
fn footnotes_en() {
    let doc = en();
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    let resolved: Vec<Option<u32>> = doc.footnotes.iter().map(|f| f.resolved_from).collect();
    assert_eq!(resolved, [None, Some(1), None, Some(3)]);
    assert_eq!(
        doc.footnotes[0].text,
        "See: A. Author, Steppe Trade, Vol. 3, No. 2, 2001, p. 5."
    );
    assert_eq!(
        doc.footnotes[2].text,
        "B. Scholar, \"Salt and Grain,\" Steppe Review, No. 7, 2004, pp. 1-9."
    );
    assert_eq!(doc.footnotes[3].text, "Ibidem, p. 7.");
    // Every note has one marker, and the marker is where the digit is in the source.
    let marks = ["memoir.¹", "followed.²", "sale.³", "economy.4"];
    for (note, mark) in doc.footnotes.iter().zip(marks) {
        assert_eq!(note.markers.len(), 1, "{}", note.number);
        let at =
            doc.source.find(mark).unwrap() + mark.find(|c: char| !c.is_alphabetic() && c != '.').unwrap();
        assert_eq!(note.markers[0], at, "{}", note.number);
    }
    assert_eq!(repairs(&doc, RepairKind::GluedFootnote).len(), 1);
    assert_eq!(repairs(&doc, RepairKind::DuplicateFootnote).len(), 1);
    assert!(!all_text(&doc).contains(['¹', '²', '³']));
    assert!(!all_text(&doc).contains("economy.4"));
}

#[test]
fn footnotes_ru() {
    let doc = ru();
    let got: Vec<(u32, usize, Option<u32>)> = doc
        .footnotes
        .iter()
        .map(|f| (f.number, f.markers.len(), f.resolved_from))
        .collect();
    assert_eq!(
        got,
        [(1, 1, None), (2, 1, Some(1)), (3, 1, None), (4, 1, Some(3))]
    );
    assert_eq!(
        doc.footnotes[2].text,
        "П. Петров, «Соль и зерно», Вестник, № 7, 2004, с. 1-9."
    );
    assert_eq!(doc.footnotes[1].text, "Там же.");
}

#[test]
fn sentences_keep_abbreviations_en() {
    let doc = en();
    let in_par2: Vec<&str> = doc
        .sentences
        .iter()
        .filter(|s| s.paragraph == 2)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        in_par2,
        [
            "After the long winter, the river towns of the north traded grain for salt.",
            "After that, the trade routes grew.",
            "After a decade the U.S. Army and the U.K. Navy watched from afar, as K.K. Tokaev wrote in \
             Vol. 2, No. 4, pp. 10-12 of his memoir.",
            "The Trans-Caspian link was the slightest of worries for the pro-Western camp, and a \
             cross-border deal followed."
        ]
    );
}

#[test]
fn sentences_keep_abbreviations_ru() {
    let doc = ru();
    let in_par2: Vec<&str> = doc
        .sentences
        .iter()
        .filter(|s| s.paragraph == 2)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        in_par2,
        [
            "После распада СССР в 1991 г. Казахстан выбрал многовекторную политику, т. е. равные \
             отношения со всеми центрами силы.",
            "После этого начался новый этап.",
            "Улица им. Абая в Алматы стала символом перемен, как писал К.К. Токаев.",
            "Военно-политическое сотрудничество с НАТО-Казахстан росло, а северо- и юго-западные \
             соседи следили за ним."
        ]
    );
}

#[test]
fn markup_removed() {
    let doc = en();
    assert_eq!(repairs(&doc, RepairKind::Ligature), [("ﬁ", "fi")]);
    assert!(doc.paragraphs[3].text.contains("a few fine books."));
    assert_eq!(repairs(&doc, RepairKind::Markup).len(), 4);
    assert!(doc.paragraphs[4].text.contains("The first lesson"));
    assert!(ru().footnotes[0].text.contains("Степь и мир,"));
}

#[test]
fn spans_point_at_the_source() {
    for doc in [en(), ru()] {
        for s in &doc.sentences {
            let p = &doc.paragraphs[s.paragraph];
            assert!(p.start <= s.start && s.end <= p.end);
            let src = &doc.source[s.start..s.end];
            // The last word of the cleaned sentence ends its source span.
            let last = s.text.split_whitespace().last().unwrap();
            assert!(src.ends_with(last), "{last:?} does not end {src:?}");
        }
        for r in &doc.repairs {
            assert!(doc.source[r.offset..].starts_with(&r.original), "{r:?}");
        }
    }
}

#[test]
fn wrapped_layout_without_blank_lines() {
    let doc = parse("en-wrapped.txt", Lang::En);
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "RIVERS OF THE STEPPE",
            "The rivers of the steppe run north. Their water feeds the towns along the banks, and the \
             towns trade with the south. Merchants crossed the river by ferry until the first bridge was \
             built in 1910.",
            "A second bridge followed a decade later. The new routes changed the old trade, and the \
             ferry-men lost their work. Some of them became boatbuilders; others moved to the cities of \
             the south.",
            "The towns grew slowly after that. By the 1930s the river trade had all but ended."
        ]
    );
    assert_eq!(repairs(&doc, RepairKind::RunningHead).len(), 3);
    assert!(repairs(&doc, RepairKind::PageNumber).is_empty());
    assert_eq!(
        repairs(&doc, RepairKind::UndecidedJoin),
        [("ferry-men", "ferry-men"), ("boat-\nbuilders", "boatbuilders")]
    );
    let notes: Vec<(u32, usize, Option<u32>)> = doc
        .footnotes
        .iter()
        .map(|f| (f.number, f.markers.len(), f.resolved_from))
        .collect();
    assert_eq!(notes, [(1, 1, None), (2, 1, Some(1)), (3, 1, None)]);
    assert_eq!(
        doc.footnotes[2].text,
        "D. Writer, \"Bridges,\" Steppe Review, No. 3, 2005."
    );
}
