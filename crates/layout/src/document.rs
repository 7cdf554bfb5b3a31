//! The layout of a whole document, virtualised: blocks are laid out on demand (those in view), cached for the
//! current (width, body size, font), and the rest carry an estimated height so the total height and the
//! scroll bar cover the whole document.

use super::bidi::Direction;
use super::fonts::ArticleFont;
use super::geometry::Hit;
use super::measure::Measure;
use super::paragraph::{ParagraphLayout, layout_paragraph};
use epaint::{Rect, vec2};
use sahifa_core::document::{BlockKind, Document};
use sahifa_core::span::Span;
use sahifa_core::theme;

/// What a layout depends on besides the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutParams {
    /// Width available to the text, in points.
    pub width: f32,
    /// Body font size, in points.
    pub font_size: f32,
    pub font: ArticleFont,
}

/// One block's cached state.
#[derive(Clone, Debug)]
struct Slot {
    span: Span,
    kind: BlockKind,
    chars: usize,
    height: f32,
    layout: Option<ParagraphLayout>,
}

/// The laid-out document: per-block layouts (where measured) and heights (measured or estimated).
#[derive(Clone, Debug)]
pub struct DocumentLayout {
    params: LayoutParams,
    direction: Direction,
    slots: Vec<Slot>,
    /// `tops[i]`: y of block `i`; `tops[n]`: total height.
    tops: Vec<f32>,
    /// Average advance per char at size 1, for estimates.
    char_width: f32,
    measured: usize,
}

/// Text used once per layout to estimate the average char width of unmeasured blocks: ordinary Arabic prose.
const ESTIMATE_SAMPLE: &str =
    "قال المتحدث باسم الوزارة في بيان صدر اليوم إن المحادثات ستستمر خلال الأسبوع المقبل في العاصمة";

/// The base direction of a document (`sahifa_text::direction::document_is_rtl`).
pub fn document_direction(text: &str) -> Direction {
    if sahifa_core::direction::document_is_rtl(text) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

impl DocumentLayout {
    /// Prepares the layout of `doc` with every block estimated (nothing laid out yet).
    pub fn new<M: Measure + ?Sized>(doc: &Document, params: LayoutParams, measure: &mut M) -> Self {
        let slots = doc
            .blocks
            .iter()
            .map(|b| Slot {
                span: b.span,
                kind: b.kind,
                chars: doc.slice(b.span).chars().count(),
                height: 0.0,
                layout: None,
            })
            .collect();
        let mut layout = Self {
            params,
            direction: document_direction(&doc.text),
            slots,
            tops: Vec::new(),
            char_width: 0.5,
            measured: 0,
        };
        layout.reset(params, measure);
        layout
    }

    /// Changes width, size or font: drops the layouts and re-estimates (nothing when `params` is unchanged).
    pub fn set_params<M: Measure + ?Sized>(&mut self, params: LayoutParams, measure: &mut M) {
        if params != self.params {
            self.reset(params, measure);
        }
    }

    /// Forgets every measured layout (e.g. after the fonts changed under the same parameters).
    pub fn invalidate<M: Measure + ?Sized>(&mut self, measure: &mut M) {
        self.reset(self.params, measure);
    }

    fn reset<M: Measure + ?Sized>(&mut self, params: LayoutParams, measure: &mut M) {
        self.params = params;
        let n = ESTIMATE_SAMPLE.chars().count().max(1) as f32;
        // Measured at the body size: a galley at an unused size would fill the glyph atlas for nothing.
        let size = params.font_size.max(1.0);
        self.char_width = (measure.text_width(ESTIMATE_SAMPLE, size) / size / n).max(0.1);
        self.measured = 0;
        for i in 0..self.slots.len() {
            if let Some(slot) = self.slots.get_mut(i) {
                slot.layout = None;
            }
            let h = self.estimate(i);
            if let Some(slot) = self.slots.get_mut(i) {
                slot.height = h;
            }
        }
        self.recompute_tops();
    }

    /// The parameters of the current layout.
    pub const fn params(&self) -> LayoutParams {
        self.params
    }

    /// The document's base direction (for blocks without a strong character).
    pub const fn direction(&self) -> Direction {
        self.direction
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// True for a document without blocks.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Number of blocks laid out (not estimated).
    pub const fn measured_blocks(&self) -> usize {
        self.measured
    }

    /// Font size of block `i`.
    pub fn block_font_size(&self, i: usize) -> f32 {
        self.slots.get(i).map_or(self.params.font_size, |s| {
            theme::block_font_size(s.kind, self.params.font_size)
        })
    }

    /// Space after every block but the last.
    pub fn gap(&self) -> f32 {
        self.params.font_size * theme::size::PARAGRAPH_GAP
    }

    fn estimate(&self, i: usize) -> f32 {
        let Some(slot) = self.slots.get(i) else {
            return 0.0;
        };
        let size = theme::block_font_size(slot.kind, self.params.font_size);
        let line_width = slot.chars as f32 * self.char_width * size;
        // Greedy breaking leaves part of a word's width unused per line.
        let lines = (line_width * 1.05 / self.params.width.max(1.0))
            .ceil()
            .max(1.0);
        lines * size * theme::size::LINE_HEIGHT
    }

    fn recompute_tops(&mut self) {
        let gap = self.gap();
        self.tops.clear();
        let mut y = 0.0f32;
        let n = self.slots.len();
        for (i, slot) in self.slots.iter().enumerate() {
            self.tops.push(y);
            y += slot.height;
            if i + 1 < n {
                y += gap;
            }
        }
        self.tops.push(y);
    }

    /// Tops of the blocks (without the final total).
    fn block_tops(&self) -> &[f32] {
        self.tops.get(..self.slots.len()).unwrap_or(&[])
    }

    /// Total height of the document (measured and estimated blocks).
    pub fn total_height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Top y of block `i` (the total height past the end).
    pub fn block_top(&self, i: usize) -> f32 {
        self.tops
            .get(i)
            .copied()
            .unwrap_or_else(|| self.total_height())
    }

    /// Height of block `i` (measured or estimated).
    pub fn block_height(&self, i: usize) -> f32 {
        self.slots.get(i).map_or(0.0, |s| s.height)
    }

    /// The block at document y (the gap after a block belongs to it); clamped to the first and last.
    pub fn block_at_y(&self, y: f32) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let i = self.block_tops().partition_point(|&t| t <= y);
        Some(i.saturating_sub(1))
    }

    /// Blocks intersecting `y0..y1`.
    pub fn blocks_in(&self, y0: f32, y1: f32) -> std::ops::Range<usize> {
        let Some(first) = self.block_at_y(y0) else {
            return 0..0;
        };
        let n = self.slots.len();
        let end = self
            .block_tops()
            .partition_point(|&t| t < y1)
            .max(first + 1);
        first..end.min(n)
    }

    /// The layout of block `i`, if laid out.
    pub fn paragraph(&self, i: usize) -> Option<&ParagraphLayout> {
        self.slots.get(i)?.layout.as_ref()
    }

    /// Lays out block `i` if needed; true when it was laid out now. Call [`Self::finish`] after a batch.
    fn lay_out_block<M: Measure + ?Sized>(
        &mut self,
        doc: &Document,
        i: usize,
        measure: &mut M,
    ) -> bool {
        let Some(slot) = self.slots.get(i) else {
            return false;
        };
        if slot.layout.is_some() {
            return false;
        }
        let size = theme::block_font_size(slot.kind, self.params.font_size);
        let layout = layout_paragraph(
            &doc.text,
            slot.span,
            size,
            self.params.width,
            self.direction,
            measure,
        );
        if let Some(slot) = self.slots.get_mut(i) {
            slot.height = layout.height;
            slot.layout = Some(layout);
            self.measured += 1;
        }
        true
    }

    /// Lays out blocks `range` if needed; true when anything changed.
    pub fn ensure_blocks<M: Measure + ?Sized>(
        &mut self,
        doc: &Document,
        range: std::ops::Range<usize>,
        measure: &mut M,
    ) -> bool {
        let mut changed = false;
        for i in range {
            changed |= self.lay_out_block(doc, i, measure);
        }
        if changed {
            self.recompute_tops();
        }
        changed
    }

    /// Lays out the blocks that intersect `y0..y1` once laid out (heights change as blocks are measured,
    /// so this walks down from the block at `y0` until the measured tops pass `y1`). True when anything changed.
    pub fn ensure_range<M: Measure + ?Sized>(
        &mut self,
        doc: &Document,
        y0: f32,
        y1: f32,
        measure: &mut M,
    ) -> bool {
        let Some(first) = self.block_at_y(y0) else {
            return false;
        };
        let gap = self.gap();
        let mut changed = false;
        let mut y = self.block_top(first);
        let mut i = first;
        while i < self.slots.len() && y < y1 {
            changed |= self.lay_out_block(doc, i, measure);
            y += self.block_height(i) + gap;
            i += 1;
        }
        if changed {
            self.recompute_tops();
        }
        changed
    }

    /// Lays out every block (the command line and benches).
    pub fn ensure_all<M: Measure + ?Sized>(&mut self, doc: &Document, measure: &mut M) {
        self.ensure_blocks(doc, 0..self.slots.len(), measure);
    }

    /// Hit test a point in document coordinates (x from the column's left edge, y from the document top).
    /// `None` when the block there is not laid out.
    pub fn hit_test(&self, doc: &Document, x: f32, y: f32) -> Option<Hit> {
        let i = self.block_at_y(y)?;
        let para = self.paragraph(i)?;
        para.hit_test(&doc.text, x, y - self.block_top(i))
    }

    /// Rectangles (document coordinates) of `span` on the laid-out blocks among `blocks`.
    pub fn span_rects(
        &self,
        doc: &Document,
        span: Span,
        blocks: std::ops::Range<usize>,
    ) -> Vec<Rect> {
        let mut out = Vec::new();
        for i in blocks {
            let Some(para) = self.paragraph(i) else {
                continue;
            };
            if !para.span.overlaps(span) {
                continue;
            }
            let top = self.block_top(i);
            out.extend(
                para.span_rects(&doc.text, span)
                    .into_iter()
                    .map(|r| r.translate(vec2(0.0, top))),
            );
        }
        out
    }

    /// The first logical byte of the line at document y (for "where am I reading").
    pub fn offset_at_y(&self, y: f32) -> Option<usize> {
        let i = self.block_at_y(y)?;
        let Some(para) = self.paragraph(i) else {
            return self.slots.get(i).map(|s| s.span.start);
        };
        let line = para.line_at(y - self.block_top(i))?;
        Some(line.span.start)
    }

    /// The block containing byte `offset` (the nearest before it).
    pub fn block_of_offset(&self, offset: usize) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let i = self.slots.partition_point(|s| s.span.start <= offset);
        Some(i.saturating_sub(1))
    }
}
