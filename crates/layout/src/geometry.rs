//! Geometry queries on a laid-out paragraph: point -> byte offset, byte span -> rectangles.
//! Coordinates are relative to the paragraph's top-left corner.

use super::bidi::Direction;
use super::paragraph::{Line, ParagraphLayout, Piece};
use epaint::{Rect, pos2};
use sahifa_core::span::Span;

/// Where a point falls in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The caret position nearest the point (a char boundary): for selections.
    pub caret: usize,
    /// The start of the char under the point (or nearest it): for hovering and clicking.
    pub char_start: usize,
    /// True when the point is on a word's box (not in a margin, a gap or past a line's end).
    pub on_text: bool,
}

/// Char boundaries of a piece's span, in logical order, including both ends.
fn boundaries(text: &str, span: Span) -> Vec<usize> {
    let s = span.get(text).unwrap_or("");
    let mut b: Vec<usize> = s.char_indices().map(|(i, _)| span.start + i).collect();
    b.push(span.end);
    b
}

/// The x (paragraph-relative) of the caret before logical char index `k` of `piece` with `n` chars,
/// interpolated by char index in the piece's direction.
fn caret_x(piece: &Piece, k: usize, n: usize) -> f32 {
    let f = if n == 0 { 0.0 } else { k as f32 / n as f32 };
    if piece.is_rtl() {
        piece.right() - f * piece.width
    } else {
        piece.x + f * piece.width
    }
}

impl ParagraphLayout {
    /// The line at paragraph-relative `y` (clamped to the first or last line).
    pub fn line_at(&self, y: f32) -> Option<&Line> {
        let i = self.lines.partition_point(|l| l.y + l.height <= y);
        self.lines.get(i.min(self.lines.len().saturating_sub(1)))
    }

    /// Hit test a paragraph-relative point. `text` is the document text.
    pub fn hit_test(&self, text: &str, x: f32, y: f32) -> Option<Hit> {
        let line = self.line_at(y)?;
        let Some(piece) = nearest_piece(line, x) else {
            return Some(Hit {
                caret: line.span.start,
                char_start: line.span.start,
                on_text: false,
            });
        };
        // Past either end of the line the caret goes to the line's logical start or end, whatever piece sits at
        // that edge: the visually last piece of a right-to-left line can be a left-to-right number ("عام 2026"),
        // whose own left edge is its start, and a drag past it would leave the number out.
        if let Some(caret) = past_line_end(line, self.direction, x) {
            return Some(Hit {
                caret,
                char_start: if caret == line.span.end {
                    last_char_start(text, line.span)
                } else {
                    line.span.start
                },
                on_text: false,
            });
        }
        let bounds = boundaries(text, piece.span);
        let chars = bounds.len().saturating_sub(1);
        let fraction = if piece.width > 0.0 {
            ((x - piece.x) / piece.width).clamp(0.0, 1.0)
        } else {
            0.0
        };
        // Fraction of the piece in logical order.
        let logical = if piece.is_rtl() {
            1.0 - fraction
        } else {
            fraction
        };
        let pos = logical * chars as f32;
        let caret_k = (pos.round() as usize).min(chars);
        let char_k = (pos.floor() as usize).min(chars.saturating_sub(1));
        let on_text =
            (line.y..line.y + line.height).contains(&y) && (piece.x..=piece.right()).contains(&x);
        Some(Hit {
            caret: bounds.get(caret_k).copied().unwrap_or(piece.span.start),
            char_start: bounds.get(char_k).copied().unwrap_or(piece.span.start),
            on_text,
        })
    }

    /// Rectangles (paragraph-relative) covering `span`: one per line per run of adjacent pieces it touches.
    /// Pieces partly inside get a sub-rectangle interpolated by char index.
    pub fn span_rects(&self, text: &str, span: Span) -> Vec<Rect> {
        let mut rects: Vec<Rect> = Vec::new();
        if span.is_empty() || !span.overlaps(self.span) {
            return rects;
        }
        for line in &self.lines {
            if !line.span.overlaps(span) {
                continue;
            }
            let mut run: Option<(f32, f32)> = None;
            for piece in &line.pieces {
                let Some((x0, x1)) = piece_cover(text, piece, span) else {
                    if let Some((a, b)) = run.take() {
                        rects.push(line_rect(line, a, b));
                    }
                    continue;
                };
                run = match run {
                    Some((a, b)) if (x0 - b).abs() < 0.5 => Some((a, x1)),
                    Some((a, b)) => {
                        rects.push(line_rect(line, a, b));
                        Some((x0, x1))
                    }
                    None => Some((x0, x1)),
                };
            }
            if let Some((a, b)) = run {
                rects.push(line_rect(line, a, b));
            }
        }
        rects
    }
}

fn line_rect(line: &Line, x0: f32, x1: f32) -> Rect {
    Rect::from_min_max(pos2(x0, line.y), pos2(x1, line.y + line.height))
}

/// The x range of `piece` covered by `span`, if any.
fn piece_cover(text: &str, piece: &Piece, span: Span) -> Option<(f32, f32)> {
    if !piece.span.overlaps(span) {
        return None;
    }
    if span.encloses(piece.span) {
        return Some((piece.x, piece.right()));
    }
    let b = boundaries(text, piece.span);
    let n = b.len().saturating_sub(1);
    let k0 = b.partition_point(|&o| o < span.start.max(piece.span.start));
    let k1 = b.partition_point(|&o| o < span.end.min(piece.span.end));
    let (xa, xb) = (caret_x(piece, k0, n), caret_x(piece, k1.min(n), n));
    Some((xa.min(xb), xa.max(xb)))
}

/// The caret for an `x` left or right of every word on `line`: the logical start or end of the line, by the
/// paragraph's direction; `None` when `x` is within the line's words.
fn past_line_end(line: &Line, direction: Direction, x: f32) -> Option<usize> {
    let words = line.pieces.iter().filter(|p| !p.is_space());
    let left = words.clone().map(|p| p.x).fold(f32::INFINITY, f32::min);
    let right = words.map(Piece::right).fold(f32::NEG_INFINITY, f32::max);
    let rtl = direction == Direction::Rtl;
    if x < left {
        Some(if rtl { line.span.end } else { line.span.start })
    } else if x > right {
        Some(if rtl { line.span.start } else { line.span.end })
    } else {
        None
    }
}

/// The start of the last char of `span` (its start when empty).
fn last_char_start(text: &str, span: Span) -> usize {
    span.get(text)
        .and_then(|s| s.char_indices().next_back())
        .map_or(span.start, |(i, _)| span.start + i)
}

/// The piece nearest `x` on a line (a word piece preferred over a space).
fn nearest_piece(line: &Line, x: f32) -> Option<&Piece> {
    let dist = |p: &Piece| {
        if x < p.x {
            p.x - x
        } else if x > p.right() {
            x - p.right()
        } else {
            0.0
        }
    };
    line.pieces
        .iter()
        .filter(|p| !p.is_space())
        .min_by(|a, b| dist(a).total_cmp(&dist(b)))
}
