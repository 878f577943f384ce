//! From a document to a glossary: the one entry point of extraction.
//!
//! The document's sentences and footnotes are the units of work. Each is searched for acronym
//! definitions ([`crate::find_acronym_pairs`]), acronym-shaped words, institution and other names
//! ([`crate::institution`]) and aliases ([`crate::alias`]); occurrences of one term are gathered in one
//! entry with its count, first offset and first three sentences; [`crate::inconsistency`] then flags
//! slips. The Russian side is left empty: [`crate::Termbase::annotate`] fills it.

use crate::alias::{self, Mention};
use crate::candidate::{self, Place};
use crate::collect::{Collector, Unit};
use crate::degree;
use crate::inconsistency;
use crate::institution::{find_names, Context};
use crate::lists::{self, WordSet};
use crate::name::{tidy, OWNER};
use crate::romanised;
use crate::token::{acronym_key, is_acronym_shape, is_dotted, is_roman, words, Word};
use crate::{find_acronym_pairs, Entry, EntryKind, Glossary};
use std::collections::{HashMap, HashSet};
use steppe_doc::Document;

/// Extracts acronyms, institutions, names and aliases from a document.
///
/// Acronyms the text does not define come with `defined_in_text: false` and no long form; entries have
/// no Russian equivalent yet. Entries are sorted by kind, then term.
///
/// ```
/// use steppe_doc::{Document, Lang};
/// let text = "NATO set up the North Atlantic Cooperation Council (NACC). The NACC met. NATO grew.\n";
/// let doc = Document::parse("note.txt", text, Lang::En);
/// let glossary = steppe_glossary::extract(&doc);
/// let nacc = glossary.entries.iter().find(|e| e.term == "NACC").unwrap();
/// assert_eq!(nacc.long.as_deref(), Some("North Atlantic Cooperation Council"));
/// assert_eq!(nacc.count, 2);
/// let nato = glossary.entries.iter().find(|e| e.term == "NATO").unwrap();
/// assert!(!nato.defined_in_text && nato.long.is_none());
/// ```
pub fn extract(doc: &Document) -> Glossary {
    let units = Unit::all(doc);
    let text = Text {
        words: units.iter().map(unit_words).collect(),
        common: units
            .iter()
            .flat_map(|u| u.text.split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect(),
        units: &units,
    };
    let mut out = Collector::new(&doc.source);
    // per unit: the acronyms in it, and the bodies `the Organization` may stand for
    let mut acronyms = vec![Vec::new(); units.len()];
    let mut bodies = vec![Vec::new(); units.len()];
    add_acronyms(&text, &mut out, &mut acronyms, &mut bodies);
    add_names(&text, &mut out, &mut bodies);
    add_degrees(&text, &doc.source, &mut out);
    add_aliases(&text, &doc.source, &acronyms, &bodies, &mut out);
    let mut entries = out.finish();
    merge_programmes(&mut entries);
    inconsistency::flag(&mut entries);
    flag_romanised_russian(&mut entries);
    entries.sort_by(|a, b| (a.kind, &a.term).cmp(&(b.kind, &b.term)));
    Glossary { entries }
}

/// What every finder reads: the units, their words, and the words the text writes in lower case.
struct Text<'a> {
    units: &'a [Unit<'a>],
    words: Vec<Vec<Word<'a>>>,
    common: WordSet<&'a str>,
}

/// A body a unit names, at an offset: what to call it and its full name (`CSTO`, `Collective Security
/// Treaty Organization`), or a name twice (`World Bank`).
type Body = (usize, String, String);

/// Acronym definitions and occurrences; surnames and title words in capitals only count acronyms
/// seen elsewhere ([`crate::candidate`]).
fn add_acronyms(
    text: &Text<'_>,
    out: &mut Collector<'_>,
    acronyms: &mut [Vec<String>],
    bodies: &mut [Vec<Body>],
) {
    // long forms by short-form key, and where each short form is first defined
    let mut defined: HashMap<String, Vec<String>> = HashMap::new();
    let mut first_definition: Vec<(String, usize, usize, String)> = Vec::new();
    for (u, unit) in text.units.iter().enumerate() {
        for pair in find_acronym_pairs(unit.text) {
            let key = acronym_key(&pair.short);
            let longs = defined.entry(key.clone()).or_default();
            if longs.is_empty() {
                first_definition.push((key, u, pair.short_start, pair.short.clone()));
            }
            let long = long_form(&pair.long);
            if !longs.contains(&long) {
                longs.push(long);
            }
        }
    }
    // where each word stands (see `crate::candidate`): plain words first, so that a surname or
    // title word in capitals counts only when the text uses it as an acronym elsewhere
    let places: Vec<Vec<Place>> = text
        .units
        .iter()
        .zip(&text.words)
        .map(|(unit, ws)| candidate::places(unit.text, ws))
        .collect();
    let alone = standalone_acronyms(&text.words);
    for pass in [Place::Plain, Place::NameOrTitle] {
        for (u, unit) in text.units.iter().enumerate() {
            let ws = &text.words[u];
            for (i, w) in ws.iter().enumerate() {
                if places[u][i] != pass || !w.text.chars().any(char::is_uppercase) {
                    continue;
                }
                for (offset, piece) in acronym_pieces(w, &alone) {
                    if degree::is_degree(piece) {
                        continue;
                    }
                    let key = acronym_key(piece);
                    let known = defined.contains_key(&key) || out.has(EntryKind::Acronym, &key);
                    let shaped = (is_acronym_shape(piece) || is_compound(piece))
                        && !is_roman(piece)
                        && !initials(ws, i);
                    let shaped = shaped
                        && (!is_word_in_capitals(piece, &text.common) || is_lone_capitals(ws, i, piece));
                    if known || (shaped && pass == Place::Plain) {
                        out.add(EntryKind::Acronym, &key, piece, unit, offset);
                        if let Some(long) = defined.get(&key).and_then(|l| l.first()) {
                            bodies[u].push((offset, piece.to_owned(), long.clone()));
                        }
                        acronyms[u].push(key);
                    }
                }
            }
        }
    }
    // short forms no word matched (`rh`, `PMR + Cog`) still get their entry
    for (key, u, offset, short) in &first_definition {
        if !out.has(EntryKind::Acronym, key) {
            out.add(EntryKind::Acronym, key, short, &text.units[*u], *offset);
        }
    }
    for (key, longs) in &defined {
        out.define(key, longs);
    }
}

/// Institutions and other names.
fn add_names(text: &Text<'_>, out: &mut Collector<'_>, bodies: &mut [Vec<Body>]) {
    for (u, unit) in text.units.iter().enumerate().filter(|(_, u)| !u.heading) {
        let cx = Context {
            common: &text.common,
            bare_names: !unit.footnote,
        };
        for hit in find_names(unit.text, &text.words[u], &cx) {
            let prev = u.checked_sub(1).map_or("", |p| text.units[p].text);
            if after_degree(prev, unit.text, hit.start) {
                continue;
            }
            // `Riga summit` and `Riga Summit` are one name
            let key = hit.term.to_lowercase();
            let entry = out.add(hit.kind, &key, &hit.term, unit, hit.start);
            for v in hit.variants {
                if !entry.variants.contains(&v) && v != entry.term {
                    entry.variants.push(v);
                }
            }
            if let Some(owner) = &hit.owner {
                let flag = format!("{OWNER}:{owner}");
                if !entry.flags.contains(&flag) {
                    entry.flags.push(flag);
                }
            }
            bodies[u].push((hit.start, hit.term.clone(), hit.term));
        }
        bodies[u].sort();
    }
}

/// `D.Sc. (Political Science)`: the field of a degree, in brackets after it, is no name. The degree
/// may have begun in the sentence before (`Cand.` | `Sc. (Political Science)`): its last word counts.
fn after_degree(prev: &str, text: &str, start: usize) -> bool {
    let Some(before) = text[..start].trim_end().strip_suffix('(') else {
        return false;
    };
    let before = if before.trim().is_empty() { prev } else { before };
    let last = before
        .trim_end()
        .trim_end_matches(',')
        .split_whitespace()
        .last()
        .unwrap_or("");
    !last.is_empty()
        && lists::degrees()
            .iter()
            .any(|(written, _)| written.split_whitespace().last() == Some(last))
}

/// Academic degrees, listed under their usual spelling. They are sought in the source, since a
/// sentence may end after the dot of `Cand.` in `Cand. Sc.`; the unit holding a degree's start gives
/// its context.
fn add_degrees(text: &Text<'_>, source: &str, out: &mut Collector<'_>) {
    for hit in degree::find_degrees(source) {
        let Some(unit) = text
            .units
            .iter()
            .find(|u| u.start <= hit.start && hit.start < u.end)
        else {
            continue;
        };
        {
            let entry = out.add(
                EntryKind::Degree,
                hit.listed,
                hit.listed,
                unit,
                hit.start - unit.start,
            );
            entry.short = Some(hit.listed.to_owned());
            if hit.written != hit.listed && !entry.variants.iter().any(|v| v == hit.written) {
                entry.variants.push(hit.written.to_owned());
            }
        }
    }
}

/// `Partnership for Peace Program` is the `Partnership for Peace`: a name that is another name of the
/// same kind family (institution or name) plus `Program` or `Programme` joins it as a variant, with its
/// count, and aliases that stood for it stand for the shorter name.
fn merge_programmes(entries: &mut Vec<Entry>) {
    let is_name = |k: EntryKind| matches!(k, EntryKind::Institution | EntryKind::Name);
    let index: HashMap<String, usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| is_name(e.kind))
        .map(|(i, e)| (e.term.to_lowercase(), i))
        .collect();
    let mut slots: Vec<Option<Entry>> = std::mem::take(entries).into_iter().map(Some).collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for i in 0..slots.len() {
        let Some(e) = slots[i].as_ref().filter(|e| is_name(e.kind)) else {
            continue;
        };
        let stem = ["Program", "Programme"]
            .iter()
            .find_map(|suffix| e.term.strip_suffix(suffix)?.strip_suffix(' '));
        let Some(&t) = stem.and_then(|stem| index.get(&stem.to_lowercase())) else {
            continue;
        };
        if t == i || slots[t].is_none() {
            continue;
        }
        let e = slots[i].take().expect("checked above");
        let into = slots[t].as_mut().expect("checked above");
        renamed.insert(e.term.clone(), into.term.clone());
        crate::merge::absorb_same_body(into, e);
    }
    *entries = slots.into_iter().flatten().collect();
    for e in entries.iter_mut().filter(|e| e.kind == EntryKind::Alias) {
        if let Some(to) = e.long.as_ref().and_then(|long| renamed.get(long)) {
            e.long = Some(to.clone());
        }
    }
}

/// Aliases and metonyms.
fn add_aliases(
    text: &Text<'_>,
    source: &str,
    acronyms: &[Vec<String>],
    bodies: &[Vec<Body>],
    out: &mut Collector<'_>,
) {
    let mentions: Vec<Mention<'_>> = (0..text.units.len())
        .map(|u| Mention {
            unit: &text.units[u],
            words: &text.words[u],
            acronyms: &acronyms[u],
            names: &bodies[u],
        })
        .collect();
    for hit in alias::find_aliases(&mentions, source) {
        let entry = out.add(
            EntryKind::Alias,
            &hit.term,
            &hit.term,
            &text.units[hit.unit],
            hit.start,
        );
        entry.long = Some(hit.of.clone());
        if let Some(flag) = hit.flag {
            if !entry.flags.iter().any(|f| f == flag) {
                entry.flags.push(flag.to_owned());
            }
        }
    }
}

/// Acronyms that are romanised Russian (`SShA`) get `romanised_russian:США` (see [`crate::romanised`]).
fn flag_romanised_russian(entries: &mut [Entry]) {
    for entry in entries.iter_mut().filter(|e| e.kind == EntryKind::Acronym) {
        if let Some(cyrillic) = romanised::cyrillic(&entry.term) {
            entry.flags.push(romanised::flag(&cyrillic));
        }
    }
}

/// The acronym-shaped parts of a word: the word, or the parts of `CSTO-NATO`, `pro-NATO`,
/// `NATO-led`. A compound of acronyms (`FMSO-JRIC`, `NATO-ISAF`) is one term unless every part
/// also stands alone in the text: then it joins two bodies (`CSTO-NATO talks`).
fn acronym_pieces<'a>(w: &Word<'a>, alone: &HashSet<String>) -> Vec<(usize, &'a str)> {
    let joins_bodies = || w.text.split('-').all(|p| alone.contains(&acronym_key(p)));
    if !w.text.contains('-') || is_acronym_shape(w.text) || (is_compound(w.text) && !joins_bodies()) {
        return vec![(w.start, w.text)];
    }
    let base = w.text.as_ptr() as usize;
    w.text
        .split('-')
        .filter(|p| !p.is_empty())
        .map(|p| (w.start + p.as_ptr() as usize - base, p))
        .collect()
}

/// `NATO-ISAF`, `FMSO-JRIC`: two or more acronyms joined by hyphens; also capitals and numbers
/// joined by hyphens with two capitals in all (`O-D`, `LTE-A`, `C-RNTI`, `COVID-19`), whose
/// one-letter parts are no acronyms on their own.
fn is_compound(word: &str) -> bool {
    let mut parts = word.split('-');
    let capitals = |p: &str| {
        !p.is_empty()
            && p.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && p.chars().any(|c| c.is_ascii_uppercase())
    };
    let number = |p: &str| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
    let joined = word.split('-').all(|p| capitals(p) || number(p))
        && word.chars().filter(char::is_ascii_uppercase).count() >= 2;
    word.contains('-') && (parts.all(|p| is_acronym_shape(p) && !p.contains('-')) || joined)
}

/// The keys of acronyms the text writes outside compounds of acronyms (alone, or in `pro-NATO`).
fn standalone_acronyms(words: &[Vec<Word<'_>>]) -> HashSet<String> {
    words
        .iter()
        .flatten()
        .filter(|w| !is_compound(w.text))
        .flat_map(|w| w.text.split('-'))
        .filter(|p| is_acronym_shape(p))
        .map(acronym_key)
        .collect()
}

/// `AND`, `NOT`: a word the text also writes in lower case, or a function or emphasis word.
fn is_word_in_capitals(piece: &str, common: &WordSet<&str>) -> bool {
    let lower = piece.to_lowercase();
    let lower = lower.as_str();
    common.contains(lower)
        || [
            lists::stopwords(),
            lists::connectors(),
            lists::auxiliaries(),
            lists::emphasis(),
        ]
        .iter()
        .any(|l| l.contains(lower))
}

/// `a significant AS to the grid`, `states such as IN and IA`: two capitals that spell a function word
/// are an acronym in running text (a word with lower-case letters before or after it, not at the start
/// of the unit); emphasis (`NO`) and the logic word `OR` are not.
fn is_lone_capitals(ws: &[Word<'_>], i: usize, piece: &str) -> bool {
    let lower = piece.to_ascii_lowercase();
    let has_lower = |w: &Word<'_>| w.text.chars().any(char::is_lowercase);
    piece.len() == 2
        && piece.chars().all(|c| c.is_ascii_uppercase())
        && lower != "or"
        && !lists::emphasis().contains(lower.as_str())
        && i > 0
        && (has_lower(&ws[i - 1]) || ws.get(i + 1).is_some_and(has_lower))
}

/// The words of a unit, a word before a new line of a list marked as followed by `\n` (see
/// [`crate::collect::list_breaks`]) so that no name runs across.
fn unit_words<'a>(unit: &Unit<'a>) -> Vec<Word<'a>> {
    let mut ws = words(unit.text);
    for i in 1..ws.len() {
        if ws[i - 1].after.is_none() && unit.breaks.binary_search(&ws[i].start).is_ok() {
            ws[i - 1].after = Some('\n');
        }
    }
    ws
}

/// `A.P. Alekseev`: dotted capitals before a surname, not after a lower-case word, are initials.
fn initials(ws: &[Word<'_>], i: usize) -> bool {
    let after_lower = i > 0 && ws[i - 1].text.chars().next().is_some_and(char::is_lowercase);
    let before_name = ws
        .get(i + 1)
        .is_some_and(|n| n.text.chars().next().is_some_and(char::is_uppercase));
    is_dotted(ws[i].text) && !after_lower && before_name
}

/// A long form as listed: white space tidied, a possessive owner kept without `'s`
/// (`NATO's Maintenance and Supply Organization` → `NATO Maintenance and Supply Organization`).
fn long_form(long: &str) -> String {
    let long = tidy(long);
    match long.split_once(' ') {
        Some((first, rest)) => match first
            .strip_suffix("'s")
            .or_else(|| first.strip_suffix("\u{2019}s"))
        {
            Some(owner) => format!("{owner} {rest}"),
            None => long,
        },
        None => long,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use steppe_doc::Lang;

    fn glossary(text: &str) -> Glossary {
        extract(&Document::parse("t.txt", text, Lang::En))
    }

    #[test]
    fn the_field_of_a_degree_is_no_name() {
        let g = glossary(
            "Anna Ivanova, D.Sc. (Political Science), and Asel Bekova, Cand. Sc. (Modern History).\n",
        );
        let names: Vec<&str> = g.entries.iter().map(|e| e.term.as_str()).collect();
        assert_eq!(names, ["Anna Ivanova", "Asel Bekova", "Cand. Sc.", "D.Sc."]);
    }

    #[test]
    fn possessive_long_forms_lose_their_s() {
        assert_eq!(
            long_form("NATO's Maintenance and  Supply Organization"),
            "NATO Maintenance and Supply Organization"
        );
    }

    #[test]
    fn defined_short_forms_of_any_shape_get_an_entry() {
        let g = glossary(
            "They took PMR plus cognitive therapy (PMR + Cog) and rh (recombinant human) insulin.\n",
        );
        let cog = g.entries.iter().find(|e| e.term == "PMR + Cog").unwrap();
        assert_eq!(
            (cog.long.as_deref(), cog.defined_in_text),
            (Some("PMR plus cognitive therapy"), true)
        );
        assert_eq!(
            g.entries.iter().find(|e| e.term == "rh").unwrap().long.as_deref(),
            Some("recombinant human")
        );
    }

    #[test]
    fn undefined_acronyms_and_their_counts() {
        let g = glossary(
            "The CSTO and the SCO met. Later the CSTO-NATO talks and pro-NATO states grew. See Vol. II.\n",
        );
        let csto = g.entries.iter().find(|e| e.term == "CSTO").unwrap();
        assert_eq!(
            (csto.count, csto.defined_in_text, csto.long.clone()),
            (2, false, None)
        );
        assert_eq!(g.entries.iter().find(|e| e.term == "NATO").unwrap().count, 2);
        assert!(!g.entries.iter().any(|e| e.term == "II"));
    }

    #[test]
    fn initials_and_shouting_are_not_acronyms() {
        let g =
            glossary("See A.P. Alekseev on the U.N. and the U.S. role. It was NOT the end, not at all.\n");
        let terms: Vec<&str> = g
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Acronym)
            .map(|e| e.term.as_str())
            .collect();
        assert_eq!(terms, ["U.N.", "U.S."]);
    }

    fn acronyms(text: &str) -> Vec<String> {
        glossary(text)
            .entries
            .into_iter()
            .filter(|e| e.kind == EntryKind::Acronym)
            .map(|e| e.term)
            .collect()
    }

    #[test]
    fn capitals_joined_by_hyphens_are_one_acronym() {
        assert_eq!(
            acronyms("The O-D matrix of LTE-A cells and the C-RNTI field after COVID-19 grew.\n"),
            ["C-RNTI", "COVID-19", "LTE-A", "O-D"]
        );
        // two acronyms the text also writes alone stay two
        assert_eq!(
            acronyms("The CSTO and NATO met; CSTO-NATO talks followed.\n"),
            ["CSTO", "NATO"]
        );
    }

    #[test]
    fn two_capitals_that_spell_a_function_word() {
        assert_eq!(
            acronyms("The battery gives a significant AS to the grid, as the IL, IN and IA states show.\n"),
            ["AS", "IA", "IL", "IN"]
        );
        assert!(acronyms("It was NO use, and TO BE OR NOT TO BE is a line.\n").is_empty());
        assert!(acronyms("Take this OR that.\n").is_empty());
    }

    #[test]
    fn lower_case_prefixes_and_versions() {
        assert_eq!(
            acronyms("We report mAP on iOS devices and IPv6 hosts; the mRNAs and pH values, in kHz.\n"),
            ["IPv6", "iOS", "mAP", "mRNAs"]
        );
    }
}
