//! What `write_tmx` produces passes `xmllint --dtdvalid` against the TMX 1.4b DTD.
//!
//! A missing xmllint skips the test with a line on stderr, unless `STEPPE_REQUIRE_INTEROP=1` (CI),
//! where it fails (`steppe-test-support`).

use std::process::Command;
use steppe_align::{Aligner, Language};
use steppe_test_support::{combined_output, require_tool, tmx_dtd};

#[test]
fn aligned_tmx_is_valid_against_the_dtd() {
    let Some(xmllint) = require_tool("xmllint", &["--version"]) else {
        return;
    };
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
    let (ok, log) = combined_output(
        Command::new(xmllint)
            .args(["--noout", "--dtdvalid"])
            .arg(tmx_dtd())
            .arg(&path),
    );
    assert!(ok, "{log}");
    let xml = std::fs::read_to_string(&path).unwrap();
    assert!(
        xml.contains(r#"srclang="en""#) && xml.contains(r#"<tuv xml:lang="kk">"#),
        "{xml}"
    );
    assert_eq!(xml.matches("<tu ").count(), 3, "{xml}");
}
