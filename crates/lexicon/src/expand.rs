//! Expanding a hunspell dictionary (`.dic` stems with flags, over an [`AffixFile`]) into every word
//! form hunspell accepts.
//!
//! Unlike hunspell's own `unmunch`, which misses many forms of the Russian dictionary (отсутствует,
//! начинается, ведет), this applies every rule whose condition holds: each suffix and prefix of the
//! stem's flags, prefix × suffix when both classes allow cross products, and one level of
//! continuation classes (`SFX A 0 ся/B`: the form with `ся` takes the rules of `B` too).

use std::path::Path;

use crate::affix::{AffixEntry, AffixFile, Flag};
use crate::error::Error;

/// One stem line of a `.dic` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stem {
    /// The word as written (with its case, `\/` unescaped).
    pub word: String,
    /// Its flags.
    pub flags: Vec<Flag>,
}

/// Parses the stems of a `.dic` file; the first line (the stem count) is skipped.
pub fn parse_dic(path: &Path, text: &str, aff: &AffixFile) -> Result<Vec<Stem>, Error> {
    let mut stems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('\t').next().unwrap_or("").trim();
        if line.is_empty() || (index == 0 && line.chars().all(|c| c.is_ascii_digit())) {
            continue;
        }
        let (word, flags) = split_unescaped_slash(line);
        let flags = match flags {
            Some(field) => aff
                .dic_flags(field)
                .ok_or_else(|| Error::syntax(path, index + 1, format!("bad flags {field:?}")))?,
            None => Vec::new(),
        };
        stems.push(Stem { word, flags });
    }
    Ok(stems)
}

/// Splits `word/FLAGS` at the first slash not escaped as `\/`.
fn split_unescaped_slash(line: &str) -> (String, Option<&str>) {
    let mut word = String::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if chars.peek().map(|&(_, n)| n) == Some('/') => {
                word.push('/');
                chars.next();
            }
            '/' => return (word, Some(&line[i + 1..])),
            c => word.push(c),
        }
    }
    (word, None)
}

impl AffixFile {
    /// Calls `emit` with every word form of `stem` (duplicates possible, in no particular order).
    pub fn expand(&self, stem: &Stem, emit: &mut impl FnMut(&str)) {
        let has = |flags: &[Flag], f: Option<Flag>| f.is_some_and(|f| flags.contains(&f));
        if has(&stem.flags, self.forbidden) {
            return;
        }
        if !has(&stem.flags, self.need_affix) && !has(&stem.flags, self.only_in_compound) {
            emit(&stem.word);
        }
        let mut buf = String::new();
        for flag in &stem.flags {
            let Some(class) = self.suffixes.get(flag) else {
                continue;
            };
            for entry in &class.entries {
                if !self.apply_suffix(entry, &stem.word, &mut buf) {
                    continue;
                }
                let form = buf.clone();
                if !has(&entry.continuation, self.need_affix) {
                    emit(&form);
                }
                // Second-level suffixes named by the rule's continuation flags.
                let mut inner = String::new();
                for cont in &entry.continuation {
                    for e2 in self.suffixes.get(cont).map(|c| &c.entries[..]).unwrap_or(&[]) {
                        if self.apply_suffix(e2, &form, &mut inner) {
                            emit(&inner);
                        }
                    }
                }
                // Prefix × suffix: prefixes of the stem, and prefixes the suffix continues with.
                if class.cross_product {
                    for pflag in stem.flags.iter().chain(&entry.continuation) {
                        let Some(pclass) = self.prefixes.get(pflag) else {
                            continue;
                        };
                        if !pclass.cross_product && !entry.continuation.contains(pflag) {
                            continue;
                        }
                        for p in &pclass.entries {
                            if self.apply_prefix(p, &form, &mut inner) {
                                emit(&inner);
                            }
                        }
                    }
                }
            }
        }
        for flag in &stem.flags {
            let Some(class) = self.prefixes.get(flag) else {
                continue;
            };
            for entry in &class.entries {
                if self.apply_prefix(entry, &stem.word, &mut buf)
                    && !has(&entry.continuation, self.need_affix)
                {
                    emit(&buf);
                }
            }
        }
    }

    /// Writes `word` with the suffix rule applied into `out`; false when the rule does not apply.
    fn apply_suffix(&self, entry: &AffixEntry, word: &str, out: &mut String) -> bool {
        let fits = word.len() > entry.strip.len() || (self.full_strip && word.len() == entry.strip.len());
        if !fits || !word.ends_with(&entry.strip) || !entry.condition.matches_end(word) {
            return false;
        }
        out.clear();
        out.push_str(&word[..word.len() - entry.strip.len()]);
        out.push_str(&entry.add);
        true
    }

    /// Writes `word` with the prefix rule applied into `out`; false when the rule does not apply.
    fn apply_prefix(&self, entry: &AffixEntry, word: &str, out: &mut String) -> bool {
        let fits = word.len() > entry.strip.len() || (self.full_strip && word.len() == entry.strip.len());
        if !fits || !word.starts_with(&entry.strip) || !entry.condition.matches_start(word) {
            return false;
        }
        out.clear();
        out.push_str(&entry.add);
        out.push_str(&word[entry.strip.len()..]);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(aff: &str, dic: &str) -> Vec<String> {
        let aff = AffixFile::parse(Path::new("t.aff"), aff).unwrap();
        let mut out = Vec::new();
        for stem in parse_dic(Path::new("t.dic"), dic, &aff).unwrap() {
            aff.expand(&stem, &mut |f| out.push(f.to_string()));
        }
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn suffixes_follow_conditions_and_strip() {
        let aff = "SFX V Y 3\nSFX V ть ет [^и]ть\nSFX V ть ют ять\nSFX V ить ит ить\n";
        assert_eq!(
            forms(aff, "2\nделать/V\nкурить/V\n"),
            ["делает", "делать", "курит", "курить"]
        );
    }

    #[test]
    fn cross_products_and_continuations() {
        let aff = "PFX P Y 1\nPFX P 0 не .\nSFX S Y 1\nSFX S 0 ы/R .\nSFX R N 1\nSFX R ы ам ы\n";
        assert_eq!(
            forms(aff, "1\nдруг/PS\n"),
            ["друг", "другам", "другы", "недруг", "недругы"]
        );
    }

    #[test]
    fn needaffix_and_forbidden_stems() {
        let aff = "NEEDAFFIX N\nFORBIDDENWORD F\nSFX S Y 1\nSFX S 0 а .\n";
        assert_eq!(forms(aff, "2\nкот/NS\nпёс/FS\n"), ["кота"]);
    }

    #[test]
    fn escaped_slash_and_long_flags() {
        let aff = "FLAG long\nSFX Aa Y 1\nSFX Aa 0 х .\n";
        assert_eq!(forms(aff, "1\nа\\/б/Aa\n"), ["а/б", "а/бх"]);
        let aff = AffixFile::parse(Path::new("t.aff"), aff).unwrap();
        let err = parse_dic(Path::new("t.dic"), "1\nслово/A\n", &aff).unwrap_err();
        assert_eq!(err.to_string(), "t.dic:2: bad flags \"A\"");
    }
}
