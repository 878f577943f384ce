//! What every export format shares: a glossary entry seen as a concept with English and Russian terms,
//! and the conversion of text into something every format can hold.

use crate::termbase::{looks_short, Record};
use crate::{Entry, EntryKind, Glossary, RuFrom, Termbase};

/// The TBX `termType` of a term (TBX-Basic picklist values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TermType {
    FullForm,
    Acronym,
    ShortForm,
    Variant,
}

impl TermType {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            TermType::FullForm => "fullForm",
            TermType::Acronym => "acronym",
            TermType::ShortForm => "shortForm",
            TermType::Variant => "variant",
        }
    }
}

/// One term of a concept in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub text: String,
    pub kind: Option<TermType>,
    /// A sentence from the document showing the term in use (English terms only).
    pub context: Option<String>,
    /// `Some(false)` for a short form the termbase does not accept (`EAPS`), `Some(true)` for the
    /// standard one added beside it (`EAPC`); TBX `administrativeStatus` deprecated / preferred.
    pub preferred: Option<bool>,
}

impl Term {
    fn new(text: &str, kind: Option<TermType>) -> Term {
        Term {
            text: clean(text),
            kind,
            context: None,
            preferred: None,
        }
    }
}

/// The flag `annotate` puts on a short form that differs from the termbase's standard one.
const NONSTANDARD: &str = "nonstandard_short_form:";

/// An entry as a concept: the English terms first the one the glossary lists, the Russian terms first
/// the entry's `ru`, and a one-line note with the count and flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Concept {
    pub id: String,
    pub subject: Option<String>,
    pub en: Vec<Term>,
    pub ru: Vec<Term>,
    pub note: String,
    /// Where the Russian terms came from, for a note beside each ([`ru_origin_note`]).
    pub ru_note: Option<String>,
    /// The termbase's source for the Russian (TBX `admin type="source"`).
    pub ru_source: Option<String>,
    /// How the Russian was obtained (`None` when set by hand).
    pub ru_from: Option<RuFrom>,
    /// The entry's kind.
    pub kind: EntryKind,
}

/// The concepts of a glossary in its order; `termbase` (if given) adds the Russian full names and
/// subject fields of the bodies the entries were filled from. An entry whose term is blank is left
/// out (a TBX language section needs a term).
pub(crate) fn concepts(glossary: &Glossary, termbase: Option<&Termbase>) -> Vec<Concept> {
    glossary
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !clean(&e.term).is_empty())
        .map(|(i, e)| concept(i, e, termbase.and_then(|t| t.record_for(e))))
        .collect()
}

fn concept(index: usize, e: &Entry, record: Option<&Record>) -> Concept {
    let context = e.contexts.first().map(|c| clean(c));
    let main_kind = match e.kind {
        EntryKind::Acronym => Some(TermType::Acronym),
        EntryKind::Institution => Some(TermType::FullForm),
        EntryKind::Alias => Some(TermType::ShortForm),
        EntryKind::Name | EntryKind::Person | EntryKind::Place => None,
        EntryKind::Degree => Some(TermType::ShortForm),
    };
    let mut en = vec![Term {
        context,
        ..Term::new(&e.term, main_kind)
    }];
    if let Some(standard) = e.flags.iter().find_map(|f| f.strip_prefix(NONSTANDARD)) {
        en[0].preferred = Some(false);
        en.push(Term {
            preferred: Some(true),
            ..Term::new(standard, Some(TermType::Acronym))
        });
    }
    if let (EntryKind::Acronym, Some(long)) = (e.kind, &e.long) {
        en.push(Term::new(long, Some(TermType::FullForm)));
    }
    for v in &e.variants {
        en.push(Term::new(v, Some(TermType::Variant)));
    }
    let mut ru = Vec::new();
    if let Some(main) = &e.ru {
        ru.push(Term::new(
            main,
            ru_type(main, e.kind == EntryKind::Acronym, record),
        ));
        for other in record
            .into_iter()
            .flat_map(|r| [&r.ru_short, &r.ru_long])
            .flatten()
        {
            ru.push(Term::new(other, ru_type(other, true, record)));
        }
        for variant in record.into_iter().flat_map(|r| &r.ru_variants) {
            ru.push(Term::new(variant, Some(TermType::Variant)));
        }
    }
    dedup(&mut en);
    dedup(&mut ru);
    Concept {
        id: format!("c{}", index + 1),
        subject: record.map(|r| r.domain.clone()).filter(|d| !d.is_empty()),
        ru_note: ru_origin_note(e, record),
        ru_source: e.ru_origin.as_ref().and_then(|o| o.source.as_deref()).map(clean),
        ru_from: e.ru_origin.as_ref().map(|o| o.from),
        kind: e.kind,
        en,
        ru,
        note: note(e),
    }
}

/// Where an entry's Russian came from, in words, with the termbase record's own note (the
/// translator's caveats: `not an exact equivalent`) when it has one:
/// `ru from the termbase, source: https://…`, `unverified: ru from a termbase record without a source`.
pub(crate) fn ru_origin_note(e: &Entry, record: Option<&Record>) -> Option<String> {
    let origin = e.ru_origin.as_ref()?;
    let mut text = match (origin.from, &origin.source) {
        (RuFrom::Termbase, Some(source)) => format!("ru from the termbase, source: {source}"),
        (RuFrom::Termbase, None) => "ru from the termbase".into(),
        (RuFrom::TermbaseUnverified, _) => "unverified: ru from a termbase record without a source".into(),
        (RuFrom::Composed, _) => "unverified: ru composed from termbase records".into(),
        (RuFrom::ReverseTransliteration, _) => "unverified: ru read back from the romanisation".into(),
    };
    if let Some(r) = record.filter(|r| !r.note.is_empty() && origin.from != RuFrom::Composed) {
        text.push_str("; termbase note: ");
        text.push_str(&r.note);
    }
    Some(clean(&text))
}

/// The type of a Russian term: what its termbase column says (`ru_short`: an acronym when every
/// word is one, as `ПА НАТО`, else a short form, as `МИД России`; `ru_long`: the full form), else
/// a guess from its letters.
fn ru_type(text: &str, acronym: bool, record: Option<&Record>) -> Option<TermType> {
    if let Some(r) = record {
        if r.ru_short.as_deref() == Some(text) {
            let all_acronyms = text.split_whitespace().all(looks_short);
            return Some(if all_acronyms {
                TermType::Acronym
            } else {
                TermType::ShortForm
            });
        }
        if r.ru_long.as_deref() == Some(text) {
            return Some(TermType::FullForm);
        }
    }
    Some(match (acronym, looks_short(text)) {
        (_, true) => TermType::Acronym,
        (true, false) if !text.contains(' ') => TermType::ShortForm,
        _ => TermType::FullForm,
    })
}

fn dedup(terms: &mut Vec<Term>) {
    let mut seen = Vec::new();
    terms.retain(|t| {
        let new = !t.text.is_empty() && !seen.contains(&t.text);
        seen.push(t.text.clone());
        new
    });
}

/// `acronym; 3 occurrences; defined in the text; stands for NATO; flags: no_ru`.
pub(crate) fn note(e: &Entry) -> String {
    let mut parts = vec![
        kind_name(e.kind).to_string(),
        format!("{} occurrence{}", e.count, if e.count == 1 { "" } else { "s" }),
    ];
    if e.kind == EntryKind::Acronym {
        parts.push(
            if e.defined_in_text {
                "defined in the text"
            } else {
                "not defined in the text"
            }
            .into(),
        );
    }
    if let (EntryKind::Alias, Some(of)) = (e.kind, &e.long) {
        parts.push(format!("stands for {of}"));
    }
    if !e.flags.is_empty() {
        parts.push(format!("flags: {}", e.flags.join(", ")));
    }
    clean(&parts.join("; "))
}

/// The kind as JSON spells it.
pub(crate) fn kind_name(kind: EntryKind) -> &'static str {
    kind.as_str()
}

/// Text on one line, without characters XML 1.0 forbids: tabs, newlines and other controls become
/// single spaces, so the same text fits a TSV field, a CSV cell and an XML element.
pub(crate) fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in
        text.split(|c: char| c.is_whitespace() || c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
    {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small glossary covering every entry kind, with awkward text, for the export tests.
    pub(crate) fn sample() -> Glossary {
        let e = |kind, term: &str, short: Option<&str>, long: Option<&str>, ru: Option<&str>| Entry {
            kind,
            term: term.into(),
            short: short.map(String::from),
            long: long.map(String::from),
            ru: ru.map(String::from),
            count: 2,
            first_offset: 10,
            defined_in_text: long.is_some(),
            variants: vec![],
            contexts: vec![format!("A sentence with {term} in it,\tand a tab & <markup>.")],
            flags: vec![],
            ru_origin: None,
        };
        let mut eapc = e(
            EntryKind::Acronym,
            "EAPS",
            Some("EAPS"),
            Some("Euro-Atlantic Partnership Council"),
            None,
        );
        eapc.variants = vec!["EASP".into()];
        let mut alliance = e(
            EntryKind::Alias,
            "the Alliance",
            None,
            Some("NATO"),
            Some("Альянс"),
        );
        alliance.flags = vec!["alias".into()];
        let mut napc = e(
            EntryKind::Institution,
            "North Atlantic Partnership Council",
            None,
            None,
            None,
        );
        napc.contexts.clear();
        Glossary {
            entries: vec![
                eapc,
                e(EntryKind::Acronym, "CSTO", Some("CSTO"), None, None),
                e(EntryKind::Institution, "World Bank", None, None, None),
                napc,
                alliance,
                e(EntryKind::Name, "Nazarbaev", None, None, Some("Назарбаев")),
            ],
        }
    }

    /// The real termbase of the project.
    pub(crate) fn corpus_termbase() -> Termbase {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/termbase.tsv");
        Termbase::load(&path).unwrap()
    }

    /// [`sample`] annotated with the real termbase.
    pub(crate) fn annotated() -> (Glossary, Termbase) {
        let tb = corpus_termbase();
        let mut g = sample();
        tb.annotate(&mut g);
        (g, tb)
    }

    #[test]
    fn a_blank_term_makes_no_concept() {
        let mut g = sample();
        g.entries[1].term = " \t\u{0}".into();
        g.entries[1].short = None;
        let c = concepts(&g, None);
        assert_eq!(c.len(), g.entries.len() - 1);
        assert_eq!(c[1].id, "c3", "ids still follow the glossary");
    }

    #[test]
    fn clean_puts_text_on_one_line_without_controls() {
        assert_eq!(clean(" a\tb\r\n c\u{0}d\u{c} "), "a b c d");
        assert_eq!(clean("Организация «X»"), "Организация «X»");
    }

    #[test]
    fn concepts_carry_both_languages_and_the_termbase_extras() {
        let (g, tb) = annotated();
        let c = concepts(&g, Some(&tb));
        let eaps = &c[0];
        let en: Vec<_> = eaps.en.iter().map(|t| (t.text.as_str(), t.kind)).collect();
        assert_eq!(
            en,
            [
                ("EAPS", Some(TermType::Acronym)),
                ("EAPC", Some(TermType::Acronym)),
                ("Euro-Atlantic Partnership Council", Some(TermType::FullForm)),
                ("EASP", Some(TermType::Variant))
            ]
        );
        let ru: Vec<_> = eaps.ru.iter().map(|t| (t.text.as_str(), t.kind)).collect();
        assert_eq!(
            ru,
            [
                ("СЕАП", Some(TermType::Acronym)),
                ("Совет евроатлантического партнерства", Some(TermType::FullForm))
            ]
        );
        assert_eq!(
            (eaps.en[0].preferred, eaps.en[1].preferred, eaps.en[2].preferred),
            (Some(false), Some(true), None)
        );
        assert_eq!(eaps.subject.as_deref(), Some("security"));
        assert!(
            eaps.note.contains("flags: nonstandard_short_form:EAPC"),
            "{}",
            eaps.note
        );
        assert_eq!(
            eaps.en[0].context.as_deref(),
            Some("A sentence with EAPS in it, and a tab & <markup>.")
        );
        // without a termbase, only the entry's own Russian
        assert_eq!(concepts(&g, None)[0].ru.len(), 1);
        // an unknown body has no Russian terms
        assert!(c[3].ru.is_empty());
        assert_eq!(
            c.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["c1", "c2", "c3", "c4", "c5", "c6"]
        );
    }
}
