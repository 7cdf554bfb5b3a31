//! doccano / Label Studio JSONL: one object per document and line.
//!
//! ```json
//! {"text": "...", "source": "article.txt",
//!  "label": [[0, 4, "LOC"], ...],
//!  "entities": [{"id": 1, "label": "LOC", "start_offset": 0, "end_offset": 4}, ...,
//!               {"id": 9, "label": "Quote", ...}, {"id": 10, "label": "Speaker", ...}],
//!  "relations": [{"id": 1, "from_id": 3, "to_id": 9, "type": "Said"}]}
//! ```
//!
//! `entities` and `relations` are doccano's relation-extraction import: entity mentions, quotes and the quotes'
//! speakers (a speaker that is a mention is that mention), each quote linked from its speaker by a `Said`
//! relation. `label` keeps the entity mentions alone in doccano's sequence-labelling shape, for projects without
//! relations (doccano keeps unknown keys as metadata). Offsets count code points, or UTF-16 code units with
//! [`OffsetUnit::Utf16`], which is how doccano and Label Studio count in the browser: with an emoji or any other
//! character outside the BMP in the text, only UTF-16 offsets land on the right words there.

use crate::analysis::Analysis;
use crate::document::Document;
use crate::span::{CharOffsets, OffsetUnit, Span};
use serde_json::{Value, json};
use std::collections::HashMap;

/// One JSONL line (with its newline) for a document.
pub fn to_jsonl(
    doc: &Document,
    analysis: &Analysis,
    unit: OffsetUnit,
) -> Result<String, serde_json::Error> {
    let co = CharOffsets::in_unit(&doc.text, unit);
    let mut entities: Vec<Value> = Vec::new();
    let mut ids: HashMap<(&str, Span), usize> = HashMap::new();
    let mut add = |label: &'static str, span: Span, entities: &mut Vec<Value>| -> usize {
        *ids.entry((label, span)).or_insert_with(|| {
            let (start, end) = co.span(span);
            entities.push(json!({
                "id": entities.len() + 1,
                "label": label,
                "start_offset": start,
                "end_offset": end,
            }));
            entities.len()
        })
    };
    let mut labels = Vec::with_capacity(analysis.mentions.len());
    let mut mention_ids: HashMap<Span, usize> = HashMap::new();
    for m in &analysis.mentions {
        let (start, end) = co.span(m.span);
        labels.push(json!([start, end, m.label.as_str()]));
        let id = add(m.label.as_str(), m.span, &mut entities);
        mention_ids.insert(m.span, id);
    }
    let mut relations = Vec::new();
    for q in analysis.quotes.iter().filter(|q| !q.span.is_empty()) {
        let quote = add("Quote", q.span, &mut entities);
        let Some(s) = q.speaker.as_ref().filter(|s| !s.span.is_empty()) else {
            continue;
        };
        let speaker = match mention_ids.get(&s.span) {
            Some(&id) => id,
            None => add("Speaker", s.span, &mut entities),
        };
        relations.push(json!({
            "id": relations.len() + 1,
            "from_id": speaker,
            "to_id": quote,
            "type": "Said",
        }));
    }
    let mut line = serde_json::to_string(&json!({
        "text": doc.text,
        "source": doc.source.name,
        "label": labels,
        "entities": entities,
        "relations": relations,
    }))?;
    line.push('\n');
    Ok(line)
}
