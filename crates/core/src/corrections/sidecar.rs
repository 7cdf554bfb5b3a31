//! The sidecar file next to an article: where it lives, how it is written safely, read back and restored.

use super::record::{RecordedEdit, SIDECAR_VERSION, SidecarFile, rebase, record, text_hash};
use super::{Edit, apply_edits};
use crate::analysis::Analysis;
use crate::document::Document;
use crate::export::json;
use crate::span::CharOffsets;
use std::path::{Path, PathBuf};

/// The analysis of an article file as its user corrected it: the sidecar's annotations when the text is the same,
/// the analysis with the recorded corrections placed again when the text changed (the notes say how many could
/// not be placed, and which), the analysis as computed when there is no sidecar. A damaged sidecar is an error
/// (it was moved aside). What `sahifa export` uses for one article and for a folder.
pub fn corrected_analysis(
    article: &Path,
    doc: &Document,
    options: &crate::analysis::Options,
) -> Result<(Analysis, Vec<String>), SidecarError> {
    let analysed = || {
        let analysis = crate::analysis::analyze_with(doc, options);
        let notes = analysis.warnings.iter().map(ToString::to_string).collect();
        (analysis, notes)
    };
    Ok(match restore(article, doc)? {
        Restored::None => analysed(),
        Restored::Same { analysis, .. } => (analysis, Vec::new()),
        Restored::Changed { path, recorded } => {
            let (base, mut notes) = analysed();
            let rebased = rebase(doc, &base, &recorded);
            notes.push(format!(
                "{} changed since it was corrected: {} of {} corrections placed again from {}",
                doc.source.name,
                rebased.edits.len(),
                recorded.len(),
                path.display()
            ));
            for lost in &rebased.lost {
                let what = serde_json::to_string(lost).unwrap_or_else(|_| format!("{lost:?}"));
                notes.push(format!("correction not placed: {what}"));
            }
            (apply_edits(doc, &base, &rebased.edits).0, notes)
        }
    })
}

/// Where the sidecar of an article lives: `NAME.EXT.sahifa.json` beside it.
pub fn sidecar_path(article: &Path) -> PathBuf {
    let mut name = article.file_name().unwrap_or_default().to_os_string();
    name.push(".sahifa.json");
    article.with_file_name(name)
}

/// Where the sidecar goes when the article's folder cannot be written: the app's data folder, one file per
/// article path (named by the hash of the path).
pub fn fallback_sidecar_path(article: &Path, data_dir: &Path) -> PathBuf {
    let absolute = std::path::absolute(article).unwrap_or_else(|_| article.to_path_buf());
    let hash = text_hash(&absolute.to_string_lossy());
    let stem = article.file_name().unwrap_or_default().to_string_lossy();
    data_dir.join("corrections").join(format!(
        "{}-{stem}.sahifa.json",
        hash.get(..16).unwrap_or("")
    ))
}

/// The app's data folder: `$XDG_DATA_HOME/sahifa` or `~/.local/share/sahifa` (`%APPDATA%\sahifa` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    let from = |var: &str| {
        std::env::var_os(var)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    from("XDG_DATA_HOME")
        .or_else(|| from("APPDATA"))
        .or_else(|| from("HOME").map(|h| h.join(".local").join("share")))
        .map(|d| d.join("sahifa"))
}

/// Why a sidecar could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("cannot read the corrections file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the corrections file {path} is damaged ({detail}); it was kept as {kept}")]
    Corrupt {
        path: PathBuf,
        detail: String,
        kept: PathBuf,
    },
    #[error("the corrections file {path} is damaged ({detail})")]
    CorruptNotMoved { path: PathBuf, detail: String },
    #[error("cannot write the corrections file {path}: {detail}")]
    Write { path: PathBuf, detail: String },
}

/// What opening an article found in its sidecar.
#[derive(Debug)]
pub enum Restored {
    /// No sidecar: the analysis as computed.
    None,
    /// The corrected annotations of this very text, and the recorded edits.
    Same {
        path: PathBuf,
        analysis: Analysis,
        recorded: Vec<RecordedEdit>,
    },
    /// The article changed since it was corrected: the recorded edits, to place again with [`rebase`].
    Changed {
        path: PathBuf,
        recorded: Vec<RecordedEdit>,
    },
}

/// The sidecar found for `article` (beside it, else in the data folder), read and checked against `doc`.
/// A sidecar that cannot be parsed is renamed aside (`….corrupt`, never overwritten) and reported.
pub fn restore(article: &Path, doc: &Document) -> Result<Restored, SidecarError> {
    let candidates = std::iter::once(sidecar_path(article))
        .chain(data_dir().map(|d| fallback_sidecar_path(article, &d)));
    restore_from(candidates, doc)
}

/// The sidecar of an article without a file (the sample, pasted text), kept in the data folder by the hash of
/// its text: `corrections/text-HASH.sahifa.json`.
pub fn text_sidecar_path(doc: &Document, data_dir: &Path) -> PathBuf {
    let hash = text_hash(&doc.text);
    data_dir
        .join("corrections")
        .join(format!("text-{}.sahifa.json", hash.get(..16).unwrap_or("")))
}

/// Restores the corrections of an article without a file ([`text_sidecar_path`]).
pub fn restore_text(doc: &Document) -> Result<Restored, SidecarError> {
    restore_from(data_dir().map(|d| text_sidecar_path(doc, &d)), doc)
}

/// Writes the sidecar of an article without a file into the data folder ([`text_sidecar_path`]).
pub fn save_text(doc: &Document, file: &SidecarFile) -> Result<PathBuf, SidecarError> {
    let Some(dir) = data_dir() else {
        return Err(SidecarError::Write {
            path: PathBuf::from("corrections"),
            detail: "no data folder (set XDG_DATA_HOME or HOME)".to_owned(),
        });
    };
    let path = text_sidecar_path(doc, &dir);
    let write = |detail: String| SidecarError::Write {
        path: path.clone(),
        detail,
    };
    let bytes = serde_json::to_vec_pretty(file).map_err(|e| write(e.to_string()))?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| write(e.to_string()))?;
    }
    crate::export::atomic::write_atomic(&path, &bytes, None).map_err(|e| write(e.to_string()))?;
    Ok(path)
}

/// The first existing sidecar among `candidates`, read and checked against `doc`.
fn restore_from(
    candidates: impl IntoIterator<Item = PathBuf>,
    doc: &Document,
) -> Result<Restored, SidecarError> {
    let Some(path) = candidates.into_iter().find(|p| p.is_file()) else {
        return Ok(Restored::None);
    };
    let bytes = std::fs::read(&path).map_err(|source| SidecarError::Io {
        path: path.clone(),
        source,
    })?;
    match parse_sidecar(&bytes) {
        Ok(file) if file.text_sha256 == text_hash(&doc.text) => {
            let (text, analysis) =
                json::parse_export(file.annotations).map_err(|e| corrupt(&path, &e.to_string()))?;
            if text != doc.text {
                return Err(corrupt(&path, "its text does not match its hash"));
            }
            // Clustered again, as after any edit: a sidecar edited by hand may leave clusters out of step.
            let (analysis, _) = apply_edits(doc, &analysis, &[]);
            Ok(Restored::Same {
                path,
                analysis,
                recorded: file.edits,
            })
        }
        Ok(file) => Ok(Restored::Changed {
            path,
            recorded: file.edits,
        }),
        Err(detail) => Err(corrupt(&path, &detail)),
    }
}

/// Reads a sidecar's bytes.
pub fn parse_sidecar(bytes: &[u8]) -> Result<SidecarFile, String> {
    let file: SidecarFile = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if file.sahifa_corrections > SIDECAR_VERSION {
        return Err(format!(
            "format version {} is newer than this Sahifa reads ({SIDECAR_VERSION})",
            file.sahifa_corrections
        ));
    }
    Ok(file)
}

/// Moves a damaged sidecar aside (`NAME.sahifa.json.corrupt`, then `.corrupt-2`, ...) and says where it went.
fn corrupt(path: &Path, detail: &str) -> SidecarError {
    for n in 1..1000 {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        if n == 1 {
            name.push(".corrupt");
        } else {
            name.push(format!(".corrupt-{n}"));
        }
        let kept = path.with_file_name(name);
        if kept.exists() {
            continue;
        }
        return match std::fs::rename(path, &kept) {
            Ok(()) => SidecarError::Corrupt {
                path: path.to_owned(),
                detail: detail.to_owned(),
                kept,
            },
            Err(_) => SidecarError::CorruptNotMoved {
                path: path.to_owned(),
                detail: detail.to_owned(),
            },
        };
    }
    SidecarError::CorruptNotMoved {
        path: path.to_owned(),
        detail: detail.to_owned(),
    }
}

/// The sidecar of `doc` with its corrected analysis and every edit recorded (earlier sessions' first).
pub fn sidecar(
    doc: &Document,
    corrected: &Analysis,
    earlier: &[RecordedEdit],
    edits: &[Edit],
) -> SidecarFile {
    let co = CharOffsets::new(&doc.text);
    SidecarFile {
        sahifa_corrections: SIDECAR_VERSION,
        text_sha256: text_hash(&doc.text),
        annotations: json::build(doc, corrected),
        edits: earlier
            .iter()
            .cloned()
            .chain(edits.iter().map(|e| record(&doc.text, &co, e)))
            .collect(),
    }
}

/// Writes a sidecar atomically beside the article, or in the data folder when the article's folder cannot be
/// written. Returns where it went. The article itself is never touched.
pub fn save(article: &Path, file: &SidecarFile) -> Result<PathBuf, SidecarError> {
    let bytes = serde_json::to_vec_pretty(file).map_err(|e| SidecarError::Write {
        path: sidecar_path(article),
        detail: e.to_string(),
    })?;
    let beside = sidecar_path(article);
    let first = crate::export::atomic::write_atomic(&beside, &bytes, Some(article));
    let Err(first) = first else {
        return Ok(beside);
    };
    let Some(dir) = data_dir() else {
        return Err(SidecarError::Write {
            path: beside,
            detail: first.to_string(),
        });
    };
    let other = fallback_sidecar_path(article, &dir);
    if let Some(parent) = other.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    crate::export::atomic::write_atomic(&other, &bytes, Some(article)).map_err(|e| {
        SidecarError::Write {
            path: other.clone(),
            detail: format!("{first}; and in the data folder: {e}"),
        }
    })?;
    Ok(other)
}
