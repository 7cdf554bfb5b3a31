//! JSON and doccano JSONL exports: code-point offsets that index the text they claim, and a lossless round trip.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::{chars, sample};
use sahifa_core::analysis::EntityLabel;
use sahifa_core::export::{Filter, Format, Rendered, json, render};
use serde_json::Value;

fn rendered_string(format: Format, filter: &Filter) -> String {
    let (doc, analysis) = sample();
    let Rendered::File(bytes) = render(format, &doc, &analysis, filter).unwrap() else {
        panic!("{format} is one file");
    };
    String::from_utf8(bytes).unwrap()
}

#[test]
fn json_offsets_are_code_points_that_name_the_text() {
    let out = rendered_string(Format::Json, &Filter::default());
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], json::SCHEMA_VERSION);
    let text = v["text"].as_str().unwrap();
    let at = |item: &Value| {
        chars(
            text,
            usize::try_from(item["start"].as_u64().unwrap()).unwrap(),
            usize::try_from(item["end"].as_u64().unwrap()).unwrap(),
        )
    };
    let entities = v["entities"].as_array().unwrap();
    assert_eq!(entities.len(), 7);
    for e in entities {
        assert_eq!(at(e), e["text"].as_str().unwrap(), "{e}");
        let cluster = &v["clusters"][e["entity"].as_u64().unwrap() as usize];
        assert!(cluster["mentions"].as_array().unwrap().contains(&e["id"]));
    }
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 3);
    for q in quotes {
        assert_eq!(at(q), q["text"].as_str().unwrap());
        assert_eq!(at(&q["cue"]), q["cue"]["text"].as_str().unwrap());
        assert!(at(&q["speaker"]).contains("منصور"));
    }
    assert_eq!(quotes[1]["kind"], "direct");
    assert_eq!(quotes[1]["cue"]["text"], "وقال");
    // The speaker of the last quote is linked to the cluster of the full name.
    let cluster = quotes[2]["speaker"]["entity"].as_u64().unwrap() as usize;
    assert_eq!(v["clusters"][cluster]["canonical"], "سامي منصور");
    let titles: Vec<&str> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "مصر تتطلع إلى الحوار 🌍 مع باريس",
            "العقوبات والرحلات: شرط أساسي"
        ]
    );
    for s in v["sections"].as_array().unwrap() {
        assert!(at(s).starts_with(s["title"].as_str().unwrap()));
    }
}

#[test]
fn json_round_trip_gives_back_the_analysis() {
    let (doc, analysis) = sample();
    let out = rendered_string(Format::Json, &Filter::default());
    let (text, back) = json::parse(&out).unwrap();
    assert_eq!(text, doc.text);
    assert_eq!(back, analysis);
}

#[test]
fn json_with_a_filter_keeps_only_what_is_shown() {
    let mut filter = Filter {
        quotes: false,
        ..Filter::default()
    };
    filter.labels = [false; 4];
    filter.set_label(EntityLabel::Per, true);
    let v: Value = serde_json::from_str(&rendered_string(Format::Json, &filter)).unwrap();
    let labels: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["PER", "PER"]);
    assert!(v["quotes"].as_array().unwrap().is_empty());
    assert_eq!(v["clusters"].as_array().unwrap().len(), 2);
}

#[test]
fn parse_rejects_offsets_outside_the_text() {
    let out = rendered_string(Format::Json, &Filter::default());
    let mut v: Value = serde_json::from_str(&out).unwrap();
    v["entities"][0]["end"] = Value::from(100_000);
    let err = json::parse(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("outside the text"), "{err}");
}

#[test]
fn doccano_jsonl_is_one_line_with_code_point_labels() {
    let out = rendered_string(Format::Jsonl, &Filter::default());
    assert_eq!(out.lines().count(), 1);
    assert!(out.ends_with('\n'));
    let v: Value = serde_json::from_str(out.trim_end()).unwrap();
    let text = v["text"].as_str().unwrap();
    let labels = v["label"].as_array().unwrap();
    assert_eq!(labels.len(), 7);
    let (doc, analysis) = sample();
    for (label, m) in labels.iter().zip(&analysis.mentions) {
        let start = label[0].as_u64().unwrap() as usize;
        let end = label[1].as_u64().unwrap() as usize;
        assert_eq!(chars(text, start, end), doc.slice(m.span));
        assert_eq!(label[2], m.label.as_str());
    }
}

#[test]
fn parse_rejects_a_cluster_id_beyond_its_mentions_without_allocating_for_it() {
    let (doc, analysis) = sample();
    let mut v: Value =
        serde_json::from_str(&json::to_json_string(&doc, &analysis).unwrap()).unwrap();
    v["clusters"][0]["id"] = Value::from(4_000_000_000_u64);
    let err = json::parse(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("4000000000"), "{err}");
    let mut v: Value =
        serde_json::from_str(&json::to_json_string(&doc, &analysis).unwrap()).unwrap();
    v["entities"][0]["entity"] = Value::from(u64::MAX);
    assert!(json::parse(&v.to_string()).is_err());
}

#[test]
fn json_section_titles_leave_a_subheading_marker_out_and_say_where_they_are() {
    use sahifa_core::analysis::Analysis;
    use sahifa_core::load::{Format as In, load_str};
    let body = "وقال المتحدث باسم البلدية إن أعمال الصيانة في الحي ستستمر حتى نهاية الشهر المقبل دون توقف.";
    let input = format!("عنوان الخبر\n{body}\n\n* مراحل المشروع\n{body}\n\n1- التكلفة\n{body}\n");
    let doc = load_str("x.txt", &input, In::Plain).unwrap();
    let export = json::build(&doc, &Analysis::default());
    let text = export.text.as_str();
    let titles: Vec<[String; 3]> = export
        .sections
        .iter()
        .map(|s| {
            [
                s.title.clone(),
                chars(text, s.title_start, s.title_end),
                chars(text, s.start, s.title_end),
            ]
        })
        .collect();
    assert_eq!(
        titles,
        [
            ["عنوان الخبر", "عنوان الخبر", "عنوان الخبر"],
            ["مراحل المشروع", "مراحل المشروع", "* مراحل المشروع"],
            ["التكلفة", "التكلفة", "1- التكلفة"],
        ]
    );
}
