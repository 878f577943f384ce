//! Where command output goes: standard output, a stream (a FIFO, a character device such as
//! `/dev/null`, `/dev/stdout`), or a regular file written atomically (a temporary file in the same
//! folder, then a rename), so an interrupted run never leaves half a file. The rename only ever
//! replaces a regular file: [`target`] decides what a path names before anything is written, and the
//! check is repeated just before the rename. A symlink is followed and its target replaced.
//!
//! Every write error names the output as the user gave it (never the temporary file).

mod target;

use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use target::{replaceable, target, Target};

/// What is done to what an output path names, for the long help of every `-o`.
macro_rules! output_rules {
    () => {
        "A regular file is written to a temporary file beside it and renamed into place when \
        complete, so a failed run leaves the old file as it was; a symlink is followed and its target \
        replaced (the link stays); a FIFO, a character device (/dev/null) or /dev/stdout is written \
        in place, never replaced; a folder, a socket or a block device is refused. A write error \
        names this path."
    };
}
pub(crate) use output_rules;

/// The long help of `-o` in the commands that write standard output by default.
pub const OUTPUT_HELP: &str = concat!(
    "Write to this file instead of standard output (`-` is standard output). ",
    output_rules!()
);

/// Writes to `path`, or to stdout when `path` is `None` or `-`.
/// `write` fills the writer; a regular file appears only if it succeeds.
pub fn write_output<F>(path: Option<&Path>, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    match path {
        None => write_stdout(write),
        Some(p) => write_file(p, write),
    }
}

/// Writes `path` as [`target`] says: a regular file atomically, a FIFO or device in place.
pub fn write_file<F>(path: &Path, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    match target(path)? {
        Target::Stdout => write_stdout(write),
        Target::Stream(open) => {
            let file = open_stream(path, &open)?;
            fill(path, file, write)
        }
        Target::File(real) => prepare_file(path, real, |f| f, write)?.commit(),
    }
}

fn write_stdout<F>(write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    fill(Path::new("standard output"), std::io::stdout().lock(), write)
}

/// Opens a FIFO, a device or a descriptor for writing, without creating, truncating or renaming
/// anything (appending, so a descriptor redirected with `>>` keeps what it holds).
fn open_stream(shown: &Path, path: &Path) -> Result<File> {
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .with_context(|| format!("{}: cannot open for writing", shown.display()))
}

/// Runs `write` on a buffered `sink` whose errors name `shown`, then flushes.
fn fill<W, F>(shown: &Path, sink: W, write: F) -> Result<()>
where
    W: Write,
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    let mut out = BufWriter::new(Naming {
        inner: sink,
        path: shown,
    });
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// A writer whose I/O errors say which output failed (`out.tmx: write failed: No space left on
/// device`); the error kind is kept, so a closed pipe is still recognised.
struct Naming<'a, W> {
    inner: W,
    path: &'a Path,
}

impl<W: Write> Naming<'_, W> {
    fn name(&self, e: std::io::Error) -> std::io::Error {
        std::io::Error::new(e.kind(), format!("{}: write failed: {e}", self.path.display()))
    }
}

impl<W: Write> Write for Naming<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf).map_err(|e| self.name(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().map_err(|e| self.name(e))
    }
}

/// An output written in full to a temporary file, not yet in place. Dropping it leaves nothing
/// behind.
pub struct Pending {
    shown: PathBuf,
    /// A finished temporary file beside `target`, to be renamed over it.
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

/// The temporary-file half of an atomic write: the content goes through `wrap(file)` (the file
/// itself, or in tests a writer that fails), errors naming `shown`.
fn prepare_file<W, F>(shown: &Path, real: PathBuf, wrap: impl FnOnce(File) -> W, write: F) -> Result<Pending>
where
    W: Write,
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    let dir = real.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
        format!(
            "{}: cannot create a temporary file in {}",
            shown.display(),
            dir.display()
        )
    })?;
    let failed = || format!("{}: write failed", shown.display());
    let file = tmp.as_file().try_clone().with_context(failed)?;
    fill(shown, wrap(file), write)?;
    set_permissions(tmp.as_file(), &real).with_context(failed)?;
    tmp.as_file().sync_all().with_context(failed)?;
    Ok(Pending {
        shown: shown.to_path_buf(),
        tmp,
        target: real,
    })
}

impl Pending {
    /// Puts the output in place: renames the temporary file over a regular file (checked again
    /// now, so a FIFO or device that appeared meanwhile is never replaced).
    pub fn commit(self) -> Result<()> {
        let shown = &self.shown;
        if !replaceable(&self.target) {
            bail!(
                "{}: changed into a special file while steppe wrote it; left as it is",
                shown.display()
            );
        }
        self.tmp
            .persist(&self.target)
            .map_err(|e| e.error)
            .with_context(|| format!("{}: cannot move the finished file into place", shown.display()))?;
        Ok(())
    }
}

/// A temporary file is created private (0600); the finished file gets the permissions of the file it
/// replaces, or the usual 0644 for a new file, as a plain `File::create` would under the common umask.
fn set_permissions(file: &File, target: &Path) -> std::io::Result<()> {
    match std::fs::metadata(target) {
        Ok(meta) => file.set_permissions(meta.permissions()),
        Err(_) => set_new_file_permissions(file),
    }
}

#[cfg(unix)]
fn set_new_file_permissions(file: &File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_new_file_permissions(_file: &File) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests;
