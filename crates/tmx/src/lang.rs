//! Language codes (BCP 47, as `xml:lang` requires) and TMX dates.
//!
//! Real files carry `EN_US`, `en_us` or `RU-ru`. OmegaT skips a TMX whose codes it cannot parse, so
//! the writer always emits the canonical form and the reader reports what it repaired.

use std::borrow::Cow;

/// Canonical casing of a language tag: `_` becomes `-`, the language subtag is lowercase, a 2-letter
/// region uppercase, a 4-letter script title case, everything after a singleton (`x-…`) lowercase.
///
/// ```
/// use steppe_tmx::lang::normalise;
/// assert_eq!(normalise("EN_US"), "en-US");
/// assert_eq!(normalise("kk-cyrl-kz"), "kk-Cyrl-KZ");
/// assert_eq!(normalise("ru"), "ru");
/// ```
pub fn normalise(tag: &str) -> Cow<'_, str> {
    if is_canonical(tag) {
        return Cow::Borrowed(tag);
    }
    let tag_trimmed = tag.trim();
    let mut out = String::with_capacity(tag_trimmed.len());
    let mut after_singleton = false;
    for (i, sub) in tag_trimmed.split(['-', '_']).enumerate() {
        if i > 0 {
            out.push('-');
        }
        let all_alpha = sub.chars().all(|c| c.is_ascii_alphabetic());
        if i == 0 || after_singleton || !all_alpha {
            out.push_str(&sub.to_ascii_lowercase());
        } else if sub.len() == 2 {
            out.push_str(&sub.to_ascii_uppercase());
        } else if sub.len() == 4 {
            out.push_str(&sub[..1].to_ascii_uppercase());
            out.push_str(&sub[1..].to_ascii_lowercase());
        } else {
            out.push_str(&sub.to_ascii_lowercase());
        }
        if sub.len() == 1 {
            after_singleton = true;
        }
    }
    if out == tag {
        Cow::Borrowed(tag)
    } else {
        Cow::Owned(out)
    }
}

/// The fast path of [`normalise`] (called for every variant written): true when nothing would change.
fn is_canonical(tag: &str) -> bool {
    let mut after_singleton = false;
    for (i, sub) in tag.split('-').enumerate() {
        let ok = if i == 0 || after_singleton || !sub.chars().all(|c| c.is_ascii_alphabetic()) {
            !sub.chars()
                .any(|c| c.is_ascii_uppercase() || c == '_' || c.is_whitespace())
        } else if sub.len() == 2 {
            sub.chars().all(|c| c.is_ascii_uppercase())
        } else if sub.len() == 4 {
            sub[..1].chars().all(|c| c.is_ascii_uppercase())
                && !sub[1..].chars().any(|c| c.is_ascii_uppercase())
        } else {
            !sub.chars().any(|c| c.is_ascii_uppercase())
        };
        if !ok {
            return false;
        }
        after_singleton |= sub.len() == 1;
    }
    true
}

/// Whether `tag` is a well-formed BCP 47 tag in the simplified grammar TMX files need: a language
/// subtag of 2–3 letters (or 4–8, or the `x`/`i` singletons), then subtags of 1–8 letters or digits,
/// separated by `-`. `_` is not allowed (it is what [`normalise`] repairs).
///
/// ```
/// use steppe_tmx::lang::is_well_formed;
/// assert!(is_well_formed("en-US") && is_well_formed("kk-Cyrl-KZ") && is_well_formed("x-klingon"));
/// assert!(!is_well_formed("EN_US") && !is_well_formed("") && !is_well_formed("en-toolongsubtag"));
/// ```
pub fn is_well_formed(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first = subtags.next().unwrap_or("");
    let first_ok = first.chars().all(|c| c.is_ascii_alphabetic())
        && ((2..=8).contains(&first.len()) || first.eq_ignore_ascii_case("x") || first == "i");
    first_ok && subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether `date` has the TMX form `YYYYMMDDThhmmssZ` with plausible field values.
///
/// ```
/// use steppe_tmx::lang::is_tmx_date;
/// assert!(is_tmx_date("20240131T235959Z"));
/// assert!(!is_tmx_date("2024-01-31T23:59:59Z") && !is_tmx_date("20241301T000000Z"));
/// ```
pub fn is_tmx_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return false;
    }
    if !b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit) {
        return false;
    }
    // Two-digit fields as numbers (every date written and read goes through here).
    let two = |at: usize| u32::from(b[at] - b'0') * 10 + u32::from(b[at + 1] - b'0');
    let (month, day, hour, minute, second) = (two(4), two(6), two(9), two(11), two(13));
    (1..=12).contains(&month) && (1..=31).contains(&day) && hour < 24 && minute < 60 && second <= 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_is_idempotent_and_keeps_private_use_lowercase() {
        for tag in [
            "EN_US",
            "en-us",
            "RU",
            "kk_CYRL_kz",
            "x-Steppe-AB",
            "zh-Hant-TW",
            "es-419",
        ] {
            let once = normalise(tag).into_owned();
            assert_eq!(normalise(&once), once, "{tag}");
            assert!(is_well_formed(&once), "{tag} -> {once}");
        }
        assert_eq!(normalise("x-Steppe-AB"), "x-steppe-ab");
        assert_eq!(normalise("es-419"), "es-419");
        assert!(matches!(normalise("en-US"), Cow::Borrowed(_)));
    }

    #[test]
    fn malformed_tags() {
        for tag in ["", "-", "en-", "e", "en--US", "en-toolongsubtag", "ру", "en US"] {
            assert!(!is_well_formed(tag), "{tag}");
        }
    }
}
