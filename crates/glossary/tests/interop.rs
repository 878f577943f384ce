//! The exports checked by the real validators and CAT tools: jing (TBX v3 core RNG, TBX-Basic v2 RNG),
//! the TBX-Basic Schematron rules run with Saxon-HE over lxml's ISO skeleton, OmegaT 3.6 headless
//! (loads the TSV and TBX v2 glossaries with its own reader) and translate-toolkit (reads the TBX).
//!
//! A missing tool skips its test with a message, unless `STEPPE_REQUIRE_INTEROP=1` (CI), where it fails
//! (`steppe-test-support`).

use std::path::{Path, PathBuf};
use std::process::Command;
use steppe_glossary::{write_csv, write_tbx, write_tbx2, write_tsv, Entry, EntryKind, Glossary, Termbase};
use steppe_test_support::{
    combined_output, require_file, require_tool, require_ttk_python, shared_reference, workspace_root, OmegaT,
};

const SAXON_JAR: &str = "/usr/share/java/Saxon-HE.jar";
const LXML_XSL: &str = "/usr/lib/python3/dist-packages/lxml/isoschematron/resources/xsl";

/// `../shared/reference/tbx` beside the project.
fn reference() -> PathBuf {
    shared_reference("tbx")
}

/// jing (it has no argument that exits 0, so it only has to be on PATH) and the shared TBX schemas,
/// or `false` after a skip line.
fn jing_ready() -> bool {
    require_tool("jing", &[]).is_some() && require_file("../shared/reference/tbx", &reference()).is_some()
}

fn termbase() -> Termbase {
    Termbase::load(&workspace_root().join("corpus/termbase.tsv")).unwrap()
}

/// A glossary written here by hand, every kind and awkward text included, annotated with the corpus
/// termbase (so Russian full names and subject fields are exported too).
fn glossary() -> (Glossary, Termbase) {
    let e = |kind, term: &str, long: Option<&str>, context: &str| Entry {
        kind,
        term: term.into(),
        short: (kind == EntryKind::Acronym).then(|| term.to_string()),
        long: long.map(String::from),
        ru: None,
        count: 3,
        first_offset: 0,
        defined_in_text: long.is_some(),
        variants: vec![],
        contexts: vec![context.into()],
        flags: vec![],
        ru_origin: None,
    };
    let mut eaps = e(
        EntryKind::Acronym,
        "EAPS",
        Some("Euro-Atlantic Partnership Council"),
        "The EAPS met in June.",
    );
    eaps.variants.push("EASP".into());
    let mut g = Glossary {
        entries: vec![
            eaps,
            e(
                EntryKind::Acronym,
                "CSTO",
                None,
                "Kazakhstan is a member of the CSTO & the SCO.",
            ),
            e(
                EntryKind::Acronym,
                "WTO",
                None,
                "In 1991 the former WTO members <sic> joined.",
            ),
            e(
                EntryKind::Acronym,
                "XYZ",
                None,
                "An\tunknown acronym\nacross lines.",
            ),
            e(
                EntryKind::Institution,
                "World Bank",
                None,
                "The World Bank lends.",
            ),
            e(
                EntryKind::Institution,
                "North Atlantic Partnership Council",
                None,
                "A slip.",
            ),
            e(
                EntryKind::Alias,
                "the Alliance",
                Some("NATO"),
                "The Alliance grew.",
            ),
            e(EntryKind::Name, "Nazarbaev", None, "President Nazarbaev spoke."),
        ],
    };
    let tb = termbase();
    tb.annotate(&mut g);
    (g, tb)
}

fn export(dir: &Path, name: &str, write: impl FnOnce(&Glossary, &Termbase, &mut Vec<u8>)) -> PathBuf {
    let (g, tb) = glossary();
    let mut bytes = Vec::new();
    write(&g, &tb, &mut bytes);
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn tbx3(dir: &Path) -> PathBuf {
    export(dir, "glossary.tbx", |g, tb, out| {
        write_tbx(g, Some(tb), out).unwrap()
    })
}

fn tbx2(dir: &Path) -> PathBuf {
    export(dir, "glossary-v2.tbx", |g, tb, out| {
        write_tbx2(g, Some(tb), out).unwrap()
    })
}

/// The export holds what the validators must accept beside the Russian terms: a source (CSTO's,
/// from the termbase) and an `unverified` note (the World Bank's record has no source).
fn assert_has_ru_origins(file: &Path) {
    let xml = std::fs::read_to_string(file).unwrap();
    assert!(xml.contains("<admin type=\"source\">"), "{xml}");
    assert!(
        xml.contains("<note>unverified: ru from a termbase record without a source"),
        "{xml}"
    );
}

fn jing(schema: &Path, file: &Path) -> (bool, String) {
    combined_output(Command::new("jing").arg(schema).arg(file))
}

fn assert_jing_accepts(schema: &Path, file: &Path) {
    let (ok, log) = jing(schema, file);
    assert!(
        ok,
        "jing rejected {}: {log}",
        std::fs::read_to_string(file).unwrap()
    );
}

/// A copy of `file` with the first `from` replaced by `to`: a negative control for a validator.
fn broken_copy(file: &Path, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "no {from} to break in {text}");
    let broken = file.with_file_name("broken.tbx");
    std::fs::write(&broken, text.replacen(from, to, 1)).unwrap();
    broken
}

/// The Schematron `schema` finds nothing wrong in `file` and something wrong once `from` becomes `to`.
fn assert_schematron_passes_and_catches(dir: &Path, schema: &Path, file: &Path, from: &str, to: &str) {
    assert_eq!(
        schematron_failures(dir, schema, file),
        0,
        "{}",
        std::fs::read_to_string(file).unwrap()
    );
    let broken = broken_copy(file, from, to);
    assert!(
        schematron_failures(dir, schema, &broken) > 0,
        "{from} -> {to} passed"
    );
}

fn saxon(source: &Path, xsl: &Path, output: &Path) {
    let (ok, log) = combined_output(
        Command::new("java")
            .args(["-cp", SAXON_JAR, "net.sf.saxon.Transform"])
            .arg(format!("-s:{}", source.display()))
            .arg(format!("-xsl:{}", xsl.display()))
            .arg(format!("-o:{}", output.display())),
    );
    assert!(ok, "saxon {} with {}: {log}", source.display(), xsl.display());
}

/// Compiles an ISO Schematron schema to XSLT (lxml's skeleton, run by Saxon) and returns the number of
/// failed asserts on `file`.
fn schematron_failures(dir: &Path, schema: &Path, file: &Path) -> usize {
    let x = Path::new(LXML_XSL).join("iso-schematron-xslt1");
    let step = |n: &str| dir.join(n);
    saxon(schema, &x.join("iso_dsdl_include.xsl"), &step("1.sch"));
    saxon(&step("1.sch"), &x.join("iso_abstract_expand.xsl"), &step("2.sch"));
    saxon(
        &step("2.sch"),
        &x.join("iso_svrl_for_xslt1.xsl"),
        &step("rules.xsl"),
    );
    saxon(file, &step("rules.xsl"), &step("report.svrl"));
    let report = std::fs::read_to_string(step("report.svrl")).unwrap();
    assert!(report.contains("fired-rule"), "the rules did not run: {report}");
    report.matches("<svrl:failed-assert").count()
}

/// jing, java, Saxon-HE, lxml's Schematron XSLs and the shared TBX schemas, or `false` after a skip line
/// naming the first one missing.
fn schematron_ready() -> bool {
    jing_ready()
        && require_tool("java", &["-version"]).is_some()
        && require_file("Saxon-HE", Path::new(SAXON_JAR)).is_some()
        && require_file("lxml's ISO Schematron XSLs", Path::new(LXML_XSL)).is_some()
}

/// The TBX-Basic DCA Schematron with the query binding Saxon runs through the XSLT 1 skeleton.
fn dca_schema(dir: &Path) -> PathBuf {
    let sch = std::fs::read_to_string(reference().join("schemas/tbx-basic-dca/TBX-Basic_DCA.sch")).unwrap();
    let path = dir.join("0.sch");
    std::fs::write(
        &path,
        sch.replace("queryBinding=\"xslt2\"", "queryBinding=\"xslt\""),
    )
    .unwrap();
    path
}

/// The Schematron 1.5 rules embedded in the TBX-Basic v2 RNG, as ISO Schematron.
fn v2_schema(dir: &Path) -> PathBuf {
    let rng =
        std::fs::read_to_string(reference().join("schemas/tbx-basic-v2-2009/TBXBasicRNGV02.rng")).unwrap();
    let iso = dir.join("v2.rng");
    std::fs::write(
        &iso,
        rng.replace(
            "http://www.ascc.net/xml/schematron",
            "http://purl.oclc.org/dsdl/schematron",
        ),
    )
    .unwrap();
    let path = dir.join("0.sch");
    saxon(&iso, &Path::new(LXML_XSL).join("RNG2Schtrn.xsl"), &path);
    path
}

#[test]
fn tbx_v3_is_valid_against_the_core_structure_rng() {
    if !jing_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tbx3(dir.path());
    assert_has_ru_origins(&file);
    let rng = reference().join("schemas/TBXcoreStructV03.rng");
    assert_jing_accepts(&rng, &file);
    // the validator can fail: a langSec without xml:lang is rejected
    let broken = broken_copy(&file, "<langSec xml:lang=\"ru\">", "<langSec>");
    assert!(!jing(&rng, &broken).0);
}

#[test]
fn tbx_v3_follows_the_tbx_basic_dca_rules() {
    if !schematron_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tbx3(dir.path());
    let schema = dca_schema(dir.path());
    // negative control: a termType outside the TBX-Basic picklist
    assert_schematron_passes_and_catches(dir.path(), &schema, &file, ">acronym<", ">initialism<");
}

#[test]
fn tbx_v2_is_valid_against_the_tbx_basic_v2_rng_and_its_rules() {
    if !schematron_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = tbx2(dir.path());
    assert_has_ru_origins(&file);
    assert_jing_accepts(
        &reference().join("schemas/tbx-basic-v2-2009/TBXBasicRNGV02.rng"),
        &file,
    );
    let schema = v2_schema(dir.path());
    assert_schematron_passes_and_catches(dir.path(), &schema, &file, ">fullForm<", ">initialism<");
}

#[test]
fn csv_export_is_read_back_by_a_csv_reader() {
    let dir = tempfile::tempdir().unwrap();
    let file = export(dir.path(), "glossary.csv", |g, tb, out| {
        write_csv(g, Some(tb), out).unwrap()
    });
    let mut reader = csv::Reader::from_path(&file).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    let wto = rows.iter().find(|r| &r[0] == "WTO").unwrap();
    assert_eq!(
        (&wto[1], &wto[4], &wto[5]),
        (
            "ОВД",
            "Warsaw Treaty Organization",
            "Организация Варшавского договора"
        )
    );
    let xyz = rows.iter().find(|r| &r[0] == "XYZ").unwrap();
    assert_eq!(&xyz[10], "An unknown acronym across lines.");
}

/// Run by OmegaT when the project loads: reads each glossary file with OmegaT's own TSV or TBX reader
/// (the TBX reader needs the loaded project for its languages) and prints every entry it got.
const OMEGAT_SCRIPT: &str = r#"import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.gui.glossary.GlossaryReaderTSV
if (binding.hasVariable('eventType') && eventType.toString() != 'LOAD') return
new File(project.projectProperties.glossaryRoot).listFiles().sort { it.name }.each { f ->
  def entries = f.name.endsWith('.tbx') ? GlossaryReaderTBX.read(f, false) : GlossaryReaderTSV.read(f, false)
  entries.each { e -> println "ENTRY\t${f.name}\t${e.srcText}\t${e.locText}" }
}
"#;

/// (file, source, target) of every glossary entry OmegaT read.
fn omegat_entries(omegat: &OmegaT, dir: &Path) -> Vec<(String, String, String)> {
    let project = OmegaT::create_project(dir);
    std::fs::write(
        project.join("source/source.txt"),
        "Kazakhstan is a member of the CSTO.\n",
    )
    .unwrap();
    export(&project.join("glossary"), "steppe.txt", |g, tb, out| {
        write_tsv(g, Some(tb), out).unwrap()
    });
    export(&project.join("glossary"), "steppe.tbx", |g, tb, out| {
        write_tbx2(g, Some(tb), out).unwrap()
    });
    let script = dir.join("load.groovy");
    std::fs::write(&script, OMEGAT_SCRIPT).unwrap();
    let (ok, log) = omegat.translate(&project, &[format!("--script={}", script.display())]);
    assert!(ok, "OmegaT failed: {log}");
    assert!(!log.contains("Exception"), "OmegaT reported an exception: {log}");
    log.lines()
        .filter_map(|l| l.strip_prefix("ENTRY\t"))
        .map(|l| {
            let f: Vec<&str> = l.splitn(3, '\t').collect();
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

#[test]
fn omegat_loads_the_tsv_and_tbx_v2_glossaries() {
    let Some(omegat) = OmegaT::require() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let entries = omegat_entries(&omegat, dir.path());
    let has = |file: &str, src: &str, tgt: &str| {
        entries
            .iter()
            .any(|e| e == &(file.into(), src.into(), tgt.into()))
    };
    for file in ["steppe.txt", "steppe.tbx"] {
        assert!(has(file, "CSTO", "ОДКБ"), "{file}: {entries:#?}");
        assert!(
            has(file, "WTO", "Организация Варшавского договора"),
            "{file}: {entries:#?}"
        );
        assert!(
            has(file, "Euro-Atlantic Partnership Council", "СЕАП"),
            "{file}: {entries:#?}"
        );
        assert!(has(file, "World Bank", "Всемирный банк"), "{file}: {entries:#?}");
    }
    // every TSV line became an entry
    let tsv_lines = std::fs::read_to_string(dir.path().join("project/glossary/steppe.txt"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(entries.iter().filter(|e| e.0 == "steppe.txt").count(), tsv_lines);
}

#[test]
fn translate_toolkit_reads_the_tbx_v2_glossary() {
    let Some(python) = require_ttk_python("translate.storage.tbx") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = tbx2(dir.path());
    let script = "import sys\nfrom translate.storage import tbx\n\
        store = tbx.tbxfile(open(sys.argv[1], 'rb'))\n\
        for u in store.units: print(f'{u.source}\\t{u.target}')\n";
    let (ok, log) = combined_output(Command::new(&python).args(["-c", script]).arg(&file));
    assert!(ok, "translate-toolkit failed: {log}");
    let units: Vec<&str> = log.lines().collect();
    assert_eq!(units.len(), glossary().0.entries.len(), "{log}");
    assert!(units.contains(&"CSTO\tОДКБ"), "{log}");
    assert!(units.contains(&"EAPS\tСЕАП"), "{log}");
    assert!(
        units.contains(&"North Atlantic Partnership Council\tNone"),
        "no Russian side: {log}"
    );
}
