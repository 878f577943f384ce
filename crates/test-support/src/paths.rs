//! Where the files interop tests need are, wherever the test runs from.

use std::path::PathBuf;

/// The workspace root (the folder with the root `Cargo.toml`).
///
/// ```
/// assert!(steppe_test_support::workspace_root().join("Cargo.toml").is_file());
/// ```
pub fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// `../shared/reference/<sub>` beside the project (iuliia schemes, the TMX DTD, the TBX schemas); it may
/// be missing in a clone, so check it with [`crate::require_file`].
///
/// ```
/// let tbx = steppe_test_support::shared_reference("tbx");
/// assert!(tbx.ends_with("shared/reference/tbx"));
/// ```
pub fn shared_reference(sub: &str) -> PathBuf {
    workspace_root().join("../shared/reference").join(sub)
}

/// The TMX 1.4b DTD: the copy of `../shared/reference/tmx` committed in `crates/tmx/tests/documents`.
///
/// ```
/// assert!(steppe_test_support::tmx_dtd().is_file());
/// ```
pub fn tmx_dtd() -> PathBuf {
    workspace_root().join("crates/tmx/tests/documents/tmx14.dtd")
}
