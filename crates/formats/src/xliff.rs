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
    /// The translation, written with `state="translated"`; `None` writes no target.
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
        if let Some(target) = unit.target {
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
