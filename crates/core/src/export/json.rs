//! The JSON export: the whole annotation model with code-point offsets (schema in docs/JSON_SCHEMA.md).
//!
//! The schema is the set of `Json*` structs below, used both to write ([`to_json`]) and to read back ([`parse`]).

use crate::analysis::{
    Analysis, Entity, EntityLabel, Mention, Quote, QuoteKind, Recogniser, Speaker,
};
use crate::document::{BlockKind, Document};
use crate::span::{CharOffsets, Span};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Version of the JSON schema written by [`to_json`]. Bumped when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonExport {
    pub version: u32,
    pub source: JsonSource,
    pub title: String,
    /// The document text; every offset counts code points into it.
    pub text: String,
    pub blocks: Vec<JsonBlock>,
    pub sections: Vec<JsonSection>,
    /// Entity mentions, in text order.
    pub entities: Vec<JsonMention>,
    /// Mentions grouped by what they name.
    pub clusters: Vec<JsonCluster>,
    pub quotes: Vec<JsonQuote>,
}

/// Where the article came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonSource {
    pub name: String,
    pub format: String,
    pub encoding: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonBlock {
    pub kind: BlockKind,
    pub level: u8,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonSection {
    pub id: usize,
    /// The heading's words, without the marker that leads a plain-text subheading ("* ", "1-").
    pub title: String,
    /// Where `title` lies in the text (the heading line from `start` may begin with its marker). Exports written
    /// before these fields existed read as 0.
    #[serde(default)]
    pub title_start: usize,
    #[serde(default)]
    pub title_end: usize,
    pub level: u8,
    pub start: usize,
    pub end: usize,
    pub parent: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonMention {
    /// Index of this mention in `entities`.
    pub id: usize,
    pub label: EntityLabel,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The `id` of its cluster.
    pub entity: usize,
    pub source: Recogniser,
    pub confidence: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonCluster {
    pub id: usize,
    pub label: EntityLabel,
    pub canonical: String,
    /// `id`s of its mentions.
    pub mentions: Vec<usize>,
}

/// A span with its text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonSpeaker {
    /// The speaker as shown to the user (resolved from a pronoun or title).
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The cluster `id` of the speaker, when known.
    pub entity: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonQuote {
    pub id: usize,
    pub kind: QuoteKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<JsonSpeaker>,
    pub cue: Option<JsonSpan>,
}

/// Builds the typed export of a document and its analysis.
pub fn build(doc: &Document, analysis: &Analysis) -> JsonExport {
    let co = CharOffsets::new(&doc.text);
    let span = |s: Span| co.span(s);
    let blocks = doc
        .blocks
        .iter()
        .map(|b| {
            let (start, end) = span(b.span);
            JsonBlock {
                kind: b.kind,
                level: b.level,
                start,
                end,
            }
        })
        .collect();
    let sections = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (start, end) = span(s.span);
            let (title_start, title_end) = span(s.title);
            JsonSection {
                id: i,
                title: doc.section_title(i).to_owned(),
                title_start,
                title_end,
                level: s.level,
                start,
                end,
                parent: s.parent,
            }
        })
        .collect();
    let entities = analysis
        .mentions
        .iter()
        .enumerate()
        .map(|(id, m)| {
            let (start, end) = span(m.span);
            JsonMention {
                id,
                label: m.label,
                start,
                end,
                text: doc.slice(m.span).to_owned(),
                entity: m.entity,
                source: m.source,
                confidence: m.confidence,
            }
        })
        .collect();
    let clusters = analysis
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.mentions.is_empty())
        .map(|(id, e)| JsonCluster {
            id,
            label: e.label,
            canonical: e.canonical.clone(),
            mentions: e.mentions.clone(),
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(id, q)| {
            let (start, end) = span(q.span);
            JsonQuote {
                id,
                kind: q.kind,
                start,
                end,
                text: doc.slice(q.span).to_owned(),
                speaker: q.speaker.as_ref().map(|s| {
                    let (start, end) = span(s.span);
                    JsonSpeaker {
                        text: s.name.clone(),
                        start,
                        end,
                        entity: s.entity,
                    }
                }),
                cue: q.cue.map(|c| {
                    let (start, end) = span(c);
                    JsonSpan {
                        text: doc.slice(c).to_owned(),
                        start,
                        end,
                    }
                }),
            }
        })
        .collect();
    JsonExport {
        version: SCHEMA_VERSION,
        source: JsonSource {
            name: doc.source.name.clone(),
            format: doc.source.format.to_owned(),
            encoding: doc.source.encoding.to_owned(),
        },
        title: doc.title().to_owned(),
        text: doc.text.clone(),
        blocks,
        sections,
        entities,
        clusters,
        quotes,
    }
}

/// Builds the JSON value of a document and its analysis.
pub fn to_json(doc: &Document, analysis: &Analysis) -> Value {
    serde_json::to_value(build(doc, analysis)).unwrap_or(Value::Null)
}

/// The pretty-printed JSON export, ending with a newline.
pub fn to_json_string(doc: &Document, analysis: &Analysis) -> Result<String, serde_json::Error> {
    let mut out = serde_json::to_string_pretty(&build(doc, analysis))?;
    out.push('\n');
    Ok(out)
}

/// Writes what [`to_json_string`] returns into `out`, without holding it in memory (a long article's export is
/// several times its size).
pub fn write_json(
    out: &mut impl std::io::Write,
    doc: &Document,
    analysis: &Analysis,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &build(doc, analysis))?;
    out.write_all(b"\n")
}

/// Why a JSON export could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error("not a Sahifa JSON export: {0}")]
    Json(#[from] serde_json::Error),
    #[error("JSON export version {0} is newer than this Sahifa reads ({SCHEMA_VERSION})")]
    Version(u32),
    #[error(
        "cluster id {id} is out of range (an export with these mentions has ids below {bound})"
    )]
    ClusterId { id: usize, bound: usize },
    #[error("{what} {id} has offsets {start}..{end} outside the text ({len} code points)")]
    Offsets {
        what: &'static str,
        id: usize,
        start: usize,
        end: usize,
        len: usize,
    },
}

/// Reads a JSON export back: the text and the analysis with byte spans (what [`build`] was given, filtered).
pub fn parse(json: &str) -> Result<(String, Analysis), ParseError> {
    parse_export(serde_json::from_str(json)?)
}

/// Reads a typed export (for example the `annotations` of a corrections sidecar) back into text and analysis.
pub fn parse_export(export: JsonExport) -> Result<(String, Analysis), ParseError> {
    if export.version > SCHEMA_VERSION {
        return Err(ParseError::Version(export.version));
    }
    let co = CharOffsets::new(&export.text);
    let len = export.text.chars().count();
    let bytes = |what, id, start: usize, end: usize| {
        if start > end || end > len {
            return Err(ParseError::Offsets {
                what,
                id,
                start,
                end,
                len,
            });
        }
        Ok(Span::new(co.byte_offset(start), co.byte_offset(end)))
    };
    let mentions = export
        .entities
        .iter()
        .map(|m| {
            Ok(Mention {
                span: bytes("entity", m.id, m.start, m.end)?,
                label: m.label,
                entity: m.entity,
                source: m.source,
                confidence: m.confidence,
            })
        })
        .collect::<Result<Vec<_>, ParseError>>()?;
    // Cluster ids may skip numbers (a filtered export) but never past what the mentions could need: a larger id is
    // an error, not an allocation of that size.
    let id_bound = export.clusters.len() + export.entities.len();
    if let Some(c) = export.clusters.iter().find(|c| c.id >= id_bound) {
        return Err(ParseError::ClusterId {
            id: c.id,
            bound: id_bound,
        });
    }
    let cluster_count = export.clusters.iter().map(|c| c.id + 1).max().unwrap_or(0);
    if let Some(m) = mentions.iter().find(|m| m.entity >= cluster_count.max(1)) {
        return Err(ParseError::ClusterId {
            id: m.entity,
            bound: cluster_count,
        });
    }
    let mut entities = vec![
        Entity {
            label: EntityLabel::Misc,
            canonical: String::new(),
            mentions: Vec::new(),
        };
        cluster_count
    ];
    for c in &export.clusters {
        if let Some(e) = entities.get_mut(c.id) {
            *e = Entity {
                label: c.label,
                canonical: c.canonical.clone(),
                mentions: c.mentions.clone(),
            };
        }
    }
    let quotes = export
        .quotes
        .iter()
        .map(|q| {
            let speaker = match &q.speaker {
                Some(s) => Some(Speaker {
                    name: s.text.clone(),
                    span: bytes("speaker of quote", q.id, s.start, s.end)?,
                    entity: s.entity,
                }),
                None => None,
            };
            let cue = match &q.cue {
                Some(c) => Some(bytes("cue of quote", q.id, c.start, c.end)?),
                None => None,
            };
            Ok(Quote {
                kind: q.kind,
                span: bytes("quote", q.id, q.start, q.end)?,
                cue,
                speaker,
            })
        })
        .collect::<Result<Vec<_>, ParseError>>()?;
    Ok((
        export.text,
        Analysis {
            mentions,
            entities,
            quotes,
            warnings: Vec::new(),
        },
    ))
}
