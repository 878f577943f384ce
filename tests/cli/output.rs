//! `-o` onto what is not a regular file: the atomic rename may only replace a regular file (or create
//! one). A FIFO, a character device and `/dev/stdout` are written in place, a symlink is followed to
//! its target, a socket or a folder is refused; every write error names the output.
//!
//! Nothing here writes to the system's `/dev/null`; `/dev/full` is only reached through a symlink
//! in a temporary folder, so a regression replaces that link, never the device.

#![cfg(unix)]

use crate::util::{root, run, run_ok, steppe_bin};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn is_symlink(p: &Path) -> bool {
    std::fs::symlink_metadata(p).unwrap().file_type().is_symlink()
}

/// Waits for a child, killing it after `limit` so a regression cannot hang the tests.
fn wait(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn output_onto_a_fifo_writes_through_and_keeps_the_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("keys");
    if !Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|st| st.success())
    {
        eprintln!("skipped: mkfifo is missing");
        return;
    }
    let expected = run_ok(&["key", "Nazarbaev"], None);
    let steppe = Command::new(steppe_bin())
        .args(["key", "Nazarbaev", "-o", s(&fifo)])
        .current_dir(root())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let reader = Command::new("cat")
        .arg(&fifo)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let read = wait(reader, Duration::from_secs(60));
    let steppe = wait(steppe, Duration::from_secs(60));
    assert!(
        steppe.status.success(),
        "{}",
        String::from_utf8_lossy(&steppe.stderr)
    );
    assert_eq!(String::from_utf8(read.stdout).unwrap(), expected);
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced by {kind:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_dev_stdout_goes_to_standard_output() {
    let expected = run_ok(&["key", "Nazarbaev"], None);
    // /proc/self/fd/1 first: an old binary fails on it (no temporary file can be made in /proc)
    // before it could replace the system's /dev/stdout link.
    for path in ["/proc/self/fd/1", "/dev/stdout", "-"] {
        assert_eq!(
            run_ok(&["key", "Nazarbaev", "-o", path], None),
            expected,
            "{path}"
        );
    }
    assert!(is_symlink(Path::new("/dev/stdout")));
    // Standard output redirected to a file with `>>`: appended to, the file not replaced.
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.txt");
    std::fs::write(&log, "first\n").unwrap();
    let append = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    let status = Command::new(steppe_bin())
        .args(["key", "Nazarbaev", "-o", "/dev/stdout"])
        .current_dir(root())
        .stdout(append)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        format!("first\n{expected}")
    );
}

#[test]
fn output_onto_a_symlink_replaces_its_target_and_keeps_the_link_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a.en.txt"),
        "The North Atlantic Treaty Organization (NATO) met in Astana. Nazarbaev spoke.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("a.ru.txt"),
        "Организация Североатлантического договора (НАТО) собралась в Астане. Назарбаев выступил.\n",
    )
    .unwrap();
    std::fs::write(d.join("pairs.tsv"), "one\tодин\n").unwrap();
    std::fs::write(
        d.join("m.tmx"),
        run_ok(&["align", s(&d.join("a.en.txt")), s(&d.join("a.ru.txt"))], None),
    )
    .unwrap();
    let en = d.join("a.en.txt");
    let (en, tsv, tmx) = (s(&en), d.join("pairs.tsv"), d.join("m.tmx"));
    let ru = d.join("a.ru.txt");
    let commands: Vec<(Vec<&str>, &str)> = vec![
        (vec!["segment", en], "txt"),
        (vec!["glossary", en], "json"),
        (vec!["names", en], "txt"),
        (vec!["refs", en, "--format", "tmx"], "tmx"),
        (vec!["cyrillic", "Nazarbaev"], "txt"),
        (vec!["detect", "Nazarbaev"], "txt"),
        (vec!["key", "Nazarbaev"], "txt"),
        (vec!["translit", "Юлия"], "txt"),
        (vec!["lexicon", "check", "степь"], "txt"),
        (vec!["align", en, s(&ru)], "tmx"),
        (
            vec!["tmx", "convert", s(&tsv), "--src-lang", "en", "--tgt-lang", "ru"],
            "tmx",
        ),
        (vec!["tmx", "merge", s(&tmx)], "tmx"),
    ];
    for (i, (args, ext)) in commands.into_iter().enumerate() {
        let real = d.join(format!("real{i}.{ext}"));
        let link = d.join(format!("link{i}.{ext}"));
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let mut argv = args.clone();
        argv.extend(["-o", s(&link)]);
        run_ok(&argv, None);
        assert!(is_symlink(&link), "{args:?}: the link was replaced");
        let written = std::fs::read_to_string(&real).unwrap();
        assert!(written != "old" && !written.is_empty(), "{args:?}: {written}");
    }
}

#[test]
fn a_full_disk_is_an_error_naming_the_output() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.txt");
    std::os::unix::fs::symlink("/dev/full", &link).unwrap();
    let out = run(&["key", "Nazarbaev", "-o", s(&link)], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "steppe: {}: write failed: No space left on device",
            s(&link)
        )),
        "{err}"
    );
    assert!(is_symlink(&link));
    assert!(std::fs::metadata("/dev/full")
        .unwrap()
        .file_type()
        .is_char_device());

    // Standard output on a full disk names standard output.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(steppe_bin())
        .args(["key", "Nazarbaev"])
        .current_dir(root())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("steppe: standard output: write failed: No space left on device"),
        "{err}"
    );
}

#[test]
fn output_onto_a_socket_or_a_folder_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("s.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    for (path, what) in [(socket.as_path(), "a socket"), (dir.path(), "a folder")] {
        let out = run(&["key", "Nazarbaev", "-o", s(path)], None);
        assert_eq!(out.status.code(), Some(2), "{what}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            err,
            format!(
                "steppe: {}: is {what}; an output must be a regular file (replaced atomically), a FIFO or a character device\n",
                s(path)
            )
        );
    }
    assert!(std::fs::symlink_metadata(&socket)
        .unwrap()
        .file_type()
        .is_socket());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "a temporary file was left"
    );
}

#[test]
fn the_help_of_every_o_says_what_is_replaced_and_what_is_not() {
    for args in [
        vec!["key", "--help"],
        vec!["glossary", "--help"],
        vec!["align", "--help"],
        vec!["tmx", "convert", "--help"],
        vec!["tmx", "merge", "--help"],
    ] {
        let help = run_ok(&args, None)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            help.contains("a symlink is followed and its target replaced (the link stays); a FIFO, a character device (/dev/null) or /dev/stdout is written in place, never replaced"),
            "{args:?}: {help}"
        );
    }
}
