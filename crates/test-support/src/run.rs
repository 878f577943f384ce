//! Running a command in a test, with a panic message that says what went wrong.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `cmd` to completion; panics naming the command when it cannot start.
///
/// ```
/// use std::process::Command;
/// let out = steppe_test_support::output_of(Command::new("cargo").arg("--version"));
/// assert!(out.status.success());
/// ```
#[track_caller]
pub fn output_of(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// Runs `cmd` with `input` on its stdin (written from another thread, so a large input cannot
/// dead-lock against a full stdout pipe); panics naming the command when it cannot start.
#[track_caller]
pub fn output_with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("waiting for {cmd:?}: {e}"));
    if let Err(e) = writer.join().expect("the stdin writer does not panic") {
        panic!("writing to the stdin of {cmd:?}: {e}");
    }
    out
}

/// The stdout of `cmd` as UTF-8; panics with the command, its exit status and stderr when it fails.
///
/// ```
/// use std::process::Command;
/// let version = steppe_test_support::stdout_of(Command::new("cargo").arg("--version"));
/// assert!(version.starts_with("cargo "));
/// ```
#[track_caller]
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = output_of(cmd);
    checked_stdout(cmd, out)
}

/// [`stdout_of`] with `input` on the command's stdin.
#[track_caller]
pub fn stdout_with_stdin(cmd: &mut Command, input: &str) -> String {
    let out = output_with_stdin(cmd, input.as_bytes());
    checked_stdout(cmd, out)
}

/// Whether `cmd` succeeded and its stdout followed by its stderr: for tests that assert on a failure
/// too (a validator that must reject a broken file) or on a tool's log.
///
/// ```
/// use std::process::Command;
/// let (ok, log) = steppe_test_support::combined_output(Command::new("cargo").arg("--no-such-flag"));
/// assert!(!ok && !log.is_empty());
/// ```
#[track_caller]
pub fn combined_output(cmd: &mut Command) -> (bool, String) {
    let out = output_of(cmd);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[track_caller]
fn checked_stdout(cmd: &Command, out: Output) -> String {
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{cmd:?} wrote invalid UTF-8: {e}"))
}
