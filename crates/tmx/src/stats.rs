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
    pub fn collect<R: BufRead>(
        mut reader: Reader<R>,
        mut on_warning: impl FnMut(Warning),
    ) -> Result<Self, Error> {
        let mut stats = Stats {
            srclang: reader.header().srclang.clone(),
            ..Stats::default()
        };
        let mut seen = HashSet::with_hasher(Prehashed);
        let mut tuids = HashSet::with_hasher(Prehashed);
        let mut pairs: Vec<((String, String), u64)> = Vec::new();
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
            let src = unit.srclang.as_deref().unwrap_or(&stats.srclang);
            let unordered = all || src == "*all*";
            langs.sort_unstable();
            for (i, &a) in langs.iter().enumerate() {
                for &b in &langs[i + 1..] {
                    let pair = match (a.eq_ignore_ascii_case(src), b.eq_ignore_ascii_case(src)) {
                        _ if unordered => (a, b),
                        (true, _) => (a, b),
                        (_, true) => (b, a),
                        _ => continue,
                    };
                    // A short list instead of a map keyed by "a→b": no allocation per unit.
                    match pairs
                        .iter_mut()
                        .find(|(p, _)| (p.0.as_str(), p.1.as_str()) == pair)
                    {
                        Some((_, n)) => *n += 1,
                        None => pairs.push(((pair.0.to_owned(), pair.1.to_owned()), 1)),
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
        stats.pairs = pairs
            .into_iter()
            .map(|((a, b), n)| (format!("{a}→{b}"), n))
            .collect();
        Ok(stats)
    }
}

/// The sets hold 64-bit hashes already, so hashing them again is wasted work: this hasher passes the
/// value through.
#[derive(Clone, Copy, Default)]
struct Prehashed;

impl std::hash::BuildHasher for Prehashed {
    type Hasher = PassThrough;

    fn build_hasher(&self) -> PassThrough {
        PassThrough(0)
    }
}

struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
