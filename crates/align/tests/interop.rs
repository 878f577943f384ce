//! What `write_tmx` produces passes `xmllint --dtdvalid` against the TMX 1.4b DTD.
//!
//! A missing xmllint skips the test with a line on stderr, unless `STEPPE_REQUIRE_INTEROP=1` (CI),
//! where it fails.

use std::path::PathBuf;
use std::process::Command;
use steppe_align::{Aligner, Language};

/// The TMX 1.4b DTD, the copy steppe-tmx's tests use (from ../shared/reference/tmx).
fn dtd() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tmx/tests/documents/tmx14.dtd")
}

/// True if the tool can run; otherwise skips (returns false) or, in CI, fails.
fn available(tool: &str, check: &mut Command) -> bool {
    let ok = check.output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("STEPPE_REQUIRE_INTEROP").as_deref() != Ok("1"),
            "{tool} is required (STEPPE_REQUIRE_INTEROP=1) but cannot be run"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    ok
}

#[test]
fn aligned_tmx_is_valid_against_the_dtd() {
    if !available("xmllint", Command::new("xmllint").arg("--version")) {
        return;
    }
    let dtd = dtd();
    let en = "Kazakhstan & NATO signed the plan in 2006. The text runs to <40> pages.\n\n\
              Control\u{7}characters are removed.";
    let kk = "Қазақстан мен НАТО жоспарға 2006 жылы қол қойды. Мәтін <40> беттен тұрады.\n\n\
              Басқару таңбалары алынып тасталады.";
    let alignment = Aligner::new().align_texts(en, kk, None, None);
    assert_eq!(alignment.target_lang, Language::Kk);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aligned.tmx");
    let file = std::fs::File::create(&path).unwrap();
    steppe_align::write_tmx(&alignment, 0.0, file).unwrap();
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--dtdvalid")
        .arg(&dtd)
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let xml = std::fs::read_to_string(&path).unwrap();
    assert!(
        xml.contains(r#"srclang="en""#) && xml.contains(r#"<tuv xml:lang="kk">"#),
        "{xml}"
    );
    assert_eq!(xml.matches("<tu ").count(), 3, "{xml}");
}
