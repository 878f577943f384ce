//! The search: the cheapest monotone path of beads through the grid of source × target units, by
//! dynamic programming in a band around the diagonal.
//!
//! Cell (i, j) holds the cheapest way to align the first i source units with the first j target
//! units; a bead of shape (a, b) steps from (i − a, j − b). Only cells within `band` of the
//! diagonal `j = i·m/n` are filled, so the work is O((n + m) · band) instead of O(n · m). When the
//! best path runs along the edge of the band (or the band leaves the end unreachable), the band is
//! doubled and the search run again, until the path stays inside or the band covers the grid.

use std::ops::Range;

/// Half-width of the first band, in units.
pub(crate) const FIRST_BAND: usize = 16;

/// One bead of a path: the source and target units it joins.
pub(crate) type Step = (Range<usize>, Range<usize>);

/// The cheapest path of beads of the given `shapes` from (0, 0) to (n, m). `cost(src, tgt)` gives the
/// cost of a bead; the beads come back in order and cover both sides exactly once.
pub(crate) fn best_path<F>(n: usize, m: usize, shapes: &[(usize, usize)], mut cost: F) -> Vec<Step>
where
    F: FnMut(Range<usize>, Range<usize>) -> f64,
{
    let mut band = FIRST_BAND;
    loop {
        let full = band >= n.max(m);
        if let Some(path) = banded(n, m, shapes, band, &mut cost, full) {
            return path;
        }
        band *= 2;
    }
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

/// The path within a band of half-width `band`; `None` when it touches the band's edge (unless
/// `full`) or cannot reach the end.
fn banded<F>(
    n: usize,
    m: usize,
    shapes: &[(usize, usize)],
    band: usize,
    cost: &mut F,
    full: bool,
) -> Option<Vec<Step>>
where
    F: FnMut(Range<usize>, Range<usize>) -> f64,
{
    let span = |i: usize| -> (usize, usize) {
        if full || n == 0 {
            return (0, m);
        }
        let centre = (i * m + n / 2) / n;
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
        return None;
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let row = &rows[i];
        if !full && n > 0 && touches_edge(row, j, m) {
            return None;
        }
        let (a, b) = shapes[usize::from(row.back[j - row.lo])];
        path.push((i - a..i, j - b..j));
        i -= a;
        j -= b;
    }
    path.reverse();
    Some(path)
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
        best_path(src.len(), tgt.len(), &SHAPES, |s, t| {
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
