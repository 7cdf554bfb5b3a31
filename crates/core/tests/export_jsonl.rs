//! doccano / Label Studio JSONL: entities, quotes and speakers with `Said` relations, every offset slicing to its
//! annotation under both conventions (code points as Python counts, UTF-16 units as the browser counts).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::sample;
use sahifa_core::export::{Filter, Format, OffsetUnit, Options, Rendered, render_named};
use serde_json::Value;
use std::collections::HashMap;

fn jsonl(unit: OffsetUnit) -> (String, Value) {
    let (doc, analysis) = sample();
    let options = Options {
        offsets: unit,
        ..Options::default()
    };
    let Rendered::File(bytes) = render_named(
        Format::Jsonl,
        &doc,
        &analysis,
        &Filter::default(),
        "test",
        options,
    )
    .unwrap() else {
        panic!("jsonl is one file");
    };
    let out = String::from_utf8(bytes).unwrap();
    assert_eq!(out.lines().count(), 1);
    assert!(out.ends_with('\n'));
    (doc.text, serde_json::from_str(out.trim_end()).unwrap())
}

/// `text[start..end]` counted the way `unit` counts.
fn slice(text: &str, start: u64, end: u64, unit: OffsetUnit) -> String {
    let (s, e) = (
        usize::try_from(start).unwrap(),
        usize::try_from(end).unwrap(),
    );
    match unit {
        OffsetUnit::CodePoints => text.chars().skip(s).take(e - s).collect(),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[s..e]).unwrap()
        }
    }
}

#[test]
fn every_offset_slices_to_its_annotation_in_both_units() {
    let (doc, analysis) = sample();
    let expected_mentions: Vec<&str> = analysis
        .mentions
        .iter()
        .map(|m| doc.slice(m.span))
        .collect();
    let expected_quotes: Vec<&str> = analysis.quotes.iter().map(|q| doc.slice(q.span)).collect();
    for unit in [OffsetUnit::CodePoints, OffsetUnit::Utf16] {
        let (text, v) = jsonl(unit);
        assert_eq!(v["text"].as_str().unwrap(), text);
        // Sequence-labelling `label`: the mentions alone.
        let labels: Vec<String> = v["label"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| slice(&text, l[0].as_u64().unwrap(), l[1].as_u64().unwrap(), unit))
            .collect();
        assert_eq!(labels, expected_mentions, "{unit:?}");
        // Relation-extraction `entities`: unique ids, each offset pair slicing to its text.
        let mut by_id: HashMap<u64, (String, String)> = HashMap::new();
        for e in v["entities"].as_array().unwrap() {
            let s = slice(
                &text,
                e["start_offset"].as_u64().unwrap(),
                e["end_offset"].as_u64().unwrap(),
                unit,
            );
            let label = e["label"].as_str().unwrap().to_owned();
            assert!(
                by_id
                    .insert(e["id"].as_u64().unwrap(), (label, s))
                    .is_none()
            );
        }
        let quotes: Vec<&str> = by_id
            .values()
            .filter(|(l, _)| l == "Quote")
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(quotes.len(), expected_quotes.len());
        for q in &expected_quotes {
            assert!(quotes.contains(q), "{q} missing under {unit:?}");
        }
        // Each quote is linked from its speaker.
        let relations = v["relations"].as_array().unwrap();
        assert_eq!(relations.len(), 3);
        for r in relations {
            assert_eq!(r["type"], "Said");
            let (from, _) = &by_id[&r["from_id"].as_u64().unwrap()];
            let (to, _) = &by_id[&r["to_id"].as_u64().unwrap()];
            assert!(from == "PER" || from == "Speaker", "{from}");
            assert_eq!(to, "Quote");
        }
        let said_by: Vec<&str> = relations
            .iter()
            .map(|r| by_id[&r["from_id"].as_u64().unwrap()].1.as_str())
            .collect();
        assert_eq!(said_by, ["سامي منصور", "منصور", "سامي منصور"]);
    }
}

#[test]
fn utf16_offsets_differ_after_an_astral_character() {
    // The sample's first line holds 🌍 (two UTF-16 units) before "باريس".
    let (_, cp) = jsonl(OffsetUnit::CodePoints);
    let (_, u16) = jsonl(OffsetUnit::Utf16);
    let start = |v: &Value, i: usize| v["label"][i][0].as_u64().unwrap();
    assert_eq!(start(&cp, 0), start(&u16, 0));
    assert_eq!(start(&cp, 1) + 1, start(&u16, 1));
}
