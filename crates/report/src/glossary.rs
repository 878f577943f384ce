//! The glossary section: one row per entry, filterable by kind, by where its Russian came from and
//! by flag, with a context sentence where the term is marked.

use crate::html::{cyrillic_lang, Html};
use crate::page::{section_end, section_start};
use crate::reference::glossary_flag_kind;
use crate::table::{self, col, num, Filter};
use steppe_glossary::{Entry, Glossary, RuFrom};

/// The Russian origins in the order a translator trusts them, with the label the page gives
/// them; `none` is an entry without Russian.
pub(crate) const ORIGINS: [(&str, &str); 5] = [
    ("termbase", "termbase, with its source"),
    ("termbase_unverified", "termbase, unverified"),
    ("composed", "composed from termbase parts"),
    ("reverse_transliteration", "reverse transliteration"),
    ("none", "no Russian"),
];

/// The origin value of an entry (`none` without Russian, `unknown` for Russian set by hand).
pub(crate) fn origin(entry: &Entry) -> &'static str {
    match (&entry.ru, &entry.ru_origin) {
        (None, _) => "none",
        (Some(_), Some(o)) => o.from.as_str(),
        (Some(_), None) => "unknown",
    }
}

fn origin_label(value: &str) -> String {
    ORIGINS
        .iter()
        .find(|(v, _)| *v == value)
        .map_or(value, |(_, label)| label)
        .to_owned()
}

/// Writes the glossary section.
pub(crate) fn render(h: &mut Html, glossary: &Glossary) {
    section_start(
        h,
        "glossary",
        "Glossary",
        "The terms of the glossary exports. Russian that is not from a termbase record with a \
         source is a proposal to check; the flags say what else to look at.",
    );
    let entries = &glossary.entries;
    if entries.is_empty() {
        table::none(h, "No term found.");
        section_end(h);
        return;
    }
    let kinds = table::choices(entries.iter().map(|e| e.kind.as_str()), str::to_owned, &[]);
    let origins = table::choices(entries.iter().map(origin), origin_label, &ORIGINS.map(|o| o.0));
    let flag_kinds: Vec<Vec<String>> = entries.iter().map(flag_kinds).collect();
    let flags = table::choices(
        flag_kinds.iter().flatten().map(String::as_str),
        str::to_owned,
        &[],
    );
    let filters = [
        Filter {
            name: "kind",
            label: "Kind",
            choices: kinds,
        },
        Filter {
            name: "origin",
            label: "Russian from",
            choices: origins,
        },
        Filter {
            name: "flag",
            label: "Flag",
            choices: flags,
        },
    ];
    table::filters(h, "glossary", "glossary-table", entries.len(), &filters);
    let columns = [
        col("Term"),
        col("Kind"),
        col("Short form"),
        col("Long form"),
        col("Russian"),
        col("Russian from"),
        num("Count"),
        col("Flags"),
        col("Context"),
    ];
    let caption = format!("{} glossary entries", entries.len());
    table::start(h, "glossary-table", &caption, &columns);
    for (entry, kinds) in entries.iter().zip(&flag_kinds) {
        row(h, entry, kinds);
    }
    table::end(h);
    section_end(h);
}

/// The filter values of an entry's flags, each once.
fn flag_kinds(entry: &Entry) -> Vec<String> {
    let mut kinds: Vec<String> = entry.flags.iter().map(|f| glossary_flag_kind(f)).collect();
    kinds.dedup();
    let mut seen = std::collections::BTreeSet::new();
    kinds.retain(|k| seen.insert(k.clone()));
    kinds
}

fn row(h: &mut Html, entry: &Entry, flag_kinds: &[String]) {
    let origin = origin(entry);
    let flags = flag_kinds.join(" ");
    let class = if needs_look(entry) { "look" } else { "" };
    h.open(
        "tr",
        &[
            ("data-kind", entry.kind.as_str()),
            ("data-origin", origin),
            ("data-flags", &flags),
            (if class.is_empty() { "" } else { "class" }, class),
        ],
    );
    h.open("th", &[("scope", "row")]).text(&entry.term).close("th");
    h.cell(entry.kind.as_str());
    h.cell(entry.short.as_deref().unwrap_or(""));
    h.cell(entry.long.as_deref().unwrap_or(""));
    match &entry.ru {
        Some(ru) => h.element("td", &[("lang", cyrillic_lang(ru).unwrap_or("ru"))], ru),
        None => h.cell(""),
    };
    origin_cell(h, entry, origin);
    h.number_cell(&entry.count.to_string(), entry.count as f64);
    flag_list(h, &entry.flags);
    context_cell(h, entry);
    h.raw("</tr>\n");
}

/// Whether an entry's Russian is not a sourced termbase fact, or it has a flag of a slip.
pub(crate) fn needs_look(entry: &Entry) -> bool {
    matches!(
        entry.ru_origin.as_ref().map(|o| o.from),
        Some(RuFrom::Composed | RuFrom::ReverseTransliteration)
    ) || entry
        .flags
        .iter()
        .any(|f| SLIPS.contains(&glossary_flag_kind(f).as_str()))
}

/// Flags that say the text or the termbase may be wrong, not only that something is missing.
pub(crate) const SLIPS: [&str; 5] = [
    "nonstandard_short_form",
    "inconsistent_short_form",
    "resembles",
    "ambiguous_sense",
    "long_form_differs",
];

fn origin_cell(h: &mut Html, entry: &Entry, origin: &str) {
    h.open("td", &[("class", &format!("origin {origin}"))]);
    if origin != "none" {
        h.text(&origin_label(origin));
    }
    if let Some(source) = entry.ru_origin.as_ref().and_then(|o| o.source.as_deref()) {
        h.raw("<br>");
        if source.starts_with("https://") || source.starts_with("http://") {
            h.open("a", &[("href", source), ("rel", "noreferrer")])
                .text(source)
                .close("a");
        } else {
            h.element("span", &[("class", "source")], source);
        }
    }
    h.raw("</td>");
}

/// A cell listing flags, each a list item (with its `lang` when it quotes Cyrillic).
pub(crate) fn flag_list(h: &mut Html, flags: &[String]) {
    if flags.is_empty() {
        h.raw("<td></td>");
        return;
    }
    h.raw("<td><ul class=\"flags\">");
    for f in flags {
        match cyrillic_lang(f) {
            Some(lang) => h.open("li", &[("lang", lang)]),
            None => h.open("li", &[]),
        };
        // a long flag may break after its name (`nonstandard_short_form:` / `EAPC`)
        match f.split_once(':') {
            Some((name, value)) => h.text(name).text(":").raw("<wbr>").text(value),
            None => h.text(f),
        };
        h.close("li");
    }
    h.raw("</ul></td>");
}

/// The first context sentence with the term marked; the others folded under it.
fn context_cell(h: &mut Html, entry: &Entry) {
    let mut needles: Vec<&str> = [
        Some(entry.term.as_str()),
        entry.short.as_deref(),
        entry.long.as_deref(),
    ]
    .into_iter()
    .flatten()
    .chain(entry.variants.iter().map(String::as_str))
    .filter(|n| !n.is_empty())
    .collect();
    needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    h.raw("<td class=\"context\">");
    if let Some((first, rest)) = entry.contexts.split_first() {
        marked(h, first, &needles);
        if !rest.is_empty() {
            let more = format!("{} more", rest.len());
            h.raw("<details>").element("summary", &[], &more);
            for c in rest {
                h.raw("<p>");
                marked(h, c, &needles);
                h.raw("</p>");
            }
            h.raw("</details>");
        }
    }
    h.raw("</td>");
}

/// `sentence` with every whole-word occurrence of a needle in `<mark>` (longest needle first at
/// one place; matched ignoring ASCII case when the exact case is not found).
pub(crate) fn marked(h: &mut Html, sentence: &str, needles: &[&str]) {
    let exact = needles.iter().any(|n| find_word(sentence, n, 0).is_some());
    let (haystack, keys): (String, Vec<String>) = if exact {
        (
            sentence.to_owned(),
            needles.iter().map(|n| n.to_string()).collect(),
        )
    } else {
        let lower = needles.iter().map(|n| n.to_ascii_lowercase()).collect();
        (sentence.to_ascii_lowercase(), lower)
    };
    let mut at = 0;
    while at < sentence.len() {
        let next = keys
            .iter()
            .filter_map(|k| find_word(&haystack, k, at).map(|s| (s, s + k.len())))
            .min_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        let Some((start, end)) = next else { break };
        h.text(&sentence[at..start]);
        h.element("mark", &[], &sentence[start..end]);
        at = end;
    }
    h.text(&sentence[at..]);
}

/// The first occurrence of `needle` in `text` at or after `from` that is a whole word (no letter
/// or digit just before or after it).
fn find_word(text: &str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut at = from;
    while let Some(i) = text[at..].find(needle) {
        let start = at + i;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(start);
        }
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(sentence: &str, needles: &[&str]) -> String {
        let mut h = Html::default();
        marked(&mut h, sentence, needles);
        h.finish()
    }

    #[test]
    fn terms_are_marked_as_whole_words_longest_first() {
        assert_eq!(
            mark(
                "The EU and the EURASEC met; the European Union spoke.",
                &["European Union", "EU"]
            ),
            "The <mark>EU</mark> and the EURASEC met; the <mark>European Union</mark> spoke."
        );
        // case differs: matched ignoring case, shown as written; text escaped
        assert_eq!(
            mark("the world bank & <co>", &["World Bank"]),
            "the <mark>world bank</mark> &amp; &lt;co&gt;"
        );
        assert_eq!(mark("Nothing here.", &["NATO"]), "Nothing here.");
        assert_eq!(
            mark("Назарбаев сказал", &["Назарбаев"]),
            "<mark>Назарбаев</mark> сказал"
        );
    }
}
