//! W3C Web Annotation: the JSON-LD parses as JSON, every TextQuoteSelector's `exact` (with its prefix and suffix)
//! is the text at its TextPositionSelector, and each quote links its speaker's annotation.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::{chars, sample};
use sahifa_core::export::{Filter, Format, Rendered, render};
use serde_json::Value;
use std::collections::HashMap;

fn n(v: &Value) -> usize {
    usize::try_from(v.as_u64().unwrap()).unwrap()
}

#[test]
fn selectors_name_exactly_the_text_at_their_positions() {
    let (doc, analysis) = sample();
    let Rendered::File(bytes) =
        render(Format::WebAnnotation, &doc, &analysis, &Filter::default()).unwrap()
    else {
        panic!("one file");
    };
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(n(&v["total"]), items.len());
    let text = &doc.text;
    let total = text.chars().count();
    let mut tags: HashMap<String, String> = HashMap::new();
    for a in items {
        assert_eq!(a["type"], "Annotation");
        assert_eq!(a["target"]["source"], "test.txt");
        let sel = a["target"]["selector"].as_array().unwrap();
        let quote = sel
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .unwrap();
        let pos = sel
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .unwrap();
        let (start, end) = (n(&pos["start"]), n(&pos["end"]));
        assert!(start < end && end <= total);
        assert_eq!(quote["exact"].as_str().unwrap(), chars(text, start, end));
        let prefix = quote["prefix"].as_str().unwrap();
        let suffix = quote["suffix"].as_str().unwrap();
        let p = prefix.chars().count();
        assert_eq!(prefix, chars(text, start - p, start));
        assert_eq!(suffix, chars(text, end, end + suffix.chars().count()));
        let tag = a["body"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["purpose"] == "tagging")
            .unwrap()["value"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            tags.insert(a["id"].as_str().unwrap().to_owned(), tag)
                .is_none()
        );
    }
    let count = |t: &str| tags.values().filter(|v| *v == t).count();
    assert_eq!(count("Quote"), analysis.quotes.len());
    assert_eq!(
        count("PER") + count("LOC") + count("ORG"),
        analysis.mentions.len()
    );
    // Every quote links an existing speaker annotation.
    let mut linked = 0;
    for a in items {
        for b in a["body"].as_array().unwrap() {
            if b["purpose"] == "linking" {
                linked += 1;
                let target = &tags[b["source"].as_str().unwrap()];
                assert!(target == "PER" || target == "Speaker", "{target}");
            }
        }
    }
    assert_eq!(linked, 3);
}
