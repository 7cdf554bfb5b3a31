//! Line breaking in logical order: a paragraph becomes chunks between the break opportunities of the Unicode
//! Line Breaking Algorithm (UAX #14, `unicode-linebreak`), and lines are filled greedily with them. A segment
//! that has no opportunity and is wider than the line is cut at grapheme boundaries (see [`super::cut`]).

use super::bidi::ParagraphLevels;
use super::measure::Measure;
use super::paragraph::{Measured, measure_piece};
use std::ops::Range;
use unicode_linebreak::BreakOpportunity;

/// What the Unicode Line Breaking Algorithm allows after a chunk (after its trailing whitespace).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum After {
    /// The next chunk sticks to this one (e.g. "a )": no line starts with closing punctuation).
    Glue,
    /// A line may end here.
    Allowed,
    /// A line must end here (a line separator inside a block).
    Mandatory,
}

/// A run of non-whitespace text between two places where a line may break, with the whitespace after it.
/// A whitespace-delimited word is one chunk, or several when it has break opportunities inside
/// ("https://example.com/" + "news", or around a zero-width space).
pub(super) struct Chunk {
    /// Index of the whitespace-delimited word in the paragraph (the chunks of one word share it).
    pub(super) index: u32,
    /// Pieces of one bidi level each, in logical order.
    pub(super) pieces: Vec<Measured>,
    pub(super) width: f32,
    /// Whitespace after the chunk (paragraph-relative bytes) and its width.
    pub(super) space: Range<usize>,
    pub(super) space_width: f32,
    pub(super) after: After,
}

/// Characters at which words end (spaces and tabs; no-break spaces stay inside words).
pub fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// The break opportunities of a paragraph, consumed in increasing order.
struct Opportunities<I: Iterator<Item = (usize, BreakOpportunity)>> {
    iter: std::iter::Peekable<I>,
}

impl<I: Iterator<Item = (usize, BreakOpportunity)>> Opportunities<I> {
    /// The opportunity at byte `i`, if any; forgets those before `i` (callers ask in non-decreasing order).
    fn at(&mut self, i: usize) -> Option<BreakOpportunity> {
        while self.iter.next_if(|&(j, _)| j < i).is_some() {}
        self.iter.peek().filter(|&&(j, _)| j == i).map(|&(_, o)| o)
    }
}

/// Splits a paragraph into measured chunks (logical order). Leading whitespace is skipped; a run of spaces
/// counts once (browsers collapse it).
pub(super) fn chunks<M: Measure + ?Sized>(
    para: &str,
    bidi: &ParagraphLevels,
    font_size: f32,
    measure: &mut M,
) -> Vec<Chunk> {
    let level_at = |i: usize| bidi.levels.get(i).copied().unwrap_or(bidi.para_level);
    let space_width = measure.text_width(" ", font_size);
    let mut opportunities = Opportunities {
        iter: unicode_linebreak::linebreaks(para).peekable(),
    };
    let mut out: Vec<Chunk> = Vec::new();
    let mut index = 0u32;
    let mut chars = para.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if is_break_space(c) {
            // Whitespace with no chunk before it on its line (paragraph start, after a line separator).
            chars.next();
            continue;
        }
        let mut pieces = Vec::new();
        let mut piece_start = start;
        let mut piece_level = level_at(start);
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if i > start && (is_break_space(c) || opportunities.at(i).is_some()) {
                break;
            }
            let level = level_at(i);
            if level != piece_level {
                pieces.push(measure_piece(
                    para,
                    piece_start..i,
                    piece_level,
                    font_size,
                    measure,
                ));
                piece_start = i;
                piece_level = level;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        pieces.push(measure_piece(
            para,
            piece_start..end,
            piece_level,
            font_size,
            measure,
        ));
        let mut space_end = end;
        while let Some(&(i, c)) = chars.peek() {
            if !is_break_space(c) || (i > end && opportunities.at(i).is_some()) {
                break;
            }
            space_end = i + c.len_utf8();
            chars.next();
        }
        let after = match opportunities.at(space_end) {
            Some(BreakOpportunity::Mandatory) => After::Mandatory,
            Some(BreakOpportunity::Allowed) => After::Allowed,
            None => After::Glue,
        };
        out.push(Chunk {
            index,
            width: pieces.iter().map(|p| p.width).sum(),
            pieces,
            space: end..space_end,
            space_width: if space_end > end { space_width } else { 0.0 },
            after,
        });
        if space_end > end {
            index = index.saturating_add(1);
        }
    }
    out
}

/// Greedy line breaking in logical order at the chunks' break opportunities; a segment (chunks glued
/// together) wider than the line goes to a line of its own and is cut there as a last resort.
pub(super) fn break_lines<M: Measure + ?Sized>(
    chunks: Vec<Chunk>,
    width: f32,
    para: &str,
    font_size: f32,
    measure: &mut M,
) -> Vec<Vec<Chunk>> {
    let mut lines: Vec<Vec<Chunk>> = Vec::new();
    let mut line: Vec<Chunk> = Vec::new();
    let mut used = 0.0f32;
    let mut chunks = chunks.into_iter().peekable();
    while chunks.peek().is_some() {
        // The next segment: chunks up to one after which a line may end.
        let mut segment: Vec<Chunk> = Vec::new();
        while let Some(chunk) =
            chunks.next_if(|_| segment.last().is_none_or(|c| c.after == After::Glue))
        {
            segment.push(chunk);
        }
        let n = segment.len();
        let segment_width: f32 = segment
            .iter()
            .enumerate()
            .map(|(k, c)| c.width + if k + 1 < n { c.space_width } else { 0.0 })
            .sum();
        let mandatory = segment.last().is_some_and(|c| c.after == After::Mandatory);
        let gap = line.last().map_or(0.0, |c| c.space_width);
        if !line.is_empty() && used + gap + segment_width > width {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        if line.is_empty() && segment_width > width {
            used = super::cut::cut_segment(
                segment, width, para, font_size, measure, &mut lines, &mut line,
            );
        } else {
            used += if line.is_empty() { 0.0 } else { gap } + segment_width;
            line.extend(segment);
        }
        if mandatory && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
