//! Edits by byte range on a file's text: how every format changes a value and leaves every other
//! byte as it was.

/// Replacements of byte ranges of one text; ranges do not overlap (an insertion is an empty range).
#[derive(Default, Debug)]
pub(crate) struct Splices {
    edits: Vec<(usize, usize, String)>,
}

impl Splices {
    /// Replaces `start..end` with `with`.
    pub fn replace(&mut self, start: usize, end: usize, with: String) {
        self.edits.push((start, end, with));
    }

    /// Inserts `with` at `at`.
    pub fn insert(&mut self, at: usize, with: String) {
        self.edits.push((at, at, with));
    }

    /// `text` with the edits made (insertions at one place keep their order).
    pub fn apply(mut self, text: &str) -> String {
        self.edits.sort_by_key(|e| (e.0, e.1));
        let mut out = String::with_capacity(text.len() + 256);
        let mut at = 0;
        for (start, end, with) in self.edits {
            out.push_str(&text[at..start]);
            out.push_str(&with);
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }
}
