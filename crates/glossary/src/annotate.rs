//! Filling a glossary from the termbase: Russian equivalents, expansions of undefined acronyms, the sense
//! of ambiguous short forms, and flags for what the termbase contradicts or does not know.
//!
//! Flags added here:
//! - `long_from_termbase`: an acronym the text does not define got its long form from the termbase;
//! - `sense_from_context`: one of several senses was chosen by the context cues;
//! - `ambiguous_sense:LONG (RU)`: the cues did not decide; the first sense is kept, this is another;
//! - `nonstandard_short_form:STD`: the text's short form for a known body differs from the standard;
//! - `long_form_differs:STD`: the text defines a known short form by a long form close to, but not the
//!   same as, the termbase's;
//! - `resembles:NAME`: a name matches no body but is close to this one (probably a slip);
//! - `ru_composed`: the Russian was put together from a body and a name (`NATO Riga Summit` →
//!   `Рижский саммит НАТО`), worth a check;
//! - `romanised_russian:США`: an undefined acronym the termbase does not know is romanised Russian
//!   (`SShA`); the Cyrillic is its Russian (see [`crate::romanised`]);
//! - `ru_reverse_transliteration`: a person's or place's name the termbase does not know, read as
//!   romanised Russian or Kazakh by the reverse transliterator (`Nursultan Nazarbaev` → `Нурсултан
//!   Назарбаев`): a reconstruction to check, not a termbase fact;
//! - `not_in_termbase`, `no_ru`: nothing known / no Russian equivalent.
//!
//! Every Russian filled here records its [`RuOrigin`]: a termbase record with or without a source,
//! composed from records, or read back from a romanisation.
//!
//! Entries that turn out to name one body (filled from one termbase record: `EU` and `European Union`)
//! are merged afterwards (see [`crate::body`]).

use crate::kind::reverse_cyrillic;
use crate::name::OWNER;
use crate::romanised;
use crate::sense::choose_sense;
use crate::similar::plural;
use crate::termbase::{looks_short, plural_acronym_stem, Record, Termbase};
use crate::{Entry, EntryKind, Glossary, RuFrom, RuOrigin};

impl Termbase {
    /// Fills `ru` (and `long` of acronyms the text leaves undefined) on every entry and adds flags.
    ///
    /// ```
    /// use steppe_glossary::{Entry, EntryKind, Glossary, Termbase};
    /// let tb = Termbase::parse("t.tsv".as_ref(), "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
    ///     csto\tCSTO\tCollective Security Treaty Organization\tОДКБ\t\tsecurity\t\t\t\n").unwrap();
    /// let mut g = Glossary { entries: vec![Entry {
    ///     kind: EntryKind::Acronym, term: "CSTO".into(), short: Some("CSTO".into()), long: None, ru: None,
    ///     count: 1, first_offset: 0, defined_in_text: false, variants: vec![], contexts: vec![], flags: vec![], ru_origin: None }] };
    /// tb.annotate(&mut g);
    /// assert_eq!(g.entries[0].ru.as_deref(), Some("ОДКБ"));
    /// assert_eq!(g.entries[0].long.as_deref(), Some("Collective Security Treaty Organization"));
    /// ```
    pub fn annotate(&self, glossary: &mut Glossary) {
        for entry in &mut glossary.entries {
            match entry.kind {
                EntryKind::Acronym => self.annotate_acronym(entry),
                EntryKind::Degree => self.annotate_degree(entry),
                kind => self.annotate_name(entry, kind),
            }
            if entry.ru.is_none() {
                flag(entry, "no_ru".into());
            }
        }
        crate::body::merge_bodies(self, glossary);
    }

    /// A degree's Russian from the termbase record of domain `degree` with its short form.
    fn annotate_degree(&self, entry: &mut Entry) {
        let short = entry.short.clone().unwrap_or_else(|| entry.term.clone());
        match self.by_short(&short).into_iter().find(|r| r.domain == "degree") {
            Some(record) => {
                if entry.long.is_none() {
                    entry.long.clone_from(&record.en_long);
                }
                fill(entry, record, false);
            }
            None => flag(entry, "not_in_termbase".into()),
        }
    }

    /// The record an annotated entry was filled from: exports use it for the Russian full name.
    pub fn record_for(&self, entry: &Entry) -> Option<&Record> {
        let ru = entry.ru.as_deref()?;
        let mut candidates = Vec::new();
        for name in [
            entry.long.as_deref(),
            entry.short.as_deref(),
            Some(entry.term.as_str()),
        ]
        .into_iter()
        .flatten()
        {
            candidates.extend(self.by_long(name));
            candidates.extend(self.by_short(name));
        }
        candidates
            .into_iter()
            .find(|r| r.ru_short.as_deref() == Some(ru) || r.ru_long.as_deref() == Some(ru))
    }

    fn annotate_acronym(&self, entry: &mut Entry) {
        let short = entry.short.clone().unwrap_or_else(|| entry.term.clone());
        if let Some(long) = entry.long.clone() {
            let known = self.by_long(&long);
            let Some(&record) = known.iter().find(|r| r.accepts_short(&short)).or(known.first()) else {
                match self.same_short_similar_long(&short, &long) {
                    Some(record) => {
                        fill(entry, record, true);
                        let std = record.en_long.as_deref().unwrap_or_default();
                        flag(entry, format!("long_form_differs:{std}"));
                    }
                    None => self.flag_unknown(entry, &long),
                }
                return;
            };
            fill(entry, record, true);
            if let Some(std) = record
                .en_short
                .as_deref()
                .filter(|_| !record.accepts_short(&short))
            {
                flag(entry, format!("nonstandard_short_form:{std}"));
            }
            return;
        }
        let senses = self.lookup(&short);
        match senses.as_slice() {
            [] => unknown_acronym(entry, &short),
            [only] => self.fill_undefined(entry, only),
            _ => match choose_sense(&senses, &entry.contexts) {
                Some(i) => {
                    self.fill_undefined(entry, senses[i]);
                    flag(entry, "sense_from_context".into());
                }
                None => {
                    self.fill_undefined(entry, senses[0]);
                    for other in &senses[1..] {
                        let long = other.en_long.as_deref().unwrap_or_default();
                        let ru = other.ru_for(true).unwrap_or("?");
                        flag(entry, format!("ambiguous_sense:{long} ({ru})"));
                    }
                }
            },
        }
    }

    fn fill_undefined(&self, entry: &mut Entry, record: &Record) {
        if let (None, Some(long)) = (&entry.long, &record.en_long) {
            let short = entry.short.as_deref().unwrap_or(&entry.term);
            entry.long = Some(if plural_acronym_stem(short).is_some() {
                plural(long)
            } else {
                long.clone()
            });
            flag(entry, "long_from_termbase".into());
        }
        fill(entry, record, true);
    }

    fn annotate_name(&self, entry: &mut Entry, kind: EntryKind) {
        self.name_with_owner(entry);
        let term = entry.term.clone();
        let found = self.by_long(&term);
        let found = if found.is_empty() {
            self.by_short(&term)
        } else {
            found
        };
        if let Some(record) = found.first() {
            // `Operational Capabilities Concept` is the OCC: the body's short form, for the translator
            if kind == EntryKind::Institution && entry.short.is_none() {
                entry.short.clone_from(&record.en_short);
            }
            fill(entry, record, false);
        } else if let Some(ru) = self.owned_name(&term) {
            if entry.ru.is_none() {
                entry.ru = Some(ru);
                entry.ru_origin = origin(RuFrom::Composed);
            }
            flag(entry, "ru_composed".into());
        } else if kind == EntryKind::Institution {
            self.flag_unknown(entry, &term);
        } else if let Some(cyrillic) = matches!(kind, EntryKind::Person | EntryKind::Place)
            .then(|| reverse_cyrillic(&term))
            .flatten()
        {
            // a reconstruction, not a termbase fact: the flag and the origin say so
            if entry.ru.is_none() {
                entry.ru = Some(cyrillic);
                entry.ru_origin = origin(RuFrom::ReverseTransliteration);
            }
            flag(entry, REVERSE_TRANSLITERATION.into());
        } else {
            flag(entry, "not_in_termbase".into());
        }
    }

    /// `Parliamentary Assembly` owned by NATO is the `NATO Parliamentary Assembly` when the termbase
    /// knows the body under the owner's name and not under the bare one: the entry takes that name.
    fn name_with_owner(&self, entry: &mut Entry) {
        let Some(owner) = entry
            .flags
            .iter()
            .find_map(|f| f.strip_prefix(OWNER)?.strip_prefix(':'))
        else {
            return;
        };
        let owned = format!("{owner} {}", entry.term);
        if !self.by_long(&entry.term).is_empty() || self.by_long(&owned).is_empty() {
            return;
        }
        let bare = std::mem::replace(&mut entry.term, owned);
        entry.variants.retain(|v| *v != entry.term);
        entry.variants.push(bare);
        let prefix = format!("{OWNER}:");
        entry.flags.retain(|f| !f.starts_with(&prefix));
    }

    /// The Russian of a name made of a known body's short form and a known name (`NATO Riga Summit`,
    /// `NATO's Planning and Review Process`): the name's Russian followed by the body's Russian short
    /// form (`Рижский саммит НАТО`), the usual Russian order.
    fn owned_name(&self, term: &str) -> Option<String> {
        let (owner, rest) = term.split_once(' ')?;
        let owner = owner.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        let owner_ru = self
            .by_short(owner)
            .first()?
            .ru_short
            .clone()
            .filter(|r| looks_short(r))?;
        let rest_ru = self.by_long(rest).first()?.ru_for(false)?.to_string();
        Some(format!("{rest_ru} {owner_ru}"))
    }

    fn flag_unknown(&self, entry: &mut Entry, name: &str) {
        flag(entry, "not_in_termbase".into());
        if let Some(similar) = self.resembling(name) {
            flag(entry, format!("resembles:{similar}"));
        }
    }
}

/// An undefined acronym the termbase does not know: romanised Russian (`SShA`; also a table word
/// that is an English word, `MID`) has its Cyrillic as the Russian; anything else is flagged.
fn unknown_acronym(entry: &mut Entry, short: &str) {
    let cyrillic = romanised::flagged(&entry.flags)
        .map(String::from)
        .or_else(|| romanised::in_table(short));
    match cyrillic {
        Some(cyrillic) => {
            flag(entry, romanised::flag(&cyrillic));
            if entry.ru.is_none() {
                entry.ru = Some(cyrillic);
                entry.ru_origin = origin(RuFrom::ReverseTransliteration);
            }
        }
        None => flag(entry, "not_in_termbase".into()),
    }
}

/// The flag of a Russian equivalent read by the reverse transliterator, not taken from the termbase.
pub const REVERSE_TRANSLITERATION: &str = "ru_reverse_transliteration";

fn fill(entry: &mut Entry, record: &Record, acronym: bool) {
    if entry.ru.is_none() {
        entry.ru = record.ru_for(acronym).map(String::from);
        if entry.ru.is_some() {
            entry.ru_origin = Some(record_origin(record));
        }
    }
}

/// A record's Russian is verified when the record names its source.
fn record_origin(record: &Record) -> RuOrigin {
    RuOrigin {
        from: match record.source {
            Some(_) => RuFrom::Termbase,
            None => RuFrom::TermbaseUnverified,
        },
        source: record.source.clone(),
    }
}

/// The origin of Russian the termbase does not hold as such.
fn origin(from: RuFrom) -> Option<RuOrigin> {
    Some(RuOrigin { from, source: None })
}

fn flag(entry: &mut Entry, flag: String) {
    if !entry.flags.contains(&flag) {
        entry.flags.push(flag);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const TB: &str = "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
        wto-trade\tWTO\tWorld Trade Organization\tВТО\tВсемирная торговая организация\teconomics\ttrade:3;accession:3;tariffs:3\t\t\n\
        wto-warsaw\tWTO\tWarsaw Treaty Organization\tОВД\tОрганизация Варшавского договора\tsecurity\tWarsaw:3;Cold War:2;1955-1991:2;former:1\t\tWarsaw Pact\n\
        eapc\tEAPC\tEuro-Atlantic Partnership Council\tСЕАП\tСовет евроатлантического партнерства\tsecurity\t\t\t\n\
        ngo\tNGO\tnon-governmental organization\tНПО\tнеправительственная организация\tpolitics\t\t\t\n\
        wb\t\tWorld Bank\t\tВсемирный банк\teconomics\t\t\t\n\
        kzp\t\tParliament of the Republic of Kazakhstan\t\tПарламент Республики Казахстан\tpolitics\t\t\t\n";

    fn tb() -> Termbase {
        Termbase::parse(Path::new("t.tsv"), TB).unwrap()
    }

    fn entry(kind: EntryKind, term: &str, long: Option<&str>, context: &str) -> Entry {
        let short = (kind == EntryKind::Acronym).then(|| term.to_string());
        Entry {
            kind,
            term: term.into(),
            short,
            long: long.map(String::from),
            ru: None,
            count: 1,
            first_offset: 0,
            defined_in_text: long.is_some(),
            variants: vec![],
            contexts: vec![context.into()],
            flags: vec![],
            ru_origin: None,
        }
    }

    fn annotate(e: Entry) -> Entry {
        let mut g = Glossary { entries: vec![e] };
        tb().annotate(&mut g);
        g.entries.pop().unwrap()
    }

    #[test]
    fn wto_sense_follows_the_context() {
        let e = annotate(entry(
            EntryKind::Acronym,
            "WTO",
            None,
            "In 1991 the former WTO members were invited.",
        ));
        assert_eq!(
            (e.long.as_deref(), e.ru.as_deref()),
            (Some("Warsaw Treaty Organization"), Some("ОВД"))
        );
        assert_eq!(e.flags, ["long_from_termbase", "sense_from_context"]);
        let e = annotate(entry(
            EntryKind::Acronym,
            "WTO",
            None,
            "Kazakhstan's accession to the WTO stalled over tariffs.",
        ));
        assert_eq!(
            (e.long.as_deref(), e.ru.as_deref()),
            (Some("World Trade Organization"), Some("ВТО"))
        );
    }

    #[test]
    fn undecided_sense_keeps_the_first_and_lists_the_other() {
        let e = annotate(entry(EntryKind::Acronym, "WTO", None, "The WTO was mentioned."));
        assert_eq!(e.ru.as_deref(), Some("ВТО"));
        assert!(
            e.flags
                .contains(&"ambiguous_sense:Warsaw Treaty Organization (ОВД)".to_string()),
            "{:?}",
            e.flags
        );
        // a single weak cue is not enough
        let e = annotate(entry(
            EntryKind::Acronym,
            "WTO",
            None,
            "Former WTO officials met.",
        ));
        assert!(
            e.flags.iter().any(|f| f.starts_with("ambiguous_sense:")),
            "{:?}",
            e.flags
        );
    }

    #[test]
    fn defined_long_form_picks_the_body_and_flags_a_nonstandard_short_form() {
        let e = annotate(entry(
            EntryKind::Acronym,
            "EAPS",
            Some("Euro-Atlantic Partnership Council"),
            "",
        ));
        assert_eq!(e.ru.as_deref(), Some("СЕАП"));
        assert_eq!(e.flags, ["nonstandard_short_form:EAPC"]);
        let e = annotate(entry(
            EntryKind::Acronym,
            "EAPC",
            Some("Euro-Atlantic Partnership Council"),
            "",
        ));
        assert!(e.flags.is_empty(), "{:?}", e.flags);
        let e = annotate(entry(
            EntryKind::Acronym,
            "WTO",
            Some("Warsaw Pact"),
            "Trade and tariffs.",
        ));
        assert_eq!(e.ru.as_deref(), Some("ОВД"));
    }

    #[test]
    fn a_close_long_form_for_a_known_short_form_is_accepted_with_a_flag() {
        let e = annotate(entry(
            EntryKind::Acronym,
            "EAPC",
            Some("Euro-Atlantic Partnership Committee"),
            "",
        ));
        assert_eq!(e.ru.as_deref(), Some("СЕАП"));
        assert_eq!(e.flags, ["long_form_differs:Euro-Atlantic Partnership Council"]);
        // too different: another body with the same letters
        let e = annotate(entry(
            EntryKind::Acronym,
            "WTO",
            Some("World Tourism Organization"),
            "",
        ));
        assert_eq!(e.ru, None);
        let e = annotate(entry(
            EntryKind::Acronym,
            "NGO",
            Some("National Guard Office"),
            "",
        ));
        assert_eq!(e.flags, ["not_in_termbase", "no_ru"]);
    }

    #[test]
    fn plural_and_dotted_short_forms_are_found() {
        let e = annotate(entry(EntryKind::Acronym, "NGOs", None, ""));
        assert_eq!(e.ru.as_deref(), Some("НПО"));
        assert_eq!(
            e.long.as_deref(),
            Some("non-governmental organizations"),
            "plural like the short form"
        );
        let e = annotate(entry(EntryKind::Acronym, "NGO", None, ""));
        assert_eq!(e.long.as_deref(), Some("non-governmental organization"));
    }

    #[test]
    fn unknown_names_are_flagged_and_near_misses_resemble_a_body() {
        let e = annotate(entry(
            EntryKind::Institution,
            "North Atlantic Partnership Council",
            None,
            "",
        ));
        assert_eq!(e.ru, None);
        assert_eq!(
            e.flags,
            [
                "not_in_termbase",
                "resembles:Euro-Atlantic Partnership Council",
                "no_ru"
            ]
        );
        let e = annotate(entry(
            EntryKind::Institution,
            "Euro-Atlantic Partnership Counsil",
            None,
            "",
        ));
        assert!(
            e.flags
                .contains(&"resembles:Euro-Atlantic Partnership Council".to_string()),
            "{:?}",
            e.flags
        );
        let e = annotate(entry(
            EntryKind::Institution,
            "Parliament of the Republic of Uzbekistan",
            None,
            "",
        ));
        assert_eq!(e.flags, ["not_in_termbase", "no_ru"]);
        let e = annotate(entry(
            EntryKind::Institution,
            "National Security Council",
            None,
            "",
        ));
        assert_eq!(e.flags, ["not_in_termbase", "no_ru"]);
        let e = annotate(entry(EntryKind::Institution, "the World Bank", None, ""));
        assert_eq!((e.ru.as_deref(), e.flags.len()), (Some("Всемирный банк"), 0));
        let e = annotate(entry(EntryKind::Acronym, "XYZ", None, ""));
        assert_eq!(e.flags, ["not_in_termbase", "no_ru"]);
    }

    #[test]
    fn a_known_name_owned_by_a_known_body_gets_composed_russian() {
        let tb = Termbase::parse(
            Path::new("t.tsv"),
            &format!(
                "{TB}nato\tNATO\tNorth Atlantic Treaty Organization\tНАТО\t\tsecurity\t\t\t\n\
                      riga\t\tRiga summit\t\tРижский саммит\tsecurity\t\t\t\n"
            ),
        )
        .unwrap();
        let mut g = Glossary {
            entries: vec![
                entry(EntryKind::Institution, "NATO's Riga Summit", None, ""),
                entry(EntryKind::Institution, "NATO Prague Summit", None, ""),
                entry(EntryKind::Institution, "Riga World Bank", None, ""),
            ],
        };
        tb.annotate(&mut g);
        assert_eq!(g.entries[0].ru.as_deref(), Some("Рижский саммит НАТО"));
        assert_eq!(g.entries[0].flags, ["ru_composed"]);
        assert_eq!(g.entries[1].ru, None, "the name itself is unknown");
        assert_eq!(g.entries[2].ru, None, "the owner is no body");
    }

    #[test]
    fn every_russian_says_where_it_came_from() {
        let tb = Termbase::parse(
            Path::new("t.tsv"),
            "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\tru_variants\tsource\n\
             nato\tNATO\tNorth Atlantic Treaty Organization\tНАТО\t\tsecurity\t\t\t\t\thttps://www.nato.int/docu/other/ru/2002/p02-128r.htm\n\
             wb\t\tWorld Bank\t\tВсемирный банк\teconomics\t\t\t\t\t\n\
             riga\t\tRiga summit\t\tРижский саммит\tsecurity\t\t\t\t\t\n",
        )
        .unwrap();
        let mut g = Glossary {
            entries: vec![
                entry(EntryKind::Acronym, "NATO", None, ""),
                entry(EntryKind::Institution, "World Bank", None, ""),
                entry(EntryKind::Institution, "NATO's Riga Summit", None, ""),
                entry(EntryKind::Acronym, "SShA", None, ""),
                entry(EntryKind::Acronym, "XYZ", None, ""),
            ],
        };
        tb.annotate(&mut g);
        let origins: Vec<_> = g
            .entries
            .iter()
            .map(|e| {
                let o = e.ru_origin.as_ref();
                (
                    e.ru.as_deref(),
                    o.map(|o| o.from),
                    o.and_then(|o| o.source.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            origins,
            [
                (
                    Some("НАТО"),
                    Some(RuFrom::Termbase),
                    Some("https://www.nato.int/docu/other/ru/2002/p02-128r.htm")
                ),
                (Some("Всемирный банк"), Some(RuFrom::TermbaseUnverified), None),
                (Some("Рижский саммит НАТО"), Some(RuFrom::Composed), None),
                (Some("США"), Some(RuFrom::ReverseTransliteration), None),
                (None, None, None),
            ]
        );
        // Russian set before the termbase is looked at keeps its (absent) origin
        let mut e = entry(EntryKind::Institution, "World Bank", None, "");
        e.ru = Some("Всемирный банк".into());
        let mut g = Glossary { entries: vec![e] };
        tb.annotate(&mut g);
        assert_eq!(g.entries[0].ru_origin, None);
    }

    #[test]
    fn annotating_twice_changes_nothing() {
        let mut g = Glossary {
            entries: vec![entry(EntryKind::Acronym, "WTO", None, "The WTO.")],
        };
        tb().annotate(&mut g);
        let once = g.clone();
        tb().annotate(&mut g);
        assert_eq!(g, once);
    }

    #[test]
    fn record_for_finds_the_chosen_sense() {
        let e = annotate(entry(
            EntryKind::Acronym,
            "WTO",
            None,
            "During the Cold War the WTO faced NATO.",
        ));
        assert_eq!(tb().record_for(&e).map(|r| r.id.as_str()), Some("wto-warsaw"));
    }
}
