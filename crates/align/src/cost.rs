//! The cost of a bead: Gale–Church's length cost plus the anchor evidence, and the confidence
//! score derived from the same two parts.
//!
//! Gale and Church (1993) model the length of a translation as proportional to the length of its
//! original, with a variance that grows with the length: `δ = (l₂ − c·l₁) / √(s²·c·(l₁ + l₂/c)/2)`
//! is about standard normal for a true pair, and a bead costs `−ln P(shape) − ln 2(1 − Φ(|δ|))`.
//! Here `c` is not a constant for a language pair but the ratio of the two texts' lengths, so a
//! terse translation or a wordy one is modelled as it is. A sentence left out (1:0, 0:1) costs its
//! prior only, since its length says nothing. Anchors then lower the cost of a bead by
//! `match_bonus` per shared anchor weight and raise it by `miss_penalty` per anchor weight found on
//! one side only.

use crate::anchor::Unit;
use serde::Serialize;
use std::borrow::Cow;

/// The knobs of the cost function; [`Params::default`] is what steppe uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Params {
    /// Variance of the length difference per character (Gale–Church: 6.8).
    pub variance: f64,
    /// Cost taken off per unit of shared anchor weight.
    pub match_bonus: f64,
    /// Cost added per unit of anchor weight on one side only.
    pub miss_penalty: f64,
    /// Cost taken off a bead that ends a paragraph on both sides, when the paragraph counts differ
    /// (with as many paragraphs on both sides, they bound the search instead).
    pub paragraph_bonus: f64,
    /// Prior probability of each bead shape (source sentences, target sentences, probability).
    pub priors: Vec<(usize, usize, f64)>,
}

impl Default for Params {
    /// Gale and Church's variance and priors (1:1 0.89, 1:0 and 0:1 0.0099 together, 2:1 and 1:2
    /// 0.089 together, 2:2 0.011); a bonus of 1 per shared anchor and a penalty of 0.5 per missing one;
    /// a bonus of 1 for a bead ending a paragraph on both sides.
    fn default() -> Self {
        Params {
            variance: 6.8,
            match_bonus: 1.0,
            miss_penalty: 0.5,
            paragraph_bonus: 1.0,
            priors: vec![
                (1, 1, 0.89),
                (1, 0, 0.0099 / 2.0),
                (0, 1, 0.0099 / 2.0),
                (2, 1, 0.089 / 2.0),
                (1, 2, 0.089 / 2.0),
                (2, 2, 0.011),
            ],
        }
    }
}

/// Scores beads of units against each other for one pair of texts.
pub(crate) struct Scorer<'a> {
    pub params: &'a Params,
    /// Target characters per source character.
    pub ratio: f64,
    pub weights: &'a [f32],
}

/// The parts a bead's cost and score are made of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Parts {
    /// Gale–Church's δ (0 when a side is empty).
    pub delta: f64,
    /// Anchor weight shared by both sides.
    pub matched: f64,
    /// Anchor weight on one side only.
    pub missed: f64,
}

impl Scorer<'_> {
    /// The evidence of a bead joining `source` units with `target` units.
    pub fn parts(&self, source: &[Unit], target: &[Unit]) -> Parts {
        let l1: usize = source.iter().map(|u| u.chars).sum();
        let l2: usize = target.iter().map(|u| u.chars).sum();
        let delta = if source.is_empty() || target.is_empty() {
            0.0
        } else {
            let (l1, l2, c) = (l1 as f64, l2 as f64, self.ratio);
            let spread = (self.params.variance * c * (l1 + l2 / c) / 2.0).max(1e-9).sqrt();
            (l2 - c * l1) / spread
        };
        let (matched, missed) = self.compare(source, target);
        Parts {
            delta,
            matched,
            missed,
        }
    }

    /// The cost of a bead (lower is better); `prior` is its shape's probability.
    pub fn cost(&self, parts: Parts, prior: f64, empty_side: bool) -> f64 {
        let length = if empty_side {
            0.0
        } else {
            -(2.0 * (1.0 - phi(parts.delta.abs()))).max(1e-12).ln()
        };
        length - prior.ln() - self.params.match_bonus * parts.matched
            + self.params.miss_penalty * parts.missed
    }

    /// Shared and one-sided anchor weight, merging the sorted anchor lists of each side.
    fn compare(&self, source: &[Unit], target: &[Unit]) -> (f64, f64) {
        let (a, b) = (counts(source), counts(target));
        let (mut i, mut j) = (0, 0);
        let (mut matched, mut missed) = (0.0, 0.0);
        let w = |id: u32| f64::from(self.weights[id as usize]);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(&(x, n)), Some(&(y, m))) if x == y => {
                    matched += w(x) * f64::from(n.min(m));
                    missed += w(x) * f64::from(n.abs_diff(m));
                    i += 1;
                    j += 1;
                }
                (Some(&(x, n)), Some(&(y, _))) if x < y => {
                    missed += w(x) * f64::from(n);
                    i += 1;
                }
                (Some(&(x, n)), None) => {
                    missed += w(x) * f64::from(n);
                    i += 1;
                }
                (_, Some(&(y, m))) => {
                    missed += w(y) * f64::from(m);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        (matched, missed)
    }
}

/// The anchor counts of a run of units, merged (no allocation for one unit).
fn counts(units: &[Unit]) -> Cow<'_, [(u32, u16)]> {
    match units {
        [] => Cow::Borrowed(&[]),
        [one] => Cow::Borrowed(&one.anchors),
        [a, b] if a.anchors.is_empty() => Cow::Borrowed(&b.anchors),
        [a, b] if b.anchors.is_empty() => Cow::Borrowed(&a.anchors),
        [a, b] => Cow::Owned(crate::anchor::merge2(&a.anchors, &b.anchors)),
        many => Cow::Owned(Unit::concat(many).anchors),
    }
}

/// The confidence in a bead, between 0 and 1: how well the lengths agree (`exp(−δ²/8)`: 0.88 at
/// one standard deviation, 0.61 at two), averaged with the share of anchor weight both sides
/// share when there is any, times 0.9 for a 2:1 or 1:2 bead and 0.8 for a 2:2 one.
/// A bead with an empty side scores 0: it is a sentence without a translation.
pub(crate) fn confidence(parts: Parts, shape: (usize, usize)) -> f32 {
    if shape.0 == 0 || shape.1 == 0 {
        return 0.0;
    }
    let length = (-parts.delta * parts.delta / 8.0).exp();
    let total = 2.0 * parts.matched + parts.missed;
    let evidence = if total > 0.0 {
        (length + 2.0 * parts.matched / total) / 2.0
    } else {
        length
    };
    let shape_factor = match shape.0 + shape.1 {
        2 => 1.0,
        3 => 0.9,
        _ => 0.8,
    };
    (evidence * shape_factor) as f32
}

/// The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8).
fn phi(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.231_641_9 * x.abs());
    let poly = t
        * (0.319_381_530
            + t * (-0.356_563_782 + t * (1.781_477_937 + t * (-1.821_255_978 + t * 1.330_274_429))));
    let tail = (-x * x / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt() * poly;
    if x >= 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(chars: usize, anchors: &[(u32, u16)]) -> Unit {
        Unit {
            chars,
            anchors: anchors.to_vec(),
            marker: false,
        }
    }

    #[test]
    fn phi_matches_tables() {
        assert!((phi(0.0) - 0.5).abs() < 1e-7);
        assert!((phi(1.96) - 0.975).abs() < 1e-4);
        assert!((phi(-1.0) - 0.158_655).abs() < 1e-5);
    }

    #[test]
    fn lengths_in_the_text_ratio_cost_less_than_others() {
        let params = Params::default();
        let s = Scorer {
            params: &params,
            ratio: 1.2,
            weights: &[],
        };
        let good = s.parts(&[unit(100, &[])], &[unit(120, &[])]);
        let bad = s.parts(&[unit(100, &[])], &[unit(40, &[])]);
        assert!(good.delta.abs() < 1e-9);
        assert!(s.cost(good, 0.89, false) < s.cost(bad, 0.89, false));
        assert!(confidence(good, (1, 1)) > 0.99 && confidence(bad, (1, 1)) < 0.5);
    }

    #[test]
    fn shared_anchors_lower_the_cost_and_one_sided_ones_raise_it() {
        let params = Params::default();
        let weights = [1.0, 0.5];
        let s = Scorer {
            params: &params,
            ratio: 1.0,
            weights: &weights,
        };
        let p = s.parts(&[unit(10, &[(0, 1), (1, 2)])], &[unit(10, &[(1, 1)])]);
        assert_eq!((p.matched, p.missed), (0.5, 1.5));
        let merged = s.parts(&[unit(5, &[(0, 1)]), unit(5, &[(0, 1)])], &[unit(10, &[(0, 2)])]);
        assert_eq!((merged.matched, merged.missed), (2.0, 0.0));
        let none = s.parts(&[unit(10, &[])], &[unit(10, &[])]);
        assert!(s.cost(merged, 0.89, false) < s.cost(none, 0.89, false));
        // 0.5 shared (−0.5) and 1.5 one-sided (+0.75): a net 0.25 dearer than no anchors.
        assert!((s.cost(p, 0.89, false) - s.cost(none, 0.89, false) - 0.25).abs() < 1e-9);
    }
}
