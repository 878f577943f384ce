//! The fixture copies stay what they were copied from: compared with `../shared` when it is there
//! (a skip line otherwise, a failure with `STEPPE_REQUIRE_INTEROP=1`).

use steppe_test_support::{fixture, require_file, seed_gold, workspace_root};

#[test]
fn fixture_matches_shared_copy() {
    let shared = workspace_root().join("../shared/spec/seed-gold.json");
    let Some(shared) = require_file("../shared/spec/seed-gold.json", &shared) else {
        return;
    };
    assert_eq!(
        std::fs::read(fixture("seed-gold.json")).unwrap(),
        std::fs::read(shared).unwrap(),
        "tests/fixtures/seed-gold.json differs from ../shared/spec/seed-gold.json: copy it again"
    );
}

#[test]
fn seed_gold_has_every_section_the_tests_read() {
    let gold = seed_gold();
    for (section, at_least) in [
        ("romanised", 20),
        ("not_romanised", 5),
        ("acronyms", 10),
        ("institutions", 10),
        ("aliases", 1),
    ] {
        let n = gold[section].as_array().map_or(0, Vec::len);
        assert!(n >= at_least, "{section}: {n} items");
    }
}
