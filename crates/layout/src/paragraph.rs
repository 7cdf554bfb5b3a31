//! Laying out one paragraph: pieces (chunks between break opportunities, split at bidi level changes), greedy
//! line breaking in logical order, visual reordering per line, RTL lines flush right.

use super::bidi::{self, Direction, ParagraphLevels};
use super::linebreak::{self, Chunk};
use super::measure::Measure;
use super::shaping;
use sahifa_core::span::Span;
use sahifa_core::theme;

/// A placed piece of a line: a word piece (one bidi level, shaped as one run) or the space between words.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// Bytes of the document text this piece shows.
    pub span: Span,
    /// Left edge relative to the paragraph's left edge, in points.
    pub x: f32,
    pub width: f32,
    /// Resolved bidi level (odd: right to left).
    pub level: u8,
    /// Index of the whitespace-delimited word in the paragraph (the parts of a word broken across lines
    /// share it); `None` for spaces.
    pub word: Option<u32>,
    /// The text to shape when it differs from the document text (reversed and mirrored, see
    /// [`shaping::display_text`]).
    pub shaped: Option<Box<str>>,
}

impl Piece {
    /// True for the whitespace between two words.
    pub const fn is_space(&self) -> bool {
        self.word.is_none()
    }

    /// The string to shape and paint: `shaped` or the document text of the span.
    pub fn display<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.shaped {
            Some(s) => s,
            None => self.span.get(text).unwrap_or(""),
        }
    }

    /// The right edge.
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// True when the first logical char is on the right (odd level).
    pub const fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// One line of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Top of the line relative to the paragraph's top.
    pub y: f32,
    pub height: f32,
    /// Pieces and spaces in visual order, left to right.
    pub pieces: Vec<Piece>,
    /// Logical bytes of the line (its words and the spaces between them; trailing spaces excluded).
    pub span: Span,
}

/// The layout of one block of the document at one width and font size.
#[derive(Clone, Debug, PartialEq)]
pub struct ParagraphLayout {
    /// The block's bytes in the document.
    pub span: Span,
    pub direction: Direction,
    pub font_size: f32,
    /// Width available to the text.
    pub width: f32,
    pub lines: Vec<Line>,
    /// Height of the lines (without the gap after the paragraph).
    pub height: f32,
}

/// A measured piece before line breaking (logical order).
pub(super) struct Measured {
    pub(super) range: std::ops::Range<usize>,
    pub(super) level: u8,
    pub(super) width: f32,
    pub(super) shaped: Option<Box<str>>,
}

/// Characters at which words end (spaces and tabs; no-break spaces stay inside words).
pub use super::linebreak::is_break_space;

/// Lays out the block `span` of `text` (the whole document text) at `font_size` in `width` points.
/// `fallback` is the document's direction, used when the block has no strong character.
pub fn layout_paragraph<M: Measure + ?Sized>(
    text: &str,
    span: Span,
    font_size: f32,
    width: f32,
    fallback: Direction,
    measure: &mut M,
) -> ParagraphLayout {
    let para = span.get(text).unwrap_or("");
    let bidi = bidi::paragraph_levels(para, fallback);
    let chunks = linebreak::chunks(para, &bidi, font_size, measure);
    let width = width.max(1.0);
    let line_height = font_size * theme::size::LINE_HEIGHT;
    let mut lines = Vec::new();
    for (i, line_chunks) in linebreak::break_lines(chunks, width, para, font_size, measure)
        .into_iter()
        .enumerate()
    {
        let y = i as f32 * line_height;
        lines.push(place_line(
            para,
            span.start,
            &bidi,
            &line_chunks,
            width,
            y,
            line_height,
        ));
    }
    if lines.is_empty() {
        lines.push(Line {
            y: 0.0,
            height: line_height,
            pieces: Vec::new(),
            span: Span::new(span.start, span.start),
        });
    }
    let height = lines.len() as f32 * line_height;
    ParagraphLayout {
        span,
        direction: bidi.direction(),
        font_size,
        width,
        lines,
        height,
    }
}

pub(super) fn measure_piece<M: Measure + ?Sized>(
    para: &str,
    range: std::ops::Range<usize>,
    level: u8,
    font_size: f32,
    measure: &mut M,
    once: bool,
) -> Measured {
    let s = para.get(range.clone()).unwrap_or("");
    let shaped = shaping::display_text(s, level);
    let width = if once {
        measure.text_width_once(&shaped, font_size)
    } else {
        measure.text_width(&shaped, font_size)
    };
    let shaped = match shaped {
        std::borrow::Cow::Borrowed(_) => None,
        std::borrow::Cow::Owned(o) => Some(o.into_boxed_str()),
    };
    Measured {
        range,
        level,
        width,
        shaped,
    }
}

/// Orders a line's pieces and spaces visually (rules L1 and L2) and places them, flush right for RTL.
fn place_line(
    para: &str,
    base: usize,
    bidi: &ParagraphLevels,
    words: &[Chunk],
    width: f32,
    y: f32,
    height: f32,
) -> Line {
    let line_start = words
        .first()
        .and_then(|w| w.pieces.first())
        .map_or(0, |p| p.range.start);
    let line_end = words.last().map_or(line_start, |w| w.space.end);
    let line_text = para.get(line_start..line_end).unwrap_or("");
    let mut levels = bidi
        .levels
        .get(line_start..line_end)
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    let classes = bidi.classes.get(line_start..line_end).unwrap_or(&[]);
    bidi::apply_l1(line_text, classes, &mut levels, bidi.para_level);
    let level_of = |i: usize| {
        levels
            .get(i.saturating_sub(line_start))
            .copied()
            .unwrap_or(bidi.para_level)
    };

    // Items in logical order; the last word's trailing whitespace hangs (not placed).
    let mut items: Vec<Piece> = Vec::new();
    let n = words.len();
    for (wi, word) in words.iter().enumerate() {
        for p in &word.pieces {
            items.push(Piece {
                span: Span::new(base + p.range.start, base + p.range.end),
                x: 0.0,
                width: p.width,
                level: level_of(p.range.start),
                word: Some(word.index),
                shaped: p.shaped.clone(),
            });
        }
        if wi + 1 < n && !word.space.is_empty() {
            items.push(Piece {
                span: Span::new(base + word.space.start, base + word.space.end),
                x: 0.0,
                width: word.space_width,
                level: level_of(word.space.start),
                word: None,
                shaped: None,
            });
        }
    }
    let item_levels: Vec<u8> = items.iter().map(|p| p.level).collect();
    let order = bidi::visual_order(&item_levels);
    let total: f32 = items.iter().map(|p| p.width).sum();
    let mut x = match bidi.direction() {
        Direction::Rtl => width - total,
        Direction::Ltr => 0.0,
    };
    let mut placed = Vec::with_capacity(items.len());
    for i in order {
        let Some(item) = items.get(i) else {
            continue;
        };
        let mut item = item.clone();
        item.x = x;
        x += item.width;
        placed.push(item);
    }
    Line {
        y,
        height,
        pieces: placed,
        span: Span::new(
            base + line_start,
            base + words.last().map_or(line_start, |w| w.space.start),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char 10 points wide, rows 20 points high: layout logic without fonts.
    struct Fixed;
    impl Measure for Fixed {
        fn text_width(&mut self, text: &str, _size: f32) -> f32 {
            text.chars().count() as f32 * 10.0
        }
        fn row_height(&mut self, _size: f32) -> f32 {
            20.0
        }
    }

    fn lay(text: &str, width: f32) -> ParagraphLayout {
        layout_paragraph(
            text,
            Span::new(0, text.len()),
            10.0,
            width,
            Direction::Rtl,
            &mut Fixed,
        )
    }

    #[test]
    fn empty_and_blank_paragraphs_have_one_empty_line() {
        for text in ["", "   ", "\t \u{a0}"] {
            let p = lay(text, 100.0);
            assert_eq!(p.lines.len(), 1, "{text:?}");
            assert!((p.height - 16.0).abs() < 1e-3);
        }
    }

    #[test]
    fn greedy_breaks_fill_lines_and_hang_trailing_spaces() {
        // Words of 3 chars (30 pt) and spaces of 10 pt in 75 pt: two words per line.
        let p = lay("abc def ghi jkl mno", 75.0);
        let words: Vec<usize> = p
            .lines
            .iter()
            .map(|l| l.pieces.iter().filter(|p| !p.is_space()).count())
            .collect();
        assert_eq!(words, vec![2, 2, 1]);
        // LTR paragraph (first strong char is Latin): lines start at x = 0.
        assert!(
            p.lines
                .iter()
                .all(|l| l.pieces.first().is_some_and(|p| p.x == 0.0))
        );
    }

    #[test]
    fn control_characters_and_tabs_do_not_break_layout() {
        let p = lay("قال\u{200f} \t(مرحبا)\u{202b}abc\u{202c} ١٢٣", 60.0);
        let covered: usize = p
            .lines
            .iter()
            .flat_map(|l| &l.pieces)
            .filter(|p| !p.is_space())
            .map(|p| p.span.len())
            .sum();
        let non_space: usize = "قال\u{200f}(مرحبا)\u{202b}abc\u{202c}١٢٣".len();
        assert_eq!(covered, non_space);
    }
}
