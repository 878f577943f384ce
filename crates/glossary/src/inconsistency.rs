//! Slips a translator should query: one body written with several short forms.
//!
//! Two cases are found between acronym entries (one short form with several long forms is flagged when
//! the definitions are gathered, see `Collector::define`):
//! - two short forms defined by the same long form;
//! - a short form the text never defines that has the same letters as a defined one in another order,
//!   or one letter changed (`EASP` after `Euro-Atlantic Partnership Council (EAPS)`): it takes the
//!   defined one's long form.
//!
//! Both entries get the flag `inconsistent_short_form` and list each other as variants. Whether a
//! short form differs from the standard one, or a name resembles a known body, is the termbase's to say
//! (`Termbase::annotate`).

use crate::{Entry, EntryKind};
use std::collections::BTreeMap;

/// The flag set on every short form of a body that has several.
pub const INCONSISTENT_SHORT_FORM: &str = "inconsistent_short_form";

/// Flags acronym entries that write one body with several short forms.
pub(crate) fn flag(entries: &mut [Entry]) {
    let mut by_long: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        if let (EntryKind::Acronym, true, Some(long)) = (e.kind, e.defined_in_text, &e.long) {
            by_long.entry(normalise(long)).or_default().push(i);
        }
    }
    let mut links: Vec<(usize, usize)> = Vec::new();
    for group in by_long.values() {
        for (k, &a) in group.iter().enumerate() {
            links.extend(group[k + 1..].iter().map(|&b| (a, b)));
        }
    }
    for (u, e) in entries.iter().enumerate() {
        if e.kind != EntryKind::Acronym || e.defined_in_text {
            continue;
        }
        for group in by_long.values() {
            if let Some(&d) = group.iter().find(|&&d| slip_of(&e.term, &entries[d].term)) {
                links.push((d, u));
            }
        }
    }
    for (a, b) in links {
        if entries[b].long.is_none() {
            entries[b].long = entries[a].long.clone();
        }
        for (x, y) in [(a, b), (b, a)] {
            let other = entries[y].term.clone();
            let entry = &mut entries[x];
            if !entry.variants.contains(&other) {
                entry.variants.push(other);
            }
            if !entry.flags.iter().any(|f| f == INCONSISTENT_SHORT_FORM) {
                entry.flags.push(INCONSISTENT_SHORT_FORM.to_owned());
            }
        }
    }
}

/// Whether `written` looks like a slip for `defined`: same first letter and length (three or more),
/// and the same letters in another order or one letter changed.
fn slip_of(written: &str, defined: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (written.chars().collect(), defined.chars().collect());
    if a.len() < 3 || a.len() != b.len() || a[0] != b[0] || a == b {
        return false;
    }
    let (mut x, mut y) = (a.clone(), b.clone());
    x.sort_unstable();
    y.sort_unstable();
    x == y || strsim::hamming(written, defined) == Ok(1)
}

/// A long form as compared: lower case, no possessive, hyphens as spaces, no leading `the`.
fn normalise(long: &str) -> String {
    let lower = long
        .to_lowercase()
        .replace(['-', '\u{2010}'], " ")
        .replace("'s ", " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = words.strip_prefix(&["the"]).unwrap_or(&words);
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acronym(term: &str, long: Option<&str>, defined: bool) -> Entry {
        Entry {
            kind: EntryKind::Acronym,
            term: term.into(),
            short: Some(term.into()),
            long: long.map(Into::into),
            ru: None,
            count: 1,
            first_offset: 0,
            defined_in_text: defined,
            variants: vec![],
            contexts: vec![],
            flags: vec![],
            ru_origin: None,
        }
    }

    #[test]
    fn an_undefined_anagram_of_a_defined_short_form_is_a_slip() {
        let long = "Euro-Atlantic Partnership Council";
        let mut e = vec![
            acronym("EAPS", Some(long), true),
            acronym("EASP", None, false),
            acronym("SCO", None, false),
        ];
        flag(&mut e);
        assert_eq!(e[0].flags, [INCONSISTENT_SHORT_FORM]);
        assert_eq!(e[0].variants, ["EASP"]);
        assert_eq!(e[1].variants, ["EAPS"]);
        assert_eq!(e[1].long.as_deref(), Some(long));
        assert!(e[2].flags.is_empty());
    }

    #[test]
    fn two_short_forms_defined_by_one_long_form() {
        let mut e = vec![
            acronym(
                "OSCE",
                Some("Organization for Security and Co-operation in Europe"),
                true,
            ),
            acronym(
                "OSZE",
                Some("the Organization for Security and Co-Operation in Europe"),
                true,
            ),
            acronym("CIS", Some("Commonwealth of Independent States"), true),
        ];
        flag(&mut e);
        assert_eq!(e[1].variants, ["OSCE"]);
        assert!(e[0].flags.len() == 1 && e[2].flags.is_empty());
    }

    #[test]
    fn different_bodies_are_not_slips() {
        assert!(!slip_of("CSTO", "CIS") && !slip_of("NATO", "NACC") && !slip_of("EU", "UE"));
        assert!(slip_of("EASP", "EAPS") && slip_of("EAPS", "EAPC"));
    }
}
