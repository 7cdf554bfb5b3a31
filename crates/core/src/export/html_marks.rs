//! Highlights on the article text for the HTML export: escaped text split at every span boundary, with elements
//! nested properly where spans overlap or cross (a quote holding entities, a speaker that is also an entity).

use super::html::{escape, kind_name, short_name, type_name};
use crate::analysis::{Analysis, QuoteKind};
use crate::document::Document;
use crate::filter::{self, Highlight, Mark};
use crate::span::Span;
use std::fmt::Write as _;

/// The tags a markup language writes around highlights (HTML spans here, TEI elements in tei.rs).
pub(super) trait Markup {
    /// The opening tag of a mark; `first` is false for a piece reopened after a split (no duplicate id).
    fn open(&self, h: Highlight, first: bool, out: &mut String);
    /// The closing tag of a mark.
    fn close(&self, h: Highlight, out: &mut String);
    /// Written after a mark's piece ending at `end` is closed for good.
    fn after(&self, _h: Highlight, _end: usize, _out: &mut String) {}
}

/// Renders marks on a document's text.
pub(super) struct Marks<'a> {
    doc: &'a Document,
    analysis: &'a Analysis,
    /// Every highlight, in opening order ([`filter::highlights`]).
    all: Vec<Highlight>,
    /// For each block, the indices into `all` of the marks overlapping it, by start.
    by_block: Vec<Vec<usize>>,
}

impl<'a> Marks<'a> {
    /// The marks of everything `analysis` holds (an export narrows the analysis with [`filter::Filter::apply`]
    /// first, so this is the window's highlight list for the same filter).
    pub(super) fn new(doc: &'a Document, analysis: &'a Analysis) -> Self {
        let all = filter::highlights(doc, analysis, &filter::Filter::default());
        let mut by_block = vec![Vec::new(); doc.blocks.len()];
        for (k, Highlight { span, .. }) in all.iter().enumerate() {
            let (Some(first), Some(last)) = (
                doc.block_at(span.start),
                doc.block_at(span.end.saturating_sub(1)),
            ) else {
                continue;
            };
            for b in first..=last {
                if let Some(list) = by_block.get_mut(b)
                    && doc.blocks.get(b).is_some_and(|bl| bl.span.overlaps(*span))
                {
                    list.push(k);
                }
            }
        }
        Self {
            doc,
            analysis,
            all,
            by_block,
        }
    }

    /// The opening HTML tag of a mark; `first` is false for a piece reopened after a split (no duplicate id).
    fn open_span(&self, h: Highlight, first: bool, out: &mut String) {
        let a = self.analysis;
        let i = h.index;
        match h.mark {
            Mark::Entity(_) => {
                let Some(m) = a.mentions.get(i) else { return };
                let canonical = a
                    .entities
                    .get(m.entity)
                    .map_or_else(|| self.doc.slice(m.span), |e| e.canonical.as_str());
                let title = format!("{} ({}): {canonical}", type_name(m.label), m.label.as_str());
                let _ = write!(
                    out,
                    "<span class=\"ent ent-{}\" title=\"{}\">",
                    m.label.as_str(),
                    escape(&title)
                );
            }
            Mark::Quote => {
                let Some(q) = a.quotes.get(i) else { return };
                let mut title = kind_name(q.kind).to_owned();
                if let Some(s) = &q.speaker {
                    let _ = write!(title, " — المتكلم: {}", s.name);
                }
                if let Some(c) = q.cue {
                    let _ = write!(title, " — الفعل: {}", self.doc.slice(c));
                }
                let id = if first {
                    format!(" id=\"q-{i}\"")
                } else {
                    String::new()
                };
                let kind = match q.kind {
                    QuoteKind::Direct => "direct",
                    QuoteKind::Indirect => "indirect",
                };
                let _ = write!(
                    out,
                    "<span class=\"q q-{kind}\"{id} title=\"{}\">",
                    escape(&title)
                );
            }
            Mark::Speaker => {
                let name = a
                    .quotes
                    .get(i)
                    .and_then(|q| q.speaker.as_ref())
                    .map_or("", |s| s.name.as_str());
                let _ = write!(
                    out,
                    "<span class=\"spk\" title=\"{}\">",
                    escape(&format!("المتكلم: {name}"))
                );
            }
            Mark::Cue => {
                let cue = a
                    .quotes
                    .get(i)
                    .and_then(|q| q.cue)
                    .map_or("", |c| self.doc.slice(c));
                let _ = write!(
                    out,
                    "<span class=\"cue\" title=\"{}\">",
                    escape(&format!("فعل القول: {cue}"))
                );
            }
        }
    }

    /// The escaped, HTML-marked content of block number `b` (marks clipped to it).
    pub(super) fn render(&self, b: usize, out: &mut String) {
        self.render_with(b, self, out);
    }

    /// The escaped content of block number `b` with marks written by `markup`, nested properly.
    pub(super) fn render_with(&self, b: usize, markup: &impl Markup, out: &mut String) {
        let text = &self.doc.text;
        let Some(block) = self.doc.blocks.get(b).map(|bl| bl.span) else {
            return;
        };
        // Marks overlapping the block, clipped; `first` tells whether the block holds the mark's real start.
        let marks: Vec<(Span, Highlight, bool)> = self
            .by_block
            .get(b)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&k| self.all.get(k))
            .map(|&h| {
                let s = h.span;
                let clipped = Span::new(s.start.max(block.start), s.end.min(block.end));
                (clipped, h, s.start >= block.start)
            })
            .collect();
        let mut bounds: Vec<usize> = marks
            .iter()
            .flat_map(|(s, _, _)| [s.start, s.end])
            .collect();
        bounds.push(block.start);
        bounds.push(block.end);
        bounds.sort_unstable();
        bounds.dedup();
        // Open marks as indices into `marks`, outermost first.
        let mut stack: Vec<usize> = Vec::new();
        let mut started = vec![false; marks.len()];
        let mut next = 0;
        for (k, &p) in bounds.iter().enumerate() {
            // Marks starting here, and the furthest end among them.
            let mut reopen: Vec<usize> = Vec::new();
            let mut reach = p + 1;
            while next < marks.len() && marks[next].0.start <= p {
                if marks[next].0.end > p {
                    reopen.push(next);
                    reach = reach.max(marks[next].0.end);
                }
                next += 1;
            }
            // Close what ends here, and what ends before a starting mark does (so the longer one goes outside);
            // anything above it on the stack is closed too, and what has not ended is reopened below.
            if let Some(lowest) = stack.iter().position(|&i| marks[i].0.end < reach) {
                while stack.len() > lowest {
                    let Some(i) = stack.pop() else { break };
                    markup.close(marks[i].1, out);
                    if marks[i].0.end > p {
                        reopen.push(i);
                    } else {
                        markup.after(marks[i].1, marks[i].0.end, out);
                    }
                }
            }
            reopen.sort_by_key(|&i| {
                (
                    std::cmp::Reverse(marks[i].0.end),
                    marks[i].1.mark.depth(),
                    i,
                )
            });
            for i in reopen {
                let (_, mark, first_here) = marks[i];
                markup.open(mark, first_here && !started[i], out);
                started[i] = true;
                stack.push(i);
            }
            if let Some(&end) = bounds.get(k + 1) {
                out.push_str(&escape(text.get(p..end).unwrap_or("")));
            }
        }
        while let Some(i) = stack.pop() {
            markup.close(marks[i].1, out);
            markup.after(marks[i].1, marks[i].0.end, out);
        }
    }
}

impl Markup for Marks<'_> {
    fn open(&self, h: Highlight, first: bool, out: &mut String) {
        self.open_span(h, first, out);
    }

    fn close(&self, _h: Highlight, out: &mut String) {
        out.push_str("</span>");
    }

    fn after(&self, h: Highlight, end: usize, out: &mut String) {
        Self::chip(h, end, out);
    }
}

impl Marks<'_> {
    /// The type chip written after an entity highlight where it really ends (`end` is where its piece ends), so
    /// its type never depends on colour alone; hidden on screen unless asked for, shown in print (html_css).
    fn chip(h: Highlight, end: usize, out: &mut String) {
        if let Mark::Entity(label) = h.mark
            && h.span.end == end
        {
            let _ = write!(
                out,
                "<span class=\"chip chip-{}\" aria-hidden=\"true\">{}</span>",
                label.as_str(),
                short_name(label)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{EntityLabel, Mention, Quote, Recogniser, Speaker};
    use crate::document::BlockKind;

    fn doc(text: &str) -> Document {
        use crate::document::{Block, Source};
        let block = Block {
            kind: BlockKind::Paragraph,
            level: 0,
            span: Span::new(0, text.len()),
        };
        Document::new(Source::default(), text.to_owned(), vec![block])
    }

    fn at(text: &str, s: &str) -> Span {
        let start = text.find(s).unwrap();
        Span::new(start, start + s.len())
    }

    /// Strips the title attributes so tests read the structure.
    fn structure(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find(" title=\"") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 8..];
            rest = &after[after.find('"').unwrap() + 1..];
        }
        out.push_str(rest);
        // Chips are checked in tests/export_html.rs.
        while let Some(i) = out.find("<span class=\"chip") {
            let end = out[i..].find("</span>").unwrap() + i + "</span>".len();
            out.replace_range(i..end, "");
        }
        out
    }

    #[test]
    fn crossing_spans_are_split_and_reopened() {
        let text = "قال أحمد علي إن الخبر صحيح";
        // The quote starts inside the entity: the entity is closed at the quote's start and reopened inside it.
        let analysis = Analysis {
            mentions: vec![Mention {
                span: at(text, "أحمد علي"),
                label: EntityLabel::Per,
                entity: 0,
                source: Recogniser::Rule,
                confidence: 1.0,
            }],
            entities: Vec::new(),
            quotes: vec![Quote {
                kind: QuoteKind::Indirect,
                span: Span::new(at(text, "علي").start, text.len()),
                cue: Some(at(text, "قال")),
                speaker: Some(Speaker {
                    name: "أحمد علي".into(),
                    span: at(text, "أحمد علي"),
                    entity: Some(0),
                }),
            }],
            warnings: Vec::new(),
        };
        let d = doc(text);
        let marks = Marks::new(&d, &analysis);
        let mut out = String::new();
        marks.render(0, &mut out);
        assert_eq!(
            structure(&out),
            "<span class=\"cue\">قال</span> \
             <span class=\"spk\"><span class=\"ent ent-PER\">أحمد </span></span>\
             <span class=\"q q-indirect\" id=\"q-0\"><span class=\"spk\"><span class=\"ent ent-PER\">علي</span></span> \
             إن الخبر صحيح</span>"
        );
    }

    #[test]
    fn a_speaker_resolved_from_another_paragraph_is_not_underlined_there() {
        use crate::document::{Block, Source};
        let text = "قال سامي منصور إن الخبر صحيح\nوأضاف أن الأمر انتهى";
        let first = text.find('\n').unwrap();
        let blocks = vec![
            Block {
                kind: BlockKind::Paragraph,
                level: 0,
                span: Span::new(0, first),
            },
            Block {
                kind: BlockKind::Paragraph,
                level: 0,
                span: Span::new(first + 1, text.len()),
            },
        ];
        let d = Document::new(Source::default(), text.to_owned(), blocks);
        let name = at(text, "سامي منصور");
        let analysis = Analysis {
            mentions: Vec::new(),
            entities: Vec::new(),
            quotes: vec![Quote {
                kind: QuoteKind::Indirect,
                span: at(text, "الأمر انتهى"),
                cue: Some(at(text, "وأضاف")),
                speaker: Some(Speaker {
                    name: "سامي منصور".into(),
                    span: name,
                    entity: None,
                }),
            }],
            warnings: Vec::new(),
        };
        let marks = Marks::new(&d, &analysis);
        let mut out = String::new();
        marks.render(0, &mut out);
        assert_eq!(out, "قال سامي منصور إن الخبر صحيح");
        out.clear();
        marks.render(1, &mut out);
        assert!(out.contains("المتكلم: سامي منصور"), "{out}");
    }
}
