//! The JSON export: the whole annotation model with code-point offsets (schema in docs/JSON_SCHEMA.md).

use crate::analysis::Analysis;
use crate::document::Document;
use crate::span::CharOffsets;
use serde_json::{Value, json};

/// Version of the JSON schema written by [`to_json`].
pub const SCHEMA_VERSION: u32 = 1;

/// Builds the JSON value of a document and its analysis.
pub fn to_json(doc: &Document, analysis: &Analysis) -> Value {
    let co = CharOffsets::new(&doc.text);
    let sections: Vec<Value> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (start, end) = co.span(s.span);
            json!({"title": doc.section_title(i), "level": s.level, "start": start, "end": end})
        })
        .collect();
    let entities: Vec<Value> = analysis
        .mentions
        .iter()
        .map(|m| {
            let (start, end) = co.span(m.span);
            json!({"label": m.label.as_str(), "start": start, "end": end, "text": doc.slice(m.span),
                   "entity": m.entity, "source": m.source, "confidence": m.confidence})
        })
        .collect();
    let quotes: Vec<Value> = analysis
        .quotes
        .iter()
        .map(|q| {
            let (start, end) = co.span(q.span);
            let speaker = q.speaker.as_ref().map(|s| {
                let (ss, se) = co.span(s.span);
                json!({"text": s.name, "start": ss, "end": se, "entity": s.entity})
            });
            let cue = q.cue.map(|c| {
                let (cs, ce) = co.span(c);
                json!({"text": doc.slice(c), "start": cs, "end": ce})
            });
            json!({"kind": q.kind, "start": start, "end": end, "text": doc.slice(q.span),
                   "speaker": speaker, "cue": cue})
        })
        .collect();
    json!({
        "version": SCHEMA_VERSION,
        "source": doc.source.name,
        "title": doc.title(),
        "text": doc.text,
        "sections": sections,
        "entities": entities,
        "quotes": quotes,
    })
}
