//! Atomic writes: a temporary file in the target folder, renamed into place once complete, never over the source.
//!
//! A failure at any step (no permission, missing folder, disk full) leaves the target as it was and removes the
//! temporary file, so no export is ever half-written.

use super::ExportError;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically, refusing to replace `source` (the article the export came from).
pub fn write_atomic(path: &Path, bytes: &[u8], source: Option<&Path>) -> Result<(), ExportError> {
    write_atomic_with(path, source, |file| file.write_all(bytes))
}

/// Like [`write_atomic`], with the content produced by `fill` writing into the temporary file.
///
/// When `fill` fails, the temporary file is removed and `path` keeps its previous content.
pub fn write_atomic_with(
    path: &Path,
    source: Option<&Path>,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    if let Some(source) = source
        && same_file(path, source)
    {
        return Err(ExportError::WouldOverwriteSource {
            path: path.to_path_buf(),
        });
    }
    if path.is_dir() {
        return Err(ExportError::IsAFolder {
            path: path.to_path_buf(),
        });
    }
    let resolved;
    let path = match Target::of(path) {
        Target::Stream => return write_through(path, fill),
        Target::Refused => {
            return Err(ExportError::NotARegularFile {
                path: path.to_path_buf(),
            });
        }
        // A link to a file: the file it points to is replaced, the link stays.
        Target::Link(target) => {
            resolved = target;
            resolved.as_path()
        }
        Target::File => path,
    };
    let folder = parent_folder(path);
    if !folder.is_dir() {
        return Err(ExportError::MissingFolder {
            path: path.to_path_buf(),
        });
    }
    let io = |e| ExportError::from_io(path, e);
    let mut temp = tempfile::Builder::new()
        .prefix(".sahifa-export-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(io)?;
    // The temporary file is deleted when `temp` drops on any early return below.
    fill(temp.as_file_mut()).map_err(io)?;
    temp.as_file_mut().flush().map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    keep_permissions(path, temp.as_file());
    temp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// What an output path names.
enum Target {
    /// A regular file or nothing yet: written to a temporary file renamed into place.
    File,
    /// A symbolic link to a regular file: that file is the one replaced.
    Link(PathBuf),
    /// A pipe, a FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal): written through as a stream,
    /// never replaced by a regular file.
    Stream,
    /// A block device or a socket: never written.
    Refused,
}

impl Target {
    fn of(path: &Path) -> Self {
        let Ok(meta) = std::fs::metadata(path) else {
            return Self::File;
        };
        let kind = meta.file_type();
        if kind.is_file() {
            let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            return match is_link.then(|| std::fs::canonicalize(path)) {
                Some(Ok(target)) => Self::Link(target),
                _ => Self::File,
            };
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if kind.is_fifo() || kind.is_char_device() {
                return Self::Stream;
            }
        }
        Self::Refused
    }
}

/// Writes into an existing pipe or character device as it is (no temporary file, nothing renamed over it).
fn write_through(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    let io = |e| ExportError::from_io(path, e);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(io)?;
    fill(&mut file).map_err(io)?;
    file.flush().map_err(io)
}

/// Makes sure `folder` exists as a folder (creating it, but not its parents), for exports that write several files.
pub fn ensure_folder(folder: &Path) -> Result<(), ExportError> {
    if folder.is_dir() {
        return Ok(());
    }
    if folder.exists() {
        return Err(ExportError::NotAFolder {
            path: folder.to_path_buf(),
        });
    }
    std::fs::create_dir(folder).map_err(|e| ExportError::from_io(folder, e))
}

/// True when `a` and `b` name the same existing file (through links, `..` or another spelling).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if ma.dev() == mb.dev() && ma.ino() == mb.ino() {
            return true;
        }
    }
    let _ = (ma, mb);
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(ca), Ok(cb)) => ca == cb,
        _ => false,
    }
}

/// The folder a file goes into (`.` for a bare file name).
fn parent_folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A replaced file keeps its permissions; a new one gets the usual 0644 rather than the temp file's 0600.
fn keep_permissions(path: &Path, temp: &std::fs::File) {
    let permissions = match std::fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                std::fs::Permissions::from_mode(0o644)
            }
            #[cfg(not(unix))]
            {
                return;
            }
        }
    };
    // Best effort: a file system without permissions (FAT, some mounts) still gets the export.
    let _ = temp.set_permissions(permissions);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".sahifa-export-"))
            .collect()
    }

    #[test]
    fn replaces_the_target_in_one_step() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        std::fs::write(&out, "old").unwrap();
        write_atomic(&out, b"new", None).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failure_while_writing_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.html");
        std::fs::write(&out, "previous export").unwrap();
        let err = write_atomic_with(&out, None, |f| {
            f.write_all(b"<html>half of it")?;
            Err(std::io::Error::from_raw_os_error(28))
        })
        .unwrap_err();
        assert!(matches!(err, ExportError::DiskFull { .. }), "{err:?}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous export");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failure_on_a_new_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new.conll");
        let _ = write_atomic_with(&out, None, |f| {
            f.write_all(b"half")?;
            Err(std::io::Error::other("interrupted"))
        })
        .unwrap_err();
        assert!(!out.exists());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn missing_folder_and_folder_target_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomic(&dir.path().join("nope/out.json"), b"x", None).unwrap_err();
        assert!(matches!(err, ExportError::MissingFolder { .. }), "{err:?}");
        let err = write_atomic(dir.path(), b"x", None).unwrap_err();
        assert!(matches!(err, ExportError::IsAFolder { .. }), "{err:?}");
    }

    #[test]
    fn never_overwrites_the_source_even_through_another_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("article.txt");
        std::fs::write(&src, "نص المقال").unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let other_spelling = sub.join("../article.txt");
        let err = write_atomic(&other_spelling, b"export", Some(&src)).unwrap_err();
        assert!(
            matches!(err, ExportError::WouldOverwriteSource { .. }),
            "{err:?}"
        );
        assert_eq!(std::fs::read_to_string(&src).unwrap(), "نص المقال");
        #[cfg(unix)]
        {
            let link = dir.path().join("link.txt");
            std::os::unix::fs::symlink(&src, &link).unwrap();
            assert!(write_atomic(&link, b"export", Some(&src)).is_err());
            assert_eq!(std::fs::read_to_string(&src).unwrap(), "نص المقال");
        }
        write_atomic(&dir.path().join("article.json"), b"{}", Some(&src)).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_file_keeps_the_link_and_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new", None).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_written_through_not_replaced() {
        use std::io::Read as _;
        use std::os::unix::fs::FileTypeExt as _;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        // mkfifo(1) is part of every Unix base system; without it there is nothing to test.
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut got = String::new();
                std::fs::File::open(&fifo)
                    .unwrap()
                    .read_to_string(&mut got)
                    .unwrap();
                got
            })
        };
        write_atomic(&fifo, b"through the pipe", None).unwrap();
        assert_eq!(reader.join().unwrap(), "through the pipe");
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_streams_and_sockets_are_refused() {
        use std::os::unix::fs::FileTypeExt as _;
        // Only classified here: writing to /dev/null as root must never be what a test risks.
        assert!(matches!(Target::of(Path::new("/dev/null")), Target::Stream));
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("s.sock");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        assert!(matches!(Target::of(&socket), Target::Refused));
        let err = write_atomic(&socket, b"x", None).unwrap_err();
        assert!(
            matches!(err, ExportError::NotARegularFile { .. }),
            "{err:?}"
        );
        assert!(
            std::fs::symlink_metadata(&socket)
                .unwrap()
                .file_type()
                .is_socket()
        );
    }
}
