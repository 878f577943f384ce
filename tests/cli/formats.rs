//! Documents in DOCX, ODT, HTML and PDF through every command, via the one shared loader.

use crate::util::{root, run, run_ok};

const DIR: &str = "tests/fixtures/formats";

fn fx(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn segment_reads_every_format_as_the_text() {
    let text = run_ok(&["segment", &fx("notes.txt")], None);
    for name in [
        "notes.docx",
        "notes.odt",
        "notes.html",
        "notes-lo.odt",
        "notes-lo.html",
    ] {
        assert_eq!(run_ok(&["segment", &fx(name)], None), text, "{name}");
    }
}

#[test]
fn input_format_overrides_the_extension_and_reads_stdin() {
    let docx = std::fs::read(root().join(fx("notes.docx"))).unwrap();
    let text = run_ok(&["segment", &fx("notes.txt")], None);
    assert_eq!(
        run_ok(&["segment", "--input-format", "docx", "-"], Some(&docx)),
        text
    );
    let dir = tempfile::tempdir().unwrap();
    let renamed = dir.path().join("notes.bin");
    std::fs::write(&renamed, &docx).unwrap();
    let renamed = renamed.to_str().unwrap();
    assert_eq!(
        run_ok(&["segment", renamed, "--input-format", "docx"], None),
        text
    );
    // Without it, the bytes are read as text and are not UTF-8.
    assert!(!run(&["segment", renamed], None).status.success());
}

#[test]
fn segment_json_says_the_part_of_each_span() {
    let json = run_ok(&["segment", "--format", "json", &fx("notes.docx")], None);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "docx");
    let paragraphs = v["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs[0]["heading"], 1);
    assert_eq!(paragraphs[0]["text"], "Border Trade on the Irtysh");
    assert!(paragraphs.iter().all(|p| p["part"] == "body"));
    let notes = v["footnotes"].as_array().unwrap();
    assert_eq!(notes.len(), 4);
    for (i, n) in notes.iter().enumerate() {
        assert_eq!(n["part"], "footnote");
        assert_eq!(n["note"], i + 1);
    }
    let italics = v["italics"].as_array().unwrap();
    assert_eq!(italics.len(), 4);
}

#[test]
fn refs_names_and_glossary_read_documents() {
    for cmd in [&["refs"][..], &["names"], &["glossary", "--format", "tsv"]] {
        let mut text_args = cmd.to_vec();
        let txt = fx("notes.txt");
        text_args.push(&txt);
        let expected = run_ok(&text_args, None);
        for name in ["notes.docx", "notes.odt", "notes.html"] {
            let mut args = cmd.to_vec();
            let path = fx(name);
            args.push(&path);
            let got = run_ok(&args, None).replace(&path, &txt);
            assert_eq!(got, expected, "{cmd:?} {name}");
        }
    }
    let refs = run_ok(&["refs", &fx("notes.docx")], None);
    assert!(refs.contains("Заметки"), "{refs}");
}

#[test]
fn align_reads_a_docx_against_a_text() {
    let a = run_ok(
        &["align", &fx("notes.txt"), &fx("notes.txt"), "--format", "tsv"],
        None,
    );
    let b = run_ok(
        &["align", &fx("notes.docx"), &fx("notes.html"), "--format", "tsv"],
        None,
    );
    assert_eq!(a.lines().count(), b.lines().count());
}

#[test]
fn build_picks_up_documents() {
    let corpus = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(fx("notes.docx")), corpus.path().join("notes.en.docx")).unwrap();
    std::fs::copy(root().join(fx("notes.html")), corpus.path().join("web.en.html")).unwrap();
    let (c, o) = (corpus.path().to_str().unwrap(), out.path().to_str().unwrap());
    let result = run(&["build", c, "-o", o], None);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    for file in [
        "notes.en.glossary.tbx",
        "notes.en.refs.tmx",
        "web.en.glossary.tbx",
        "web.en.refs.tmx",
    ] {
        assert!(out.path().join(file).is_file(), "{file}");
    }
}

#[test]
fn a_malformed_document_is_one_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake.docx");
    std::fs::write(&fake, "not a zip").unwrap();
    let out = dir.path().join("out.json");
    let result = run(
        &[
            "segment",
            fake.to_str().unwrap(),
            "--format",
            "json",
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(result.status.code(), Some(2));
    let err = String::from_utf8(result.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("fake.docx: zip: not a DOCX file: not a zip archive"),
        "{err}"
    );
    assert!(!out.exists());
    // glossary goes on with the other files and exits 2.
    let result = run(&["glossary", fake.to_str().unwrap(), &fx("notes.docx")], None);
    assert_eq!(result.status.code(), Some(2));
    assert!(!result.stdout.is_empty());
}

/// `align --format xliff` on two documents: valid against the OASIS XLIFF 1.2 strict schema, and
/// read by translate-toolkit with every unit translated (its `translated` state: done but not
/// reviewed, which is what an aligner's pair is).
#[test]
fn align_writes_xliff_that_validates_and_translate_toolkit_reads() {
    use steppe_test_support::{require_file, require_tool, require_ttk_python, shared_reference};
    let dir = tempfile::tempdir().unwrap();
    let xlf = dir.path().join("notes.xlf");
    let xlf_s = xlf.to_str().unwrap();
    run_ok(
        &[
            "align",
            &fx("notes.docx"),
            &fx("notes.html"),
            "--format",
            "xliff",
            "-o",
            xlf_s,
        ],
        None,
    );
    let xml = std::fs::read_to_string(&xlf).unwrap();
    assert_eq!(xml.matches("<trans-unit ").count(), 10, "{xml}");
    assert_eq!(xml.matches(r#"<target state="translated">"#).count(), 10);
    assert!(
        xml.contains("<source>Trade did not stop at the border.</source>"),
        "{xml}"
    );
    assert!(xml.contains(r#"<note from="steppe">alignment score "#));
    let xsd = shared_reference("xliff").join("xliff-core-1.2-strict.local.xsd");
    if let (Some(xsd), Some(_)) = (
        require_file("the XLIFF 1.2 schema", &xsd),
        require_tool("xmllint", &["--version"]),
    ) {
        let out = std::process::Command::new("xmllint")
            .args(["--noout", "--schema"])
            .arg(&xsd)
            .arg(&xlf)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    if let Some(python) = require_ttk_python("translate.storage.xliff") {
        let script = "import sys\nfrom translate.storage import xliff\n\
                      s = xliff.xlifffile.parsefile(sys.argv[1])\n\
                      units = [u for u in s.units if u.source]\n\
                      states = {u.get_state_n() for u in units}\n\
                      print(len(units), states == {xliff.xliffunit.S_TRANSLATED}, all(u.target for u in units))\n\
                      print(units[-1].source)";
        let out = std::process::Command::new(python)
            .args(["-c", script, xlf_s])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(
            stdout,
            "10 True True\nMerchants from Kulja and Chuguchak kept houses on both banks, and their \
             letters show prices moving within weeks of each other.\n"
        );
    }
    // OmegaT 3.6 opens it and writes it back with its ten units.
    if let Some(omegat) = steppe_test_support::OmegaT::require() {
        let project = steppe_test_support::OmegaT::create_project(dir.path());
        std::fs::copy(&xlf, project.join("source/notes.xlf")).unwrap();
        let (ok, log) = omegat.translate(&project, &[]);
        assert!(ok, "{log}");
        let target = std::fs::read_to_string(project.join("target/notes.xlf")).unwrap();
        assert_eq!(target.matches("<trans-unit ").count(), 10, "{target}");
    }
}

/// `steppe xliff FILE --tm TMX`: every sentence and note a unit, the one the memory holds
/// pre-filled as an exact match; valid XLIFF 1.2.
#[test]
fn xliff_prefills_exact_matches_from_a_tmx() {
    use steppe_test_support::{require_file, require_tool, shared_reference};
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("tm.tsv");
    std::fs::write(
        &tsv,
        "Trade did not stop at the border.\tТорговля не останавливалась на границе.\n\
         A sentence not in the text.\tПредложения нет в тексте.\n",
    )
    .unwrap();
    let tmx = dir.path().join("tm.tmx");
    let (tsv, tmx) = (tsv.to_str().unwrap(), tmx.to_str().unwrap());
    run_ok(
        &[
            "tmx",
            "convert",
            tsv,
            "-o",
            tmx,
            "--src-lang",
            "en",
            "--tgt-lang",
            "ru",
        ],
        None,
    );
    let xlf = dir.path().join("notes.xlf");
    let xlf_s = xlf.to_str().unwrap();
    run_ok(&["xliff", &fx("notes.odt"), "--tm", tmx, "-o", xlf_s], None);
    let xml = std::fs::read_to_string(&xlf).unwrap();
    assert!(
        xml.contains(r#"source-language="en" target-language="ru""#),
        "{xml}"
    );
    // 10 sentences and 4 notes; one translated, from the memory; the others' source copied into
    // a target that needs translation.
    assert_eq!(xml.matches("<trans-unit ").count(), 14, "{xml}");
    assert_eq!(xml.matches(r#"<target state="translated""#).count(), 1, "{xml}");
    assert_eq!(
        xml.matches(r#"<target state="needs-translation">"#).count(),
        13,
        "{xml}"
    );
    assert!(
        xml.contains(
            "<source>The archive</source>\n        <target state=\"needs-translation\">The archive</target>"
        ),
        "{xml}"
    );
    assert!(xml.contains(
        "<source>Trade did not stop at the border.</source>\n        \
         <target state=\"translated\" state-qualifier=\"exact-match\">Торговля не останавливалась на границе.</target>"
    ), "{xml}");
    assert!(
        xml.contains("<trans-unit id=\"note-4\">\n        <source>Ibid., p.\u{A0}88.</source>"),
        "{xml}"
    );
    let xsd = shared_reference("xliff").join("xliff-core-1.2-strict.local.xsd");
    if let (Some(xsd), Some(_)) = (
        require_file("the XLIFF 1.2 schema", &xsd),
        require_tool("xmllint", &["--version"]),
    ) {
        let out = std::process::Command::new("xmllint")
            .args(["--noout", "--schema"])
            .arg(&xsd)
            .arg(&xlf)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

/// `tmx convert` reads XLIFF 1.2: our own (align → XLIFF → TMX gives align's pairs) and one that
/// translate-toolkit writes; a cut file is a one-line error and nothing is written.
#[test]
fn tmx_convert_reads_xliff() {
    use steppe_test_support::require_ttk_python;
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_owned();
    let (a, b) = (fx("notes.docx"), fx("notes.html"));
    run_ok(&["align", &a, &b, "--format", "xliff", "-o", &p("a.xlf")], None);
    run_ok(&["tmx", "convert", &p("a.xlf"), "-o", &p("a.tmx")], None);
    run_ok(&["tmx", "validate", &p("a.tmx")], None);
    let tsv = run_ok(&["align", &a, &b, "--format", "tsv"], None);
    let tmx = std::fs::read_to_string(p("a.tmx")).unwrap();
    assert_eq!(tmx.matches("<tu ").count(), tsv.lines().count(), "{tmx}");
    for line in tsv.lines() {
        let source = line.split('\t').next().unwrap();
        let seg = format!(r#"<tuv xml:lang="en"><seg>{source}</seg></tuv>"#);
        assert_eq!(tmx.matches(&seg).count(), 2, "{seg}");
    }

    let cut = std::fs::read_to_string(p("a.xlf")).unwrap();
    std::fs::write(p("cut.xlf"), &cut[..cut.len() / 2]).unwrap();
    let result = run(&["tmx", "convert", &p("cut.xlf"), "-o", &p("cut.tmx")], None);
    assert_eq!(result.status.code(), Some(2));
    let err = String::from_utf8(result.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cut.xlf: XLIFF: "), "{err}");
    assert!(!dir.path().join("cut.tmx").exists());

    if let Some(python) = require_ttk_python("translate.storage.xliff") {
        let script = "import sys\nfrom translate.storage import xliff\n\
                      f = xliff.xlifffile(sourcelanguage='en', targetlanguage='ru')\n\
                      u = f.addsourceunit('Steppe & river.')\nu.target = 'Степь и река.'\n\
                      f.addsourceunit('Not translated.')\n\
                      open(sys.argv[1], 'wb').write(bytes(f))";
        let out = std::process::Command::new(python)
            .args(["-c", script, &p("ttk.xlf")])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        run_ok(&["tmx", "convert", &p("ttk.xlf"), "-o", &p("ttk.tmx")], None);
        run_ok(&["tmx", "convert", &p("ttk.tmx"), "-o", &p("ttk.tsv")], None);
        let tsv = std::fs::read_to_string(p("ttk.tsv")).unwrap();
        assert_eq!(tsv, "Steppe & river.\tСтепь и река.\n");
        let tmx = std::fs::read_to_string(p("ttk.tmx")).unwrap();
        assert!(
            tmx.contains(r#"<tuv xml:lang="ru"><seg>Степь и река.</seg></tuv>"#),
            "{tmx}"
        );
    }
}
