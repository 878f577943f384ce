//! A glossary as pairs of segments, English term ↔ one Russian equivalent: what a translation
//! memory of terms holds (`NAME.terms.tmx`), for CAT tools that take terms only through a TM.
//!
//! A memory unit has one target, and a CAT tool inserts it as is, so each English form of an entry
//! gets its own pair with the Russian of the same form: the short form with the Russian short form
//! (`CSTO` ↔ `ОДКБ`), the long form with the long one (`Collective Security Treaty Organization` ↔
//! `Организация Договора о коллективной безопасности`), a variant with what its entry's term gets.
//! The other Russian equivalents go with the pair as alternatives, and so does where the Russian
//! came from. Entries without Russian give no pair; an English form already paired by an earlier
//! entry is not paired again (a memory with one target per source).

use crate::export::{concepts, Concept, Term, TermType};
use crate::tsv::form_comment;
use crate::{EntryKind, Glossary, RuFrom, Termbase};

/// Which form of its entry the English side of a [`TermPair`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermForm {
    /// An acronym or other short form (`CSTO`, `the Alliance`).
    Short,
    /// A full name (`Collective Security Treaty Organization`, `World Bank`).
    Full,
    /// Another spelling of the entry's term.
    Variant,
}

impl TermForm {
    /// The name a TMX `prop` uses (`short`, `full`, `variant`).
    pub fn as_str(self) -> &'static str {
        match self {
            TermForm::Short => "short",
            TermForm::Full => "full",
            TermForm::Variant => "variant",
        }
    }
}

/// One English form of a glossary entry with the Russian equivalent of the same form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermPair {
    /// The English form.
    pub en: String,
    /// Its Russian equivalent.
    pub ru: String,
    /// Which form of the entry `en` is.
    pub form: TermForm,
    /// The entry's kind.
    pub kind: EntryKind,
    /// The entry's other Russian equivalents (other forms, variants), the alternatives to `ru`.
    pub other_ru: Vec<String>,
    /// What the form is (`acronym; 14 occurrences; …`, `long form of CSTO`), as the TSV comment.
    pub note: String,
    /// How the Russian was obtained (`None` when set by hand).
    pub ru_from: Option<RuFrom>,
    /// The termbase's source for the Russian.
    pub ru_source: Option<String>,
    /// Where the Russian came from in words (`unverified: ru from a termbase record without a source`).
    pub ru_note: Option<String>,
}

/// The term pairs of a glossary, in its order (see the module docs).
///
/// ```
/// use steppe_glossary::{term_pairs, Entry, EntryKind, Glossary, TermForm};
/// let g = Glossary { entries: vec![Entry {
///     kind: EntryKind::Acronym, term: "SCO".into(), short: Some("SCO".into()),
///     long: Some("Shanghai Cooperation Organization".into()), ru: Some("ШОС".into()), count: 1,
///     first_offset: 0, defined_in_text: true, variants: vec![], contexts: vec![], flags: vec![], ru_origin: None }] };
/// let pairs = term_pairs(&g, None);
/// let got: Vec<(&str, &str, TermForm)> = pairs.iter().map(|p| (p.en.as_str(), p.ru.as_str(), p.form)).collect();
/// assert_eq!(got, [("SCO", "ШОС", TermForm::Short), ("Shanghai Cooperation Organization", "ШОС", TermForm::Full)]);
/// ```
pub fn term_pairs(glossary: &Glossary, termbase: Option<&Termbase>) -> Vec<TermPair> {
    let mut seen = std::collections::HashSet::new();
    let mut pairs = Vec::new();
    for c in concepts(glossary, termbase) {
        if c.ru.is_empty() {
            continue;
        }
        let main_form = en_form(&c.en[0], TermForm::Full);
        for (i, en) in c.en.iter().enumerate() {
            if !seen.insert(en.text.clone()) {
                continue;
            }
            let form = if i == 0 {
                main_form
            } else {
                en_form(en, TermForm::Variant)
            };
            // A variant is translated as the entry's term is.
            let wanted = match form {
                TermForm::Variant => main_form,
                form => form,
            };
            let ru = pick_ru(&c, wanted);
            pairs.push(TermPair {
                en: en.text.clone(),
                ru: ru.to_owned(),
                form,
                kind: c.kind,
                other_ru: c.ru.iter().map(|t| t.text.clone()).filter(|t| t != ru).collect(),
                note: form_comment(&c, i),
                ru_from: c.ru_from,
                ru_source: c.ru_source.clone(),
                ru_note: c.ru_note.clone(),
            });
        }
    }
    pairs
}

/// The form of an English term by its TBX type (`fallback` when it has none, as names).
fn en_form(term: &Term, fallback: TermForm) -> TermForm {
    match term.kind {
        Some(TermType::Acronym | TermType::ShortForm) => TermForm::Short,
        Some(TermType::FullForm) => TermForm::Full,
        Some(TermType::Variant) => TermForm::Variant,
        None => fallback,
    }
}

/// The first Russian term of the `wanted` form, else the entry's own Russian (the first).
fn pick_ru(c: &Concept, wanted: TermForm) -> &str {
    c.ru.iter()
        .find(|t| en_form(t, TermForm::Full) == wanted)
        .unwrap_or(&c.ru[0])
        .text
        .as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::annotated;

    #[test]
    fn each_form_gets_the_russian_of_its_form_and_the_rest_as_alternatives() {
        let (g, tb) = annotated();
        let pairs = term_pairs(&g, Some(&tb));
        let find = |en: &str| {
            pairs
                .iter()
                .find(|p| p.en == en)
                .unwrap_or_else(|| panic!("{en}: {pairs:#?}"))
        };
        let full = "Совет евроатлантического партнерства";
        let eaps = find("EAPS");
        assert_eq!((eaps.ru.as_str(), eaps.form), ("СЕАП", TermForm::Short));
        assert_eq!(eaps.other_ru, [full]);
        let long = find("Euro-Atlantic Partnership Council");
        assert_eq!((long.ru.as_str(), long.form), (full, TermForm::Full));
        assert_eq!(long.note, "long form of EAPS");
        assert_eq!(long.other_ru, ["СЕАП"]);
        let eapc = find("EAPC");
        assert_eq!((eapc.ru.as_str(), eapc.form), ("СЕАП", TermForm::Short));
        assert_eq!(eapc.note, "standard short form; the text writes EAPS");
        // no Russian, no pair
        assert!(!pairs.iter().any(|p| p.en == "North Atlantic Partnership Council"));
        // one pair per English form
        let mut ens: Vec<&str> = pairs.iter().map(|p| p.en.as_str()).collect();
        let n = ens.len();
        ens.sort();
        ens.dedup();
        assert_eq!(ens.len(), n);
    }
}
