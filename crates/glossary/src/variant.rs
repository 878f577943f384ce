//! Other readings of a short form, tried in turn when the letters as written find no long form.
//!
//! - a subscript first: `V(T)` is *t*idal *v*olume, `[Ca2+]i` *i*ntracellular *Ca2+* concentration
//!   (a bracketed concentration is never read straight through), `Rt` *t*ransepithelial *r*esistance;
//! - a plural `s` dropped: `ESTs` for expressed sequence *tag*;
//! - a trailing number dropped: `T3` for triiodothyronine, `FEV(1.0)` for forced expiratory volume;
//! - a letter-and-number part moved to the other end: `L1CAM` for cell adhesion molecule *L1*,
//!   `CYCB2` for *B2*-type cyclin.

/// The short form and its variants, in the order they are tried.
pub(crate) fn variants(short: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(sub) = subscript_first(short).or_else(|| lower_subscript_first(short)) {
        out.extend(without_digits(&sub));
        out.insert(0, sub);
    }
    if !short.starts_with('[') {
        out.push(short.to_owned());
    }
    out.extend(without_plural(short));
    out.extend(without_number(short));
    out.extend(rotated(short));
    out
}

/// `ESTs` → `EST`: a plural short form of a long form in the singular (`expressed sequence tag (ESTs)`).
fn without_plural(short: &str) -> Option<String> {
    let stem = short.strip_suffix('s')?;
    (stem.chars().filter(char::is_ascii_uppercase).count() >= 2
        && stem.ends_with(|c: char| c.is_ascii_uppercase()))
    .then(|| stem.to_owned())
}

/// `V(T)` → `T V`, `[Ca2+]i` → `i Ca2+`: a symbol with its subscript, subscript first.
fn subscript_first(short: &str) -> Option<String> {
    if let Some(rest) = short.strip_suffix(')') {
        let (main, sub) = rest.split_once('(')?;
        return (!main.is_empty() && sub.chars().all(char::is_alphanumeric)).then(|| format!("{sub} {main}"));
    }
    let (main, sub) = short.strip_prefix('[')?.split_once(']')?;
    (!sub.is_empty() && sub.chars().all(char::is_alphabetic)).then(|| format!("{sub} {main}"))
}

/// `Rt` → `t R`: a capital symbol with a one- or two-letter subscript in lower case (*t*ransepithelial
/// *r*esistance). Tried first, but it only wins where its letters align (`Smo` still reads Smoothened).
fn lower_subscript_first(short: &str) -> Option<String> {
    let mut chars = short.chars();
    let main = chars.next().filter(char::is_ascii_uppercase)?;
    let sub = chars.as_str();
    ((1..=2).contains(&sub.len()) && sub.chars().all(|c| c.is_ascii_lowercase()))
        .then(|| format!("{sub} {main}"))
}

/// `ves1 P` → `ves P`: a subscript's number is seldom spelt out.
fn without_digits(s: &str) -> Option<String> {
    let bare: String = s.chars().filter(|c| !c.is_ascii_digit()).collect();
    (bare.len() < s.len() && bare.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some(bare)
}

/// `T3` → `T`, `FEV(1.0)` → `FEV`: a one-token short form without its trailing number.
fn without_number(short: &str) -> Option<String> {
    let head = short.trim_end_matches(|c: char| c.is_ascii_digit() || "().,-".contains(c));
    let dropped = &short[head.len()..];
    (dropped.chars().any(|c| c.is_ascii_digit())
        && !head.contains([' ', '(', '['])
        && head.chars().any(char::is_uppercase))
    .then(|| head.to_owned())
}

/// `L1CAM` → `CAM L1`, `CYCB2` → `B2 CYC`: a capital with a number at one end, moved to the other.
fn rotated(short: &str) -> Vec<String> {
    let b = short.as_bytes();
    if !b.iter().all(u8::is_ascii_alphanumeric) || b.len() < 4 {
        return Vec::new();
    }
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut out = Vec::new();
    // at the front: a capital and its number, then more letters
    if b[0].is_ascii_uppercase() {
        let d = digits_from(1);
        if d > 0 && 1 + d < b.len() && b[1 + d].is_ascii_alphabetic() {
            out.push(format!("{} {}", &short[1 + d..], &short[..1 + d]));
        }
    }
    // at the end: letters, then a capital and its number
    let d = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let cap = b.len().wrapping_sub(d + 1);
    if d > 0 && cap >= 1 && cap < b.len() && b[cap].is_ascii_uppercase() && b[cap - 1].is_ascii_alphabetic() {
        out.push(format!("{} {}", &short[cap..], &short[..cap]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_in_order() {
        assert_eq!(variants("V(T)"), ["T V", "V(T)"]);
        assert_eq!(variants("[Ca2+]i"), ["i Ca2+", "i Ca+"]);
        assert_eq!(variants("P(ves1)"), ["ves1 P", "ves P", "P(ves1)"]);
        assert_eq!(variants("FEV(1.0)"), ["FEV(1.0)", "FEV"]);
        assert_eq!(variants("T3"), ["T3", "T"]);
        assert_eq!(variants("L1CAM"), ["L1CAM", "CAM L1"]);
        assert_eq!(variants("CYCB2"), ["CYCB2", "CYCB", "B2 CYC"]);
        assert_eq!(variants("NATO"), ["NATO"]);
        assert_eq!(variants("ESTs"), ["ESTs", "EST"]);
        assert_eq!(variants("Ts"), ["s T", "Ts"]);
        assert_eq!(variants("Rt"), ["t R", "Rt"]);
        assert_eq!(variants("Kazbat"), ["Kazbat"]);
    }
}
