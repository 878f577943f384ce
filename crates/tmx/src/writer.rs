//! The streaming writer: a header, then one unit at a time, then [`Writer::finish`]. It writes what
//! validating CAT tools expect: the DOCTYPE, `version="1.4"`, every required header attribute, notes and
//! props before the variants, canonical BCP 47 codes, and only characters XML 1.0 allows.

use crate::error::{Error, Position, Warning, WarningKind};
use crate::lang;
use crate::model::{Admin, Header, Inline, Note, Prop, TranslationUnit};
use crate::text::remove_forbidden;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::borrow::Cow;
use std::io::Write;

/// Writes a TMX 1.4b document.
///
/// ```
/// use steppe_tmx::{Header, TranslationUnit, Writer};
/// let mut w = Writer::new(Vec::new(), &Header::new("en")).unwrap();
/// w.write_unit(&TranslationUnit::from_pairs(&[("en", "a < b"), ("EN_GB", "a < b")])).unwrap();
/// let (bytes, warnings) = w.finish().unwrap();
/// let xml = String::from_utf8(bytes).unwrap();
/// assert!(xml.contains(r#"<tuv xml:lang="en-GB"><seg>a &lt; b</seg></tuv>"#));
/// assert_eq!(warnings.len(), 1); // EN_GB was normalised
/// ```
pub struct Writer<W: Write> {
    xml: quick_xml::Writer<W>,
    warnings: Vec<Warning>,
    units: u64,
}

impl<W: Write> Writer<W> {
    /// Writes the prolog, the header and `<body>`.
    pub fn new(out: W, header: &Header) -> Result<Self, Error> {
        let mut w = Writer {
            xml: quick_xml::Writer::new(out),
            warnings: Vec::new(),
            units: 0,
        };
        w.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.raw("\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n")?;
        w.event(Event::Start(
            BytesStart::new("tmx").with_attributes([("version", "1.4")]),
        ))?;
        w.raw("\n  ")?;
        let mut start = BytesStart::new("header");
        let srclang = if header.srclang == "*all*" {
            Cow::Borrowed("*all*")
        } else {
            w.lang(&header.srclang)
        };
        let adminlang = w.lang(&header.adminlang);
        let required = [
            ("creationtool", header.creationtool.as_str()),
            ("creationtoolversion", &header.creationtoolversion),
            ("segtype", header.segtype.as_str()),
            ("o-tmf", &header.o_tmf),
            ("adminlang", &adminlang),
            ("srclang", &srclang),
            ("datatype", &header.datatype),
        ];
        for (k, v) in required {
            w.attr(&mut start, k, v);
        }
        w.admin(&mut start, &header.admin);
        if header.notes.is_empty() && header.props.is_empty() {
            w.event(Event::Empty(start))?;
        } else {
            w.event(Event::Start(start))?;
            w.notes_props(&header.notes, &header.props, "\n    ")?;
            w.raw("\n  ")?;
            w.event(Event::End(BytesEnd::new("header")))?;
        }
        w.raw("\n  <body>")?;
        Ok(w)
    }

    /// Writes one `<tu>`.
    pub fn write_unit(&mut self, unit: &TranslationUnit) -> Result<(), Error> {
        self.units += 1;
        self.raw("\n    ")?;
        let mut start = BytesStart::new("tu");
        if let Some(id) = &unit.tuid {
            self.attr(&mut start, "tuid", id);
        }
        if let Some(src) = &unit.srclang {
            let src = if src == "*all*" {
                Cow::Borrowed("*all*")
            } else {
                self.lang(src)
            };
            self.attr(&mut start, "srclang", &src);
        }
        if let Some(t) = unit.segtype {
            self.attr(&mut start, "segtype", t.as_str());
        }
        self.admin(&mut start, &unit.admin);
        self.event(Event::Start(start))?;
        self.notes_props(&unit.notes, &unit.props, "\n      ")?;
        for v in &unit.variants {
            self.raw("\n      ")?;
            let mut start = BytesStart::new("tuv");
            let code = self.lang(&v.lang);
            self.attr(&mut start, "xml:lang", &code);
            self.admin(&mut start, &v.admin);
            self.event(Event::Start(start))?;
            let nested = !v.notes.is_empty() || !v.props.is_empty();
            self.notes_props(&v.notes, &v.props, "\n        ")?;
            if nested {
                self.raw("\n        ")?;
            }
            self.event(Event::Start(BytesStart::new("seg")))?;
            self.inlines(&v.seg.0)?;
            self.event(Event::End(BytesEnd::new("seg")))?;
            if nested {
                self.raw("\n      ")?;
            }
            self.event(Event::End(BytesEnd::new("tuv")))?;
        }
        self.raw("\n    ")?;
        self.event(Event::End(BytesEnd::new("tu")))
    }

    /// Closes the document; returns the output and the warnings (normalised codes, removed characters).
    pub fn finish(mut self) -> Result<(W, Vec<Warning>), Error> {
        self.raw("\n  </body>\n</tmx>\n")?;
        let mut out = self.xml.into_inner();
        out.flush()?;
        Ok((out, self.warnings))
    }

    fn event(&mut self, event: Event<'_>) -> Result<(), Error> {
        self.xml.write_event(event).map_err(Error::io)
    }

    fn raw(&mut self, text: &str) -> Result<(), Error> {
        self.xml.get_mut().write_all(text.as_bytes()).map_err(Error::io)
    }

    fn warn(&mut self, kind: WarningKind, message: String) {
        let unit = if self.units == 0 {
            "header".to_string()
        } else {
            format!("unit {}", self.units)
        };
        let message = format!("{unit}: {message}");
        self.warnings.push(Warning {
            kind,
            position: Position::default(),
            message,
        });
    }

    fn clean<'t>(&mut self, text: &'t str) -> Cow<'t, str> {
        let (clean, removed) = remove_forbidden(text);
        if removed > 0 {
            self.warn(
                WarningKind::ControlChar,
                format!("{removed} character(s) XML 1.0 forbids removed"),
            );
        }
        clean
    }

    fn lang<'t>(&mut self, code: &'t str) -> Cow<'t, str> {
        let normal = lang::normalise(code);
        if normal != code {
            self.warn(
                WarningKind::LangNormalised,
                format!("language \"{code}\" written as \"{normal}\""),
            );
        }
        normal
    }

    fn attr(&mut self, start: &mut BytesStart<'_>, name: &str, value: &str) {
        let value = self.clean(value);
        start.push_attribute((name, value.as_ref()));
    }

    fn admin(&mut self, start: &mut BytesStart<'_>, admin: &Admin) {
        for (name, value) in admin.present() {
            self.attr(start, name, value);
        }
    }

    fn text(&mut self, text: &str) -> Result<(), Error> {
        let clean = self.clean(text);
        // Most segments need no escaping; memchr finds that out much faster than the escaper's byte loop.
        let escaped = match memchr::memchr3(b'<', b'>', b'&', clean.as_bytes()) {
            None => clean,
            Some(_) => Cow::Owned(quick_xml::escape::partial_escape(clean.as_ref()).into_owned()),
        };
        self.event(Event::Text(BytesText::from_escaped(escaped)))
    }

    fn notes_props(&mut self, notes: &[Note], props: &[Prop], indent: &str) -> Result<(), Error> {
        for note in notes {
            self.raw(indent)?;
            let mut start = BytesStart::new("note");
            if let Some(l) = &note.lang {
                let l = self.lang(l);
                self.attr(&mut start, "xml:lang", &l);
            }
            self.element(start, "note", &note.text)?;
        }
        for prop in props {
            self.raw(indent)?;
            let mut start = BytesStart::new("prop");
            self.attr(&mut start, "type", &prop.kind);
            if let Some(l) = &prop.lang {
                let l = self.lang(l);
                self.attr(&mut start, "xml:lang", &l);
            }
            self.element(start, "prop", &prop.text)?;
        }
        Ok(())
    }

    fn element(&mut self, start: BytesStart<'_>, name: &str, text: &str) -> Result<(), Error> {
        self.event(Event::Start(start))?;
        self.text(text)?;
        self.event(Event::End(BytesEnd::new(name)))
    }

    fn inlines(&mut self, items: &[Inline]) -> Result<(), Error> {
        for item in items {
            match item {
                Inline::Text(t) => self.text(t)?,
                Inline::Element(e) => {
                    let mut start = BytesStart::new(e.kind.name());
                    for (k, v) in &e.attrs {
                        self.attr(&mut start, k, v);
                    }
                    if e.content.is_empty() {
                        self.event(Event::Empty(start))?;
                    } else {
                        self.event(Event::Start(start))?;
                        self.inlines(&e.content)?;
                        self.event(Event::End(BytesEnd::new(e.kind.name())))?;
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Note, Prop, TranslationUnit};

    fn write(unit: &TranslationUnit) -> (String, Vec<Warning>) {
        let mut w = Writer::new(Vec::new(), &Header::new("en")).unwrap();
        w.write_unit(unit).unwrap();
        let (bytes, warnings) = w.finish().unwrap();
        (String::from_utf8(bytes).unwrap(), warnings)
    }

    #[test]
    fn control_characters_are_removed_with_a_warning() {
        let unit = TranslationUnit::from_pairs(&[("en", "bell\u{7} here\u{FFFF}"), ("ru", "звонок")]);
        let (xml, warnings) = write(&unit);
        assert!(xml.contains("<seg>bell here</seg>"), "{xml}");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, WarningKind::ControlChar);
        assert!(
            warnings[0].message.starts_with("unit 1: 2 character(s)"),
            "{}",
            warnings[0].message
        );
    }

    #[test]
    fn header_has_every_required_attribute_and_props_come_before_variants() {
        let mut unit = TranslationUnit::from_pairs(&[("en", "a"), ("kk", "ә")]);
        unit.props.push(Prop {
            kind: "x-domain".into(),
            text: "law & order".into(),
            lang: None,
        });
        unit.notes.push(Note {
            text: "checked".into(),
            lang: Some("EN".into()),
        });
        let (xml, warnings) = write(&unit);
        for attr in [
            "creationtool=\"steppe\"",
            "creationtoolversion=\"",
            "segtype=\"sentence\"",
            "o-tmf=\"",
            "adminlang=\"en\"",
            "srclang=\"en\"",
            "datatype=\"plaintext\"",
        ] {
            assert!(xml.contains(attr), "{attr} missing: {xml}");
        }
        let prop = xml
            .find("<prop type=\"x-domain\">law &amp; order</prop>")
            .unwrap();
        let note = xml.find("<note xml:lang=\"en\">checked</note>").unwrap();
        let tuv = xml.find("<tuv").unwrap();
        assert!(note < tuv && prop < tuv, "{xml}");
        assert_eq!(warnings.len(), 1, "EN was normalised: {warnings:?}");
    }
}
