//! Stage 2: hyphens. Words split across lines (`slight-est`), real compounds (`Euro-Atlantic`),
//! spaced hyphens (`NATO- Kazakhstan`) and compounds glued together (`militarypolitical`).
//!
//! The decisions rest on the document itself ([`Vocab`]): how often the joined and the hyphenated
//! forms occur, whether the parts occur as words, plus three data lists: prefixes that keep their
//! hyphen (`data/hyphen-prefixes.txt`), particles written with one (`data/hyphen-particles.txt`:
//! `какой-либо`) and endings that are never words (`data/hyphen-suffixes.txt`).

use crate::edit::Edit;
use crate::words::{self, compounds, lower};
use crate::{tables, RepairKind};
use rustc_hash::FxHashMap;

/// Hyphens that may end a line: ASCII, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
const HYPHENS: &[char] = &['-', '‐', '‑'];
/// How often the document must print a compound before its glued form counts as an error.
const GLUED_MIN_COMPOUNDS: usize = 2;
/// Shortest glued word worth checking against the document's compounds.
const GLUED_MIN_CHARS: usize = 6;
/// Shortest parts of a hyphenated pair taken for a compound without other evidence.
const COMPOUND_MIN_LEFT: usize = 3;
/// See [`COMPOUND_MIN_LEFT`].
const COMPOUND_MIN_RIGHT: usize = 6;
/// Shortest ending taken for a word split by a stray space (`stead ily`).
const SPACED_SUFFIX_MIN: usize = 3;

/// Word and compound counts of one document.
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    /// Lower-cased words (compound parts included) and their counts.
    words: FxHashMap<String, usize>,
    /// Lower-cased parts of hyphenated compounds and how often they occur inside one.
    in_compounds: FxHashMap<String, usize>,
    /// Lower-cased compound with its hyphens taken out → (form as first printed, count).
    compounds: FxHashMap<String, (String, usize)>,
}

/// What to do with a hyphen between two word parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// A split word: drop the hyphen.
    Join,
    /// A real compound: keep the hyphen.
    Keep,
    /// No evidence either way.
    Undecided,
}

impl Vocab {
    /// Counts the words and compounds of `texts` (the document's lines, in order).
    pub(crate) fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vocab {
        let mut v = Vocab::default();
        // The fragment starting a line after a line-end hyphen is not a word of the document.
        let mut after_hyphen = false;
        for text in texts {
            for word in words::words(text).skip(usize::from(after_hyphen)) {
                bump(&mut v.words, word);
            }
            after_hyphen = text.ends_with(HYPHENS);
            if !text.contains('-') {
                continue;
            }
            for compound in compounds(text) {
                let parts: Vec<&str> = compound.split('-').collect();
                for part in &parts {
                    *v.in_compounds.entry(part.to_lowercase()).or_default() += 1;
                }
                let key = parts.concat().to_lowercase();
                v.compounds
                    .entry(key)
                    .or_insert_with(|| (compound.to_owned(), 0))
                    .1 += 1;
            }
        }
        v
    }

    /// Occurrences of `word` (any case).
    pub(crate) fn count(&self, word: &str) -> usize {
        self.words.get(lower(word).as_ref()).copied().unwrap_or(0)
    }

    /// Occurrences of `word`, which is already lower case.
    fn count_lower(&self, word: &str) -> usize {
        self.words.get(word).copied().unwrap_or(0)
    }

    /// Every lower-cased word with its count.
    pub(crate) fn words(&self) -> impl Iterator<Item = (&str, usize)> {
        self.words.iter().map(|(w, &n)| (w.as_str(), n))
    }

    /// Occurrences of `word` outside hyphenated compounds.
    fn standalone(&self, word: &str) -> usize {
        let lower = lower(word);
        self.count(&lower)
            .saturating_sub(self.in_compounds.get(lower.as_ref()).copied().unwrap_or(0))
    }

    fn hyphenated(&self, left: &str, right: &str) -> usize {
        let key = format!("{left}{right}").to_lowercase();
        self.compounds.get(&key).map_or(0, |c| c.1)
    }

    /// Decides a hyphen between `left` and `right` (letters only); `inline` when the hyphen stands
    /// inside a line, where compounds are far likelier than at a line end.
    pub(crate) fn decide(&self, left: &str, right: &str, inline: bool) -> Decision {
        let has_upper_or_digit = |s: &str| s.chars().skip(1).any(|c| c.is_uppercase() || c.is_numeric());
        if has_upper_or_digit(left) || right.chars().any(|c| c.is_uppercase() || c.is_numeric()) {
            return Decision::Keep;
        }
        let joined = self.count(&format!("{left}{right}"));
        // An inline pair counts itself among the compounds; a line-end one does not.
        let elsewhere = self.hyphenated(left, right).saturating_sub(usize::from(inline));
        if joined > elsewhere {
            return Decision::Join;
        }
        if elsewhere > joined {
            return Decision::Keep;
        }
        if tables::hyphen_prefixes().contains(left) || tables::hyphen_particles().contains(right) {
            return Decision::Keep;
        }
        if tables::hyphen_suffixes().contains(right) && self.standalone(right) == 0 {
            return Decision::Join;
        }
        if self.standalone(left) > 0 && self.standalone(right) > 0 {
            return Decision::Keep;
        }
        // A split leaves a fragment after the hyphen; six letters or more that are not a known
        // ending are a word of their own (`combat-readiness`, `above-mentioned`).
        if inline && left.chars().count() >= COMPOUND_MIN_LEFT && right.chars().count() >= COMPOUND_MIN_RIGHT
        {
            return Decision::Keep;
        }
        Decision::Undecided
    }

    /// The hyphenated form of a glued word: the glued form occurs once, the compound at least
    /// twice, and the compound is a real one. Words in capitals (`REALTIME`) are names, not glued.
    pub(crate) fn unglue(&self, word: &str) -> Option<&str> {
        if word.chars().skip(1).any(char::is_uppercase) {
            return None;
        }
        let (form, count) = self.compounds.get(lower(word).as_ref())?;
        let (left, right) = form.split_once('-')?;
        (*count >= GLUED_MIN_COMPOUNDS
            && self.count(word) == 1
            && !form[left.len() + 1..].contains('-')
            && self.decide(left, right, true) == Decision::Keep)
            .then_some(form.as_str())
    }
}

/// Counts `word` lower-cased, allocating only for a word not seen before or not in lower case.
fn bump(counts: &mut FxHashMap<String, usize>, word: &str) {
    let lower: std::borrow::Cow<str> = if word.chars().any(char::is_uppercase) {
        word.to_lowercase().into()
    } else {
        word.into()
    };
    match counts.get_mut(lower.as_ref()) {
        Some(n) => *n += 1,
        None => {
            counts.insert(lower.into_owned(), 1);
        }
    }
}

/// The letters ending `text` (the left part of a hyphen).
fn word_before(text: &str) -> &str {
    let start = text
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    &text[start..]
}

/// The letters starting `text` (the right part of a hyphen).
fn word_after(text: &str) -> &str {
    &text[..text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len())]
}

/// The edit joining two lines of one paragraph: `prev` ends at source offset `gap.start`, the next
/// line starts at `gap.end`. A line-end hyphen is decided by [`Vocab::decide`]; undecided ones are
/// joined (line ends split words far more often than compounds) and reported.
pub(crate) fn line_join(source: &str, gap: std::ops::Range<usize>, vocab: &Vocab) -> Edit {
    let prev = &source[..gap.start];
    let next = &source[gap.end..];
    if let Some(stem) = prev.strip_suffix('\u{AD}') {
        return Edit::new(stem.len()..gap.end, "", RepairKind::SoftHyphen);
    }
    if let Some(stem) = prev.strip_suffix(HYPHENS) {
        let (left, right) = (word_before(stem), word_after(next));
        if !left.is_empty() && !right.is_empty() {
            let whole = stem.len() - left.len()..gap.end + right.len();
            let joined = format!("{left}{right}");
            return match vocab.decide(left, right, false) {
                Decision::Join => Edit::new(whole, joined, RepairKind::SplitWord),
                Decision::Keep => Edit::silent(gap.start..gap.end, ""),
                Decision::Undecided => Edit::new(whole, joined, RepairKind::UndecidedJoin),
            };
        }
    }
    Edit::silent(gap, " ")
}

/// Hyphen edits inside one line starting at source offset `base`.
pub(crate) fn line_edits(line: &str, base: usize, vocab: &Vocab, out: &mut Vec<Edit>) {
    for (i, c) in line.char_indices() {
        if c == '\u{AD}' {
            out.push(Edit::new(base + i..base + i + 2, "", RepairKind::SoftHyphen));
            continue;
        }
        if c != '-' {
            continue;
        }
        let left = word_before(&line[..i]);
        if left.is_empty() {
            continue;
        }
        let rest = &line[i + 1..];
        let spaced = rest.trim_start_matches(' ');
        let gap = rest.len() - spaced.len();
        let right = word_after(spaced);
        if right.is_empty() || (gap > 0 && tables::suspended_words().contains(right)) {
            continue;
        }
        let whole = base + i - left.len()..base + i + 1 + gap + right.len();
        let (joined, hyphenated) = (format!("{left}{right}"), format!("{left}-{right}"));
        let edit = match (gap, vocab.decide(left, right, true)) {
            (0, Decision::Keep) => continue,
            (_, Decision::Join) => Edit::new(whole, joined, RepairKind::SplitWord),
            (_, Decision::Keep) => Edit::new(whole, hyphenated, RepairKind::HyphenSpace),
            (_, Decision::Undecided) => Edit::new(whole, hyphenated, RepairKind::UndecidedJoin),
        };
        out.push(edit);
    }
}

/// Words split by a stray space (`stead ily` → `steadily`) inside one line: the second part is a
/// known ending (`data/hyphen-suffixes.txt`) used nowhere else, or the joined word occurs in the
/// document while neither part does elsewhere.
/// `runs` are the line's [`letter_runs`].
pub(crate) fn spaced_split_edits(
    line: &str,
    runs: &[(usize, &str)],
    base: usize,
    vocab: &Vocab,
    out: &mut Vec<Edit>,
) {
    for pair in runs.windows(2) {
        let ((i, left), (j, right)) = (pair[0], pair[1]);
        if j != i + left.len() + 1 || line.as_bytes()[j - 1] != b' ' {
            continue;
        }
        if !is_lower_word(left) || !is_lower_word(right) {
            continue;
        }
        if vocab.count_lower(right) > 1 || vocab.count_lower(left) > 1 {
            continue;
        }
        let joined = format!("{left}{right}");
        let ending = right.chars().count() >= SPACED_SUFFIX_MIN && tables::hyphen_suffixes().contains(right);
        if ending || vocab.count_lower(&joined) > 0 {
            out.push(Edit::new(
                base + i..base + j + right.len(),
                joined,
                RepairKind::SplitWord,
            ));
        }
    }
}

/// Lower-case letters only.
fn is_lower_word(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
}

/// Glued-compound edits (`militarypolitical` → `military-political`) inside one line whose
/// [`letter_runs`] are `runs`.
pub(crate) fn glued_edits(
    line: &str,
    runs: &[(usize, &str)],
    base: usize,
    vocab: &Vocab,
    out: &mut Vec<Edit>,
) {
    if vocab.compounds.is_empty() {
        return;
    }
    for &(i, word) in runs {
        if word.len() < GLUED_MIN_CHARS || word.chars().count() < GLUED_MIN_CHARS {
            continue;
        }
        let touches_hyphen = line[..i].ends_with('-') || line[i + word.len()..].starts_with('-');
        if touches_hyphen {
            continue;
        }
        if let Some(form) = vocab.unglue(word) {
            // Keep the glued word's own letters and case; put the hyphens back where the compound has them.
            let mut letters = word.chars();
            let rebuilt: String = form
                .chars()
                .map(|c| {
                    if c == '-' {
                        '-'
                    } else {
                        letters.next().unwrap_or(c)
                    }
                })
                .collect();
            out.push(Edit::new(
                base + i..base + i + word.len(),
                rebuilt,
                RepairKind::GluedWord,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::letter_runs;

    fn vocab(text: &str) -> Vocab {
        Vocab::build([text])
    }

    fn runs(line: &str) -> Vec<(usize, &str)> {
        letter_runs(line).collect()
    }

    #[test]
    fn decisions() {
        let v = vocab(
            "Euro-Atlantic pro-NATO military-political military-political slightest anti-crisis well-being",
        );
        assert_eq!(v.decide("Euro", "Atlantic", true), Decision::Keep);
        assert_eq!(v.decide("pro", "NATO", true), Decision::Keep);
        assert_eq!(v.decide("slight", "est", true), Decision::Join);
        assert_eq!(v.decide("great", "est", true), Decision::Join); // a suffix, not a word
        assert_eq!(v.decide("anti", "crisis", true), Decision::Keep);
        assert_eq!(v.decide("blor", "fang", true), Decision::Undecided);
        assert_eq!(v.decide("combat", "readiness", true), Decision::Keep);
        let ru = vocab("военно-политический сотрудничество");
        assert_eq!(ru.decide("сотрудни", "чество", true), Decision::Join);
        assert_eq!(ru.decide("вице", "премьер", true), Decision::Keep);
        assert_eq!(ru.decide("какой", "либо", false), Decision::Keep);
        assert_eq!(ru.decide("по", "разному", false), Decision::Keep);
        assert_eq!(ru.decide("государст", "венной", false), Decision::Undecided);
        assert_eq!(ru.decide("государст", "венной", true), Decision::Keep);
    }

    #[test]
    fn glued_compounds_come_apart() {
        let v = vocab("military-political ties, military-political blocs, a militarypolitical move");
        assert_eq!(v.unglue("militarypolitical"), Some("military-political"));
        // Capitals are names; a glued form printed as often as the compound is a variant.
        let caps = vocab("HUGE-PAGE, HUGE-PAGE, HUGEPAGE; run-time, run-time, runtime, runtime");
        assert_eq!(caps.unglue("HUGEPAGE"), None);
        assert_eq!(caps.unglue("runtime"), None);
        assert_eq!(v.unglue("political"), None);
        let mut edits = Vec::new();
        let line = "Militarypolitical talks";
        glued_edits(line, &runs(line), 10, &v, &mut edits);
        assert_eq!(
            edits,
            [Edit::new(10..27, "Military-political", RepairKind::GluedWord)]
        );
    }

    #[test]
    fn spaced_and_suspended_hyphens() {
        let v = vocab("");
        let mut edits = Vec::new();
        line_edits("NATO- Kazakhstan, pro- and anti-NATO", 0, &v, &mut edits);
        assert_eq!(
            edits,
            [Edit::new(0..16, "NATO-Kazakhstan", RepairKind::HyphenSpace)]
        );
        edits.clear();
        line_edits("северо- и юго-западный", 0, &v, &mut edits);
        assert!(edits.is_empty(), "{edits:?}");
    }

    #[test]
    fn stray_space_inside_a_word() {
        let v = vocab("moving stead ily on; the war, an old one");
        let mut edits = Vec::new();
        let line = "moving stead ily on";
        spaced_split_edits(line, &runs(line), 0, &v, &mut edits);
        assert_eq!(edits, [Edit::new(7..16, "steadily", RepairKind::SplitWord)]);
        edits.clear();
        let line = "the war, an old one";
        spaced_split_edits(line, &runs(line), 0, &v, &mut edits);
        assert!(edits.is_empty());
        let ru = vocab("сотрудничество и сотрудни чество");
        edits.clear();
        let line = "сотрудни чество";
        spaced_split_edits(line, &runs(line), 0, &ru, &mut edits);
        assert_eq!(edits.len(), 1);
    }

    #[test]
    fn soft_hyphens_go() {
        let v = vocab("");
        let mut edits = Vec::new();
        line_edits("сотруд\u{AD}ничество", 0, &v, &mut edits);
        assert_eq!(edits, [Edit::new(12..14, "", RepairKind::SoftHyphen)]);
        let src = "inter\u{AD}\nnational";
        assert_eq!(
            line_join(src, 7..8, &v),
            Edit::new(5..8, "", RepairKind::SoftHyphen)
        );
    }

    #[test]
    fn line_end_hyphen() {
        let v = vocab("the slightest doubt");
        let src = "slight-\nest";
        assert_eq!(
            line_join(src, 7..8, &v),
            Edit::new(0..11, "slightest", RepairKind::SplitWord)
        );
        let src = "Euro-\nAtlantic";
        assert_eq!(line_join(src, 5..6, &v), Edit::silent(5..6, ""));
        let src = "one\ntwo";
        assert_eq!(line_join(src, 3..4, &v), Edit::silent(3..4, " "));
    }
}
