//! The index page of a corpus: a row per text linking its page, with its counts, and every file
//! the build wrote.

use crate::html::Html;
use crate::page::{self, section_end, section_start};
use crate::table::{self, col, num};
use crate::Summary;

/// The index of a build: its pages and its files.
///
/// ```
/// use steppe_report::{render_index, Index, IndexPage, Summary};
/// let index = Index {
///     title: "corpus".into(),
///     pages: vec![IndexPage { href: "a.en.report.html".into(), name: "a.en.txt".into(), summary: Summary::default() }],
///     files: vec!["a.en.glossary.tbx".into(), "a.en.report.html".into()],
/// };
/// let html = render_index(&index);
/// assert!(html.contains("<a href=\"a.en.report.html\">a.en.txt</a>"));
/// assert!(html.contains("<a href=\"a.en.glossary.tbx\">"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// What the corpus is called (its folder).
    pub title: String,
    /// One page per text, in the order to list them.
    pub pages: Vec<IndexPage>,
    /// Every file written, as links relative to the index.
    pub files: Vec<String>,
}

/// One text's line in the index.
#[derive(Clone, Debug, Default)]
pub struct IndexPage {
    /// The page, relative to the index (`article.en.report.html`).
    pub href: String,
    /// The text's name (`article.en.txt`).
    pub name: String,
    /// Its counts.
    pub summary: Summary,
}

/// The index page: a complete HTML document.
pub fn render_index(index: &Index) -> String {
    let title = format!("{} — steppe review", index.title);
    page::page(&title, |h| {
        page::header(
            h,
            &index.title,
            "The review pages of the texts, and every file the build wrote.",
        );
        let sections = [
            ("texts".to_owned(), "Texts".to_owned()),
            ("files".to_owned(), "Files".to_owned()),
        ];
        page::nav(h, &sections);
        texts(h, &index.pages);
        page::files(h, "files", "Files written", &index.files);
        page::end_main(h);
    })
}

fn texts(h: &mut Html, pages: &[IndexPage]) {
    section_start(
        h,
        "texts",
        "Texts",
        "Open a text's page for its glossary, references, names and alignment. Russian to check: \
         equivalents from termbase records without a source, composed, or read back from a \
         romanisation.",
    );
    if pages.is_empty() {
        table::none(h, "No text.");
        section_end(h);
        return;
    }
    let columns = [
        col("Text"),
        num("Terms"),
        num("Russian to check"),
        num("Terms flagged"),
        num("References"),
        num("Uncertain"),
        num("Works"),
        num("Names"),
        num("Aligned pairs"),
        num("Weak beads"),
        num("Sentences alone"),
    ];
    let caption = format!("{} texts", pages.len());
    table::start(h, "texts-table", &caption, &columns);
    for p in pages {
        let s = &p.summary;
        let to_check = ["termbase_unverified", "composed", "reverse_transliteration"]
            .iter()
            .map(|o| s.ru_from(o))
            .sum::<usize>();
        let slips = s.slips.iter().map(|(_, n)| n).sum::<usize>();
        h.raw("<tr>");
        h.open("th", &[("scope", "row")])
            .element("a", &[("href", &p.href)], &p.name)
            .close("th");
        for n in [
            s.entries,
            to_check,
            slips,
            s.references,
            s.uncertain_references,
            s.works,
            s.names,
            s.pairs,
            s.weak_beads,
            s.lone_sentences,
        ] {
            h.number_cell(&n.to_string(), n as f64);
        }
        h.raw("</tr>\n");
    }
    table::end(h);
    section_end(h);
}
