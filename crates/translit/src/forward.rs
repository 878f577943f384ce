//! Cyrillic → Latin: the engine that reads a scheme's tables.
//!
//! The text is walked once. ASCII runs are copied eight bytes at a time; each Cyrillic letter (two
//! UTF-8 bytes in U+0400..U+0530) is written from the scheme's dense table, consulting context rules
//! only for letters flagged as having them, and looking ahead only where it must (an uppercase letter
//! asks whether its word is ALL-CAPS; schemes with ending rules check for a word's last two letters).
//! Everything else is copied unchanged. Nothing is allocated per letter; output goes into the
//! caller's `String`.
//!
//! Case follows the word: a word of two or more letters with no lowercase letter is ALL-CAPS and gets
//! the ALL-CAPS outputs (`ЩУКИН` → `SHCHUKIN`); any other uppercase letter gets the Capitalised output
//! (`Щукин` → `Shchukin`). A one-letter word follows the next word on its line (`Я ЛЮБЛЮ` → `IA
//! LIUBLIU`, `Ю. Щукин` → `Iu. Shchukin`), and is Capitalised without one (`Я` → `Ia`).
//!
//! Decomposed input (и + U+0306 for й) is NFC-normalised first. The check is free for text without
//! combining marks: meeting a mark from U+0300..U+036F restarts the run on the NFC form.

use crate::scheme::Scheme;
use crate::table::{
    self, Ending, SchemeData, ALL_CAPS, ENDING, FALLBACK, FORMS, LETTER, LOWER_CASE, NEXT, PREV,
};
use crate::table::{TITLE_CASE, UNMAPPED, UPPER};
use unicode_normalization::UnicodeNormalization;

/// What a run did beyond the scheme's own table, so a caller can warn about it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Letters the scheme lacks, written in ISO 9 (Kazakh letters in a Russian scheme).
    pub fallback: usize,
    /// Cyrillic letters no table knows, copied unchanged.
    pub unmapped: usize,
}

impl Scheme {
    /// Transliterates `text` into a new `String`.
    ///
    /// ```
    /// let s = steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru).unwrap();
    /// assert_eq!(s.transliterate("Щукин, ЩУКИН, щука"), "Shchukin, SHCHUKIN, shchuka");
    /// ```
    pub fn transliterate(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 2);
        self.transliterate_into(text, &mut out);
        out
    }

    /// Appends the transliteration of `text` to `out` and says how many letters needed the
    /// fallback. Reusing `out` across calls keeps a streaming caller free of allocations.
    ///
    /// ```
    /// use steppe_translit::{scheme, Lang};
    /// let mut out = String::new();
    /// let stats = scheme("wikipedia", Lang::Ru).unwrap().transliterate_into("Қазақ", &mut out);
    /// assert_eq!(out, "K̦azak̦");
    /// assert_eq!(stats.fallback, 2);
    /// ```
    pub fn transliterate_into(self, text: &str, out: &mut String) -> Stats {
        let start = out.len();
        // SAFETY: `run` appends only whole UTF-8 sequences: slices of `text` cut at character
        // boundaries, and `Form`s, which build.rs writes from whole `String`s.
        let buf = unsafe { out.as_mut_vec() };
        match run(self.data, text.as_bytes(), buf, false) {
            Some(stats) => stats,
            None => {
                buf.truncate(start);
                let nfc: String = text.nfc().collect();
                run(self.data, nfc.as_bytes(), buf, true).expect("no restart after NFC")
            }
        }
    }
}

/// Where the walk stands inside the current Cyrillic word.
struct Word {
    /// Letters written so far in this word.
    letters: usize,
    /// Lowercase table index of the previous letter, or `SIZE` at the start of a word.
    prev: usize,
    /// Whether a letter without the UPPER flag was seen in this word.
    lower_seen: bool,
    /// The word is ALL-CAPS: unknown until its first uppercase letter asks.
    caps: Option<bool>,
}

impl Word {
    const START: Word = Word {
        letters: 0,
        prev: table::SIZE,
        lower_seen: false,
        caps: None,
    };
}

/// The main loop, one pass: ASCII runs are copied, letters written as they come, anything else
/// copied. Returns `None` (asking for an NFC restart) on a combining mark, unless `nfc` says the
/// text is normalised already.
fn run(d: &SchemeData, s: &[u8], out: &mut Vec<u8>, nfc: bool) -> Option<Stats> {
    let mut stats = Stats::default();
    out.reserve(s.len() + s.len() / 2);
    let mut w = Word::START;
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            let end = ascii_end(s, i);
            copy_ascii(out, s, i, end);
            i = end;
            w = Word::START;
            continue;
        }
        if let Some(x) = letter_at(d, s, i) {
            i = letter(d, s, i, x, &mut w, out, &mut stats);
            continue;
        }
        let len = utf8_len(b);
        if !nfc && is_combining(b, s[i + 1]) {
            return None;
        }
        out.extend_from_slice(&s[i..i + len]);
        i += len;
        // A combining mark left after NFC (a stress mark: за́мок) stays inside its word.
        if !is_combining(b, s[i - len + 1]) {
            w = Word::START;
        }
    }
    Some(stats)
}

/// Writes the letter `x` at `s[i]` (or the word ending starting there) and returns where the next
/// character starts.
#[inline(always)]
fn letter(
    d: &SchemeData,
    s: &[u8],
    i: usize,
    x: usize,
    w: &mut Word,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) -> usize {
    let t = d.table;
    let e = &t[x];
    let case = if e.flags & UPPER == 0 {
        w.lower_seen = true;
        LOWER_CASE
    } else if match w.caps {
        Some(caps) => caps,
        None => *w.caps.insert(all_caps(d, s, i, w)),
    } {
        ALL_CAPS
    } else {
        TITLE_CASE
    };
    if e.flags & ENDING != 0 && w.letters > 0 {
        if let Some(ending) = ending_at(d, s, i) {
            push(out, ending.forms[case]);
            *w = Word::START;
            return i + 4;
        }
    }
    let mut form = e.forms[case];
    if e.flags & (PREV | NEXT | FALLBACK | UNMAPPED) != 0 {
        let mut found = false;
        if e.flags & PREV != 0 {
            let k = d.prev_rows[e.prev.1 as usize][w.prev] as usize;
            if k != 0 {
                form = d.prev_rules[e.prev.0 as usize + k - 1].forms[case];
                found = true;
            }
        }
        if !found && e.flags & NEXT != 0 {
            // The letter before a word ending is the last of the stem: it has no next letter.
            let next = match letter_at(d, s, skip_marks(s, i + 2)) {
                Some(n) if t[n].flags & ENDING != 0 && ending_at(d, s, i + 2).is_some() => table::SIZE,
                Some(n) => t[n].lower as usize,
                None => table::SIZE,
            };
            let k = d.next_rows[e.next.1 as usize][next] as usize;
            if k != 0 {
                form = d.next_rules[e.next.0 as usize + k - 1].forms[case];
            }
        }
        stats.fallback += usize::from(e.flags & FALLBACK != 0);
        stats.unmapped += usize::from(e.flags & UNMAPPED != 0);
    }
    push(out, form);
    w.prev = e.lower as usize;
    w.letters += 1;
    i + 2
}

/// Whether the word holding the uppercase letter at `s[i]` is ALL-CAPS: two or more letters, none
/// lowercase (looking ahead from `i`; the letters before it are summed up in `w`). A one-letter word
/// is ALL-CAPS when the next word on the line is (`Я ЛЮБЛЮ`, `Ю. ЩУКИН`), else Capitalised.
fn all_caps(d: &SchemeData, s: &[u8], i: usize, w: &Word) -> bool {
    if w.lower_seen {
        return false;
    }
    let (n, end) = upper_run(d, s, i + 2);
    match (w.letters + 1 + n, end) {
        (_, None) => false,
        (1, Some(j)) => {
            // Skip up to four spaces or ASCII punctuation marks, on the same line.
            let k = (j..(j + 4).min(s.len()))
                .find(|&k| !(s[k].is_ascii_punctuation() || s[k] == b' '))
                .unwrap_or(j);
            matches!(upper_run(d, s, k), (2.., Some(_)))
        }
        _ => true,
    }
}

/// The number of uppercase letters from `s[j]` to the end of the word, and the end (`None` if the
/// word has a letter that is not uppercase).
fn upper_run(d: &SchemeData, s: &[u8], j: usize) -> (usize, Option<usize>) {
    let (mut n, mut j) = (0, skip_marks(s, j));
    while let Some(x) = letter_at(d, s, j) {
        if d.table[x].flags & UPPER == 0 {
            return (n, None);
        }
        n += 1;
        j = skip_marks(s, j + 2);
    }
    (n, Some(j))
}

/// The ending rule for the last two letters of the word, if they start at `s[i]`.
#[inline(always)]
fn ending_at(d: &SchemeData, s: &[u8], i: usize) -> Option<&'static Ending> {
    let b = letter_at(d, s, i + 2)?;
    if letter_at(d, s, i + 4).is_some() {
        return None;
    }
    let a = letter_at(d, s, i)?;
    let key = [d.table[a].lower, d.table[b].lower];
    d.endings.iter().find(|e| e.letters == key)
}

/// Appends one form with a fixed 8-byte copy (no length-dependent `memcpy`).
#[inline(always)]
fn push(out: &mut Vec<u8>, form: u16) {
    let f = &FORMS[form as usize];
    out.reserve(8);
    let len = out.len();
    // SAFETY: the reserve keeps the 8-byte copy inside the allocation; the form's first `f.len` bytes
    // are a whole UTF-8 string (build.rs), and only those become part of the vector.
    unsafe {
        std::ptr::copy_nonoverlapping(f.bytes.as_ptr(), out.as_mut_ptr().add(len), 8);
        out.set_len(len + f.len as usize);
    }
}

/// Appends the ASCII run `s[i..end]`; short runs (mostly one space) as one 8-byte copy.
#[inline(always)]
fn copy_ascii(out: &mut Vec<u8>, s: &[u8], i: usize, end: usize) {
    match s.get(i..i + 8) {
        Some(chunk) if end - i <= 8 => {
            out.reserve(8);
            let len = out.len();
            // SAFETY: 8 bytes reserved; the first `end - i` are ASCII and become part of the vector.
            unsafe {
                std::ptr::copy_nonoverlapping(chunk.as_ptr(), out.as_mut_ptr().add(len), 8);
                out.set_len(len + end - i);
            }
        }
        _ => out.extend_from_slice(&s[i..end]),
    }
}

/// The table index of the letter starting at `s[i]`, if it is a letter of the table.
#[inline(always)]
fn letter_at(d: &SchemeData, s: &[u8], i: usize) -> Option<usize> {
    let b = *s.get(i)?;
    if !(0xD0..=0xD4).contains(&b) {
        return None;
    }
    let x = index(b, s[i + 1]);
    (x < table::SIZE && d.table[x].flags & LETTER != 0).then_some(x)
}

/// Table index of the two-byte UTF-8 sequence `b0 b1` (U+0400 → 0).
#[inline(always)]
fn index(b0: u8, b1: u8) -> usize {
    ((((b0 & 0x1F) as usize) << 6) | (b1 & 0x3F) as usize) - table::FIRST as usize
}

/// The position after any combining marks (U+0300..U+036F) at `s[j]`.
#[inline(always)]
fn skip_marks(s: &[u8], mut j: usize) -> usize {
    while j + 1 < s.len() && is_combining(s[j], s[j + 1]) {
        j += 2;
    }
    j
}

/// U+0300..U+036F (combining diacritical marks) start with `CC xx` or `CD 80..AF`.
fn is_combining(b0: u8, b1: u8) -> bool {
    b0 == 0xCC || (b0 == 0xCD && b1 < 0xB0)
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// End of the ASCII run starting at `i`, testing eight bytes at a time.
#[inline(always)]
fn ascii_end(s: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = s.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let high = w & 0x8080_8080_8080_8080;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < s.len() && s[i] < 0x80 {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use crate::{scheme, Lang};

    fn t(name: &str, text: &str) -> String {
        scheme(name, Lang::Ru).unwrap().transliterate(text)
    }

    #[test]
    fn case_follows_the_word() {
        assert_eq!(t("ala_lc", "Юлия ЮЛИЯ юлия"), "I͡ulii͡a I͡ULII͡A i͡ulii͡a");
        assert_eq!(t("bgn_pcgn", "Щукин ЩУКИН щукин"), "Shchukin SHCHUKIN shchukin");
        assert_eq!(t("bgn_pcgn", "МакДональд"), "MakDonal’d");
        assert_eq!(t("bgn_pcgn", "Я Ё"), "Ya Yë");
        // A one-letter word takes the case of the next word.
        assert_eq!(
            t("ala_lc_alt", "Я ЛЮБЛЮ. Я люблю. Я"),
            "IA LIUBLIU. Ia liubliu. Ia"
        );
        assert_eq!(
            t("ala_lc_alt", "Ю. ЩУКИН, Ю. Щукин, Ю.Щ."),
            "IU. SHCHUKIN, Iu. Shchukin, Iu.Shch."
        );
    }

    #[test]
    fn non_cyrillic_passes_through() {
        let text = "<p id=\"x\">NATO 2008 — café, 中文 & ελληνικά</p>\n";
        assert_eq!(t("gost_779", text), text);
    }

    #[test]
    fn decomposed_input_is_normalised() {
        assert_eq!(t("gost_779", "и\u{306}од"), "jod");
        assert_eq!(t("iso_9_1968", "е\u{308}лка"), "ëlka");
    }

    #[test]
    fn stress_marks_stay_inside_their_word() {
        // U+0301 has no precomposed Cyrillic form, so it survives NFC; the word still counts as one.
        assert_eq!(
            t("ala_lc_alt", "Я\u{301}ЩИК, я\u{301}щик"),
            "IA\u{301}SHCHIK, ia\u{301}shchik"
        );
        assert_eq!(t("bgn_pcgn", "зна\u{301}ет"), "zna\u{301}yet");
    }

    #[test]
    fn context_rules_apply_within_words_only() {
        // Word-initial е is "ye" in BGN/PCGN, also after a hyphen, but not inside a word after a consonant.
        assert_eq!(t("bgn_pcgn", "Ель-Елена, вес"), "Yel’-Yelena, ves");
        assert_eq!(t("wikipedia", "Дмитрий ДМИТРИЙ"), "Dmitry DMITRY");
        // As in iuliia, the stem before a matched ending ends there: ь has no next letter (→ ""),
        // rather than ь before и (→ "y").
        assert_eq!(t("wikipedia", "вьий"), "vy");
        assert_eq!(t("wikipedia", "вьи"), "vyi");
    }

    #[test]
    fn ascii_runs_of_every_length_survive() {
        for n in 0..40 {
            let ascii = "a".repeat(n);
            assert_eq!(
                t("ala_lc_alt", &format!("{ascii}я{ascii}")),
                format!("{ascii}ia{ascii}")
            );
        }
    }
}
