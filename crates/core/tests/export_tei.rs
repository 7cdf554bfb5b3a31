//! TEI: the export parses as well-formed XML; the body's text is the document's text; every name element holds
//! exactly its mention's words and points at an entity declared in the header; every `who` resolves; the outline
//! is nested `div`s with their `head`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::sample;
use quick_xml::events::Event;
use sahifa_core::export::tei::to_tei;
use std::collections::HashSet;

#[derive(Default)]
struct Parsed {
    /// Text inside `body`, per block-level element.
    blocks: Vec<String>,
    /// (element, text, ref) of each name element.
    names: Vec<(String, String, Option<String>)>,
    ids: HashSet<String>,
    pointers: Vec<String>,
    quotes: usize,
    divs: usize,
    heads: Vec<String>,
}

fn parse(xml: &str) -> Parsed {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut p = Parsed::default();
    let mut stack: Vec<String> = Vec::new();
    // Open name elements: index into p.names.
    let mut open_names: Vec<usize> = Vec::new();
    let mut in_body = false;
    let mut in_block = false;
    loop {
        let text: String = match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                for a in e.attributes() {
                    let a = a.unwrap();
                    let value = String::from_utf8(a.value.to_vec()).unwrap();
                    match a.key.as_ref() {
                        b"xml:id" => assert!(p.ids.insert(value), "duplicate xml:id"),
                        b"ref" | b"who" | b"prev" => p.pointers.push(value),
                        _ => {}
                    }
                }
                match name.as_str() {
                    "body" => in_body = true,
                    "p" | "head" | "item" if in_body => {
                        p.blocks.push(String::new());
                        in_block = true;
                    }
                    "div" => p.divs += 1,
                    "q" if e.attributes().any(|a| a.unwrap().key.as_ref() == b"xml:id") => {
                        p.quotes += 1;
                    }
                    "persName" | "orgName" | "placeName" | "name" if in_body => {
                        let r = e
                            .attributes()
                            .map(Result::unwrap)
                            .find(|a| a.key.as_ref() == b"ref")
                            .map(|a| String::from_utf8(a.value.to_vec()).unwrap());
                        p.names.push((name.clone(), String::new(), r));
                        open_names.push(p.names.len() - 1);
                    }
                    _ => {}
                }
                stack.push(name);
                continue;
            }
            Event::End(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                assert_eq!(stack.pop().as_deref(), Some(name.as_str()));
                if in_body && ["persName", "orgName", "placeName", "name"].contains(&name.as_str())
                {
                    open_names.pop();
                }
                if in_body && ["p", "head", "item"].contains(&name.as_str()) {
                    in_block = false;
                }
                if in_body && name == "head" {
                    p.heads.push(p.blocks.last().unwrap().clone());
                }
                if name == "body" {
                    in_body = false;
                }
                continue;
            }
            Event::Text(t) => std::str::from_utf8(&t).unwrap().to_owned(),
            Event::GeneralRef(r) => match r.resolve_char_ref().unwrap() {
                Some(c) => c.to_string(),
                None => match std::str::from_utf8(&r).unwrap() {
                    "amp" => "&".into(),
                    "lt" => "<".into(),
                    "gt" => ">".into(),
                    "quot" => "\"".into(),
                    "apos" => "'".into(),
                    other => panic!("unknown entity {other}"),
                },
            },
            _ => continue,
        };
        if in_block && let Some(block) = p.blocks.last_mut() {
            block.push_str(&text);
        }
        for &i in &open_names {
            p.names[i].1.push_str(&text);
        }
    }
    assert!(stack.is_empty());
    p
}

#[test]
fn tei_is_well_formed_and_names_its_mentions() {
    let (doc, analysis) = sample();
    let xml = to_tei(&doc, &analysis);
    let p = parse(&xml);
    // The body's blocks are the document's blocks, text unchanged.
    let blocks: Vec<&str> = doc.blocks.iter().map(|b| doc.slice(b.span)).collect();
    assert_eq!(p.blocks, blocks);
    // One element per mention, of its type, holding its words, pointing at a declared entity.
    let mentions: Vec<(String, String)> = analysis
        .mentions
        .iter()
        .map(|m| {
            let element = match m.label.as_str() {
                "PER" => "persName",
                "ORG" => "orgName",
                "LOC" => "placeName",
                _ => "name",
            };
            (element.to_owned(), doc.slice(m.span).to_owned())
        })
        .collect();
    let names: Vec<(String, String)> = p
        .names
        .iter()
        .map(|(e, t, _)| (e.clone(), t.clone()))
        .collect();
    assert_eq!(names, mentions);
    for (_, _, r) in &p.names {
        assert!(p.ids.contains(r.as_ref().unwrap().trim_start_matches('#')));
    }
    for pointer in &p.pointers {
        assert!(
            p.ids.contains(pointer.trim_start_matches('#')),
            "{pointer} unresolved"
        );
    }
    assert_eq!(p.quotes, analysis.quotes.len());
    assert!(
        xml.contains("<q type=\"direct\" who=\"#e"),
        "quotes name their speaker"
    );
    // The sample has one heading: one div whose head is the heading; the title is the body's head.
    assert_eq!(p.divs, 1);
    assert_eq!(p.heads, [blocks[0], blocks[2]]);
}
