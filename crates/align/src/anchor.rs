//! Anchors: tokens both texts share, turned into small sorted id lists per sentence, with weights.
//!
//! A token is an anchor only when it occurs in both texts: a number, a Latin token (an option name
//! or a path inside Russian text), telling punctuation, or a name linked across scripts
//! ([`crate::names`]). Rare anchors weigh more than common ones (weight / (1 + ln df), df the
//! number of sentences holding it on the side where it is commoner), and punctuation weighs half.

use crate::dictionary::Dictionary;
use crate::names::{link_names, NameKey};
use crate::tokens::{name_words, tokens, TokenKind};
use std::collections::HashMap;

/// Weight of a punctuation anchor relative to a word or number.
const PUNCT_WEIGHT: f32 = 0.5;

/// One sentence (or paragraph) as the cost function sees it: its length and its anchors.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Unit {
    /// Length in characters.
    pub chars: usize,
    /// Anchor ids with their counts, sorted by id.
    pub anchors: Vec<(u32, u16)>,
    /// A paragraph mark of pre-segmented input (`<p>`): pairs only with a mark.
    pub marker: bool,
}

impl Unit {
    /// The unit made of several units in a row (a paragraph of sentences).
    pub fn concat<'u>(units: impl IntoIterator<Item = &'u Unit>) -> Unit {
        let mut all = Vec::new();
        let mut chars = 0;
        for u in units {
            chars += u.chars;
            all.extend_from_slice(&u.anchors);
        }
        all.sort_unstable_by_key(|&(id, _)| id);
        Unit {
            chars,
            anchors: add_up(all),
            marker: false,
        }
    }
}

/// Adds up the counts of equal ids in a list sorted by id.
pub(crate) fn add_up(sorted: impl IntoIterator<Item = (u32, u16)>) -> Vec<(u32, u16)> {
    let mut out: Vec<(u32, u16)> = Vec::new();
    for (id, n) in sorted {
        match out.last_mut() {
            Some((last, m)) if *last == id => *m = m.saturating_add(n),
            _ => out.push((id, n)),
        }
    }
    out
}

/// The anchors of two units together: a merge of their sorted lists.
pub(crate) fn merge2(a: &[(u32, u16)], b: &[(u32, u16)]) -> Vec<(u32, u16)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].0 <= b[j].0 {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    add_up(out)
}

/// The units of both sides and the weight of each anchor id.
#[derive(Debug, Clone, Default)]
pub(crate) struct Anchored {
    pub source: Vec<Unit>,
    pub target: Vec<Unit>,
    pub weights: Vec<f32>,
}

/// Finds the anchors of two lists of sentences. `cyrillic` says, per side, which script its own
/// words are in (names are linked from one side's script to the other's).
pub(crate) fn anchor<'a>(
    source: &[&'a str],
    target: &[&'a str],
    cyrillic: (bool, bool),
    keyer: Option<&dyn NameKey>,
    dictionary: Option<&Dictionary>,
) -> Anchored {
    let src_tokens: Vec<_> = source.iter().map(|s| tokens(s)).collect();
    let tgt_tokens: Vec<_> = target.iter().map(|s| tokens(s)).collect();
    let mut ids: HashMap<(TokenKind, &str), u32> = HashMap::new();
    let mut weights = Vec::new();
    let in_target: std::collections::HashSet<(TokenKind, &str)> =
        tgt_tokens.iter().flatten().map(|&(k, t)| (k, t)).collect();
    for &(kind, text) in src_tokens.iter().flatten() {
        if in_target.contains(&(kind, text)) && !ids.contains_key(&(kind, text)) {
            ids.insert((kind, text), weights.len() as u32);
            weights.push(if kind == TokenKind::Punct {
                PUNCT_WEIGHT
            } else {
                1.0
            });
        }
    }
    let words = |texts: &[&'a str], cyr: bool| -> Vec<Vec<&'a str>> {
        texts.iter().map(|s| name_words(s, cyr)).collect()
    };
    // Names are linked only with a keyer and a Cyrillic side; otherwise no words are needed.
    let linking = keyer.is_some() && (cyrillic.0 || cyrillic.1);
    let (src_names, tgt_names) = if linking {
        (words(source, cyrillic.0), words(target, cyrillic.1))
    } else {
        (vec![Vec::new(); source.len()], vec![Vec::new(); target.len()])
    };
    let (src_linked, tgt_linked) = match keyer {
        // Same script on both sides and not Cyrillic: identical Latin tokens already cover names.
        Some(k) if cyrillic.0 || cyrillic.1 => {
            let flat = |v: &[Vec<&'a str>]| -> Vec<&'a str> { v.iter().flatten().copied().collect() };
            link_names(k, &flat(&src_names), &flat(&tgt_names))
        }
        _ => Default::default(),
    };
    let name_base = weights.len() as u32;
    let name_count = src_linked
        .values()
        .chain(tgt_linked.values())
        .map(|&i| i + 1)
        .max()
        .unwrap_or(0);
    weights.extend(std::iter::repeat(1.0).take(name_count as usize));
    // Dictionary entries found on both sides: one anchor each.
    let (src_dict, tgt_dict) = dictionary.map_or_else(Default::default, |d| d.find(source, target));
    let in_both: std::collections::HashSet<u32> = {
        let on = |v: &[Vec<u32>]| {
            v.iter()
                .flatten()
                .copied()
                .collect::<std::collections::HashSet<u32>>()
        };
        let (a, b) = (on(&src_dict), on(&tgt_dict));
        a.intersection(&b).copied().collect()
    };
    let mut dict_ids: HashMap<u32, u32> = HashMap::new();
    for entry in src_dict.iter().flatten().filter(|e| in_both.contains(e)) {
        dict_ids.entry(*entry).or_insert_with(|| {
            weights.push(1.0);
            weights.len() as u32 - 1
        });
    }
    let build = |texts: &[&str],
                 toks: &[Vec<(TokenKind, &str)>],
                 names: &[Vec<&str>],
                 linked: &HashMap<String, u32>,
                 dict: &[Vec<u32>]| {
        toks.iter()
            .zip(names)
            .zip(texts)
            .enumerate()
            .map(|(n, ((toks, names), text))| {
                let mut list: Vec<u32> = toks
                    .iter()
                    .filter_map(|&(k, t)| ids.get(&(k, t)).copied())
                    .collect();
                list.extend(
                    names
                        .iter()
                        .filter_map(|w| linked.get(*w).map(|&i| name_base + i)),
                );
                if let Some(found) = dict.get(n) {
                    list.extend(found.iter().filter_map(|e| dict_ids.get(e).copied()));
                }
                list.sort_unstable();
                let anchors = add_up(list.into_iter().map(|id| (id, 1)));
                Unit {
                    chars: text.chars().count(),
                    anchors,
                    marker: false,
                }
            })
            .collect::<Vec<Unit>>()
    };
    let mut out = Anchored {
        source: build(source, &src_tokens, &src_names, &src_linked, &src_dict),
        target: build(target, &tgt_tokens, &tgt_names, &tgt_linked, &tgt_dict),
        weights,
    };
    idf(&mut out);
    out
}

/// Divides each weight by 1 + ln(df), df the number of sentences holding the anchor on the side
/// where it is commoner.
fn idf(anchored: &mut Anchored) {
    let mut df = vec![(0u32, 0u32); anchored.weights.len()];
    for u in &anchored.source {
        for &(id, _) in &u.anchors {
            df[id as usize].0 += 1;
        }
    }
    for u in &anchored.target {
        for &(id, _) in &u.anchors {
            df[id as usize].1 += 1;
        }
    }
    for (w, (a, b)) in anchored.weights.iter_mut().zip(df) {
        *w /= 1.0 + (a.max(b).max(1) as f32).ln();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_shared_tokens_are_anchors() {
        let a = anchor(
            &["Use --all in 2008.", "Nothing here."],
            &["Используйте --all в 2008 г.", "Ничего."],
            (false, true),
            None,
            None,
        );
        assert_eq!(a.source[0].anchors.len(), 2, "{a:?}");
        assert_eq!(a.source[0].anchors, a.target[0].anchors);
        assert!(a.source[1].anchors.is_empty() && a.target[1].anchors.is_empty());
        assert_eq!(a.target[1].chars, "Ничего.".chars().count());
    }

    #[test]
    fn names_link_across_scripts_with_a_keyer() {
        let keyer = |w: &str| {
            if w.starts_with("Sol") || w.starts_with("Сол") {
                "солана".into()
            } else {
                w.to_lowercase()
            }
        };
        let a = anchor(
            &["Solana spoke."],
            &["Солана выступил."],
            (false, true),
            Some(&keyer),
            None,
        );
        assert_eq!(a.source[0].anchors.len(), 1);
        assert_eq!(a.source[0].anchors, a.target[0].anchors);
    }

    #[test]
    fn common_anchors_weigh_less() {
        let a = anchor(
            &["(a) 7", "(b)", "(c)"],
            &["(а) 7", "(б)", "(в)"],
            (false, true),
            None,
            None,
        );
        let paren = a.source[1].anchors[0].0 as usize;
        let seven = a.source[0]
            .anchors
            .iter()
            .map(|&(i, _)| a.weights[i as usize])
            .fold(0.0, f32::max);
        assert!(a.weights[paren] < seven, "{:?}", a.weights);
    }
}
