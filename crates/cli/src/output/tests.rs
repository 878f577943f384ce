use super::*;

#[test]
fn atomic_write_creates_the_file_with_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.txt");
    write_file(&path, |w| Ok(w.write_all(b"hello")?)).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"hello");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
    }
}

#[test]
fn failed_write_leaves_the_old_file_and_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.txt");
    std::fs::write(&path, "old").unwrap();
    let result = write_file(&path, |w| {
        w.write_all(b"half")?;
        anyhow::bail!("interrupted")
    });
    assert!(result.is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temporary file left behind"
    );
}

/// A disk that fills after `room` bytes.
struct FullDisk<W> {
    inner: W,
    room: usize,
}

impl<W: Write> Write for FullDisk<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if buf.len() > self.room {
            return Err(std::io::Error::from_raw_os_error(28)); // ENOSPC
        }
        self.room -= buf.len();
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[test]
fn a_full_disk_names_the_output_not_the_temporary_file_and_keeps_the_old_one() {
    // Temporary files are named `.tmpXXXXXX`; the folder is not.
    let dir = tempfile::Builder::new().prefix("out").tempdir().unwrap();
    let path = dir.path().join("glossary.tbx");
    std::fs::write(&path, "old").unwrap();
    let real = std::fs::canonicalize(&path).unwrap();
    let result = prepare_file(
        &path,
        real,
        |f| FullDisk { inner: f, room: 100 },
        |w| {
            for _ in 0..10_000 {
                w.write_all(b"<termEntry/>\n")?;
            }
            Ok(())
        },
    );
    let err = format!("{:#}", result.err().expect("the disk is full"));
    assert!(
        err.starts_with(&format!("{}: write failed: ", path.display())),
        "{err}"
    );
    assert!(err.contains("No space left on device"), "{err}");
    assert!(!err.contains(".tmp"), "names the temporary file: {err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temporary left"
    );
}

#[test]
fn a_prepared_output_appears_only_on_commit() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    let pa = prepare_file(&a, a.clone(), |f| f, |w| Ok(w.write_all(b"A")?)).unwrap();
    let pb = prepare_file(&b, b.clone(), |f| f, |w| Ok(w.write_all(b"B")?)).unwrap();
    assert!(!a.exists() && !b.exists());
    pa.commit().unwrap();
    drop(pb);
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "A");
    assert!(!b.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temporary left"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_made_while_writing_is_not_replaced_by_the_rename() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.txt");
    let pending = prepare_file(&path, path.clone(), |f| f, |w| Ok(w.write_all(b"x")?)).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is missing");
        return;
    }
    let err = pending.commit().unwrap_err().to_string();
    assert!(err.contains("changed into a special file"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&path).unwrap().file_type().is_fifo());
}
