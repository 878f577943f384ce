//! Clusters of spellings of one name or one title across texts, for `steppe names`: `Nazarbaev`,
//! `Nazarbayev`, `Назарбаев`; `Tsentral'naia Azia v mirovoy politologii`, `Tsentralnaya Aziya v
//! mirovoi politologii`, `Центральная Азия в мировой политологии`.
//!
//! Names: every capitalised word that reads as Russian or as a name (not an English word, not an
//! initial) and that the line decision converts (`Nazarbayev` in English prose, not `Russia` or
//! `Goldgeier`) is keyed with [`key`](super::key()); words sharing a key form a cluster.
//!
//! Titles: the romanised spans that `steppe refs` finds (the line decision converts their words)
//! that have two words or more and a lower-case word after the first, as Russian titles of books,
//! articles and periodicals do (`Izbrannye rechi`; `Nursultan Nazarbaev` is two names, not a
//! title). Leading names and initials are taken off (`Laumulin M. Tsentral'naia Azia…`). A title's
//! key is the sequence of its word keys, so spellings in different schemes meet; a title wrapped
//! across two lines counts as written on one (the break as a space). A run of Cyrillic
//! words joins a title cluster where a stretch of it has the key of a romanised title: a Cyrillic
//! text alone makes no title clusters, as every clause of it would look like one. The first word
//! of a title counts as a name only when it reads as a name (its capital is the title's, not a
//! name's).
//!
//! The preferred form is the commonest spelling (ties: the first seen); the Cyrillic is the
//! commonest Cyrillic spelling seen, or else the reading of the preferred form.

use super::key::{key, push_word_key, word_reading};
use super::phrase::{tokenize, Analysis, Decided, Kind, Reverser};
use super::refs::{cyrillic_ranges, text_spans_with, TextSpan};
use super::text::text_pieces;
use super::{has_cyrillic, WordCheck};
use std::collections::{HashMap, HashSet};

/// What a cluster holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClusterKind {
    /// A name: one word (`Nazarbaev`).
    Name,
    /// A title of a book, article or periodical: several words (`Izbrannye rechi`).
    Title,
}

/// One name or title and its spellings.
#[derive(Clone, Debug, serde::Serialize)]
pub struct NameCluster {
    /// Name or title.
    pub kind: ClusterKind,
    /// The matching key shared by the spellings.
    pub key: String,
    /// The commonest spelling.
    pub preferred: String,
    /// Its Cyrillic: the commonest Cyrillic spelling seen, or the reading of the preferred one.
    pub cyrillic: String,
    /// Every spelling with its count, commonest first.
    pub variants: Vec<(String, usize)>,
    /// All occurrences.
    pub count: usize,
}

/// Where an occurrence was seen: text, line, token (for ties, the first seen wins).
type Position = (usize, usize, usize);

/// The spellings of one cluster: spelling, count, first position, and the Cyrillic of a Latin
/// spelling alone (read when it was first seen, so that the end needs no reading).
type Spellings = Vec<(String, usize, Position, Option<String>)>;

/// Occurrences gathered by kind and key.
#[derive(Default)]
struct Gathered {
    by_key: HashMap<(ClusterKind, String), Spellings>,
}

impl Gathered {
    /// Adds an occurrence of `spelling`; `cyrillic` gives its Cyrillic when it is new.
    fn add(
        &mut self,
        kind: ClusterKind,
        key: String,
        spelling: &str,
        at: Position,
        cyrillic: impl FnOnce() -> Option<String>,
    ) {
        let spellings = self.by_key.entry((kind, key)).or_default();
        match spellings.iter_mut().find(|(s, _, _, _)| s == spelling) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 = entry.2.min(at);
            }
            None => spellings.push((spelling.to_owned(), 1, at, cyrillic())),
        }
    }
}

/// Clusters the names and titles of `texts`; clusters with most occurrences first, then names
/// before titles, then by key.
///
/// ```
/// use steppe_translit::reverse::{cluster_names, Reverser, WordList};
/// use steppe_translit::reverse::cluster::ClusterKind;
/// let lexicon = WordList::from_words(["в", "избранные", "речи"]);
/// let r = Reverser::new(&lexicon);
/// let clusters = cluster_names(&r, &["Nazarbaev v Astane", "Nazarbayev; Назарбаев"]);
/// assert_eq!(clusters[0].variants.len(), 3);
/// let clusters = cluster_names(&r, &["N. Nazarbaev, Izbrannye rechi.", "Назарбаев Н. Избранные речи."]);
/// let title = clusters.iter().find(|c| c.kind == ClusterKind::Title).unwrap();
/// assert_eq!((title.count, title.cyrillic.as_str()), (2, "Избранные речи"));
/// ```
pub fn cluster_names<'t, L: WordCheck>(reverser: &Reverser<L>, texts: &[&'t str]) -> Vec<NameCluster> {
    let mut gathered = Gathered::default();
    // Romanised titles first, so that Cyrillic runs seen anywhere can join them.
    let mut title_lengths = HashSet::new();
    let mut not_names: HashSet<Position> = HashSet::new();
    let mut first_word_is_name: HashMap<String, bool> = HashMap::new();
    // The words that may be names (key, spelling, position), found with the one decision on their
    // line that the titles come from: deciding the line again would read its words again once the
    // reverser's cache has started over (a long text of ever new words). Added once every title
    // has said which of them begin titles.
    let mut names: Vec<(String, &'t str, Position)> = Vec::new();
    // The Cyrillic of each Latin name spelling alone, read when first seen, its analysis at hand.
    let mut name_cyrillic: HashMap<&'t str, String> = HashMap::new();
    for (t, text) in texts.iter().enumerate() {
        let each_piece = |l: usize, (decided, analyses): &Decided<'t>| {
            for (i, (token, report)) in decided.iter().enumerate() {
                // A Latin word is a name where the line converts it: `Nazarbayev` in English
                // prose, not `Russia` or `Goldgeier`.
                let (Some(report), Some(a)) = (report, &analyses[i]) else {
                    continue;
                };
                let converted = has_cyrillic(token) || report.output != report.latin;
                if !converted || !is_name_like(reverser, token, a) {
                    continue;
                }
                if !has_cyrillic(token) && !name_cyrillic.contains_key(token) {
                    reverser.remember(std::iter::once((*token, a)));
                    name_cyrillic.insert(token, reverser.cyrillic(token));
                }
                names.push((name_key(reverser, token, a), token, (t, l, i)));
            }
        };
        // A title wrapped across two lines is one span, written with a space for the break.
        let each_span = |span: TextSpan<'t>| {
            span.remember(reverser);
            let tokens = tokenize(&span.latin);
            let Some(words) = title_words(reverser, &tokens, 0, tokens.len() - 1) else {
                return;
            };
            let first = words[0];
            // Where the title's first word stands in the text (the span's words, in order).
            let Some(&(l, at)) = span.words.get(tokens[..first].iter().filter(|t| t.1).count()) else {
                return;
            };
            let spelling: String = tokens[first..].iter().map(|t| t.0).collect();
            let key = key(reverser, &spelling);
            let is_name = reverser.analyse(tokens[first].0).kind == Kind::Name;
            if !is_name {
                not_names.insert((t, l, at));
            }
            first_word_is_name.entry(key.clone()).or_insert(is_name);
            title_lengths.insert(words.len());
            gathered.add(ClusterKind::Title, key, &spelling, (t, l, at), || {
                Some(reverser.cyrillic(&spelling))
            });
        };
        text_spans_with(reverser, text, each_piece, each_span);
    }
    let mut lengths: Vec<usize> = title_lengths.into_iter().collect();
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    for (t, text) in texts.iter().enumerate() {
        // The units of `text_spans_with`: lines, a line too long for one decision in pieces.
        for (l, (_, line)) in text_pieces(text).enumerate() {
            let tokens = tokenize(line);
            for (start, end) in cyrillic_ranges(line) {
                let words: Vec<usize> = (start..=end).filter(|&i| tokens[i].1).collect();
                let keys: Vec<String> = words.iter().map(|&i| key(reverser, tokens[i].0)).collect();
                let mut w = 0;
                while w < words.len() {
                    let found = lengths.iter().filter(|&&n| w + n <= words.len()).find_map(|&n| {
                        let k = keys[w..w + n].join(" ");
                        first_word_is_name.get(&k).map(|&is_name| (n, k, is_name))
                    });
                    let Some((n, k, is_name)) = found else {
                        w += 1;
                        continue;
                    };
                    let (first, last) = (words[w], words[w + n - 1]);
                    let spelling: String = tokens[first..=last].iter().map(|t| t.0).collect();
                    if !is_name {
                        not_names.insert((t, l, first));
                    }
                    gathered.add(ClusterKind::Title, k, &spelling, (t, l, first), || None);
                    w += n;
                }
            }
        }
    }
    for (k, token, at) in names {
        if !not_names.contains(&at) {
            gathered.add(ClusterKind::Name, k, token, at, || name_cyrillic.remove(token));
        }
    }
    merge_surname_forms(&mut gathered);
    let mut clusters: Vec<NameCluster> = gathered
        .by_key
        .into_iter()
        .map(|((kind, key), mut spellings)| {
            spellings.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
            let preferred = spellings[0].0.clone();
            let cyrillic = match spellings.iter().find(|s| has_cyrillic(&s.0)) {
                Some(s) => s.0.clone(),
                None => spellings[0]
                    .3
                    .take()
                    .unwrap_or_else(|| reverser.cyrillic(&preferred)),
            };
            let count = spellings.iter().map(|s| s.1).sum();
            let variants = spellings.into_iter().map(|(s, n, _, _)| (s, n)).collect();
            NameCluster {
                kind,
                key,
                preferred,
                cyrillic,
                variants,
                count,
            }
        })
        .collect();
    clusters.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.key.cmp(&b.key))
    });
    clusters
}

/// The word tokens of the romanised span `start..=end` that make a title, leading names and
/// initials taken off; `None` when what is left is not a title (fewer than two words, or no
/// lower-case word after the first).
fn title_words<L: WordCheck>(
    reverser: &Reverser<L>,
    tokens: &[(&str, bool)],
    start: usize,
    end: usize,
) -> Option<Vec<usize>> {
    let mut words: Vec<usize> = (start..=end).filter(|&i| tokens[i].1).collect();
    let lower_after_first = |w: &[usize]| {
        w[1..]
            .iter()
            .any(|&i| tokens[i].0.starts_with(char::is_lowercase))
    };
    // `Laumulin M. Tsentral'naia Azia…`: the author is a name, the rest the title.
    while words.len() > 2 && lower_after_first(&words[1..]) {
        let first = tokens[words[0]].0;
        let initial = first.chars().count() == 1 && first.chars().all(char::is_uppercase);
        if !initial && reverser.analyse(first).kind != Kind::Name {
            break;
        }
        words.remove(0);
    }
    (words.len() >= 2 && lower_after_first(&words)).then_some(words)
}

/// The [`key`] of the word `token`, analysed as `a`.
fn name_key<L: WordCheck>(reverser: &Reverser<L>, token: &str, a: &Analysis) -> String {
    match tokenize(token)[..] {
        [(word, true)] if word == token => {
            let mut k = String::new();
            push_word_key(&mut k, &word_reading(token, Some(a)));
            k
        }
        _ => key(reverser, token),
    }
}

/// Whether `token` (a capitalised word the line converts, analysed as `a`) may be a name: not an
/// initial, not all capitals, and not a common word that the lexicon knows in lower case only
/// (`Presidenta`, `Respubliki`, `Президента`: a capital at the start of a sentence or a title
/// makes no name).
fn is_name_like<L: WordCheck>(reverser: &Reverser<L>, token: &str, a: &Analysis) -> bool {
    let mut chars = token.chars();
    let (Some(first), Some(_)) = (chars.next(), chars.next()) else {
        return false;
    };
    if !first.is_uppercase() || token.chars().all(char::is_uppercase) {
        return false;
    }
    let common_only = |cyr: &str| {
        reverser
            .lexicon()
            .word_info(&cyr.to_lowercase())
            .is_some_and(|i| i.is_common() && !i.is_proper())
    };
    if has_cyrillic(&first.to_string()) {
        return !common_only(token);
    }
    let common =
        matches!(a.kind, Kind::Russian | Kind::Contaminated) && a.reading.as_deref().is_some_and(common_only);
    !common && (matches!(a.kind, Kind::Name | Kind::Contaminated) || (a.kind == Kind::Russian && !a.english))
}

/// Keyed endings of inflected and feminine forms of Russian surnames, with the keyed ending of
/// the surname itself (keys fold й and ы to и): `Nazarbaeva`, `Nazarbaevym` → `Nazarbaev`,
/// `Chernomyrdinu` → `Chernomyrdin`, `Zhirinovskogo` → `Zhirinovskii`.
const SURNAME_FORMS: &[(&str, &str)] = &[
    ("ова", "ов"),
    ("ову", "ов"),
    ("ове", "ов"),
    ("овим", "ов"),
    ("овои", "ов"),
    ("ових", "ов"),
    ("ева", "ев"),
    ("еву", "ев"),
    ("еве", "ев"),
    ("евим", "ев"),
    ("евои", "ев"),
    ("евих", "ев"),
    ("ина", "ин"),
    ("ину", "ин"),
    ("ине", "ин"),
    ("иним", "ин"),
    ("инои", "ин"),
    ("иних", "ин"),
    ("ская", "ски"),
    ("ского", "ски"),
    ("скому", "ски"),
    ("ском", "ски"),
    ("скои", "ски"),
    ("скую", "ски"),
    ("ских", "ски"),
];

/// Merges each name cluster whose key is an inflected or feminine form of a surname (see
/// [`SURNAME_FORMS`]) into the cluster of that surname, when the surname itself was seen:
/// `Nazarbaeva` joins `Nazarbaev`, while a lone `Marina` stays as it is.
fn merge_surname_forms(gathered: &mut Gathered) {
    let mut keys: Vec<String> = gathered
        .by_key
        .keys()
        .filter(|(kind, _)| *kind == ClusterKind::Name)
        .map(|(_, key)| key.clone())
        .collect();
    keys.sort();
    for key in keys {
        let base = SURNAME_FORMS.iter().find_map(|(form, base)| {
            let stem = key.strip_suffix(form)?;
            (stem.chars().count() >= 3).then(|| format!("{stem}{base}"))
        });
        let Some(base) = base.filter(|b| gathered.by_key.contains_key(&(ClusterKind::Name, b.clone())))
        else {
            continue;
        };
        let Some(forms) = gathered.by_key.remove(&(ClusterKind::Name, key)) else {
            continue;
        };
        let target = gathered.by_key.entry((ClusterKind::Name, base)).or_default();
        for (spelling, count, at, cyrillic) in forms {
            match target.iter_mut().find(|(s, _, _, _)| *s == spelling) {
                Some(entry) => {
                    entry.1 += count;
                    entry.2 = entry.2.min(at);
                }
                None => target.push((spelling, count, at, cyrillic)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::WordList;
    use super::*;

    #[test]
    fn variants_cluster_and_english_words_do_not() {
        let lexicon = WordList::from_words(["и"]);
        let r = Reverser::new(&lexicon);
        let texts = [
            "Nazarbaev and Tokaev",
            "Nazarbaev i Tokayev",
            "President Nazarbayev",
        ];
        let clusters = cluster_names(&r, &texts);
        let naz = &clusters[0];
        assert_eq!(naz.preferred, "Nazarbaev");
        assert_eq!(naz.count, 3);
        assert_eq!(
            naz.variants,
            [("Nazarbaev".to_owned(), 2), ("Nazarbayev".to_owned(), 1)]
        );
        assert_eq!(clusters[1].variants.len(), 2, "{clusters:?}");
        assert!(!clusters.iter().any(|c| c.preferred == "President"));
    }

    #[test]
    fn an_inflected_surname_joins_the_surname_only_when_the_surname_is_seen() {
        let lexicon = WordList::from_words(["и"]);
        let r = Reverser::new(&lexicon);
        let clusters = cluster_names(&r, &["Nazarbaev i Nazarbaeva", "Nazarbaevym; Ivanova"]);
        let naz = clusters.iter().find(|c| c.key == key(&r, "Nazarbaev")).unwrap();
        assert_eq!(naz.count, 3, "{clusters:?}");
        assert_eq!(naz.variants.len(), 3);
        let ivanova = clusters.iter().find(|c| c.preferred == "Ivanova").unwrap();
        assert_eq!(ivanova.variants, [("Ivanova".to_owned(), 1)]);
    }

    #[test]
    fn a_capitalised_common_word_is_no_name() {
        let lexicon = steppe_lexicon::LexiconSet::embedded();
        let r = Reverser::new(&lexicon);
        let clusters = cluster_names(&r, &["Presidenta Respubliki Kazakhstan Nazarbaev."]);
        assert!(
            !clusters.iter().any(|c| c.kind == ClusterKind::Name
                && (c.preferred == "Respubliki" || c.preferred == "Presidenta")),
            "{clusters:?}"
        );
    }

    #[test]
    fn titles_cluster_across_schemes_and_files_with_their_cyrillic() {
        let lexicon = WordList::from_words([
            "центральная",
            "азия",
            "в",
            "мировой",
            "политологии",
            "внешняя",
            "политика",
            "казахстана",
        ]);
        let r = Reverser::new(&lexicon);
        let a = "1 M. Laumulin, Tsentral'naia Azia v mirovoy politologii (Almaty, 2009), p. 12.\n\
                 2 See also: Vneshniaia politika Kazakhstana, and Z. Brzezinski, The Grand Chessboard.\n\
                 3 Laumulin M. Tsentralnaya Aziya v mirovoi politologii. Almaty, 2009.";
        let b = "Лаумулин М. Центральная Азия в мировой политологии. Алматы, 2009.\n\
                 Vneshnyaya politika Kazakhstana (Astana, 2010); The Grand Chessboard, p. 3.\n\
                 Centralʹnaâ Aziâ v mirovoj politologii, s. 5.";
        let clusters = cluster_names(&r, &[a, b]);
        let titles: Vec<&NameCluster> = clusters.iter().filter(|c| c.kind == ClusterKind::Title).collect();
        assert_eq!(titles.len(), 2, "{titles:#?}");
        let spellings = |c: &NameCluster| c.variants.iter().map(|v| v.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            spellings(titles[0]),
            [
                "Tsentral'naia Azia v mirovoy politologii",
                "Tsentralnaya Aziya v mirovoi politologii",
                "Центральная Азия в мировой политологии",
                "Centralʹnaâ Aziâ v mirovoj politologii",
            ]
        );
        assert_eq!(titles[0].cyrillic, "Центральная Азия в мировой политологии");
        assert_eq!(titles[0].count, 4);
        assert_eq!(
            spellings(titles[1]),
            [
                "Vneshniaia politika Kazakhstana",
                "Vneshnyaya politika Kazakhstana"
            ]
        );
        assert_eq!(titles[1].cyrillic, "Внешняя политика Казахстана");
        // The English title is no cluster, nor are its words; the author is a name, the first
        // word of a title is not.
        for c in &clusters {
            assert!(
                !c.preferred.contains("Grand") && !c.preferred.contains("Chessboard"),
                "{c:?}"
            );
            let first_word = c.kind == ClusterKind::Name && c.preferred.starts_with(['T', 'V', 'C']);
            assert!(!first_word, "{c:?}");
        }
        let laumulin = clusters.iter().find(|c| c.preferred == "Laumulin").unwrap();
        assert_eq!((laumulin.kind, laumulin.count), (ClusterKind::Name, 3));
    }

    #[test]
    fn a_title_wrapped_across_lines_is_one_spelling() {
        let lexicon = WordList::from_words(["центральная", "азия", "в", "мировой", "политологии"]);
        let r = Reverser::new(&lexicon);
        let a = "1 Laumulin M. Tsentral'naia Azia v\nmirovoi politologii (Almaty, 2009), p. 12.";
        let b = "2 M. Laumulin, Tsentral'naia Azia v mirovoi politologii, p. 3.";
        let clusters = cluster_names(&r, &[a, b]);
        let title = clusters.iter().find(|c| c.kind == ClusterKind::Title).unwrap();
        assert_eq!(
            title.variants,
            [("Tsentral'naia Azia v mirovoi politologii".to_owned(), 2)]
        );
        // The author before the title is still a name, the title's first word is not.
        let laumulin = clusters.iter().find(|c| c.preferred == "Laumulin").unwrap();
        assert_eq!(laumulin.count, 2);
        assert!(!clusters
            .iter()
            .any(|c| c.kind == ClusterKind::Name && c.preferred.starts_with('T')));
    }

    #[test]
    fn a_cyrillic_text_alone_makes_no_title_clusters() {
        let lexicon = WordList::from_words(["центральная", "азия"]);
        let r = Reverser::new(&lexicon);
        let clusters = cluster_names(&r, &["Центральная Азия и мир. Новые книги о регионе."]);
        assert!(
            clusters.iter().all(|c| c.kind == ClusterKind::Name),
            "{clusters:?}"
        );
    }
}
