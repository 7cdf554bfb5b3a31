//! doccano JSONL: one `{"text": ..., "label": [[start, end, "PER"], ...]}` object per line, code-point offsets.
//!
//! doccano's sequence-labelling import reads exactly these two keys; entity mentions only (quotes overlap them,
//! which a default doccano project rejects).

use crate::analysis::Analysis;
use crate::document::Document;
use crate::span::CharOffsets;
use serde_json::json;

/// One JSONL line (with its newline) for a document.
pub fn to_jsonl(doc: &Document, analysis: &Analysis) -> Result<String, serde_json::Error> {
    let co = CharOffsets::new(&doc.text);
    let labels: Vec<_> = analysis
        .mentions
        .iter()
        .map(|m| {
            let (start, end) = co.span(m.span);
            json!([start, end, m.label.as_str()])
        })
        .collect();
    let mut line = serde_json::to_string(&json!({"text": doc.text, "label": labels}))?;
    line.push('\n');
    Ok(line)
}
