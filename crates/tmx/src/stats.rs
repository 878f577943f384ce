//! Statistics over a stream of units: counts per language and language pair, duplicates.
//!
//! Memory: one 64-bit hash per unit content (and per tuid) instead of the units themselves — 8 bytes
//! a unit, 1.6 MiB for 200,000 units — at the price of a tiny chance (about 1 in 10^9 at that size)
//! that two different units collide and one is counted as a duplicate. The hashes are sorted at the
//! end and the repeats counted: a sequential append per unit instead of a hash-set insert, which
//! missed the cache on large files (5 % of the time on 200,000 units).

use crate::error::{Error, Warning};
use crate::model::TranslationUnit;
use crate::reader::Reader;
use crate::split::{Limits, Part};
use crate::text::{hash, unit_key};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

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
        reader: Reader<R>,
        mut on_warning: impl FnMut(Warning),
    ) -> Result<Self, Error> {
        let srclang = reader.header().srclang.clone();
        let mut reader = reader.counting();
        let mut tally = Tally::default();
        while let Some(unit) = reader.next_unit()? {
            tally.count_warnings(reader.take_warnings(), &mut on_warning);
            tally.unit(&unit, &srclang);
        }
        tally.count_warnings(reader.take_warnings(), &mut on_warning);
        Ok(tally.into_stats(srclang))
    }

    /// [`Stats::collect`] over the file at `path`, on all rayon threads when it is large enough
    /// (the pieces are read in parallel; the result, the warnings and their order are the same as on
    /// one thread, which reads small files, standard input and any file with an error).
    pub fn collect_file(path: &Path, mut on_warning: impl FnMut(Warning)) -> Result<Self, Error> {
        if let Some(stats) = Self::collect_split(path, Limits::DEFAULT, &mut on_warning) {
            return Ok(stats);
        }
        Self::collect(Reader::open(path)?, on_warning)
    }

    pub(crate) fn collect_split(
        path: &Path,
        limits: Limits,
        on_warning: &mut impl FnMut(Warning),
    ) -> Option<Self> {
        /// One piece's counts, and its warnings.
        #[derive(Default)]
        struct Piece {
            tally: Tally,
            warnings: Vec<Warning>,
        }
        let (mut tally, mut warnings) = (Tally::default(), Vec::new());
        let header = crate::split::read(
            path,
            limits,
            Piece::default,
            |piece, header, unit, warnings| {
                piece.warnings.extend(warnings);
                if let Some((unit, _)) = unit {
                    piece.tally.unit(&unit, &header.srclang);
                }
            },
            |part| match part {
                Part::Header(header_warnings) => warnings.extend(header_warnings),
                Part::Piece(piece, shift) => {
                    tally.add(piece.tally);
                    warnings.extend(shift.warnings(piece.warnings));
                }
            },
        )?;
        tally.count_warnings(warnings, on_warning);
        Some(tally.into_stats(header.srclang))
    }
}

/// Counts over units, added up piece by piece when a file is read in parallel.
#[derive(Debug, Default)]
struct Tally {
    units: u64,
    variants: u64,
    languages: BTreeMap<String, u64>,
    /// A short list instead of a map keyed by "a→b": no allocation per unit.
    pairs: Vec<((String, String), u64)>,
    /// The content key of every unit, in no particular order.
    keys: Vec<u64>,
    /// The hash of every tuid.
    tuids: Vec<u64>,
    warnings: u64,
}

impl Tally {
    fn count_warnings(&mut self, warnings: Vec<Warning>, on_warning: &mut impl FnMut(Warning)) {
        for w in warnings {
            self.warnings += 1;
            on_warning(w);
        }
    }

    /// Counts `unit`, whose document's srclang is `srclang`.
    fn unit(&mut self, unit: &TranslationUnit, srclang: &str) {
        self.units += 1;
        self.keys.push(unit_key(unit));
        self.tuids.extend(unit.tuid.as_deref().map(hash));
        self.variants += unit.variants.len() as u64;
        let mut langs: Vec<&str> = Vec::with_capacity(unit.variants.len());
        for v in &unit.variants {
            if !langs.contains(&v.lang.as_str()) {
                langs.push(&v.lang);
            }
            match self.languages.get_mut(&v.lang) {
                Some(count) => *count += 1,
                None => {
                    self.languages.insert(v.lang.clone(), 1);
                }
            }
        }
        let src = unit.srclang.as_deref().unwrap_or(srclang);
        let unordered = srclang == "*all*" || src == "*all*";
        langs.sort_unstable();
        for (i, &a) in langs.iter().enumerate() {
            for &b in &langs[i + 1..] {
                let pair = match (a.eq_ignore_ascii_case(src), b.eq_ignore_ascii_case(src)) {
                    _ if unordered => (a, b),
                    (true, _) => (a, b),
                    (_, true) => (b, a),
                    _ => continue,
                };
                self.pair(pair, 1);
            }
        }
    }

    fn pair(&mut self, pair: (&str, &str), n: u64) {
        match self
            .pairs
            .iter_mut()
            .find(|(p, _)| (p.0.as_str(), p.1.as_str()) == pair)
        {
            Some((_, count)) => *count += n,
            None => self.pairs.push(((pair.0.to_owned(), pair.1.to_owned()), n)),
        }
    }

    /// Adds the counts of a later piece of the same file.
    fn add(&mut self, other: Tally) {
        self.units += other.units;
        self.variants += other.variants;
        for (lang, n) in other.languages {
            *self.languages.entry(lang).or_default() += n;
        }
        for ((a, b), n) in other.pairs {
            self.pair((&a, &b), n);
        }
        self.keys.extend(other.keys);
        self.tuids.extend(other.tuids);
        self.warnings += other.warnings;
    }

    fn into_stats(mut self, srclang: String) -> Stats {
        Stats {
            duplicates: repeats(&mut self.keys),
            duplicate_tuids: repeats(&mut self.tuids),
            srclang,
            units: self.units,
            variants: self.variants,
            languages: self.languages,
            pairs: self
                .pairs
                .into_iter()
                .map(|((a, b), n)| (format!("{a}→{b}"), n))
                .collect(),
            warnings: self.warnings,
        }
    }
}

/// How many of `hashes` repeat an earlier one: all of them but the distinct ones (sorts them).
fn repeats(hashes: &mut [u64]) -> u64 {
    hashes.sort_unstable();
    let distinct = hashes.chunk_by(|a, b| a == b).count();
    (hashes.len() - distinct) as u64
}
