//! Shared helpers for the export tests: documents and analyses written as annotated strings.
//!
//! `"أكد [PER:سامي منصور] أن"` becomes the text "أكد سامي منصور أن" with a PER mention over the name.
//! Lines are blocks: the first is the title, a line starting with "## " a heading, the others paragraphs.

#![allow(dead_code, clippy::expect_used)] // each test file uses some helpers; a bad fixture panics

use sahifa_core::analysis::{
    Analysis, Entity, EntityLabel, Mention, Quote, QuoteKind, Recogniser, Speaker,
};
use sahifa_core::document::{Block, BlockKind, Document, Source};
use sahifa_core::span::Span;

/// Parses an annotated string into a document and its entity mentions (one cluster per distinct name).
pub fn annotated(source: &str) -> (Document, Analysis) {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut mentions: Vec<(Span, EntityLabel)> = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if n > 0 {
            text.push('\n');
        }
        let (kind, level, body) = if n == 0 {
            (BlockKind::Title, 1, line)
        } else if let Some(h) = line.strip_prefix("## ") {
            (BlockKind::Heading, 2, h)
        } else {
            (BlockKind::Paragraph, 0, line)
        };
        let start = text.len();
        let mut rest = body;
        while let Some(open) = rest.find('[') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find(']').expect("unclosed [");
            let (label, name) = after[..close].split_once(':').expect("[LABEL:name]");
            let s = text.len();
            text.push_str(name);
            mentions.push((
                Span::new(s, text.len()),
                EntityLabel::parse(label).expect("label"),
            ));
            rest = &after[close + 1..];
        }
        text.push_str(rest);
        blocks.push(Block {
            kind,
            level,
            span: Span::new(start, text.len()),
        });
    }
    let mut entities: Vec<Entity> = Vec::new();
    let mut out = Vec::new();
    for (i, (span, label)) in mentions.into_iter().enumerate() {
        let name = text[span.range()].to_owned();
        let entity = if let Some(e) = entities.iter().position(|e| e.canonical == name) {
            e
        } else {
            entities.push(Entity {
                label,
                canonical: name,
                mentions: Vec::new(),
            });
            entities.len() - 1
        };
        entities[entity].mentions.push(i);
        out.push(Mention {
            span,
            label,
            entity,
            source: Recogniser::Rule,
            confidence: 0.75,
        });
    }
    let doc = Document::new(
        Source {
            name: "test.txt".into(),
            path: None,
            format: "plain",
            encoding: "UTF-8",
        },
        text,
        blocks,
    );
    let analysis = Analysis {
        mentions: out,
        entities,
        quotes: Vec::new(),
        warnings: Vec::new(),
    };
    (doc, analysis)
}

/// The span of the `nth` occurrence (0-based) of `needle` in `text`.
pub fn find(text: &str, needle: &str, nth: usize) -> Span {
    let (start, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    Span::new(start, start + needle.len())
}

/// Adds a quote whose content, cue and speaker are the first occurrences of the given strings; the speaker links
/// to the entity whose canonical name is `speaker`, when there is one.
pub fn add_quote(
    doc: &Document,
    analysis: &mut Analysis,
    kind: QuoteKind,
    content: &str,
    cue: Option<&str>,
    speaker: Option<&str>,
) {
    let text = &doc.text;
    let quote = Quote {
        kind,
        span: find(text, content, 0),
        cue: cue.map(|c| find(text, c, 0)),
        speaker: speaker.map(|s| Speaker {
            name: s.to_owned(),
            span: find(text, s, 0),
            entity: analysis.entities.iter().position(|e| e.canonical == s),
        }),
    };
    analysis.quotes.push(quote);
    analysis.quotes.sort_by_key(|q| q.span.start);
}

/// A small article with multi-byte letters, an astral-plane character, mentions, a direct and an indirect quote.
pub fn sample() -> (Document, Analysis) {
    let (doc, mut analysis) = annotated(
        "[LOC:مصر] تتطلع إلى الحوار 🌍 مع [LOC:باريس]\n\
         أكد وزير الخارجية [PER:سامي منصور] أن بلاده تريد الحوار مع [LOC:الاتحاد الأوروبي].\n\
         ## العقوبات والرحلات: شرط أساسي\n\
         وقال [PER:منصور]: «لن نقبل بشروط [ORG:مصر للطيران] ولا غيرها» في [LOC:القاهرة] يوم 2015.\n\
         وأضاف أن الرحلات الجوية المباشرة تنتظر رفع العقوبات.",
    );
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Indirect,
        "بلاده تريد الحوار مع الاتحاد الأوروبي",
        Some("أكد"),
        Some("سامي منصور"),
    );
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Direct,
        "لن نقبل بشروط مصر للطيران ولا غيرها",
        Some("وقال"),
        Some("منصور"),
    );
    add_quote(
        &doc,
        &mut analysis,
        QuoteKind::Indirect,
        "الرحلات الجوية المباشرة تنتظر رفع العقوبات",
        Some("وأضاف"),
        Some("سامي منصور"),
    );
    (doc, analysis)
}

/// The code points `start..end` of `text`.
pub fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
