//! The alignment section: a text and its translation side by side, bead by bead, weak beads and
//! sentences left without a counterpart marked.

use crate::html::Html;
use crate::page::{section_end, section_start};
use crate::table::{self, col, num, Filter};
use crate::WEAK_BEAD;
use steppe_align::{Alignment, Bead, Language};

/// The filter value of a weak bead.
pub(crate) const WEAK: &str = "weak";
/// The filter value of a bead with an empty side.
pub(crate) const ONE_SIDED: &str = "one-sided";

/// The `id` of the `i`-th alignment section.
pub(crate) fn section_id(i: usize) -> String {
    match i {
        0 => "alignment".to_owned(),
        _ => format!("alignment-{}", i + 1),
    }
}

/// The heading of an alignment's section (`Alignment, English ↔ Russian`).
pub(crate) fn title(a: &Alignment) -> String {
    format!(
        "Alignment, {} ↔ {}",
        language_name(a.source_lang),
        language_name(a.target_lang)
    )
}

fn language_name(l: Language) -> &'static str {
    match l {
        Language::En => "English",
        Language::Ru => "Russian",
        Language::Kk => "Kazakh",
    }
}

/// The filter value of a bead: weak, one-sided, or nothing.
pub(crate) fn bead_flag(b: &Bead) -> &'static str {
    if b.source.is_empty() || b.target.is_empty() {
        ONE_SIDED
    } else if b.score < WEAK_BEAD {
        WEAK
    } else {
        ""
    }
}

/// The beads shown: every bead but paragraph marks.
pub(crate) fn shown(a: &Alignment) -> impl Iterator<Item = &Bead> {
    a.beads.iter().filter(|b| !b.marker)
}

/// Writes the `i`-th alignment section.
pub(crate) fn render(h: &mut Html, a: &Alignment, i: usize) {
    let id = section_id(i);
    let line = format!(
        "Sentence by sentence, as the translation memory pairs them. A bead scoring below {WEAK_BEAD} \
         is weak; a sentence alone has no counterpart on the other side (left out or added)."
    );
    section_start(h, &id, &title(a), &line);
    let beads: Vec<&Bead> = shown(a).collect();
    if beads.is_empty() {
        table::none(h, "No sentence on either side.");
        section_end(h);
        return;
    }
    let label = |v: &str| match v {
        WEAK => format!("weak (below {WEAK_BEAD})"),
        _ => "sentence alone".to_owned(),
    };
    let flags = table::choices(
        beads.iter().map(|b| bead_flag(b)).filter(|f| !f.is_empty()),
        label,
        &[WEAK, ONE_SIDED],
    );
    let table_id = format!("{id}-table");
    table::filters(
        h,
        &id,
        &table_id,
        beads.len(),
        &[Filter {
            name: "flag",
            label: "Show",
            choices: flags,
        }],
    );
    let (sl, tl) = (a.source_lang.code(), a.target_lang.code());
    let columns = [
        num("Bead"),
        col(language_name(a.source_lang)),
        col(language_name(a.target_lang)),
        num("Score"),
    ];
    let caption = format!(
        "{} beads: {} sentences ({sl}) and {} ({tl})",
        beads.len(),
        a.source.len(),
        a.target.len()
    );
    table::start(h, &table_id, &caption, &columns);
    for (n, b) in beads.iter().enumerate() {
        let flag = bead_flag(b);
        h.open(
            "tr",
            &[
                ("data-flags", flag),
                (if flag.is_empty() { "" } else { "class" }, flag),
            ],
        );
        h.number_cell(&(n + 1).to_string(), (n + 1) as f64);
        side(h, sl, &a.source[b.source.clone()]);
        side(h, tl, &a.target[b.target.clone()]);
        h.number_cell(&format!("{:.2}", b.score), f64::from(b.score));
        h.raw("</tr>\n");
    }
    table::end(h);
    section_end(h);
}

/// One side of a bead: its sentences, one paragraph each; empty when the side has none.
fn side(h: &mut Html, lang: &str, sentences: &[String]) {
    if sentences.is_empty() {
        h.element("td", &[("class", "empty")], "—");
        return;
    }
    h.open("td", &[("lang", lang)]);
    for s in sentences {
        h.element("p", &[], s);
    }
    h.raw("</td>");
}
