//! Painting the reader: decorations and the selection behind the text, then the galleys of the visible pieces.

use super::{Decoration, DecorationStyle, ReaderInput, color};
use crate::document::{BlockKind, Document};
use crate::layout::DocumentLayout;
use crate::layout::fonts::article_family;
use crate::span::Span;
use crate::theme;
use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

/// Bands, fills, the selection, underlines and outlines, in that order, behind the text.
pub(super) fn paint_decorations(
    painter: &egui::Painter,
    layout: &DocumentLayout,
    doc: &Document,
    input: &ReaderInput,
    visible: std::ops::Range<usize>,
    origin: Pos2,
    selection: Option<Span>,
) {
    let (Some(first), Some(last)) = (
        doc.blocks.get(visible.start),
        doc.blocks.get(visible.end.saturating_sub(1)),
    ) else {
        return;
    };
    let shown = Span::new(first.span.start, last.span.end);
    let in_view: Vec<&Decoration> = input.decorations.overlapping(shown).collect();
    let rects = |span: Span| {
        layout
            .span_rects(doc, span, visible.clone())
            .into_iter()
            .map(move |r| r.translate(origin.to_vec2()))
    };
    let rounding = CornerRadius::same(theme::size::HIGHLIGHT_ROUNDING as u8);
    // The glyph box inside a line box (line height is LINE_HEIGHT x the font size).
    let glyph_box = |r: Rect| r.shrink2(vec2(0.0, r.height() * 0.15 / theme::size::LINE_HEIGHT));
    for d in &in_view {
        if let DecorationStyle::Band(c) = d.style {
            for r in rects(d.span) {
                painter.rect_filled(r, 0.0, color(c));
            }
        }
    }
    for d in &in_view {
        if let DecorationStyle::Fill(c) = d.style {
            for r in rects(d.span) {
                painter.rect_filled(glyph_box(r), rounding, color(c));
            }
        }
    }
    if let Some(sel) = selection {
        for r in rects(sel) {
            painter.rect_filled(r, 0.0, color(input.palette.selection));
        }
    }
    for d in &in_view {
        match d.style {
            DecorationStyle::Underline(c) => {
                for r in rects(d.span) {
                    let y = glyph_box(r).bottom();
                    painter.line_segment(
                        [pos2(r.left(), y), pos2(r.right(), y)],
                        Stroke::new(theme::size::UNDERLINE, color(c)),
                    );
                }
            }
            DecorationStyle::Outline(c) => {
                for r in rects(d.span) {
                    painter.rect_stroke(
                        glyph_box(r),
                        rounding,
                        Stroke::new(1.5, color(c)),
                        StrokeKind::Outside,
                    );
                }
            }
            DecorationStyle::Band(_) | DecorationStyle::Fill(_) => {}
        }
    }
}

/// The galleys of the visible pieces (egui is asked only for what is painted).
#[allow(clippy::too_many_arguments)]
pub(super) fn paint_text(
    painter: &egui::Painter,
    ctx: &egui::Context,
    layout: &DocumentLayout,
    doc: &Document,
    input: &ReaderInput,
    visible: std::ops::Range<usize>,
    origin: Pos2,
    viewport: Rect,
    content_top: f32,
) {
    // Viewport in screen coordinates.
    let screen_top = content_top + viewport.min.y;
    let screen_bottom = content_top + viewport.max.y;
    let family = article_family();
    let mut jobs: Vec<(Pos2, String, f32, Color32, f32)> = Vec::new();
    for i in visible {
        let (Some(para), Some(block)) = (layout.paragraph(i), doc.blocks.get(i)) else {
            continue;
        };
        let dimmed = input
            .dimmed_blocks
            .and_then(|d| d.get(i))
            .copied()
            .unwrap_or(false);
        let c = if dimmed {
            input.palette.dimmed_text
        } else if matches!(block.kind, BlockKind::Title | BlockKind::Heading) {
            input.palette.heading
        } else {
            input.palette.text
        };
        let top = origin.y + layout.block_top(i);
        for line in &para.lines {
            let y = top + line.y;
            if y > screen_bottom || y + line.height < screen_top {
                continue;
            }
            for piece in line.pieces.iter().filter(|p| !p.is_space()) {
                jobs.push((
                    pos2(origin.x + piece.x, y),
                    piece.display(&doc.text).to_owned(),
                    para.font_size,
                    color(c),
                    line.height,
                ));
            }
        }
    }
    let galleys = ctx.fonts_mut(|f| {
        jobs.into_iter()
            .map(|(pos, text, size, c, h)| {
                let g = f.layout_no_wrap(text, FontId::new(size, family.clone()), c);
                (pos, g, c, h)
            })
            .collect::<Vec<_>>()
    });
    for (pos, galley, c, line_h) in galleys {
        let y = pos.y + (line_h - galley.size().y) / 2.0;
        painter.galley(pos2(pos.x, y), galley, c);
    }
}
