//! The page as a whole, from typed inputs: what the summary counts and links, the certainty
//! columns (present only when a span carries one), weak and one-sided beads, the index.

use steppe_align::{Alignment, Bead, Language};
use steppe_report::{render_index, render_text, Certainty, Index, IndexPage, Reference, Summary, TextReport};
use steppe_translit::reverse::{reference_spans, Reverser, WordList};
use steppe_translit::{scheme, Lang};

fn references() -> Vec<Reference> {
    let lexicon = WordList::from_words(["отношения", "россии", "и", "казахстана", "азия"]);
    let r = Reverser::new(&lexicon);
    let notes = [
        (1, "Otnosheniia Rossii i Kazakhstana, Moscow, 2001."),
        (2, "Azia, 2003."),
    ];
    let spans = reference_spans(&r, &notes, scheme("ala_lc", Lang::Ru).unwrap());
    spans.into_iter().map(|s| Reference::new(&r, s)).collect()
}

/// The `<tr …>` opening tags of table `id`.
fn rows<'a>(html: &'a str, id: &str) -> Vec<&'a str> {
    let table = &html[html.find(&format!("<table id=\"{id}\"")).unwrap()..];
    let body = &table[..table.find("</tbody>").unwrap()];
    body.split("<tr")
        .skip(2)
        .map(|r| &r[..r.find('>').unwrap()])
        .collect()
}

#[test]
fn certainty_columns_show_only_when_a_span_has_one() {
    let mut refs = references();
    assert_eq!(refs.len(), 2);
    assert!(
        refs.iter().all(|r| r.certainty.is_some()),
        "the reverse engine rates every span"
    );
    // a front end that has no rating to give shows no certainty columns
    for r in &mut refs {
        r.certainty = None;
    }
    let mut report = TextReport {
        name: "a.en.txt".into(),
        references: Some(refs),
        ..TextReport::default()
    };
    let plain = render_text(&report);
    assert!(!plain.contains("Confidence") && !plain.contains("uncertain reconstruction"));

    let refs = report.references.as_mut().unwrap();
    refs[0].certainty = Some(Certainty {
        confidence: "0.41".into(),
        alternatives: vec![
            "Отношения России и Казахстана".into(),
            "Отношении России и Казахстана".into(),
        ],
        uncertain: true,
    });
    let html = render_text(&report);
    assert!(html.contains("<button type=\"button\">Confidence</button>"));
    let rows = rows(&html, "references-table");
    assert_eq!(rows.len(), 2);
    assert!(
        rows[0].contains("data-flags=\"uncertain") && rows[0].contains("class=\"look\""),
        "{}",
        rows[0]
    );
    assert!(!rows[1].contains("uncertain"), "{}", rows[1]);
    assert!(html.contains(
        "<td>0.41</td><td lang=\"ru\">Отношения России и Казахстана<br>Отношении России и Казахстана</td>"
    ));
    // the span without a certainty shows two empty cells, not a guess
    assert!(html.contains("<td></td><td></td>"));
    // first in the summary's list
    let look = &html[html.find("<ol class=\"attention\">").unwrap()..];
    assert!(
        look.starts_with(
            "<ol class=\"attention\">\n<li><a href=\"#references-flag=uncertain\"><strong>1</strong> uncertain reconstruction"
        ),
        "{look}"
    );
    assert_eq!(Summary::of(&report).uncertain_references, 1);
}

fn alignment() -> Alignment {
    let bead = |s: std::ops::Range<usize>, t: std::ops::Range<usize>, score: f32| Bead {
        source: s,
        target: t,
        score,
        marker: false,
    };
    Alignment {
        source_lang: Language::En,
        target_lang: Language::Kk,
        source: ["One.", "Two.", "Three.", "Four."].map(String::from).to_vec(),
        target: ["Бір.", "Екі, үш.", "Қосымша."].map(String::from).to_vec(),
        beads: vec![
            bead(0..1, 0..1, 0.93),
            bead(1..3, 1..2, 0.31),
            bead(3..4, 2..2, 0.0),
            bead(4..4, 2..3, 0.0),
        ],
        ratio: 1.0,
    }
}

#[test]
fn weak_beads_and_sentences_alone_are_marked_and_counted() {
    let report = TextReport {
        name: "a.en.txt".into(),
        alignments: vec![alignment()],
        ..TextReport::default()
    };
    let html = render_text(&report);
    assert!(html.contains("<h2>Alignment, English ↔ Kazakh</h2>"));
    let rows = rows(&html, "alignment-table");
    let flags: Vec<&str> = rows
        .iter()
        .map(|r| {
            let at = r.find("data-flags=\"").unwrap() + 12;
            &r[at..at + r[at..].find('"').unwrap()]
        })
        .collect();
    assert_eq!(flags, ["", "weak", "one-sided", "one-sided"]);
    let s = Summary::of(&report);
    assert_eq!((s.pairs, s.weak_beads, s.lone_sentences), (2, 1, 2));
    // Kazakh cells say so; the two sentences of the weak bead are two paragraphs
    assert!(html.contains("<td lang=\"kk\"><p>Екі, үш.</p></td>"));
    assert!(html.contains("<td lang=\"en\"><p>Two.</p><p>Three.</p></td>"));
    assert!(html.contains("<a href=\"#alignment-flag=weak\"><strong>1</strong> weak alignment bead "));
}

#[test]
fn the_index_links_every_page_and_file_with_the_counts() {
    let report = TextReport {
        name: "a.en.txt".into(),
        references: Some(references()),
        alignments: vec![alignment()],
        ..TextReport::default()
    };
    let index = Index {
        title: "corpus".into(),
        pages: vec![IndexPage {
            href: "a.en.report.html".into(),
            name: "a.en.txt".into(),
            summary: Summary::of(&report),
        }],
        files: vec![
            "a.en.glossary.tbx".into(),
            "a.en.report.html".into(),
            "a.tmx".into(),
        ],
    };
    let html = render_index(&index);
    assert!(html.contains("<th scope=\"row\"><a href=\"a.en.report.html\">a.en.txt</a></th>"));
    for file in &index.files {
        assert!(
            html.contains(&format!("<a href=\"{file}\"><code>{file}</code></a>")),
            "{file}"
        );
    }
    // references 2, pairs 2, weak 1, alone 2
    assert!(
        html.contains("<td class=\"num\" data-value=\"2\">2</td><td class=\"num\" data-value=\"0\">0</td>")
    );
    assert_eq!(html, render_index(&index));
}
