//! The references section (each romanised span with its Cyrillic, restyled form, schemes,
//! certainty and flags) and the works cited.

use crate::glossary::flag_list;
use crate::html::{cyrillic_lang, Html};
use crate::page::{section_end, section_start};
use crate::reference::{ref_flag_label, Reference, REF_FLAG_KINDS, UNCERTAIN};
use crate::table::{self, col, num, Filter};
use steppe_bib::extract::Extracted;

/// Writes the references section.
pub(crate) fn render_references(h: &mut Html, refs: &[Reference]) {
    section_start(
        h,
        "references",
        "References",
        "The romanised Russian of the footnotes, with the Cyrillic steppe reconstructs and the \
         form in one style. A reconstruction with alternatives is one reading among others.",
    );
    if refs.is_empty() {
        table::none(h, "No romanised Russian in the footnotes.");
        section_end(h);
        return;
    }
    let kinds: Vec<Vec<&str>> = refs.iter().map(Reference::flag_kinds).collect();
    let mut order = vec![UNCERTAIN];
    order.extend(REF_FLAG_KINDS.iter().map(|k| k.0));
    let flags = table::choices(
        kinds.iter().flatten().copied(),
        |v| ref_flag_label(v).to_owned(),
        &order,
    );
    let filter = Filter {
        name: "flag",
        label: "Flag",
        choices: flags,
    };
    table::filters(h, "references", "references-table", refs.len(), &[filter]);
    // The confidence columns only when some span carries a confidence.
    let certain = refs.iter().any(|r| r.certainty.is_some());
    let mut columns = vec![
        num("Note"),
        col("As printed"),
        col("Cyrillic"),
        col("Restyled"),
        col("Schemes"),
    ];
    if certain {
        columns.extend([col("Confidence"), col("Alternatives")]);
    }
    columns.push(col("Flags"));
    let caption = format!("{} romanised spans in the footnotes", refs.len());
    table::start(h, "references-table", &caption, &columns);
    for (r, kinds) in refs.iter().zip(&kinds) {
        row(h, r, kinds, certain);
    }
    table::end(h);
    section_end(h);
}

fn row(h: &mut Html, r: &Reference, kinds: &[&str], certain_columns: bool) {
    let s = &r.span;
    let flags = kinds.join(" ");
    let look = kinds
        .iter()
        .any(|k| [UNCERTAIN, "mixed", "english", "two-spellings"].contains(k));
    h.open(
        "tr",
        &[("data-flags", &flags), (if look { "class" } else { "" }, "look")],
    );
    h.number_cell(&s.note.to_string(), f64::from(s.note));
    h.element("td", &[("lang", "ru-Latn")], &s.latin);
    h.element(
        "td",
        &[("lang", cyrillic_lang(&s.cyrillic).unwrap_or("ru"))],
        &s.cyrillic,
    );
    h.element("td", &[("lang", "ru-Latn")], &s.styled);
    let evidence = r.detection.evidence.join("; ");
    h.element("td", &[("title", &evidence)], &r.schemes());
    if certain_columns {
        match &r.certainty {
            Some(c) => {
                h.cell(&c.confidence);
                h.raw("<td lang=\"ru\">");
                for (i, alt) in c.alternatives.iter().enumerate() {
                    if i > 0 {
                        h.raw("<br>");
                    }
                    h.text(alt);
                }
                h.raw("</td>");
            }
            None => {
                h.raw("<td></td><td></td>");
            }
        }
    }
    flag_list(h, &s.flags);
    h.raw("</tr>\n");
}

/// Writes the works section: one row per work cited.
pub(crate) fn render_works(h: &mut Html, works: &[Extracted]) {
    section_start(
        h,
        "works",
        "Works cited",
        "The footnotes' references, one per work (the bibliography exports hold them).",
    );
    if works.is_empty() {
        table::none(h, "No work cited in the footnotes.");
        section_end(h);
        return;
    }
    // The original-script title only when some work has one.
    let original = works.iter().any(|w| w.entry.original_title.is_some());
    let mut columns = vec![col("Key"), col("Authors"), col("Title")];
    if original {
        columns.push(col("Original title"));
    }
    columns.extend([col("In"), col("Year"), col("Notes")]);
    let caption = format!("{} works cited", works.len());
    table::start(h, "works-table", &caption, &columns);
    for w in works {
        let e = &w.entry;
        let authors: Vec<String> = e.authors.iter().map(|a| a.inverted()).collect();
        let notes: Vec<String> = w.notes.iter().map(u32::to_string).collect();
        h.raw("<tr>");
        h.open("th", &[("scope", "row")])
            .element("code", &[], &e.id)
            .close("th");
        h.cell(&authors.join("; "));
        h.cell(e.title.as_deref().unwrap_or(""));
        if original {
            h.cell(e.original_title.as_deref().unwrap_or(""));
        }
        h.cell(e.container_title.as_deref().unwrap_or(""));
        h.cell(e.year.as_deref().unwrap_or(""));
        h.cell(&notes.join(", "));
        h.raw("</tr>\n");
    }
    table::end(h);
    section_end(h);
}
