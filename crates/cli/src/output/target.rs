//! What an output path names, decided before anything is written: the atomic rename may only ever
//! replace a regular file (or create one), so a FIFO, a device, `/dev/stdout` or a folder is never
//! turned into a file.

use anyhow::{bail, Context, Result};
use std::fs::FileType;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Where the bytes of an output go.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// This process's standard output (`-`, no `-o`, or `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`).
    Stdout,
    /// Written in place, never renamed: a FIFO, a character device (`/dev/null`, a terminal), or an
    /// open descriptor such as `/dev/fd/3` (opened for appending, so `>>` redirections keep their start).
    Stream(PathBuf),
    /// A regular file, or nothing yet: written to a temporary file beside it, then renamed over it.
    /// Behind a symlink this is the link's final target; the link itself stays.
    File(PathBuf),
}

/// How many symlinks are followed before giving up (the kernel's own limit).
const MAX_LINKS: usize = 40;

/// Resolves `path` to its [`Target`]. Symlinks are followed to their final target; a socket, a block
/// device or a folder is refused with a one-line error naming `path`.
///
/// ```ignore
/// assert_eq!(target(Path::new("/dev/null"))?, Target::Stream("/dev/null".into()));
/// ```
pub fn target(path: &Path) -> Result<Target> {
    if path.as_os_str() == "-" {
        return Ok(Target::Stdout);
    }
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let Some(name) = current.file_name().map(ToOwned::to_owned) else {
            // `/`, `..`, `dir/..`: a folder.
            return refuse(path, "a folder");
        };
        let parent = match current.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let parent = std::fs::canonicalize(parent).with_context(|| {
            format!(
                "{}: cannot write into the folder {}",
                path.display(),
                parent.display()
            )
        })?;
        current = parent.join(name);
        if parent.starts_with("/proc") {
            // `/proc/self/fd/N` names an open descriptor, not a file: write through it.
            return Ok(descriptor(&current));
        }
        let meta = match std::fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Target::File(current)),
            Err(e) => return Err(e).with_context(|| format!("{}: cannot write", path.display())),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&current)
                .with_context(|| format!("{}: cannot read the link", path.display()))?;
            current = parent.join(link);
            continue;
        }
        if kind.is_file() {
            return Ok(Target::File(current));
        }
        return match special(kind) {
            Special::Stream => Ok(Target::Stream(current)),
            Special::Refused(what) => refuse(path, what),
        };
    }
    bail!("{}: too many levels of symbolic links", path.display())
}

fn refuse(path: &Path, what: &str) -> Result<Target> {
    bail!(
        "{}: is {what}; an output must be a regular file (replaced atomically), a FIFO or a character device",
        path.display()
    )
}

/// `/proc/PID/fd/1` of this process is standard output; any other descriptor is opened as a stream.
fn descriptor(path: &Path) -> Target {
    let own = Path::new("/proc")
        .join(std::process::id().to_string())
        .join("fd/1");
    if path == own || path == Path::new("/proc/self/fd/1") {
        Target::Stdout
    } else {
        Target::Stream(path.to_path_buf())
    }
}

enum Special {
    /// Written in place.
    Stream,
    /// Refused, with what it is.
    Refused(&'static str),
}

#[cfg(unix)]
fn special(kind: FileType) -> Special {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() || kind.is_char_device() {
        Special::Stream
    } else if kind.is_dir() {
        Special::Refused("a folder")
    } else if kind.is_socket() {
        Special::Refused("a socket")
    } else if kind.is_block_device() {
        Special::Refused("a block device")
    } else {
        Special::Refused("a special file")
    }
}

#[cfg(not(unix))]
fn special(kind: FileType) -> Special {
    if kind.is_dir() {
        Special::Refused("a folder")
    } else {
        Special::Refused("a special file")
    }
}

/// True when `path` is a regular file or does not exist: the only things a rename may replace.
pub fn replaceable(path: &Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => meta.file_type().is_file(),
        Err(e) => e.kind() == ErrorKind::NotFound,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn canonical(dir: &Path) -> PathBuf {
        std::fs::canonicalize(dir).unwrap()
    }

    #[test]
    fn a_new_or_regular_file_is_replaced_in_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        assert_eq!(
            target(&file).unwrap(),
            Target::File(canonical(dir.path()).join("a.txt"))
        );
        std::fs::write(&file, "x").unwrap();
        assert_eq!(
            target(&file).unwrap(),
            Target::File(canonical(dir.path()).join("a.txt"))
        );
    }

    #[test]
    fn a_symlink_is_followed_to_its_target_even_a_dangling_one() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::os::unix::fs::symlink("sub/real.txt", dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink("link", dir.path().join("link2")).unwrap();
        let real = canonical(&sub).join("real.txt");
        assert_eq!(
            target(&dir.path().join("link2")).unwrap(),
            Target::File(real.clone())
        );
        std::fs::write(&real, "x").unwrap();
        assert_eq!(target(&dir.path().join("link")).unwrap(), Target::File(real));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn character_devices_and_descriptors_are_streamed_never_replaced() {
        // Only inspected here: nothing is written to /dev/null.
        assert_eq!(
            target(Path::new("/dev/null")).unwrap(),
            Target::Stream("/dev/null".into())
        );
        assert_eq!(target(Path::new("/dev/stdout")).unwrap(), Target::Stdout);
        assert_eq!(target(Path::new("/proc/self/fd/1")).unwrap(), Target::Stdout);
        assert!(matches!(
            target(Path::new("/dev/fd/2")).unwrap(),
            Target::Stream(_)
        ));
        assert!(!replaceable(Path::new("/dev/null")));
    }

    #[test]
    fn folders_sockets_and_link_loops_are_refused_with_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let err = target(dir.path()).unwrap_err().to_string();
        assert!(err.ends_with("is a folder; an output must be a regular file (replaced atomically), a FIFO or a character device"), "{err}");
        let socket = dir.path().join("s.sock");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let err = target(&socket).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("{}: is a socket;", socket.display())),
            "{err}"
        );
        std::os::unix::fs::symlink("loop", dir.path().join("loop")).unwrap();
        let err = target(&dir.path().join("loop")).unwrap_err().to_string();
        assert!(err.ends_with("too many levels of symbolic links"), "{err}");
        let err = target(&dir.path().join("no/such/dir/a.txt")).unwrap_err();
        assert!(
            format!("{err:#}").contains("cannot write into the folder"),
            "{err:#}"
        );
    }
}
