//! The reader's layout of whatever loads, at a width (100 to 2000 points), body size (10 to 40 points) and bundled
//! font taken from the input's first bytes: no panic; every block is laid out; lines run in order inside their
//! block; every character but the spaces between words is on exactly one word piece; the `sahifa layout` JSON
//! words name their text.
#![no_main]

#[path = "../../crates/core/tests/invariants/mod.rs"]
mod invariants;

use invariants::check_span;
use libfuzzer_sys::fuzz_target;
use sahifa_core::document::Document;
use sahifa_core::span::{OffsetUnit, Span};
use sahifa_layout::json::layout_json;
use sahifa_layout::paragraph::is_break_space;
use sahifa_layout::{ArticleFont, DocumentLayout, HeadlessFonts, LayoutParams};

fuzz_target!(|data: &[u8]| {
    let Some((&[choice, w0, w1, size], bytes)) = data.split_first_chunk::<4>() else {
        return;
    };
    if bytes.len() > invariants::MAX_INPUT {
        return;
    }
    let Some(doc) = invariants::load(bytes, choice) else {
        return;
    };
    let params = LayoutParams {
        width: 100.0 + f32::from(u16::from_le_bytes([w0, w1]) % 1901),
        font_size: 10.0 + f32::from(size % 31),
        font: ArticleFont::ALL[usize::from(size >> 7)],
    };
    // Fresh fonts each run, as `sahifa layout` has: a finding then replays from its input alone.
    let mut fonts = HeadlessFonts::new(params.font);
    let mut layout = DocumentLayout::new(&doc, params, &mut fonts);
    layout.ensure_all(&doc, &mut fonts);
    check_layout(&doc, &layout);
    for p in layout_json(&doc, &layout).paragraphs {
        for line in p.lines {
            for w in line.words {
                let named = invariants::slice_in(&doc.text, OffsetUnit::CodePoints, w.start, w.end);
                assert_eq!(named.as_deref(), Some(w.text.as_str()), "layout JSON word");
                assert!(
                    w.x.is_finite() && w.w.is_finite() && w.w >= 0.0,
                    "word box {} {}",
                    w.x,
                    w.w
                );
            }
        }
    }
});

fn check_layout(doc: &Document, layout: &DocumentLayout) {
    let text = doc.text.as_str();
    assert_eq!(layout.len(), doc.blocks.len());
    assert!(layout.total_height().is_finite());
    for (i, block) in doc.blocks.iter().enumerate() {
        let para = layout.paragraph(i).expect("every block is laid out");
        assert_eq!(para.span, block.span);
        assert!(!para.lines.is_empty(), "block {i} has no line");
        let mut words: Vec<Span> = Vec::new();
        let mut line_end = block.span.start;
        for line in &para.lines {
            check_span(text, line.span, "line");
            assert!(
                block.span.encloses(line.span),
                "line {:?} outside block {:?}",
                line.span,
                block.span
            );
            assert!(
                line.span.start >= line_end,
                "line {:?} before the end of the previous one",
                line.span
            );
            line_end = line.span.end;
            let mut x = f32::NEG_INFINITY;
            for piece in &line.pieces {
                check_span(text, piece.span, "piece");
                assert!(
                    !piece.span.is_empty(),
                    "empty piece in line {:?}",
                    line.span
                );
                assert!(
                    line.span.encloses(piece.span),
                    "piece {:?} outside line {:?}",
                    piece.span,
                    line.span
                );
                assert!(piece.x.is_finite() && piece.width.is_finite() && piece.width >= 0.0);
                assert!(
                    piece.x >= x - 0.01,
                    "pieces not left to right in line {:?}",
                    line.span
                );
                x = piece.x;
                if piece.word.is_some() {
                    let body = doc.slice(piece.span);
                    assert!(
                        !body.contains(is_break_space),
                        "word piece {body:?} holds a space"
                    );
                    words.push(piece.span);
                }
            }
        }
        words.sort();
        let mut next = words.iter().peekable();
        let mut at = block.span.start;
        for w in &words {
            assert!(w.start >= at, "word pieces {w:?} overlap in block {i}");
            at = w.end;
        }
        for (offset, c) in doc.slice(block.span).char_indices() {
            let offset = block.span.start + offset;
            while next.next_if(|w| w.end <= offset).is_some() {}
            if !is_break_space(c) {
                assert!(
                    next.peek().is_some_and(|w| w.contains(offset)),
                    "{c:?} at byte {offset} is on no word piece of block {i}"
                );
            }
        }
    }
}
