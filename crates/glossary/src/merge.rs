//! Merging the glossaries of several documents into one, as `steppe glossary A.txt B.txt` does.

use crate::{Entry, EntryKind, Glossary};
use std::collections::BTreeMap;

/// How many context sentences an entry keeps.
pub const MAX_CONTEXTS: usize = 3;

/// Merges glossaries in the order given: entries with the same kind and term (a name's in any case)
/// become one, with counts
/// added, variants and flags united, contexts kept up to [`MAX_CONTEXTS`], `defined_in_text` if any
/// document defines the term, and the long form and first offset of the first document that has them.
/// New entries keep their order of first appearance, so one glossary merges into itself unchanged.
///
/// ```
/// use steppe_glossary::{merge, Entry, EntryKind, Glossary};
/// let e = |count| Entry { kind: EntryKind::Acronym, term: "SCO".into(), short: Some("SCO".into()),
///     long: None, ru: None, count, first_offset: 0, defined_in_text: false, variants: vec![],
///     contexts: vec![], flags: vec![], ru_origin: None };
/// let g = merge(vec![Glossary { entries: vec![e(2)] }, Glossary { entries: vec![e(3)] }]);
/// assert_eq!(g.entries.len(), 1);
/// assert_eq!(g.entries[0].count, 5);
/// ```
pub fn merge(glossaries: impl IntoIterator<Item = Glossary>) -> Glossary {
    let mut out: Vec<Entry> = Vec::new();
    // Where each (kind, merge key) stands in `out`: a lookup, not a scan of every entry so far, which
    // made a text of many distinct names quadratic (a 20 MB line: 9.5 s, 3× the 10 MB one).
    let mut index: BTreeMap<(EntryKind, String), usize> = BTreeMap::new();
    for glossary in glossaries {
        for e in glossary.entries {
            match index.get(&(e.kind, merge_key(&e))) {
                Some(&i) => absorb(&mut out[i], e),
                None => {
                    index.insert((e.kind, merge_key(&e)), out.len());
                    out.push(e);
                }
            }
        }
    }
    Glossary { entries: out }
}

/// Another entry for the same body joins `into` within one document: counts added, its term among the
/// variants, the earliest offset kept.
pub(crate) fn absorb_same_body(into: &mut Entry, e: Entry) {
    let offset = into.first_offset.min(e.first_offset);
    let term = e.term.clone();
    absorb(into, e);
    into.first_offset = offset;
    if term != into.term && !into.variants.contains(&term) {
        into.variants.push(term);
    }
}

/// Same kind and term; names in any case (`Riga summit`, `Riga Summit`), acronyms as written.
/// What makes two entries of one kind the same: an acronym as written (`US` is not `Us`), a name in
/// any case (`Riga summit`, `Riga Summit`).
fn merge_key(e: &Entry) -> String {
    if e.kind == EntryKind::Acronym {
        e.term.clone()
    } else {
        e.term.to_lowercase()
    }
}

fn absorb(into: &mut Entry, e: Entry) {
    into.count += e.count;
    into.defined_in_text |= e.defined_in_text;
    if into.long.is_none() {
        into.long = e.long;
    }
    if into.short.is_none() {
        into.short = e.short;
    }
    if into.ru.is_none() {
        into.ru = e.ru;
        into.ru_origin = e.ru_origin;
    }
    for (list, more) in [(&mut into.variants, e.variants), (&mut into.flags, e.flags)] {
        for item in more {
            if !list.contains(&item) {
                list.push(item);
            }
        }
    }
    for c in e.contexts {
        if into.contexts.len() < MAX_CONTEXTS && !into.contexts.contains(&c) {
            into.contexts.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntryKind;

    fn entry(kind: EntryKind, term: &str, count: usize, context: &str, flag: &str) -> Entry {
        Entry {
            kind,
            term: term.into(),
            short: None,
            long: None,
            ru: None,
            count,
            first_offset: count * 10,
            defined_in_text: false,
            variants: vec![],
            contexts: vec![context.into()],
            flags: vec![flag.into()],
            ru_origin: None,
        }
    }

    #[test]
    fn same_kind_and_term_merge_others_stay_apart_in_first_seen_order() {
        let a = Glossary {
            entries: vec![
                entry(EntryKind::Acronym, "SCO", 1, "a", "x"),
                entry(EntryKind::Institution, "World Bank", 2, "b", "y"),
            ],
        };
        let mut sco = entry(EntryKind::Acronym, "SCO", 4, "c", "x");
        sco.long = Some("Shanghai Cooperation Organization".into());
        sco.defined_in_text = true;
        let b = Glossary {
            entries: vec![entry(EntryKind::Name, "SCO", 1, "d", "z"), sco],
        };
        let g = merge(vec![a.clone(), b]);
        let terms: Vec<_> = g
            .entries
            .iter()
            .map(|e| (e.kind, e.term.as_str(), e.count))
            .collect();
        assert_eq!(
            terms,
            [
                (EntryKind::Acronym, "SCO", 5),
                (EntryKind::Institution, "World Bank", 2),
                (EntryKind::Name, "SCO", 1)
            ]
        );
        let sco = &g.entries[0];
        assert_eq!(sco.contexts, ["a", "c"]);
        assert_eq!(sco.flags, ["x"]);
        assert!(sco.defined_in_text);
        assert_eq!(sco.long.as_deref(), Some("Shanghai Cooperation Organization"));
        assert_eq!(sco.first_offset, 10, "first document's offset");
        assert_eq!(merge(vec![a.clone()]), a);
    }

    #[test]
    fn names_merge_in_any_case_acronyms_as_written() {
        let g = merge(vec![
            Glossary {
                entries: vec![
                    entry(EntryKind::Institution, "Riga summit", 1, "a", "x"),
                    entry(EntryKind::Acronym, "US", 1, "a", "x"),
                ],
            },
            Glossary {
                entries: vec![
                    entry(EntryKind::Institution, "Riga Summit", 2, "b", "y"),
                    entry(EntryKind::Acronym, "Us", 1, "b", "x"),
                ],
            },
        ]);
        let terms: Vec<_> = g.entries.iter().map(|e| (e.term.as_str(), e.count)).collect();
        assert_eq!(terms, [("Riga summit", 3), ("US", 1), ("Us", 1)]);
    }

    #[test]
    fn many_distinct_terms_merge_by_lookup_not_by_scan() {
        // 200,000 names of a long text: a scan of the entries so far for each would compare
        // about 3e10 terms (minutes); the index makes it a moment.
        let names = |from: usize| Glossary {
            entries: (from..from + 200_000)
                .map(|i| entry(EntryKind::Name, &format!("Name{i}"), 1, "c", "f"))
                .collect(),
        };
        let g = merge(vec![names(0), names(100_000)]);
        assert_eq!(g.entries.len(), 300_000);
        assert_eq!(g.entries[150_000].count, 2);
        assert_eq!(g.entries[299_999].term, "Name299999");
    }

    #[test]
    fn contexts_stop_at_three() {
        let docs = (0..5).map(|i| Glossary {
            entries: vec![entry(EntryKind::Acronym, "EU", 1, &i.to_string(), "f")],
        });
        let g = merge(docs);
        assert_eq!(g.entries[0].contexts, ["0", "1", "2"]);
        assert_eq!(g.entries[0].count, 5);
    }
}
