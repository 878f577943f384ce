//! One entry per body: after [`crate::Termbase::annotate`], entries filled from the same termbase
//! record (`EU` and `European Union`, `NATO` and `North Atlantic Treaty Organization`, `Riga summit` and
//! `NATO's Riga Summit`) are one body and become one entry.
//!
//! The entry kept is the first acronym among them, else the first entry; the others join it with
//! their counts, contexts and flags, and their terms become its variants. Aliases are left apart (they
//! are other names on purpose, and say what they stand for), and so is an acronym whose sense the
//! context did not decide (`ambiguous_sense:…`): its record is a guess.

use crate::merge::absorb_same_body;
use crate::{Entry, EntryKind, Glossary, Termbase};
use std::collections::HashMap;

/// Merges the entries of `glossary` that `termbase` fills from one record.
pub(crate) fn merge_bodies(termbase: &Termbase, glossary: &mut Glossary) {
    let ids: Vec<Option<String>> = glossary
        .entries
        .iter()
        .map(|e| {
            let sure =
                e.kind != EntryKind::Alias && !e.flags.iter().any(|f| f.starts_with("ambiguous_sense:"));
            sure.then(|| termbase.record_for(e).map(|r| r.id.clone()))
                .flatten()
        })
        .collect();
    // per record: the index of the entry that stays
    let mut keep: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        let Some(id) = id else { continue };
        let acronym = glossary.entries[i].kind == EntryKind::Acronym;
        let at = keep.entry(id.as_str()).or_insert(i);
        if acronym && glossary.entries[*at].kind != EntryKind::Acronym {
            *at = i;
        }
    }
    let mut slots: Vec<Option<Entry>> = std::mem::take(&mut glossary.entries)
        .into_iter()
        .map(Some)
        .collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        let Some(&at) = id.as_deref().and_then(|id| keep.get(id)) else {
            continue;
        };
        if at == i {
            continue;
        }
        let e = slots[i].take().expect("each entry moves once");
        let into = slots[at].as_mut().expect("kept entries stay");
        renamed.insert(e.term.clone(), into.term.clone());
        absorb_same_body(into, e);
        if into.ru.is_some() {
            into.flags.retain(|f| f != "no_ru");
        }
    }
    glossary.entries = slots.into_iter().flatten().collect();
    for e in glossary.entries.iter_mut().filter(|e| e.kind == EntryKind::Alias) {
        if let Some(to) = e.long.as_ref().and_then(|long| renamed.get(long)) {
            e.long = Some(to.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Entry, EntryKind, Glossary, Termbase};
    use std::path::Path;

    fn entry(kind: EntryKind, term: &str, count: usize) -> Entry {
        Entry {
            kind,
            term: term.into(),
            short: (kind == EntryKind::Acronym).then(|| term.to_string()),
            long: None,
            ru: None,
            count,
            first_offset: count,
            defined_in_text: false,
            variants: vec![],
            contexts: vec![format!("{term} here.")],
            flags: vec![],
            ru_origin: None,
        }
    }

    #[test]
    fn short_and_full_forms_of_one_body_merge_under_the_acronym() {
        let tb = Termbase::parse(
            Path::new("t.tsv"),
            "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
             eu\tEU\tEuropean Union\tЕС\tЕвропейский союз\tpolitics\t\t\t\n\
             pfp\tPfP\tPartnership for Peace\tПРМ\t«Партнерство ради мира»\tsecurity\t\t\tPartnership for Peace Program\n",
        )
        .unwrap();
        let mut alias = entry(EntryKind::Alias, "the Program", 4);
        alias.long = Some("Partnership for Peace Program".into());
        let mut g = Glossary {
            entries: vec![
                entry(EntryKind::Acronym, "EU", 2),
                entry(EntryKind::Institution, "European Union", 1),
                entry(EntryKind::Institution, "Partnership for Peace", 3),
                entry(EntryKind::Institution, "Partnership for Peace Program", 3),
                alias,
                entry(EntryKind::Institution, "World Bank", 1),
            ],
        };
        tb.annotate(&mut g);
        let terms: Vec<(&str, usize)> = g.entries.iter().map(|e| (e.term.as_str(), e.count)).collect();
        assert_eq!(
            terms,
            [
                ("EU", 3),
                ("Partnership for Peace", 6),
                ("the Program", 4),
                ("World Bank", 1)
            ]
        );
        assert_eq!(g.entries[0].variants, ["European Union"]);
        assert_eq!(g.entries[0].first_offset, 1);
        assert_eq!(g.entries[0].contexts.len(), 2);
        assert_eq!(g.entries[2].long.as_deref(), Some("Partnership for Peace"));
        let once = g.clone();
        tb.annotate(&mut g);
        assert_eq!(g, once, "annotating again changes nothing");
    }
}
