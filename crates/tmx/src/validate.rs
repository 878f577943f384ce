//! Validation: the DTD's rules (checked by the reader as it goes) plus what a DTD cannot check:
//! `xml:lang` present and well-formed BCP 47, the header's `srclang` among each unit's languages
//! (unless it is `*all*`), dates in TMX form, and unique `tuid`s. Streams; keeps one 64-bit hash per tuid.

use crate::error::{Error, Position, Warning, WarningKind};
use crate::model::TranslationUnit;
use crate::reader::Reader;
use crate::split::{Limits, Part};
use crate::text::hash;
use rustc_hash::FxHashSet as HashSet;
use std::io::BufRead;
use std::path::Path;

/// At most this many messages of each list are kept; the counts stay exact.
const KEEP: usize = 1000;

/// The result of validating one file.
#[derive(Debug, Default)]
pub struct Report {
    /// Units read.
    pub units: u64,
    /// Breaks of TMX 1.4b rules (the first 1000).
    pub violations: Vec<Warning>,
    /// How many violations there were in all.
    pub violation_count: u64,
    /// Repairs and facts that do not make the file invalid (the first 1000).
    pub notices: Vec<Warning>,
    /// The fatal error that stopped reading, if any.
    pub error: Option<Error>,
}

impl Report {
    /// True when the file was read to the end without violations.
    pub fn is_valid(&self) -> bool {
        self.error.is_none() && self.violation_count == 0
    }

    /// The report of a file that could not even be opened or whose header was broken.
    pub fn failed(error: Error) -> Self {
        Report {
            error: Some(error),
            ..Report::default()
        }
    }

    fn add(&mut self, warnings: Vec<Warning>) {
        for w in warnings {
            if w.kind.is_violation() {
                self.violation_count += 1;
                if self.violations.len() < KEEP {
                    self.violations.push(w);
                }
            } else if self.notices.len() < KEEP {
                self.notices.push(w);
            }
        }
    }

    /// Validates what `reader` reads, to the end or the first fatal error.
    pub fn check<R: BufRead>(reader: Reader<R>) -> Self {
        let mut reader = reader.counting();
        let mut report = Report::default();
        let srclang = reader.header().srclang.clone();
        let mut tuids = HashSet::default();
        loop {
            let unit = match reader.next_unit() {
                Ok(Some(unit)) => unit,
                Ok(None) => break,
                Err(e) => {
                    report.error = Some(e);
                    break;
                }
            };
            let facts = UnitFacts::of(&unit, &srclang, reader.position());
            report.unit(facts, reader.take_warnings(), &mut tuids);
        }
        report.add(reader.take_warnings());
        report
    }

    /// Validates the file at `path`, on all rayon threads when it is large enough: the report is
    /// the same as [`Report::check`] gives on one thread (which reads small files and any file with
    /// a fatal error, so that the error and its position are exact).
    pub fn check_file(path: &Path) -> Result<Self, Error> {
        if let Some(report) = Self::check_split(path, Limits::DEFAULT) {
            return Ok(report);
        }
        Reader::open(path).map(Report::check)
    }

    pub(crate) fn check_split(path: &Path, limits: Limits) -> Option<Self> {
        let mut report = Report::default();
        let mut tuids = HashSet::default();
        // In file order, as on one thread: the header's warnings come with the first unit.
        let mut pending = Vec::new();
        crate::split::read(
            path,
            limits,
            Vec::new,
            |piece: &mut Vec<(Option<UnitFacts>, Vec<Warning>)>, header, unit, warnings| {
                let facts = unit.map(|(unit, at)| UnitFacts::of(&unit, &header.srclang, at));
                piece.push((facts, warnings));
            },
            |part| match part {
                Part::Header(header_warnings) => pending = header_warnings,
                Part::Piece(piece, shift) => {
                    for (facts, warnings) in piece {
                        pending.extend(shift.warnings(warnings));
                        if let Some(mut facts) = facts {
                            facts.position = shift.pos(facts.position);
                            report.unit(facts, std::mem::take(&mut pending), &mut tuids);
                        }
                    }
                }
            },
        )?;
        report.add(pending);
        Some(report)
    }

    /// Counts a unit and adds the reader's `warnings` (given before it) and its own problems.
    fn unit(&mut self, facts: UnitFacts, warnings: Vec<Warning>, tuids: &mut HashSet<u64>) {
        self.units += 1;
        let mut extra = Vec::new();
        let position = facts.position;
        let name = match &facts.tuid {
            Some(id) => format!("unit {} (tuid {id})", self.units),
            None => format!("unit {}", self.units),
        };
        if let Some(src) = facts.missing_srclang {
            let message = format!("{name} has no variant in the source language {src}");
            extra.push(Warning {
                kind: WarningKind::SrclangMissing,
                position,
                message,
            });
        }
        if let Some(id) = &facts.tuid {
            if !tuids.insert(hash(id)) {
                let message = format!("{name}: tuid {id} was used before");
                extra.push(Warning {
                    kind: WarningKind::DuplicateTuid,
                    position,
                    message,
                });
            }
        }
        self.add(warnings);
        self.add(extra);
    }
}

/// What validation needs to know of a unit, so that units read in parallel can be judged in order.
#[derive(Debug)]
struct UnitFacts {
    /// Where the reader stood after the unit.
    position: Position,
    tuid: Option<String>,
    /// The source language the unit lacks a variant in, if it does.
    missing_srclang: Option<String>,
}

impl UnitFacts {
    fn of(unit: &TranslationUnit, srclang: &str, position: Position) -> Self {
        let src = unit.srclang.as_deref().unwrap_or(srclang);
        let has_src = unit.variants.iter().any(|v| v.lang.eq_ignore_ascii_case(src));
        let missing = src != "*all*" && !src.is_empty() && !unit.variants.is_empty() && !has_src;
        UnitFacts {
            position,
            tuid: unit.tuid.clone(),
            missing_srclang: missing.then(|| src.to_owned()),
        }
    }
}

/// Validates a TMX document from any buffered source.
///
/// ```
/// let tmx = r#"<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
///   o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
///   <tu tuid="1"><tuv xml:lang="ru"><seg>Да</seg></tuv></tu>
/// </body></tmx>"#;
/// let report = steppe_tmx::validate(tmx.as_bytes());
/// assert!(!report.is_valid());
/// assert!(report.violations[0].message.contains("source language en"));
/// ```
pub fn validate<R: BufRead>(input: R) -> Report {
    match Reader::new(input) {
        Ok(reader) => Report::check(reader),
        Err(e) => Report::failed(e),
    }
}
