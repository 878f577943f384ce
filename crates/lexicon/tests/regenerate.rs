//! Regenerating `data/ru.fst` from the shipped hunspell sources gives the committed bytes, so the
//! data file is exactly what its recipe (the `build-lexicon` command) makes.

use std::path::Path;

use steppe_lexicon::hunspell::{parse_dic, AffixFile};
use steppe_lexicon::{Lexicon, LexiconBuilder};

#[test]
fn committed_fst_matches_its_sources() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let aff_path = dir.join("hunspell-ru/ru_RU.aff");
    let dic_path = dir.join("hunspell-ru/ru_RU.dic");
    let aff = AffixFile::parse(&aff_path, &std::fs::read_to_string(&aff_path).unwrap()).unwrap();
    assert!(aff.skipped.is_empty(), "unmodelled directives: {:?}", aff.skipped);
    let stems = parse_dic(&dic_path, &std::fs::read_to_string(&dic_path).unwrap(), &aff).unwrap();
    let mut builder = LexiconBuilder::new();
    for stem in &stems {
        aff.expand(stem, &mut |form| builder.add(form));
    }
    let bytes = builder.to_bytes();
    assert!(
        bytes == Lexicon::embedded().as_bytes(),
        "data/ru.fst is stale: rerun the build-lexicon command in crates/lexicon/README.md"
    );
}
