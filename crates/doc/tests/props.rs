//! Property tests: any text parses without a panic, and every span is a valid, ordered slice of
//! the source.

use proptest::prelude::*;
use steppe_doc::{Document, Lang};

/// Text built from the characters the stages react to, so the properties reach deep paths.
fn pdfish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("¹".to_owned()),
        Just("²³ ".to_owned()),
        Just("[2]".to_owned()),
        Just(" 62 ·\n".to_owned()),
        Just("No. 2(50), 2008".to_owned()),
        Just("* * *".to_owned()),
        Just("*".to_owned()),
        Just("-".to_owned()),
        Just("- ".to_owned()),
        Just("\u{AD}".to_owned()),
        Just("U.S. ".to_owned()),
        Just("т. е. ".to_owned()),
        Just("Ibid.".to_owned()),
        Just("Там же.".to_owned()),
        Just(". ".to_owned()),
        "[a-zA-Zа-яА-Я]{1,8}",
        "[0-9]{1,4}",
        "[ .,;:!?\"«»()]{1,3}",
    ];
    proptest::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn check(source: &str, lang: Lang) -> Result<(), TestCaseError> {
    let doc = Document::parse("prop", source, lang);
    let ok = |at: usize| at <= source.len() && source.is_char_boundary(at);
    let mut last = 0;
    for p in &doc.paragraphs {
        prop_assert!(ok(p.start) && ok(p.end) && p.start <= p.end, "{p:?}");
        prop_assert!(last <= p.start, "paragraphs overlap at {p:?}");
        prop_assert!(!p.text.is_empty() && p.text.trim() == p.text);
        last = p.end;
    }
    let mut last = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        prop_assert_eq!(s.index, i);
        let p = &doc.paragraphs[s.paragraph];
        prop_assert!(ok(s.start) && ok(s.end) && s.start <= s.end, "{s:?}");
        prop_assert!(p.start <= s.start && s.end <= p.end, "{s:?} outside {p:?}");
        prop_assert!(last <= s.start, "sentences overlap at {s:?}");
        last = s.end;
    }
    for f in &doc.footnotes {
        prop_assert!(ok(f.start) && ok(f.end) && f.start <= f.end, "{f:?}");
        prop_assert!(f.markers.iter().all(|&m| ok(m)));
    }
    let mut last = 0;
    for r in &doc.repairs {
        prop_assert!(ok(r.offset) && last <= r.offset, "{r:?}");
        prop_assert!(source[r.offset..].starts_with(&r.original), "{r:?}");
        last = r.offset;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_parses(source in any::<String>()) {
        check(&source, Lang::En)?;
        check(&source, Lang::Ru)?;
    }

    #[test]
    fn pdf_like_text_parses(source in pdfish()) {
        check(&source, Lang::En)?;
        check(&source, Lang::Ru)?;
    }
}
