//! The layout as JSON (docs/LAYOUT_JSON.md): what `sahifa layout --json` prints, for comparison with a browser.

use super::document::{DocumentLayout, LayoutParams};
use super::fonts::ArticleFont;
use super::measure::HeadlessFonts;
use super::paragraph::Line;
use sahifa_core::document::Document;
use sahifa_core::span::CharOffsets;
use serde::Serialize;
use std::collections::HashMap;

/// The whole document's layout.
#[derive(Debug, Serialize)]
pub struct LayoutJson<'a> {
    pub width: f32,
    pub font_size: f32,
    pub font: &'static str,
    pub text: &'a str,
    pub paragraphs: Vec<ParagraphJson>,
}

/// One block.
#[derive(Debug, Serialize)]
pub struct ParagraphJson {
    pub start: usize,
    pub end: usize,
    pub direction: &'static str,
    pub kind: &'static str,
    pub font_size: f32,
    pub lines: Vec<LineJson>,
}

/// One line: its words left to right.
#[derive(Debug, Serialize)]
pub struct LineJson {
    pub y: f32,
    pub words: Vec<WordJson>,
}

/// One whitespace-delimited word (all its bidi pieces), in code points and points.
#[derive(Debug, Serialize)]
pub struct WordJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub x: f32,
    pub w: f32,
}

/// Builds the JSON model of `layout` (blocks not laid out are skipped: call `ensure_all` first).
pub fn layout_json<'a>(doc: &'a Document, layout: &DocumentLayout) -> LayoutJson<'a> {
    let offsets = CharOffsets::new(&doc.text);
    let params = layout.params();
    let mut paragraphs = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        let Some(para) = layout.paragraph(i) else {
            continue;
        };
        let (start, end) = offsets.span(block.span);
        paragraphs.push(ParagraphJson {
            start,
            end,
            direction: para.direction.as_str(),
            kind: block.kind.as_str(),
            font_size: para.font_size,
            lines: para
                .lines
                .iter()
                .map(|line| LineJson {
                    y: line.y,
                    words: line_words(doc, &offsets, line),
                })
                .collect(),
        });
    }
    LayoutJson {
        width: params.width,
        font_size: params.font_size,
        font: params.font.file_name(),
        text: &doc.text,
        paragraphs,
    }
}

/// The words of a line in visual order: the pieces of one word merged into one box.
fn line_words(doc: &Document, offsets: &CharOffsets, line: &Line) -> Vec<WordJson> {
    // (word index, start byte, end byte, left, right); `seen` finds a word's entry in constant time, so a
    // line of thousands of words (a very wide line) stays linear.
    let mut words: Vec<(u32, usize, usize, f32, f32)> = Vec::new();
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for piece in &line.pieces {
        let Some(w) = piece.word else {
            continue;
        };
        if let Some(entry) = seen.get(&w).and_then(|&k| words.get_mut(k)) {
            entry.1 = entry.1.min(piece.span.start);
            entry.2 = entry.2.max(piece.span.end);
            entry.3 = entry.3.min(piece.x);
            entry.4 = entry.4.max(piece.right());
        } else {
            seen.insert(w, words.len());
            words.push((w, piece.span.start, piece.span.end, piece.x, piece.right()));
        }
    }
    words.sort_by(|a, b| a.3.total_cmp(&b.3));
    words
        .into_iter()
        .map(|(_, s, e, left, right)| {
            let (start, end) = offsets.span(sahifa_core::span::Span::new(s, e));
            WordJson {
                text: doc.slice(sahifa_core::span::Span::new(s, e)).to_owned(),
                start,
                end,
                x: round2(left),
                w: round2(right - left),
            }
        })
        .collect()
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}
/// The layout of `doc` as pretty JSON (the same code path as the reader view).
pub fn layout_document_json(
    doc: &Document,
    width: f32,
    font_size: f32,
    font: ArticleFont,
) -> serde_json::Result<String> {
    let mut fonts = HeadlessFonts::new(font);
    let params = LayoutParams {
        width,
        font_size,
        font,
    };
    let mut layout = DocumentLayout::new(doc, params, &mut fonts);
    layout.ensure_all(doc, &mut fonts);
    serde_json::to_string_pretty(&layout_json(doc, &layout))
}
