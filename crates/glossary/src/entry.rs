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
    /// A personal or place name.
    Name,
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
}

/// A glossary: entries in a stable order (kind, then term).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Glossary {
    /// The entries.
    pub entries: Vec<Entry>,
}
