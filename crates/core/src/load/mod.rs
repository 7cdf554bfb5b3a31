//! Loading articles: bytes -> text (encoding detection) -> blocks (plain text, Markdown, HTML) -> [`Document`].
//!
//! Never imports the GUI. Every failure is a typed [`LoadError`] naming the file and saying what to do.

mod builder;
pub(crate) mod cues;
mod decode;
mod headings;
pub(crate) use headings::{MIN_DASH_ANSWERS, asks_you, dash_answered, is_question_line};
mod html;
mod markdown;
mod plain;

use crate::document::{Document, Source};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest article accepted, in bytes (64 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The deepest element or container nesting accepted in HTML and Markdown.
pub const MAX_NESTING: usize = 256;

/// The bundled sample article (the article this project started from).
pub const SAMPLE_TEXT: &str = include_str!("../../../../assets/sample-article.txt");

/// Article formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Plain,
    Markdown,
    Html,
}

impl Format {
    /// File extensions Sahifa opens (for file dialogs), lowercase, without the dot.
    pub const EXTENSIONS: &'static [&'static str] =
        &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

    /// The format a file's extension names (case-insensitive), or `None` for other extensions.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Self::Plain),
            "md" | "markdown" | "mdown" | "mkd" | "mkdn" => Some(Self::Markdown),
            "html" | "htm" | "xhtml" | "shtml" => Some(Self::Html),
            _ => None,
        }
    }

    /// Guesses the format of text whose file name says nothing: HTML when it opens like an HTML page (or is
    /// full of paragraph tags), Markdown when it has ATX headings or links, else plain text. Plain-text
    /// conventions ("* " subheadings) are deliberately not taken as Markdown.
    pub fn sniff(text: &str) -> Format {
        let head: String = text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .chars()
            .take(512)
            .collect::<String>()
            .to_ascii_lowercase();
        if head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || head.starts_with("<?xml")
        {
            return Self::Html;
        }
        let lower_sample: String = text
            .chars()
            .take(64 * 1024)
            .collect::<String>()
            .to_ascii_lowercase();
        let tags = [
            "<p>", "<p ", "<div", "<br", "<h1", "<h2", "<article", "<body",
        ]
        .iter()
        .map(|t| lower_sample.matches(t).count())
        .sum::<usize>();
        if tags >= 3 {
            return Self::Html;
        }
        let atx = text.lines().take(2000).any(|l| {
            let hashes = l.chars().take_while(|&c| c == '#').count();
            (1..=6).contains(&hashes) && l.chars().nth(hashes) == Some(' ')
        });
        if atx || (text.contains("](") && text.contains('[')) {
            return Self::Markdown;
        }
        Self::Plain
    }

    /// The name stored in [`Source::format`].
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Markdown => "markdown",
            Self::Html => "html",
        }
    }
}

/// Why an article could not be loaded. Every message names the file and says what the user can do.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{} was not found: check the path, or open another file", path.display())]
    NotFound { path: PathBuf },
    /// The file exists but could not be read (permissions, I/O error).
    #[error(
        "cannot read {}: {source}; check that you may read the file, or open another one",
        path.display()
    )]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The path is a folder, a device or a pipe, not a regular file.
    #[error(
        "{} is a folder or a device, not a file: open an article file instead",
        path.display()
    )]
    NotAFile { path: PathBuf },
    /// Larger than [`MAX_FILE_BYTES`] (checked from the file's size before reading).
    #[error(
        "{name} is too large ({size} bytes): the limit is {} MiB; open a smaller file or split the article",
        MAX_FILE_BYTES / (1024 * 1024)
    )]
    TooLarge { name: String, size: u64 },
    /// Nothing but whitespace (after decoding and, for HTML, after dropping page furniture).
    #[error("{name} is empty: there is no text to show; open a file that contains an article")]
    Empty { name: String },
    /// NUL bytes or many control characters in the decoded text: not a text file.
    #[error(
        "{name} looks like a binary file, not text ({reason}): open a .txt, .md or .html article"
    )]
    Binary { name: String, reason: BinaryReason },
    /// A byte-order mark announces UTF-8 or UTF-16 and the bytes after it break that encoding.
    #[error(
        "{name} cannot be read as {encoding} (its byte-order mark says so, but the bytes at offset {offset} \
         do not follow it): re-save the file as UTF-8"
    )]
    Undecodable {
        name: String,
        encoding: &'static str,
        offset: usize,
    },
    /// HTML elements or Markdown containers nested deeper than [`MAX_NESTING`].
    #[error(
        "{name} nests its {} more than {} levels deep, which Sahifa does not open (to stay responsive): \
         simplify the file or save it as plain text",
        if *format == Format::Html { "HTML elements" } else { "Markdown blocks" },
        MAX_NESTING
    )]
    TooDeep { name: String, format: Format },
}

/// Why decoded text was taken for binary data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryReason {
    /// It contains NUL bytes.
    NulBytes,
    /// More than one character in fifty is a control character.
    ControlCharacters,
}

impl std::fmt::Display for BinaryReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::NulBytes => "it contains NUL bytes",
            Self::ControlCharacters => "it is full of control characters",
        })
    }
}

/// What kind of failure a [`LoadError`] is: a stable code, so that a program can say it in its own words and
/// language (the window's catalogs) and keep the details ([`LoadError::subject`] and the variant's fields) as
/// arguments. The English `Display` of [`LoadError`] stays for the command line and logs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadErrorKind {
    NotFound,
    Unreadable,
    NotAFile,
    TooLarge,
    Empty,
    Binary,
    Undecodable,
    TooDeep,
}

impl LoadErrorKind {
    /// A stable, lowercase code ("not-found", "binary"...), the same in every release.
    pub const fn code(self) -> &'static str {
        match self {
            Self::NotFound => "not-found",
            Self::Unreadable => "unreadable",
            Self::NotAFile => "not-a-file",
            Self::TooLarge => "too-large",
            Self::Empty => "empty",
            Self::Binary => "binary",
            Self::Undecodable => "undecodable",
            Self::TooDeep => "too-deep",
        }
    }
}

impl LoadError {
    /// The kind of failure.
    pub const fn kind(&self) -> LoadErrorKind {
        match self {
            Self::NotFound { .. } => LoadErrorKind::NotFound,
            Self::Unreadable { .. } => LoadErrorKind::Unreadable,
            Self::NotAFile { .. } => LoadErrorKind::NotAFile,
            Self::TooLarge { .. } => LoadErrorKind::TooLarge,
            Self::Empty { .. } => LoadErrorKind::Empty,
            Self::Binary { .. } => LoadErrorKind::Binary,
            Self::Undecodable { .. } => LoadErrorKind::Undecodable,
            Self::TooDeep { .. } => LoadErrorKind::TooDeep,
        }
    }

    /// The file the error is about, as the messages name it (its path, or the name it was loaded under).
    pub fn subject(&self) -> String {
        match self {
            Self::NotFound { path } | Self::Unreadable { path, .. } | Self::NotAFile { path } => {
                path.display().to_string()
            }
            Self::TooLarge { name, .. }
            | Self::Empty { name }
            | Self::Binary { name, .. }
            | Self::Undecodable { name, .. }
            | Self::TooDeep { name, .. } => name.clone(),
        }
    }
}

/// Marked-up input nested deeper than [`MAX_NESTING`] (turned into [`LoadError::TooDeep`] with the name).
#[derive(Debug)]
struct Nesting;

/// Loads an article from a file, choosing the format by extension (and content sniffing).
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    let bytes = read_limited(path)?;
    // Errors name the whole path; the document keeps the file name for display.
    let mut doc = load_bytes(&path.display().to_string(), &bytes, None)?;
    doc.source.name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    doc.source.path = Some(path.to_path_buf());
    Ok(doc)
}

/// Reads a file, checking its size before reading, and reading no more than the limit even if the file grows
/// (or is a device that reports no size).
fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound {
            path: path.to_path_buf(),
        },
        std::io::ErrorKind::IsADirectory => LoadError::NotAFile {
            path: path.to_path_buf(),
        },
        _ => LoadError::Unreadable {
            path: path.to_path_buf(),
            source,
        },
    };
    let meta = std::fs::metadata(path).map_err(io_error)?;
    // Folders, and devices or pipes that could block or never end, are not articles.
    if !meta.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let too_large = |size| LoadError::TooLarge {
        name: path.display().to_string(),
        size,
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    let len = bytes.len() as u64;
    if len > MAX_FILE_BYTES {
        return Err(too_large(len));
    }
    Ok(bytes)
}

/// Loads an article from bytes. `format` `None`: by the extension of `name`, else by sniffing the content.
pub fn load_bytes(name: &str, bytes: &[u8], format: Option<Format>) -> Result<Document, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            name: name.to_owned(),
            size: bytes.len() as u64,
        });
    }
    let decoded = decode::decode(bytes).map_err(|m| LoadError::Undecodable {
        name: name.to_owned(),
        encoding: m.encoding,
        offset: m.offset,
    })?;
    let format = format
        .or_else(|| Format::from_path(Path::new(name)))
        .unwrap_or_else(|| Format::sniff(&decoded.text));
    let mut doc = load_str(name, &decoded.text, format)?;
    doc.source.encoding = decoded.encoding;
    Ok(doc)
}

/// Loads an article from text already decoded (clipboard, tests).
pub fn load_str(name: &str, text: &str, format: Format) -> Result<Document, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(reason) = decode::binary_reason(text) {
        return Err(LoadError::Binary {
            name: name.to_owned(),
            reason,
        });
    }
    let source = Source {
        name: name.to_owned(),
        path: None,
        format: format.as_str(),
        encoding: "UTF-8",
    };
    let too_deep = |Nesting| LoadError::TooDeep {
        name: name.to_owned(),
        format,
    };
    let doc = match format {
        Format::Plain => plain::parse(source, text),
        Format::Markdown => markdown::parse(source, text).map_err(too_deep)?,
        Format::Html => html::parse(source, text).map_err(too_deep)?,
    };
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

/// The sample article's text repeated (one line break between copies) until it is at least `bytes` long: the long
/// article of the benchmarks and stress tests.
pub fn sample_repeated(bytes: usize) -> String {
    let copies = bytes / (SAMPLE_TEXT.len() + 1) + 1;
    let mut text = String::with_capacity(copies * (SAMPLE_TEXT.len() + 1));
    while text.len() < bytes {
        text.push_str(SAMPLE_TEXT);
        text.push('\n');
    }
    text
}
