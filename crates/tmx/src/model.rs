//! The TMX 1.4b data model: a [`Header`], then [`TranslationUnit`]s of [`Variant`]s, each with a
//! [`Segment`] of text and inline elements. Plain owned values with serde, so they can go to JSON as is.

use serde::{Deserialize, Serialize};

/// The `<header>` of a TMX file: the seven attributes TMX requires, the optional ones, notes and props.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// The tool that made the file (`steppe` for files we write).
    pub creationtool: String,
    /// Its version.
    pub creationtoolversion: String,
    /// How text was segmented.
    pub segtype: SegType,
    /// The format of the TM the file came from.
    pub o_tmf: String,
    /// The language of notes and props (BCP 47).
    pub adminlang: String,
    /// The source language of every unit (BCP 47), or `*all*`.
    pub srclang: String,
    /// The kind of text (`plaintext`, `html`, …).
    pub datatype: String,
    /// Optional attributes: creation and change dates and ids, original encoding.
    pub admin: Admin,
    /// `<note>` children.
    pub notes: Vec<Note>,
    /// `<prop>` children.
    pub props: Vec<Prop>,
}

impl Header {
    /// A header for a file steppe writes: creationtool `steppe`, this crate's version, sentence
    /// segments, plain text, English admin language.
    ///
    /// ```
    /// let h = steppe_tmx::Header::new("en");
    /// assert_eq!((h.creationtool.as_str(), h.srclang.as_str()), ("steppe", "en"));
    /// ```
    pub fn new(srclang: &str) -> Self {
        Header {
            creationtool: "steppe".into(),
            creationtoolversion: env!("CARGO_PKG_VERSION").into(),
            segtype: SegType::Sentence,
            o_tmf: "steppe".into(),
            adminlang: "en".into(),
            srclang: srclang.into(),
            datatype: "plaintext".into(),
            admin: Admin::default(),
            notes: Vec::new(),
            props: Vec::new(),
        }
    }
}

/// `segtype`: the unit of segmentation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegType {
    /// A block of text.
    Block,
    /// A paragraph.
    Paragraph,
    /// A sentence (the usual case).
    #[default]
    Sentence,
    /// A phrase.
    Phrase,
}

impl SegType {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            SegType::Block => "block",
            SegType::Paragraph => "paragraph",
            SegType::Sentence => "sentence",
            SegType::Phrase => "phrase",
        }
    }

    /// Parses an attribute value.
    pub fn parse(value: &str) -> Option<Self> {
        [
            SegType::Block,
            SegType::Paragraph,
            SegType::Sentence,
            SegType::Phrase,
        ]
        .into_iter()
        .find(|t| t.as_str() == value)
    }
}

/// The optional administrative attributes shared by `<header>`, `<tu>` and `<tuv>`.
/// Dates are `YYYYMMDDThhmmssZ` (UTC), so they sort as strings. Absent attributes are left out of
/// serde output (a merge spools units as JSON: a third of the bytes were `null`s).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Admin {
    /// `creationdate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creationdate: Option<String>,
    /// `creationid` (who created it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creationid: Option<String>,
    /// `changedate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changedate: Option<String>,
    /// `changeid` (who changed it last).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changeid: Option<String>,
    /// `creationtool` (tu and tuv only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creationtool: Option<String>,
    /// `creationtoolversion` (tu and tuv only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creationtoolversion: Option<String>,
    /// `datatype` (tu and tuv only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datatype: Option<String>,
    /// `o-encoding`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub o_encoding: Option<String>,
    /// `o-tmf` (tu and tuv only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub o_tmf: Option<String>,
    /// `usagecount` (tu and tuv only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usagecount: Option<String>,
    /// `lastusagedate` (tu and tuv only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lastusagedate: Option<String>,
}

/// Attribute names of [`Admin`], in the order the writer emits them; the date attributes are checked.
pub(crate) const ADMIN_ATTRS: [&str; 11] = [
    "creationdate",
    "creationid",
    "changedate",
    "changeid",
    "creationtool",
    "creationtoolversion",
    "datatype",
    "o-encoding",
    "o-tmf",
    "usagecount",
    "lastusagedate",
];

/// The attributes of [`Admin`] that hold dates.
pub(crate) const DATE_ATTRS: [&str; 3] = ["creationdate", "changedate", "lastusagedate"];

impl Admin {
    /// The field for an attribute name, if it is one of [`ADMIN_ATTRS`].
    pub(crate) fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "creationdate" => &mut self.creationdate,
            "creationid" => &mut self.creationid,
            "changedate" => &mut self.changedate,
            "changeid" => &mut self.changeid,
            "creationtool" => &mut self.creationtool,
            "creationtoolversion" => &mut self.creationtoolversion,
            "datatype" => &mut self.datatype,
            "o-encoding" => &mut self.o_encoding,
            "o-tmf" => &mut self.o_tmf,
            "usagecount" => &mut self.usagecount,
            "lastusagedate" => &mut self.lastusagedate,
            _ => return None,
        })
    }

    /// The attributes that are set, as (name, value), in [`ADMIN_ATTRS`] order.
    pub(crate) fn present(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let values = [
            &self.creationdate,
            &self.creationid,
            &self.changedate,
            &self.changeid,
            &self.creationtool,
            &self.creationtoolversion,
            &self.datatype,
            &self.o_encoding,
            &self.o_tmf,
            &self.usagecount,
            &self.lastusagedate,
        ];
        ADMIN_ATTRS
            .into_iter()
            .zip(values)
            .filter_map(|(n, v)| v.as_deref().map(|v| (n, v)))
    }
}

/// A `<note>`: free text about the file, a unit or a variant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The text.
    pub text: String,
    /// `xml:lang` of the note, if given.
    pub lang: Option<String>,
}

/// A `<prop>`: a typed property (`type="x-domain"` and so on).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prop {
    /// The `type` attribute.
    pub kind: String,
    /// The value.
    pub text: String,
    /// `xml:lang` of the value, if given.
    pub lang: Option<String>,
}

/// A `<tu>`: one translation unit, the same text in several languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationUnit {
    /// `tuid`, the unit's id, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tuid: Option<String>,
    /// `srclang` of this unit when it differs from the header's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub srclang: Option<String>,
    /// `segtype` of this unit, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segtype: Option<SegType>,
    /// Optional attributes.
    pub admin: Admin,
    /// `<note>` children (written before the variants).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// `<prop>` children (written before the variants).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// The `<tuv>` children, one per language.
    pub variants: Vec<Variant>,
}

impl TranslationUnit {
    /// A unit of plain-text variants, as (language, text) pairs.
    ///
    /// ```
    /// let tu = steppe_tmx::TranslationUnit::from_pairs(&[("en", "Yes."), ("ru", "Да.")]);
    /// assert_eq!(tu.variant("ru").unwrap().seg.text(), "Да.");
    /// ```
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        TranslationUnit {
            variants: pairs
                .iter()
                .map(|(lang, text)| Variant::new(lang, Segment::plain(text)))
                .collect(),
            ..TranslationUnit::default()
        }
    }

    /// The variant in `lang`: an exact (case-insensitive) match first, else the first whose primary
    /// language matches (`en` finds `en-US` and `en-US` finds `en`).
    pub fn variant(&self, lang: &str) -> Option<&Variant> {
        let exact = self.variants.iter().find(|v| v.lang.eq_ignore_ascii_case(lang));
        exact.or_else(|| {
            let wanted = primary(lang);
            self.variants
                .iter()
                .find(|v| primary(&v.lang).eq_ignore_ascii_case(wanted))
        })
    }

    /// The variant a tool shows as the translation when no target language is given. Given the source
    /// variant (found as [`TranslationUnit::variant`] finds it): the first variant in another primary
    /// language (`ru` for an `en-US` source, before an `en-GB` one), else the first with another
    /// language tag at all, so a romanisation and its original pair up (`ru` for a `ru-Latn` source,
    /// as in the references memory `steppe build` writes). `None` when the unit has no source variant
    /// or no other variant. `tmx convert` (from TMX) and `tmx lookup` both choose the target this way.
    ///
    /// ```
    /// use steppe_tmx::TranslationUnit;
    /// let refs = TranslationUnit::from_pairs(&[("ru-Latn", "Alekseev"), ("ru", "Алексеев")]);
    /// assert_eq!(refs.default_target("ru-Latn").unwrap().lang, "ru");
    /// let tu = TranslationUnit::from_pairs(&[("en-US", "color"), ("en-GB", "colour"), ("ru", "цвет")]);
    /// assert_eq!(tu.default_target("en-US").unwrap().lang, "ru");
    /// assert!(tu.default_target("kk").is_none());
    /// ```
    pub fn default_target(&self, source_lang: &str) -> Option<&Variant> {
        let source = self.variant(source_lang)?;
        let source_primary = primary(&source.lang);
        let other_tag = |v: &&Variant| !v.lang.eq_ignore_ascii_case(&source.lang);
        let other_primary = self
            .variants
            .iter()
            .find(|v| !primary(&v.lang).eq_ignore_ascii_case(source_primary));
        other_primary.or_else(|| self.variants.iter().find(other_tag))
    }

    /// The newest of `changedate` and `creationdate`, for "keep the newest" decisions.
    pub fn newest_date(&self) -> Option<&str> {
        let a = self.admin.changedate.as_deref();
        let b = self.admin.creationdate.as_deref();
        a.max(b)
    }
}

/// The primary language subtag: `en` of `en-US`.
pub(crate) fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// A `<tuv>`: the unit's text in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// `xml:lang` (BCP 47).
    pub lang: String,
    /// Optional attributes.
    pub admin: Admin,
    /// `<note>` children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// `<prop>` children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// The `<seg>`.
    pub seg: Segment,
}

impl Variant {
    /// A variant with no attributes, notes or props.
    pub fn new(lang: &str, seg: Segment) -> Self {
        Variant {
            lang: lang.into(),
            seg,
            ..Variant::default()
        }
    }
}

/// The content of a `<seg>`: text and inline elements, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Segment(pub Vec<Inline>);

impl Segment {
    /// A segment of plain text (no inline elements).
    pub fn plain(text: &str) -> Self {
        if text.is_empty() {
            Segment(Vec::new())
        } else {
            Segment(vec![Inline::Text(text.into())])
        }
    }

    /// The translatable text: text and `<hi>` content; the native codes inside `bpt`, `ept`, `ph`,
    /// `it` and `ut` are left out, as CAT tools show them as tags.
    pub fn text(&self) -> String {
        let mut out = String::new();
        push_text(&self.0, &mut out, None);
        out
    }

    /// Like [`Segment::text`], but each code element becomes `marker`, so that two segments that
    /// differ only in their tags are told apart.
    pub fn text_with_markers(&self, marker: char) -> String {
        let mut out = String::new();
        push_text(&self.0, &mut out, Some(marker));
        out
    }

    /// True when the segment has no inline elements.
    pub fn is_plain(&self) -> bool {
        self.0.iter().all(|i| matches!(i, Inline::Text(_)))
    }
}

fn push_text(items: &[Inline], out: &mut String, marker: Option<char>) {
    for item in items {
        match item {
            Inline::Text(t) => out.push_str(t),
            Inline::Element(e) if e.kind == ElementKind::Hi => push_text(&e.content, out, marker),
            Inline::Element(_) => out.extend(marker),
        }
    }
}

/// One piece of a segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Inline {
    /// Text.
    Text(String),
    /// An inline element (`<bpt>`, `<ph>`, `<hi>`, …) with its content.
    Element(Element),
}

/// An inline element: its kind, its attributes as written, and its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Element {
    /// Which element.
    pub kind: ElementKind,
    /// Attributes in document order, as (name, value).
    pub attrs: Vec<(String, String)>,
    /// Text and nested elements (`<sub>` in codes; anything inline in `<hi>` and `<sub>`).
    pub content: Vec<Inline>,
}

/// The inline elements of TMX 1.4b.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ElementKind {
    /// `<bpt>`: the native code that opens a paired tag.
    Bpt,
    /// `<ept>`: the native code that closes it.
    Ept,
    /// `<ph>`: a standalone native code.
    Ph,
    /// `<it>`: an isolated opening or closing code.
    It,
    /// `<hi>`: highlighted translatable text.
    Hi,
    /// `<ut>`: an unknown code (deprecated, still read and written).
    Ut,
    /// `<sub>`: translatable text inside a native code.
    Sub,
}

/// Per element: name, the children the DTD allows, required attributes.
/// Text is allowed in all of them.
const ELEMENTS: [(ElementKind, &str, &[ElementKind], &[&str]); 7] = {
    use ElementKind::*;
    const CODE: &[ElementKind] = &[Sub];
    const MIXED: &[ElementKind] = &[Bpt, Ept, It, Ph, Hi, Ut];
    [
        (Bpt, "bpt", CODE, &["i"]),
        (Ept, "ept", CODE, &["i"]),
        (Ph, "ph", CODE, &[]),
        (It, "it", CODE, &["pos"]),
        (Hi, "hi", MIXED, &[]),
        (Ut, "ut", CODE, &[]),
        (Sub, "sub", MIXED, &[]),
    ]
};

/// What `<seg>` itself may contain.
pub(crate) const SEG_CHILDREN: &[ElementKind] = {
    use ElementKind::*;
    &[Bpt, Ept, It, Ph, Hi, Ut]
};

impl ElementKind {
    fn row(
        self,
    ) -> &'static (
        ElementKind,
        &'static str,
        &'static [ElementKind],
        &'static [&'static str],
    ) {
        ELEMENTS
            .iter()
            .find(|row| row.0 == self)
            .expect("every kind has a row")
    }

    /// The element name.
    pub fn name(self) -> &'static str {
        self.row().1
    }

    /// The kind for an element name.
    pub fn from_name(name: &str) -> Option<Self> {
        ELEMENTS.iter().find(|row| row.1 == name).map(|row| row.0)
    }

    /// The elements allowed inside this one.
    pub fn children(self) -> &'static [ElementKind] {
        self.row().2
    }

    /// The attributes the DTD requires on this element.
    pub fn required_attrs(self) -> &'static [&'static str] {
        self.row().3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_table_is_consistent() {
        for (kind, name, children, _) in ELEMENTS {
            assert_eq!(ElementKind::from_name(name), Some(kind));
            assert!(!children.is_empty());
        }
        assert_eq!(ElementKind::from_name("seg"), None);
    }

    #[test]
    fn text_skips_codes_and_keeps_hi() {
        let hi = Element {
            kind: ElementKind::Hi,
            attrs: vec![],
            content: vec![Inline::Text("bold".into())],
        };
        let ph = Element {
            kind: ElementKind::Ph,
            attrs: vec![("x".into(), "1".into())],
            content: vec![Inline::Text("<br/>".into())],
        };
        let seg = Segment(vec![
            Inline::Text("a ".into()),
            Inline::Element(hi),
            Inline::Element(ph),
            Inline::Text(" b".into()),
        ]);
        assert_eq!(seg.text(), "a bold b");
        assert_eq!(seg.text_with_markers('#'), "a bold# b");
        assert!(!seg.is_plain());
    }

    #[test]
    fn variant_falls_back_to_primary_language() {
        let tu = TranslationUnit::from_pairs(&[("en-US", "Hi"), ("ru", "Привет")]);
        assert_eq!(tu.variant("EN-us").unwrap().lang, "en-US");
        assert_eq!(tu.variant("ru-RU").unwrap().lang, "ru");
        assert!(tu.variant("kk").is_none());
    }
}
