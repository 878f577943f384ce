//! Writing files into the output folder all together or not at all: each to a temporary file
//! beside its place, renamed into place only when every one is finished. Only regular files are
//! ever replaced: a symlink is followed and its target replaced (the link stays), anything else
//! (a folder, a FIFO, a device) is refused. A new file gets the usual 0644, a replaced one keeps
//! its permissions.

use crate::{Error, Export};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file written in full, not yet in place.
struct Pending {
    tmp: tempfile::NamedTempFile,
    /// The path as named (for messages and the caller).
    path: PathBuf,
    /// Where the bytes go: the path, or the target of the symlink it is.
    real: PathBuf,
}

/// Writes `exports` into `dir`, all or none: returns the paths written. When the renames fail
/// part way, the error says how many were put in place ([`Error::Partial`]).
pub fn write_all_or_none(dir: &Path, text: &str, exports: &[Export]) -> Result<Vec<PathBuf>, Error> {
    let unwritten = |e: Error| Error::Unwritten {
        text: text.to_owned(),
        source: Box::new(e),
    };
    let mut pending = Vec::with_capacity(exports.len());
    for export in exports {
        pending.push(prepare(&dir.join(&export.file_name), &export.bytes).map_err(unwritten)?);
    }
    let total = pending.len();
    let mut written = Vec::with_capacity(total);
    for (done, file) in pending.into_iter().enumerate() {
        let path = file.path.clone();
        commit(file).map_err(|e| Error::Partial {
            text: text.to_owned(),
            done,
            total,
            source: Box::new(e),
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Writes one file atomically.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    commit(prepare(path, bytes)?)
}

fn prepare(path: &Path, bytes: &[u8]) -> Result<Pending, Error> {
    let real = real_path(path)?;
    let dir = real
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let failed = |e| Error::write(path, "write failed", e);
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| Error::write(path, "cannot create a temporary file beside it", e))?;
    tmp.write_all(bytes).map_err(failed)?;
    set_permissions(tmp.as_file(), &real).map_err(failed)?;
    tmp.as_file().sync_all().map_err(failed)?;
    Ok(Pending {
        tmp,
        path: path.to_owned(),
        real,
    })
}

fn commit(file: Pending) -> Result<(), Error> {
    if real_path(&file.real)? != file.real {
        return Err(Error::NotAFile { path: file.path });
    }
    file.tmp
        .persist(&file.real)
        .map_err(|e| Error::write(&file.path, "cannot move the finished file into place", e.error))?;
    Ok(())
}

/// Where a file at `path` is written: `path` itself when it names a regular file or nothing, the
/// end of the link when it is a symlink; anything else is refused.
fn real_path(path: &Path) -> Result<PathBuf, Error> {
    let meta = match std::fs::symlink_metadata(path) {
        Err(_) => return Ok(path.to_owned()),
        Ok(meta) => meta,
    };
    if meta.file_type().is_symlink() {
        return match std::fs::canonicalize(path) {
            Ok(real) if real.is_file() => Ok(real),
            // A dangling link: its target will be created.
            Err(_) => Ok(std::fs::read_link(path)
                .map(|target| path.parent().unwrap_or(Path::new(".")).join(target))
                .unwrap_or_else(|_| path.to_owned())),
            Ok(_) => Err(Error::NotAFile {
                path: path.to_owned(),
            }),
        };
    }
    if meta.file_type().is_file() {
        Ok(path.to_owned())
    } else {
        Err(Error::NotAFile {
            path: path.to_owned(),
        })
    }
}

fn set_permissions(file: &std::fs::File, target: &Path) -> std::io::Result<()> {
    match std::fs::metadata(target) {
        Ok(meta) => file.set_permissions(meta.permissions()),
        Err(_) => new_file_permissions(file),
    }
}

#[cfg(unix)]
fn new_file_permissions(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export(name: &str, text: &str) -> Export {
        Export {
            file_name: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn all_files_appear_with_their_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let paths =
            write_all_or_none(dir.path(), "a.txt", &[export("a.x", "1"), export("a.y", "2")]).unwrap();
        assert_eq!(paths.len(), 2);
        assert_eq!(std::fs::read_to_string(dir.path().join("a.y")).unwrap(), "2");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no temporary file left"
        );
    }

    #[test]
    fn a_folder_in_the_way_leaves_none_written() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a.y")).unwrap();
        let err =
            write_all_or_none(dir.path(), "a.txt", &[export("a.x", "1"), export("a.y", "2")]).unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("a.txt: none of its exports written"),
            "{message}"
        );
        assert!(message.contains("a.y: is not a regular file"), "{message}");
        assert!(!dir.path().join("a.x").exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "only the folder"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_and_its_target_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.txt");
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("link.txt")).unwrap();
        write_atomically(&dir.path().join("link.txt"), b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert!(std::fs::symlink_metadata(dir.path().join("link.txt"))
            .unwrap()
            .file_type()
            .is_symlink());
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_0644() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        write_atomically(&dir.path().join("f"), b"x").unwrap();
        let mode = std::fs::metadata(dir.path().join("f"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
    }
}
