//! Dev-only helpers for steppe's interop tests, the tests that drive a system tool (xmllint, jing,
//! java + Saxon-HE, OmegaT, uconv, hunspell, translate-toolkit's Python).
//!
//! Every such test follows one rule (see `.ci/run`): when the tool is missing it prints a `skipped: …`
//! line and returns, unless `STEPPE_REQUIRE_INTEROP=1` (CI), where it fails. [`require_tool`],
//! [`require_file`], [`require_ttk_python`] and [`available`] apply the rule; [`skip_or_fail`] is the
//! rule itself. The skip line goes straight to stderr, past the test harness's capture, so that
//! `cargo test` shows which interop tests did not run.
//!
//! The sample's expected facts come from the project's own fixture ([`seed_gold`], [`fixture`]), never
//! from the shared folder, so that a clone with nothing beside it passes its tests.
//!
//! The rest is what those tests kept writing again: where the workspace, `../shared/reference` and the
//! TMX 1.4b DTD copy are ([`workspace_root`], [`shared_reference`], [`tmx_dtd`]), and running a command
//! with a panic message that names it and shows its stderr ([`stdout_of`], [`stdout_with_stdin`],
//! [`combined_output`], [`output_of`], [`output_with_stdin`]), and an OmegaT project run headless
//! ([`OmegaT`]).
//!
//! ```
//! use std::process::Command;
//! use steppe_test_support::{available, require_tool, stdout_of, tmx_dtd};
//!
//! assert!(tmx_dtd().ends_with("tmx14.dtd") && tmx_dtd().is_file());
//! assert!(available("something present", true));
//! // cargo runs the tests, so it is on PATH; a missing tool would skip (return) here instead.
//! let Some(cargo) = require_tool("cargo", &["--version"]) else {
//!     return;
//! };
//! assert!(stdout_of(Command::new(cargo).arg("--version")).starts_with("cargo "));
//! ```

#![deny(missing_docs)]

mod fixtures;
mod omegat;
mod paths;
mod run;
mod skip;

pub use fixtures::{fixture, seed_gold};
pub use omegat::{OmegaT, OMEGAT_JAR};
pub use paths::{shared_reference, tmx_dtd, workspace_root};
pub use run::{combined_output, output_of, output_with_stdin, stdout_of, stdout_with_stdin};
pub use skip::{
    available, interop_required, require_file, require_tool, require_ttk_python, skip_or_fail, REQUIRE_VAR,
};
