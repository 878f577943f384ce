//! A string buffer that writes HTML: markup as given, text and attribute values escaped, and the
//! `lang` a cell of Cyrillic text needs.

use quick_xml::escape::escape;

/// HTML being written. Text and attribute values go through [`Html::text`] and the attribute
/// lists of [`Html::open`], which escape `<`, `>`, `&`, `'` and `"`; only markup the crate itself
/// spells goes through [`Html::raw`].
#[derive(Default)]
pub(crate) struct Html {
    out: String,
}

impl Html {
    /// Markup written as it is (tags and entities this crate spells, never input text).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.out.push_str(&escape(text));
        self
    }

    /// `<tag name="value" …>`, the values escaped; an attribute with an empty name is left out
    /// (so that optional attributes can be listed as `("", "")`).
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs.iter().filter(|(name, _)| !name.is_empty()) {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.out.push_str(&escape(*value));
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// A table cell of text; Cyrillic text gets its `lang` (see [`cyrillic_lang`]).
    pub fn cell(&mut self, text: &str) -> &mut Self {
        match cyrillic_lang(text) {
            Some(lang) => self.element("td", &[("lang", lang)], text),
            None => self.element("td", &[], text),
        }
    }

    /// A table cell of a number, right-aligned, its value for sorting in `data-value`.
    pub fn number_cell(&mut self, shown: &str, value: f64) -> &mut Self {
        let value = value.to_string();
        self.element("td", &[("class", "num"), ("data-value", &value)], shown)
    }

    /// The HTML written.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Letters of Kazakh Cyrillic that Russian has not.
const KAZAKH_LETTERS: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

/// The language tag of a text in Cyrillic letters: `kk` when it has a letter only Kazakh uses,
/// else `ru`; `None` when it has no Cyrillic letter (a screen reader, a spell checker and the
/// browser's hyphenation read a cell by its `lang`).
///
/// ```text
/// assert_eq!(cyrillic_lang("Назарбаев"), Some("ru"));
/// assert_eq!(cyrillic_lang("Қазақстан"), Some("kk"));
/// assert_eq!(cyrillic_lang("NATO"), None);
/// ```
pub(crate) fn cyrillic_lang(text: &str) -> Option<&'static str> {
    let mut cyrillic = false;
    for c in text.chars() {
        if KAZAKH_LETTERS.contains(c) {
            return Some("kk");
        }
        cyrillic |= matches!(c, '\u{0400}'..='\u{04FF}');
    }
    cyrillic.then_some("ru")
}

/// A word to use in an `id`, a `data-` value or a URL fragment: lower case, runs of anything but
/// ASCII letters and digits as one `-` (`mixed ALA-LC + BGN` → `mixed-ala-lc-bgn`).
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::default();
        h.open("td", &[("title", "a \"quoted\" <b> & 'it'"), ("", "dropped")])
            .text("<script>alert('x') & co</script>")
            .close("td");
        assert_eq!(
            h.finish(),
            "<td title=\"a &quot;quoted&quot; &lt;b&gt; &amp; &apos;it&apos;\">\
             &lt;script&gt;alert(&apos;x&apos;) &amp; co&lt;/script&gt;</td>"
        );
    }

    #[test]
    fn cyrillic_cells_get_their_language() {
        assert_eq!(cyrillic_lang("Назарбаев"), Some("ru"));
        assert_eq!(cyrillic_lang("Қазақстан Республикасы"), Some("kk"));
        assert_eq!(cyrillic_lang("NATO (НАТО)"), Some("ru"));
        assert_eq!(cyrillic_lang("Nazarbaev"), None);
        let mut h = Html::default();
        h.cell("ОДКБ").cell("CSTO");
        assert_eq!(h.finish(), "<td lang=\"ru\">ОДКБ</td><td>CSTO</td>");
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert_eq!(slug("mixed ALA-LC + BGN"), "mixed-ala-lc-bgn");
        assert_eq!(slug("not_in_termbase"), "not_in_termbase");
        assert_eq!(slug("  ?? "), "");
    }
}
