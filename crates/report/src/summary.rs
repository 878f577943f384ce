//! The summary at the top of a page: counts, and what needs a look first, each item a link that
//! opens its table filtered to the rows meant.

use crate::align::{bead_flag, shown, ONE_SIDED, WEAK};
use crate::glossary::{origin, ORIGINS, SLIPS};
use crate::html::Html;
use crate::page::{section_end, section_start};
use crate::reference::{glossary_flag_kind, UNCERTAIN};
use crate::{TextReport, WEAK_BEAD};

/// The counts of one text's page, shown at its top and in the index.
///
/// ```
/// use steppe_report::{Summary, TextReport};
/// let s = Summary::of(&TextReport::default());
/// assert_eq!((s.entries, s.references, s.weak_beads), (0, 0, 0));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Glossary entries.
    pub entries: usize,
    /// Entries by where their Russian came from (`termbase`, `termbase_unverified`, `composed`,
    /// `reverse_transliteration`, `none`), in that order, origins with no entry left out.
    pub ru_from: Vec<(&'static str, usize)>,
    /// Entries flagged as a possible slip of the text or the termbase, by flag (`resembles`,
    /// `nonstandard_short_form`, …).
    pub slips: Vec<(&'static str, usize)>,
    /// Romanised reference spans.
    pub references: usize,
    /// Spans whose Cyrillic is one reading among others.
    pub uncertain_references: usize,
    /// Spans by kind of flag (`mixed`, `english`, `two-spellings`, …).
    pub reference_flags: Vec<(&'static str, usize)>,
    /// Works cited.
    pub works: usize,
    /// Name and title clusters.
    pub names: usize,
    /// Clusters spelled more than one way.
    pub names_spelled_apart: usize,
    /// Alignment beads pairing sentences on both sides.
    pub pairs: usize,
    /// Pairs scoring below [`WEAK_BEAD`].
    pub weak_beads: usize,
    /// Sentences with no counterpart on the other side.
    pub lone_sentences: usize,
}

impl Summary {
    /// The counts of `report`.
    pub fn of(report: &TextReport) -> Summary {
        let mut s = Summary::default();
        if let Some(g) = &report.glossary {
            s.entries = g.entries.len();
            for (value, _) in ORIGINS {
                let n = g.entries.iter().filter(|e| origin(e) == value).count();
                if n > 0 {
                    s.ru_from.push((value, n));
                }
            }
            for slip in SLIPS {
                let n = g
                    .entries
                    .iter()
                    .filter(|e| e.flags.iter().any(|f| glossary_flag_kind(f) == slip))
                    .count();
                if n > 0 {
                    s.slips.push((slip, n));
                }
            }
        }
        if let Some(refs) = &report.references {
            s.references = refs.len();
            s.uncertain_references = refs.iter().filter(|r| r.is_uncertain()).count();
            for (kind, _, _) in crate::reference::REF_FLAG_KINDS {
                let n = refs.iter().filter(|r| r.flag_kinds().contains(&kind)).count();
                if n > 0 {
                    s.reference_flags.push((kind, n));
                }
            }
        }
        s.works = report.works.as_ref().map_or(0, Vec::len);
        if let Some(c) = &report.clusters {
            s.names = c.len();
            s.names_spelled_apart = c.iter().filter(|c| c.variants.len() > 1).count();
        }
        for a in &report.alignments {
            for b in shown(a) {
                match bead_flag(b) {
                    ONE_SIDED => s.lone_sentences += b.source.len() + b.target.len(),
                    WEAK => {
                        s.weak_beads += 1;
                        s.pairs += 1;
                    }
                    _ => s.pairs += 1,
                }
            }
        }
        s
    }

    /// Entries whose Russian came from `origin`.
    pub fn ru_from(&self, origin: &str) -> usize {
        self.ru_from
            .iter()
            .find(|(o, _)| *o == origin)
            .map_or(0, |(_, n)| *n)
    }

    /// What needs a look, most pressing first: (how many, what, link to the filtered table).
    pub(crate) fn attention(&self) -> Vec<(usize, String, String)> {
        let mut out = Vec::new();
        let mut add = |n: usize, (one, many): (&str, &str), href: String| {
            if n > 0 {
                out.push((n, if n == 1 { one } else { many }.to_owned(), href));
            }
        };
        add(
            self.uncertain_references,
            (
                "uncertain reconstruction of Cyrillic (alternatives given)",
                "uncertain reconstructions of Cyrillic (alternatives given)",
            ),
            format!("#references-flag={UNCERTAIN}"),
        );
        add(
            self.ru_from("composed"),
            (
                "Russian equivalent composed from termbase parts, not found",
                "Russian equivalents composed from termbase parts, not found",
            ),
            "#glossary-origin=composed".into(),
        );
        add(
            self.ru_from("reverse_transliteration"),
            (
                "Russian equivalent read back from a romanisation",
                "Russian equivalents read back from a romanisation",
            ),
            "#glossary-origin=reverse_transliteration".into(),
        );
        for (flag, n) in &self.slips {
            let (one, many) = (format!("term flagged {flag}"), format!("terms flagged {flag}"));
            add(*n, (&one, &many), format!("#glossary-flag={flag}"));
        }
        for (kind, n) in &self.reference_flags {
            let label = crate::reference::ref_flag_label(kind);
            let (one, many) = (format!("reference: {label}"), format!("references: {label}"));
            add(*n, (&one, &many), format!("#references-flag={kind}"));
        }
        let (one, many) = (
            format!("weak alignment bead (score below {WEAK_BEAD})"),
            format!("weak alignment beads (score below {WEAK_BEAD})"),
        );
        add(self.weak_beads, (&one, &many), format!("#alignment-flag={WEAK}"));
        add(
            self.lone_sentences,
            (
                "sentence with no counterpart in the other text",
                "sentences with no counterpart in the other text",
            ),
            format!("#alignment-flag={ONE_SIDED}"),
        );
        add(
            self.ru_from("termbase_unverified"),
            (
                "Russian equivalent from a termbase record without a source (unverified)",
                "Russian equivalents from termbase records without a source (unverified)",
            ),
            "#glossary-origin=termbase_unverified".into(),
        );
        add(
            self.ru_from("none"),
            ("term without Russian", "terms without Russian"),
            "#glossary-origin=none".into(),
        );
        add(
            self.names_spelled_apart,
            (
                "name or title spelled more than one way",
                "names or titles spelled more than one way",
            ),
            "#names-flag=variants".into(),
        );
        out
    }
}

/// Writes the summary section of a text's page.
pub(crate) fn render(h: &mut Html, s: &Summary, report: &TextReport) {
    section_start(h, "summary", "Summary", "");
    h.raw("<dl class=\"counts\">\n");
    let mut count = |term: &str, value: String| {
        h.element("dt", &[], term).element("dd", &[], &value).raw("\n");
    };
    if report.glossary.is_some() {
        let origins: Vec<String> = s
            .ru_from
            .iter()
            .map(|(o, n)| format!("{n} {}", o.replace('_', " ")))
            .collect();
        count("Glossary entries", s.entries.to_string());
        count("Russian from", or_none(&origins.join(", ")));
    }
    if report.references.is_some() {
        count(
            "Romanised reference spans",
            format!("{}, {} uncertain", s.references, s.uncertain_references),
        );
    }
    if report.works.is_some() {
        count("Works cited", s.works.to_string());
    }
    if report.clusters.is_some() {
        count(
            "Names and titles",
            format!("{}, {} spelled more than one way", s.names, s.names_spelled_apart),
        );
    }
    if !report.alignments.is_empty() {
        count("Aligned pairs", format!("{}, {} weak", s.pairs, s.weak_beads));
        count("Sentences alone", s.lone_sentences.to_string());
    }
    h.raw("</dl>\n<h3>Needs a look first</h3>\n");
    let items = s.attention();
    if items.is_empty() {
        h.element("p", &[("class", "none")], "Nothing flagged.");
    } else {
        h.raw("<ol class=\"attention\">\n");
        for (n, what, href) in items {
            h.raw("<li>")
                .open("a", &[("href", &href)])
                .element("strong", &[], &n.to_string())
                .text(" ")
                .text(&what)
                .raw("</a></li>\n");
        }
        h.raw("</ol>\n");
    }
    section_end(h);
}

fn or_none(s: &str) -> String {
    if s.is_empty() {
        "—".to_owned()
    } else {
        s.to_owned()
    }
}
