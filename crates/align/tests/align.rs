//! The aligner on composed en–ru pairs: merges, omissions, names in two scripts, paragraphs.

use steppe_align::{Aligner, Alignment, Language};
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

/// (source indices, target indices) of every bead.
fn shape(a: &Alignment) -> Vec<(Vec<usize>, Vec<usize>)> {
    a.beads
        .iter()
        .map(|b| (b.source.clone().collect(), b.target.clone().collect()))
        .collect()
}

fn align(en: &[&str], ru: &[&str], names: bool) -> Alignment {
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let aligner = if names {
        Aligner::new().with_names(&reverser)
    } else {
        Aligner::new()
    };
    aligner.align_sentences(en, ru, Language::En, Language::Ru)
}

const EN: [&str; 6] = [
    "The committee met in Astana on Monday morning.",
    "It discussed the budget for the next three years.",
    "The chairman opened the session with a short speech.",
    "Several members asked about the delays in construction.",
    "The minister promised a written answer within a month.",
    "The next meeting was set for the autumn.",
];
const RU: [&str; 6] = [
    "Комитет собрался в Астане в понедельник утром.",
    "Он обсудил бюджет на ближайшие три года.",
    "Председатель открыл заседание короткой речью.",
    "Несколько членов спросили о задержках строительства.",
    "Министр пообещал дать письменный ответ в течение месяца.",
    "Следующее заседание назначили на осень.",
];

#[test]
fn parallel_sentences_pair_one_to_one() {
    let a = align(&EN, &RU, false);
    let expected: Vec<_> = (0..6).map(|i| (vec![i], vec![i])).collect();
    assert_eq!(shape(&a), expected);
    assert!(a.beads.iter().all(|b| b.score > 0.5), "{:?}", a.beads);
}

#[test]
fn two_sentences_joined_in_the_translation_are_one_bead() {
    let mut ru: Vec<&str> = RU.to_vec();
    ru.splice(2..4, ["Председатель открыл заседание короткой речью, после чего несколько членов спросили о задержках строительства."]);
    let a = align(&EN, &ru, false);
    let s = shape(&a);
    assert!(s.contains(&(vec![2, 3], vec![2])), "{s:?}");
    assert!(
        s.contains(&(vec![4], vec![3])) && s.contains(&(vec![1], vec![1])),
        "{s:?}"
    );
    // And the other way: one English sentence split in two Russian ones.
    let b = align(&ru, &EN, false);
    assert!(shape(&b).contains(&(vec![2], vec![2, 3])), "{:?}", shape(&b));
}

#[test]
fn a_long_sentence_left_out_of_the_translation_is_alone_in_its_bead() {
    let mut en: Vec<&str> = EN.to_vec();
    en.insert(
        3,
        "In 2019 the same committee had approved 42 projects worth 17 billion tenge, most of them in the regions around the capital.",
    );
    let a = align(&en, &RU, false);
    let s = shape(&a);
    assert!(s.contains(&(vec![3], vec![])), "{s:?}");
    assert!(
        s.contains(&(vec![4], vec![3])) && s.contains(&(vec![2], vec![2])),
        "{s:?}"
    );
    let omitted = a.beads.iter().find(|b| b.target.is_empty()).unwrap();
    assert_eq!(omitted.score, 0.0);
}

#[test]
fn a_name_in_two_scripts_decides_where_a_sentence_goes() {
    // "Tokaev spoke." is merged into the Russian sentence before it or after it; the lengths are
    // symmetric, so only the name (Tokaev ~ Токаев) can tell which, whichever side it is on.
    let en = [
        "The session opened at nine.",
        "Tokaev spoke.",
        "The session closed at noon.",
    ];
    for (tokaev, other) in [(0, 1), (1, 0)] {
        let mut ru = [
            "Заседание открылось в десять; выступил ",
            "Заседание закрылось в восемь; выступил ",
        ]
        .map(String::from);
        ru[tokaev].push_str("Токаев.");
        ru[other].push_str("Сейтов.");
        let ru: Vec<&str> = ru.iter().map(String::as_str).collect();
        let a = align(&en, &ru, true);
        let bead = a.beads.iter().find(|b| b.source.contains(&1)).unwrap();
        assert!(bead.target.contains(&tokaev), "{:?}", shape(&a));
    }
}

#[test]
fn shared_option_names_and_numbers_anchor_technical_text() {
    let en = [
        "Use --all to list every file.",
        "The -l option prints 9 columns.",
        "Sorting follows the locale.",
    ];
    let ru = [
        "Параметр --all выводит все файлы, а -l печатает 9 столбцов.",
        "Сортировка следует локали.",
    ];
    let a = align(&en, &ru, false);
    assert_eq!(shape(&a), vec![(vec![0, 1], vec![0]), (vec![2], vec![1])]);
}

#[test]
fn paragraphs_keep_sentences_from_crossing_them() {
    // Two paragraphs on each side; the first Russian paragraph joins two sentences.
    let en = format!("{} {} {}\n\n{} {} {}", EN[0], EN[1], EN[2], EN[3], EN[4], EN[5]);
    let ru = format!(
        "{} Он обсудил бюджет на ближайшие три года, и председатель открыл заседание короткой речью.\n\n{} {} {}",
        RU[0], RU[3], RU[4], RU[5]
    );
    let a = Aligner::new().align_texts(&en, &ru, None, None);
    assert_eq!((a.source_lang, a.target_lang), (Language::En, Language::Ru));
    let s = shape(&a);
    assert_eq!(s[..2], [(vec![0], vec![0]), (vec![1, 2], vec![1])], "{s:?}");
    assert_eq!(
        s[2..],
        [(vec![3], vec![2]), (vec![4], vec![3]), (vec![5], vec![4])],
        "{s:?}"
    );
}

#[test]
fn unequal_paragraph_counts_do_not_stop_sentences_pairing() {
    // The translation joins the first two paragraphs into one.
    let en = format!(
        "{} {}\n\n{}\n\n{} {} {}",
        EN[0], EN[1], EN[2], EN[3], EN[4], EN[5]
    );
    let ru = format!("{} {} {}\n\n{} {} {}", RU[0], RU[1], RU[2], RU[3], RU[4], RU[5]);
    let a = Aligner::new().align_texts(&en, &ru, None, None);
    let expected: Vec<_> = (0..6).map(|i| (vec![i], vec![i])).collect();
    assert_eq!(shape(&a), expected);
}
