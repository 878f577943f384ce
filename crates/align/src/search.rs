//! The search: the cheapest monotone path of beads through the grid of source × target units, by
//! dynamic programming in a band around the diagonal.
//!
//! Cell (i, j) holds the cheapest way to align the first i source units with the first j target
//! units; a bead of shape (a, b) steps from (i − a, j − b). Only cells within `band` of a guide
//! diagonal are filled, so the work is O((n + m) · band) instead of O(n · m). The guide is the
//! length diagonal: row i is centred on the target unit where as much of the target text has gone
//! by as of the source text by unit i (so a translation that splits or joins many sentences in one
//! stretch does not pull the path off the guide), or `j = i·m/n` when no lengths are given. When
//! the best path runs along the edge of the band (or the band leaves the end unreachable), the band
//! is doubled and the search run again, until the path stays inside or the band covers the grid.

use std::ops::Range;

/// Half-width of the first band, in units.
pub(crate) const FIRST_BAND: usize = 16;

/// One bead of a path: the source and target units it joins.
pub(crate) type Step = (Range<usize>, Range<usize>);

/// The cheapest path of beads of the given `shapes` from (0, 0) to (n, m). `cost(src, tgt)` gives the
/// cost of a bead; the beads come back in order and cover both sides exactly once. `lengths`, the
/// lengths of the source and target units, set the guide diagonal (see the module docs).
pub(crate) fn best_path<F>(
    n: usize,
    m: usize,
    shapes: &[(usize, usize)],
    lengths: Option<(&[usize], &[usize])>,
    mut cost: F,
) -> Vec<Step>
where
    F: FnMut(Range<usize>, Range<usize>) -> f64,
{
    let centres = guide(n, m, lengths);
    let full = FIRST_BAND >= n.max(m);
    match banded(n, m, shapes, &centres, FIRST_BAND, &mut cost, full) {
        Outcome::Inside(path) => path,
        // On a long document the path touches the edge somewhere almost surely; searching the
        // whole grid again for each such spot made the passes grow with the length. Only the
        // stretches around the spots are searched again, between points of the path.
        Outcome::Edge(path, touches) => refine(&path, &touches, shapes, lengths, &mut cost)
            .unwrap_or_else(|| search_grid(n, m, shapes, path_centres(&path, n), 1, &mut cost)),
        Outcome::Unreachable => search_grid(n, m, shapes, centres, MAX_MOVES, &mut cost),
    }
}

/// The first guide: the length diagonal, or `j = i·m/n` without lengths.
fn guide(n: usize, m: usize, lengths: Option<(&[usize], &[usize])>) -> Vec<usize> {
    match lengths {
        Some((a, b)) if a.len() == n && b.len() == m => length_diagonal(a, b),
        _ => (0..=n)
            .map(|i| (i * m + n / 2).checked_div(n).unwrap_or(0))
            .collect(),
    }
}

/// The search over the whole grid from a guide: the band is moved onto the last path while it
/// touches an edge (at most [`MAX_MOVES`] times, counting `moves` already made), then widened.
fn search_grid<F>(
    n: usize,
    m: usize,
    shapes: &[(usize, usize)],
    mut centres: Vec<usize>,
    mut moves: usize,
    cost: &mut F,
) -> Vec<Step>
where
    F: FnMut(Range<usize>, Range<usize>) -> f64,
{
    let mut band = FIRST_BAND;
    if moves >= MAX_MOVES {
        band *= 2;
        moves = 0;
    }
    loop {
        let full = band >= n.max(m);
        match banded(n, m, shapes, &centres, band, cost, full) {
            Outcome::Inside(path) => return path,
            // The path ran along an edge: centre the band on it and look again, which follows a
            // slow drift at the cost of one more pass; if that keeps happening, widen the band.
            Outcome::Edge(path, _) if moves < MAX_MOVES => {
                centres = path_centres(&path, n);
                moves += 1;
            }
            Outcome::Edge(..) | Outcome::Unreachable => {
                band *= 2;
                moves = 0;
            }
        }
    }
}

/// Steps of the path kept on each side of a spot that touched the band's edge, as the stretch
/// searched again by [`refine`].
const MARGIN: usize = 8 * FIRST_BAND;

/// Searches again, each on its own, the stretches of `path` around the steps in `touches` (with
/// [`MARGIN`] steps on each side, overlapping stretches joined), between the path's points that
/// begin and end them; `None` when a stretch would be the whole path (then the caller searches
/// the whole grid again).
fn refine<F>(
    path: &[Step],
    touches: &[usize],
    shapes: &[(usize, usize)],
    lengths: Option<(&[usize], &[usize])>,
    cost: &mut F,
) -> Option<Vec<Step>>
where
    F: FnMut(Range<usize>, Range<usize>) -> f64,
{
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    for &k in touches {
        let (a, b) = (k.saturating_sub(MARGIN), (k + MARGIN).min(path.len() - 1));
        match stretches.last_mut() {
            Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
            _ => stretches.push((a, b)),
        }
    }
    if stretches.iter().any(|&(a, b)| a == 0 && b == path.len() - 1) {
        return None;
    }
    let mut out = Vec::with_capacity(path.len());
    let mut next = 0;
    for (a, b) in stretches {
        out.extend_from_slice(&path[next..a]);
        let (i0, j0) = (path[a].0.start, path[a].1.start);
        let (i1, j1) = (path[b].0.end, path[b].1.end);
        let sub_lengths = lengths.map(|(s, t)| (&s[i0..i1], &t[j0..j1]));
        let (n, m) = (i1 - i0, j1 - j0);
        let centres = guide(n, m, sub_lengths);
        let mut offset =
            |x: Range<usize>, y: Range<usize>| cost(x.start + i0..x.end + i0, y.start + j0..y.end + j0);
        let sub = search_grid(n, m, shapes, centres, 0, &mut offset);
        out.extend(
            sub.into_iter()
                .map(|(x, y)| (x.start + i0..x.end + i0, y.start + j0..y.end + j0)),
        );
        next = b + 1;
    }
    out.extend_from_slice(&path[next..]);
    Some(out)
}

/// How many times the band is moved onto the last path before it is widened instead.
const MAX_MOVES: usize = 4;

/// What a search in a band found.
enum Outcome {
    /// The best path, clear of the band's edges.
    Inside(Vec<Step>),
    /// The best path within the band, which touches one of its edges, and the indices of the
    /// steps that touch it.
    Edge(Vec<Step>, Vec<usize>),
    /// No path within the band reaches the end.
    Unreachable,
}

/// For each row 0..=n, the middle of the target cells the path visits in it (a row a 2:1 bead
/// jumps over takes the cell the bead starts from).
fn path_centres(path: &[Step], n: usize) -> Vec<usize> {
    let mut span: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    span[0] = Some((0, 0));
    for (s, t) in path {
        let cell = span[s.end].get_or_insert((t.end, t.end));
        cell.0 = cell.0.min(t.end);
        cell.1 = cell.1.max(t.end);
        for skipped in span.iter_mut().take(s.end).skip(s.start + 1) {
            skipped.get_or_insert((t.start, t.start));
        }
        if s.is_empty() {
            let cell = span[s.end].get_or_insert((t.start, t.start));
            cell.0 = cell.0.min(t.start);
        }
    }
    let mut last = 0;
    span.into_iter()
        .map(|c| {
            last = c.map_or(last, |(lo, hi)| (lo + hi) / 2);
            last
        })
        .collect()
}

/// One row of the band: the target range it covers, with costs and the shape used to reach each cell.
struct Row {
    lo: usize,
    cost: Vec<f64>,
    back: Vec<u8>,
}

impl Row {
    fn get(&self, j: usize) -> Option<f64> {
        j.checked_sub(self.lo).and_then(|k| self.cost.get(k)).copied()
    }
}

/// The best path within a band of half-width `band` around `centres`, and whether it touches the
/// band's edge (never when `full`).
fn banded<F>(
    n: usize,
    m: usize,
    shapes: &[(usize, usize)],
    centres: &[usize],
    band: usize,
    cost: &mut F,
    full: bool,
) -> Outcome
where
    F: FnMut(Range<usize>, Range<usize>) -> f64,
{
    let span = |i: usize| -> (usize, usize) {
        if full || n == 0 {
            return (0, m);
        }
        let centre = centres[i];
        (centre.saturating_sub(band), (centre + band).min(m))
    };
    let mut rows: Vec<Row> = Vec::with_capacity(n + 1);
    for i in 0..=n {
        let (lo, hi) = span(i);
        let mut row = Row {
            lo,
            cost: vec![f64::INFINITY; hi - lo + 1],
            back: vec![u8::MAX; hi - lo + 1],
        };
        for j in lo..=hi {
            if i == 0 && j == 0 {
                row.cost[0] = 0.0;
                continue;
            }
            for (s, &(a, b)) in shapes.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let before = if a == 0 {
                    row.get(j - b)
                } else {
                    rows[i - a].get(j - b)
                };
                let Some(before) = before.filter(|c| c.is_finite()) else {
                    continue;
                };
                let total = before + cost(i - a..i, j - b..j);
                if total < row.cost[j - lo] {
                    row.cost[j - lo] = total;
                    row.back[j - lo] = s as u8;
                }
            }
        }
        rows.push(row);
    }
    if !rows[n].get(m).is_some_and(f64::is_finite) {
        return Outcome::Unreachable;
    }
    let mut path = Vec::new();
    let mut touches = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let row = &rows[i];
        if !full && n > 0 && touches_edge(row, j, m) {
            touches.push(path.len());
        }
        let (a, b) = shapes[usize::from(row.back[j - row.lo])];
        path.push((i - a..i, j - b..j));
        i -= a;
        j -= b;
    }
    path.reverse();
    if !touches.is_empty() {
        let last = path.len() - 1;
        let touches = touches.into_iter().rev().map(|k| last - k).collect();
        Outcome::Edge(path, touches)
    } else {
        Outcome::Inside(path)
    }
}

/// For each source boundary i (0..=n), the target boundary whose share of the target text is
/// closest to the share of the source text before i; 0 at the start and m at the end.
fn length_diagonal(src: &[usize], tgt: &[usize]) -> Vec<usize> {
    let (total_s, total_t) = (src.iter().sum::<usize>().max(1), tgt.iter().sum::<usize>().max(1));
    let mut centres = Vec::with_capacity(src.len() + 1);
    let (mut j, mut before_t, mut before_s) = (0usize, 0usize, 0usize);
    for i in 0..=src.len() {
        // Shares compared as cross products: before_t / total_t against before_s / total_s.
        let want = before_s as u128 * total_t as u128;
        while j < tgt.len() {
            let here = (before_t as u128 * total_s as u128).abs_diff(want);
            let next = ((before_t + tgt[j]) as u128 * total_s as u128).abs_diff(want);
            if next > here {
                break;
            }
            before_t += tgt[j];
            j += 1;
        }
        centres.push(j);
        if let Some(&l) = src.get(i) {
            before_s += l;
        }
    }
    if let Some(last) = centres.last_mut() {
        *last = tgt.len();
    }
    if !src.is_empty() {
        centres[0] = 0;
    }
    centres
}

/// Whether cell j is on an edge of the row's band that is not an edge of the grid.
fn touches_edge(row: &Row, j: usize, m: usize) -> bool {
    let hi = row.lo + row.cost.len() - 1;
    (row.lo > 0 && j <= row.lo) || (hi < m && j >= hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPES: [(usize, usize); 5] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)];

    /// A toy cost on lengths: a one-sided bead costs 5, others the length difference plus 3 unless 1:1.
    fn align(src: &[usize], tgt: &[usize]) -> Vec<Step> {
        best_path(src.len(), tgt.len(), &SHAPES, None, |s, t| {
            if s.is_empty() || t.is_empty() {
                return 5.0;
            }
            let a: usize = src[s.clone()].iter().sum();
            let b: usize = tgt[t.clone()].iter().sum();
            a.abs_diff(b) as f64 + if s.len() + t.len() == 2 { 0.0 } else { 3.0 }
        })
    }

    #[test]
    fn finds_merges_and_omissions() {
        let path = align(&[10, 20, 30, 40, 50], &[10, 50, 40, 50]);
        assert_eq!(path, vec![(0..1, 0..1), (1..3, 1..2), (3..4, 2..3), (4..5, 3..4)]);
        let path = align(&[10, 77, 30], &[10, 30]);
        assert_eq!(path, vec![(0..1, 0..1), (1..2, 1..1), (2..3, 1..2)]);
    }

    #[test]
    fn empty_sides_give_one_sided_beads() {
        assert_eq!(align(&[], &[5, 6]), vec![(0..0, 0..1), (0..0, 1..2)]);
        assert_eq!(align(&[5], &[]), vec![(0..1, 0..0)]);
        assert!(align(&[], &[]).is_empty());
    }

    #[test]
    fn the_length_diagonal_follows_the_text_not_the_sentence_count() {
        // Ten short source units, then one long one; the target has one unit per source unit's length.
        assert_eq!(
            length_diagonal(&[10, 10, 20], &[10, 10, 10, 10]),
            vec![0, 1, 2, 4]
        );
        assert_eq!(length_diagonal(&[5, 5], &[]), vec![0, 0, 0]);
        assert_eq!(length_diagonal(&[], &[3]), vec![1]);
        assert_eq!(length_diagonal(&[0, 0], &[0, 0]), vec![0, 2, 2]);
    }

    #[test]
    fn path_centres_are_the_middle_of_each_row() {
        let path = vec![(0..1, 0..1), (1..1, 1..3), (1..3, 3..4), (3..4, 4..4)];
        // Row 1 holds cells 1..=3 (a 0:2 run), row 2 is jumped over by the 2:1 bead from (1, 3).
        assert_eq!(path_centres(&path, 4), vec![0, 2, 3, 4, 4]);
    }

    #[test]
    fn a_local_drift_in_a_long_text_is_searched_again_locally_and_found() {
        // 1,500 source units; the target leaves out 40 of them in the middle, so the path drifts
        // off the diagonal there only. The result equals the search over the whole grid.
        let src: Vec<usize> = (0..1500).map(|i| 10 + (i * 7919) % 90).collect();
        let tgt: Vec<usize> = src
            .iter()
            .enumerate()
            .filter(|(i, _)| !(700..740).contains(i))
            .map(|(_, &l)| l)
            .collect();
        let cost = |s: Range<usize>, t: Range<usize>| {
            if s.is_empty() || t.is_empty() {
                return 5.0;
            }
            let a: usize = src[s.clone()].iter().sum();
            let b: usize = tgt[t.clone()].iter().sum();
            a.abs_diff(b) as f64 + if s.len() + t.len() == 2 { 0.0 } else { 3.0 }
        };
        let path = best_path(src.len(), tgt.len(), &SHAPES, None, cost);
        let centres = guide(src.len(), tgt.len(), None);
        let mut full_cost = cost;
        let Outcome::Inside(exact) = banded(src.len(), tgt.len(), &SHAPES, &centres, 0, &mut full_cost, true)
        else {
            panic!("the full grid has no edge");
        };
        let total = |p: &[Step]| p.iter().map(|(s, t)| cost(s.clone(), t.clone())).sum::<f64>();
        assert_eq!(total(&path), total(&exact));
        let left_out = |p: &[Step]| p.iter().filter(|(_, t)| t.is_empty()).count();
        assert!(left_out(&path) >= 39, "{}", left_out(&path));
    }

    #[test]
    fn the_band_widens_when_the_path_leaves_the_diagonal() {
        // 60 source units of which the first 40 have no counterpart: the path runs far off the diagonal.
        let src: Vec<usize> = (0..60).map(|i| if i < 40 { 1000 + i } else { i }).collect();
        let tgt: Vec<usize> = (40..60).collect();
        let path = align(&src, &tgt);
        let ones: Vec<&Step> = path
            .iter()
            .filter(|(s, t)| s.len() == 1 && t.len() == 1)
            .collect();
        assert_eq!(ones.len(), 20);
        assert!(ones.iter().all(|(s, t)| s.start == t.start + 40), "{path:?}");
    }
}
