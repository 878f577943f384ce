//! Invalid UTF-8 is reported at the bad byte itself: its line, its column (in characters) and its byte
//! offset, wherever it stands (first line, inside a segment, inside an attribute, a comment, the last
//! line without a line break). The expected positions are counted by hand in the comments, and for
//! the sweep from the text before the byte, independently of the reader.

use steppe_tmx::{Error, ErrorKind, Reader};

/// A small memory: 9 lines, no line break after the last.
const DOC: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<tmx version=\"1.4\">\n\
<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\"\n\
o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n\
<body><!-- a comment -->\n\
<tu tuid=\"one\"><tuv xml:lang=\"en\"><seg>Valid text &amp; more</seg></tuv>\n\
<tuv xml:lang=\"ru\"><seg>Сначала правильный текст, затем</seg></tuv></tu>\n\
</body>\n\
</tmx>";

/// Reads the whole document; returns the first error.
fn first_error(bytes: &[u8]) -> Option<Error> {
    let mut reader = match Reader::from_slice(bytes) {
        Ok(reader) => reader,
        Err(e) => return Some(e),
    };
    loop {
        match reader.next_unit() {
            Ok(Some(_)) => {}
            Ok(None) => return None,
            Err(e) => return Some(e),
        }
    }
}

/// `DOC` with `bad` inserted after the first occurrence of `after` (or at the start when empty).
fn with_bad_byte(after: &str, bad: u8) -> (Vec<u8>, usize) {
    let at = if after.is_empty() {
        0
    } else {
        DOC.find(after).expect(after) + after.len()
    };
    let mut bytes = DOC.as_bytes().to_vec();
    bytes.insert(at, bad);
    (bytes, at)
}

/// (line, column, offset) of the error, checking it is an encoding error.
fn position(bytes: &[u8]) -> (u64, u64, u64) {
    let err = first_error(bytes).expect("an error");
    assert_eq!(err.kind(), ErrorKind::Encoding, "{err}");
    (err.line(), err.column(), err.offset())
}

#[test]
fn invalid_utf8_on_the_first_byte_is_line_1_column_1() {
    let (bytes, _) = with_bad_byte("", 0xFF);
    assert_eq!(position(&bytes), (1, 1, 0));
    let err = first_error(&bytes).unwrap();
    assert_eq!(
        err.to_string(),
        "line 1, column 1: invalid UTF-8: byte 0xFF at byte offset 0"
    );
}

#[test]
fn invalid_utf8_in_the_xml_declaration_is_on_line_1() {
    // `<?xml version="1.0" en` is 22 characters: the byte is the 23rd.
    let (bytes, at) = with_bad_byte("<?xml version=\"1.0\" en", 0xC0);
    assert_eq!(position(&bytes), (1, 23, at as u64));
}

#[test]
fn invalid_utf8_inside_a_segment_after_cyrillic_counts_characters() {
    // Line 7: `<tuv xml:lang="ru">` (19) + `<seg>` (5) + `Сначала правильный` (18) = 42 characters,
    // 28 bytes more than that (14 two-byte letters), so the bad byte is column 43.
    let (bytes, at) = with_bad_byte("Сначала правильный", 0xE0);
    assert_eq!(position(&bytes), (7, 43, at as u64));
    assert_eq!(bytes[at], 0xE0);
}

#[test]
fn invalid_utf8_inside_an_attribute_value() {
    // Line 6: `<tu tuid="o` is 11 characters.
    let (bytes, at) = with_bad_byte("<tu tuid=\"o", 0xFE);
    assert_eq!(position(&bytes), (6, 12, at as u64));
    // On the header's second line: `o-tmf="t" adminlang="e` is 22 characters.
    let (bytes, at) = with_bad_byte("o-tmf=\"t\" adminlang=\"e", 0x80);
    assert_eq!(position(&bytes), (4, 23, at as u64));
}

#[test]
fn invalid_utf8_inside_a_comment_and_after_an_entity() {
    // Line 5: `<body><!-- a com` is 16 characters.
    let (bytes, at) = with_bad_byte("<!-- a com", 0xFF);
    assert_eq!(position(&bytes), (5, 17, at as u64));
    // Line 6: `<tu tuid="one"><tuv xml:lang="en"><seg>Valid text &amp;` is 55 characters.
    let (bytes, at) = with_bad_byte("Valid text &amp;", 0xFF);
    assert_eq!(position(&bytes), (6, 56, at as u64));
}

#[test]
fn invalid_utf8_on_the_last_line_without_a_line_break() {
    // Line 9 is `</tmx>`; the byte follows it, the file ends there: column 7.
    let mut bytes = DOC.as_bytes().to_vec();
    bytes.push(0xD0); // the first half of a Cyrillic letter, cut off
    assert_eq!(position(&bytes), (9, 7, DOC.len() as u64));
    // At the start of that line, before `</tmx>`.
    let (bytes, at) = with_bad_byte("</body>\n", 0xFF);
    assert_eq!(position(&bytes), (9, 1, at as u64));
}

/// A bad byte at every place of the document is reported exactly there, except inside an end tag
/// (the tag names no longer match: a syntax error comes first) or inside a markup delimiter such as
/// `?>` or `<!--` (it is then not a delimiter: a syntax error too). Those still fail, never pass.
#[test]
fn invalid_utf8_anywhere_is_reported_at_its_own_line_and_column() {
    let delimiters = ["?>", "/>", "<!", "!-", "--", "->", "<?", "</"];
    let (mut exact, mut wrong) = (0, Vec::new());
    for (at, _) in DOC.char_indices().skip(1) {
        let (before, after) = DOC.split_at(at);
        let mut bytes = DOC.as_bytes().to_vec();
        bytes.insert(at, 0xFF);
        let err = first_error(&bytes).expect("a bad byte is never read");
        let in_end_tag = before
            .rfind("</")
            .is_some_and(|open| !before[open..].contains('>'));
        let split: String = before
            .chars()
            .next_back()
            .into_iter()
            .chain(after.chars().next())
            .collect();
        if in_end_tag || delimiters.contains(&split.as_str()) {
            continue;
        }
        let line = 1 + before.matches('\n').count() as u64;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = 1 + before[line_start..].chars().count() as u64;
        let got = (err.kind(), err.line(), err.column(), err.offset());
        if got == (ErrorKind::Encoding, line, column, at as u64) {
            exact += 1;
        } else {
            wrong.push(format!("{at} (…{}): {err}", &before[line_start..]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(exact > 300, "{exact}");
}

#[test]
fn after_a_byte_order_mark_offsets_count_the_files_bytes_and_columns_do_not_count_the_mark() {
    // The same bad byte as above, in a file that starts with the 3-byte UTF-8 mark: the offset moves
    // by 3 (it indexes the file, as `xxd -s` or `dd skip=` would use it), line and column do not
    // (editors do not show the mark).
    let (plain, at) = with_bad_byte("Сначала правильный", 0xE0);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&plain);
    assert_eq!(position(&bytes), (7, 43, at as u64 + 3));
    assert_eq!(bytes[at + 3], 0xE0);
    // on the first line too: `<?xml version="1.0" en` is 22 characters
    let (plain, at) = with_bad_byte("<?xml version=\"1.0\" en", 0xC0);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&plain);
    assert_eq!(position(&bytes), (1, 23, at as u64 + 3));
}
