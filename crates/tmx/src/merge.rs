//! Merging memories in bounded memory: an index of unit keys in memory, the units themselves in a
//! temporary file.
//!
//! [`Merge::add`] takes the units of every input in order. Units with the same [`unit_key`] are
//! duplicates; the one with the newest [`TranslationUnit::newest_date`] is kept (the first of equals),
//! in the place where the first copy stood. [`Merge::finish`] then yields the kept units in that order.
//!
//! ## What stays in memory
//! Per distinct unit: its 64-bit key in a hash map (to the unit's place) and the place itself (where
//! the kept copy lies in the spool and its date, 16 bytes), up to about 70 bytes in all with the map's
//! and vector's spare capacity, as both grow by doubling (a date that is not of the
//! `YYYYMMDDThhmmssZ` form is kept as text besides). `steppe tmx merge` of 500,000 distinct units
//! peaks at 38 MiB RSS. The units themselves go to an anonymous temporary file in the system's
//! temporary folder (`TMPDIR`), one JSON line each, about their TMX size on disk (1.06 times on the
//! benchmark memory), deleted when the merge ends; a duplicate that loses is never written there.
//! Memory does not grow with the size of a unit or with the number of duplicates.
//!
//! ## Properties
//! The result depends only on the sequence of units, so merging is associative: merging A and B,
//! then the result with C, keeps the same units in the same order as merging A with the merge of B and
//! C, or all three at once (a test checks it).
//!
//! ```
//! use steppe_tmx::{merge::Merge, TranslationUnit};
//! let mut old = TranslationUnit::from_pairs(&[("en", "Save"), ("ru", "Сохранить")]);
//! old.admin.changedate = Some("20200101T000000Z".into());
//! let mut new = TranslationUnit::from_pairs(&[("en", "Save"), ("ru", "Сохранить")]);
//! new.admin.changedate = Some("20240101T000000Z".into());
//! new.tuid = Some("newer".into());
//! let other = TranslationUnit::from_pairs(&[("en", "Open"), ("ru", "Открыть")]);
//!
//! let mut merge = Merge::new().unwrap();
//! for unit in [&old, &other, &new] {
//!     merge.add(unit).unwrap();
//! }
//! assert_eq!((merge.units_read(), merge.len()), (3, 2));
//! let kept: Vec<TranslationUnit> = merge.finish().unwrap().map(Result::unwrap).collect();
//! assert_eq!(kept, [new, other]);
//! ```

use crate::error::Error;
use crate::model::TranslationUnit;
use crate::text::unit_key;
use rustc_hash::FxHashMap;
use std::cmp::Ordering;
use std::collections::hash_map::Entry;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};

/// A merge in progress: see the [module docs](self).
pub struct Merge {
    /// Unit key → index in `slots` (the place of the first copy in the output).
    index: FxHashMap<u64, u32>,
    /// The output, in order: where each kept unit lies in the spool, and its date.
    slots: Vec<Slot>,
    /// Dates not of the TMX form, by [`Stamp`] index.
    odd_dates: Vec<Box<str>>,
    spool: Spool,
    read: u64,
}

/// One unit of the output.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// Byte offset of the unit's line in the spool.
    offset: u64,
    stamp: Stamp,
}

/// A unit's newest date in 8 bytes: 0 for none; a `YYYYMMDDThhmmssZ` date as 1 + its 14 digits read as
/// a number (same order as the strings); any other text as [`Stamp::ODD`] + its index in
/// `Merge::odd_dates`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp(u64);

impl Stamp {
    const NONE: Stamp = Stamp(0);
    const ODD: u64 = 1 << 63;
}

/// The temporary file the units wait in.
struct Spool {
    out: BufWriter<File>,
    len: u64,
    line: Vec<u8>,
}

impl Spool {
    /// Appends a unit as one JSON line; returns its offset.
    fn push(&mut self, unit: &TranslationUnit) -> Result<u64, Error> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, unit).map_err(json_error)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)?;
        let offset = self.len;
        self.len += self.line.len() as u64;
        Ok(offset)
    }
}

impl Merge {
    /// An empty merge, its spool a new anonymous temporary file.
    pub fn new() -> Result<Self, Error> {
        let file = tempfile::tempfile()?;
        Ok(Merge {
            index: FxHashMap::default(),
            slots: Vec::new(),
            odd_dates: Vec::new(),
            spool: Spool {
                out: BufWriter::with_capacity(1 << 16, file),
                len: 0,
                line: Vec::new(),
            },
            read: 0,
        })
    }

    /// Takes the next unit: a new one takes the next place of the output; a duplicate replaces the
    /// kept copy only when its date is newer.
    pub fn add(&mut self, unit: &TranslationUnit) -> Result<(), Error> {
        self.read += 1;
        let date = unit.newest_date();
        match self.index.entry(unit_key(unit)) {
            Entry::Occupied(place) => {
                let slot = self.slots[*place.get() as usize];
                if compare(date, slot.stamp, &self.odd_dates) == Ordering::Greater {
                    let offset = self.spool.push(unit)?;
                    let stamp = stamp(date, &mut self.odd_dates);
                    self.slots[*place.get() as usize] = Slot { offset, stamp };
                }
            }
            Entry::Vacant(place) => {
                let at = u32::try_from(self.slots.len())
                    .map_err(|_| Error::io(std::io::Error::other("more than 2^32 distinct units")))?;
                let offset = self.spool.push(unit)?;
                let stamp = stamp(date, &mut self.odd_dates);
                place.insert(at);
                self.slots.push(Slot { offset, stamp });
            }
        }
        Ok(())
    }

    /// How many units were added.
    pub fn units_read(&self) -> u64 {
        self.read
    }

    /// How many units the output has (distinct keys).
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// True when no unit was added.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The kept units, in output order, read back from the spool.
    pub fn finish(self) -> Result<Merged, Error> {
        let mut file = self.spool.out.into_inner().map_err(|e| e.into_error())?;
        file.rewind()?;
        Ok(Merged {
            slots: self.slots.into_iter(),
            spool: BufReader::with_capacity(1 << 16, file),
            at: 0,
            line: Vec::new(),
        })
    }
}

/// The output of a [`Merge`], one unit at a time.
pub struct Merged {
    slots: std::vec::IntoIter<Slot>,
    spool: BufReader<File>,
    /// Where the spool reader stands.
    at: u64,
    line: Vec<u8>,
}

impl Merged {
    fn read(&mut self, offset: u64) -> Result<TranslationUnit, Error> {
        if offset != self.at {
            // Within the buffer this keeps it: kept units are mostly in spool order.
            self.spool.seek_relative(offset as i64 - self.at as i64)?;
        }
        self.line.clear();
        let n = self.spool.read_until(b'\n', &mut self.line)?;
        self.at = offset + n as u64;
        serde_json::from_slice(&self.line).map_err(json_error)
    }
}

impl Iterator for Merged {
    type Item = Result<TranslationUnit, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let slot = self.slots.next()?;
        Some(self.read(slot.offset))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.slots.size_hint()
    }
}

fn json_error(err: serde_json::Error) -> Error {
    Error::io(std::io::Error::other(format!("merge spool: {err}")))
}

/// The digits of a `YYYYMMDDThhmmssZ` date as a number, if it has that form.
fn tmx_digits(date: &str) -> Option<u64> {
    let b = date.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let mut digits = b[..8].iter().chain(&b[9..15]);
    digits.try_fold(0u64, |n, &d| {
        d.is_ascii_digit().then(|| n * 10 + u64::from(d - b'0'))
    })
}

fn stamp(date: Option<&str>, odd: &mut Vec<Box<str>>) -> Stamp {
    match date {
        None => Stamp::NONE,
        Some(d) => match tmx_digits(d) {
            Some(n) => Stamp(n + 1),
            None => {
                odd.push(d.into());
                Stamp(Stamp::ODD | (odd.len() - 1) as u64)
            }
        },
    }
}

/// Compares a date with a stored one exactly as the strings compare (`None` first).
fn compare(date: Option<&str>, stored: Stamp, odd: &[Box<str>]) -> Ordering {
    let mut buf = [0u8; 16];
    let stored: Option<&str> = match stored.0 {
        0 => None,
        n if n & Stamp::ODD != 0 => Some(&odd[(n & !Stamp::ODD) as usize]),
        n => {
            let mut digits = n - 1;
            for i in (0..16).rev() {
                buf[i] = match i {
                    15 => b'Z',
                    8 => b'T',
                    _ => {
                        let d = (digits % 10) as u8;
                        digits /= 10;
                        b'0' + d
                    }
                };
            }
            Some(std::str::from_utf8(&buf).expect("ASCII digits"))
        }
    };
    date.cmp(&stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_compare_as_the_date_strings_do() {
        let dates = [
            None,
            Some("20240101T000000Z"),
            Some("20240101T000001Z"),
            Some("19991231T235959Z"),
            Some("2024-01-01"),
            Some(""),
            Some("99999999T999999Z"),
            Some("00000000T000000Z"),
            Some("20240101T000000"),
        ];
        let mut odd = Vec::new();
        for a in dates {
            for b in dates {
                let s = stamp(b, &mut odd);
                assert_eq!(compare(a, s, &odd), a.cmp(&b), "{a:?} vs {b:?}");
            }
        }
    }
}
