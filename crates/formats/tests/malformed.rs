//! Malformed input: one line naming the file and the part, never a panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use steppe_formats::{load, InputFormat};
use steppe_test_support::{fixture, require_tool};

fn message(path: &Path, format: Option<InputFormat>) -> String {
    let err = load(path, format).expect_err("an error");
    let text = err.to_string();
    assert!(!text.contains('\n'), "one line: {text}");
    assert!(
        text.starts_with(&path.display().to_string()),
        "names the file: {text}"
    );
    text
}

/// A zip holding `entries` (name, bytes), stored.
fn zip_with(dir: &Path, name: &str, entries: &[(&str, &[u8])]) -> PathBuf {
    let path = dir.join(name);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for (entry, bytes) in entries {
        zip.start_file(*entry, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    path
}

/// The bytes of `part` in the fixture package `name`.
fn part_of(name: &str, part: &str) -> Vec<u8> {
    let file = std::fs::File::open(fixture(&format!("formats/{name}"))).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name(part).unwrap(), &mut bytes).unwrap();
    bytes
}

#[test]
fn a_file_that_is_not_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake.docx");
    std::fs::write(&path, "just text, renamed").unwrap();
    let text = message(&path, None);
    assert!(
        text.contains(": zip: not a DOCX file: not a zip archive"),
        "{text}"
    );
}

#[test]
fn a_zip_that_is_not_a_docx() {
    let dir = tempfile::tempdir().unwrap();
    let path = zip_with(dir.path(), "photos.docx", &[("a.jpg", b"\xFF\xD8")]);
    let text = message(&path, None);
    assert!(
        text.ends_with(": word/document.xml: missing: a zip without it is not a DOCX file"),
        "{text}"
    );
    let odt = zip_with(dir.path(), "photos.odt", &[("a.jpg", b"\xFF\xD8")]);
    assert!(message(&odt, None).contains(": content.xml: missing"));
}

#[test]
fn an_odt_read_as_docx_says_what_it_is() {
    let text = message(&fixture("formats/notes.odt"), Some(InputFormat::Docx));
    assert!(
        text.contains("word/document.xml: missing: this zip holds content.xml"),
        "{text}"
    );
}

#[test]
fn truncated_xml_names_the_part_and_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    let document = part_of("notes.docx", "word/document.xml");
    let cut = &document[..document.len() / 2];
    let path = zip_with(dir.path(), "cut.docx", &[("word/document.xml", cut)]);
    let text = message(&path, None);
    assert!(text.contains(": word/document.xml: "), "{text}");
    assert!(text.contains("XML") && text.contains("byte"), "{text}");

    let content = part_of("notes.odt", "content.xml");
    let bad = String::from_utf8(content)
        .unwrap()
        .replacen("</text:p>", "</text:h>", 1);
    let path = zip_with(dir.path(), "bad.odt", &[("content.xml", bad.as_bytes())]);
    let text = message(&path, None);
    assert!(text.contains(": content.xml: malformed XML at byte "), "{text}");
}

#[test]
fn a_truncated_zip() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(fixture("formats/notes.docx")).unwrap();
    let path = dir.path().join("half.docx");
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    assert!(message(&path, None).contains(": zip: not a DOCX file"));
}

#[test]
fn html_in_another_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let body = "<p>Статья в журнале «Вопросы истории».</p>";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(body);
    // Declared in the meta tag: read right.
    let declared = [b"<meta charset=\"windows-1251\">".as_slice(), &cp1251].concat();
    let path = dir.path().join("declared.html");
    std::fs::write(&path, declared).unwrap();
    let x = load(&path, None).unwrap();
    assert_eq!(x.text, "Статья в журнале «Вопросы истории».\n");
    // Not declared: an error naming the encoding and the byte, not mojibake.
    let path = dir.path().join("undeclared.html");
    std::fs::write(&path, &*cp1251).unwrap();
    let text = message(&path, None);
    assert!(
        text.contains(": encoding: invalid UTF-8 at byte 3 and no charset in a <meta> tag"),
        "{text}"
    );
}

#[test]
fn an_encrypted_pdf() {
    if require_tool("pdftotext", &["-v"]).is_none() || require_tool("qpdf", &["--version"]).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.pdf");
    let status = std::process::Command::new("qpdf")
        .args(["--encrypt", "user-secret", "owner-secret", "256", "--"])
        .arg(fixture("formats/notes-lo.pdf"))
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let text = message(&path, None);
    assert!(
        text.contains(": pdftotext: the PDF is encrypted and needs a password"),
        "{text}"
    );
}

#[test]
fn a_missing_pdftotext_names_the_package() {
    // Run in a child process: the variable is read by the library, and tests run in threads.
    if std::env::var_os("STEPPE_FORMATS_CHILD").is_some() {
        std::env::set_var(steppe_formats::PDFTOTEXT_ENV, "/nonexistent/pdftotext");
        let text = message(&fixture("formats/notes-lo.pdf"), None);
        assert!(text.ends_with(": pdftotext: not installed: reading a PDF needs poppler-utils (e.g. apt-get install poppler-utils)"), "{text}");
        return;
    }
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "a_missing_pdftotext_names_the_package"])
        .env("STEPPE_FORMATS_CHILD", "1")
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn empty_documents_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.html");
    std::fs::write(&path, "<html><script>x()</script><nav>Home</nav></html>").unwrap();
    assert!(message(&path, None).ends_with(": empty document"));
}

#[test]
fn no_cut_of_a_real_file_panics() {
    for (name, format) in [
        ("notes.docx", InputFormat::Docx),
        ("notes-lo.odt", InputFormat::Odt),
        ("notes-lo.html", InputFormat::Html),
    ] {
        let bytes = std::fs::read(fixture(&format!("formats/{name}"))).unwrap();
        for cut in (0..bytes.len()).step_by(61) {
            let result = steppe_formats::extract(Path::new(name), &bytes[..cut], format);
            if let Err(e) = result {
                assert!(!e.to_string().contains('\n'), "{name} cut at {cut}: {e}");
            }
        }
    }
    // The XML parts themselves cut anywhere, in a well-formed zip: always an error, never a
    // partial text.
    let dir = tempfile::tempdir().unwrap();
    let document = part_of("notes.docx", "word/document.xml");
    for cut in (0..document.len()).step_by(97) {
        let path = zip_with(dir.path(), "cut.docx", &[("word/document.xml", &document[..cut])]);
        assert!(
            load(&path, None).is_err(),
            "document.xml cut at {cut} read as whole"
        );
    }
    let content = part_of("notes-lo.odt", "content.xml");
    for cut in (0..content.len()).step_by(97) {
        let path = zip_with(dir.path(), "cut.odt", &[("content.xml", &content[..cut])]);
        assert!(
            load(&path, None).is_err(),
            "content.xml cut at {cut} read as whole"
        );
    }
}
