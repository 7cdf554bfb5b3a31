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
}
