//! Tables and their filters, as every section writes them: a `<caption>`, column heads with
//! `scope="col"` whose buttons sort, and a form of `<select>`s the script applies to the rows'
//! `data-` attributes (`data-kind`, `data-origin`, and `data-flags` as a list of words).

use crate::html::Html;

/// A column head: its label and whether it holds numbers (sorted by value, right-aligned).
pub(crate) struct Column {
    /// What the head says.
    pub label: &'static str,
    /// Numbers: sorted by each cell's `data-value`.
    pub numeric: bool,
}

/// A text column.
pub(crate) const fn col(label: &'static str) -> Column {
    Column {
        label,
        numeric: false,
    }
}

/// A number column.
pub(crate) const fn num(label: &'static str) -> Column {
    Column { label, numeric: true }
}

/// One filter of a table: the row attribute it tests (`kind` tests `data-kind`; `flag` tests
/// whether `data-flags` lists the value), its label, and its choices (value, label, rows).
pub(crate) struct Filter {
    /// `kind`, `origin` or `flag`.
    pub name: &'static str,
    /// What the control is labelled.
    pub label: &'static str,
    /// The values to choose from: (value, label, how many rows have it).
    pub choices: Vec<(String, String, usize)>,
}

/// The filter form of table `table` (its `id`), with a count of the rows shown that the script
/// keeps up to date; a filter with no choices is left out, and so is a form with no filters.
/// `key` names the filters in the URL fragment (`#KEY-NAME=VALUE`: `#glossary-kind=acronym`).
pub(crate) fn filters(h: &mut Html, key: &str, table: &str, rows: usize, filters: &[Filter]) {
    if filters.iter().all(|f| f.choices.is_empty()) {
        return;
    }
    h.open(
        "form",
        &[("class", "filters"), ("data-table", table), ("data-key", key)],
    );
    for f in filters.iter().filter(|f| !f.choices.is_empty()) {
        let id = format!("{key}-{}", f.name);
        h.element("label", &[("for", &id)], f.label)
            .open("select", &[("id", &id), ("name", f.name)])
            .element("option", &[("value", "")], "all");
        for (value, label, count) in &f.choices {
            h.element("option", &[("value", value)], &format!("{label} ({count})"));
        }
        h.raw("</select>\n");
    }
    let shown = format!("{rows} of {rows} shown");
    h.element("output", &[("aria-live", "polite")], &shown)
        .raw("</form>\n");
}

/// `<table id>` with its caption and column heads, up to the opening `<tbody>`.
pub(crate) fn start(h: &mut Html, id: &str, caption: &str, columns: &[Column]) {
    h.open("table", &[("id", id)])
        .raw("\n")
        .element("caption", &[], caption)
        .raw("\n<thead><tr>");
    for c in columns {
        let kind = if c.numeric { "number" } else { "text" };
        h.open("th", &[("scope", "col"), ("data-type", kind)])
            .element("button", &[("type", "button")], c.label)
            .raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
}

/// The end of a table started by [`start`].
pub(crate) fn end(h: &mut Html) {
    h.raw("</tbody>\n</table>\n");
}

/// A line that stands for an empty table.
pub(crate) fn none(h: &mut Html, line: &str) {
    h.element("p", &[("class", "none")], line).raw("\n");
}

/// Counts of the values of a row attribute, for a filter's choices, in the order given by
/// `order` (values not in it after, by name).
pub(crate) fn choices<'a>(
    values: impl IntoIterator<Item = &'a str>,
    label: impl Fn(&str) -> String,
    order: &[&str],
) -> Vec<(String, String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let rank = |v: &str| order.iter().position(|o| *o == v).unwrap_or(order.len());
    let mut out: Vec<(String, String, usize)> = counts
        .into_iter()
        .map(|(v, n)| (v.to_owned(), label(v), n))
        .collect();
    out.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_have_scope_and_sort_buttons() {
        let mut h = Html::default();
        start(&mut h, "t", "Terms & forms", &[col("Term"), num("Count")]);
        end(&mut h);
        let html = h.finish();
        assert!(html.contains("<caption>Terms &amp; forms</caption>"));
        assert!(html
            .contains("<th scope=\"col\" data-type=\"number\"><button type=\"button\">Count</button></th>"));
    }

    #[test]
    fn choices_are_counted_and_ordered() {
        let got = choices(["b", "a", "b", "z"], |v| v.to_uppercase(), &["z"]);
        let want = [("z", "Z", 1), ("a", "A", 1), ("b", "B", 2)];
        let want: Vec<(String, String, usize)> = want
            .iter()
            .map(|(v, l, n)| (v.to_string(), l.to_string(), *n))
            .collect();
        assert_eq!(got, want);
        let mut h = Html::default();
        filters(
            &mut h,
            "k",
            "t",
            3,
            &[Filter {
                name: "flag",
                label: "Flag",
                choices: got,
            }],
        );
        let html = h.finish();
        assert!(html.contains("<option value=\"b\">B (2)</option>"), "{html}");
        assert!(html.contains("<output aria-live=\"polite\">3 of 3 shown</output>"));
    }
}
