//! One TMX file read on every core: the file is read a window at a time, each window is cut just
//! before `<tu` tags into pieces, and the pieces are parsed in parallel (rayon), while the next window is read, each by a
//! [`Reader::piece`] that starts inside `<body>`. The results are then taken in file order, with
//! their positions shifted from the piece's to the file's.
//!
//! A cut is only a guess (`<tu` could sit in a comment or a CDATA section): it is proved right when
//! the piece before it, which started at a proved place, ends between two units with nothing open.
//! The first piece starts right after the header, read on its own. Whenever a guess fails, or any
//! piece has an error, [`read`] gives up and the caller reads the file on one thread, which gives
//! the very same error with its exact position. Memory: two windows, not the file.

use crate::error::{Position, Warning};
#[cfg(doc)]
use crate::machine::Keep;
use crate::model::{Header, TranslationUnit};
use crate::reader::Reader;
use rayon::prelude::*;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// When a file is split, and how much of it is read at a time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Files smaller than this are read on one thread: splitting would save less than it costs.
    pub(crate) min_bytes: u64,
    /// Bytes read at a time (more when one unit is longer).
    pub(crate) window: usize,
}

impl Limits {
    /// 4 MiB and 32 MiB.
    pub(crate) const DEFAULT: Limits = Limits {
        min_bytes: 4 << 20,
        window: 32 << 20,
    };
}

/// Pieces per thread in a window, so that a slow piece does not hold the others up.
const PIECES_PER_THREAD: usize = 4;

/// Moves a piece's positions (line 1, column 1 at its first byte) to the file's.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shift {
    /// Where the piece starts in the file.
    start: Position,
}

impl Shift {
    /// `pos`, counted from the piece's start, counted from the file's.
    pub(crate) fn pos(&self, pos: Position) -> Position {
        if pos.line <= 1 {
            Position {
                line: self.start.line,
                column: self.start.column + pos.column - 1,
                offset: pos.offset,
            }
        } else {
            Position {
                line: self.start.line + pos.line - 1,
                ..pos
            }
        }
    }

    /// The warnings of a piece, their positions counted from the file's start.
    pub(crate) fn warnings(&self, warnings: Vec<Warning>) -> Vec<Warning> {
        let shift = |w: Warning| Warning {
            position: self.pos(w.position),
            ..w
        };
        warnings.into_iter().map(shift).collect()
    }
}

/// What [`read`] hands on, in file order.
pub(crate) enum Part<A> {
    /// The warnings of the header (the first thing in the file).
    Header(Vec<Warning>),
    /// A piece's summary, and the shift of its positions.
    Piece(A, Shift),
}

/// What one piece gave: its caller-defined summary, and where it ended.
struct Done<A> {
    acc: A,
    end: Position,
    in_body: bool,
}

/// Reads `path` on all rayon threads (`merge` runs on one of them, beside the parsing), for
/// counting and validating: the units keep only what those read ([`Keep::Counting`]). Each piece folds its units into an `A` made by `init`:
/// `visit` gets the header, each unit with its position just after it (counted from the piece) and the warnings
/// the reader gave since the previous unit; at the end of the piece it gets `None` and the
/// warnings left. `merge` then takes the pieces' `A`s in file order, each with the [`Shift`] of
/// its positions. Returns the header, or `None` when the file is to be read on one
/// thread (smaller than [`Limits::min_bytes`], one thread, UTF-16, a header larger than a window, an I/O or
/// parse error anywhere, a cut that was not between units); `merge` may have been called before a
/// `None`, so its state is to be thrown away then.
pub(crate) fn read<A: Send>(
    path: &Path,
    limits: Limits,
    init: impl Fn() -> A + Sync,
    visit: impl Fn(&mut A, &Header, Option<(TranslationUnit, Position)>, Vec<Warning>) + Sync,
    mut merge: impl FnMut(Part<A>) + Send,
) -> Option<Header> {
    let threads = rayon::current_num_threads();
    let mut file = File::open(path).ok()?;
    if threads < 2 || file.metadata().ok()?.len() < limits.min_bytes {
        return None;
    }
    let mut buf = Vec::with_capacity(limits.window + (limits.window >> 4));
    let mut next = Vec::with_capacity(buf.capacity());
    let mut eof = fill(&mut file, &mut buf, limits.window)?;
    if buf.starts_with(&[0xFF, 0xFE]) || buf.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let (header, header_warnings, body) = read_header(&buf)?;
    merge(Part::Header(header_warnings));
    // Where the unread part of `buf` starts in `buf`, and where `buf` starts in the file.
    let (mut from, mut offset) = (body.offset as usize, 0u64);
    let mut start = body;
    let mut in_body = false;
    let mut previous: Option<Vec<Option<Done<A>>>> = None;
    loop {
        let cut = if eof {
            buf.len()
        } else {
            match last_cut(&buf, from) {
                Some(cut) => cut,
                None => {
                    // No unit starts in what is left: read on without cutting.
                    eof = fill(&mut file, &mut buf, limits.window)?;
                    continue;
                }
            }
        };
        let cuts = cuts(&buf, from, cut, threads * PIECES_PER_THREAD);
        let pieces: Vec<(usize, usize, bool)> = cuts
            .windows(2)
            .enumerate()
            .map(|(i, w)| (w[0], w[1], in_body || i > 0))
            .collect();
        let parse_all = |buf: &[u8]| -> Vec<Option<Done<A>>> {
            pieces
                .into_par_iter()
                .map(|(a, b, in_body)| {
                    let at = offset + a as u64;
                    parse(&buf[a..b], at, &header, in_body, &init, &visit)
                })
                .collect()
        };
        // While this window is parsed, the previous one is merged and the next one read (it starts
        // with what follows the cut): the one-thread parts run beside the parallel one.
        if !eof {
            next.clear();
            next.extend_from_slice(&buf[cut..]);
        }
        let (done, (merged, read)) = rayon::join(
            || parse_all(&buf),
            || {
                let merged = match previous.take() {
                    Some(done) => take(done, false, &mut start, &mut merge),
                    None => Some(()),
                };
                let read = if eof {
                    Some(true)
                } else {
                    fill(&mut file, &mut next, limits.window)
                };
                (merged, read)
            },
        );
        merged?;
        if eof {
            take(done, true, &mut start, &mut merge)?;
            return Some(header);
        }
        previous = Some(done);
        in_body = true;
        offset += cut as u64;
        std::mem::swap(&mut buf, &mut next);
        from = 0;
        eof = read?;
    }
}

/// Hands the pieces of a window to `merge` in order, their positions shifted from `start` on;
/// `None` if a piece failed or did not end where it must: between two units, or at `</tmx>` for
/// the file's last piece (`last_window`).
fn take<A>(
    done: Vec<Option<Done<A>>>,
    last_window: bool,
    start: &mut Position,
    merge: &mut impl FnMut(Part<A>),
) -> Option<()> {
    let last = done.len().checked_sub(1)?;
    for (i, piece) in done.into_iter().enumerate() {
        let piece = piece?;
        if piece.in_body == (last_window && i == last) {
            return None;
        }
        let shift = Shift { start: *start };
        *start = shift.pos(piece.end);
        merge(Part::Piece(piece.acc, shift));
    }
    Some(())
}

/// Reads up to `n` more bytes onto `buf`; whether the file ended (`None` on an I/O error).
fn fill(file: &mut File, buf: &mut Vec<u8>, n: usize) -> Option<bool> {
    let before = buf.len();
    let got = file.by_ref().take(n as u64).read_to_end(buf).ok()?;
    debug_assert_eq!(buf.len(), before + got);
    Some(got < n)
}

/// The header, its warnings, and the position just after it.
fn read_header(buf: &[u8]) -> Option<(Header, Vec<Warning>, Position)> {
    let mut reader = Reader::from_slice(buf).ok()?;
    let warnings = reader.take_warnings();
    Some((reader.header().clone(), warnings, reader.position()))
}

/// Parses one piece.
fn parse<A>(
    bytes: &[u8],
    offset: u64,
    header: &Header,
    in_body: bool,
    init: &impl Fn() -> A,
    visit: &impl Fn(&mut A, &Header, Option<(TranslationUnit, Position)>, Vec<Warning>),
) -> Option<Done<A>> {
    let mut reader = Reader::piece(bytes, offset, header, in_body).counting();
    let mut acc = init();
    loop {
        match reader.next_unit() {
            Ok(Some(unit)) => {
                let warnings = reader.take_warnings();
                visit(&mut acc, header, Some((unit, reader.position())), warnings);
            }
            Ok(None) => break,
            Err(_) => return None,
        }
    }
    visit(&mut acc, header, None, reader.take_warnings());
    Some(Done {
        acc,
        end: reader.position(),
        in_body: reader.ended_in_body(),
    })
}

/// Whether a unit may start at `i`: `<tu` then a space or `>`.
fn is_cut(buf: &[u8], i: usize) -> bool {
    matches!(buf.get(i + 3), Some(b' ' | b'\t' | b'\r' | b'\n' | b'>'))
}

/// The last place in `buf[from..]` (not at `from`) where a unit may start.
fn last_cut(buf: &[u8], from: usize) -> Option<usize> {
    let finder = memchr::memmem::FinderRev::new(b"<tu");
    let mut end = buf.len();
    while let Some(i) = finder.rfind(&buf[from..end]) {
        let i = from + i;
        if i > from && is_cut(buf, i) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// `from`, up to `n - 1` places where a unit may start, spread evenly between `from` and `to`,
/// and `to`.
fn cuts(buf: &[u8], from: usize, to: usize, n: usize) -> Vec<usize> {
    let finder = memchr::memmem::Finder::new(b"<tu");
    let mut cuts = vec![from];
    for k in 1..n {
        let target = from + (to - from) * k / n;
        let prev = *cuts.last().expect("from");
        let mut at = target.max(prev + 1);
        while at < to {
            match finder.find(&buf[at..to]) {
                Some(i) if is_cut(buf, at + i) => {
                    cuts.push(at + i);
                    break;
                }
                Some(i) => at += i + 1,
                None => at = to,
            }
        }
    }
    cuts.push(to);
    cuts.dedup();
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorKind, Report, Stats};
    use std::fmt::Write as _;

    /// A memory with what a reader warns about, positions that need care (multi-line segments, CRLF,
    /// Cyrillic before a unit on its line, two units on one line), duplicates and reused tuids.
    fn memory(units: usize, body_extra: impl Fn(usize) -> String) -> String {
        let mut s = String::from(
            "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" \
             creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" \
             datatype=\"plaintext\" lang=\"EN\"/>\n<body>\n",
        );
        for i in 0..units {
            let (en, ru) = match i % 5 {
                0 => ("<tuv xml:lang=\"en\">", "<tuv lang=\"RU\">"),
                1 => ("<tuv xml:lang=\"en\">", "<tuv xml:lang=\"ru\">"),
                2 => ("<tuv xml:lang=\"de\">", "<tuv xml:lang=\"ru\">"),
                3 => ("<tuv xml:lang=\"en\">", "<tuv xml:lang=\"kk\">"),
                _ => ("<tuv xml:lang=\"en-US\">", "<tuv xml:lang=\"ru\">"),
            };
            let sep = ["\n", "\r\n", " Қазақ ", ""][i % 4];
            let _ = write!(
                s,
                "<tu tuid=\"{}\">{en}<seg>Unit {}\nline &amp; two</seg></tuv>{sep}{ru}<seg>Единица \
                 <ph x=\"1\">&lt;b/&gt;</ph>{}</seg></tuv>{}</tu>{sep}{}",
                i % 700,
                i % 150,
                i % 150,
                if i % 7 == 0 {
                    "<prop type=\"x\">late</prop><x-odd/>"
                } else {
                    ""
                },
                body_extra(i),
            );
        }
        s.push_str("</body>\n</tmx>\n");
        s
    }

    fn tiny(window: usize) -> Limits {
        Limits { min_bytes: 0, window }
    }

    fn on_threads<T: Send>(f: impl FnOnce() -> T + Send) -> T {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(3).build().unwrap();
        pool.install(f)
    }

    fn one_thread(path: &Path) -> (Result<Stats, Error>, Vec<Warning>, Report) {
        let mut warnings = Vec::new();
        let stats = Reader::open(path).and_then(|r| Stats::collect(r, |w| warnings.push(w)));
        let report = Reader::open(path).map_or_else(Report::failed, Report::check);
        (stats, warnings, report)
    }

    fn same_report(a: &Report, b: &Report) {
        assert_eq!(a.units, b.units);
        assert_eq!(a.violation_count, b.violation_count);
        assert_eq!(a.violations, b.violations);
        assert_eq!(a.notices, b.notices);
        assert_eq!(format!("{:?}", a.error), format!("{:?}", b.error));
    }

    use crate::error::Error;

    #[test]
    fn counting_keeps_every_warning_and_what_stats_and_validate_read() {
        // Administrative attributes (a bad date, an unknown name), notes and props of units and
        // variants, inline elements with attributes, besides what `memory` warns about.
        let admin = |i: usize| {
            if i % 5 != 0 {
                return String::new();
            }
            format!(
                "<tu tuid=\"a{i}\" creationdate=\"2024-01-01\" changeid=\"me\" x-odd=\"1\">\
                 <note>unit note</note><prop type=\"x-domain\">law</prop>\
                 <tuv xml:lang=\"en\" creationid=\"ann\"><prop type=\"x-v\">v</prop><seg>A <bpt i=\"1\" x=\"2\">&lt;b&gt;</bpt>b<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv>\
                 <tuv xml:lang=\"ru\" usagecount=\"x\"><note>n</note><seg>А б</seg></tuv></tu>"
            )
        };
        let text = memory(200, admin);
        let read = |counting: bool| {
            let reader = Reader::from_slice(text.as_bytes()).unwrap();
            let mut reader = if counting { reader.counting() } else { reader };
            let mut units = Vec::new();
            while let Some(unit) = reader.next_unit().unwrap() {
                units.push((unit, reader.take_warnings(), reader.position()));
            }
            (units, reader.take_warnings())
        };
        let ((all, all_end), (counted, counted_end)) = (read(false), read(true));
        assert_eq!(all.len(), counted.len());
        assert_eq!(all_end, counted_end);
        let kept =
            |u: &TranslationUnit| !u.props.is_empty() || !u.notes.is_empty() || u.admin != Default::default();
        assert!(all.iter().filter(|(u, _, _)| kept(u)).count() >= 40);
        for ((a, a_warnings, a_at), (c, c_warnings, c_at)) in all.iter().zip(&counted) {
            assert_eq!(a_warnings, c_warnings);
            assert_eq!(a_at, c_at);
            assert_eq!((&a.tuid, &a.srclang, a.segtype), (&c.tuid, &c.srclang, c.segtype));
            assert_eq!(crate::text::unit_key(a), crate::text::unit_key(c));
            let langs = |u: &TranslationUnit| u.variants.iter().map(|v| v.lang.clone()).collect::<Vec<_>>();
            assert_eq!(langs(a), langs(c));
            assert!(
                !kept(c)
                    && c.variants
                        .iter()
                        .all(|v| v.props.is_empty() && v.notes.is_empty())
            );
        }
    }

    #[test]
    fn pieces_read_in_parallel_give_what_one_thread_gives() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.tmx");
        let text = memory(900, |i| {
            if i % 11 == 0 {
                "stray ".into()
            } else {
                String::new()
            }
        });
        // As written, and with a UTF-8 BOM (which quick-xml skips without counting) and CRLF.
        let bom_crlf = format!("\u{FEFF}{}", text.replace('\n', "\r\n"));
        for text in [text, bom_crlf] {
            std::fs::write(&path, text).unwrap();
            let (stats, warnings, report) = one_thread(&path);
            let stats = stats.unwrap();
            assert!(
                stats.duplicates > 0 && stats.duplicate_tuids > 0 && stats.warnings > 100,
                "{stats:?}"
            );
            assert!(report.violation_count > 0);
            for window in [700, 4096, 50_000, 1 << 20] {
                let (split, split_warnings, split_report) = on_threads(|| {
                    let mut w = Vec::new();
                    let s = Stats::collect_split(&path, tiny(window), &mut |x| w.push(x));
                    (s, w, Report::check_split(&path, tiny(window)))
                });
                assert_eq!(split.as_ref(), Some(&stats), "window {window}");
                assert_eq!(split_warnings, warnings, "window {window}");
                same_report(&split_report.expect("split"), &report);
            }
        }
    }

    #[test]
    fn a_cut_in_a_comment_or_cdata_is_never_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.tmx");
        let odd = |i: usize| match i % 3 {
            0 => "<!-- <tu> <tu tuid=\"x\"><tuv><seg>no</seg></tuv></tu> -->".to_owned(),
            1 => "<tu><tuv xml:lang=\"en\"><seg><![CDATA[<tu> </tu><tu >]]></seg></tuv></tu>".to_owned(),
            _ => "<?pi <tu ?>".to_owned(),
        };
        std::fs::write(&path, memory(600, odd)).unwrap();
        let (stats, warnings, report) = one_thread(&path);
        let stats = stats.unwrap();
        for window in [300, 1000, 5000] {
            let (split, split_warnings, split_report) = on_threads(|| {
                let mut w = Vec::new();
                let s = Stats::collect_split(&path, tiny(window), &mut |x| w.push(x));
                (s, w, Report::check_split(&path, tiny(window)))
            });
            // Either the cuts proved right and the result is the same, or the file is read again.
            if let Some(split) = split {
                assert_eq!(split, stats);
                assert_eq!(split_warnings, warnings);
            }
            if let Some(r) = split_report {
                same_report(&r, &report);
            }
        }
    }

    #[test]
    fn broken_and_truncated_files_are_read_again_on_one_thread() {
        let dir = tempfile::tempdir().unwrap();
        let good = memory(400, |_| String::new());
        let at = good.len() * 3 / 4;
        let at = at + good[at..].find("<tuv").unwrap();
        let mut bad_utf8 = good.clone().into_bytes();
        bad_utf8[at + 30] = 0xFF;
        let cases: [(&str, Vec<u8>, ErrorKind); 3] = [
            (
                "mismatched.tmx",
                format!("{}</seg>{}", &good[..at], &good[at..]).into_bytes(),
                ErrorKind::Syntax,
            ),
            (
                "truncated.tmx",
                good.as_bytes()[..good.rfind("</body>").unwrap()].to_vec(),
                ErrorKind::Truncated,
            ),
            ("bytes.tmx", bad_utf8, ErrorKind::Encoding),
        ];
        for (name, bytes, kind) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let (stats, _, report) = one_thread(&path);
            let error = stats.unwrap_err();
            assert_eq!(error.kind(), kind, "{name}: {error}");
            on_threads(|| {
                assert!(
                    Stats::collect_split(&path, tiny(2000), &mut |_| {}).is_none(),
                    "{name}"
                );
                assert!(Report::check_split(&path, tiny(2000)).is_none(), "{name}");
                // The public entry points give the one-thread error, at the same place.
                let again = Stats::collect_file(&path, |_| {}).unwrap_err();
                assert_eq!(again.to_string(), error.to_string());
                same_report(&Report::check_file(&path).unwrap(), &report);
            });
        }
    }
}
