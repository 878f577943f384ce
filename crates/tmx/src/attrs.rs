//! Attributes of `<header>`, `<tu>` and `<tuv>`: the required ones checked, languages and dates
//! checked and normalised, the rest kept in [`Admin`]. Problems become warnings, never errors.

use crate::error::{Position, Warning, WarningKind as W};
use crate::lang;
use crate::machine::{Attrs, Keep};
use crate::model::{Admin, Header, SegType, TranslationUnit, Variant, DATE_ATTRS};
use std::borrow::Cow;

fn warn(warnings: &mut Vec<Warning>, kind: W, position: Position, message: String) {
    warnings.push(Warning {
        kind,
        position,
        message,
    });
}

/// The attributes every `<header>` must have, in the DTD's order.
const HEADER_REQUIRED: [&str; 7] = [
    "creationtool",
    "creationtoolversion",
    "segtype",
    "o-tmf",
    "adminlang",
    "srclang",
    "datatype",
];

/// Builds a header; a missing required attribute becomes an empty value and a warning.
pub(crate) fn header_from(attrs: Attrs<'_>, pos: Position, warnings: &mut Vec<Warning>) -> Header {
    let mut h = Header::new("");
    for name in HEADER_REQUIRED {
        if !attrs.iter().any(|(k, _)| *k == name) {
            warn(
                warnings,
                W::MissingHeaderAttr,
                pos,
                format!("<header> lacks the required attribute {name}"),
            );
            match name {
                "creationtool" => h.creationtool.clear(),
                "creationtoolversion" => h.creationtoolversion.clear(),
                "o-tmf" => h.o_tmf.clear(),
                "adminlang" => h.adminlang.clear(),
                "datatype" => h.datatype.clear(),
                _ => {}
            }
        }
    }
    for (k, v) in attrs {
        let v = v.into_owned();
        match k {
            "creationtool" => h.creationtool = v,
            "creationtoolversion" => h.creationtoolversion = v,
            "segtype" => h.segtype = segtype(&v, pos, warnings).unwrap_or_default(),
            "o-tmf" => h.o_tmf = v,
            "adminlang" => h.adminlang = language(v, "adminlang", pos, warnings),
            "srclang" if v == "*all*" => h.srclang = v,
            "srclang" => h.srclang = language(v, "srclang", pos, warnings),
            "datatype" => h.datatype = v,
            _ => admin(&mut h.admin, k, Cow::Owned(v), "header", pos, Keep::All, warnings),
        }
    }
    h
}

/// Builds a unit (without its children).
pub(crate) fn unit_from(
    attrs: Attrs<'_>,
    pos: Position,
    keep: Keep,
    warnings: &mut Vec<Warning>,
) -> TranslationUnit {
    let mut tu = TranslationUnit::default();
    for (k, v) in attrs {
        match k {
            "tuid" => tu.tuid = Some(v.into_owned()),
            "srclang" if v == "*all*" => tu.srclang = Some(v.into_owned()),
            "srclang" => tu.srclang = Some(language(v.into_owned(), "srclang", pos, warnings)),
            "segtype" => tu.segtype = segtype(&v, pos, warnings),
            _ => admin(&mut tu.admin, k, v, "tu", pos, keep, warnings),
        }
    }
    tu
}

/// Builds a variant (without its children); `lang` stands in for `xml:lang` with a warning.
pub(crate) fn variant_from(
    attrs: Attrs<'_>,
    pos: Position,
    keep: Keep,
    warnings: &mut Vec<Warning>,
) -> Variant {
    let mut v = Variant::default();
    let mut xml_lang = None;
    let mut old_lang = None;
    for (k, value) in attrs {
        match k {
            "xml:lang" => xml_lang = Some(value.into_owned()),
            "lang" => old_lang = Some(value.into_owned()),
            _ => admin(&mut v.admin, k, value, "tuv", pos, keep, warnings),
        }
    }
    let (code, attr) = match (xml_lang, old_lang) {
        (Some(code), _) => (code, "xml:lang"),
        (None, Some(code)) => {
            let m = format!("<tuv> has the deprecated lang=\"{code}\" instead of xml:lang");
            warn(warnings, W::DeprecatedLang, pos, m);
            (code, "lang")
        }
        (None, None) => {
            warn(warnings, W::MissingLang, pos, "<tuv> has no xml:lang".into());
            (String::new(), "")
        }
    };
    v.lang = if code.is_empty() {
        code
    } else {
        language(code, attr, pos, warnings)
    };
    v
}

fn segtype(value: &str, pos: Position, warnings: &mut Vec<Warning>) -> Option<SegType> {
    let parsed = SegType::parse(value);
    if parsed.is_none() {
        let m = format!("segtype \"{value}\" is not block, paragraph, sentence or phrase");
        warn(warnings, W::InvalidSegtype, pos, m);
    }
    parsed
}

/// Normalises a language code, warning when it changed or is still malformed.
pub(crate) fn language(code: String, attr: &str, pos: Position, warnings: &mut Vec<Warning>) -> String {
    let normal = lang::normalise(&code);
    if !lang::is_well_formed(&normal) {
        let m = format!("{attr}=\"{code}\" is not a well-formed BCP 47 language tag");
        warn(warnings, W::InvalidLang, pos, m);
        return code;
    }
    if normal != code {
        // `EN-US` is well-formed (tags are case-insensitive), only not canonical; `EN_US` is malformed.
        let (kind, m) = if lang::is_well_formed(&code) {
            (
                W::Info,
                format!("{attr}=\"{code}\" read as \"{normal}\" (canonical case)"),
            )
        } else {
            let m = format!("{attr}=\"{code}\" is not BCP 47 (OmegaT ignores it); read as \"{normal}\"");
            (W::LangNormalised, m)
        };
        warn(warnings, kind, pos, m);
        return normal.into_owned();
    }
    code
}

/// Checks an administrative attribute (a date's form, a name TMX defines) and keeps it in `admin`
/// unless only counting.
fn admin(
    admin: &mut Admin,
    name: &str,
    value: Cow<'_, str>,
    element: &str,
    pos: Position,
    keep: Keep,
    w: &mut Vec<Warning>,
) {
    if DATE_ATTRS.contains(&name) && !lang::is_tmx_date(&value) {
        w.push(Warning {
            kind: W::InvalidDate,
            position: pos,
            message: format!("{name}=\"{value}\" is not a TMX date (YYYYMMDDThhmmssZ)"),
        });
    }
    match admin.slot(name) {
        Some(slot) if keep == Keep::All => *slot = Some(value.into_owned()),
        Some(_) => {}
        None => w.push(Warning {
            kind: W::UnknownElement,
            position: pos,
            message: format!("<{element}> has an attribute TMX does not define: {name}; dropped"),
        }),
    }
}
