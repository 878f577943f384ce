//! `extract` on composed notes: an `Ibid.`, one work cited again in another romanisation, a book
//! with publisher and place.

use steppe_bib::extract::extract;
use steppe_bib::Kind;
use steppe_doc::{Document, Lang};
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

const TEXT: &str = "Kazakhstan's foreign policy has been studied at length.¹ The same author returned to it \
later.² Others disagree.³ The debate goes on.⁴

1 See: B. Sultanov, \"Vneshnyaya politika Kazakhstana: itogi i perspektivy,\" Mezhdunarodnaya zhizn, No. 4, 2011, pp. 12-20.
2 Ibid.
3 O. Kuznetsov, Bol'shaya igra v Tsentral'noy Azii, Nauka, Moskva, 2010, p. 44.
4 B. Sultanov, \"Vneshniaia politika Kazakhstana: itogi i perspektivy,\" Mezhdunarodnaia zhizn', No. 4, 2011, p. 15.
";

#[test]
fn one_entry_per_work_under_any_spelling() {
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let doc = Document::parse("composed.txt", TEXT, Lang::En);
    let works = extract(&reverser, &doc);
    assert_eq!(works.len(), 2, "{works:#?}");
    let article = &works[0];
    assert_eq!(article.notes, [1, 2, 4]);
    let e = &article.entry;
    assert_eq!((e.id.as_str(), e.kind), ("sultanov2011", Kind::Article));
    assert_eq!(
        e.title.as_deref(),
        Some("Vneshnyaya politika Kazakhstana: itogi i perspektivy")
    );
    assert_eq!(e.container_title.as_deref(), Some("Mezhdunarodnaya zhizn"));
    assert_eq!(
        (e.issue.as_deref(), e.pages.as_deref()),
        (Some("4"), Some("12-20"))
    );
    let book = &works[1].entry;
    assert_eq!((book.id.as_str(), book.kind), ("kuznetsov2010", Kind::Book));
    assert_eq!(book.authors[0].given, "O.");
    assert_eq!(book.title.as_deref(), Some("Bol'shaya igra v Tsentral'noy Azii"));
    assert_eq!(
        (book.publisher.as_deref(), book.place.as_deref()),
        (Some("Nauka"), Some("Moskva"))
    );
    assert_eq!(book.year.as_deref(), Some("2010"));
}
