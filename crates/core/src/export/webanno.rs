//! W3C Web Annotation (JSON-LD): an `AnnotationCollection` whose one page holds an annotation per entity mention,
//! per quote and per speaker that is not a mention.
//!
//! Each annotation targets `NAME.txt` (the text of the brat export, byte for byte the document text) with a
//! `TextQuoteSelector` (`exact`, up to 32 code points of `prefix` and `suffix`) and a `TextPositionSelector`
//! (`start`, `end` in code points, as the Web Annotation model counts). Bodies are `TextualBody`s: the type with
//! purpose `tagging`, an entity's canonical name with purpose `identifying`. A quote links its speaker's annotation
//! with a `SpecificResource` body of purpose `linking` (and names the speaker in a `describing` body).

use crate::analysis::{Analysis, QuoteKind};
use crate::document::Document;
use crate::span::{CharOffsets, Span};
use serde_json::{Value, json};
use std::collections::HashMap;

/// Code points of context kept in `prefix` and `suffix`.
const CONTEXT: usize = 32;

/// The JSON-LD document for `doc`, its text named `name.txt`.
pub fn to_web_annotation(
    doc: &Document,
    analysis: &Analysis,
    name: &str,
) -> Result<String, serde_json::Error> {
    let co = CharOffsets::new(&doc.text);
    let total = co.char_offset(doc.text.len());
    let source = format!("{name}.txt");
    let target = |span: Span| {
        let (start, end) = co.span(span);
        let prefix =
            &doc.text[co.byte_offset(start.saturating_sub(CONTEXT))..co.byte_offset(start)];
        let suffix = &doc.text[co.byte_offset(end)..co.byte_offset((end + CONTEXT).min(total))];
        json!({
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": doc.slice(span), "prefix": prefix, "suffix": suffix},
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        })
    };
    let tag = |value: &str| json!({"type": "TextualBody", "purpose": "tagging", "value": value});
    let mut items: Vec<Value> = Vec::new();
    let mut ids: HashMap<Span, String> = HashMap::new();
    for (i, m) in analysis.mentions.iter().enumerate() {
        if m.span.is_empty() || ids.contains_key(&m.span) {
            continue;
        }
        let id = format!("#m{}", i + 1);
        let mut body = vec![tag(m.label.as_str())];
        if let Some(e) = analysis.entities.get(m.entity) {
            body.push(json!({
                "type": "TextualBody", "purpose": "identifying", "value": e.canonical,
                "id": format!("#entity-{}", m.entity),
            }));
        }
        items.push(json!({
            "id": id, "type": "Annotation", "motivation": "tagging", "body": body, "target": target(m.span),
        }));
        ids.insert(m.span, id);
    }
    let mut speakers = 0;
    for (i, q) in analysis.quotes.iter().enumerate() {
        if q.span.is_empty() {
            continue;
        }
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        let mut body = vec![tag("Quote"), tag(kind)];
        if let Some(s) = q.speaker.as_ref().filter(|s| !s.span.is_empty()) {
            let speaker = if let Some(id) = ids.get(&s.span) {
                id.clone()
            } else {
                speakers += 1;
                let id = format!("#s{speakers}");
                items.push(json!({
                    "id": id, "type": "Annotation", "motivation": "tagging",
                    "body": [tag("Speaker"), {"type": "TextualBody", "purpose": "identifying", "value": s.name}],
                    "target": target(s.span),
                }));
                ids.insert(s.span, id.clone());
                id
            };
            body.push(json!({"type": "TextualBody", "purpose": "describing", "value": format!("speaker: {}", s.name)}));
            body.push(json!({"type": "SpecificResource", "purpose": "linking", "source": speaker}));
        }
        items.push(json!({
            "id": format!("#q{}", i + 1), "type": "Annotation", "motivation": "tagging", "body": body,
            "target": target(q.span),
        }));
    }
    let out = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("#{name}"),
        "type": "AnnotationCollection",
        "label": doc.title(),
        "total": items.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    });
    let mut s = serde_json::to_string_pretty(&out)?;
    s.push('\n');
    Ok(s)
}
