//! Label Studio tasks: a JSON list with one task per article, its analysis as a pre-annotation (`predictions`).
//!
//! ```json
//! [{"data": {"text": "...", "source": "article.txt"},
//!   "predictions": [{"model_version": "sahifa 0.1.0", "result": [
//!     {"id": "m1", "from_name": "label", "to_name": "text", "type": "labels",
//!      "value": {"start": 0, "end": 3, "text": "مصر", "labels": ["LOC"]}},
//!     {"id": "q1", "from_name": "label", ..., "value": {..., "labels": ["Quote"]}},
//!     {"id": "q1", "from_name": "quote_kind", "to_name": "text", "type": "choices",
//!      "value": {"start": ..., "end": ..., "text": "...", "choices": ["direct"]}},
//!     {"from_id": "m2", "to_id": "q1", "type": "relation", "direction": "right", "labels": ["Said"]}]}]}]
//! ```
//!
//! Regions carry entity types, `Quote` and `Speaker` (a speaker that is not an entity mention); a quote's kind is a
//! per-region choice on the quote's region (same id); its speaker is a `Said` relation from the speaker's region.
//! Offsets count UTF-16 code units, as Label Studio counts in the browser (an emoji is two). The project's
//! labelling configuration is [`config`] (docs/examples/label-studio.xml): right to left, the theme's colours.

use crate::analysis::{Analysis, EntityLabel, QuoteKind};
use crate::document::Document;
use crate::span::{CharOffsets, OffsetUnit, Span};
use crate::theme::LIGHT;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The name of the `Labels` control, of the `Text` object and of the quote-kind `Choices` in [`config`].
const LABELS: &str = "label";
const TEXT: &str = "text";
const KIND: &str = "quote_kind";

/// One task (a JSON object) for a document.
pub fn task(doc: &Document, analysis: &Analysis) -> Value {
    let co = CharOffsets::in_unit(&doc.text, OffsetUnit::Utf16);
    let region = |id: String, span: Span, label: &str| -> Value {
        let (start, end) = co.span(span);
        json!({
            "id": id,
            "from_name": LABELS,
            "to_name": TEXT,
            "type": "labels",
            "value": {"start": start, "end": end, "text": span.get(&doc.text).unwrap_or_default(), "labels": [label]},
        })
    };
    let mut result = Vec::new();
    let mut mention_ids: HashMap<Span, String> = HashMap::new();
    for (i, m) in analysis
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.span.is_empty())
    {
        let id = format!("m{}", i + 1);
        result.push(region(id.clone(), m.span, m.label.as_str()));
        mention_ids.insert(m.span, id);
    }
    let mut speaker_ids: HashMap<Span, String> = HashMap::new();
    let mut relations = Vec::new();
    for (i, q) in analysis
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.span.is_empty())
    {
        let id = format!("q{}", i + 1);
        result.push(region(id.clone(), q.span, "Quote"));
        let (start, end) = co.span(q.span);
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        result.push(json!({
            "id": id,
            "from_name": KIND,
            "to_name": TEXT,
            "type": "choices",
            "value": {"start": start, "end": end, "text": q.span.get(&doc.text).unwrap_or_default(), "choices": [kind]},
        }));
        let Some(s) = q.speaker.as_ref().filter(|s| !s.span.is_empty()) else {
            continue;
        };
        let from = if let Some(m) = mention_ids.get(&s.span) {
            m.clone()
        } else if let Some(sp) = speaker_ids.get(&s.span) {
            sp.clone()
        } else {
            let sp = format!("s{}", speaker_ids.len() + 1);
            result.push(region(sp.clone(), s.span, "Speaker"));
            speaker_ids.insert(s.span, sp.clone());
            sp
        };
        relations.push(json!({
            "from_id": from,
            "to_id": id,
            "type": "relation",
            "direction": "right",
            "labels": ["Said"],
        }));
    }
    result.extend(relations);
    json!({
        "data": {"text": doc.text, "source": doc.source.name},
        "predictions": [{
            "model_version": concat!("sahifa ", env!("CARGO_PKG_VERSION")),
            "result": result,
        }],
    })
}

/// The task list (one task) for a document, as Label Studio imports it.
pub fn to_label_studio(doc: &Document, analysis: &Analysis) -> Result<String, serde_json::Error> {
    let mut out = serde_json::to_string_pretty(&Value::Array(vec![task(doc, analysis)]))?;
    out.push('\n');
    Ok(out)
}

/// The labelling configuration a Label Studio project needs for these tasks: the text right to left, entity
/// types in the theme's colours with Arabic aliases shown as hints, quotes with a per-region kind, speakers, the
/// `Said` relation.
pub fn config() -> String {
    let labels = [
        (
            EntityLabel::Per.as_str(),
            "شخص",
            LIGHT.entity(EntityLabel::Per),
        ),
        (
            EntityLabel::Org.as_str(),
            "منظمة",
            LIGHT.entity(EntityLabel::Org),
        ),
        (
            EntityLabel::Loc.as_str(),
            "مكان",
            LIGHT.entity(EntityLabel::Loc),
        ),
        (
            EntityLabel::Misc.as_str(),
            "أخرى",
            LIGHT.entity(EntityLabel::Misc),
        ),
        ("Quote", "اقتباس", LIGHT.quote),
        ("Speaker", "متحدث", LIGHT.speaker),
    ];
    let mut out = String::from("<View>\n");
    let _ = writeln!(out, "  <Labels name=\"{LABELS}\" toName=\"{TEXT}\">");
    for (value, hint, colour) in labels {
        let _ = writeln!(
            out,
            "    <Label value=\"{value}\" hint=\"{hint}\" background=\"{}\"/>",
            colour.with_alpha(255).css()
        );
    }
    out.push_str("  </Labels>\n");
    out.push_str("  <Relations>\n    <Relation value=\"Said\"/>\n  </Relations>\n");
    out.push_str("  <View style=\"direction: rtl; text-align: right; font-size: 1.15em; line-height: 1.8\">\n");
    let _ = write!(
        out,
        "    <Text name=\"{TEXT}\" value=\"${TEXT}\" granularity=\"symbol\"/>\n  </View>\n"
    );
    let _ = write!(
        out,
        "  <View visibleWhen=\"region-selected\" whenTagName=\"{LABELS}\" whenLabelValue=\"Quote\">\n    \
         <Header value=\"Quote kind\"/>\n    \
         <Choices name=\"{KIND}\" toName=\"{TEXT}\" perRegion=\"true\">\n      \
         <Choice value=\"direct\"/>\n      <Choice value=\"indirect\"/>\n    </Choices>\n  </View>\n"
    );
    out.push_str("</View>\n");
    out
}
