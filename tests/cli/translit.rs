//! `steppe translit`: arguments, streaming stdin, files, --list, Kazakh, errors.

use crate::util::{run, run_ok};

#[test]
fn default_scheme_is_ala_lc_without_diacritics() {
    assert_eq!(
        run_ok(&["translit", "Юлия", "Щукина"], None),
        "Iuliia Shchukina\n"
    );
}

#[test]
fn scheme_names_accept_kebab_case() {
    let out = run_ok(&["translit", "--scheme", "BGN-PCGN", "Ельцин, ЁЛКА, объём"], None);
    assert_eq!(out, "Yel’tsin, YËLKA, ob”yëm\n");
}

#[test]
fn stdin_gives_one_output_line_per_input_line() {
    let input = "Москва\n\nNATO и ОБСЕ, 2008 г.\r\nПодъезд\n";
    let out = run_ok(&["translit", "--scheme", "wikipedia"], Some(input.as_bytes()));
    assert_eq!(out, "Moskva\n\nNATO i OBSE, 2008 g.\r\nPodyezd\n");
}

#[test]
fn input_and_output_files() {
    let dir = tempfile::tempdir().unwrap();
    let (src, dst) = (dir.path().join("in.txt"), dir.path().join("out.txt"));
    std::fs::write(&src, "Чайковский\nДостоевский").unwrap();
    let (s, d) = (src.to_str().unwrap(), dst.to_str().unwrap());
    assert_eq!(
        run_ok(&["translit", "-s", "mosmetro", "-i", s, "-o", d], None),
        ""
    );
    assert_eq!(std::fs::read_to_string(&dst).unwrap(), "Chaykovsky\nDostoevsky");
}

#[test]
fn kazakh_tables_with_lang_kk() {
    let out = run_ok(
        &[
            "translit",
            "--lang",
            "kk",
            "--scheme",
            "kz_2021",
            "Қазақстан Республикасы",
        ],
        None,
    );
    assert_eq!(out, "Qazaqstan Respublikasy\n");
    let out = run_ok(&["translit", "-l", "kk", "-s", "ala-lc", "Өскемен"], None);
    assert_eq!(out, "Ȯskemen\n");
}

#[test]
fn kazakh_letters_in_a_russian_scheme_are_iso9_with_a_note() {
    let out = run(&["translit", "-s", "wikipedia", "Қарағанды"], None);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "K̦araġandy\n");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("2 letter(s)") && err.contains("--lang kk"), "{err}");
}

#[test]
fn list_shows_every_scheme_with_an_example() {
    let out = run_ok(&["translit", "--list"], None);
    for name in [
        "ala_lc_alt",
        "bgn_pcgn",
        "gost_779",
        "icao_doc_9303",
        "wikipedia",
        "uz",
        "kz_2021",
    ] {
        assert!(out.lines().any(|l| l.starts_with(name)), "{name} missing:\n{out}");
    }
    assert!(
        out.contains("Юлия Щукина, Подъёмная улица → Iuliia Shchukina, Pod\"emnaia ulitsa"),
        "{out}"
    );
    assert!(
        out.contains("Қазақстан Республикасы, Өскемен → Qazaqstan Respublikasy, Öskemen"),
        "{out}"
    );
}

#[test]
fn unknown_scheme_lists_valid_names_and_fails() {
    let out = run(&["translit", "--scheme", "klingon", "Юлия"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("unknown scheme \"klingon\"") && err.contains("ala_lc_alt, bgn_pcgn"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn invalid_utf8_names_the_position() {
    let out = run(&["translit"], Some(b"\xd0\x9c\xd0\xb8\xd1\x80\n\xd0\xff\n"));
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("<stdin>: invalid UTF-8 at byte 7 (line 2, column 1)"),
        "{err}"
    );
}

#[test]
fn missing_input_file_is_a_clear_error() {
    let out = run(&["translit", "-i", "no/such/file.txt"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("steppe: no/such/file.txt"), "{err}");
}

#[test]
fn letters_no_table_knows_are_kept_and_reported() {
    // U+0514 CYRILLIC CAPITAL LETTER LHA (Komi): in no scheme and not in the ISO 9 table.
    let out = run(&["translit", "Ԕа"], None);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Ԕa\n");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("1 Cyrillic letter(s) that no table knows"), "{err}");
}
