//! The reader widget: the article laid out right to left by [`crate::layout`], virtualised in a scroll area,
//! with decorations behind the text, mouse selection, copy of the logical text, click and hover offsets,
//! and one AccessKit node per visible paragraph.

mod paint;

use crate::document::{BlockKind, Document, DocumentId};
use crate::layout::fonts::{font_definitions, installed_article_font};
use crate::layout::{ArticleFont, DocumentLayout, LayoutParams, ScreenFonts};
use crate::span::Span;
use crate::theme;
use egui::{
    Color32, Event, Key, Pos2, Rect, Role, ScrollArea, Sense, Ui, Vec2, WidgetInfo, pos2, vec2,
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

/// The decorations of a document, found by position: a frame paints those of the visible blocks only, looked up
/// by binary search whatever the document's length.
#[derive(Clone, Debug, Default)]
pub struct Decorations {
    /// Sorted by `span.start`; may overlap.
    list: Vec<Decoration>,
    /// `reach[i]`: the furthest end of `list[..=i]` (non-decreasing, so searchable).
    reach: Vec<usize>,
}

impl Decorations {
    /// Sorts the decorations by position and indexes them.
    pub fn new(mut list: Vec<Decoration>) -> Self {
        list.sort_by_key(|d| (d.span.start, d.span.end));
        let mut furthest = 0;
        let reach = list
            .iter()
            .map(|d| {
                furthest = furthest.max(d.span.end);
                furthest
            })
            .collect();
        Self { list, reach }
    }

    /// The decorations that share a byte with `shown`, in position order.
    pub fn overlapping(&self, shown: Span) -> impl Iterator<Item = &Decoration> {
        let from = self.reach.partition_point(|&end| end <= shown.start);
        let to = self.list.partition_point(|d| d.span.start < shown.end);
        self.list
            .get(from..to.max(from))
            .unwrap_or(&[])
            .iter()
            .filter(move |d| d.span.overlaps(shown))
    }

    /// How many decorations there are.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// What the reader shows this frame.
pub struct ReaderInput<'a> {
    pub doc: &'a Document,
    /// Painted bands first, then fills, the selection, underlines, outlines.
    pub decorations: &'a Decorations,
    /// Per block: draw its text in `palette.dimmed_text`.
    pub dimmed_blocks: Option<&'a [bool]>,
    pub palette: &'a theme::Palette,
    /// Body font size in points.
    pub font_size: f32,
    pub font: ArticleFont,
}

/// What happened in the reader this frame (byte offsets into the document text).
#[derive(Clone, Debug, Default)]
pub struct ReaderOutput {
    /// The char under the pointer.
    pub hovered: Option<usize>,
    /// The char clicked (a click, not the end of a drag).
    pub clicked: Option<usize>,
    /// The char under a right click (the context menu is about it).
    pub context: Option<usize>,
    /// The first byte of the first line visible at the top.
    pub top_offset: usize,
    /// The page's response, for the context menu.
    pub response: Option<egui::Response>,
    /// The view moved this frame and no jump moved it: the user scrolled (wheel, keys, scroll bar, a drag).
    pub user_scrolled: bool,
}

/// The reader's state: the document layout, scroll position, selection and a pending jump.
#[derive(Default)]
pub struct ReaderView {
    layout: Option<DocumentLayout>,
    /// The document the layout was built for (a guard when `reset` was forgotten).
    built_for: Option<DocumentId>,
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
    /// Screen position of the document's (0, 0) in the last frame.
    last_origin: Pos2,
    /// The reader's visible rectangle on screen in the last frame (`None` before the first).
    view_rect: Option<Rect>,
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

    /// Where `span` was on screen in the last frame (one rectangle per line piece; empty when not laid out).
    pub fn screen_rects(&self, doc: &Document, span: Span) -> Vec<Rect> {
        let Some(layout) = self.layout.as_ref() else {
            return Vec::new();
        };
        let Some(block) = layout.block_of_offset(span.start) else {
            return Vec::new();
        };
        let last = layout
            .block_of_offset(span.end.saturating_sub(1))
            .unwrap_or(block);
        layout
            .span_rects(doc, span, block..last + 1)
            .into_iter()
            .map(|r| r.translate(self.last_origin.to_vec2()))
            .collect()
    }

    /// Selects `span` (or clears the selection), as a drag would.
    pub fn set_selection(&mut self, span: Option<Span>) {
        self.selection = span.map(|s| (s.start, s.end));
    }

    /// The selected text in logical order.
    pub fn selected_text<'d>(&self, doc: &'d Document) -> Option<&'d str> {
        self.selection()?.get(&doc.text)
    }

    /// The blocks at least partly visible in the last frame.
    pub fn visible_blocks(&self) -> std::ops::Range<usize> {
        self.layout.as_ref().map_or(0..0, |l| {
            l.blocks_in(self.scroll_y, self.scroll_y + self.viewport_h)
        })
    }

    /// Where the reader was on screen in the last frame (the text column and its margins).
    pub fn view_rect(&self) -> Rect {
        self.view_rect.unwrap_or(Rect::NOTHING)
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
        let key = Some(doc.id);
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
            let f = &mut ScreenFonts::new(f, ppp, params.font);
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
                let f = &mut ScreenFonts::new(f, ppp, params.font);
                layout.ensure_range(doc, y0 - MARGIN, y0 + view_h + MARGIN, f);
            });
            y0 = anchored(layout, self.anchor, last_doc_y);
        }
        if set_offset.is_some() || (y0 - last_doc_y).abs() > 0.5 {
            set_offset = Some((y0 + margin).max(0.0));
        }

        let mut area = ScrollArea::vertical()
            // One scroll state per document: a new article starts at its top (or its remembered place), never at
            // the previous article's offset.
            .id_salt(("sahifa-reader", doc.id))
            .auto_shrink(false)
            .scroll_source(egui::scroll_area::ScrollSource {
                drag: egui::scroll_area::DragScroll::Never,
                ..Default::default()
            });
        if let Some(y) = set_offset {
            area = area.vertical_scroll_offset(y);
        }
        let before = self.scroll_y;
        let programmatic = set_offset.is_some();
        let out = area.show_viewport(ui, |ui, viewport| self.contents_ui(ui, viewport, input));
        self.scroll_y = out.state.clamped_offset().y;
        self.viewport_h = out.inner_rect.height();
        self.view_rect = Some(out.inner_rect);
        let mut output = out.inner;
        output.user_scrolled = !programmatic && (self.scroll_y - before).abs() > 0.5;
        if let Some(layout) = &self.layout {
            let doc_y = self.scroll_y - theme::size::PAGE_MARGIN;
            self.anchor = layout
                .block_at_y(doc_y.max(0.0))
                .map(|b| (b, doc_y.max(0.0) - layout.block_top(b)));
            if doc_y < 0.0 {
                self.anchor = None;
            }
        }
        output
    }

    /// The scrolled content, one frame: lay out what is in view, read the pointer and keys, paint, describe.
    fn contents_ui(&mut self, ui: &mut Ui, viewport: Rect, input: &ReaderInput) -> ReaderOutput {
        let Some(frame) = self.allocate_page(ui, viewport, input.doc) else {
            return ReaderOutput::default();
        };
        self.last_origin = frame.origin;
        let mut output = ReaderOutput {
            top_offset: frame.top_offset,
            response: Some(frame.response.clone()),
            ..ReaderOutput::default()
        };
        self.pointer_input(ui, &frame, input.doc, &mut output);
        // Keys belong to a focused text field, if any; the reader itself may hold focus after a drag.
        let focus_free = ui
            .ctx()
            .memory(|m| m.focused().is_none_or(|id| id == frame.response.id));
        if focus_free {
            self.copy_on_request(ui, input.doc);
            keyboard_scroll(
                ui,
                viewport.height(),
                input.font_size * theme::size::LINE_HEIGHT,
            );
        }
        self.paint(ui, &frame, viewport, input);
        self.describe_paragraphs(ui, &frame, input.doc);
        output
    }

    /// Lays out the blocks in view (a repaint follows when heights changed) and allocates the whole page.
    fn allocate_page(&mut self, ui: &mut Ui, viewport: Rect, doc: &Document) -> Option<PageFrame> {
        let layout = self.layout.as_mut()?;
        let ctx = ui.ctx().clone();
        let margin = theme::size::PAGE_MARGIN;
        // The view in document coordinates.
        let (view_top, view_bottom) = (viewport.min.y - margin, viewport.max.y - margin);
        let (ppp, font) = (self.pixels_per_point, layout.params().font);
        let changed = ctx.fonts_mut(|f| {
            let f = &mut ScreenFonts::new(f, ppp, font);
            layout.ensure_range(doc, view_top, view_bottom + MARGIN, f)
        });
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
        Some(PageFrame {
            rect,
            response,
            origin,
            column_w,
            visible: layout.blocks_in(view_top, view_bottom),
            top_offset: layout.offset_at_y(view_top.max(0.0)).unwrap_or(0),
        })
    }

    /// Hover and click offsets, drag selection (scrolling past the edges), double-click word, triple-click block.
    fn pointer_input(
        &mut self,
        ui: &Ui,
        frame: &PageFrame,
        doc: &Document,
        output: &mut ReaderOutput,
    ) {
        let Some(layout) = self.layout.as_ref() else {
            return;
        };
        let response = &frame.response;
        let hit_at = |p: Pos2| layout.hit_test(doc, p.x - frame.origin.x, p.y - frame.origin.y);
        if let Some(p) = response.hover_pos() {
            output.hovered = hit_at(p).filter(|h| h.on_text).map(|h| h.char_start);
        }
        if response.drag_started() {
            let origin_pos = ui.input(|i| i.pointer.press_origin());
            if let Some(hit) = origin_pos.and_then(hit_at) {
                self.selection = Some((hit.caret, hit.caret));
            }
        }
        if response.dragged()
            && let Some(p) = response.interact_pointer_pos()
        {
            if let (Some(hit), Some((anchor, _))) = (hit_at(p), self.selection) {
                self.selection = Some((anchor, hit.caret));
            }
            scroll_past_edges(ui, p);
        }
        if response.secondary_clicked() {
            output.context = response
                .interact_pointer_pos()
                .and_then(hit_at)
                .filter(|h| h.on_text)
                .map(|h| h.char_start);
        }
        if response.clicked() {
            self.selection = None;
            output.clicked = response
                .interact_pointer_pos()
                .and_then(hit_at)
                .filter(|h| h.on_text)
                .map(|h| h.char_start);
        }
        if response.double_clicked() || response.triple_clicked() {
            let hit = response.interact_pointer_pos().and_then(hit_at);
            if let Some(hit) = hit.filter(|h| h.on_text) {
                let span = if response.triple_clicked() {
                    doc.block_at(hit.char_start)
                        .and_then(|b| doc.blocks.get(b))
                        .map(|b| b.span)
                } else {
                    Some(word_around(&doc.text, hit.char_start))
                };
                self.selection = span.map(|s| (s.start, s.end));
            }
        }
    }

    /// Ctrl+C (or the platform's copy) puts the selection on the clipboard, in logical order.
    fn copy_on_request(&self, ui: &Ui, doc: &Document) {
        let copy = ui.input(|i| {
            i.events.iter().any(|e| {
                matches!(e, Event::Copy)
                    || matches!(e, Event::Key { key: Key::C, pressed: true, modifiers, .. } if modifiers.command)
            })
        });
        if copy && let Some(text) = self.selected_text(doc) {
            ui.ctx().copy_text(text.to_owned());
        }
    }

    /// The background, the decorations and selection behind the text, then the text of the visible blocks.
    fn paint(&self, ui: &Ui, frame: &PageFrame, viewport: Rect, input: &ReaderInput) {
        let Some(layout) = self.layout.as_ref() else {
            return;
        };
        let painter = ui.painter_at(ui.clip_rect());
        painter.rect_filled(ui.clip_rect(), 0.0, color(input.palette.background));
        paint::paint_decorations(
            &painter,
            layout,
            input.doc,
            input,
            frame.visible.clone(),
            frame.origin,
            self.selection(),
        );
        paint::paint_text(
            &painter,
            ui.ctx(),
            layout,
            input.doc,
            input,
            frame.visible.clone(),
            frame.origin,
            viewport,
            frame.rect.min.y,
        );
    }

    /// Screen readers: one labelled node per visible paragraph (headings as headings).
    fn describe_paragraphs(&self, ui: &Ui, frame: &PageFrame, doc: &Document) {
        let Some(layout) = self.layout.as_ref() else {
            return;
        };
        for i in frame.visible.clone() {
            let Some(block) = doc.blocks.get(i) else {
                continue;
            };
            let top = frame.origin.y + layout.block_top(i);
            let block_rect = Rect::from_min_size(
                pos2(frame.origin.x, top),
                vec2(frame.column_w, layout.block_height(i)),
            );
            let id = ui.scope_id().with(("sahifa-paragraph", i));
            let r = ui.interact(block_rect, id, Sense::hover());
            let text = doc.slice(block.span);
            let role = match block.kind {
                BlockKind::Title | BlockKind::Heading => Role::Heading,
                _ => Role::Label,
            };
            r.widget_info(|| WidgetInfo::labeled(role, true, text));
        }
    }
}

/// Where the page sits this frame and what of it is in view.
struct PageFrame {
    /// The whole page (all blocks), in screen coordinates.
    rect: Rect,
    response: egui::Response,
    /// Screen position of the document's (0, 0): the column is centred in the page.
    origin: Pos2,
    column_w: f32,
    /// Blocks at least partly in view.
    visible: std::ops::Range<usize>,
    /// The first byte of the first line in view.
    top_offset: usize,
}

/// While a selection is dragged past the top or bottom edge of the view, scroll towards the pointer.
fn scroll_past_edges(ui: &Ui, pointer: Pos2) {
    let clip = ui.clip_rect();
    let dy = if pointer.y < clip.top() {
        clip.top() - pointer.y
    } else if pointer.y > clip.bottom() {
        clip.bottom() - pointer.y
    } else {
        0.0
    };
    if dy != 0.0 {
        ui.scroll_with_delta(Vec2::new(0.0, dy.clamp(-40.0, 40.0)));
        ui.ctx().request_repaint();
    }
}

/// Page Up/Down and Space, arrows, Home and End scroll the article when no text field has the keyboard.
fn keyboard_scroll(ui: &Ui, page: f32, line: f32) {
    let page = (page - 2.0 * line).max(line);
    let delta = ui.input(|i| {
        let mut d = 0.0;
        if i.key_pressed(Key::PageDown) || (i.key_pressed(Key::Space) && !i.modifiers.shift) {
            d -= page;
        }
        if i.key_pressed(Key::PageUp) || (i.key_pressed(Key::Space) && i.modifiers.shift) {
            d += page;
        }
        if i.key_pressed(Key::ArrowDown) {
            d -= 2.0 * line;
        }
        if i.key_pressed(Key::ArrowUp) {
            d += 2.0 * line;
        }
        if i.key_pressed(Key::Home) && i.modifiers.is_none() {
            d = f32::MAX / 4.0;
        }
        if i.key_pressed(Key::End) && i.modifiers.is_none() {
            d = -f32::MAX / 4.0;
        }
        d
    });
    if delta != 0.0 {
        ui.scroll_with_delta(Vec2::new(0.0, delta));
    }
}

/// The whitespace-delimited word containing byte `offset`.
fn word_around(text: &str, offset: usize) -> Span {
    let is_space = crate::layout::paragraph::is_break_space;
    let before = text.get(..offset).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = text.get(offset..).unwrap_or("");
    let end = after
        .char_indices()
        .find(|&(_, c)| is_space(c))
        .map_or(text.len(), |(i, _)| offset + i);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decorations_are_found_by_position() {
        let c = theme::LIGHT.person;
        let d = |start, end| Decoration {
            span: Span::new(start, end),
            style: DecorationStyle::Fill(c),
        };
        // A long band from the start, many short fills, one fill far on: a window in the middle sees the band and
        // its own fills only.
        let mut list = vec![d(0, 500)];
        list.extend((0..100).map(|i| d(i * 10, i * 10 + 5)));
        list.push(d(2000, 2010));
        let all = Decorations::new(list);
        let spans: Vec<Span> = all
            .overlapping(Span::new(203, 222))
            .map(|d| d.span)
            .collect();
        assert_eq!(
            spans,
            vec![
                Span::new(0, 500),
                Span::new(200, 205),
                Span::new(210, 215),
                Span::new(220, 225)
            ]
        );
        let far: Vec<Span> = all
            .overlapping(Span::new(1500, 2005))
            .map(|d| d.span)
            .collect();
        assert_eq!(far, vec![Span::new(2000, 2010)]);
        assert_eq!(all.overlapping(Span::new(600, 900)).count(), 30);
        assert_eq!(all.overlapping(Span::new(1000, 1500)).count(), 0);
        assert_eq!(
            Decorations::default().overlapping(Span::new(0, 9)).count(),
            0
        );
    }
}
