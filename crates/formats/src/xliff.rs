//! XLIFF 1.2 out: the bilingual file that OmegaT, Trados, memoQ and translate-toolkit exchange.
//! One `<file>` of `<trans-unit>`s, each a source sentence (or bead) and its translation, with a
//! `state` and, for aligned pairs, the alignment's confidence as a `<note>` (the strict schema has
//! no room for extension attributes).

use std::io::Write;

/// One unit to write: its source, its translation (if any) and the alignment's confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit<'a> {
    /// The unit's id, unique in the file (`1`, `2`, …).
    pub id: String,
    /// The source text.
    pub source: &'a str,
    /// The translation, written with `state="translated"`; `None` copies the source into a target
    /// with `state="needs-translation"` (OmegaT's XLIFF filter translates the text of `<target>`,
    /// so a unit without one would not be offered for translation there).
    pub target: Option<&'a str>,
    /// The confidence of an aligned pair (0 to 1), written as a note.
    pub score: Option<f32>,
    /// Where the target came from (`exact-match` for a translation memory's), written as the
    /// target's `state-qualifier`.
    pub qualifier: Option<&'a str>,
}

/// Writes `units` as an XLIFF 1.2 document of one file named `original`, from `source_lang` to
/// `target_lang` (`en`, `ru`, `kk`).
///
/// ```
/// use steppe_formats::xliff::{write_xliff, Unit};
/// let units = [Unit {
///     id: "1".into(),
///     source: "NATO & the SCO",
///     target: Some("НАТО и ШОС"),
///     score: Some(0.9),
///     qualifier: None,
/// }];
/// let mut out = Vec::new();
/// write_xliff(&mut out, "a.en.txt", "en", "ru", &units).unwrap();
/// let xml = String::from_utf8(out).unwrap();
/// assert!(xml.contains(r#"<source>NATO &amp; the SCO</source>"#));
/// assert!(xml.contains(r#"<target state="translated">НАТО и ШОС</target>"#));
/// ```
pub fn write_xliff<W: Write>(
    mut out: W,
    original: &str,
    source_lang: &str,
    target_lang: &str,
    units: &[Unit<'_>],
) -> std::io::Result<W> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">"#
    )?;
    writeln!(
        out,
        r#"  <file original="{}" source-language="{}" target-language="{}" datatype="plaintext">"#,
        escape(original),
        escape(source_lang),
        escape(target_lang)
    )?;
    writeln!(
        out,
        r#"    <header><tool tool-id="steppe" tool-name="steppe"/></header>"#
    )?;
    writeln!(out, "    <body>")?;
    for unit in units {
        writeln!(out, r#"      <trans-unit id="{}">"#, escape(&unit.id))?;
        writeln!(out, "        <source>{}</source>", escape(unit.source))?;
        match unit.target {
            Some(target) => {
                let qualifier = unit
                    .qualifier
                    .map(|q| format!(r#" state-qualifier="{}""#, escape(q)))
                    .unwrap_or_default();
                writeln!(
                    out,
                    r#"        <target state="translated"{qualifier}>{}</target>"#,
                    escape(target)
                )?;
            }
            None => writeln!(
                out,
                r#"        <target state="needs-translation">{}</target>"#,
                escape(unit.source)
            )?,
        }
        if let Some(score) = unit.score {
            writeln!(
                out,
                r#"        <note from="steppe">alignment score {score:.3}</note>"#
            )?;
        }
        writeln!(out, "      </trans-unit>")?;
    }
    writeln!(out, "    </body>")?;
    writeln!(out, "  </file>")?;
    writeln!(out, "</xliff>")?;
    Ok(out)
}

/// Escapes text for XML content and attributes; characters XML 1.0 forbids are dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A translated unit read from an XLIFF 1.2 file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The `id` of its trans-unit.
    pub id: String,
    /// Source language (its `<file>`'s `source-language`).
    pub source_lang: String,
    /// Target language (its `<file>`'s `target-language`).
    pub target_lang: String,
    /// The source text (inline markup reduced to its text).
    pub source: String,
    /// The target text.
    pub target: String,
}

/// Reads the translated units of an XLIFF 1.2 file (units without a target, with an empty one, or
/// with a target whose `state` says it is not translated yet — `new`, `needs-translation` — are
/// left out; `alt-trans` proposals and `seg-source` are not units). Streams the file.
///
/// ```
/// let xml = r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
///   <file original="a" source-language="en" target-language="ru" datatype="plaintext"><body>
///   <trans-unit id="1"><source>Yes <g id="1">now</g>.</source><target>Да, <g id="1">сейчас</g>.</target>
///   <alt-trans><source>Yes.</source><target>Ага.</target></alt-trans></trans-unit>
///   <trans-unit id="2"><source>No.</source></trans-unit>
///   <trans-unit id="3"><source>Maybe.</source><target state="needs-translation">Maybe.</target>
///   </trans-unit></body></file></xliff>"#;
/// let pairs = steppe_formats::xliff::read_xliff("a.xlf".as_ref(), xml.as_bytes()).unwrap();
/// assert_eq!(pairs.len(), 1);
/// assert_eq!((pairs[0].source.as_str(), pairs[0].target.as_str()), ("Yes now.", "Да, сейчас."));
/// assert_eq!(pairs[0].target_lang, "ru");
/// ```
pub fn read_xliff<R: std::io::BufRead>(path: &std::path::Path, input: R) -> Result<Vec<Pair>, crate::Error> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    let (mut sl, mut tl) = (String::new(), String::new());
    let mut pairs = Vec::new();
    let mut unit: Option<(String, String, Option<String>)> = None;
    // Which text is being read: 1 source, 2 target; and depth inside skipped elements.
    let (mut reading, mut skip, mut depth, mut seen_root) = (0u8, 0usize, 0usize, false);
    let bad = |at: u64, e: &dyn std::fmt::Display| {
        crate::Error::part(path, "XLIFF", format!("malformed XML at byte {at}: {e}"))
    };
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| bad(reader.error_position(), &e))?;
        match &event {
            Event::Start(e) => {
                depth += 1;
                let name = e.local_name();
                if skip > 0 {
                    skip += 1;
                } else if !seen_root {
                    seen_root = true;
                    if name.as_ref() != b"xliff" {
                        return Err(crate::Error::part(
                            path,
                            "XLIFF",
                            "the root element is not <xliff>",
                        ));
                    }
                } else {
                    match name.as_ref() {
                        b"file" => {
                            sl = crate::xml::attr(e, b"source-language").unwrap_or_default();
                            tl = crate::xml::attr(e, b"target-language").unwrap_or_default();
                        }
                        b"trans-unit" => {
                            let id = crate::xml::attr(e, b"id").unwrap_or_default();
                            unit = Some((id, String::new(), None));
                        }
                        b"alt-trans" | b"seg-source" | b"note" => skip = 1,
                        b"source" if unit.is_some() => reading = 1,
                        b"target" if unit.is_some() => {
                            let state = crate::xml::attr(e, b"state");
                            if matches!(state.as_deref(), Some("new" | "needs-translation")) {
                                skip = 1;
                            } else {
                                reading = 2;
                                if let Some(u) = unit.as_mut() {
                                    u.2 = Some(String::new());
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                if skip > 0 {
                    skip -= 1;
                } else {
                    match e.local_name().as_ref() {
                        b"source" | b"target" => reading = 0,
                        b"trans-unit" => {
                            if let Some((id, source, Some(target))) = unit.take() {
                                let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                                if !target.trim().is_empty() {
                                    pairs.push(Pair {
                                        id,
                                        source_lang: sl.clone(),
                                        target_lang: tl.clone(),
                                        source: clean(&source),
                                        target: clean(&target),
                                    });
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if !seen_root => {
                let _ = e;
                return Err(crate::Error::part(
                    path,
                    "XLIFF",
                    "the root element is not <xliff>",
                ));
            }
            Event::Text(t) if skip == 0 && reading > 0 => {
                let text = t.unescape().map_err(|e| bad(reader.buffer_position(), &e))?;
                if let Some(u) = unit.as_mut() {
                    match reading {
                        1 => u.1.push_str(&text),
                        _ => u.2.get_or_insert_with(String::new).push_str(&text),
                    }
                }
            }
            Event::CData(t) if skip == 0 && reading > 0 => {
                let text = String::from_utf8_lossy(t);
                if let Some(u) = unit.as_mut() {
                    match reading {
                        1 => u.1.push_str(&text),
                        _ => u.2.get_or_insert_with(String::new).push_str(&text),
                    }
                }
            }
            Event::Eof => {
                if depth > 0 {
                    return Err(crate::Error::part(
                        path,
                        "XLIFF",
                        format!("truncated XML: ends at byte {}", reader.buffer_position()),
                    ));
                }
                if !seen_root {
                    return Err(crate::Error::part(path, "XLIFF", "no <xliff> element"));
                }
                return Ok(pairs);
            }
            _ => {}
        }
        buf.clear();
    }
}
