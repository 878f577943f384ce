//! # steppe-report: the review page of a build
//!
//! Nobody loads a machine-made termbase or memory into a CAT tool unseen. This crate renders what
//! steppe found in one text as one self-contained HTML page a translator reads before trusting the
//! exports, and an index page over a corpus:
//!
//! - a **summary** at the top: counts, and what needs a look first (uncertain reconstructions,
//!   composed or unverified Russian, flagged terms and references, weak alignment beads,
//!   sentences left without a translation), each a link that filters the table below;
//! - the **glossary** (term, kind, short and long forms, Russian with its origin, count, flags, a
//!   context sentence with the term marked), filterable by kind, Russian origin and flag;
//! - the **references**: each romanised span as printed, its Cyrillic, its restyled form, the
//!   schemes it is written in, its confidence and alternatives when the span carries them, and
//!   its flags; then the **works** cited;
//! - the **name clusters** with their spellings;
//! - for a text and its translation, the **alignment** side by side, weak beads and one-sided
//!   sentences marked;
//! - the **files** written for the text.
//!
//! The page loads nothing (a Content-Security-Policy forbids it: no network, fonts or external
//! scripts); a little inline JavaScript sorts the tables (click a column head) and filters them,
//! both kept in the URL fragment (`#glossary-kind=acronym&glossary-flag=no_ru&glossary-sort=7-desc`)
//! so a link opens the page filtered and sorted. Tables are semantic (`<caption>`, `<th scope>`), Russian and Kazakh
//! cells carry their `lang`, and a print stylesheet lays it out for paper. Same input, same bytes.
//!
//! ## Example
//!
//! ```
//! use steppe_doc::{Document, Lang};
//! use steppe_report::{render_text, TextReport};
//!
//! let doc = Document::parse("a.en.txt", "The North Atlantic Treaty Organization (NATO) met.\n", Lang::En);
//! let report = TextReport {
//!     name: "a.en.txt".into(),
//!     glossary: Some(steppe_glossary::extract(&doc)),
//!     ..TextReport::default()
//! };
//! let html = render_text(&report);
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains("<mark>North Atlantic Treaty Organization</mark>"));
//! assert_eq!(html, render_text(&report)); // deterministic
//! ```
#![deny(missing_docs)]

mod align;
mod glossary;
mod html;
mod index;
mod names;
mod page;
mod reference;
mod refs;
mod summary;
mod table;

pub use index::{render_index, Index, IndexPage};
pub use reference::{Certainty, Reference};
pub use summary::Summary;

use steppe_align::Alignment;
use steppe_bib::extract::Extracted;
use steppe_glossary::Glossary;
use steppe_translit::reverse::NameCluster;

/// A bead scoring below this is marked weak (the align crate's confidence: 0.61 for lengths two
/// standard deviations apart with no anchor to back them).
pub const WEAK_BEAD: f32 = 0.5;

/// What the page of one text shows. A section whose field is `None` is left out (a text in
/// another language than English has no glossary or references); an empty list is a section that
/// says it found nothing.
#[derive(Clone, Debug, Default)]
pub struct TextReport {
    /// The text's name as shown (its file name, `article.en.txt`).
    pub name: String,
    /// The glossary, as the exports hold it.
    pub glossary: Option<Glossary>,
    /// The romanised spans of the footnotes.
    pub references: Option<Vec<Reference>>,
    /// The works cited in the footnotes.
    pub works: Option<Vec<Extracted>>,
    /// The name and title clusters.
    pub clusters: Option<Vec<NameCluster>>,
    /// The alignments of the text with its translations (none for a text alone).
    pub alignments: Vec<Alignment>,
    /// The files written for the text, as links relative to the page (`article.en.glossary.tbx`).
    pub exports: Vec<String>,
}

/// The page of one text: a complete HTML document.
pub fn render_text(report: &TextReport) -> String {
    let summary = Summary::of(report);
    let title = format!("{} — steppe review", report.name);
    page::page(&title, |h| {
        page::header(
            h,
            &report.name,
            "What steppe found in this text and what it is unsure of.",
        );
        page::nav(h, &sections(report));
        summary::render(h, &summary, report);
        if let Some(g) = &report.glossary {
            glossary::render(h, g);
        }
        if let Some(r) = &report.references {
            refs::render_references(h, r);
        }
        if let Some(w) = &report.works {
            refs::render_works(h, w);
        }
        if let Some(c) = &report.clusters {
            names::render(h, c);
        }
        for (i, a) in report.alignments.iter().enumerate() {
            align::render(h, a, i);
        }
        if !report.exports.is_empty() {
            page::files(h, "files", "Files written", &report.exports);
        }
        page::end_main(h);
    })
}

/// The sections of a page present for `report`: (id, title).
fn sections(report: &TextReport) -> Vec<(String, String)> {
    let mut out = vec![("summary".to_owned(), "Summary".to_owned())];
    let present = [
        (report.glossary.is_some(), "glossary", "Glossary"),
        (report.references.is_some(), "references", "References"),
        (report.works.is_some(), "works", "Works cited"),
        (report.clusters.is_some(), "names", "Names"),
    ];
    for (_, id, title) in present.iter().filter(|(on, _, _)| *on) {
        out.push((id.to_string(), title.to_string()));
    }
    for (i, a) in report.alignments.iter().enumerate() {
        out.push((align::section_id(i), align::title(a)));
    }
    if !report.exports.is_empty() {
        out.push(("files".to_owned(), "Files".to_owned()));
    }
    out
}
