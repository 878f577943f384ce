//! Hostile input costs linear work in every entry point of the reverse engine: one long word, a
//! long word of `shch`, a long line of ever new words, deep brackets and quotes. No timing: the
//! search's own work counter (`search::work`, letters of the partial readings it built) is read at
//! input sizes n and 2n, and doubling the input must at most about double it. Before the guard
//! on word length, a word of n letters cost about n² of it (every step copies the reading so far).

use proptest::prelude::*;
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::text::tokenize;
use steppe_translit::reverse::{
    cluster_names, detect, key, reference_spans, search, Kind, Reverser, MAX_WORD_LETTERS,
};
use steppe_translit::{scheme, Lang};

/// A line of `n` distinct made-up words (syllables of romanised Russian), so that no cache helps.
fn new_words(n: usize, seed: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "zhe", "kha", "tso", "chu", "shi", "ia", "iu", "nov", "lin", "ska", "ro", "mi", "tel'", "da",
        "vy",
    ];
    (0..n)
        .map(|i| {
            let mut k = i * 7919 + seed * 104_729 + 1;
            let mut w = String::new();
            for _ in 0..4 {
                w.push_str(SYLLABLES[k % 16]);
                k /= 16;
            }
            w
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The hostile inputs at size `n`: what doubles when `n` does.
fn inputs(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("a word of a", "a".repeat(n * 8)),
        ("a word of shch", "shch".repeat(n * 2)),
        ("a word with apostrophes", "ta'".repeat(n * 3)),
        ("ever new words", new_words(n / 8, 0)),
        (
            "deep brackets",
            format!("{}Rossiia{}", "(".repeat(n), ")".repeat(n)),
        ),
        ("quotes", "'Rossiia' ".repeat(n / 8)),
    ]
}

/// Runs `f` on each input at sizes n and 2n and checks the work at most about doubles.
fn check_linear(entry: &str, f: impl Fn(&Reverser<LexiconSet>, &str)) {
    let lexicon = LexiconSet::embedded();
    let n = 400;
    for ((name, small), (_, large)) in inputs(n).into_iter().zip(inputs(2 * n)) {
        // A fresh reverser each time: its cache must not hide the work.
        let measure = |text: &str| {
            let r = Reverser::new(&lexicon);
            let before = search::work();
            f(&r, text);
            search::work() - before
        };
        let (w1, w2) = (measure(&small), measure(&large));
        assert!(
            w2 <= 2 * w1 + w1 / 4 + 10_000,
            "{entry} on {name}: work {w1} at n, {w2} at 2n"
        );
    }
}

#[test]
fn cyrillic_work_is_linear_on_hostile_input() {
    check_linear("cyrillic", |r, t| {
        r.cyrillic(t);
    });
}

#[test]
fn explain_work_is_linear_on_hostile_input() {
    check_linear("explain", |r, t| {
        r.explain(t);
    });
}

#[test]
fn key_work_is_linear_on_hostile_input() {
    check_linear("key", |r, t| {
        key(r, t);
    });
}

#[test]
fn detect_work_is_linear_on_hostile_input() {
    check_linear("detect", |r, t| {
        detect(r, t);
    });
}

#[test]
fn names_work_is_linear_on_hostile_input() {
    check_linear("names", |r, t| {
        cluster_names(r, &[t]);
    });
}

#[test]
fn refs_work_is_linear_on_hostile_input() {
    let style = scheme("ala_lc", Lang::Ru).unwrap();
    check_linear("refs", |r, t| {
        reference_spans(r, &[(1, t)], style);
    });
}

#[test]
fn a_word_longer_than_the_bound_is_left_as_written_with_a_reason() {
    let lexicon = LexiconSet::embedded();
    let r = Reverser::new(&lexicon);
    let long = "shch".repeat(MAX_WORD_LETTERS / 4 + 1);
    let line = format!("Tsentral'naia {long} Azia");
    assert_eq!(r.cyrillic(&line), format!("Центральная {long} Азия"));
    let report = r.explain(&line).into_iter().find(|w| w.latin == long).unwrap();
    assert_eq!(report.kind, Kind::TooLong);
    assert!(
        report.reason.contains("longer than 64 letters"),
        "{}",
        report.reason
    );
    // At the bound itself a word is still read (`shch` 16 times is 64 letters).
    let at_bound = "shch".repeat(MAX_WORD_LETTERS / 4);
    assert_ne!(r.analyse(&at_bound).kind, Kind::TooLong);
}

#[test]
fn a_line_longer_than_a_piece_reads_as_its_pieces_would() {
    let lexicon = LexiconSet::embedded();
    let r = Reverser::new(&lexicon);
    let sentence = "Tsentral'naia Azia v mirovoy politologii. ";
    let line = sentence.repeat(4000); // about 170 kB: three pieces
    let out = r.cyrillic(&line);
    assert_eq!(out, "Центральная Азия в мировой политологии. ".repeat(4000));
    assert_eq!(r.explain(&line).len(), 5 * 4000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the line, tokens join back into it, no word token is empty, and the Cyrillic keeps
    /// one line per line with every word too long to read left exactly as written.
    #[test]
    fn long_hostile_lines_keep_their_shape(
        parts in prop::collection::vec(
            prop_oneof![
                "[a-z]{1,12}",
                "(shch){17,40}",
                "a{65,300}",
                "['’ʹ(),.;:\"]{1,6}",
                " {1,3}",
                "\n",
            ],
            1..60,
        )
    ) {
        let text: String = parts.concat();
        for line in text.split('\n') {
            let tokens = tokenize(line);
            prop_assert_eq!(tokens.iter().map(|t| t.0).collect::<String>(), line);
            prop_assert!(tokens.iter().all(|t| !t.0.is_empty()));
        }
        let lexicon = LexiconSet::embedded();
        let r = Reverser::new(&lexicon);
        let out = r.cyrillic(&text);
        prop_assert_eq!(out.split('\n').count(), text.split('\n').count());
        for line in text.split('\n') {
            for (word, is_word) in tokenize(line) {
                if is_word && word.chars().count() > MAX_WORD_LETTERS {
                    prop_assert!(out.contains(word), "{} changed", word);
                }
            }
        }
    }
}

#[test]
fn key_and_detect_of_a_line_longer_than_a_piece_read_every_word() {
    let lexicon = LexiconSet::embedded();
    let r = Reverser::new(&lexicon);
    let sentence = "Tsentral'naia Azia v mirovoy politologii. ";
    let line = sentence.repeat(4000); // about 170 kB: three pieces
    let one = key(&r, sentence);
    assert_eq!(key(&r, &line), vec![one.as_str(); 4000].join(" "));
    let found = detect(&r, &line);
    assert_eq!(found.informative, 4000 * detect(&r, sentence).informative);
}

/// A word cache far too small for the texts below, so that it starts over again and again, as the
/// default one does on a long text of ever new words.
const SMALL_CACHE: usize = 64;

/// `lines` lines of ten ever new words, every third capitalised (names, and titles where a
/// lower-case word follows), with a comma or a full stop between some.
fn new_text(lines: usize) -> String {
    let words = new_words(lines * 10, 1);
    let mut text = String::new();
    for (i, word) in words.split(' ').enumerate() {
        if i % 10 == 0 && i > 0 {
            text.push('\n');
        } else if i % 10 == 5 {
            text.push_str(", ");
        } else if i % 10 == 8 {
            text.push_str(". ");
        } else if i > 0 {
            text.push(' ');
        }
        if i % 3 == 0 {
            let mut letters = word.chars();
            text.extend(letters.next().map(|c| c.to_ascii_uppercase()));
            text.push_str(letters.as_str());
        } else {
            text.push_str(word);
        }
    }
    text
}

/// Runs `f` with a reverser whose cache is [`SMALL_CACHE`] words on `text` (every word distinct)
/// and checks that it analysed no word twice: each command reads each word once, whatever the
/// cache holds, so its time stays linear on text of ever new words.
fn check_one_analysis_per_word(entry: &str, text: &str, f: impl Fn(&Reverser<LexiconSet>, &str)) {
    let lexicon = LexiconSet::embedded();
    let words: Vec<&str> = text
        .split('\n')
        .flat_map(tokenize)
        .filter(|t| t.1)
        .map(|t| t.0)
        .collect();
    let distinct: std::collections::HashSet<&str> = words.iter().copied().collect();
    assert_eq!(distinct.len(), words.len(), "the words are all new");
    let r = Reverser::new(&lexicon).with_cache_words(SMALL_CACHE);
    f(&r, text);
    let analysed = r.words_analysed();
    assert!(
        analysed <= words.len() as u64,
        "{entry}: {analysed} analyses of {} words",
        words.len()
    );
}

#[test]
fn names_analyse_each_word_once_when_the_cache_starts_over() {
    check_one_analysis_per_word("names (one line)", &new_text(200).replace('\n', " "), |r, t| {
        cluster_names(r, &[t]);
    });
    check_one_analysis_per_word("names (lines)", &new_text(200), |r, t| {
        cluster_names(r, &[t]);
    });
}

#[test]
fn detect_key_and_cyrillic_analyse_each_word_once_when_the_cache_starts_over() {
    let line = new_text(200).replace('\n', " ");
    check_one_analysis_per_word("detect", &line, |r, t| {
        detect(r, t);
    });
    check_one_analysis_per_word("key", &line, |r, t| {
        key(r, t);
    });
    check_one_analysis_per_word("cyrillic", &new_text(200), |r, t| {
        r.cyrillic(t);
    });
}

#[test]
fn refs_analyse_each_word_once_when_the_cache_starts_over() {
    let style = scheme("ala_lc", Lang::Ru).unwrap();
    check_one_analysis_per_word("refs", &new_text(200), |r, t| {
        reference_spans(r, &[(1, t)], style);
    });
}
