//! The HTML export: one self-contained page (fonts, CSS inline, no script, nothing from the network) to read,
//! share and print, with the window's highlights, a legend that toggles them, the outline and the quotes by speaker.
//!
//! Every piece of article text is escaped. Overlapping spans (a quote holding entities, a speaker that is also an
//! entity) nest properly: an element that would cross another is closed and reopened at the boundary.

use super::Filter;
use super::html_css::{stylesheet, toggle_id};
use crate::analysis::{Analysis, EntityLabel, QuoteKind};
use crate::document::{BlockKind, Document};
use crate::span::Span;
use std::fmt::Write as _;

/// Escapes text for element content and (double- or single-quoted) attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The singular Arabic name of an entity type, for tooltips.
fn type_name(label: EntityLabel) -> &'static str {
    match label {
        EntityLabel::Per => "شخص",
        EntityLabel::Org => "منظمة",
        EntityLabel::Loc => "مكان",
        EntityLabel::Misc => "كيان آخر",
    }
}

fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "اقتباس مباشر",
        QuoteKind::Indirect => "كلام منقول",
    }
}

/// What a highlighted piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Quote(usize),
    Speaker(usize),
    Cue(usize),
    Mention(usize),
}

impl Mark {
    /// Among spans with the same extent, lower goes outside.
    const fn depth(self) -> u8 {
        match self {
            Self::Quote(_) => 0,
            Self::Speaker(_) | Self::Cue(_) => 1,
            Self::Mention(_) => 2,
        }
    }
}

/// Renders marks on a document's text.
struct Marks<'a> {
    doc: &'a Document,
    analysis: &'a Analysis,
    /// Every mark with its span, sorted by start.
    all: Vec<(Span, Mark)>,
}

impl<'a> Marks<'a> {
    fn new(doc: &'a Document, analysis: &'a Analysis) -> Self {
        let mut all: Vec<(Span, Mark)> = Vec::new();
        for (i, q) in analysis.quotes.iter().enumerate() {
            all.push((q.span, Mark::Quote(i)));
            if let Some(c) = q.cue {
                all.push((c, Mark::Cue(i)));
            }
            if let Some(s) = &q.speaker {
                all.push((s.span, Mark::Speaker(i)));
            }
        }
        for (i, m) in analysis.mentions.iter().enumerate() {
            all.push((m.span, Mark::Mention(i)));
        }
        all.retain(|(s, _)| !s.is_empty() && s.end <= doc.text.len());
        all.sort_by_key(|(s, m)| (s.start, std::cmp::Reverse(s.end), m.depth()));
        Self { doc, analysis, all }
    }

    /// The opening tag of a mark; `first` is false for a piece reopened after a split (no duplicate id).
    fn open(&self, mark: Mark, first: bool, out: &mut String) {
        let a = self.analysis;
        match mark {
            Mark::Mention(i) => {
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
            Mark::Quote(i) => {
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
            Mark::Speaker(i) => {
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
            Mark::Cue(i) => {
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

    /// The escaped, marked-up content of `block` (marks clipped to it).
    fn render(&self, block: Span, out: &mut String) {
        let text = &self.doc.text;
        // Marks overlapping the block, clipped; `first` tells whether the block holds the mark's real start.
        let marks: Vec<(Span, Mark, bool)> = self
            .all
            .iter()
            .filter(|(s, _)| s.overlaps(block))
            .map(|&(s, m)| {
                let clipped = Span::new(s.start.max(block.start), s.end.min(block.end));
                (clipped, m, s.start >= block.start)
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
                    out.push_str("</span>");
                    if marks[i].0.end > p {
                        reopen.push(i);
                    }
                }
            }
            reopen.sort_by_key(|&i| (std::cmp::Reverse(marks[i].0.end), marks[i].1.depth(), i));
            for i in reopen {
                let (_, mark, first_here) = marks[i];
                self.open(mark, first_here && !started[i], out);
                started[i] = true;
                stack.push(i);
            }
            if let Some(&end) = bounds.get(k + 1) {
                out.push_str(&escape(text.get(p..end).unwrap_or("")));
            }
        }
        for _ in stack {
            out.push_str("</span>");
        }
    }
}

/// The first words of a quote, for the list of quotes by speaker.
fn first_words(s: &str, words: usize) -> String {
    let all: Vec<&str> = s.split_whitespace().collect();
    if all.len() <= words {
        all.join(" ")
    } else {
        format!("{}…", all.get(..words).unwrap_or_default().join(" "))
    }
}

/// Renders the table of contents: sections as nested lists of links.
fn toc(doc: &Document, out: &mut String) {
    fn list(doc: &Document, items: &[usize], out: &mut String) {
        out.push_str("<ol>");
        for &i in items {
            let _ = write!(
                out,
                "<li><a href=\"#sec-{i}\">{}</a>",
                escape(doc.section_title(i))
            );
            if let Some(s) = doc.sections.get(i)
                && !s.children.is_empty()
            {
                list(doc, &s.children, out);
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }
    let roots: Vec<usize> = (0..doc.sections.len())
        .filter(|&i| doc.sections.get(i).is_some_and(|s| s.parent.is_none()))
        .collect();
    if roots.is_empty() {
        return;
    }
    out.push_str("<nav class=\"toc\" aria-label=\"المحتويات\"><h2>المحتويات</h2>");
    list(doc, &roots, out);
    out.push_str("</nav>\n");
}

/// The legend: one toggle per entity type present and one for quotes, with counts.
fn legend(analysis: &Analysis, out: &mut String) {
    out.push_str("<header class=\"legend\" aria-label=\"مفتاح الألوان\"><h2>مفتاح الألوان</h2>");
    for label in EntityLabel::ALL {
        let n = analysis
            .mentions
            .iter()
            .filter(|m| m.label == label)
            .count();
        let _ = write!(
            out,
            "<label for=\"{}\" class=\"ent-{}\">{} <span class=\"count\">({n})</span></label>",
            toggle_id(Some(label)),
            label.as_str(),
            label.arabic_name()
        );
    }
    let _ = writeln!(
        out,
        "<label for=\"{}\" class=\"q\">اقتباسات <span class=\"count\">({})</span></label>\
         <span class=\"hint\">اضغط لإظهار نوع أو إخفائه</span></header>",
        toggle_id(None),
        analysis.quotes.len()
    );
}

/// The quotes grouped by speaker, in order of first appearance, each linking to its place in the text.
fn quotes_by_speaker(doc: &Document, analysis: &Analysis, out: &mut String) {
    if analysis.quotes.is_empty() {
        return;
    }
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        let name = q
            .speaker
            .as_ref()
            .map_or_else(|| "متكلم غير معروف".to_owned(), |s| s.name.clone());
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) => list.push(i),
            None => groups.push((name, vec![i])),
        }
    }
    out.push_str(
        "<aside class=\"quotes-by-speaker\" aria-label=\"الاقتباسات حسب المتكلم\">\
         <h2>الاقتباسات حسب المتكلم</h2>",
    );
    for (name, list) in groups {
        let _ = write!(
            out,
            "<section><h3>{} ({})</h3><ol>",
            escape(&name),
            list.len()
        );
        for i in list {
            let Some(q) = analysis.quotes.get(i) else {
                continue;
            };
            let _ = write!(
                out,
                "<li><a href=\"#q-{i}\">{}</a> <span class=\"kind\">{}</span></li>",
                escape(&first_words(doc.slice(q.span), 12)),
                kind_name(q.kind)
            );
        }
        out.push_str("</ol></section>");
    }
    out.push_str("</aside>\n");
}

/// The article blocks, headings anchored for the table of contents, list items grouped.
fn article(doc: &Document, analysis: &Analysis, filter: &Filter, out: &mut String) {
    let marks = Marks::new(doc, analysis);
    let dimmed = |span: Span| {
        filter.entity.is_some_and(|e| {
            !analysis
                .mentions
                .iter()
                .any(|m| m.entity == e && span.overlaps(m.span))
        })
    };
    out.push_str("<main><article>\n");
    let mut in_list = false;
    for (b, block) in doc.blocks.iter().enumerate() {
        if in_list && block.kind != BlockKind::Item {
            out.push_str("</ul>\n");
            in_list = false;
        }
        let class = if dimmed(block.span) {
            " class=\"dim\""
        } else {
            ""
        };
        let section = doc.sections.iter().position(|s| s.block == b);
        let id = section.map_or_else(String::new, |s| format!(" id=\"sec-{s}\""));
        let (open, close) = match block.kind {
            BlockKind::Title => ("<h1".to_owned(), "</h1>".to_owned()),
            BlockKind::Heading => {
                let level = block.level.clamp(2, 6);
                (format!("<h{level}"), format!("</h{level}>"))
            }
            BlockKind::Paragraph => ("<p".to_owned(), "</p>".to_owned()),
            BlockKind::Quote => ("<blockquote".to_owned(), "</blockquote>".to_owned()),
            BlockKind::Item => {
                if !in_list {
                    out.push_str("<ul>");
                    in_list = true;
                }
                ("<li".to_owned(), "</li>".to_owned())
            }
        };
        let _ = write!(out, "{open}{id}{class} dir=\"auto\">");
        marks.render(block.span, out);
        out.push_str(&close);
        out.push('\n');
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n");
    quotes_by_speaker(doc, analysis, out);
    out.push_str("</main>\n");
}

/// The whole page. `analysis` is already narrowed by `filter`; the filter's entity choice also dims blocks.
pub fn to_html(doc: &Document, analysis: &Analysis, filter: &Filter) -> String {
    let mut out = String::with_capacity(doc.text.len() * 3 + 400_000);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; \
         font-src data:; img-src data:\">\n<meta name=\"generator\" content=\"Sahifa {}\">\n<title>{}</title>\n\
         <style>\n{}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(doc.title()),
        stylesheet()
    );
    for label in EntityLabel::ALL.map(Some).into_iter().chain([None]) {
        let _ = writeln!(
            out,
            "<input type=\"checkbox\" class=\"toggle\" id=\"{}\" checked>",
            toggle_id(label)
        );
    }
    out.push_str("<div class=\"page\">\n");
    legend(analysis, &mut out);
    toc(doc, &mut out);
    article(doc, analysis, filter, &mut out);
    let _ = write!(
        out,
        "<footer>{} — صدّره صحيفة (Sahifa)</footer>\n</div>\n</body>\n</html>\n",
        escape(&doc.source.name)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Mention, Quote, Recogniser, Speaker};

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
        };
        let d = doc(text);
        let marks = Marks::new(&d, &analysis);
        let mut out = String::new();
        marks.render(Span::new(0, text.len()), &mut out);
        assert_eq!(
            structure(&out),
            "<span class=\"cue\">قال</span> \
             <span class=\"spk\"><span class=\"ent ent-PER\">أحمد </span></span>\
             <span class=\"q q-indirect\" id=\"q-0\"><span class=\"spk\"><span class=\"ent ent-PER\">علي</span></span> \
             إن الخبر صحيح</span>"
        );
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            escape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
    }

    #[test]
    fn first_words_cut_long_quotes() {
        assert_eq!(first_words("أ ب ج د", 2), "أ ب…");
        assert_eq!(first_words("أ  ب", 2), "أ ب");
    }
}
