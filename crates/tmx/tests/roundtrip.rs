//! Property test: whatever the writer writes, the reader reads back the same — every unit, language,
//! note, prop, attribute and inline element, with text that needs escaping.

use proptest::prelude::*;
use steppe_tmx::{
    Admin, Element, ElementKind, Header, Inline, Note, Prop, Reader, Segment, TranslationUnit, Variant,
    Writer,
};

fn lang() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["en", "ru", "kk", "en-US", "ru-RU", "kk-Cyrl-KZ", "x-steppe"])
        .prop_map(String::from)
}

/// Text with markup characters, Cyrillic (Kazakh letters too), quotes and spaces.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Zа-яёәғқңөұүһі0-9 <>&\"'.,;!?\t\n-]{1,16}"
}

fn date() -> impl Strategy<Value = String> {
    (2000u32..2030, 1u32..13, 1u32..29, 0u32..24, 0u32..60)
        .prop_map(|(y, mo, d, h, mi)| format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}00Z"))
}

fn admin() -> impl Strategy<Value = Admin> {
    (
        prop::option::of(date()),
        prop::option::of(date()),
        prop::option::of("[A-Z]{2,6}"),
    )
        .prop_map(|(c, ch, id)| Admin {
            creationdate: c,
            changedate: ch,
            creationid: id,
            ..Admin::default()
        })
}

fn note() -> impl Strategy<Value = Note> {
    (text(), prop::option::of(lang())).prop_map(|(text, lang)| Note { text, lang })
}

fn prop() -> impl Strategy<Value = Prop> {
    ("x-[a-z]{1,8}", text(), prop::option::of(lang())).prop_map(|(kind, text, lang)| Prop {
        kind,
        text,
        lang,
    })
}

/// Attributes each inline element needs, with generated values.
fn element(kind: ElementKind, content: Vec<Inline>, n: u8) -> Inline {
    let attrs: Vec<(String, String)> = match kind {
        ElementKind::Bpt | ElementKind::Ept => vec![("i".into(), n.to_string())],
        ElementKind::It => vec![("pos".into(), if n % 2 == 0 { "begin" } else { "end" }.into())],
        ElementKind::Sub => vec![("type".into(), "alt".into())],
        _ => vec![("x".into(), n.to_string()), ("type".into(), "fmt".into())],
    };
    Inline::Element(Element { kind, attrs, content })
}

/// Inline content as the DTD allows it: codes hold text and `<sub>`; `<hi>` and `<sub>` hold anything.
fn inlines() -> impl Strategy<Value = Vec<Inline>> {
    let leaf = text().prop_map(Inline::Text);
    let tree = leaf.prop_recursive(3, 24, 4, |inner| {
        let kinds = prop::sample::select(vec![
            ElementKind::Bpt,
            ElementKind::Ept,
            ElementKind::Ph,
            ElementKind::It,
            ElementKind::Ut,
            ElementKind::Hi,
        ]);
        (kinds, prop::collection::vec(inner.clone(), 0..3), any::<u8>()).prop_map(|(kind, content, n)| {
            let content = if kind == ElementKind::Hi {
                content
            } else {
                // Codes: text, or the same content wrapped in <sub>.
                content
                    .into_iter()
                    .map(|i| match i {
                        Inline::Text(t) => Inline::Text(t),
                        other => element(ElementKind::Sub, vec![other], n),
                    })
                    .collect()
            };
            element(kind, content, n)
        })
    });
    prop::collection::vec(tree, 0..5)
}

/// Adjacent texts are one text once written; empty texts vanish.
fn canonical(items: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for item in items {
        match item {
            Inline::Text(t) if t.is_empty() => {}
            Inline::Text(t) => match out.last_mut() {
                Some(Inline::Text(prev)) => prev.push_str(&t),
                _ => out.push(Inline::Text(t)),
            },
            Inline::Element(mut e) => {
                e.content = canonical(e.content);
                out.push(Inline::Element(e));
            }
        }
    }
    out
}

fn variant() -> impl Strategy<Value = Variant> {
    (
        lang(),
        admin(),
        prop::collection::vec(note(), 0..2),
        prop::collection::vec(prop(), 0..2),
        inlines(),
    )
        .prop_map(|(lang, admin, notes, props, seg)| Variant {
            lang,
            admin,
            notes,
            props,
            seg: Segment(canonical(seg)),
        })
}

fn unit() -> impl Strategy<Value = TranslationUnit> {
    (
        prop::option::of("[a-z0-9-]{1,10}"),
        admin(),
        prop::collection::vec(note(), 0..3),
        prop::collection::vec(prop(), 0..3),
        prop::collection::vec(variant(), 1..4),
    )
        .prop_map(|(tuid, admin, notes, props, variants)| TranslationUnit {
            tuid,
            admin,
            notes,
            props,
            variants,
            ..TranslationUnit::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn write_then_read_keeps_everything(units in prop::collection::vec(unit(), 0..6), notes in prop::collection::vec(note(), 0..2)) {
        let mut header = Header::new("en");
        header.notes = notes;
        let mut writer = Writer::new(Vec::new(), &header).unwrap();
        for u in &units {
            writer.write_unit(u).unwrap();
        }
        let (bytes, warnings) = writer.finish().unwrap();
        prop_assert!(warnings.is_empty(), "{:?}", warnings);
        let mut reader = Reader::from_slice(&bytes).unwrap();
        prop_assert_eq!(reader.header(), &header);
        let mut back = Vec::new();
        while let Some(u) = reader.next_unit().unwrap() {
            back.push(u);
        }
        prop_assert_eq!(&back, &units, "{}", String::from_utf8_lossy(&bytes));
        prop_assert!(reader.take_warnings().is_empty());
    }
}
