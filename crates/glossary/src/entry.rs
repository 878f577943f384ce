//! The glossary's data model: what extraction produces and every export reads.

use serde::Serialize;

/// What kind of term an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A short form with (where known) its long form: `NACC`.
    Acronym,
    /// A multiword institution name: `World Bank`.
    Institution,
    /// Another name the text uses for a body: `the Alliance` for NATO.
    Alias,
    /// Another proper name: an exercise, a programme, an event (`Steppe Eagle`, `Cold War`).
    Name,
    /// A person (`Robert Simmons`, `President Nazarbaev`).
    Person,
    /// A place (`Central Asia`, `New York`).
    Place,
    /// An academic degree (`Ph.D.`, `D.Sc.`, `Cand. Sc.`).
    Degree,
}

impl EntryKind {
    /// Every kind, in glossary order.
    pub const ALL: [EntryKind; 7] = [
        EntryKind::Acronym,
        EntryKind::Institution,
        EntryKind::Alias,
        EntryKind::Name,
        EntryKind::Person,
        EntryKind::Place,
        EntryKind::Degree,
    ];

    /// The kinds a termbase needs, which exports write unless told otherwise: everything but people
    /// and places (names that are transcribed rather than translated).
    pub const TERMBASE: [EntryKind; 5] = [
        EntryKind::Acronym,
        EntryKind::Institution,
        EntryKind::Alias,
        EntryKind::Name,
        EntryKind::Degree,
    ];

    /// The kind as JSON and `--kind` spell it (`acronym`, `person`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Acronym => "acronym",
            EntryKind::Institution => "institution",
            EntryKind::Alias => "alias",
            EntryKind::Name => "name",
            EntryKind::Person => "person",
            EntryKind::Place => "place",
            EntryKind::Degree => "degree",
        }
    }
}

impl std::str::FromStr for EntryKind {
    type Err = String;

    /// `"place"` → [`EntryKind::Place`]; plurals are accepted too (`places`, `aliases`, `people`).
    fn from_str(s: &str) -> Result<EntryKind, String> {
        let s = s.trim().to_lowercase();
        let plural = |k: EntryKind| match k {
            EntryKind::Person => "people".to_owned(),
            EntryKind::Alias => "aliases".to_owned(),
            k => format!("{}s", k.as_str()),
        };
        EntryKind::ALL
            .into_iter()
            .find(|&k| k.as_str() == s || plural(k) == s)
            .ok_or_else(|| {
                let names: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
                format!("unknown kind `{s}` (expected one of: {}, all)", names.join(", "))
            })
    }
}

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// What kind of term this is.
    pub kind: EntryKind,
    /// The term as the glossary lists it (for acronyms, the short form).
    pub term: String,
    /// For acronyms, the short form.
    pub short: Option<String>,
    /// For acronyms, the long form; for aliases, what they stand for.
    pub long: Option<String>,
    /// The Russian equivalent, from the termbase.
    pub ru: Option<String>,
    /// How many times the term occurs.
    pub count: usize,
    /// Byte offset of the first occurrence in the document source.
    pub first_offset: usize,
    /// Whether the text itself defines the acronym (`long form (SHORT)`).
    pub defined_in_text: bool,
    /// Other spellings seen for the same term.
    pub variants: Vec<String>,
    /// Up to three sentences in which the term occurs.
    pub contexts: Vec<String>,
    /// Problems worth a translator's attention (`inconsistent_short_form`, `not_in_termbase`, …).
    pub flags: Vec<String>,
    /// Where `ru` came from (`None` while there is no `ru`, or when it was set by hand).
    pub ru_origin: Option<RuOrigin>,
}

/// Where an entry's Russian came from, so a translator knows how far to trust it.
///
/// JSON: `{"from": "termbase", "source": "https://www.nato.int/docu/other/ru/2002/p02-128r.htm"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuOrigin {
    /// How the Russian was obtained.
    pub from: RuFrom,
    /// The termbase's source for it (a web address or an official document), if it has one.
    pub source: Option<String>,
}

/// How an entry's Russian was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuFrom {
    /// A termbase record with a source: the body's own or an official Russian usage.
    Termbase,
    /// A termbase record without a source: a translator should verify it.
    TermbaseUnverified,
    /// Put together from termbase records (`NATO's Riga Summit` → `Рижский саммит НАТО`); unverified.
    Composed,
    /// Read back from a romanisation (`SShA` → `США`); unverified.
    ReverseTransliteration,
}

impl RuFrom {
    /// The name JSON and the CSV `ru_origin` column use (`termbase_unverified`).
    pub fn as_str(self) -> &'static str {
        match self {
            RuFrom::Termbase => "termbase",
            RuFrom::TermbaseUnverified => "termbase_unverified",
            RuFrom::Composed => "composed",
            RuFrom::ReverseTransliteration => "reverse_transliteration",
        }
    }
}

/// A glossary: entries in a stable order (kind, then term).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Glossary {
    /// The entries.
    pub entries: Vec<Entry>,
}

impl Glossary {
    /// Keeps only the entries of these kinds, as `steppe glossary --kind` does before writing.
    ///
    /// ```
    /// use steppe_doc::{Document, Lang};
    /// use steppe_glossary::{extract, EntryKind};
    /// let doc = Document::parse("n.txt", "Robert Simmons of the World Bank flew to New York.\n", Lang::En);
    /// let mut g = extract(&doc);
    /// g.retain_kinds(&EntryKind::TERMBASE);
    /// let terms: Vec<&str> = g.entries.iter().map(|e| e.term.as_str()).collect();
    /// assert_eq!(terms, ["World Bank"]);
    /// ```
    pub fn retain_kinds(&mut self, kinds: &[EntryKind]) {
        self.entries.retain(|e| kinds.contains(&e.kind));
    }

    /// Puts the entries in glossary order (kind, then term), as [`crate::extract`] gives them: after
    /// [`crate::merge`] of several documents, or after [`crate::Termbase::annotate`] gave a name its
    /// owner back (`Parliamentary Assembly` → `NATO Parliamentary Assembly`).
    pub fn sort(&mut self) {
        self.entries
            .sort_by(|a, b| (a.kind, &a.term).cmp(&(b.kind, &b.term)));
    }
}
