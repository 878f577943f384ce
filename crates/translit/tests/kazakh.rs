//! Kazakh: the nine Kazakh letters in every Kazakh scheme (`tests/data/kazakh.tsv`, from the
//! published tables), phrases composed for these tests, the ISO 9 fallback of the Russian schemes,
//! and agreement with ICU's `Kazakh-Latin/BGN` transform (`uconv`, an interop test).

use std::path::Path;
use steppe_translit::{scheme, Lang, Source};

fn kk(name: &str, text: &str) -> String {
    scheme(name, Lang::Kk).unwrap().transliterate(text)
}

#[test]
fn every_kazakh_letter_in_every_kazakh_scheme() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/kazakh.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let mut rows = 0;
    for line in lines {
        let cols: Vec<&str> = line.split('\t').collect();
        let letter = cols[0].chars().next().unwrap();
        for (name, want) in header[1..].iter().zip(&cols[1..]) {
            let (s, source) = match *name {
                "iso9" => (scheme("wikipedia", Lang::Ru).unwrap(), Source::Iso9Fallback),
                other => (scheme(other, Lang::Kk).unwrap(), Source::Scheme),
            };
            let got = s.letter(letter).unwrap();
            assert_eq!((got.latin, got.source), (*want, source), "{name} {letter}");
            let cap = letter.to_uppercase().to_string();
            assert_eq!(
                s.letter(cap.chars().next().unwrap()).unwrap(),
                got,
                "{name} {cap}"
            );
        }
        rows += 1;
    }
    assert_eq!(rows, 9);
}

#[test]
fn kz_2021_phrases() {
    assert_eq!(kk("kz_2021", "Қазақстан Республикасы"), "Qazaqstan Respublikasy");
    assert_eq!(kk("kz_2021", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ"), "QAZAQSTAN RESPUBLİKASY");
    assert_eq!(kk("kz_2021", "Іргелі ғылым"), "Irgelı ğylym");
    assert_eq!(kk("kz_2021", "Шәкәрім Құдайбердіұлы"), "Şäkärım Qūdaiberdıūly");
}

#[test]
fn ala_lc_phrases() {
    assert_eq!(kk("ala_lc", "Әбілхан Қастеев"), "Ăbīlkhan Qasteev");
    assert_eq!(
        kk("ala_lc", "ҰЛТТЫҚ ҒЫЛЫМ АКАДЕМИЯСЫ"),
        "ŪLTTYQ GHYLYM AKADEMII͡ASY"
    );
    assert_eq!(
        kk("ala_lc", "Мұхтар Әуезов, «Абай жолы»"),
        "Mūkhtar Ăuezov, «Abaĭ zholy»"
    );
    assert_eq!(
        kk("ala_lc_alt", "Мұхтар Әуезов, «Абай жолы»"),
        "Mukhtar Auezov, «Abai zholy»"
    );
}

#[test]
fn bgn_pcgn_phrases() {
    assert_eq!(
        kk("bgn_pcgn", "Шығыс Қазақстан облысы"),
        "Shyghys Qazaqstan oblysy"
    );
    assert_eq!(kk("bgn_pcgn", "ТАЛДЫҚОРҒАН"), "TALDYQORGHAN");
    // н + г is not ң, с + һ is not ш: BGN/PCGN marks both with a middle dot.
    assert_eq!(kk("bgn_pcgn", "Сенгір, асһаб"), "Sen·gir, as·hab");
}

#[test]
fn russian_schemes_write_kazakh_letters_in_iso9() {
    let s = scheme("bgn_pcgn", Lang::Ru).unwrap();
    let mut out = String::new();
    let stats = s.transliterate_into("Қарағанды", &mut out);
    assert_eq!(out, "K̦araġandy");
    assert_eq!(stats.fallback, 2);
    // A scheme without a Kazakh table serves --lang kk the same way.
    assert_eq!(kk("wikipedia", "Өскемен"), "Ôskemen");
    assert_eq!(kk("gost_779", "Әлихан Бөкейхан"), "A̋lihan Bôkejhan");
}
