//! The last resort of line breaking: a chunk without break opportunity that is wider than the line is cut at
//! grapheme boundaries. Each piece is shaped once; the cuts come from prefix sums of its glyph advances, so the
//! work is linear in the length of the chunk (measuring prefixes again per line was quadratic).

use super::linebreak::{After, Chunk};
use super::measure::{Measure, WINDOW};
use super::paragraph::{Measured, measure_piece};
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation as _;

/// Lays out `chunk` from the start of an empty `line`, filling each line up to `width` and cutting its pieces
/// at grapheme boundaries. Full lines go to `lines`; the last one stays in `line` to be continued, and its used
/// width is returned.
pub(super) fn cut_chunk<M: Measure + ?Sized>(
    chunk: Chunk,
    width: f32,
    para: &str,
    font_size: f32,
    measure: &mut M,
    lines: &mut Vec<Vec<Chunk>>,
    line: &mut Vec<Chunk>,
) -> f32 {
    let mut filler = Filler {
        width,
        used: 0.0,
        lines,
        line,
    };
    let mut out = Chunk {
        index: chunk.index,
        pieces: Vec::new(),
        width: 0.0,
        space: chunk.space.start..chunk.space.start,
        space_width: 0.0,
        after: After::Allowed,
    };
    for piece in chunk.pieces {
        filler.place(piece, &mut out, para, font_size, measure);
    }
    out.space = chunk.space;
    out.space_width = chunk.space_width;
    out.after = chunk.after;
    filler.push_chunk(out);
    filler.used
}

/// The line being filled.
struct Filler<'a> {
    width: f32,
    /// Width of the chunks on `line`, with the spaces between them.
    used: f32,
    lines: &'a mut Vec<Vec<Chunk>>,
    line: &'a mut Vec<Chunk>,
}

impl Filler<'_> {
    /// Width left for the next piece of `out` (the chunk being built, not yet on the line).
    fn available(&self, out: &Chunk) -> f32 {
        let gap = if out.pieces.is_empty() {
            self.line.last().map_or(0.0, |c| c.space_width)
        } else {
            0.0
        };
        self.width - self.used - gap - out.width
    }

    /// True when nothing is on the current line yet (neither on `line` nor in `out`).
    fn line_is_empty(&self, out: &Chunk) -> bool {
        self.line.is_empty() && out.pieces.is_empty()
    }

    fn push_chunk(&mut self, out: Chunk) {
        if out.pieces.is_empty() {
            return;
        }
        let gap = self.line.last().map_or(0.0, |c| c.space_width);
        self.used += gap + out.width;
        self.line.push(out);
    }

    /// Ends the current line: what `out` holds so far goes on it, and `out` continues on the next line.
    fn end_line(&mut self, out: &mut Chunk) {
        let end = out.pieces.last().map_or(out.space.start, |p| p.range.end);
        let rest = Chunk {
            index: out.index,
            pieces: Vec::new(),
            width: 0.0,
            space: end..end,
            space_width: 0.0,
            after: After::Allowed,
        };
        let mut done = std::mem::replace(out, rest);
        // The line ends with this part: its span (which `place_line` reads) ends there too.
        done.space = end..end;
        self.push_chunk(done);
        self.lines.push(std::mem::take(self.line));
        self.used = 0.0;
    }

    /// Adds `piece` to `out`, cutting it at grapheme boundaries where it overflows the line.
    fn place<M: Measure + ?Sized>(
        &mut self,
        piece: Measured,
        out: &mut Chunk,
        para: &str,
        font_size: f32,
        measure: &mut M,
    ) {
        if piece.width <= self.available(out) {
            out.width += piece.width;
            out.pieces.push(piece);
            return;
        }
        let stops = grapheme_stops(para, &piece, font_size, measure);
        let last = stops.len().saturating_sub(1);
        let mut from = 0usize;
        while from < last {
            let start_x = stops.get(from).map_or(0.0, |s| s.1);
            let available = self.available(out);
            let mut to = last_stop_within(&stops, from, start_x + available);
            if to == from {
                if !self.line_is_empty(out) {
                    self.end_line(out);
                    continue;
                }
                // Not even one grapheme fits an empty line: it goes there anyway.
                to = from + 1;
            }
            let mut part = measure_at(para, &piece, &stops, from, to, font_size, measure);
            // Shaped on its own the part can be a little wider than its advances in the whole (a letter at the
            // cut takes its final form, a kerning pair is split): cut shorter by the difference until it fits.
            while part.width > available && to > from + 1 {
                let end_x = stops.get(to).map_or(start_x, |s| s.1);
                let shorter = last_stop_within(&stops, from, end_x - (part.width - available))
                    .clamp(from + 1, to - 1);
                to = shorter;
                part = measure_at(para, &piece, &stops, from, to, font_size, measure);
            }
            out.width += part.width;
            out.pieces.push(part);
            if to == last {
                // The rest of the piece ends on this line.
                return;
            }
            self.end_line(out);
            from = to;
        }
    }
}

/// True for a piece measured by windows ([`WINDOW`]): the parts it is cut into are measured once each, outside
/// any cache (together they are as long as the piece).
fn is_long(piece: &Measured) -> bool {
    piece.range.len() > WINDOW
}

/// The largest stop index `k >= from` whose x is at most `limit`.
fn last_stop_within(stops: &[(usize, f32)], from: usize, limit: f32) -> usize {
    let tail = stops.get(from + 1..).unwrap_or(&[]);
    from + tail.partition_point(|&(_, x)| x <= limit)
}

/// Measures the part of `piece` between stops `from` and `to` on its own (one shaping of the part).
fn measure_at<M: Measure + ?Sized>(
    para: &str,
    piece: &Measured,
    stops: &[(usize, f32)],
    from: usize,
    to: usize,
    font_size: f32,
    measure: &mut M,
) -> Measured {
    let byte = |k: usize| piece.range.start + stops.get(k).map_or(0, |s| s.0);
    measure_piece(
        para,
        byte(from)..byte(to),
        piece.level,
        font_size,
        measure,
        is_long(piece),
    )
}

/// The grapheme boundaries of `piece` in logical order, each as (byte offset in the piece, advance from the
/// piece's start), from `(0, 0.0)` to `(len, width)`. One shaping of the piece (usually a cache hit: the piece
/// was just measured).
fn grapheme_stops<M: Measure + ?Sized>(
    para: &str,
    piece: &Measured,
    font_size: f32,
    measure: &mut M,
) -> Vec<(usize, f32)> {
    let text = para.get(piece.range.clone()).unwrap_or("");
    let per_char = char_advances(text, piece, font_size, measure);
    let mut stops = Vec::with_capacity(per_char.len() + 1);
    stops.push((0, 0.0f32));
    let mut x = 0.0f32;
    let mut k = 0usize;
    for (offset, grapheme) in text.grapheme_indices(true) {
        let n = grapheme.chars().count();
        x += per_char.get(k..k + n).map_or(0.0, |a| a.iter().sum());
        k += n;
        stops.push((offset + grapheme.len(), x));
    }
    stops
}

/// The advance of each char of `text` in logical order, from one shaping of the piece.
///
/// The shaper places glyphs left to right: in logical order at an even level and in reverse at an odd one
/// (a reversed display string is shaped in the other direction, so this holds for it too). egui emits one
/// glyph per char (zero-width ones for the extra chars of a ligature), so a cluster's glyphs land on its chars.
/// When the counts differ anyway, each grapheme gets its width measured alone, scaled to the piece's width.
fn char_advances<M: Measure + ?Sized>(
    text: &str,
    piece: &Measured,
    font_size: f32,
    measure: &mut M,
) -> Vec<f32> {
    let display = piece.shaped.as_deref().unwrap_or(text);
    let mut advances = Vec::new();
    measure.glyph_advances(display, font_size, &mut advances);
    if advances.len() == text.chars().count() {
        if piece.level % 2 == 1 {
            advances.reverse();
        }
        return advances;
    }
    // One width per distinct grapheme, put on its first char.
    let mut widths: HashMap<&str, f32> = HashMap::new();
    let mut out = Vec::with_capacity(advances.len());
    for grapheme in text.graphemes(true) {
        let w = *widths
            .entry(grapheme)
            .or_insert_with(|| measure.text_width(grapheme, font_size));
        out.push(w);
        out.extend(std::iter::repeat_n(0.0, grapheme.chars().count() - 1));
    }
    let sum: f32 = out.iter().sum();
    if sum > 0.0 {
        let scale = piece.width / sum;
        for w in &mut out {
            *w *= scale;
        }
    }
    out
}
