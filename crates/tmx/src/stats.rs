//! Statistics over a stream of units: counts per language and language pair, duplicates.
//!
//! Memory: one 64-bit hash per distinct unit content (and per tuid) instead of the units themselves —
//! about 10 bytes a unit in the hash sets, 2–3 MiB for 200,000 units — at the price of a tiny chance
//! (about 1 in 10^9 at that size) that two different units collide and one is counted as a duplicate.

use crate::error::{Error, Warning};
use crate::reader::Reader;
use crate::text::{hash, unit_key};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::io::BufRead;

/// What `steppe tmx stats` reports.
#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct Stats {
    /// The header's source language.
    pub srclang: String,
    /// Translation units.
    pub units: u64,
    /// Variants (`<tuv>`s) in all units.
    pub variants: u64,
    /// Variants per language.
    pub languages: BTreeMap<String, u64>,
    /// Units per language pair: `source→target` from the header's srclang to each other language of
    /// the unit; when srclang is `*all*`, every unordered pair, written in sorted order.
    pub pairs: BTreeMap<String, u64>,
    /// Units whose content (languages and normalised text) repeats an earlier unit.
    pub duplicates: u64,
    /// Units whose tuid repeats an earlier unit's.
    pub duplicate_tuids: u64,
    /// Warnings the reader gave.
    pub warnings: u64,
}

impl Stats {
    /// Reads `reader` to the end; warnings are counted, and passed to `on_warning` (the CLI prints
    /// the first few).
    ///
    /// ```
    /// let tmx = r#"<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
    ///   o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
    ///   <tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="ru"><seg>Привет</seg></tuv></tu>
    ///   <tu><tuv xml:lang="en"><seg> Hi </seg></tuv><tuv xml:lang="ru"><seg>Привет</seg></tuv></tu>
    /// </body></tmx>"#;
    /// let reader = steppe_tmx::Reader::from_slice(tmx.as_bytes()).unwrap();
    /// let stats = steppe_tmx::Stats::collect(reader, |_| {}).unwrap();
    /// assert_eq!((stats.units, stats.duplicates, stats.pairs["en→ru"]), (2, 1, 2));
    /// ```
    pub fn collect<R: BufRead>(mut reader: Reader<R>, mut on_warning: impl FnMut(Warning)) -> Result<Self, Error> {
        let mut stats = Stats { srclang: reader.header().srclang.clone(), ..Stats::default() };
        let mut seen = HashSet::new();
        let mut tuids = HashSet::new();
        let all = stats.srclang == "*all*";
        while let Some(unit) = reader.next_unit()? {
            for w in reader.take_warnings() {
                stats.warnings += 1;
                on_warning(w);
            }
            stats.units += 1;
            stats.variants += unit.variants.len() as u64;
            let mut langs: Vec<&str> = Vec::with_capacity(unit.variants.len());
            for v in &unit.variants {
                if !langs.contains(&v.lang.as_str()) {
                    langs.push(&v.lang);
                }
                match stats.languages.get_mut(&v.lang) {
                    Some(count) => *count += 1,
                    None => {
                        stats.languages.insert(v.lang.clone(), 1);
                    }
                }
            }
            let src = unit.srclang.as_deref().unwrap_or(&stats.srclang).to_owned();
            langs.sort_unstable();
            for (i, a) in langs.iter().enumerate() {
                for b in &langs[i + 1..] {
                    let pair = if all || unit.srclang.as_deref() == Some("*all*") {
                        Some(format!("{a}→{b}"))
                    } else if a.eq_ignore_ascii_case(&src) {
                        Some(format!("{a}→{b}"))
                    } else if b.eq_ignore_ascii_case(&src) {
                        Some(format!("{b}→{a}"))
                    } else {
                        None
                    };
                    if let Some(pair) = pair {
                        *stats.pairs.entry(pair).or_default() += 1;
                    }
                }
            }
            if !seen.insert(unit_key(&unit)) {
                stats.duplicates += 1;
            }
            if let Some(id) = &unit.tuid {
                if !tuids.insert(hash(id)) {
                    stats.duplicate_tuids += 1;
                }
            }
        }
        for w in reader.take_warnings() {
            stats.warnings += 1;
            on_warning(w);
        }
        Ok(stats)
    }
}
