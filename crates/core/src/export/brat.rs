//! brat standoff: NAME.txt (the text), NAME.ann (annotations, code-point offsets), annotation.conf and
//! visual.conf (right-to-left text, the theme's colours, Arabic and English labels).
//!
//! Entity mentions are T lines of their type; a quote is a `Quote` T line, its reporting word a `Cue` T line and
//! its speaker the speaker's entity T line (or a `Speaker` T line), linked by `Said` and `Introduces` R lines.
//! A span crossing a line break becomes a discontinuous span (`start end;start end`), as brat requires.
//!
//! brat's rules, kept here: one T line per type and span (a speaker of several quotes is one `Speaker` line),
//! one R line per relation type and arguments, and at most one `AnnotatorNotes` line per T line (distinct notes
//! joined with " | ").

use crate::analysis::{Analysis, QuoteKind};
use crate::document::Document;
use crate::span::{CharOffsets, Span};
use crate::theme::{LIGHT, Rgba};
use std::collections::{BTreeMap, HashMap, HashSet};
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

/// Every annotation type of the export with its Arabic and English names and its colour in the light theme.
const TYPES: [(&str, &str, &str); 7] = [
    ("PER", "شخص", "Person"),
    ("ORG", "منظمة", "Organisation"),
    ("LOC", "مكان", "Location"),
    ("MISC", "كيان آخر", "Other"),
    ("Quote", "اقتباس", "Quote"),
    ("Speaker", "المتكلم", "Speaker"),
    ("Cue", "فعل القول", "Cue"),
];

/// The colour a type is drawn with: the window's light palette.
fn colour(kind: &str) -> Rgba {
    match kind {
        "PER" => LIGHT.person,
        "ORG" => LIGHT.organization,
        "LOC" => LIGHT.location,
        "MISC" => LIGHT.misc,
        "Quote" => LIGHT.quote,
        "Speaker" | "Said" => LIGHT.speaker,
        _ => LIGHT.cue,
    }
}

/// visual.conf: right-to-left text (brat draws Arabic left to right without it), labels in Arabic and English,
/// and the theme's colours. Speaker and cue colours are dark, so their labels are drawn in white.
pub fn visual_conf() -> String {
    let mut out = String::from(
        "# Sahifa brat export: how brat draws the annotations.\n[options]\nText direction:rtl\n\n[labels]\n",
    );
    for (kind, arabic, english) in TYPES {
        let _ = writeln!(out, "{kind} | {arabic} ({english}) | {arabic} | {kind}");
    }
    out.push_str("Said | قال (Said) | قال\nIntroduces | يقدّم (Introduces) | يقدّم\n\n[drawing]\n");
    out.push_str(
        "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n\
         ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n",
    );
    for (kind, _, _) in TYPES {
        let fg = if matches!(kind, "Speaker" | "Cue") {
            "white"
        } else {
            "black"
        };
        let _ = writeln!(
            out,
            "{kind}\tfgColor:{fg}, bgColor:{}, borderColor:darken",
            colour(kind).css()
        );
    }
    for arc in ["Said", "Introduces"] {
        let _ = writeln!(
            out,
            "{arc}\tcolor:{}, arrowHead:triangle-5",
            colour(arc).css()
        );
    }
    out
}

/// The files of a brat export for a document named `name`: text, annotations, annotation.conf, visual.conf.
pub fn to_brat(doc: &Document, analysis: &Analysis, name: &str) -> Vec<(String, Vec<u8>)> {
    vec![
        (format!("{name}.txt"), doc.text.clone().into_bytes()),
        (format!("{name}.ann"), to_ann(doc, analysis).into_bytes()),
        (
            "annotation.conf".to_owned(),
            ANNOTATION_CONF.as_bytes().to_vec(),
        ),
        ("visual.conf".to_owned(), visual_conf().into_bytes()),
    ]
}

/// Writes .ann lines, numbering T, R, A and note lines.
struct Ann<'a> {
    text: &'a str,
    co: CharOffsets<'a>,
    out: String,
    t: usize,
    r: usize,
    a: usize,
    /// T number of each (type, span) written, so a span is never written twice with one type.
    written: HashMap<(&'static str, Span), Option<usize>>,
    relations: HashSet<(&'static str, usize, usize)>,
    /// Distinct notes per T number, written after the annotations.
    notes: BTreeMap<usize, Vec<String>>,
}

impl Ann<'_> {
    /// The T line of `kind` over `span`, added unless already written; `None` when the span covers no visible text.
    fn entity(&mut self, kind: &'static str, span: Span) -> Option<usize> {
        if let Some(&t) = self.written.get(&(kind, span)) {
            return t;
        }
        let t = self.new_entity(kind, span);
        self.written.insert((kind, span), t);
        t
    }

    fn new_entity(&mut self, kind: &str, span: Span) -> Option<usize> {
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

    fn relation(&mut self, kind: &'static str, arg1: usize, arg2: usize) {
        if !self.relations.insert((kind, arg1, arg2)) {
            return;
        }
        self.r += 1;
        let _ = writeln!(self.out, "R{}\t{kind} Arg1:T{arg1} Arg2:T{arg2}", self.r);
    }

    fn attribute(&mut self, kind: &str, target: usize, value: &str) {
        self.a += 1;
        let _ = writeln!(self.out, "A{}\t{kind} T{target} {value}", self.a);
    }

    fn note(&mut self, target: usize, note: &str) {
        let note = note.replace(['\n', '\r', '\t'], " ");
        let list = self.notes.entry(target).or_default();
        if !list.contains(&note) {
            list.push(note);
        }
    }

    /// The .ann text: annotations, then one AnnotatorNotes line per annotated T line.
    fn finish(mut self) -> String {
        for (n, (target, notes)) in self.notes.iter().enumerate() {
            let _ = writeln!(
                self.out,
                "#{}\tAnnotatorNotes T{target}\t{}",
                n + 1,
                notes.join(" | ")
            );
        }
        self.out
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
        written: HashMap::new(),
        relations: HashSet::new(),
        notes: BTreeMap::new(),
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
        let first = !ann.written.contains_key(&("Quote", q.span));
        let Some(quote) = ann.entity("Quote", q.span) else {
            continue;
        };
        if !first {
            // The same span given twice: brat takes one Quote there, with the first one's kind.
            continue;
        }
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
    ann.finish()
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
