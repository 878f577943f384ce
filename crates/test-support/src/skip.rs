//! The missing-tool rule: skip with a line, or fail when `STEPPE_REQUIRE_INTEROP=1`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment variable that turns a missing tool from a skip into a failure (set to `1` in CI).
pub const REQUIRE_VAR: &str = "STEPPE_REQUIRE_INTEROP";

/// Whether interop tests must run: `STEPPE_REQUIRE_INTEROP=1`.
///
/// ```
/// // `cargo test` without the variable: interop is optional.
/// if std::env::var_os(steppe_test_support::REQUIRE_VAR).is_none() {
///     assert!(!steppe_test_support::interop_required());
/// }
/// ```
pub fn interop_required() -> bool {
    std::env::var(REQUIRE_VAR).is_ok_and(|v| v == "1")
}

/// The rule for something missing: panics when [`interop_required`], else writes
/// `skipped: {what} is missing ({why})` to stderr (not captured by the test harness) and returns.
///
/// ```should_panic
/// # std::env::set_var("STEPPE_REQUIRE_INTEROP", "1");
/// steppe_test_support::skip_or_fail("frobnicate", "not on PATH"); // panics in CI
/// ```
#[track_caller]
pub fn skip_or_fail(what: &str, why: &str) {
    assert!(
        !interop_required(),
        "{what} is missing ({why}) and {REQUIRE_VAR}=1"
    );
    // Straight to the process's stderr: libtest captures eprintln! of passing tests.
    let _ = writeln!(std::io::stderr(), "skipped: {what} is missing ({why})");
}

/// `present`, or [`skip_or_fail`] and `false`: for checks that are not a single program or file.
///
/// ```
/// assert!(steppe_test_support::available("java and OmegaT", true));
/// ```
#[track_caller]
pub fn available(what: &str, present: bool) -> bool {
    if !present {
        skip_or_fail(what, "see the test for what it needs");
    }
    present
}

/// The program `name` as found on `PATH` (or `name` itself when it is a path), provided that, when
/// `probe` is not empty, `name probe…` exits successfully; otherwise [`skip_or_fail`] and `None`.
///
/// Pass an empty `probe` for a tool with no argument that exits 0 (`jing --version` exits 2).
///
/// ```
/// assert!(steppe_test_support::require_tool("cargo", &["--version"]).is_some());
/// ```
#[track_caller]
pub fn require_tool(name: &str, probe: &[&str]) -> Option<PathBuf> {
    let Some(path) = find_program(name) else {
        skip_or_fail(name, "not on PATH");
        return None;
    };
    if !probe.is_empty() {
        match Command::new(&path).args(probe).output() {
            Ok(out) if out.status.success() => {}
            Ok(out) => {
                let why = format!(
                    "`{name} {}` exits with {}: {}",
                    probe.join(" "),
                    out.status,
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                skip_or_fail(name, &why);
                return None;
            }
            Err(e) => {
                skip_or_fail(name, &format!("{} cannot run: {e}", path.display()));
                return None;
            }
        }
    }
    Some(path)
}

/// `path` when it exists (a jar, a schema folder), else [`skip_or_fail`] and `None`.
///
/// ```
/// let dtd = steppe_test_support::tmx_dtd();
/// assert_eq!(steppe_test_support::require_file("the TMX DTD", &dtd), Some(dtd.clone()));
/// ```
#[track_caller]
pub fn require_file(what: &str, path: &Path) -> Option<PathBuf> {
    if path.exists() {
        return Some(path.to_path_buf());
    }
    skip_or_fail(what, &format!("no {}", path.display()));
    None
}

/// A Python that can `import {module}` (e.g. `translate.storage.tmx`): `$STEPPE_TTK_PYTHON`, else the
/// workspace's `.venv/bin/python`, else `python3`; [`skip_or_fail`] and `None` when none can.
#[track_caller]
pub fn require_ttk_python(module: &str) -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = match std::env::var_os("STEPPE_TTK_PYTHON") {
        Some(p) => vec![PathBuf::from(p)],
        None => vec![
            crate::workspace_root().join(".venv/bin/python"),
            PathBuf::from("python3"),
        ],
    };
    let import = format!("import {module}");
    for python in &candidates {
        let ok = Command::new(python)
            .args(["-c", &import])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(python.clone());
        }
    }
    let tried: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    skip_or_fail(
        "translate-toolkit",
        &format!(
            "`import {module}` fails with {} (set STEPPE_TTK_PYTHON)",
            tried.join(", ")
        ),
    );
    None
}

/// `name` searched in `PATH`, or `name` itself when it names a path.
fn find_program(name: &str) -> Option<PathBuf> {
    if name.contains(std::path::MAIN_SEPARATOR) {
        return Path::new(name).is_file().then(|| PathBuf::from(name));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_is_found_on_path_and_a_made_up_one_is_not() {
        assert!(find_program("cargo").is_some_and(|p| p.ends_with("cargo")));
        assert_eq!(find_program("no-such-steppe-tool-x7"), None);
        assert_eq!(find_program("/no/such/steppe-tool"), None);
    }

    #[test]
    fn a_missing_tool_skips_or_fails_as_the_variable_says() {
        // Both outcomes are the rule: which one depends on how the tests are run.
        let outcome = std::panic::catch_unwind(|| require_tool("no-such-steppe-tool-x7", &[]));
        match outcome {
            Ok(found) => {
                assert!(!interop_required());
                assert_eq!(found, None);
            }
            Err(_) => assert!(interop_required()),
        }
    }
}
