//! `steppe bib restyle`: the romanised Russian of a bibliography's names and titles written in one
//! scheme, the Cyrillic put in the original-script fields, every change listed.
//!
//! Each text field (title, volume title, container title, series, publisher, place) and each
//! author's and editor's name is read with the reverse engine's line decision
//! ([`Reverser::decide`]). A field is romanised Russian when it has a word the engine reads as
//! Russian and none it keeps as English or foreign (so `Russia in Global Politics` and
//! `Putting NATO's Riga Summit into Context` stay as they are); its words are then written from
//! their Cyrillic in the chosen scheme. A title that already has its Cyrillic in the entry
//! (`original-title`) is written from that, with no guess at all.
//!
//! A reconstruction is *uncertain* when a word's reading is one of two that the engine scores
//! within [`MARGIN`] of each other and that the chosen scheme writes differently (`Shtol`: Штоль or
//! Штол), or when a lower-case word of a title is no lexicon word and was read as a name. An
//! uncertain change is listed and not made unless the caller accepts uncertain ones.

use crate::entry::{Entry, Name, TextField};
use serde::Serialize;
use steppe_translit::reverse::cluster::ClusterKind;
use steppe_translit::reverse::{cluster_names, detect, Kind, Reverser, WordCheck, WordReport};
use steppe_translit::Scheme;

/// Two readings whose scores differ by less than this (the engine's scores: lower is better,
/// about a natural-log unit per letter choice) are both plausible.
pub const MARGIN: f32 = 2.0;

/// One change to one field of one entry.
#[derive(Clone, Debug, Serialize)]
pub struct Change {
    /// Position of the entry in the file (0-based).
    pub entry: usize,
    /// The entry's citation key.
    pub id: String,
    /// The field, CSL-JSON names (`title`, `author[0].family`, `original-title`, `language`).
    pub field: String,
    /// The value before, if any.
    pub before: Option<String>,
    /// The value after.
    pub after: String,
    /// The schemes the value before was written in, as `steppe detect` names them (best first;
    /// `mixed` when no one scheme fits every telling word); empty for fields steppe fills.
    pub detected: Vec<String>,
    /// Why it is not certain (empty when it is).
    pub uncertain: Vec<String>,
    /// Whether it was made.
    pub applied: bool,
}

/// One author or work spelled more than one way across the entries.
#[derive(Clone, Debug, Serialize)]
pub struct Cluster {
    /// `name` or `title`.
    pub kind: String,
    /// Its Cyrillic.
    pub cyrillic: String,
    /// The spellings seen, with the citation keys of the entries that use each.
    pub spellings: Vec<(String, Vec<String>)>,
}

/// What a restyle did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Every change considered, in entry and field order.
    pub changes: Vec<Change>,
    /// Authors and works spelled two ways.
    pub clusters: Vec<Cluster>,
}

/// Options of a restyle.
pub struct Restyler<'r, 'l, L: WordCheck> {
    /// The reverse engine.
    pub reverser: &'r Reverser<'l, L>,
    /// The scheme to write.
    pub style: Scheme,
    /// Whether uncertain reconstructions are made too.
    pub accept_uncertain: bool,
    /// Whether the output keeps authors' names in the original script (only CSL-JSON has a
    /// field for them: `original-author`).
    pub original_authors: bool,
}

/// A field read back and written again.
struct Restyled {
    styled: String,
    cyrillic: String,
    uncertain: Vec<String>,
}

impl<L: WordCheck> Restyler<'_, '_, L> {
    /// The entries restyled, and the report of every change.
    ///
    /// ```
    /// use steppe_bib::{restyle::Restyler, Entry};
    /// use steppe_translit::reverse::{Reverser, WordList};
    /// let lexicon = WordList::from_words(["центральная", "азия", "в", "мировой", "политике"]);
    /// let reverser = Reverser::new(&lexicon);
    /// let style = steppe_translit::scheme("ala_lc_alt", steppe_translit::Lang::Ru).unwrap();
    /// let r = Restyler { reverser: &reverser, style, accept_uncertain: false, original_authors: true };
    /// let entry = Entry { title: Some("Tsentralnaya Aziya v mirovoy politike".into()), ..Entry::default() };
    /// let (out, report) = r.restyle(&[entry]);
    /// assert_eq!(out[0].title.as_deref(), Some("Tsentral'naia Aziia v mirovoi politike"));
    /// assert_eq!(out[0].original_title.as_deref(), Some("Центральная Азия в мировой политике"));
    /// assert_eq!(out[0].language.as_deref(), Some("ru"));
    /// assert_eq!(report.changes.len(), 3);
    /// ```
    pub fn restyle(&self, entries: &[Entry]) -> (Vec<Entry>, Report) {
        let mut report = Report::default();
        let out = entries
            .iter()
            .enumerate()
            .map(|(i, e)| self.restyle_entry(i, e, &mut report.changes))
            .collect();
        report.clusters = self.clusters(entries);
        (out, report)
    }

    fn restyle_entry(&self, index: usize, entry: &Entry, changes: &mut Vec<Change>) -> Entry {
        let mut out = entry.clone();
        let mut record =
            |field: String, before: Option<&String>, after: &str, uncertain: Vec<String>| -> bool {
                if before.map(String::as_str) == Some(after) {
                    return false;
                }
                let applied = uncertain.is_empty() || self.accept_uncertain;
                let filled = matches!(field.as_str(), "original-title" | "original-author" | "language");
                let detected = match before {
                    Some(b) if !filled => self.schemes(b),
                    _ => Vec::new(),
                };
                changes.push(Change {
                    entry: index,
                    id: entry.id.clone(),
                    field,
                    before: before.cloned(),
                    after: after.to_owned(),
                    detected,
                    uncertain,
                    applied,
                });
                applied
            };
        let mut russian_title = false;
        for f in TextField::ALL {
            let Some(text) = entry.text(f) else { continue };
            let known = (f == TextField::Title)
                .then_some(entry.original_title.as_ref())
                .flatten()
                .filter(|t| has_cyrillic(t));
            let restyled = match known {
                Some(cyrillic) => Some(Restyled {
                    styled: self.style.transliterate(cyrillic),
                    cyrillic: cyrillic.clone(),
                    uncertain: Vec::new(),
                }),
                None => self.restyle_text(text),
            };
            let Some(r) = restyled else { continue };
            let applied = record(f.name().into(), Some(text), &r.styled, r.uncertain.clone());
            if applied {
                *out.text_mut(f) = Some(r.styled);
            }
            if f == TextField::Title && (applied || r.uncertain.is_empty()) {
                russian_title = true;
                if record(
                    "original-title".into(),
                    entry.original_title.as_ref(),
                    &r.cyrillic,
                    Vec::new(),
                ) {
                    out.original_title = Some(r.cyrillic);
                }
            }
        }
        let mut originals = Vec::new();
        let mut held_back = false;
        for (role, names, new) in [
            ("author", &entry.authors, &mut out.authors),
            ("editor", &entry.editors, &mut out.editors),
        ] {
            for (i, name) in names.iter().enumerate() {
                let mut original = Name::default();
                let Name { family, given } = &mut new[i];
                for (part, text, slot, orig) in [
                    ("family", &name.family, family, &mut original.family),
                    ("given", &name.given, given, &mut original.given),
                ] {
                    let r = self.restyle_text(text);
                    // Initials and unconverted parts as the engine reads them (`K.K.`: К.К.).
                    *orig = r
                        .as_ref()
                        .map_or_else(|| self.reverser.cyrillic(text), |r| r.cyrillic.clone());
                    let Some(r) = r else { continue };
                    if record(format!("{role}[{i}].{part}"), Some(text), &r.styled, r.uncertain) {
                        *slot = r.styled;
                    } else if text != &r.styled {
                        held_back = true;
                    }
                }
                // Initials convert before a converted name (`A.P. Alekseev`: А.П. Алексеев).
                let full = self.reverser.cyrillic(&format!("{} {}", name.given, name.family));
                if let Some(given) = full.strip_suffix(&format!(" {}", original.family)) {
                    original.given = given.to_owned();
                }
                if role == "author" {
                    originals.push(original);
                }
            }
        }
        let all_cyrillic = originals
            .iter()
            .all(|n| has_cyrillic(&n.family) && !has_latin(&n.family) && !has_latin(&n.given));
        if russian_title
            && self.original_authors
            && !held_back
            && !originals.is_empty()
            && all_cyrillic
            && entry.original_authors.is_empty()
        {
            let shown = originals
                .iter()
                .map(Name::inverted)
                .collect::<Vec<_>>()
                .join("; ");
            if record("original-author".into(), None, &shown, Vec::new()) {
                out.original_authors = originals;
            }
        }
        let russian_language = entry.language.as_ref().is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            l.starts_with("ru") || l == "russian"
        });
        if russian_title
            && !russian_language
            && record("language".into(), entry.language.as_ref(), "ru", Vec::new())
        {
            out.language = Some("ru".into());
        }
        out
    }

    /// `text` written in the style, when it is romanised Russian (see the module header).
    fn restyle_text(&self, text: &str) -> Option<Restyled> {
        let decided = self.reverser.decide(text);
        let mut romanised = false;
        let mut styled = String::with_capacity(text.len() + 8);
        let mut cyrillic = String::with_capacity(text.len() * 2);
        let mut uncertain = Vec::new();
        for (token, report) in &decided {
            let Some(r) = report else {
                styled.push_str(token);
                cyrillic.push_str(token);
                continue;
            };
            match r.kind {
                Kind::English | Kind::Foreign => return None,
                Kind::Russian | Kind::Contaminated | Kind::Name | Kind::Acronym | Kind::Exception
                    if r.output != r.latin =>
                {
                    romanised = true;
                    styled.push_str(&self.style.transliterate(&r.output));
                    cyrillic.push_str(&r.output);
                    uncertain.extend(self.doubt(r));
                }
                _ => {
                    styled.push_str(token);
                    cyrillic.push_str(token);
                }
            }
        }
        romanised.then_some(Restyled {
            styled,
            cyrillic,
            uncertain,
        })
    }

    /// The schemes `text` fits best (at most three), `mixed` first when none fits every telling word.
    fn schemes(&self, text: &str) -> Vec<String> {
        let found = detect(self.reverser, text);
        let best = found.schemes.first().map_or(0, |s| s.1);
        let mut out: Vec<String> = found.mixed.then(|| "mixed".to_owned()).into_iter().collect();
        out.extend(
            found
                .schemes
                .into_iter()
                .filter(|(_, n)| *n == best && best > 0)
                .take(3)
                .map(|(name, _)| name),
        );
        out
    }

    /// Why the reading of one word is not certain, if it is not.
    fn doubt(&self, r: &WordReport) -> Option<String> {
        let chosen = r.output.to_lowercase();
        if chosen.chars().count() < 2 {
            return None; // an initial: every scheme writes it alike
        }
        if r.kind == Kind::Name && r.latin.starts_with(char::is_lowercase) {
            return Some(format!(
                "{}: no lexicon word, read as the name {}",
                r.latin, r.output
            ));
        }
        let score = r.candidates.iter().find(|(c, _)| *c == chosen)?.1;
        let written = |c: &str| self.style.transliterate(&c.replace('ё', "е"));
        let mine = written(&chosen);
        let rival = r
            .candidates
            .iter()
            .find(|(c, s)| (s - score).abs() < MARGIN && written(c) != mine)?;
        Some(format!(
            "{}: {} ({score:.1}) or {} ({:.1})",
            r.latin, r.output, rival.0, rival.1
        ))
    }

    /// Authors and titles spelled more than one way, with the entries using each spelling:
    /// `steppe names` clustering over the authors' surnames (names) and the titles (titles).
    fn clusters(&self, entries: &[Entry]) -> Vec<Cluster> {
        let names: Vec<String> = entries
            .iter()
            .map(|e| {
                e.authors
                    .iter()
                    .chain(&e.editors)
                    .map(|a| a.family.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        let titles: Vec<String> = entries
            .iter()
            .map(|e| e.title.clone().unwrap_or_default())
            .collect();
        let mut out = self.clusters_of(entries, &names, ClusterKind::Name);
        out.extend(self.clusters_of(entries, &titles, ClusterKind::Title));
        out
    }

    fn clusters_of(&self, entries: &[Entry], texts: &[String], kind: ClusterKind) -> Vec<Cluster> {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        cluster_names(self.reverser, &refs)
            .into_iter()
            .filter(|c| c.kind == kind && c.variants.len() > 1)
            .map(|c| Cluster {
                kind: format!("{kind:?}").to_lowercase(),
                cyrillic: c.cyrillic,
                spellings: c
                    .variants
                    .into_iter()
                    .map(|(spelling, _)| {
                        let ids = entries
                            .iter()
                            .zip(texts)
                            .filter(|(_, t)| t.lines().any(|l| l.contains(&spelling)))
                            .map(|(e, _)| e.id.clone())
                            .collect();
                        (spelling, ids)
                    })
                    .collect(),
            })
            .collect()
    }
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

fn has_latin(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
}
