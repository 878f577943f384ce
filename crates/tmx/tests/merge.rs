//! `merge`: the newest duplicate is kept where the first copy stood, and merging is associative
//! (a Spark job will merge partitions in any grouping), checked on generated memories with many
//! duplicates, equal dates, missing dates and dates that are not TMX dates.

use proptest::prelude::*;
use steppe_tmx::merge::Merge;
use steppe_tmx::{Admin, Header, Reader, TranslationUnit, Writer};

/// Merges TMX documents in order and writes the result as `steppe tmx merge` does.
fn merge(sources: &[&[u8]]) -> Vec<u8> {
    let mut merged = Merge::new().unwrap();
    for source in sources {
        for unit in Reader::from_slice(source).unwrap() {
            merged.add(&unit.unwrap()).unwrap();
        }
    }
    let mut writer = Writer::new(Vec::new(), &Header::new("en")).unwrap();
    for unit in merged.finish().unwrap() {
        writer.write_unit(&unit.unwrap()).unwrap();
    }
    writer.finish().unwrap().0
}

fn document(units: &[TranslationUnit]) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new(), &Header::new("en")).unwrap();
    for unit in units {
        writer.write_unit(unit).unwrap();
    }
    writer.finish().unwrap().0
}

fn units(bytes: &[u8]) -> Vec<TranslationUnit> {
    Reader::from_slice(bytes).unwrap().map(Result::unwrap).collect()
}

const DATES: [Option<&str>; 6] = [
    None,
    Some("20200101T000000Z"),
    Some("20200101T000000Z"),
    Some("20231231T235959Z"),
    Some("2024-05-01"),
    Some("garbage"),
];

/// A unit from a small vocabulary (so that duplicates are common), a date and an id.
fn unit(text: u8, date: usize, id: u32) -> TranslationUnit {
    let en = ["Save", "Open", "Save ", "Close", " Open  ", "Print"][text as usize % 6];
    let ru = [
        "Сохранить",
        "Открыть",
        "Сохранить",
        "Закрыть",
        "Открыть",
        "Печать",
    ][text as usize % 6];
    let mut unit = TranslationUnit::from_pairs(&[("en", en), ("ru", ru)]);
    unit.tuid = Some(id.to_string());
    unit.admin = Admin {
        changedate: DATES[date % DATES.len()].map(str::to_owned),
        creationdate: (date % 4 == 0).then(|| "20210101T000000Z".to_owned()),
        ..Admin::default()
    };
    unit
}

fn memory() -> impl Strategy<Value = Vec<TranslationUnit>> {
    prop::collection::vec((0u8..6, 0usize..8, 0u32..1000), 0..12).prop_map(|rows| {
        rows.into_iter()
            .map(|(text, date, id)| unit(text, date, id))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merge_is_associative(a in memory(), b in memory(), c in memory()) {
        let (a, b, c) = (document(&a), document(&b), document(&c));
        let left = merge(&[&merge(&[&a, &b]), &c]);
        let right = merge(&[&a, &merge(&[&b, &c])]);
        let flat = merge(&[&a, &b, &c]);
        prop_assert_eq!(&left, &flat);
        prop_assert_eq!(&right, &flat);
    }

    /// The rule written out as the simplest code that follows it, compared.
    #[test]
    fn merge_keeps_the_newest_duplicate_in_the_first_copys_place(a in memory(), b in memory()) {
        let all = units(&document(&a)).into_iter().chain(units(&document(&b))).collect();
        let got = units(&merge(&[&document(&a), &document(&b)]));
        prop_assert_eq!(got, reference(all));
    }
}

/// The merge rule with every unit in memory (as `steppe tmx merge` did up to 1112f02).
fn reference(all: Vec<TranslationUnit>) -> Vec<TranslationUnit> {
    let mut kept: Vec<TranslationUnit> = Vec::new();
    for unit in all {
        let key = steppe_tmx::text::unit_key(&unit);
        match kept.iter_mut().find(|k| steppe_tmx::text::unit_key(k) == key) {
            Some(k) if unit.newest_date() > k.newest_date() => *k = unit,
            Some(_) => {}
            None => kept.push(unit),
        }
    }
    kept
}

/// Units go through the spool and back: notes, props, inline codes, per-variant dates all survive.
#[test]
fn merge_keeps_every_part_of_a_unit() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/documents/");
    let mut all = Vec::new();
    let mut merged = Merge::new().unwrap();
    for name in ["cat-tool.tmx", "legacy.tmx", "utf16-bom.tmx", "cat-tool.tmx"] {
        for unit in Reader::open(format!("{dir}{name}").as_ref()).unwrap() {
            let unit = unit.unwrap();
            merged.add(&unit).unwrap();
            all.push(unit);
        }
    }
    let got: Vec<TranslationUnit> = merged.finish().unwrap().map(Result::unwrap).collect();
    assert!(got.iter().any(|u| !u.props.is_empty()) && got.iter().any(|u| !u.notes.is_empty()));
    assert!(got.iter().any(|u| u.variants.iter().any(|v| !v.seg.is_plain())));
    assert_eq!(got.len(), 9, "cat-tool.tmx a second time adds nothing");
    assert_eq!(got, reference(all));
}

#[test]
fn newest_wins_ties_keep_the_first_and_no_date_is_oldest() {
    let docs = [
        // Save (2020), Open (no date at all), Close ("garbage", not a TMX date).
        document(&[unit(0, 1, 1), unit(1, 6, 2), unit(3, 5, 3)]),
        // Save again, same date: the first (tuid 1) stays. Open with a date: newer than none.
        document(&[unit(2, 1, 4), unit(4, 3, 5)]),
        // Save, newer: replaces tuid 1 in the first place. Close, "2024-05-01" < "garbage".
        document(&[unit(0, 3, 6), unit(3, 4, 7)]),
    ];
    let sources: Vec<&[u8]> = docs.iter().map(Vec::as_slice).collect();
    let kept: Vec<String> = units(&merge(&sources))
        .into_iter()
        .map(|u| u.tuid.unwrap())
        .collect();
    assert_eq!(kept, ["6", "5", "3"]);
}
