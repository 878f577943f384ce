//! The project's own copies of the facts tests check against, so that a clone with nothing beside
//! it passes `cargo test --workspace`.
//!
//! `tests/fixtures/seed-gold.json` is a verbatim copy of `../shared/spec/seed-gold.json` (provenance in
//! `tests/fixtures/README.md`); [`seed_gold`] reads the copy, never the shared folder. The test
//! `fixture_matches_shared_copy` compares the two when the shared folder is there.

use std::path::PathBuf;

/// `tests/fixtures/<name>` in the workspace.
///
/// ```
/// assert!(steppe_test_support::fixture("seed-gold.json").is_file());
/// ```
pub fn fixture(name: &str) -> PathBuf {
    crate::workspace_root().join("tests/fixtures").join(name)
}

/// The sample article's expected facts (romanised items, acronyms, institutions, aliases), parsed
/// from the project's copy.
///
/// ```
/// let gold = steppe_test_support::seed_gold();
/// assert!(gold["romanised"].as_array().is_some_and(|items| !items.is_empty()));
/// ```
pub fn seed_gold() -> serde_json::Value {
    let path = fixture("seed-gold.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
