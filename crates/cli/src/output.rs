//! Where command output goes: standard output, or a file written atomically
//! (a temporary file in the same folder, then a rename), so an interrupted run never leaves half a file.

use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::Path;

/// Writes to `path` atomically, or to stdout when `path` is `None` or `-`.
/// `write` fills the writer; the file appears only if it succeeds.
pub fn write_output<F>(path: Option<&Path>, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    match path {
        None => write_stdout(write),
        Some(p) if p.as_os_str() == "-" => write_stdout(write),
        Some(p) => write_atomic(p, write),
    }
}

fn write_stdout<F>(write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Writes a file atomically: temp file beside it, flush, then rename over the target.
pub fn write_atomic<F>(path: &Path, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> Result<()>,
{
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
        format!(
            "{}: cannot create a temporary file in {}",
            path.display(),
            dir.display()
        )
    })?;
    let mut out = BufWriter::new(tmp);
    write(&mut out)?;
    let tmp = out
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("{}: write failed", path.display()))?;
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("{}: write failed", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("{}: cannot move the finished file into place", path.display()))?;
    Ok(())
}
