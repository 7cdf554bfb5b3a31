//! The reader widget: the article laid out right to left by [`crate::layout`], virtualised in a scroll area,
//! with decorations behind the text, mouse selection, copy of the logical text, click and hover offsets,
//! and one AccessKit node per visible paragraph.

use crate::document::{BlockKind, Document};
use crate::layout::fonts::{article_family, font_definitions, installed_article_font};
use crate::layout::{ArticleFont, DocumentLayout, LayoutParams};
use crate::span::Span;
use crate::theme;
use egui::{
    Color32, CornerRadius, Event, FontId, Key, Pos2, Rect, Role, ScrollArea, Sense, Stroke,
    StrokeKind, Ui, Vec2, WidgetInfo, pos2, vec2,
};

/// How a decoration is drawn behind (or under) its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecorationStyle {
    /// A rounded fill behind the glyphs (entity highlights, search hits).
    Fill(theme::Rgba),
    /// A band over the full line height (quoted content).
    Band(theme::Rgba),
    /// A line under the text (speaker, cue).
    Underline(theme::Rgba),
    /// A rounded outline (the current search hit, a chosen entity).
    Outline(theme::Rgba),
}

/// A styled byte span of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decoration {
    pub span: Span,
    pub style: DecorationStyle,
}

/// What the reader shows this frame.
pub struct ReaderInput<'a> {
    pub doc: &'a Document,
    /// Sorted by `span.start`; may overlap. Painted bands first, then fills, the selection, underlines, outlines.
    pub decorations: &'a [Decoration],
    /// Per block: draw its text in `palette.dimmed_text`.
    pub dimmed_blocks: Option<&'a [bool]>,
    pub palette: &'a theme::Palette,
    /// Body font size in points.
    pub font_size: f32,
    pub font: ArticleFont,
}

/// What happened in the reader this frame (byte offsets into the document text).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReaderOutput {
    /// The char under the pointer.
    pub hovered: Option<usize>,
    /// The char clicked (a click, not the end of a drag).
    pub clicked: Option<usize>,
    /// The first byte of the first line visible at the top.
    pub top_offset: usize,
}

/// The reader's state: the document layout, scroll position, selection and a pending jump.
#[derive(Default)]
pub struct ReaderView {
    layout: Option<DocumentLayout>,
    /// Block count and text length the layout was built for (a guard when `reset` was forgotten).
    built_for: (usize, usize),
    pixels_per_point: f32,
    fonts_pending: bool,
    /// Scroll offset and viewport height of the last frame.
    scroll_y: f32,
    viewport_h: f32,
    /// The block at the top of the view and how far into it, to keep the place when heights change.
    anchor: Option<(usize, f32)>,
    /// Selection anchor and head (carets, bytes).
    selection: Option<(usize, usize)>,
    pending_scroll: Option<usize>,
}

/// Extra height laid out above and below the view.
const MARGIN: f32 = 400.0;

fn color(c: theme::Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

impl ReaderView {
    /// An empty reader.
    pub fn new() -> Self {
        Self::default()
    }

    /// Forgets the layout, scroll position and selection (call when a new document is shown).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Brings the block containing byte `offset` to the top on the next frame.
    pub fn scroll_to(&mut self, offset: usize) {
        self.pending_scroll = Some(offset);
    }

    /// The selected bytes, if any.
    pub fn selection(&self) -> Option<Span> {
        let (a, b) = self.selection?;
        let span = Span::new(a.min(b), a.max(b));
        (!span.is_empty()).then_some(span)
    }

    /// The selected text in logical order.
    pub fn selected_text<'d>(&self, doc: &'d Document) -> Option<&'d str> {
        self.selection()?.get(&doc.text)
    }

    /// The current layout (for tests and tools).
    pub fn layout(&self) -> Option<&DocumentLayout> {
        self.layout.as_ref()
    }

    /// Makes sure the context's fonts put `font` first in the article family; true when they do now.
    fn ensure_fonts(&mut self, ctx: &egui::Context, font: ArticleFont) -> bool {
        let installed =
            |ctx: &egui::Context| ctx.fonts(|f| installed_article_font(f.definitions()));
        if installed(ctx) == Some(font) {
            return true;
        }
        ctx.set_fonts(font_definitions(font));
        if installed(ctx) == Some(font) {
            return true;
        }
        // Applied at the start of the next pass: measure again then.
        self.fonts_pending = true;
        ctx.request_repaint();
        false
    }

    /// Shows the reader in all the space `ui` has.
    pub fn ui(&mut self, ui: &mut Ui, input: &ReaderInput) -> ReaderOutput {
        let ctx = ui.ctx().clone();
        let fonts_ready = self.ensure_fonts(&ctx, input.font);
        let avail = ui.available_size();
        if !fonts_ready {
            // The article fonts arrive at the next pass: measuring now would lay out with missing glyphs.
            ui.allocate_space(avail);
            return ReaderOutput::default();
        }
        let content_w = avail.x - ui.spacing().scroll.allocated_width();
        let column_w = (content_w - 2.0 * theme::size::PAGE_MARGIN)
            .clamp(40.0, theme::size::MAX_MEASURE)
            .floor();
        let params = LayoutParams {
            width: column_w,
            font_size: input
                .font_size
                .clamp(theme::size::MIN_BODY, theme::size::MAX_BODY),
            font: input.font,
        };
        let ppp = ctx.pixels_per_point();
        let doc = input.doc;
        let key = (doc.blocks.len(), doc.text.len());
        let invalidate = self.fonts_pending || (ppp - self.pixels_per_point).abs() > f32::EPSILON;
        self.fonts_pending = false;
        self.pixels_per_point = ppp;
        if self.built_for != key {
            self.layout = None;
            self.selection = None;
            self.anchor = None;
            self.built_for = key;
        }
        let layout = ctx.fonts_mut(|f| {
            let mut layout = match self.layout.take() {
                Some(l) => l,
                None => DocumentLayout::new(doc, params, f),
            };
            layout.set_params(params, f);
            if invalidate {
                layout.invalidate(f);
            }
            layout
        });
        let layout = self.layout.insert(layout);

        // Where the view should start: a requested jump, else the anchored block (stable when heights change).
        let mut set_offset = None;
        if let Some(target) = self.pending_scroll.take() {
            if let Some(b) = layout.block_of_offset(target) {
                self.anchor = Some((b, 0.0));
                set_offset = Some(0.0);
            }
        }
        let view_h = if self.viewport_h > 0.0 {
            self.viewport_h
        } else {
            avail.y
        };
        // Scroll offsets are content coordinates: the document starts PAGE_MARGIN below the content top.
        let margin = theme::size::PAGE_MARGIN;
        let anchored = |layout: &DocumentLayout, anchor: Option<(usize, f32)>, fallback: f32| {
            anchor.map_or(fallback, |(b, dy)| layout.block_top(b) + dy)
        };
        let last_doc_y = self.scroll_y - margin;
        let mut y0 = anchored(layout, self.anchor, last_doc_y);
        for _ in 0..2 {
            ctx.fonts_mut(|f| {
                layout.ensure_range(doc, y0 - MARGIN, y0 + view_h + MARGIN, f);
            });
            y0 = anchored(layout, self.anchor, last_doc_y);
        }
        if set_offset.is_some() || (y0 - last_doc_y).abs() > 0.5 {
            set_offset = Some((y0 + margin).max(0.0));
        }

        let mut area = ScrollArea::vertical()
            .id_salt("sahifa-reader")
            .auto_shrink(false)
            .scroll_source(egui::scroll_area::ScrollSource {
                drag: egui::scroll_area::DragScroll::Never,
                ..Default::default()
            });
        if let Some(y) = set_offset {
            area = area.vertical_scroll_offset(y);
        }
        let out = area.show_viewport(ui, |ui, viewport| self.contents_ui(ui, viewport, input));
        self.scroll_y = out.state.clamped_offset().y;
        self.viewport_h = out.inner_rect.height();
        if let Some(layout) = &self.layout {
            let doc_y = self.scroll_y - theme::size::PAGE_MARGIN;
            self.anchor = layout
                .block_at_y(doc_y.max(0.0))
                .map(|b| (b, doc_y.max(0.0) - layout.block_top(b)));
            if doc_y < 0.0 {
                self.anchor = None;
            }
        }
        out.inner
    }

    fn contents_ui(&mut self, ui: &mut Ui, viewport: Rect, input: &ReaderInput) -> ReaderOutput {
        let mut output = ReaderOutput::default();
        let Some(layout) = self.layout.as_mut() else {
            return output;
        };
        let doc = input.doc;
        let ctx = ui.ctx().clone();
        let margin = theme::size::PAGE_MARGIN;
        // The view in document coordinates.
        let (view_top, view_bottom) = (viewport.min.y - margin, viewport.max.y - margin);
        let changed =
            ctx.fonts_mut(|f| layout.ensure_range(doc, view_top, view_bottom + MARGIN, f));
        if changed {
            ctx.request_repaint();
        }
        let column_w = layout.params().width;
        let total = layout.total_height() + 2.0 * margin;
        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), total), Sense::click_and_drag());
        let origin = pos2(
            rect.min.x + ((rect.width() - column_w) / 2.0).max(0.0),
            rect.min.y + margin,
        );
        let to_doc = |p: Pos2| (p.x - origin.x, p.y - origin.y);
        let visible = layout.blocks_in(view_top, view_bottom);
        output.top_offset = layout.offset_at_y(view_top.max(0.0)).unwrap_or(0);

        // Pointer: hover, click, drag selection.
        let hit_at = |layout: &DocumentLayout, p: Pos2| {
            let (x, y) = to_doc(p);
            layout.hit_test(doc, x, y)
        };
        if let Some(p) = response.hover_pos() {
            output.hovered = hit_at(layout, p)
                .filter(|h| h.on_text)
                .map(|h| h.char_start);
        }
        if response.drag_started() {
            let origin_pos = ui.input(|i| i.pointer.press_origin());
            if let Some(hit) = origin_pos.and_then(|p| hit_at(layout, p)) {
                self.selection = Some((hit.caret, hit.caret));
            }
        }
        if response.dragged() {
            if let Some(p) = response.interact_pointer_pos() {
                if let (Some(hit), Some((anchor, _))) = (hit_at(layout, p), self.selection) {
                    self.selection = Some((anchor, hit.caret));
                }
                // Scroll while dragging past the top or bottom edge.
                let clip = ui.clip_rect();
                let dy = if p.y < clip.top() {
                    clip.top() - p.y
                } else if p.y > clip.bottom() {
                    clip.bottom() - p.y
                } else {
                    0.0
                };
                if dy != 0.0 {
                    ui.scroll_with_delta(Vec2::new(0.0, dy.clamp(-40.0, 40.0)));
                    ctx.request_repaint();
                }
            }
        }
        if response.clicked() {
            self.selection = None;
            output.clicked = response
                .interact_pointer_pos()
                .and_then(|p| hit_at(layout, p))
                .filter(|h| h.on_text)
                .map(|h| h.char_start);
        }
        let copy = ui.input(|i| {
            i.events.iter().any(|e| {
                matches!(e, Event::Copy)
                    || matches!(e, Event::Key { key: Key::C, pressed: true, modifiers, .. } if modifiers.command)
            })
        });
        // Ctrl+C belongs to a focused text field, if any; the reader itself may hold focus after a drag.
        let focus_free = ctx.memory(|m| m.focused().is_none_or(|id| id == response.id));
        if copy && focus_free {
            if let Some(text) = self.selected_text(doc) {
                ctx.copy_text(text.to_owned());
            }
        }

        let Some(layout) = self.layout.as_ref() else {
            return output;
        };
        let painter = ui.painter_at(ui.clip_rect());
        painter.rect_filled(ui.clip_rect(), 0.0, color(input.palette.background));
        paint_decorations(
            &painter,
            layout,
            doc,
            input,
            visible.clone(),
            origin,
            self.selection(),
        );
        paint_text(
            &painter,
            &ctx,
            layout,
            doc,
            input,
            visible.clone(),
            origin,
            viewport,
            rect.min.y,
        );

        // Screen readers: one labelled node per visible paragraph.
        for i in visible {
            let Some(block) = doc.blocks.get(i) else {
                continue;
            };
            let top = origin.y + layout.block_top(i);
            let block_rect =
                Rect::from_min_size(pos2(origin.x, top), vec2(column_w, layout.block_height(i)));
            let id = ui.scope_id().with(("sahifa-paragraph", i));
            let r = ui.interact(block_rect, id, Sense::hover());
            let text = doc.slice(block.span);
            let role = match block.kind {
                BlockKind::Title | BlockKind::Heading => Role::Heading,
                _ => Role::Label,
            };
            r.widget_info(|| WidgetInfo::labeled(role, true, text));
        }
        output
    }
}

/// Bands, fills, the selection, underlines and outlines, in that order, behind the text.
fn paint_decorations(
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
    let upto = input
        .decorations
        .partition_point(|d| d.span.start < shown.end);
    let in_view: Vec<&Decoration> = input
        .decorations
        .get(..upto)
        .unwrap_or(&[])
        .iter()
        .filter(|d| d.span.overlaps(shown))
        .collect();
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
fn paint_text(
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
