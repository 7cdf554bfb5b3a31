//! Label Studio tasks: every region's UTF-16 offsets slice the task text to the region's text and to the analysis'
//! span; quotes carry their kind on the same region id; every relation joins two regions of the task; the labelling
//! configuration parses as XML, names the controls the results use, and is the one committed in docs/examples.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::sample;
use quick_xml::events::Event;
use sahifa_core::export::batch::export_folder_one_file;
use sahifa_core::export::{Filter, Format, Options, Rendered, label_studio, render};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

fn utf16_slice(text: &str, start: &Value, end: &Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s, e) = (
        usize::try_from(start.as_u64().unwrap()).unwrap(),
        usize::try_from(end.as_u64().unwrap()).unwrap(),
    );
    String::from_utf16(&units[s..e]).unwrap()
}

#[test]
fn regions_slice_to_their_text_and_relations_join_regions() {
    let (doc, analysis) = sample();
    let Rendered::File(bytes) =
        render(Format::LabelStudio, &doc, &analysis, &Filter::default()).unwrap()
    else {
        panic!("one file");
    };
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    let tasks = v.as_array().unwrap();
    assert_eq!(tasks.len(), 1);
    let task = &tasks[0];
    let text = task["data"]["text"].as_str().unwrap();
    assert_eq!(text, doc.text);
    let result = task["predictions"][0]["result"].as_array().unwrap();

    let mut regions: HashMap<String, String> = HashMap::new(); // id -> label
    let mut kinds: HashMap<String, String> = HashMap::new();
    let mut spans: BTreeSet<(String, String)> = BTreeSet::new();
    for r in result.iter().filter(|r| r["type"] != "relation") {
        assert_eq!(r["to_name"], "text");
        let value = &r["value"];
        let slice = utf16_slice(text, &value["start"], &value["end"]);
        assert_eq!(slice, value["text"].as_str().unwrap(), "{r}");
        let id = r["id"].as_str().unwrap().to_owned();
        match r["type"].as_str().unwrap() {
            "labels" => {
                assert_eq!(r["from_name"], "label");
                let label = value["labels"][0].as_str().unwrap().to_owned();
                spans.insert((label.clone(), slice));
                assert!(regions.insert(id, label).is_none(), "region ids are unique");
            }
            "choices" => {
                assert_eq!(r["from_name"], "quote_kind");
                kinds.insert(id, value["choices"][0].as_str().unwrap().to_owned());
            }
            other => panic!("unexpected result type {other}"),
        }
    }
    // The regions are the analysis' mentions and quotes (and speakers that are not mentions).
    for m in &analysis.mentions {
        assert!(spans.contains(&(
            m.label.as_str().to_owned(),
            doc.text[m.span.range()].to_owned()
        )));
    }
    let quotes: Vec<_> = regions.iter().filter(|(_, l)| *l == "Quote").collect();
    assert_eq!(quotes.len(), analysis.quotes.len());
    for (id, _) in &quotes {
        assert!(matches!(kinds[*id].as_str(), "direct" | "indirect"));
    }
    assert_eq!(kinds.len(), quotes.len(), "a kind only on quote regions");
    let relations: Vec<&Value> = result.iter().filter(|r| r["type"] == "relation").collect();
    assert_eq!(
        relations.len(),
        analysis
            .quotes
            .iter()
            .filter(|q| q.speaker.is_some())
            .count()
    );
    for r in relations {
        assert_eq!(r["labels"][0], "Said");
        assert_eq!(regions[r["to_id"].as_str().unwrap()], "Quote");
        assert!(regions.contains_key(r["from_id"].as_str().unwrap()));
    }
    // The emoji in the sample makes UTF-16 and code-point offsets differ after it: the later regions prove the unit.
    assert!(text.contains('🌍'));
}

#[test]
fn the_configuration_parses_names_its_controls_and_is_the_committed_one() {
    let config = label_studio::config();
    let mut reader = quick_xml::Reader::from_str(&config);
    let mut names = BTreeSet::new();
    let mut labels = BTreeSet::new();
    let mut depth = 0i32;
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                for a in e.attributes() {
                    let a = a.unwrap();
                    let value = a.unescape_value().unwrap().into_owned();
                    match a.key.as_ref() {
                        b"name" => {
                            names.insert(value);
                        }
                        b"value" if e.name().as_ref() == b"Label" => {
                            labels.insert(value);
                        }
                        _ => {}
                    }
                }
                depth += 1;
            }
            _ => {}
        }
    }
    assert!(depth > 0);
    for n in ["label", "text", "quote_kind"] {
        assert!(names.contains(n), "{names:?}");
    }
    for l in ["PER", "ORG", "LOC", "MISC", "Quote", "Speaker"] {
        assert!(labels.contains(l), "{labels:?}");
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/examples/label-studio.xml"
    );
    if std::env::var_os("SAHIFA_BLESS").is_some() {
        std::fs::write(path, &config).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        committed, config,
        "docs/examples/label-studio.xml is out of date: run docs/examples/regenerate.sh"
    );
}

#[test]
fn a_folder_becomes_one_task_list() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a.txt"), "خبر أول\nقال الوزير إن الوضع مستقر.").unwrap();
    std::fs::write(input.join("b.txt"), "خبر ثان\nزار الرئيس القاهرة 😀 أمس.").unwrap();
    let out = dir.path().join("all.json");
    let report = export_folder_one_file(
        &input,
        Format::LabelStudio,
        &Filter::default(),
        Options::default(),
        &out,
        2,
    )
    .unwrap();
    assert!(report.failed.is_empty(), "{}", report.summary());
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let tasks = v.as_array().unwrap();
    assert_eq!(tasks.len(), 2);
    assert_eq!(tasks[0]["data"]["source"], "a.txt");
    assert!(
        tasks[1]["data"]["text"]
            .as_str()
            .unwrap()
            .contains("القاهرة")
    );
}
