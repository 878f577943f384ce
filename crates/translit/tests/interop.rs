//! Agreement with ICU's BGN/PCGN transforms (`uconv`, Debian icu-devtools) on composed text.
//! `Russian-Latin/BGN`: text full of BGN/PCGN context rules (ye/yë after vowels and signs, t·s, sh·ch)
//! and ALL-CAPS words; the only difference is documented: iuliia's bgn_pcgn writes the signs ’ ”
//! where ICU writes ʹ ʺ. `Kazakh-Latin/BGN` (CLDR's encoding of the BGN/PCGN 1979 Kazakh table):
//! identical. Skipped when `uconv` is missing, unless STEPPE_REQUIRE_INTEROP=1 (`steppe-test-support`).

use std::process::Command;
use steppe_test_support::{require_tool, stdout_with_stdin};
use steppe_translit::{scheme, Lang};

const TEXT: &str = "Объём подъезда в Ельце: Воробьёво, Айёган, Змииёвка, Кебанъёль и Озёрный. Поэтому \
                    Тюмень, Щёлково, Йошкар-Ола.\nЩУКИН И ЁЛКИН — ВСЕРОССИЙСКИЙ СЪЕЗД. Тсс, Мытищи, \
                    Ыныкчан, Жуэ, подъём, шчи, сверхъестественный, Баятдинов, Майя.\nЧайковский, \
                    Достоевский, Горький, Хрущёв, Ульяновск, Наталья, Ильич, Соловьёв, съёмки, бельё.\n";

/// `text` through ICU's `transform`, or `None` (after a skip line) when `uconv` is missing.
fn icu(transform: &str, text: &str) -> Option<String> {
    let uconv = require_tool("uconv", &["--version"])?;
    Some(stdout_with_stdin(
        Command::new(uconv).args(["-f", "utf-8", "-t", "utf-8", "-x", transform]),
        text,
    ))
}

#[test]
fn bgn_pcgn_agrees_with_icu() {
    let Some(icu) = icu("Russian-Latin/BGN", TEXT) else {
        return;
    };
    let ours = scheme("bgn_pcgn", Lang::Ru).unwrap().transliterate(TEXT);
    assert!(
        ours.contains("SHCHUKIN I YËLKIN") && ours.contains("T·ss") && ours.contains("Ob”yëm"),
        "{ours}"
    );
    assert_eq!(ours.replace('’', "ʹ").replace('”', "ʺ"), icu);
}

#[test]
fn kazakh_bgn_pcgn_agrees_with_icu() {
    let text = "Қазақстан Республикасы. Алматы, Ақтөбе, Өскемен, Шымкент, Ұлытау, Жезқазған, Көкшетау.\n\
                Әулиеата мен Үшарал; Іле өзені; Ерейментау; Сенгір; асһаб; ТАЛДЫҚОРҒАН; Щучинск; Юлия.\n";
    let Some(icu) = icu("Kazakh-Latin/BGN", text) else {
        return;
    };
    assert_eq!(scheme("bgn_pcgn", Lang::Kk).unwrap().transliterate(text), icu);
}
