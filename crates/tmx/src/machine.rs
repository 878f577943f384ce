//! The state machine under the reader: it is fed XML events (start, end, text) with their positions
//! and builds the header and one unit at a time. It does no I/O, so it can be tested with events alone.
//!
//! The machine keeps a stack of contexts, one per open element (quick-xml has already checked that end
//! tags match). Memory is bounded by the current unit plus the nesting depth, which is capped.

use crate::attrs;
use crate::error::{Error, ErrorKind, Position, Warning, WarningKind as W};
use crate::model::{
    Element, ElementKind, Header, Inline, Note, Prop, Segment, TranslationUnit, Variant, SEG_CHILDREN,
};
use crate::text::remove_forbidden;
use std::borrow::Cow;

/// Deeper nesting than this is refused (TMX needs about 10 levels).
const MAX_DEPTH: usize = 256;

/// What the machine completed.
#[derive(Debug)]
pub(crate) enum Item {
    Header(Header),
    Unit(TranslationUnit),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Tmx,
    Header,
    Body,
    Tu,
    Tuv,
    Seg,
    Inline,
    Capture,
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Header,
    Tu,
    Tuv,
}

#[derive(Debug)]
struct Capture {
    owner: Owner,
    prop_type: Option<String>,
    lang: Option<String>,
    text: String,
}

/// Attributes of one start tag, unescaped: (name, value). Up to 6 on the stack (a `<tu>` has about
/// 4): no allocation per start tag.
pub(crate) type Attrs<'a> = smallvec::SmallVec<[(&'a str, Cow<'a, str>); 6]>;

/// What the machine keeps of each unit. Validation and warnings are the same either way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Keep {
    /// The whole unit.
    #[default]
    All,
    /// What counting and validating read (tuid, srclang, segtype, each variant's language and
    /// segment); not the administrative attributes, notes and props of units and variants, nor
    /// the attributes of inline elements: fewer allocations for `stats` and `validate`.
    Counting,
}

/// The state machine. Warnings pile up in `warnings` until the reader drains them.
#[derive(Debug, Default)]
pub(crate) struct Machine {
    pub(crate) keep: Keep,
    stack: Vec<Ctx>,
    seen_root: bool,
    finished: bool,
    header: Option<Header>,
    header_done: bool,
    unit: Option<TranslationUnit>,
    unit_start: Position,
    variant: Option<Variant>,
    seg_seen: bool,
    open: Vec<Element>,
    seg: Vec<Inline>,
    capture: Option<Capture>,
    pub(crate) warnings: Vec<Warning>,
}

impl Machine {
    /// A machine that goes on after `header` was read: inside `<tmx>`, and inside `<body>` too when
    /// `in_body` (for a piece of a document read on its own).
    pub(crate) fn resume(header: Header, in_body: bool) -> Machine {
        let mut stack = vec![Ctx::Tmx];
        if in_body {
            stack.push(Ctx::Body);
        }
        Machine {
            stack,
            seen_root: true,
            header: Some(header),
            header_done: true,
            ..Machine::default()
        }
    }

    /// Whether the machine stands between two units in `<body>`, with nothing else open.
    pub(crate) fn in_body(&self) -> bool {
        self.stack == [Ctx::Tmx, Ctx::Body]
    }

    fn warn(&mut self, kind: W, position: Position, message: String) {
        self.warnings.push(Warning {
            kind,
            position,
            message,
        });
    }

    /// A start tag (`empty` for `<x/>`, which is then also closed).
    pub(crate) fn start(
        &mut self,
        name: &str,
        attrs: Attrs<'_>,
        empty: bool,
        pos: Position,
    ) -> Result<Option<Item>, Error> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(Error::at(
                ErrorKind::Structure,
                pos,
                format!("elements nested deeper than {MAX_DEPTH}"),
            ));
        }
        let ctx = self.open_element(name, attrs, pos)?;
        self.stack.push(ctx);
        if empty {
            self.end(pos)
        } else {
            Ok(None)
        }
    }

    fn open_element(&mut self, name: &str, attrs: Attrs<'_>, pos: Position) -> Result<Ctx, Error> {
        let Some(&top) = self.stack.last() else {
            if self.seen_root {
                return Err(Error::at(
                    ErrorKind::Syntax,
                    pos,
                    format!("<{name}> after the end of <tmx>"),
                ));
            }
            if name != "tmx" {
                return Err(Error::at(
                    ErrorKind::Structure,
                    pos,
                    format!("the root element is <{name}>, not <tmx>"),
                ));
            }
            self.seen_root = true;
            if let Some((_, v)) = attrs.iter().find(|(k, _)| *k == "version") {
                if v != "1.4" {
                    self.warn(W::Version, pos, format!("TMX version {v}; read as 1.4"));
                }
            }
            return Ok(Ctx::Tmx);
        };
        Ok(match (top, name) {
            (Ctx::Tmx, "header") if self.header.is_none() => {
                self.header = Some(attrs::header_from(attrs, pos, &mut self.warnings));
                Ctx::Header
            }
            (Ctx::Tmx, "body") => {
                if !self.header_done {
                    return Err(Error::at(ErrorKind::Structure, pos, "no <header> before <body>"));
                }
                Ctx::Body
            }
            (Ctx::Header, "note" | "prop") => self.begin_capture(Owner::Header, name, attrs, pos),
            (Ctx::Header, "ude") => {
                self.warn(W::Info, pos, "<ude> character map not kept".into());
                Ctx::Skip
            }
            (Ctx::Body, "tu") => {
                self.unit = Some(attrs::unit_from(attrs, pos, self.keep, &mut self.warnings));
                self.unit_start = pos;
                Ctx::Tu
            }
            (Ctx::Tu, "note" | "prop") => {
                if self.unit.as_ref().is_some_and(|u| !u.variants.is_empty()) {
                    self.warn(
                        W::Order,
                        pos,
                        format!("<{name}> after <tuv>: the DTD puts notes and props first"),
                    );
                }
                self.begin_capture(Owner::Tu, name, attrs, pos)
            }
            (Ctx::Tu, "tuv") => {
                self.variant = Some(attrs::variant_from(attrs, pos, self.keep, &mut self.warnings));
                self.seg_seen = false;
                Ctx::Tuv
            }
            (Ctx::Tuv, "note" | "prop") => {
                if self.seg_seen {
                    self.warn(
                        W::Order,
                        pos,
                        format!("<{name}> after <seg>: the DTD puts notes and props first"),
                    );
                }
                self.begin_capture(Owner::Tuv, name, attrs, pos)
            }
            (Ctx::Tuv, "seg") if self.seg_seen => {
                self.warn(W::ExtraSeg, pos, "a second <seg> in one <tuv>; skipped".into());
                Ctx::Skip
            }
            (Ctx::Tuv, "seg") => {
                self.seg_seen = true;
                self.seg.clear();
                Ctx::Seg
            }
            (Ctx::Seg | Ctx::Inline, _) => return Ok(self.open_inline(name, attrs, pos)),
            (Ctx::Skip, _) => Ctx::Skip,
            _ => {
                let parent = self.parent_name();
                self.warn(
                    W::UnknownElement,
                    pos,
                    format!("<{name}> is not allowed in <{parent}>; skipped"),
                );
                Ctx::Skip
            }
        })
    }

    fn parent_name(&self) -> &'static str {
        match self.stack.last() {
            Some(Ctx::Tmx) => "tmx",
            Some(Ctx::Header) => "header",
            Some(Ctx::Body) => "body",
            Some(Ctx::Tu) => "tu",
            Some(Ctx::Tuv) => "tuv",
            Some(Ctx::Seg) => "seg",
            Some(Ctx::Capture) => "note/prop",
            _ => "element",
        }
    }

    fn open_inline(&mut self, name: &str, attrs: Attrs<'_>, pos: Position) -> Ctx {
        let Some(kind) = ElementKind::from_name(name) else {
            self.warn(
                W::UnknownElement,
                pos,
                format!("<{name}> is not a TMX inline element; skipped"),
            );
            return Ctx::Skip;
        };
        let allowed = match self.open.last() {
            Some(parent) => parent.kind.children(),
            None => SEG_CHILDREN,
        };
        if !allowed.contains(&kind) {
            let parent = self.open.last().map_or("seg", |p| p.kind.name());
            self.warn(
                W::InlineMarkup,
                pos,
                format!("<{name}> is not allowed in <{parent}> by the DTD"),
            );
        }
        for required in kind.required_attrs() {
            if !attrs.iter().any(|(k, _)| k == required) {
                self.warn(
                    W::InlineMarkup,
                    pos,
                    format!("<{name}> lacks the required attribute {required}"),
                );
            }
        }
        let attrs = match self.keep {
            Keep::All => attrs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.into_owned()))
                .collect(),
            Keep::Counting => Vec::new(),
        };
        self.open.push(Element {
            kind,
            attrs,
            content: Vec::new(),
        });
        Ctx::Inline
    }

    fn begin_capture(&mut self, owner: Owner, name: &str, attrs: Attrs<'_>, pos: Position) -> Ctx {
        let mut capture = Capture {
            owner,
            prop_type: None,
            lang: None,
            text: String::new(),
        };
        for (k, v) in attrs {
            match k {
                "type" => capture.prop_type = Some(v.into_owned()),
                "xml:lang" | "lang" => capture.lang = Some(v.into_owned()),
                _ => {}
            }
        }
        if name == "prop" && capture.prop_type.is_none() {
            self.warn(
                W::MissingHeaderAttr,
                pos,
                "<prop> lacks the required attribute type".into(),
            );
            capture.prop_type = Some(String::new());
        }
        self.capture = Some(capture);
        Ctx::Capture
    }

    /// An end tag (of the element on top of the stack; quick-xml checked the name).
    pub(crate) fn end(&mut self, pos: Position) -> Result<Option<Item>, Error> {
        let Some(ctx) = self.stack.pop() else {
            return Err(Error::at(ErrorKind::Syntax, pos, "end tag without a start tag"));
        };
        match ctx {
            Ctx::Tmx => self.finished = true,
            Ctx::Header => {
                self.header_done = true;
                let header = self.header.clone().expect("header context has a header");
                return Ok(Some(Item::Header(header)));
            }
            Ctx::Tu => {
                let unit = self.unit.take().expect("tu context has a unit");
                if unit.variants.is_empty() {
                    self.warn(W::NoVariants, self.unit_start, "<tu> without any <tuv>".into());
                }
                return Ok(Some(Item::Unit(unit)));
            }
            Ctx::Tuv => {
                if !self.seg_seen {
                    return Err(Error::at(ErrorKind::Structure, pos, "<tuv> without <seg>"));
                }
                let variant = self.variant.take().expect("tuv context has a variant");
                self.unit.as_mut().expect("tuv inside tu").variants.push(variant);
            }
            Ctx::Seg => {
                let seg = Segment(std::mem::take(&mut self.seg));
                self.variant.as_mut().expect("seg inside tuv").seg = seg;
            }
            Ctx::Inline => {
                let element = self.open.pop().expect("inline context has an element");
                self.inline_target().push(Inline::Element(element));
            }
            Ctx::Capture => self.end_capture(),
            Ctx::Body | Ctx::Skip => {}
        }
        Ok(None)
    }

    fn inline_target(&mut self) -> &mut Vec<Inline> {
        match self.open.last_mut() {
            Some(parent) => &mut parent.content,
            None => &mut self.seg,
        }
    }

    fn end_capture(&mut self) {
        let c = self.capture.take().expect("capture context has a capture");
        if self.keep == Keep::Counting && c.owner != Owner::Header {
            return;
        }
        let (notes, props) = match c.owner {
            Owner::Header => self.header.as_mut().map(|h| (&mut h.notes, &mut h.props)),
            Owner::Tu => self.unit.as_mut().map(|u| (&mut u.notes, &mut u.props)),
            Owner::Tuv => self.variant.as_mut().map(|v| (&mut v.notes, &mut v.props)),
        }
        .expect("capture owner is open");
        match c.prop_type {
            Some(kind) => props.push(Prop {
                kind,
                text: c.text,
                lang: c.lang,
            }),
            None => notes.push(Note {
                text: c.text,
                lang: c.lang,
            }),
        }
    }

    /// Character data (already unescaped).
    pub(crate) fn text(&mut self, text: &str, pos: Position) {
        let top = self.stack.last().copied();
        if !matches!(top, Some(Ctx::Seg | Ctx::Inline | Ctx::Capture)) {
            if top != Some(Ctx::Skip) && !text.trim().is_empty() {
                let parent = self.parent_name();
                self.warn(W::StrayText, pos, format!("text in <{parent}> ignored"));
            }
            return;
        }
        let (clean, removed) = remove_forbidden(text);
        if removed > 0 {
            self.warn(
                W::ControlChar,
                pos,
                format!("{removed} character(s) XML 1.0 forbids removed"),
            );
        }
        if top == Some(Ctx::Capture) {
            let capture = self.capture.as_mut().expect("capture");
            if self.keep == Keep::All || capture.owner == Owner::Header {
                capture.text.push_str(&clean);
            }
            return;
        }
        let target = self.inline_target();
        match target.last_mut() {
            Some(Inline::Text(t)) => t.push_str(&clean),
            _ => target.push(Inline::Text(clean.into_owned())),
        }
    }

    /// The end of input: an error unless the document was complete.
    pub(crate) fn eof(&mut self, pos: Position) -> Result<(), Error> {
        if !self.seen_root {
            return Err(Error::at(
                ErrorKind::Structure,
                pos,
                "no <tmx> element (empty or not a TMX file)",
            ));
        }
        if !self.finished {
            let open = if self.unit.is_some() {
                "inside a <tu>"
            } else {
                "before </tmx>"
            };
            return Err(Error::at(
                ErrorKind::Truncated,
                pos,
                format!("the file ends {open} (truncated?)"),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u64) -> Position {
        Position {
            line,
            column: 1,
            offset: 0,
        }
    }

    fn attrs<'a>(pairs: &[(&'a str, &'a str)]) -> Attrs<'a> {
        pairs.iter().map(|&(k, v)| (k, Cow::Borrowed(v))).collect()
    }

    /// A machine fed `<tmx><header …/><body>`.
    fn in_body() -> Machine {
        let mut m = Machine::default();
        m.start("tmx", attrs(&[("version", "1.4")]), false, at(1))
            .unwrap();
        let header = attrs(&[
            ("creationtool", "t"),
            ("creationtoolversion", "1"),
            ("segtype", "sentence"),
            ("o-tmf", "t"),
            ("adminlang", "en"),
            ("srclang", "en"),
            ("datatype", "plaintext"),
        ]);
        let item = m.start("header", header, true, at(2)).unwrap();
        assert!(matches!(item, Some(Item::Header(h)) if h.srclang == "en"));
        m.start("body", Attrs::new(), false, at(3)).unwrap();
        m
    }

    #[test]
    fn events_build_a_unit_with_inline_elements() {
        let mut m = in_body();
        m.start("tu", attrs(&[("tuid", "7")]), false, at(4)).unwrap();
        m.start("tuv", attrs(&[("xml:lang", "kk")]), false, at(5))
            .unwrap();
        m.start("seg", Attrs::new(), false, at(5)).unwrap();
        m.text("Қазақ ", at(5));
        m.start("ph", attrs(&[("x", "1")]), false, at(5)).unwrap();
        m.text("<br/>", at(5));
        m.end(at(5)).unwrap();
        m.text("тілі", at(5));
        m.end(at(5)).unwrap();
        m.end(at(5)).unwrap();
        let Some(Item::Unit(unit)) = m.end(at(6)).unwrap() else {
            panic!("no unit")
        };
        assert_eq!(unit.tuid.as_deref(), Some("7"));
        assert_eq!(unit.variants[0].seg.text(), "Қазақ тілі");
        assert_eq!(unit.variants[0].seg.0.len(), 3);
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        m.end(at(7)).unwrap();
        m.end(at(8)).unwrap();
        m.eof(at(9)).unwrap();
    }

    #[test]
    fn tuv_without_seg_is_an_error_at_its_end_tag() {
        let mut m = in_body();
        m.start("tu", Attrs::new(), false, at(4)).unwrap();
        m.start("tuv", attrs(&[("xml:lang", "en")]), false, at(5))
            .unwrap();
        let err = m.end(at(6)).unwrap_err();
        assert_eq!((err.kind(), err.line()), (ErrorKind::Structure, 6));
    }

    #[test]
    fn prop_after_tuv_and_unknown_elements_are_warnings() {
        let mut m = in_body();
        m.start("tu", Attrs::new(), false, at(4)).unwrap();
        m.start("tuv", attrs(&[("xml:lang", "en")]), false, at(5))
            .unwrap();
        m.start("seg", Attrs::new(), true, at(5)).unwrap();
        m.end(at(5)).unwrap();
        m.start("prop", attrs(&[("type", "x-a")]), false, at(6)).unwrap();
        m.text("late", at(6));
        m.end(at(6)).unwrap();
        m.start("x-custom", Attrs::new(), false, at(7)).unwrap();
        m.start("deeper", Attrs::new(), true, at(7)).unwrap();
        m.end(at(7)).unwrap();
        let Some(Item::Unit(unit)) = m.end(at(8)).unwrap() else {
            panic!("no unit")
        };
        assert_eq!(unit.props[0].text, "late");
        let kinds: Vec<W> = m.warnings.iter().map(|w| w.kind).collect();
        assert_eq!(kinds, [W::Order, W::UnknownElement]);
        assert_eq!(m.warnings[0].position.line, 6);
    }

    #[test]
    fn eof_inside_a_unit_is_truncation() {
        let mut m = in_body();
        m.start("tu", Attrs::new(), false, at(4)).unwrap();
        assert_eq!(m.eof(at(5)).unwrap_err().kind(), ErrorKind::Truncated);
    }
}
