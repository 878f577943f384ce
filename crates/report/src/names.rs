//! The names section: each cluster of spellings of one name or title, with its preferred form and
//! Cyrillic; clusters of several spellings are what an editor makes consistent.

use crate::html::{cyrillic_lang, Html};
use crate::page::{section_end, section_start};
use crate::table::{self, col, num, Filter};
use steppe_translit::reverse::cluster::ClusterKind;
use steppe_translit::reverse::NameCluster;

/// The kind of a cluster as the page and `steppe names` call it.
pub(crate) fn kind_name(kind: ClusterKind) -> &'static str {
    match kind {
        ClusterKind::Name => "name",
        ClusterKind::Title => "title",
    }
}

/// The filter value of a cluster spelled more than one way.
pub(crate) const VARIANTS: &str = "variants";

/// Writes the names section.
pub(crate) fn render(h: &mut Html, clusters: &[NameCluster]) {
    section_start(
        h,
        "names",
        "Names",
        "Names and titles read as romanised Russian, each with every spelling the text uses.",
    );
    if clusters.is_empty() {
        table::none(h, "No romanised Russian name or title found.");
        section_end(h);
        return;
    }
    let kinds = table::choices(
        clusters.iter().map(|c| kind_name(c.kind)),
        str::to_owned,
        &["name", "title"],
    );
    let spelled = clusters.iter().filter(|c| c.variants.len() > 1).map(|_| VARIANTS);
    let flags = table::choices(spelled, |_| "several spellings".to_owned(), &[]);
    let filters = [
        Filter {
            name: "kind",
            label: "Kind",
            choices: kinds,
        },
        Filter {
            name: "flag",
            label: "Flag",
            choices: flags,
        },
    ];
    table::filters(h, "names", "names-table", clusters.len(), &filters);
    let columns = [
        col("Preferred"),
        col("Kind"),
        col("Cyrillic"),
        col("Spellings"),
        num("Count"),
    ];
    let caption = format!("{} names and titles", clusters.len());
    table::start(h, "names-table", &caption, &columns);
    for c in clusters {
        let several = c.variants.len() > 1;
        h.open(
            "tr",
            &[
                ("data-kind", kind_name(c.kind)),
                ("data-flags", if several { VARIANTS } else { "" }),
                (if several { "class" } else { "" }, "look"),
            ],
        );
        let lang = cyrillic_lang(&c.preferred).unwrap_or("ru-Latn");
        h.open("th", &[("scope", "row"), ("lang", lang)])
            .text(&c.preferred)
            .close("th");
        h.cell(kind_name(c.kind));
        h.element(
            "td",
            &[("lang", cyrillic_lang(&c.cyrillic).unwrap_or("ru"))],
            &c.cyrillic,
        );
        h.raw("<td><ul class=\"spellings\">");
        for (spelling, count) in &c.variants {
            let lang = cyrillic_lang(spelling).unwrap_or("ru-Latn");
            h.open("li", &[("lang", lang)])
                .text(spelling)
                .raw(" ")
                .element(
                    "span",
                    &[("class", "count"), ("lang", "en")],
                    &format!("({count})"),
                )
                .close("li");
        }
        h.raw("</ul></td>");
        h.number_cell(&c.count.to_string(), c.count as f64);
        h.raw("</tr>\n");
    }
    table::end(h);
    section_end(h);
}
