//! Helpers to run the built `steppe` binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Path of the built `steppe` binary.
pub fn steppe_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_steppe"))
}

/// The workspace root (for `corpus/` and shared fixtures).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Runs `steppe ARGS` with optional stdin and returns its output.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(steppe_bin())
        .args(args)
        .current_dir(root())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn steppe");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

/// Runs `steppe ARGS`, asserts success and returns stdout as a string.
pub fn run_ok(args: &[&str], stdin: Option<&[u8]>) -> String {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "steppe {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// The sample article in `corpus/`.
pub const SAMPLE: &str = "corpus/shaymergenov-2008-nato-central-asia.en.txt";
