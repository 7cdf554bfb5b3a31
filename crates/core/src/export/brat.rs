//! brat standoff: NAME.txt (the text), NAME.ann (annotations, code-point offsets) and annotation.conf.
//!
//! Entity mentions are T lines of their type; a quote is a `Quote` T line, its reporting word a `Cue` T line and
//! its speaker the speaker's entity T line (or a `Speaker` T line), linked by `Said` and `Introduces` R lines.
//! A span crossing a line break becomes a discontinuous span (`start end;start end`), as brat requires.

use crate::analysis::{Analysis, QuoteKind};
use crate::document::Document;
use crate::span::{CharOffsets, Span};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The annotation.conf that declares every type and relation the .ann files use.
pub const ANNOTATION_CONF: &str = "\
# Sahifa brat export: named entities and quoted statements.
[entities]
PER
ORG
LOC
MISC
Quote
Speaker
Cue

[relations]
Said\tArg1:PER|ORG|LOC|MISC|Speaker, Arg2:Quote
Introduces\tArg1:Cue, Arg2:Quote
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
QuoteKind\tArg:Quote, Value:Direct|Indirect
";

/// The three files of a brat export for a document named `name`.
pub fn to_brat(doc: &Document, analysis: &Analysis, name: &str) -> Vec<(String, Vec<u8>)> {
    vec![
        (format!("{name}.txt"), doc.text.clone().into_bytes()),
        (format!("{name}.ann"), to_ann(doc, analysis).into_bytes()),
        (
            "annotation.conf".to_owned(),
            ANNOTATION_CONF.as_bytes().to_vec(),
        ),
    ]
}

/// Writes .ann lines, numbering T, R, A and note lines.
struct Ann<'a> {
    text: &'a str,
    co: CharOffsets,
    out: String,
    t: usize,
    r: usize,
    a: usize,
    notes: usize,
}

impl Ann<'_> {
    /// Adds a T line; `None` when the span covers no visible text.
    fn entity(&mut self, kind: &str, span: Span) -> Option<usize> {
        let fragments = fragments(self.text, span);
        if fragments.is_empty() {
            return None;
        }
        self.t += 1;
        let offsets: Vec<String> = fragments
            .iter()
            .map(|f| {
                let (s, e) = self.co.span(*f);
                format!("{s} {e}")
            })
            .collect();
        let words: Vec<&str> = fragments
            .iter()
            .map(|f| f.get(self.text).unwrap_or(""))
            .collect();
        let _ = writeln!(
            self.out,
            "T{}\t{kind} {}\t{}",
            self.t,
            offsets.join(";"),
            words.join(" ")
        );
        Some(self.t)
    }

    fn relation(&mut self, kind: &str, arg1: usize, arg2: usize) {
        self.r += 1;
        let _ = writeln!(self.out, "R{}\t{kind} Arg1:T{arg1} Arg2:T{arg2}", self.r);
    }

    fn attribute(&mut self, kind: &str, target: usize, value: &str) {
        self.a += 1;
        let _ = writeln!(self.out, "A{}\t{kind} T{target} {value}", self.a);
    }

    fn note(&mut self, target: usize, note: &str) {
        self.notes += 1;
        let note = note.replace(['\n', '\r', '\t'], " ");
        let _ = writeln!(
            self.out,
            "#{}\tAnnotatorNotes T{target}\t{note}",
            self.notes
        );
    }
}

/// The .ann text of a document.
pub fn to_ann(doc: &Document, analysis: &Analysis) -> String {
    let mut ann = Ann {
        text: &doc.text,
        co: CharOffsets::new(&doc.text),
        out: String::new(),
        t: 0,
        r: 0,
        a: 0,
        notes: 0,
    };
    // Mention spans to their T numbers, so a speaker that is a mention links to it.
    let mut by_span: HashMap<Span, usize> = HashMap::new();
    for m in &analysis.mentions {
        let Some(t) = ann.entity(m.label.as_str(), m.span) else {
            continue;
        };
        by_span.insert(m.span, t);
        if let Some(e) = analysis.entities.get(m.entity)
            && e.canonical != doc.slice(m.span)
        {
            ann.note(t, &e.canonical);
        }
    }
    for q in &analysis.quotes {
        let Some(quote) = ann.entity("Quote", q.span) else {
            continue;
        };
        let kind = match q.kind {
            QuoteKind::Direct => "Direct",
            QuoteKind::Indirect => "Indirect",
        };
        ann.attribute("QuoteKind", quote, kind);
        if let Some(cue) = q.cue.and_then(|c| ann.entity("Cue", c)) {
            ann.relation("Introduces", cue, quote);
        }
        if let Some(s) = &q.speaker {
            let speaker = match by_span.get(&s.span) {
                Some(&t) => Some(t),
                None => ann.entity("Speaker", s.span),
            };
            if let Some(speaker) = speaker {
                if doc.slice(s.span) != s.name {
                    ann.note(speaker, &format!("speaker: {}", s.name));
                }
                ann.relation("Said", speaker, quote);
            }
        }
    }
    ann.out
}

/// The parts of `span` between line breaks, each trimmed of surrounding whitespace, empty parts dropped.
fn fragments(text: &str, span: Span) -> Vec<Span> {
    let Some(slice) = span.get(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = span.start;
    for line in slice.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let s = start + lead;
            out.push(Span::new(s, s + trimmed.len()));
        }
        start += line.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_split_at_line_breaks_and_trim() {
        let text = "أ ب\n ج د \n\nهـ";
        let all = Span::new(0, text.len());
        let parts: Vec<&str> = fragments(text, all)
            .iter()
            .map(|f| f.get(text).unwrap())
            .collect();
        assert_eq!(parts, ["أ ب", "ج د", "هـ"]);
        assert!(fragments(text, Span::new(3, 3)).is_empty());
    }
}
