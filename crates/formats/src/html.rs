//! HTML: parsed by html5ever (through `scraper`), as browsers parse it, so unclosed tags and
//! other real-world markup are read as a browser shows them.
//!
//! Blocks are headings (`h1`…`h6`), paragraphs, list items, table cells and the like; scripts,
//! styles, navigation (`nav`, `role="navigation"`) and hidden elements are left out. Footnotes are
//! found by their references, the common patterns of pandoc, LibreOffice, Wikipedia and journals:
//! a link to `#id` that is, holds or sits in a `<sup>` or says `role="doc-noteref"`; the note is the
//! element with that id (or name), widened to its list item, `aside`, `div`, `section` or
//! `role="doc-footnote"`/`doc-endnote` container. Notes are numbered in order of reference, and
//! links back to the reference (`↩`, LibreOffice's number) are dropped from them. The encoding
//! comes from a BOM or the `<meta>` tag; without either the bytes must be UTF-8.

use crate::build::{Block, Builder};
use crate::{Error, Extracted, InputFormat};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Reads an HTML document from its bytes.
pub(crate) fn read(path: &Path, bytes: &[u8]) -> Result<Extracted, Error> {
    let source = decode(path, bytes)?;
    let html = Html::parse_document(&source);
    let notes = Notes::find(&html);
    let mut builder = Builder::default();
    walk(&mut builder, html.tree.root(), None, &notes);
    for (i, &id) in notes.order.iter().enumerate() {
        if let Some(node) = html.tree.get(id) {
            walk(&mut builder, node, Some(i as u32 + 1), &notes);
        }
    }
    Ok(builder.finish(InputFormat::Html))
}

/// Decodes by BOM, else by the charset of a `<meta>` tag in the first 1024 bytes, else as UTF-8.
fn decode(path: &Path, bytes: &[u8]) -> Result<String, Error> {
    if let Some((encoding, len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[len..]);
        return Ok(text.into_owned());
    }
    if let Some(label) = meta_charset(&bytes[..bytes.len().min(1024)]) {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| {
            Error::part(
                path,
                "encoding",
                format!("unknown charset {label:?} in the <meta> tag"),
            )
        })?;
        // A page cannot really be UTF-16 when its meta tag was readable as ASCII (HTML standard).
        let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            encoding
        };
        return encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|t| t.into_owned())
            .ok_or_else(|| {
                Error::part(
                    path,
                    "encoding",
                    format!("not valid {} as its <meta> tag declares", encoding.name()),
                )
            });
    }
    std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| {
        Error::part(
            path,
            "encoding",
            format!(
                "invalid UTF-8 at byte {} and no charset in a <meta> tag (declare it, e.g. \
                 <meta charset=\"windows-1251\">, or save the page as UTF-8)",
                e.valid_up_to()
            ),
        )
    })
}

/// The charset a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` declares.
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = rest.trim_ascii_start().strip_prefix(b"=")?.trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let label: Vec<u8> = rest
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(b))
                .collect();
            if !label.is_empty() {
                return Some(String::from_utf8_lossy(&label).into_owned());
            }
        }
        from = tag_end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The notes of a page: their elements in order of reference, the references, the back-links.
struct Notes {
    /// Note elements, in order of first reference.
    order: Vec<NodeId>,
    /// Reference links and the note number each shows.
    refs: HashMap<NodeId, u32>,
    /// Note elements (left out of the body).
    bodies: HashSet<NodeId>,
    /// Links inside notes that lead back to a reference (dropped).
    back: HashSet<NodeId>,
}

impl Notes {
    fn find(html: &Html) -> Notes {
        let mut named: HashMap<&str, NodeRef<'_, Node>> = HashMap::new();
        for node in html.tree.root().descendants() {
            if let Node::Element(e) = node.value() {
                for key in ["id", "name"] {
                    if let Some(v) = e.attr(key) {
                        named.entry(v).or_insert(node);
                    }
                }
            }
        }
        let mut notes = Notes {
            order: Vec::new(),
            refs: HashMap::new(),
            bodies: HashSet::new(),
            back: HashSet::new(),
        };
        let mut anchors: HashMap<&str, ()> = HashMap::new();
        for node in html.tree.root().descendants() {
            let Node::Element(e) = node.value() else { continue };
            if e.name() != "a" || notes.inside_note(node) {
                continue;
            }
            let Some(target) = e.attr("href").and_then(|h| h.strip_prefix('#')) else {
                continue;
            };
            let role = e.attr("role").unwrap_or("");
            let sup = has_ancestor_or_child(node, "sup");
            if role == "doc-backlink" || !(sup || role == "doc-noteref") {
                continue;
            }
            let Some(&target_node) = named.get(target) else {
                continue;
            };
            let body = note_container(target_node);
            if body.ancestors().any(|a| a.id() == node.id()) || node.ancestors().any(|a| a.id() == body.id())
            {
                continue;
            }
            let number = match notes.order.iter().position(|&b| b == body.id()) {
                Some(i) => i as u32 + 1,
                None => {
                    notes.order.push(body.id());
                    notes.bodies.insert(body.id());
                    notes.order.len() as u32
                }
            };
            notes.refs.insert(node.id(), number);
            for anchor in std::iter::once(node).chain(node.ancestors().take(2)) {
                if let Node::Element(e) = anchor.value() {
                    for key in ["id", "name"] {
                        if let Some(v) = e.attr(key) {
                            anchors.insert(v, ());
                        }
                    }
                }
            }
        }
        for &id in &notes.order {
            let Some(body) = html.tree.get(id) else { continue };
            for node in body.descendants() {
                if let Node::Element(e) = node.value() {
                    let href = e.attr("href").and_then(|h| h.strip_prefix('#'));
                    if e.name() == "a"
                        && (e.attr("role") == Some("doc-backlink")
                            || href.is_some_and(|h| anchors.contains_key(h)))
                    {
                        notes.back.insert(node.id());
                    }
                }
            }
        }
        notes
    }

    fn inside_note(&self, node: NodeRef<'_, Node>) -> bool {
        node.ancestors().any(|a| self.bodies.contains(&a.id()))
    }
}

/// Whether `node` is inside a `tag` (up to two levels) or holds one.
fn has_ancestor_or_child(node: NodeRef<'_, Node>, tag: &str) -> bool {
    let is = |n: NodeRef<'_, Node>| matches!(n.value(), Node::Element(e) if e.name() == tag);
    node.ancestors().take(2).any(is) || node.descendants().any(is)
}

/// The element holding a whole note, from the element its reference points at.
fn note_container(target: NodeRef<'_, Node>) -> NodeRef<'_, Node> {
    let container = |n: &NodeRef<'_, Node>| match n.value() {
        Node::Element(e) => {
            matches!(e.name(), "li" | "aside" | "div" | "section" | "dd" | "footer")
                || matches!(e.attr("role"), Some("doc-footnote" | "doc-endnote"))
        }
        _ => false,
    };
    if container(&target) {
        return target;
    }
    target.ancestors().find(container).unwrap_or(target)
}

/// Elements whose content is left out.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "svg", "math", "iframe", "object", "button",
    "select", "textarea",
];
/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "td",
    "th",
    "caption",
    "figcaption",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "table",
    "tr",
    "ul",
    "ol",
    "dl",
    "address",
    "hr",
    "figure",
    "body",
    "details",
    "summary",
];
/// Elements whose text is italic.
const ITALIC: &[&str] = &["i", "em", "cite", "var", "dfn"];

/// Walks `root`'s subtree into blocks of the body (`note` = `None`) or of note `note`.
fn walk(builder: &mut Builder, root: NodeRef<'_, Node>, note: Option<u32>, notes: &Notes) {
    let mut block = Block::default();
    let mut italic = 0usize;
    let mut skip: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => block.push(t, italic > 0),
                    Node::Element(e) => {
                        let name = e.name();
                        let hidden = e.attr("hidden").is_some()
                            || e.attr("role") == Some("navigation")
                            || SKIPPED.contains(&name);
                        let other_note = node.id() != root.id() && notes.bodies.contains(&node.id());
                        if hidden || other_note || notes.back.contains(&node.id()) {
                            skip = Some(node.id());
                            continue;
                        }
                        if let Some(&n) = notes.refs.get(&node.id()) {
                            block.push_marker(n);
                            skip = Some(node.id());
                            continue;
                        }
                        if BLOCKS.contains(&name) {
                            builder.add(std::mem::take(&mut block), note);
                            block.heading = heading_level(name);
                        } else if name == "br" {
                            block.push(" ", false);
                        } else if ITALIC.contains(&name) {
                            italic += 1;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() {
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    if BLOCKS.contains(&e.name()) {
                        builder.add(std::mem::take(&mut block), note);
                    } else if ITALIC.contains(&e.name()) {
                        italic = italic.saturating_sub(1);
                    }
                }
            }
        }
    }
    builder.add(block, note);
}

fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            meta_charset(b"<meta charset=\"windows-1251\">").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            meta_charset(b"<META http-equiv=Content-Type content='text/html; charset=KOI8-R'>").as_deref(),
            Some("koi8-r")
        );
        assert_eq!(meta_charset(b"<meta name=x>"), None);
    }
}
