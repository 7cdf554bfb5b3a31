//! WebAnno TSV 3.3: the output is read back the way INCEpTION's reader does (its user guide's format chapter):
//! the header and its two blank lines, the document text rebuilt from the `#Text=` lines at the first token's
//! UTF-16 offset, units and sub-units, stacked values, disambiguation ids joining a span's units. Every token's
//! offsets slice the rebuilt text to the token, and the spans read back are exactly the analysis' entities and
//! quotes (quotes trimmed to their tokens), with their features.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::{add_quote, annotated, sample};
use sahifa_core::analysis::{Analysis, QuoteKind};
use sahifa_core::document::Document;
use sahifa_core::export::{ExportError, Filter, Format, Rendered, render};
use std::collections::{BTreeSet, HashMap};

const NE: &str = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
const QUOTE: &str = "webanno.custom.Quote";

fn tsv(doc: &Document, analysis: &Analysis) -> String {
    let Rendered::File(bytes) =
        render(Format::WebannoTsv, doc, analysis, &Filter::default()).unwrap()
    else {
        panic!("one file");
    };
    String::from_utf8(bytes).unwrap()
}

/// A span read back: layer, UTF-16 begin and end, feature values (None for `*`).
type Span16 = (String, usize, usize, Vec<Option<String>>);

/// What the reader rebuilds: the document text as UTF-16 units, and the spans.
struct Read {
    text: Vec<u16>,
    spans: Vec<Span16>,
}

fn unescape_text(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next().expect("dangling backslash") {
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'f' => out.push('\u{0C}'),
            'b' => out.push('\u{08}'),
            'n' => out.push('\n'),
            '\\' => out.push('\\'),
            c if (c as u32) < 0x20 => out.push(c),
            c => panic!("unknown text escape \\{c}"),
        }
    }
    out
}

/// Splits at `sep` not preceded by a backslash.
fn split_unescaped(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&s[start..]);
    parts
}

fn unescape_value(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next().expect("dangling backslash") {
            't' => out.push('\t'),
            'n' => out.push('\n'),
            c @ ('\\' | '[' | ']' | '|' | '_' | ';' | '*' | '-') => out.push(c),
            c => panic!("unknown value escape \\{c}"),
        }
    }
    out
}

/// Reads a WebAnno TSV 3.3 file with the rules of INCEpTION's reader, failing where it would fail.
fn read(file: &str) -> Read {
    let lines: Vec<&str> = file.split('\n').collect();
    assert_eq!(lines[0], "#FORMAT=WebAnno TSV 3.3");
    // Columns: (layer, feature) in header order.
    let mut columns: Vec<(String, String)> = Vec::new();
    let mut i = 1;
    while let Some(rest) = lines[i].strip_prefix("#T_SP=") {
        let mut fields = rest.split('|');
        let layer = fields.next().unwrap().to_owned();
        for f in fields {
            columns.push((layer.clone(), f.to_owned()));
        }
        i += 1;
    }
    assert_eq!(
        (lines[i], lines[i + 1]),
        ("", ""),
        "two blank lines after the header"
    );
    i += 2;

    let mut text: Vec<u16> = Vec::new();
    let mut spans: Vec<Span16> = Vec::new();
    // Spans with a disambiguation id, by id: index into `spans`.
    let mut by_id: HashMap<usize, usize> = HashMap::new();
    let mut sentence_text = String::new();
    let mut in_header = false;
    let mut sentence_start: Option<usize> = None;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if let Some(t) = line.strip_prefix("#Text=") {
            assert!(
                sentence_start.is_none(),
                "a sentence header must follow a blank line"
            );
            sentence_text.push_str(&unescape_text(t));
            sentence_text.push('\n');
            in_header = true;
            continue;
        }
        if line.is_empty() {
            assert!(!in_header, "a sentence without tokens");
            sentence_start = None;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(
            fields.len() > columns.len() + 3 - 1,
            "too few fields: {line:?}"
        );
        assert_eq!(
            fields.len(),
            columns.len() + 4,
            "every field is followed by a tab: {line:?}"
        );
        assert_eq!(fields[fields.len() - 1], "");
        let (b, e) = fields[1].split_once('-').unwrap();
        let (begin, end): (usize, usize) = (b.parse().unwrap(), e.parse().unwrap());
        let is_sub = fields[0].contains('.');
        if in_header {
            assert!(!is_sub, "a sentence starts with a token");
            // The reader's text rebuilding: drop the previous sentence's line break when there is no gap, pad
            // with spaces when there is one.
            if text.len() > begin {
                assert_eq!(text.len(), begin + 1, "sentences overlap at {line:?}");
                assert_eq!(text.pop(), Some(u16::from(b'\n')));
            }
            while text.len() < begin {
                text.push(u16::from(b' '));
            }
            text.extend(sentence_text.encode_utf16());
            sentence_text.clear();
            in_header = false;
            sentence_start = Some(begin);
        }
        assert!(sentence_start.is_some());
        assert!(begin < end && end <= text.len(), "{line:?}");
        assert_eq!(
            String::from_utf16(&text[begin..end]).unwrap(),
            fields[2],
            "the unit's offsets slice the rebuilt text to its text"
        );
        // Annotations on this unit, by (layer, stacking index): index into `spans`.
        let mut here: HashMap<(String, usize), usize> = HashMap::new();
        for (c, (layer, _feature)) in columns.iter().enumerate() {
            let raw = fields[c + 3];
            if raw == "_" {
                continue;
            }
            for (stack, value) in split_unescaped(raw, '|').into_iter().enumerate() {
                let (value, id) = match value.strip_suffix(']') {
                    Some(v) if !v.ends_with('\\') => {
                        let open = v.rfind('[').unwrap();
                        (&v[..open], Some(v[open + 1..].parse::<usize>().unwrap()))
                    }
                    _ => (value, None),
                };
                let value = (value != "*").then(|| unescape_value(value));
                let key = (layer.clone(), stack);
                let index = if let Some(&k) = here.get(&key) {
                    k
                } else if let Some(&k) = id.and_then(|id| by_id.get(&id)) {
                    assert_eq!(spans[k].0, *layer, "an id names one span");
                    spans[k].2 = end;
                    here.insert(key, k);
                    k
                } else {
                    spans.push((layer.clone(), begin, end, Vec::new()));
                    let k = spans.len() - 1;
                    if let Some(id) = id {
                        assert!(by_id.insert(id, k).is_none());
                    }
                    here.insert(key, k);
                    k
                };
                let features = columns[..c].iter().filter(|(l, _)| l == layer).count();
                let values = &mut spans[index].3;
                if values.len() == features {
                    values.push(value);
                } else {
                    assert_eq!(
                        values[features], value,
                        "a span's value is the same on its units"
                    );
                }
            }
        }
    }
    assert!(!in_header);
    Read { text, spans }
}

/// What the spans should be: entities exactly, quotes trimmed to the non-space text they cover.
fn expected(
    doc: &Document,
    analysis: &Analysis,
) -> BTreeSet<(String, usize, usize, Vec<Option<String>>)> {
    let u16_at = |byte: usize| doc.text[..byte].encode_utf16().count();
    let mut out = BTreeSet::new();
    for m in &analysis.mentions {
        out.insert((
            NE.to_owned(),
            u16_at(m.span.start),
            u16_at(m.span.end),
            vec![Some(m.label.as_str().to_owned())],
        ));
    }
    for q in &analysis.quotes {
        let s = &doc.text[q.span.start..q.span.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        out.insert((
            QUOTE.to_owned(),
            u16_at(q.span.start + lead),
            u16_at(q.span.end - trail),
            vec![
                Some(
                    match q.kind {
                        QuoteKind::Direct => "direct",
                        QuoteKind::Indirect => "indirect",
                    }
                    .to_owned(),
                ),
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.cue.map(|c| doc.text[c.start..c.end].to_owned()),
            ],
        ));
    }
    out
}

fn check(doc: &Document, analysis: &Analysis) -> String {
    let file = tsv(doc, analysis);
    let read = read(&file);
    // Everything the reader rebuilt at a token is the document's text there (UTF-16 offsets throughout).
    let original: Vec<u16> = doc.text.encode_utf16().collect();
    let first = original
        .iter()
        .position(|&u| u != u16::from(b' '))
        .unwrap_or(0);
    let last = doc.text.trim_end().encode_utf16().count();
    assert_eq!(
        String::from_utf16(&read.text[first..last]).unwrap(),
        String::from_utf16(&original[first..last]).unwrap(),
        "the text is rebuilt exactly from the first token to the last"
    );
    let got: BTreeSet<_> = read.spans.iter().cloned().collect();
    assert_eq!(got.len(), read.spans.len(), "no span twice");
    assert_eq!(got, expected(doc, analysis), "{file}");
    for (_, b, e, _) in &read.spans {
        assert_eq!(read.text[*b..*e], original[*b..*e]);
    }
    file
}

#[test]
fn the_sample_reads_back_to_its_entities_and_quotes() {
    let (doc, analysis) = sample();
    let file = check(&doc, &analysis);
    assert!(file.contains(&format!("#T_SP={NE}|value\n")));
    assert!(file.contains(&format!("#T_SP={QUOTE}|kind|speaker|verb\n")));
    // The emoji counts two UTF-16 units: the token after it starts two units later than its code-point index.
    let line = file.lines().find(|l| l.contains("\t🌍\t")).unwrap();
    let (b, e) = line.split('\t').nth(1).unwrap().split_once('-').unwrap();
    assert_eq!(e.parse::<usize>().unwrap() - b.parse::<usize>().unwrap(), 2);
    // Multi-token spans carry ids; a one-token span does not.
    assert!(file.contains("LOC[") && file.contains("\tLOC\t"), "{file}");
}

#[test]
fn names_inside_clitic_tokens_sit_on_sub_tokens() {
    let (doc, analysis) = annotated(
        "عنوان\n\
         زار الوفد و[LOC:الولايات المتحدة] ثم ب[LOC:غزة] وعاد لل[ORG:أمم المتحدة].",
    );
    let file = check(&doc, &analysis);
    let sub = file
        .lines()
        .find(|l| l.split('\t').next().unwrap().contains('.') && l.contains("\tالولايات\t"))
        .expect("a sub-token for الولايات");
    assert!(sub.contains("LOC["), "{sub}");
    let token = file.lines().find(|l| l.contains("\tوالولايات\t")).unwrap();
    assert!(token.split('\t').nth(3) == Some("_"), "{token}");
}

#[test]
fn stacked_and_cross_sentence_quotes_and_escaped_text_read_back() {
    let (doc, mut analysis) = annotated(
        "عنوان\n\
         قال [PER:كريم_الهاشمي] إن «الوضع صعب. لكننا نعمل» وأضاف: «نحن\\هنا|معا».\n\
         سطر\tفيه جدول و*نجمة [LOC:دبي]",
    );
    // A direct quote over two sentences, an indirect one stacked on part of it, a quote with no speaker.
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Direct,
        "الوضع صعب. لكننا نعمل",
        Some("قال"),
        Some("كريم_الهاشمي"),
    );
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Indirect,
        "الوضع صعب",
        None,
        Some("كريم_الهاشمي"),
    );
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Direct,
        "نحن\\هنا|معا",
        Some("وأضاف"),
        None,
    );
    let file = check(&doc, &analysis);
    assert!(file.contains("#Text=سطر\\tفيه"), "{file}");
    assert!(file.contains("كريم\\_الهاشمي"), "{file}");
}

#[test]
fn an_empty_document_is_the_header_alone() {
    let (doc, analysis) = annotated("");
    let file = tsv(&doc, &analysis);
    assert_eq!(
        file,
        format!("#FORMAT=WebAnno TSV 3.3\n#T_SP={NE}|value\n#T_SP={QUOTE}|kind|speaker|verb\n\n")
    );
}

#[test]
fn the_format_names_choose_without_guessing() {
    for name in ["webanno-tsv", "tsv", "ctsv3", "INCEpTION"] {
        assert_eq!(name.parse::<Format>().unwrap(), Format::WebannoTsv);
    }
    assert_eq!("w3c".parse::<Format>().unwrap(), Format::WebAnnotation);
    let err = "webanno".parse::<Format>().unwrap_err();
    assert!(matches!(err, ExportError::AmbiguousFormat(_)));
    assert!(err.to_string().contains("webanno-tsv") && err.to_string().contains("w3c"));
}
