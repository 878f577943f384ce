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

/// Peak resident memory in KiB of `steppe ARGS` (standard input from the file `stdin`, if any), as
/// the kernel counted it for that one process. One rayon thread: `tmx stats` would otherwise read a
/// large file in two 32 MiB windows.
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // wait4 below reaps the child
pub fn peak_rss_kib(stdin: Option<&Path>, args: &[&str]) -> u64 {
    let input = match stdin {
        Some(path) => Stdio::from(std::fs::File::open(path).unwrap()),
        None => Stdio::null(),
    };
    let child = Command::new(steppe_bin())
        .args(args)
        .env("RAYON_NUM_THREADS", "1")
        .current_dir(root())
        .stdin(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value of that plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which nothing else waits for, with valid pointers.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "steppe {args:?} failed"
    );
    usage.ru_maxrss as u64
}
