//! Plain-text articles: first non-empty line is the title, each other line a paragraph.

use crate::document::{Block, BlockKind, Document, Source};
use crate::span::Span;

pub(super) fn parse(source: Source, input: &str) -> Document {
    let mut text = String::with_capacity(input.len());
    let mut blocks = Vec::new();
    for line in input.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(line);
        let kind = if blocks.is_empty() {
            BlockKind::Title
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block {
            kind,
            level: u8::from(kind == BlockKind::Title),
            span: Span::new(start, text.len()),
        });
    }
    Document::new(source, text, blocks)
}
