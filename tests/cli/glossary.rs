//! `steppe glossary`.

use crate::util::{root, run, run_ok, steppe_bin, SAMPLE};
use serde_json::Value;
use std::process::Command;

/// The JSON glossary of the given files (default termbase).
fn glossary(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["glossary"];
    all.extend_from_slice(args);
    let out = run_ok(&all, None);
    let v: Value = serde_json::from_str(&out).unwrap();
    v["entries"].as_array().unwrap().clone()
}

fn find<'a>(entries: &'a [Value], kind: &str, term: &str) -> &'a Value {
    entries
        .iter()
        .find(|e| e["kind"] == kind && e["term"] == term)
        .unwrap_or_else(|| panic!("no {kind} {term:?} in the glossary"))
}

/// Writes the sample article's glossary in `format` to `out` with `-o`.
fn write_sample_glossary(format: &str, out: &std::path::Path) {
    run_ok(
        &[
            "glossary",
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
            SAMPLE,
        ],
        None,
    );
}

fn flags(e: &Value) -> Vec<&str> {
    e["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect()
}

#[test]
fn sample_article_acronyms_get_the_termbase_sense_and_russian() {
    let entries = glossary(&[SAMPLE]);
    let wto = find(&entries, "acronym", "WTO");
    assert_eq!(wto["long"], "Warsaw Treaty Organization", "{wto:#}");
    assert_eq!(wto["ru"], "ОВД");
    assert_eq!(wto["defined_in_text"], false);
    let csto = find(&entries, "acronym", "CSTO");
    assert_eq!(
        (&csto["ru"], &csto["long"]),
        (&"ОДКБ".into(), &"Collective Security Treaty Organization".into())
    );
    let eaps = find(&entries, "acronym", "EAPS");
    assert_eq!(eaps["long"], "Euro-Atlantic Partnership Council");
    assert_eq!(eaps["ru"], "СЕАП");
    assert!(flags(eaps).contains(&"nonstandard_short_form:EAPC"), "{eaps:#}");
    let nacc = find(&entries, "acronym", "NACC");
    assert_eq!(
        (&nacc["ru"], &nacc["defined_in_text"]),
        (&"ССАС".into(), &true.into())
    );
    // every entry has the JSON shape of the issue
    for e in &entries {
        for key in [
            "kind",
            "term",
            "short",
            "long",
            "ru",
            "count",
            "defined_in_text",
            "variants",
            "contexts",
            "flags",
        ] {
            assert!(e.get(key).is_some(), "{key} missing in {e}");
        }
        assert_eq!(e["ru"].is_null(), flags(e).contains(&"no_ru"), "{e:#}");
    }
}

#[test]
fn sample_article_gold_acronyms_have_their_long_forms_and_russian() {
    let gold: Value = steppe_test_support::seed_gold();
    let entries = glossary(&[SAMPLE]);
    for a in gold["acronyms"].as_array().unwrap() {
        let short = a["short"].as_str().unwrap();
        let e = entries
            .iter()
            .find(|e| e["kind"] == "acronym" && (e["term"] == short || e["short"] == short))
            .unwrap_or_else(|| panic!("acronym {short} not found"));
        let long = e["long"].as_str().unwrap_or_default().replace("NATO's", "NATO");
        assert_eq!(
            long.to_lowercase(),
            a["long"].as_str().unwrap().to_lowercase(),
            "{short}: {e:#}"
        );
        assert_eq!(e["ru"], a["ru"], "{short}: {e:#}");
    }
}

#[test]
fn sample_article_slip_resembles_the_real_body() {
    let entries = glossary(&[SAMPLE]);
    let napc = find(&entries, "institution", "North Atlantic Partnership Council");
    assert!(napc["ru"].is_null());
    assert!(
        flags(napc).contains(&"resembles:Euro-Atlantic Partnership Council"),
        "{napc:#}"
    );
}

#[test]
fn composed_text_trade_context_picks_the_world_trade_organization() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("trade.txt");
    std::fs::write(
        &file,
        "Kazakhstan continued its accession talks with the WTO in 2008. The negotiations on tariffs \
         and services were long.\n\nThe Shanghai Cooperation Organization (SCO) met in Astana.\n",
    )
    .unwrap();
    let entries = glossary(&[file.to_str().unwrap()]);
    let wto = find(&entries, "acronym", "WTO");
    assert_eq!(
        (&wto["long"], &wto["ru"]),
        (&"World Trade Organization".into(), &"ВТО".into()),
        "{wto:#}"
    );
    let sco = find(&entries, "acronym", "SCO");
    assert_eq!(
        (&sco["ru"], &sco["defined_in_text"]),
        (&"ШОС".into(), &true.into())
    );
}

#[test]
fn two_files_merge_counts() {
    let once = glossary(&[SAMPLE]);
    let twice = glossary(&[SAMPLE, SAMPLE]);
    assert_eq!(once.len(), twice.len());
    for (a, b) in once.iter().zip(&twice) {
        assert_eq!(a["term"], b["term"]);
        assert_eq!(
            b["count"].as_u64().unwrap(),
            2 * a["count"].as_u64().unwrap(),
            "{}",
            a["term"]
        );
    }
}

#[test]
fn works_from_another_directory_with_the_built_in_termbase() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(steppe_bin())
        .args(["glossary", "--format", "tsv"])
        .arg(root().join(SAMPLE))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tsv = String::from_utf8(out.stdout).unwrap();
    assert!(tsv.lines().any(|l| l.starts_with("CSTO\tОДКБ\t")), "{tsv}");
    assert!(tsv.lines().all(|l| l.split('\t').count() == 3));
}

#[test]
fn termbase_option_replaces_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let tb = dir.path().join("tb.tsv");
    std::fs::write(
        &tb,
        "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
         csto\tCSTO\tCollective Security Treaty Organization\tОДКБ-тест\t\tsecurity\t\t\t\n",
    )
    .unwrap();
    let entries = glossary(&["--termbase", tb.to_str().unwrap(), SAMPLE]);
    assert_eq!(find(&entries, "acronym", "CSTO")["ru"], "ОДКБ-тест");
    assert!(
        find(&entries, "acronym", "SCO")["ru"].is_null(),
        "not in this termbase"
    );
    let entries = glossary(&["--no-termbase", SAMPLE]);
    assert!(entries.iter().all(|e| e["ru"].is_null()));
}

#[test]
fn every_format_writes_its_file() {
    let dir = tempfile::tempdir().unwrap();
    for (format, start) in [
        (
            "tbx",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\"",
        ),
        (
            "tbx2",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\"",
        ),
        (
            "csv",
            "en,ru,kind,short,long,ru_long,count,defined_in_text,variants,flags,context,note,ru_origin,ru_source,ru_note\n",
        ),
        (
            "md",
            "| term | kind | long form | Russian | Russian from | count | flags |\n",
        ),
        ("json", "{\n  \"entries\": ["),
    ] {
        let out = dir.path().join(format!("g.{format}"));
        write_sample_glossary(format, &out);
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text.starts_with(start),
            "{format}: {}",
            &text[..200.min(text.len())]
        );
        assert!(text.contains("ОДКБ"), "{format}");
    }
}

#[test]
fn errors_name_the_file() {
    let out = run(&["glossary", "no/such/file.txt"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/file.txt"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");

    let out = run(&["glossary", "-"], Some(b"  \n"));
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("<stdin>: empty document"));

    let dir = tempfile::tempdir().unwrap();
    let tb = dir.path().join("bad.tsv");
    std::fs::write(
        &tb,
        "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\nx\tX\n",
    )
    .unwrap();
    let out = run(&["glossary", "--termbase", tb.to_str().unwrap(), SAMPLE], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.tsv:2: expected 9 tab-separated fields"),
        "{err}"
    );
}

#[test]
fn a_bad_file_among_good_ones_is_reported_once_the_rest_is_written_and_the_exit_code_is_2() {
    let out = run(&["glossary", "--format", "tsv", SAMPLE, "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("steppe: no/such/file.txt: "), "{err}");
    let cause = err.rsplit(": ").next().unwrap();
    assert_eq!(err.matches(cause).count(), 1, "the cause is said twice: {err}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("CSTO\tОДКБ"));
}

/// Whether an interop test may run (see `.ci/run`): false after a skip line when jing or the shared
/// TBX schemas are missing, a failure when `STEPPE_REQUIRE_INTEROP=1`.
fn jing_available() -> bool {
    steppe_test_support::require_tool("jing", &[]).is_some()
        && steppe_test_support::require_file(
            "the TBX schemas",
            &root().join("../shared/reference/tbx/schemas"),
        )
        .is_some()
}

#[test]
fn sample_article_tbx_exports_are_valid() {
    if !jing_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let schemas = root().join("../shared/reference/tbx/schemas");
    for (format, schema) in [
        ("tbx", "TBXcoreStructV03.rng"),
        ("tbx2", "tbx-basic-v2-2009/TBXBasicRNGV02.rng"),
    ] {
        let out = dir.path().join(format!("sample.{format}"));
        write_sample_glossary(format, &out);
        let check = Command::new("jing")
            .arg(schemas.join(schema))
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{format}: {}{}",
            String::from_utf8_lossy(&check.stdout),
            String::from_utf8_lossy(&check.stderr)
        );
    }
}

#[test]
fn romanised_russian_acronyms_are_flagged_with_their_cyrillic() {
    let text = "Moscow papers cast the SShA as the heir of the old rivalry with the SSSR. \
                The IMF and the ADB stayed silent.\n";
    let out = run_ok(&["glossary", "-"], Some(text.as_bytes()));
    let entries = serde_json::from_str::<Value>(&out).unwrap()["entries"]
        .as_array()
        .unwrap()
        .clone();
    let ssha = find(&entries, "acronym", "SShA");
    assert_eq!(ssha["ru"], "США");
    assert_eq!(flags(ssha), ["romanised_russian:США"]);
    assert_eq!(
        flags(find(&entries, "acronym", "SSSR")),
        ["romanised_russian:СССР"]
    );
    // a real English acronym, expanded from the built-in termbase, is not flagged
    let imf = find(&entries, "acronym", "IMF");
    assert_eq!(imf["ru"], "МВФ");
    assert!(!flags(imf).iter().any(|f| f.starts_with("romanised")), "{imf:#}");
    // without a termbase the flag is there too, without a Russian side
    let out = run_ok(
        &["glossary", "--no-termbase", "--format", "csv", "-"],
        Some(text.as_bytes()),
    );
    let row = out.lines().find(|l| l.starts_with("SShA,")).expect(&out);
    assert!(
        row.starts_with("SShA,,acronym,") && row.contains("romanised_russian:США"),
        "{row}"
    );
}

#[test]
fn kind_chooses_what_is_written_people_and_places_on_request() {
    let default = glossary(&[SAMPLE]);
    let kinds = |entries: &[Value]| {
        let mut k: Vec<String> = entries
            .iter()
            .map(|e| e["kind"].as_str().unwrap().to_owned())
            .collect();
        k.dedup();
        k
    };
    assert_eq!(kinds(&default), ["acronym", "institution", "alias", "name"]);
    let people = glossary(&["--kind", "person,place", SAMPLE]);
    assert_eq!(kinds(&people), ["person", "place"]);
    assert_eq!(find(&people, "place", "New York")["ru"], Value::Null);
    let nazarbaev = find(&people, "person", "Nazarbaev");
    assert_eq!(nazarbaev["ru"], "Назарбаев");
    assert!(
        flags(nazarbaev).contains(&"ru_reverse_transliteration"),
        "{nazarbaev:#}"
    );
    assert_eq!(
        glossary(&["--kind", "all", SAMPLE]).len(),
        default.len() + people.len()
    );
    // every format writes only the kinds asked for
    let tsv = run_ok(&["glossary", "--format", "tsv", "--kind", "place", SAMPLE], None);
    assert!(
        tsv.lines()
            .any(|l| l.starts_with("Central Asia\tЦентральная Азия")),
        "{tsv}"
    );
    assert!(!tsv.contains("ОДКБ"), "{tsv}");
    let out = run(&["glossary", "--kind", "town", SAMPLE], None);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown kind `town`"));
}

#[test]
fn sample_article_lists_each_body_once_without_its_owner() {
    let entries = glossary(&[SAMPLE]);
    let holding = |term: &str| {
        entries
            .iter()
            .filter(|e| e["term"] == term || e["variants"].as_array().unwrap().iter().any(|v| v == term))
            .count()
    };
    for term in [
        "Partnership for Peace",
        "Partnership for Peace Program",
        "EU",
        "European Union",
        "NATO",
        "North Atlantic Treaty Organization",
        "Riga summit",
        "NATO's Riga Summit",
    ] {
        assert_eq!(holding(term), 1, "{term}");
    }
    let parp = find(&entries, "institution", "Planning and Review Process");
    assert_eq!(parp["ru"], "Процесс планирования и анализа");
    assert_eq!(flags(parp), ["owner:NATO"]);
    let occ = find(&entries, "institution", "Operational Capabilities Concept");
    assert_eq!(occ["ru"], "Концепция оперативных возможностей");
    assert_eq!(
        find(&entries, "name", "Cold War")["count"],
        2,
        "post-Cold War counts"
    );
}

#[test]
fn composed_reading_list_with_degrees_people_and_a_headline() {
    let text = "Contributors\n\n\
                Kazakhstan\n\
                Nursultan Abishevich Zhaksybekov, D.Sc.\n\
                Financial Times\n\
                The Long Road From Almaty To Brussels\n\
                Mr. Robert Brown, Ph.D.\n";
    let out = run_ok(&["glossary", "--kind", "all", "-"], Some(text.as_bytes()));
    let entries = serde_json::from_str::<Value>(&out).unwrap()["entries"]
        .as_array()
        .unwrap()
        .clone();
    let terms: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e["kind"].as_str().unwrap(), e["term"].as_str().unwrap()))
        .collect();
    assert_eq!(
        terms,
        [
            ("name", "Financial Times"),
            ("person", "Nursultan Abishevich Zhaksybekov"),
            ("person", "Robert Brown"),
            ("degree", "D.Sc."),
            ("degree", "Ph.D."),
        ]
    );
    let kazakh = find(&entries, "person", "Nursultan Abishevich Zhaksybekov");
    assert!(
        kazakh["ru"].as_str().is_some_and(|r| r.starts_with("Нурсултан")),
        "{kazakh:#}"
    );
    assert!(find(&entries, "person", "Robert Brown")["ru"].is_null());
    // degrees take their Russian from the built-in termbase's degree records
    let dsc = find(&entries, "degree", "D.Sc.");
    assert_eq!(
        (&dsc["ru"], &dsc["long"]),
        (&"доктор наук".into(), &"Doctor of Sciences".into())
    );
}

/// A byline in capitals with a degree, a headline in capitals, a reading list with undefined
/// institute acronyms, a journal in capitals, identifiers and a romanised Russian title: only the
/// acronyms are listed (composed text, read from standard input).
#[test]
fn capitals_that_are_not_acronyms() {
    let text = "\
THE CSTO AND THE SECURITY OF CENTRAL ASIA

Timur IVANOV, Ph.D. (Political Science), fellow at the Institute for Strategic Studies

The CSTO met the SCO in 2010 while NATO-ISAF convoys crossed the region.

SIPRI Yearbook 2008

SMITH, John. NATO and Central Asia. SURVIVAL, Vol. XLVIII, No. 2. DOI 10.1080/00396330600765377.

M. Laumulin, Vneshniaia politika i strategia SShA na sovremennom etape, Almaty, 2006.
";
    let out = run_ok(&["glossary", "--no-termbase", "-"], Some(text.as_bytes()));
    let v: Value = serde_json::from_str(&out).unwrap();
    let acronyms: Vec<&str> = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "acronym")
        .map(|e| e["term"].as_str().unwrap())
        .collect();
    assert_eq!(acronyms, ["CSTO", "NATO", "NATO-ISAF", "SCO", "SIPRI"]);
    let help = run_ok(&["glossary", "--help"], None);
    assert!(help.contains("byline") && help.contains("romanised Russian title"));
}

#[test]
fn acronym_definitions_with_cues_quotes_greek_and_hyphens() {
    let text = "\
The World Health Organization (hereafter referred to as WHO) and the United Nations (\u{201c}UN\u{201d}) met.
Serum tumor necrosis factor alpha (TNF-\u{3b1}) rose, as a Markov chain (MC for short) predicts.
Each PM (physical machine or server) sent its O-D matrix over IPv6 with a significant AS to the grid.

[WPT] Wireless Power Transfer.
";
    let out = run_ok(&["glossary", "--no-termbase", "-"], Some(text.as_bytes()));
    let v: Value = serde_json::from_str(&out).unwrap();
    let entries = v["entries"].as_array().unwrap();
    for (short, long) in [
        ("WHO", "World Health Organization"),
        ("UN", "United Nations"),
        ("TNF-\u{3b1}", "tumor necrosis factor alpha"),
        ("MC", "Markov chain"),
        ("PM", "physical machine"),
        ("WPT", "Wireless Power Transfer"),
    ] {
        assert_eq!(find(entries, "acronym", short)["long"], long, "{short}");
    }
    for undefined in ["O-D", "IPv6", "AS"] {
        assert_eq!(find(entries, "acronym", undefined)["defined_in_text"], false);
    }
    let help = run_ok(&["glossary", "--help"], None);
    assert!(help.contains("(referred to as SF)") && help.contains("Greek"));
}
