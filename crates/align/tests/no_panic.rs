//! Property tests: any two texts align without a panic, and the beads cover both sides in order,
//! every sentence exactly once.

use proptest::prelude::*;
use steppe_align::{Aligner, Alignment, Language};

fn check_cover(a: &Alignment) {
    let (mut s, mut t) = (0, 0);
    for b in &a.beads {
        assert_eq!((b.source.start, b.target.start), (s, t), "{:?}", a.beads);
        assert!(
            !(b.source.is_empty() && b.target.is_empty()),
            "an empty bead: {:?}",
            a.beads
        );
        assert!(b.source.len() <= 3 && b.target.len() <= 3);
        assert!((0.0..=1.0).contains(&b.score), "{b:?}");
        (s, t) = (b.source.end, b.target.end);
    }
    assert_eq!((s, t), (a.source.len(), a.target.len()));
}

/// Sentence-like strings over a mixed alphabet (Latin, Cyrillic, digits, punctuation, quotes).
fn sentence() -> impl Strategy<Value = String> {
    "[A-Za-zА-Яа-яәқ0-9 ,.:()«»\"-]{0,60}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn sentence_lists_are_covered_in_order(
        src in prop::collection::vec(sentence(), 0..40),
        tgt in prop::collection::vec(sentence(), 0..40),
    ) {
        let (s, t): (Vec<&str>, Vec<&str>) = (src.iter().map(String::as_str).collect(), tgt.iter().map(String::as_str).collect());
        let a = Aligner::new().align_sentences(&s, &t, Language::En, Language::Ru);
        check_cover(&a);
    }

    #[test]
    fn texts_with_paragraphs_are_covered_in_order(
        src in prop::collection::vec(sentence(), 1..30),
        tgt in prop::collection::vec(sentence(), 1..30),
        breaks in prop::collection::vec(any::<bool>(), 30),
    ) {
        let join = |v: &[String]| {
            v.iter().zip(&breaks).map(|(s, b)| format!("{s}{}", if *b { "\\n\\n" } else { " " })).collect::<String>()
        };
        let key = |w: &str| w.to_lowercase();
        let a = Aligner::new().with_names(&key).align_texts(&join(&src), &join(&tgt), None, None);
        check_cover(&a);
    }
}

#[test]
fn long_texts_with_a_lopsided_start_are_covered() {
    // 300 source sentences against 100: the path leaves the first band, which has to widen, and\n    // the beads must still cover all.
    let src: Vec<String> = (0..300)
        .map(|i| format!("Sentence number {i} is here."))
        .collect();
    let tgt: Vec<String> = (0..100).map(|i| format!("Предложение {i} здесь.")).collect();
    let s: Vec<&str> = src.iter().map(String::as_str).collect();
    let t: Vec<&str> = tgt.iter().map(String::as_str).collect();
    let a = Aligner::new().align_sentences(&s, &t, Language::En, Language::Ru);
    check_cover(&a);
}
