//! Exports of the annotated document: HTML, JSON, brat, CoNLL, doccano JSONL, W3C Web Annotation, TEI, WebAnno
//! TSV and Label Studio tasks. Never imports the GUI.
//!
//! [`render`] turns a document, its analysis and the active [`Filter`] into bytes; [`write_to`] puts them on disk
//! atomically (temporary file in the target folder, then rename) and never over the source article.

pub mod atomic;
pub mod batch;
pub mod brat;
pub mod conll;
mod error;

pub mod html;
mod html_css;
mod html_marks;
pub mod json;
pub mod jsonl;
pub mod label_studio;
pub mod tei;
pub mod webanno;
pub mod webanno_tsv;

use crate::analysis::Analysis;
use crate::document::Document;
use std::path::{Path, PathBuf};

pub use crate::filter::{Filter, SpeakerFilter};
pub use crate::span::OffsetUnit;

/// Choices that change how a format is written (the filter chooses what is written).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// What JSONL offsets count (the other formats fix their unit by their own specification).
    pub offsets: OffsetUnit,
    /// Folder exports: export each article's analysis as computed, without its corrections sidecar.
    pub ignore_corrections: bool,
}
pub use error::ExportError;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// One self-contained HTML page to read and print.
    Html,
    /// The whole annotation model (docs/JSON_SCHEMA.md).
    Json,
    /// brat standoff: NAME.txt, NAME.ann, annotation.conf and visual.conf in a folder.
    Brat,
    /// CoNLL BIO: `TOKEN TAG` per line, a blank line between sentences.
    Conll,
    /// doccano / Label Studio JSONL: one object per document and line, entities, quotes and relations.
    Jsonl,
    /// W3C Web Annotation JSON-LD: an annotation per entity, quote and speaker, with text selectors.
    WebAnnotation,
    /// TEI P5 XML: names, quotes with their speaker, the outline as divs.
    Tei,
    /// WebAnno TSV 3.3 for INCEpTION: tokens, named entities and quotes as span layers, UTF-16 offsets.
    WebannoTsv,
    /// Label Studio tasks (JSON): the analysis as pre-annotations, quotes with their kind and a `Said` relation.
    LabelStudio,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Self::Html,
        Self::Json,
        Self::Brat,
        Self::Conll,
        Self::Jsonl,
        Self::WebAnnotation,
        Self::Tei,
        Self::WebannoTsv,
        Self::LabelStudio,
    ];

    /// The name used on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Json => "json",
            Self::Brat => "brat",
            Self::Conll => "conll",
            Self::Jsonl => "jsonl",
            Self::WebAnnotation => "w3c",
            Self::Tei => "tei",
            Self::WebannoTsv => "webanno-tsv",
            Self::LabelStudio => "label-studio",
        }
    }

    /// The file extension of a single-file export (brat writes a folder: `ann` names its main file).
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Json => "json",
            Self::Brat => "ann",
            Self::Conll => "conll",
            Self::Jsonl => "jsonl",
            Self::WebAnnotation => "jsonld",
            Self::Tei => "tei.xml",
            Self::WebannoTsv => "tsv",
            Self::LabelStudio => "label-studio.json",
        }
    }

    /// True when the export is a set of files written into a folder.
    pub const fn is_folder(self) -> bool {
        matches!(self, Self::Brat)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Format {
    type Err = ExportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        match lower.as_str() {
            "html" | "htm" => Ok(Self::Html),
            "json" => Ok(Self::Json),
            "brat" | "ann" => Ok(Self::Brat),
            "conll" | "bio" => Ok(Self::Conll),
            "jsonl" | "doccano" => Ok(Self::Jsonl),
            "w3c" | "jsonld" | "web-annotation" => Ok(Self::WebAnnotation),
            "webanno-tsv" | "tsv" | "ctsv3" | "inception" => Ok(Self::WebannoTsv),
            "label-studio" | "labelstudio" | "ls" => Ok(Self::LabelStudio),
            // Both formats carry the name: make the user choose rather than guess.
            "webanno" => Err(ExportError::AmbiguousFormat(s.to_owned())),
            "tei" | "xml" => Ok(Self::Tei),
            _ => Err(ExportError::UnknownFormat(s.to_owned())),
        }
    }
}

/// The bytes of an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rendered {
    /// One file.
    File(Vec<u8>),
    /// Several named files that go into one folder (brat).
    Files(Vec<(String, Vec<u8>)>),
}

/// Renders a document and its analysis, as narrowed by `filter`, in `format`.
pub fn render(
    format: Format,
    doc: &Document,
    analysis: &Analysis,
    filter: &Filter,
) -> Result<Rendered, ExportError> {
    render_named(
        format,
        doc,
        analysis,
        filter,
        &document_stem(doc),
        Options::default(),
    )
}

/// Like [`render`], naming the files of a multi-file export `name` (brat: `name.txt`, `name.ann`), with `options`.
pub fn render_named(
    format: Format,
    doc: &Document,
    analysis: &Analysis,
    filter: &Filter,
    name: &str,
    options: Options,
) -> Result<Rendered, ExportError> {
    let shown = filter.apply(analysis);
    Ok(match format {
        Format::Html => Rendered::File(html::to_html(doc, &shown, filter).into_bytes()),
        Format::Json => Rendered::File(json::to_json_string(doc, &shown)?.into_bytes()),
        Format::Brat => Rendered::Files(brat::to_brat(doc, &shown, name)),
        Format::Conll => Rendered::File(conll::to_conll(doc, &shown).into_bytes()),
        Format::Jsonl => {
            Rendered::File(jsonl::to_jsonl(doc, &shown, options.offsets)?.into_bytes())
        }
        Format::WebAnnotation => {
            Rendered::File(webanno::to_web_annotation(doc, &shown, name)?.into_bytes())
        }
        Format::Tei => Rendered::File(tei::to_tei(doc, &shown).into_bytes()),
        Format::WebannoTsv => Rendered::File(webanno_tsv::to_webanno_tsv(doc, &shown).into_bytes()),
        Format::LabelStudio => {
            Rendered::File(label_studio::to_label_studio(doc, &shown)?.into_bytes())
        }
    })
}

/// [`render_named`] then [`write_to`]: the export written to `out` atomically, streamed into the temporary file when
/// the format allows (JSON), so the whole output is never held in memory. Returns the paths written.
#[allow(clippy::too_many_arguments)]
pub fn export_to(
    out: &Path,
    format: Format,
    doc: &Document,
    analysis: &Analysis,
    filter: &Filter,
    name: &str,
    options: Options,
    source: Option<&Path>,
) -> Result<Vec<PathBuf>, ExportError> {
    if format == Format::Json {
        use std::io::Write as _;
        let shown = filter.apply(analysis);
        atomic::write_atomic_with(out, source, |file| {
            let mut w = std::io::BufWriter::new(file);
            json::write_json(&mut w, doc, &shown)?;
            w.flush()
        })?;
        return Ok(vec![out.to_path_buf()]);
    }
    let rendered = render_named(format, doc, analysis, filter, name, options)?;
    write_to(out, &rendered, source)
}

/// Writes a rendered export to `out` (a file, or a folder for [`Rendered::Files`]) atomically.
///
/// `source` is the article the export was made from: no file written may be that file. A missing output folder
/// for [`Rendered::Files`] is created when its parent exists. Returns the paths written.
pub fn write_to(
    out: &Path,
    rendered: &Rendered,
    source: Option<&Path>,
) -> Result<Vec<PathBuf>, ExportError> {
    match rendered {
        Rendered::File(bytes) => {
            atomic::write_atomic(out, bytes, source)?;
            Ok(vec![out.to_path_buf()])
        }
        Rendered::Files(files) => {
            atomic::ensure_folder(out)?;
            let mut written = Vec::with_capacity(files.len());
            for (name, bytes) in files {
                let path = out.join(name);
                atomic::write_atomic(&path, bytes, source)?;
                written.push(path);
            }
            Ok(written)
        }
    }
}

/// Renders and writes in one step, protecting the document's own source file.
pub fn export_document(
    format: Format,
    doc: &Document,
    analysis: &Analysis,
    filter: &Filter,
    out: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let rendered = render(format, doc, analysis, filter)?;
    write_to(out, &rendered, doc.source.path.as_deref())
}

/// Like [`export_document`], with `options` (the JSONL offset unit).
pub fn export_document_with(
    format: Format,
    doc: &Document,
    analysis: &Analysis,
    filter: &Filter,
    out: &Path,
    options: Options,
) -> Result<Vec<PathBuf>, ExportError> {
    let rendered = render_named(format, doc, analysis, filter, &document_stem(doc), options)?;
    write_to(out, &rendered, doc.source.path.as_deref())
}

/// The paths an export of `doc` to `out` would write (for a window to ask before replacing existing files).
pub fn targets(format: Format, doc: &Document, out: &Path) -> Vec<PathBuf> {
    if format.is_folder() {
        let stem = document_stem(doc);
        vec![
            out.join(format!("{stem}.txt")),
            out.join(format!("{stem}.ann")),
            out.join("annotation.conf"),
            out.join("visual.conf"),
        ]
    } else {
        vec![out.to_path_buf()]
    }
}

/// The existing files an export of `doc` to `out` would replace.
pub fn would_replace(format: Format, doc: &Document, out: &Path) -> Vec<PathBuf> {
    targets(format, doc, out)
        .into_iter()
        .filter(|p| p.exists())
        .collect()
}

/// The base name for files named after the document: its source file stem, made safe for a file name.
pub fn document_stem(doc: &Document) -> String {
    let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned());
    let name = doc
        .source
        .path
        .as_deref()
        .and_then(stem)
        .or_else(|| stem(Path::new(&doc.source.name)))
        .unwrap_or_default();
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let safe = safe.trim().trim_start_matches('.').to_owned();
    if safe.is_empty() {
        "article".to_owned()
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_names() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>().unwrap(), f);
            assert_eq!(f.to_string().to_uppercase().parse::<Format>().unwrap(), f);
        }
        let err = "png".parse::<Format>().unwrap_err();
        assert!(err.to_string().contains("png"), "{err}");
    }

    #[test]
    fn targets_name_what_will_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::default();
        doc.source.name = "خبر.txt".into();
        let brat = targets(Format::Brat, &doc, dir.path());
        assert_eq!(brat.len(), 4);
        assert!(brat[0].ends_with("خبر.txt") && brat[1].ends_with("خبر.ann"));
        assert!(would_replace(Format::Brat, &doc, dir.path()).is_empty());
        std::fs::write(dir.path().join("annotation.conf"), "").unwrap();
        assert_eq!(
            would_replace(Format::Brat, &doc, dir.path()),
            [dir.path().join("annotation.conf")]
        );
        let html = dir.path().join("x.html");
        assert_eq!(targets(Format::Html, &doc, &html), [html]);
    }

    #[test]
    fn document_stem_is_a_safe_file_name() {
        let mut doc = Document::default();
        doc.source.name = "clipboard".into();
        assert_eq!(document_stem(&doc), "clipboard");
        doc.source.path = Some(PathBuf::from("/tmp/news/مقال.txt"));
        assert_eq!(document_stem(&doc), "مقال");
        doc.source.path = None;
        doc.source.name = "a:b?.md".into();
        assert_eq!(document_stem(&doc), "a_b_");
        doc.source.name = String::new();
        assert_eq!(document_stem(&doc), "article");
    }
}
