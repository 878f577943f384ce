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

/// `text` with the entries that changed written in: `edit(record, old, new, splices)` for each
/// record whose entry differs (the walk every format's `update` shares; equal entries give the
/// same bytes).
pub(crate) fn update_changed<R, E: PartialEq>(
    text: &str,
    records: &[R],
    old: &[E],
    new: &[E],
    mut edit: impl FnMut(&R, &E, &E, &mut Splices),
) -> String {
    let mut splices = Splices::default();
    for ((record, old), new) in records.iter().zip(old).zip(new) {
        if old != new {
            edit(record, old, new, &mut splices);
        }
    }
    splices.apply(text)
}
