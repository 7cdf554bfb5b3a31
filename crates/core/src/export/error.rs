//! Why an export failed, in words a user can act on.

use std::path::PathBuf;

/// Why an export could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "unknown export format \"{0}\": use html, json, brat, conll, jsonl, w3c, tei, webanno-tsv or label-studio"
    )]
    UnknownFormat(String),
    #[error(
        "\"{0}\" could be two formats: use w3c for W3C Web Annotation (JSON-LD) or webanno-tsv for WebAnno TSV 3.3 (INCEpTION)"
    )]
    AmbiguousFormat(String),
    #[error(
        "refusing to write {}: it is the source article; choose another file name",
        path.display()
    )]
    WouldOverwriteSource { path: PathBuf },
    #[error("no permission to write {}: choose a folder you can write to", path.display())]
    NoPermission { path: PathBuf },
    #[error("the folder for {} does not exist: create it or choose another", path.display())]
    MissingFolder { path: PathBuf },
    #[error("the disk is full: {} was not written (nothing was changed)", path.display())]
    DiskFull { path: PathBuf },
    #[error("{} is a folder, not a file: give a file name", path.display())]
    IsAFolder { path: PathBuf },
    #[error(
        "{} is a device or socket, not a file: give a file name (pipes, terminals and /dev/null are written to)",
        path.display()
    )]
    NotARegularFile { path: PathBuf },
    #[error("{} is a file, not a folder: this format writes several files into a folder", path.display())]
    NotAFolder { path: PathBuf },
    #[error(
        "the {format} export is a set of files and cannot go to standard output: give a folder"
    )]
    NotToStdout { format: &'static str },
    #[error(
        "the {format} export cannot be one file for many articles: --one-file applies to jsonl and label-studio"
    )]
    NotOneFile { format: &'static str },
    #[error("cannot write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode the export: {0}")]
    Encode(#[from] serde_json::Error),
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
    #[error(transparent)]
    Corrections(#[from] crate::corrections::SidecarError),
    #[error("the analysis of {} failed unexpectedly (a bug; please report it): {detail}", path.display())]
    Panicked { path: PathBuf, detail: String },
}

impl ExportError {
    /// Classifies an I/O error met while writing `path`.
    pub fn from_io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        use std::io::ErrorKind;
        /// ENOSPC and EDQUOT on Linux; some platforms report a full disk only through the raw code.
        const NO_SPACE: [i32; 2] = [28, 122];
        let path = path.into();
        match source.kind() {
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                Self::NoPermission { path }
            }
            ErrorKind::NotFound | ErrorKind::NotADirectory => Self::MissingFolder { path },
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Self::DiskFull { path },
            ErrorKind::IsADirectory => Self::IsAFolder { path },
            _ if source.raw_os_error().is_some_and(|c| NO_SPACE.contains(&c)) => {
                Self::DiskFull { path }
            }
            _ => Self::Io { path, source },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn io_errors_become_messages_a_user_can_act_on() {
        let p = "/x/out.html";
        let e = ExportError::from_io(p, Error::from(ErrorKind::PermissionDenied));
        assert!(matches!(e, ExportError::NoPermission { .. }));
        assert!(e.to_string().contains("no permission"), "{e}");
        let e = ExportError::from_io(p, Error::from(ErrorKind::NotFound));
        assert!(e.to_string().contains("does not exist"), "{e}");
        let e = ExportError::from_io(p, Error::from(ErrorKind::StorageFull));
        assert!(e.to_string().contains("disk is full"), "{e}");
        let e = ExportError::from_io(p, Error::from_raw_os_error(28));
        assert!(matches!(e, ExportError::DiskFull { .. }), "{e:?}");
        let e = ExportError::from_io(p, Error::other("boom"));
        assert!(e.to_string().contains("/x/out.html"), "{e}");
    }
}
