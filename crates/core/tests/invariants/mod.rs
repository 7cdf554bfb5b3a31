//! What every load, analysis and export keeps whatever the input, as checks that panic with what broke: spans are
//! byte ranges on char boundaries inside the text, export offsets name the text they claim, and the HTML export
//! carries no live markup from the article.
//!
//! One copy for the property tests (`properties.rs`), the fuzz regressions (`fuzz_regressions.rs`) and the fuzz
//! targets (`fuzz/`, which include this file by path).

#![allow(dead_code, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use sahifa_core::analysis::{self, Analysis};
use sahifa_core::document::Document;
use sahifa_core::export::{self, Filter, Format, Options, Rendered};
use sahifa_core::load::{self, Format as Input, LoadError};
use sahifa_core::span::{OffsetUnit, Span};
use serde_json::Value;

/// The largest input worth checking: the fuzz targets skip longer ones so that every run stays quick.
pub const MAX_INPUT: usize = 64 * 1024;

/// Every way the loader is asked to read bytes: as each format (by the file name's extension), and sniffed.
pub const LOADS: [(&str, Option<Input>); 4] = [
    ("article.txt", Some(Input::Plain)),
    ("article.md", Some(Input::Markdown)),
    ("article.html", Some(Input::Html)),
    ("article", None),
];

/// Loads `bytes` in the way `choice` picks from [`LOADS`]: `Some(document)` when it loads (and keeps the
/// document invariants), `None` when it is refused with a proper error.
pub fn load(bytes: &[u8], choice: u8) -> Option<Document> {
    let (name, format) = LOADS[usize::from(choice) % LOADS.len()];
    check_load(name, load::load_bytes(name, bytes, format))
}

/// Checks a load's outcome: a document that keeps [`check_document`], or an error that names the file and says
/// something.
pub fn check_load(name: &str, result: Result<Document, LoadError>) -> Option<Document> {
    match result {
        Ok(doc) => {
            check_document(&doc);
            Some(doc)
        }
        Err(e) => {
            assert_eq!(e.subject(), name, "the error names another file: {e}");
            assert!(
                e.to_string().contains(name),
                "the message names no file: {e}"
            );
            assert!(!e.kind().code().is_empty());
            None
        }
    }
}

/// Panics unless `span` is a byte range of `text` on char boundaries, start before end.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end,
        "{what} {span:?} ends before it starts"
    );
    assert!(
        span.end <= text.len(),
        "{what} {span:?} runs past the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not on char boundaries"
    );
}

/// Blocks and sections: spans in the text; blocks non-empty, in order, one `\n` between them and nothing else
/// around them; sections start at their heading and nest through valid indices.
pub fn check_document(doc: &Document) {
    let text = doc.text.as_str();
    assert!(!doc.blocks.is_empty(), "a loaded document has blocks");
    let mut at = 0;
    for (i, b) in doc.blocks.iter().enumerate() {
        check_span(text, b.span, "block");
        let gap = text.get(at..b.span.start);
        let want = if i == 0 { "" } else { "\n" };
        assert_eq!(gap, Some(want), "before block {i} {:?}", b.span);
        let body = doc.slice(b.span);
        assert!(!body.is_empty(), "block {i} is empty");
        assert!(!body.contains('\n'), "block {i} holds a line break");
        at = b.span.end;
    }
    assert_eq!(at, text.len(), "text after the last block");
    for (i, s) in doc.sections.iter().enumerate() {
        check_span(text, s.span, "section");
        let block = doc.blocks.get(s.block).expect("a section's block exists");
        assert_eq!(
            s.span.start, block.span.start,
            "section {i} starts at its heading"
        );
        assert!(
            s.parent.is_none_or(|p| p < i),
            "section {i}'s parent comes before it"
        );
        for &c in &s.children {
            assert!(c > i && c < doc.sections.len(), "section {i}'s child {c}");
            assert_eq!(doc.sections[c].parent, Some(i));
        }
    }
}

/// Analyses `doc` and checks [`check_analysis`].
pub fn analyze(doc: &Document) -> Analysis {
    let analysis = analysis::analyze(doc);
    check_analysis(doc, &analysis);
    analysis
}

/// Mentions, quotes, cues and speakers are spans of the text; mentions are sorted and apart, quotes sorted;
/// every index points at something.
pub fn check_analysis(doc: &Document, analysis: &Analysis) {
    let text = doc.text.as_str();
    let mut end = 0;
    for (i, m) in analysis.mentions.iter().enumerate() {
        check_span(text, m.span, "mention");
        assert!(
            m.span.start >= end,
            "mention {i} {:?} overlaps the one before",
            m.span
        );
        end = m.span.end;
        let entity = analysis
            .entities
            .get(m.entity)
            .expect("a mention's entity exists");
        assert!(
            entity.mentions.contains(&i),
            "entity {} lists mention {i}",
            m.entity
        );
        assert!(
            m.confidence.is_finite(),
            "mention {i} confidence {}",
            m.confidence
        );
    }
    for (e, entity) in analysis.entities.iter().enumerate() {
        for &m in &entity.mentions {
            let mention = analysis
                .mentions
                .get(m)
                .expect("an entity's mention exists");
            assert_eq!(mention.entity, e, "mention {m} belongs to entity {e}");
        }
    }
    let mut start = 0;
    for (i, q) in analysis.quotes.iter().enumerate() {
        check_span(text, q.span, "quote");
        assert!(
            q.span.start >= start,
            "quote {i} {:?} is out of order",
            q.span
        );
        start = q.span.start;
        if let Some(cue) = q.cue {
            check_span(text, cue, "cue");
        }
        if let Some(s) = &q.speaker {
            check_span(text, s.span, "speaker");
            assert!(
                s.entity.is_none_or(|e| e < analysis.entities.len()),
                "quote {i}'s speaker names entity {:?}",
                s.entity
            );
        }
    }
}

/// Renders every export format of `doc` and `analysis` (with the default filter) and checks each.
pub fn check_exports(doc: &Document, analysis: &Analysis) {
    for format in Format::ALL {
        let rendered = export::render(format, doc, analysis, &Filter::default())
            .unwrap_or_else(|e| panic!("{format} export failed: {e}"));
        match (format, rendered) {
            (Format::Brat, Rendered::Files(files)) => check_brat(doc, &files),
            (_, Rendered::File(bytes)) => {
                let out = String::from_utf8(bytes).expect("exports are UTF-8");
                match format {
                    Format::Html => check_html(&out),
                    Format::Json => check_json(doc, analysis, &out),
                    Format::Conll => check_conll(doc, &out),
                    Format::Jsonl => check_jsonl(doc, analysis, &out, OffsetUnit::CodePoints),
                    Format::WebAnnotation => check_web_annotation(doc, &out),
                    Format::Tei => check_tei(&out),
                    Format::WebannoTsv => check_webanno_tsv(doc, &out),
                    Format::LabelStudio => check_label_studio(doc, &out),
                    Format::Brat => unreachable!(),
                }
            }
            (format, _) => panic!("{format} rendered the wrong shape"),
        }
    }
    let options = Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    };
    let jsonl = export::render_named(
        Format::Jsonl,
        doc,
        analysis,
        &Filter::default(),
        "a",
        options,
    )
    .expect("JSONL export");
    let Rendered::File(bytes) = jsonl else {
        panic!("JSONL is one file");
    };
    check_jsonl(
        doc,
        analysis,
        &String::from_utf8(bytes).unwrap(),
        OffsetUnit::Utf16,
    );
}

/// The text between two offsets counted in `unit`, or `None` when they do not fall inside it.
pub fn slice_in(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    match unit {
        OffsetUnit::CodePoints => {
            let chars: Vec<char> = text.chars().collect();
            chars.get(start..end).map(|c| c.iter().collect())
        }
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(units.get(start..end)?).ok()
        }
    }
}

fn offset(v: &Value, key: &str) -> usize {
    let n = v[key].as_u64().unwrap_or_else(|| panic!("{key} in {v}"));
    usize::try_from(n).unwrap()
}

fn check_json(doc: &Document, analysis: &Analysis, out: &str) {
    let v: Value = serde_json::from_str(out).expect("the JSON export parses");
    let text = v["text"].as_str().expect("text");
    assert_eq!(text, doc.text);
    let named = |item: &Value, what: &str| {
        let (start, end) = (offset(item, "start"), offset(item, "end"));
        let got = slice_in(text, OffsetUnit::CodePoints, start, end);
        assert_eq!(got.as_deref(), item["text"].as_str(), "{what} {item}");
    };
    for e in v["entities"].as_array().expect("entities") {
        named(e, "entity");
    }
    for q in v["quotes"].as_array().expect("quotes") {
        named(q, "quote");
        if !q["cue"].is_null() {
            named(&q["cue"], "cue");
        }
        if !q["speaker"].is_null() {
            let s = &q["speaker"];
            let got = slice_in(
                text,
                OffsetUnit::CodePoints,
                offset(s, "start"),
                offset(s, "end"),
            );
            assert!(got.is_some(), "speaker {s}");
        }
    }
    for s in v["sections"].as_array().expect("sections") {
        let got = slice_in(
            text,
            OffsetUnit::CodePoints,
            offset(s, "start"),
            offset(s, "end"),
        )
        .unwrap_or_else(|| panic!("section {s}"));
        // The title is the heading line without its marker ("* ", "1- "): it lies inside the section, at its
        // own offsets, and the section starts with its heading line.
        let title = slice_in(
            text,
            OffsetUnit::CodePoints,
            offset(s, "title_start"),
            offset(s, "title_end"),
        )
        .unwrap_or_else(|| panic!("section title {s}"));
        assert_eq!(title, s["title"].as_str().unwrap(), "section {s}");
        assert!(
            offset(s, "start") <= offset(s, "title_start")
                && offset(s, "title_end") <= offset(s, "end"),
            "section {s}"
        );
        let marker = offset(s, "title_start") - offset(s, "start");
        assert!(
            got.chars()
                .skip(marker)
                .collect::<String>()
                .starts_with(title.as_str()),
            "section {s}"
        );
    }
    let (back_text, back) = export::json::parse(out).expect("the JSON export reads back");
    assert_eq!(back_text, doc.text);
    assert_eq!(
        back.mentions, analysis.mentions,
        "mentions after a round trip"
    );
    assert_eq!(back.quotes, analysis.quotes, "quotes after a round trip");
}

fn check_jsonl(doc: &Document, analysis: &Analysis, out: &str, unit: OffsetUnit) {
    assert!(
        out.ends_with('\n') && out.matches('\n').count() == 1,
        "one JSONL line"
    );
    let v: Value = serde_json::from_str(out).expect("the JSONL line parses");
    let text = v["text"].as_str().expect("text");
    assert_eq!(text, doc.text);
    let labels = v["label"].as_array().expect("label");
    assert_eq!(labels.len(), analysis.mentions.len());
    for (l, m) in labels.iter().zip(&analysis.mentions) {
        let at = |i: usize| usize::try_from(l[i].as_u64().expect("an offset")).unwrap();
        let got = slice_in(text, unit, at(0), at(1));
        assert_eq!(got.as_deref(), Some(doc.slice(m.span)), "label {l}");
    }
    for e in v["entities"].as_array().expect("entities") {
        let got = slice_in(
            text,
            unit,
            offset(e, "start_offset"),
            offset(e, "end_offset"),
        );
        assert!(got.is_some(), "entity {e} is outside the text");
    }
}

fn check_label_studio(doc: &Document, out: &str) {
    let v: Value = serde_json::from_str(out).expect("the Label Studio tasks parse");
    let task = &v[0];
    assert_eq!(task["data"]["text"].as_str(), Some(doc.text.as_str()));
    for r in task["predictions"][0]["result"].as_array().expect("result") {
        let value = &r["value"];
        if value.is_null() {
            continue; // a relation
        }
        let got = slice_in(
            &doc.text,
            OffsetUnit::Utf16,
            offset(value, "start"),
            offset(value, "end"),
        );
        assert_eq!(got.as_deref(), value["text"].as_str(), "region {r}");
    }
}

fn check_web_annotation(doc: &Document, out: &str) {
    let v: Value = serde_json::from_str(out).expect("the Web Annotation export parses");
    for item in v["first"]["items"].as_array().expect("items") {
        let selectors = item["target"]["selector"].as_array().expect("selectors");
        let exact = selectors[0]["exact"].as_str().expect("exact");
        let position = &selectors[1];
        let got = slice_in(
            &doc.text,
            OffsetUnit::CodePoints,
            offset(position, "start"),
            offset(position, "end"),
        );
        assert_eq!(got.as_deref(), Some(exact), "annotation {item}");
    }
}

fn check_brat(doc: &Document, files: &[(String, Vec<u8>)]) {
    let file = |ext: &str| {
        let (_, bytes) = files
            .iter()
            .find(|(n, _)| n.ends_with(ext))
            .unwrap_or_else(|| panic!("no {ext} file"));
        std::str::from_utf8(bytes).expect("brat files are UTF-8")
    };
    let (txt, ann) = (file(".txt"), file(".ann"));
    assert_eq!(txt, doc.text);
    let chars: Vec<char> = txt.chars().collect();
    let mut ids = std::collections::HashSet::new();
    for line in ann.lines() {
        if line.starts_with('T') {
            let mut cols = line.splitn(3, '\t');
            let (id, spec, claimed) = (cols.next().unwrap(), cols.next().unwrap(), cols.next());
            let claimed = claimed.unwrap_or_else(|| panic!("T line without text: {line:?}"));
            let (_, offsets) = spec.split_once(' ').expect("type and offsets");
            let named: Vec<String> = offsets
                .split(';')
                .map(|pair| {
                    let (s, e) = pair.split_once(' ').expect("start end");
                    let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                    assert!(s < e, "an empty fragment: {line:?}");
                    chars
                        .get(s..e)
                        .unwrap_or_else(|| panic!("{line:?} is outside the text"))
                        .iter()
                        .collect()
                })
                .collect();
            assert_eq!(named.join(" "), claimed, "{line:?}");
            ids.insert(id.to_owned());
        } else {
            // R, A and note lines point at T lines written before them.
            for arg in line
                .split(['\t', ' ', ':'])
                .filter(|a| a.starts_with('T') && a[1..].parse::<u32>().is_ok())
            {
                assert!(
                    ids.contains(arg),
                    "{line:?} names {arg}, which is not there"
                );
            }
        }
    }
}

fn check_conll(doc: &Document, out: &str) {
    let mut from = 0;
    let mut inside: Option<&str> = None;
    for line in out.split('\n') {
        if line.is_empty() || line.starts_with("# ") {
            inside = None;
            continue;
        }
        let (token, tag) = line
            .rsplit_once(' ')
            .unwrap_or_else(|| panic!("CoNLL line {line:?}"));
        assert!(
            !token.is_empty() && !token.contains(char::is_whitespace),
            "token {token:?}"
        );
        let at = doc.text[from..]
            .find(token)
            .unwrap_or_else(|| panic!("token {token:?} is not next in the text"));
        from += at + token.len();
        match tag.split_once('-') {
            None => {
                assert_eq!(tag, "O", "tag of {line:?}");
                inside = None;
            }
            Some(("B", label)) => inside = Some(label),
            Some(("I", label)) => assert_eq!(inside, Some(label), "I- without its B-: {line:?}"),
            Some(_) => panic!("tag of {line:?}"),
        }
    }
}

fn check_webanno_tsv(doc: &Document, out: &str) {
    for line in out.split('\n') {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "token line {line:?}");
        let (start, end) = cols[1]
            .split_once('-')
            .unwrap_or_else(|| panic!("offsets of {line:?}"));
        let (start, end) = (start.parse().unwrap(), end.parse().unwrap());
        let got = slice_in(&doc.text, OffsetUnit::Utf16, start, end);
        assert_eq!(got.as_deref(), Some(cols[2]), "token line {line:?}");
    }
}

fn check_tei(out: &str) {
    let mut reader = quick_xml::Reader::from_str(out);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "the TEI export is not well-formed XML at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
}

/// Every element the HTML export writes (and html5ever's implied ones): any other came from the article unescaped.
const HTML_ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "nav",
    "main",
    "article",
    "section",
    "aside",
    "footer",
    "div",
    "p",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ol",
    "ul",
    "li",
    "a",
    "span",
    "label",
    "input",
];

/// The HTML export: only the export's own elements (the article's markup is escaped, so none of it is live), no
/// event-handler attributes, no `javascript:` links.
pub fn check_html(out: &str) {
    let lower = out.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "a script element in the HTML export"
    );
    assert!(!lower.contains("<img"), "an image in the HTML export");
    let page = scraper::Html::parse_document(out);
    for node in page.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let name = element.name();
        assert!(
            HTML_ELEMENTS.contains(&name),
            "a <{name}> element in the HTML export"
        );
        for (attr, value) in element.attrs() {
            assert!(
                !attr.starts_with("on"),
                "an {attr}= attribute on <{name}> in the HTML export"
            );
            assert!(
                !value
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("javascript:"),
                "a javascript: {attr} on <{name}> in the HTML export"
            );
        }
    }
}
