//! Quoted statements: each quote form as an annotated string, and the sample article's gold as a floor.
//!
//! Annotation: `⟨...⟩` is an expected quote's content; `[PER:name]` / `[ORG:name]` a mention handed to the finder
//! (as the entity recogniser would). The first line is the title, lines led by `# ` are headings.

#![allow(clippy::unwrap_used)] // test helpers: a malformed annotation should fail loudly

mod articles;
mod bounds;
mod content;
mod context;
mod cues;
mod holders;
mod marks;
mod sources;
mod subjects;
mod titles;

use sahifa_core::analysis::quotes::find_quotes;
use sahifa_core::analysis::{Entity, EntityLabel, Mention, Quote, Recogniser};
use sahifa_core::document::{Block, BlockKind, Document, Source};
use sahifa_core::span::Span;

struct Case {
    doc: Document,
    expected: Vec<Span>,
    mentions: Vec<Mention>,
    entities: Vec<Entity>,
}

fn case(annotated: &str) -> Case {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut expected = Vec::new();
    let mut mentions = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    for (n, line) in annotated.lines().enumerate() {
        let (kind, line) = match line.strip_prefix("# ") {
            Some(rest) => (BlockKind::Heading, rest),
            None if n == 0 => (BlockKind::Title, line),
            None => (BlockKind::Paragraph, line),
        };
        if n > 0 {
            text.push('\n');
        }
        let start = text.len();
        let mut open: Vec<usize> = Vec::new();
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            if c == '⟨' {
                open.push(text.len());
            } else if c == '⟩' {
                expected.push(Span::new(open.pop().unwrap(), text.len()));
            } else if c == '['
                && let Some((label, after)) = rest[1..].split_once(':')
                && let Some(label) = EntityLabel::parse(label)
            {
                let (name, tail) = after.split_once(']').unwrap();
                let span = Span::new(text.len(), text.len() + name.len());
                text.push_str(name);
                let entity = entities
                    .iter()
                    .position(|e| e.canonical.ends_with(name) || name.ends_with(&e.canonical))
                    .unwrap_or_else(|| {
                        entities.push(Entity {
                            label,
                            canonical: name.to_owned(),
                            mentions: Vec::new(),
                        });
                        entities.len() - 1
                    });
                if name.len() > entities[entity].canonical.len() {
                    name.clone_into(&mut entities[entity].canonical);
                }
                entities[entity].mentions.push(mentions.len());
                mentions.push(Mention {
                    span,
                    label,
                    entity,
                    source: Recogniser::Rule,
                    confidence: 1.0,
                });
                rest = tail;
                continue;
            } else {
                text.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
        blocks.push(Block {
            kind,
            level: match kind {
                BlockKind::Title => 1,
                BlockKind::Heading => 2,
                _ => 0,
            },
            span: Span::new(start, text.len()),
        });
    }
    expected.sort();
    Case {
        doc: Document::new(Source::default(), text, blocks),
        expected,
        mentions,
        entities,
    }
}

fn run(annotated: &str) -> (Case, Vec<Quote>) {
    let c = case(annotated);
    let quotes = find_quotes(&c.doc, &c.mentions, &c.entities);
    (c, quotes)
}

/// Runs the finder and checks the quote spans against the annotation.
fn quotes_of(annotated: &str) -> (Case, Vec<Quote>) {
    let (c, quotes) = run(annotated);
    let found: Vec<&str> = quotes.iter().map(|q| c.doc.slice(q.span)).collect();
    let want: Vec<&str> = c.expected.iter().map(|s| c.doc.slice(*s)).collect();
    assert_eq!(found, want, "quotes in {annotated:?}");
    (c, quotes)
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.name.as_str())
}

fn cue<'a>(c: &'a Case, q: &Quote) -> &'a str {
    q.cue.map_or("", |s| c.doc.slice(s))
}
