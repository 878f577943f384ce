//! The baseline `steppe tmx stats` is measured against: the least a TMX reader must do, written
//! bare on quick-xml. One thread, `read_event_into`, every segment's text unescaped into a `String`,
//! the variants' languages paired per unit (header srclang → each other language). No positions, no
//! warnings, no UTF-8 check beyond quick-xml's, no duplicates, no inline markup model.
//!
//! `cargo build --release -p steppe-tmx --example bare_quick_xml && target/release/examples/bare_quick_xml FILE.tmx`
//! prints units, variants and pairs; `benches/stats-vs-bare.sh` times it against `steppe tmx stats`.

use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;
use std::io::BufReader;

fn lang(e: &BytesStart<'_>) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        matches!(a.key.as_ref(), b"xml:lang" | b"lang")
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: bare_quick_xml FILE.tmx")?;
    let file = std::fs::File::open(path)?;
    let mut xml = quick_xml::Reader::from_reader(BufReader::with_capacity(1 << 16, file));
    xml.config_mut().trim_text(false);
    let (mut buf, mut srclang) = (Vec::with_capacity(4096), String::new());
    let (mut in_seg, mut text, mut tuv_lang) = (false, String::new(), String::new());
    let mut variants: Vec<(String, String)> = Vec::new();
    let (mut units, mut variant_count) = (0u64, 0u64);
    let mut pairs: Vec<((String, String), u64)> = Vec::new();
    loop {
        match xml.read_event_into(&mut buf)? {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"header" => {
                    srclang = e
                        .try_get_attribute("srclang")?
                        .map_or(String::new(), |a| String::from_utf8_lossy(&a.value).into_owned())
                }
                b"tuv" => tuv_lang = lang(&e).unwrap_or_default(),
                b"seg" => (in_seg, text) = (true, String::new()),
                _ => {}
            },
            Event::Text(t) if in_seg => text.push_str(&t.unescape()?),
            Event::CData(c) if in_seg => text.push_str(std::str::from_utf8(&c)?),
            Event::End(e) => match e.name().as_ref() {
                b"seg" => in_seg = false,
                b"tuv" => variants.push((std::mem::take(&mut tuv_lang), std::mem::take(&mut text))),
                b"tu" => {
                    units += 1;
                    variant_count += variants.len() as u64;
                    let has_src = variants.iter().any(|(l, _)| *l == srclang);
                    for (l, _) in variants.iter().filter(|(l, _)| has_src && *l != srclang) {
                        match pairs.iter_mut().find(|((_, b), _)| b == l) {
                            Some((_, n)) => *n += 1,
                            None => pairs.push(((srclang.clone(), l.clone()), 1)),
                        }
                    }
                    variants.clear();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    println!("units: {units}\nvariants: {variant_count}");
    let pairs: BTreeMap<_, _> = pairs.into_iter().collect();
    for ((a, b), n) in pairs {
        println!("  {a}→{b}: {n}");
    }
    Ok(())
}
