//! `steppe report`: the review page of a text (and its translation), checked as HTML text; the
//! browser test (`browser.rs`) renders the same pages in Chromium.

use crate::util::{run, run_ok, SAMPLE};
use std::path::Path;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The rows of table `id` in a page: (every row's opening tag, how many are not hidden).
pub fn table_rows(html: &str, id: &str) -> (Vec<String>, usize) {
    let start = html
        .find(&format!("<table id=\"{id}\""))
        .unwrap_or_else(|| panic!("no table {id}"));
    let body = &html[start..];
    let body = &body[body.find("<tbody>").unwrap()..body.find("</tbody>").unwrap()];
    let rows: Vec<String> = body
        .split("<tr")
        .skip(1)
        .map(|r| format!("<tr{}", &r[..r.find('>').unwrap() + 1]))
        .collect();
    let shown = rows.iter().filter(|r| !r.contains(" hidden")).count();
    (rows, shown)
}

/// The sample's JSON from another command: glossary entries, reference spans, name clusters.
pub fn sample_json() -> (
    Vec<serde_json::Value>,
    Vec<serde_json::Value>,
    Vec<serde_json::Value>,
) {
    let entries: serde_json::Value = serde_json::from_str(&run_ok(&["glossary", SAMPLE], None)).unwrap();
    let refs = serde_json::from_str(&run_ok(&["refs", "--format", "json", SAMPLE], None)).unwrap();
    let names = serde_json::from_str(&run_ok(&["names", "--format", "json", SAMPLE], None)).unwrap();
    (entries["entries"].as_array().unwrap().clone(), refs, names)
}

/// A composed English text and its Russian translation; the translation leaves out one sentence
/// (the one about the budget).
pub const EN: &str = "NATO and Kazakhstan.\n\n\
The North Atlantic Treaty Organization (NATO) opened an office in Astana in 2008. \
President Nazarbaev met the Secretary General on 12 May. \
The budget of the office was 4 million euros and it grew every year after that.\n\n\
The talks ended on Friday.\n";
pub const RU: &str = "НАТО и Казахстан.\n\n\
Организация Североатлантического договора (НАТО) открыла бюро в Астане в 2008 году. \
Президент Назарбаев встретился с Генеральным секретарём 12 мая.\n\n\
Переговоры завершились в пятницу.\n";

/// Writes the composed pair into `dir` as `meeting.en.txt` and `meeting.ru.txt`.
pub fn write_pair(dir: &Path) -> (String, String) {
    let (en, ru) = (dir.join("meeting.en.txt"), dir.join("meeting.ru.txt"));
    std::fs::write(&en, EN).unwrap();
    std::fs::write(&ru, RU).unwrap();
    (s(&en).to_owned(), s(&ru).to_owned())
}

#[test]
fn the_sample_page_has_a_row_per_entry_span_and_cluster_and_the_same_bytes_twice() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    run_ok(&["report", SAMPLE, "-o", s(&page)], None);
    let html = std::fs::read_to_string(&page).unwrap();
    let (entries, refs, names) = sample_json();
    assert_eq!(table_rows(&html, "glossary-table").0.len(), entries.len());
    assert_eq!(table_rows(&html, "references-table").0.len(), refs.len());
    assert_eq!(table_rows(&html, "names-table").0.len(), names.len());
    // 15 works from the 20 notes (as `steppe bib extract` and build's refs.json)
    assert_eq!(table_rows(&html, "works-table").0.len(), 15);
    // a text alone: no alignment
    assert!(!html.contains("id=\"alignment\""));

    // Russian cells carry their language; the romanised ones say they are Latin-script Russian.
    assert!(html.contains("<td lang=\"ru\">ОДКБ</td>"), "CSTO's Russian");
    assert!(html.contains(
        "<td lang=\"ru-Latn\">Tsentral&apos;naia Azia v mirovoy politologii i mirovoy geopolitike</td>"
    ));
    assert!(
        html.contains("<td lang=\"ru\">Центральная Азия в мировой политологии и мировой геополитике</td>")
    );
    // The summary counts what the tables hold and names what needs a look.
    let origins = |o: &str| entries.iter().filter(|e| e["ru_origin"]["from"] == o).count();
    let unverified = origins("termbase_unverified");
    assert!(unverified > 0);
    assert!(
        html.contains(&format!(
            "<a href=\"#glossary-origin=termbase_unverified\"><strong>{unverified}</strong>"
        )),
        "summary links the unverified Russian"
    );
    let mixed = refs
        .iter()
        .filter(|r| {
            r["flags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f.as_str().unwrap().starts_with("mixed"))
        })
        .count();
    assert!(html.contains(&format!(
        "<a href=\"#references-flag=mixed\"><strong>{mixed}</strong>"
    )));
    // A context sentence with its term marked.
    assert!(
        html.contains("The <mark>CSTO</mark>, SCO and NATO"),
        "CSTO context"
    );

    // Same input, same bytes; standard output is the same page.
    let again = run_ok(&["report", SAMPLE], None);
    assert_eq!(again, html);
}

#[test]
fn a_text_and_its_translation_get_the_alignment_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = write_pair(dir.path());
    let page = dir.path().join("meeting.html");
    // The translation first: the English text is still the original.
    run_ok(&["report", &ru, &en, "-o", s(&page)], None);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("<h1>") && html.contains("meeting.en.txt</h1>"),
        "the English page"
    );
    assert!(html.contains("<h2>Alignment, English ↔ Russian</h2>"));
    let json: serde_json::Value =
        serde_json::from_str(&run_ok(&["align", &en, &ru, "--format", "json"], None)).unwrap();
    let beads = json["beads"].as_array().expect("beads");
    let (rows, _) = table_rows(&html, "alignment-table");
    assert_eq!(rows.len(), beads.len());
    // The budget sentence has no Russian: its bead is one-sided, and the summary links it.
    let alone: Vec<&String> = rows.iter().filter(|r| r.contains("one-sided")).collect();
    assert_eq!(alone.len(), 1, "{rows:?}");
    assert!(html.contains("<a href=\"#alignment-flag=one-sided\"><strong>1</strong>"));
    assert!(html.contains("<td lang=\"ru\"><p>Переговоры завершились в пятницу.</p></td>"));
    // The names of both texts: Nazarbaev's cluster holds its Cyrillic spelling too.
    assert!(
        html.contains("<li lang=\"ru\">Назарбаев <span"),
        "Cyrillic spelling in the cluster"
    );
}

#[test]
fn a_russian_original_with_its_kazakh_translation_gets_names_and_alignment_only() {
    let dir = tempfile::tempdir().unwrap();
    let (ru, kk) = (dir.path().join("visit.ru.txt"), dir.path().join("visit.kk.txt"));
    std::fs::write(
        &ru,
        "Назарбаев прибыл в Астану.\n\nПереговоры завершились в пятницу.\n",
    )
    .unwrap();
    std::fs::write(&kk, "Назарбаев Астанаға келді.\n\nКеліссөздер жұмада аяқталды.\n").unwrap();
    let html = run_ok(&["report", s(&kk), s(&ru)], None);
    assert!(
        html.contains("visit.ru.txt</h1>"),
        "the Russian text is the original"
    );
    assert!(html.contains("<h2>Alignment, Russian ↔ Kazakh</h2>"));
    // no English text: no glossary, references or works, and the summary does not count them
    for absent in [
        "id=\"glossary\"",
        "id=\"references\"",
        "id=\"works\"",
        "Glossary entries",
    ] {
        assert!(!html.contains(absent), "{absent}");
    }
    assert!(
        html.contains("<td lang=\"kk\"><p>Келіссөздер жұмада аяқталды.</p></td>"),
        "{html}"
    );
    assert!(html.contains("<td lang=\"ru\"><p>Переговоры завершились в пятницу.</p></td>"));
}

#[test]
fn text_from_the_document_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("a.en.txt");
    std::fs::write(
        &text,
        "The <b>North Atlantic Treaty Organization</b> (NATO) & \"friends\" met. NATO spoke.\n",
    )
    .unwrap();
    let html = run_ok(&["report", s(&text)], None);
    assert!(html.contains("&lt;b&gt;"), "{html}");
    assert!(
        !html.contains("<b>"),
        "markup from the text is never markup of the page"
    );
    assert!(html.contains("&amp; &quot;friends&quot;"));
}

#[test]
fn two_texts_in_one_language_or_a_missing_file_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (en, _) = write_pair(dir.path());
    let page = dir.path().join("page.html");
    let out = run(&["report", &en, SAMPLE, "-o", s(&page)], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("are both en") && err.contains("steppe build"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let missing = dir.path().join("missing.txt");
    let out = run(&["report", s(&missing), "-o", s(&page)], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    assert!(!page.exists(), "nothing written");
}

#[test]
fn help_says_what_the_page_holds() {
    let help = run_ok(&["report", "--help"], None);
    assert!(
        help.contains("review page") && help.contains("#glossary-flag=no_ru"),
        "{help}"
    );
}
