//! The one model every format is read into and written from: the fields of a reference that
//! `restyle` and `extract` work on. Fields a format has and this model does not name are never
//! read into it; they stay in the file as they were (see each format's `update`).

/// A person's name: family part and given part (initials or full), as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Name {
    /// Family name (`Laumulin`); an institution's name when `given` is empty.
    pub family: String,
    /// Given names or initials (`M.`, `K.K.`), possibly empty.
    pub given: String,
}

impl Name {
    /// `Family, Given` (or `Family` alone), the form BibTeX and RIS write.
    ///
    /// ```
    /// let n = steppe_bib::Name { family: "Laumulin".into(), given: "M.".into() };
    /// assert_eq!(n.inverted(), "Laumulin, M.");
    /// ```
    pub fn inverted(&self) -> String {
        if self.given.is_empty() {
            self.family.clone()
        } else {
            format!("{}, {}", self.family, self.given)
        }
    }

    /// Reads `Family, Given` or `Given Family` (the last word is the family name, with the
    /// lower-case particles before it: `Rad van den Akker`).
    ///
    /// ```
    /// let n = steppe_bib::Name::parse("Rad van den Akker");
    /// assert_eq!((n.family.as_str(), n.given.as_str()), ("van den Akker", "Rad"));
    /// let n = steppe_bib::Name::parse("Tokaev, K.K.");
    /// assert_eq!((n.family.as_str(), n.given.as_str()), ("Tokaev", "K.K."));
    /// ```
    pub fn parse(text: &str) -> Name {
        let text = text.trim();
        if let Some((family, given)) = text.split_once(',') {
            return Name {
                family: family.trim().to_owned(),
                given: given.trim().to_owned(),
            };
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let Some(last) = words.len().checked_sub(1) else {
            return Name::default();
        };
        // Initials glued to the family name (`A.P.Alekseev`) stay given.
        let mut start = last;
        while start > 1 && words[start - 1].starts_with(char::is_lowercase) {
            start -= 1;
        }
        Name {
            family: words[start..].join(" "),
            given: words[..start].join(" "),
        }
    }
}

/// What kind of work an entry is (CSL types; BibLaTeX and RIS types map onto them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub enum Kind {
    /// A book, a monograph or an edited volume.
    Book,
    /// An article in a journal or magazine.
    #[default]
    Article,
    /// An article in a newspaper.
    Newspaper,
    /// A chapter in a book.
    Chapter,
    /// A web page.
    Webpage,
    /// Anything else (a speech, a report, a news agency's material).
    Document,
}

/// One reference, as the formats and commands see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    /// The citation key (`id` in CSL-JSON, the BibTeX key, RIS `ID`).
    pub id: String,
    /// What kind of work it is.
    pub kind: Kind,
    /// Authors in order.
    pub authors: Vec<Name>,
    /// Editors in order.
    pub editors: Vec<Name>,
    /// The title (of the work, or of the multi-volume work when `volume_title` is set).
    pub title: Option<String>,
    /// The title of the volume cited in a multi-volume work.
    pub volume_title: Option<String>,
    /// The journal, newspaper or book the work appeared in.
    pub container_title: Option<String>,
    /// The series.
    pub series: Option<String>,
    /// The publisher.
    pub publisher: Option<String>,
    /// Where it was published.
    pub place: Option<String>,
    /// Volume.
    pub volume: Option<String>,
    /// Issue or number.
    pub issue: Option<String>,
    /// Pages cited or spanned (`24-25`).
    pub pages: Option<String>,
    /// Year of publication.
    pub year: Option<String>,
    /// Month (1–12) and day, when known.
    pub month: Option<u8>,
    /// Day of the month, when known.
    pub day: Option<u8>,
    /// Where it can be read online.
    pub url: Option<String>,
    /// Its DOI.
    pub doi: Option<String>,
    /// Its ISBN (or ISSN).
    pub isbn: Option<String>,
    /// A note on it.
    pub note: Option<String>,
    /// The language of the work as the file writes it (`ru`, `russian`).
    pub language: Option<String>,
    /// The title in the original script (Cyrillic).
    pub original_title: Option<String>,
    /// The authors in the original script (CSL-JSON only).
    pub original_authors: Vec<Name>,
}

/// The fields of an entry that hold free text, which `restyle` reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextField {
    /// The title.
    Title,
    /// A volume's own title.
    VolumeTitle,
    /// The journal or book title.
    ContainerTitle,
    /// The series.
    Series,
    /// The publisher.
    Publisher,
    /// The place of publication.
    Place,
}

impl TextField {
    /// Every text field, in the order changes are listed.
    pub const ALL: [TextField; 6] = [
        TextField::Title,
        TextField::VolumeTitle,
        TextField::ContainerTitle,
        TextField::Series,
        TextField::Publisher,
        TextField::Place,
    ];

    /// The field's CSL-JSON name, used in reports.
    pub fn name(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::VolumeTitle => "volume-title",
            TextField::ContainerTitle => "container-title",
            TextField::Series => "collection-title",
            TextField::Publisher => "publisher",
            TextField::Place => "publisher-place",
        }
    }
}

impl Entry {
    /// The value of a text field.
    pub fn text(&self, field: TextField) -> Option<&String> {
        match field {
            TextField::Title => self.title.as_ref(),
            TextField::VolumeTitle => self.volume_title.as_ref(),
            TextField::ContainerTitle => self.container_title.as_ref(),
            TextField::Series => self.series.as_ref(),
            TextField::Publisher => self.publisher.as_ref(),
            TextField::Place => self.place.as_ref(),
        }
    }

    /// The value of a text field, to change.
    pub fn text_mut(&mut self, field: TextField) -> &mut Option<String> {
        match field {
            TextField::Title => &mut self.title,
            TextField::VolumeTitle => &mut self.volume_title,
            TextField::ContainerTitle => &mut self.container_title,
            TextField::Series => &mut self.series,
            TextField::Publisher => &mut self.publisher,
            TextField::Place => &mut self.place,
        }
    }
}
