//! Aliases the text sets up, and probable metonyms.
//!
//! *Definite descriptions*: `the Alliance`, `the Program`, `the Plan` — `the` and a capitalised head
//! noun (`data/heads.txt`) standing alone. What it stands for is the latest name with that head before
//! its first use (`the Partnership for Peace Program` … `the Program`); failing that, the acronym that
//! shares the sentence (or the one before) with at least half of its uses (`NATO` … `the Alliance`).
//!
//! *Metonyms*: a capital city or seat (`data/capitals.txt`) used as a subject (`Brussels is keeping…`,
//! `Washington, which has…`) stands for a state or body: the listed one the text mentions nearby, else
//! the first the text mentions at all, else the first listed. These are flagged `metonym`.

use crate::collect::Unit;
use crate::lists;
use crate::token::{is_acronym_shape, is_capitalised, Word};
use std::collections::BTreeMap;

/// What the alias finder knows about one unit.
pub(crate) struct Mention<'a> {
    /// The unit.
    pub unit: &'a Unit<'a>,
    /// Its words.
    pub words: &'a [Word<'a>],
    /// Keys of the acronyms in it.
    pub acronyms: &'a [String],
    /// Names found in it, in order: offset, what to call the body (`CSTO`, `World Bank`), its full
    /// name (where the head noun is sought).
    pub names: &'a [(usize, String, String)],
}

/// One use of an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AliasHit {
    /// The alias as listed (`the Alliance`, `Brussels`).
    pub term: String,
    /// What it stands for.
    pub of: String,
    /// `metonym` for metonyms.
    pub flag: Option<&'static str>,
    /// Index of the unit.
    pub unit: usize,
    /// Byte offset in the unit.
    pub start: usize,
}

/// Finds every use of an alias or metonym, in document order.
pub(crate) fn find_aliases(ms: &[Mention<'_>], source: &str) -> Vec<AliasHit> {
    let mut hits = definite_descriptions(ms);
    hits.extend(metonyms(ms, source));
    hits.sort_by_key(|h| (h.unit, h.start));
    hits
}

fn definite_descriptions(ms: &[Mention<'_>]) -> Vec<AliasHit> {
    let mut uses: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (u, m) in ms.iter().enumerate().filter(|(_, m)| !m.unit.heading) {
        for (i, w) in m.words.iter().enumerate() {
            let Some(x) = m.words.get(i + 1).filter(|_| matches!(w.text, "the" | "The")) else {
                continue;
            };
            let next_name = |k: usize| m.words.get(k).is_some_and(|n| is_capitalised(n.text));
            let joined = m
                .words
                .get(i + 2)
                .is_some_and(|n| lists::connectors().contains(n.text))
                && next_name(i + 3);
            let alone = x.after.is_some() || x.possessive || !(next_name(i + 2) || joined);
            let in_name = m
                .names
                .iter()
                .any(|(s, t, _)| *s <= x.start && x.start < s + t.len());
            if matches!(w.text, "the" | "The")
                && w.after.is_none()
                && lists::heads().contains(x.text)
                && !is_acronym_shape(x.text)
                && alone
                && !in_name
            {
                uses.entry(x.text).or_default().push((u, w.start));
            }
        }
    }
    let mut hits = Vec::new();
    for (head, at) in uses {
        let Some(of) = by_head(ms, head, at[0]).or_else(|| by_acronym(ms, &at)) else {
            continue;
        };
        for &(unit, start) in &at {
            hits.push(AliasHit {
                term: format!("the {head}"),
                of: of.clone(),
                flag: None,
                unit,
                start,
            });
        }
    }
    hits
}

/// The latest name (or acronym, by its long form) with `head` as a word, before `(unit, start)`.
fn by_head(ms: &[Mention<'_>], head: &str, (unit, start): (usize, usize)) -> Option<String> {
    ms[..=unit].iter().enumerate().rev().find_map(|(u, m)| {
        m.names
            .iter()
            .rev()
            .filter(|(s, _, _)| u < unit || *s < start)
            .find(|(_, _, name)| name.split_whitespace().any(|w| w == head))
            .map(|(_, body, _)| body.clone())
    })
}

/// The acronym found in the same or the previous unit at half the uses or more (two uses at least).
fn by_acronym(ms: &[Mention<'_>], at: &[(usize, usize)]) -> Option<String> {
    if at.len() < 2 {
        return None;
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &(u, _) in at {
        let mut near: Vec<&str> = ms[u].acronyms.iter().map(String::as_str).collect();
        if u > 0 {
            near.extend(ms[u - 1].acronyms.iter().map(String::as_str));
        }
        near.sort_unstable();
        near.dedup();
        for a in near {
            *counts.entry(a).or_default() += 1;
        }
    }
    let (best, n) = counts
        .into_iter()
        .max_by_key(|&(a, n)| (n, std::cmp::Reverse(a)))?;
    (n * 2 >= at.len()).then(|| best.to_owned())
}

fn metonyms(ms: &[Mention<'_>], source: &str) -> Vec<AliasHit> {
    let mut hits = Vec::new();
    for (u, m) in ms.iter().enumerate().filter(|(_, m)| !m.unit.heading) {
        let ws = m.words;
        for i in 0..ws.len() {
            let Some((city, len, bodies)) = city_at(ws, i) else {
                continue;
            };
            let last = &ws[i + len - 1];
            let prev_ok = i == 0 || !lists::stopwords().contains(ws[i - 1].text.to_lowercase().as_str());
            let next = ws.get(i + len).map(|w| w.text);
            let subject = match (last.after, next) {
                (None, Some(n)) => lists::subject_verbs().contains(n),
                (Some(','), Some("which" | "who")) => true,
                _ => false,
            };
            if !prev_ok || !subject || last.possessive {
                continue;
            }
            let near = |body: &str| {
                let mut units = vec![m];
                if u > 0 {
                    units.push(&ms[u - 1]);
                }
                units
                    .iter()
                    .any(|n| n.acronyms.iter().any(|a| a == body) || n.unit.text.contains(body))
            };
            let of = bodies
                .iter()
                .find(|b| near(b))
                .or_else(|| bodies.iter().find(|b| source.contains(**b)))
                .unwrap_or(&bodies[0]);
            hits.push(AliasHit {
                term: city,
                of: (*of).to_owned(),
                flag: Some("metonym"),
                unit: u,
                start: ws[i].start,
            });
        }
    }
    hits
}

/// The city (one or two words) at word `i`, its length in words and what it may stand for.
fn city_at(ws: &[Word<'_>], i: usize) -> Option<(String, usize, &'static [&'static str])> {
    if !is_capitalised(ws[i].text) {
        return None;
    }
    let two_words = lists::capital_first_words().contains(ws[i].text);
    if let Some(next) = ws.get(i + 1).filter(|_| two_words && ws[i].after.is_none()) {
        let two = format!("{} {}", ws[i].text, next.text);
        if let Some(bodies) = lists::capitals().get(two.as_str()) {
            return Some((two, 2, bodies));
        }
    }
    lists::capitals()
        .get(ws[i].text)
        .map(|b| (ws[i].text.to_owned(), 1, b.as_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::words;

    fn run(
        sentences: &[&str],
        acronyms: &[&[&str]],
        names: &[&[(usize, &str)]],
    ) -> Vec<(String, String, usize)> {
        let units: Vec<Unit<'_>> = sentences
            .iter()
            .map(|t| Unit {
                text: t,
                start: 0,
                end: t.len(),
                footnote: false,
                heading: false,
                breaks: Vec::new(),
            })
            .collect();
        let ws: Vec<Vec<Word<'_>>> = sentences.iter().map(|t| words(t)).collect();
        let ac: Vec<Vec<String>> = acronyms
            .iter()
            .map(|a| a.iter().map(|s| s.to_string()).collect())
            .collect();
        let nm: Vec<Vec<(usize, String, String)>> = names
            .iter()
            .map(|n| {
                n.iter()
                    .map(|(s, t)| (*s, t.to_string(), t.to_string()))
                    .collect()
            })
            .collect();
        let ms: Vec<Mention<'_>> = (0..units.len())
            .map(|u| Mention {
                unit: &units[u],
                words: &ws[u],
                acronyms: &ac[u],
                names: &nm[u],
            })
            .collect();
        find_aliases(&ms, &sentences.join(" "))
            .into_iter()
            .map(|h| (h.term, h.of, h.unit))
            .collect()
    }

    #[test]
    fn the_alliance_is_the_acronym_it_keeps_company_with() {
        let got = run(
            &[
                "NATO grew.",
                "For years the Alliance has changed.",
                "NATO and the Alliance's partners met.",
            ],
            &[&["NATO"], &[], &["NATO"]],
            &[&[], &[], &[]],
        );
        assert_eq!(
            got,
            [
                ("the Alliance".into(), "NATO".into(), 1),
                ("the Alliance".into(), "NATO".into(), 2)
            ]
        );
    }

    #[test]
    fn the_program_is_the_latest_programme() {
        let got = run(
            &[
                "In 1994 the Partnership for Peace Program appeared.",
                "NATO sees the Program as key.",
            ],
            &[&[], &["NATO"]],
            &[&[(4, "Partnership for Peace Program")], &[]],
        );
        assert_eq!(
            got,
            [("the Program".into(), "Partnership for Peace Program".into(), 1)]
        );
    }

    #[test]
    fn cities_as_subjects_are_metonyms() {
        let got = run(
            &[
                "For NATO, Brussels is keeping contacts.",
                "He flew to Brussels is wrong.",
                "Moscow, which objects, waits.",
            ],
            &[&["NATO"], &[], &[]],
            &[&[], &[], &[]],
        );
        assert_eq!(
            got,
            [
                ("Brussels".into(), "NATO".into(), 0),
                ("Moscow".into(), "Russia".into(), 2)
            ]
        );
    }
}
