//! Greedy line breaking in logical order, with overlong words split between chars as a last resort.

use super::measure::Measure;
use super::paragraph::{Measured, Word, measure_piece};

/// Greedy line breaking in logical order; a word wider than the line is split between chars as a last resort.
pub(super) fn break_lines<M: Measure + ?Sized>(
    words: Vec<Word>,
    width: f32,
    para: &str,
    font_size: f32,
    measure: &mut M,
) -> Vec<Vec<Word>> {
    let mut lines: Vec<Vec<Word>> = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    let mut used = 0.0f32;
    for word in words {
        let gap = line.last().map_or(0.0, |w: &Word| w.space_width);
        if !line.is_empty() && used + gap + word.width > width {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        if line.is_empty() && word.width > width {
            let parts = split_word(word, width, para, font_size, measure);
            let n = parts.len();
            for (k, part) in parts.into_iter().enumerate() {
                used = part.width;
                line.push(part);
                if k + 1 < n {
                    lines.push(std::mem::take(&mut line));
                }
            }
            continue;
        }
        used += if line.is_empty() { 0.0 } else { gap } + word.width;
        line.push(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Splits an overlong word into parts that each fit `width` (at least one char per part).
fn split_word<M: Measure + ?Sized>(
    word: Word,
    width: f32,
    para: &str,
    font_size: f32,
    measure: &mut M,
) -> Vec<Word> {
    let index = word.index;
    let mut parts: Vec<Word> = Vec::new();
    let mut current: Vec<Measured> = Vec::new();
    let mut used = 0.0f32;
    let flush = |current: &mut Vec<Measured>, used: &mut f32, parts: &mut Vec<Word>| {
        if current.is_empty() {
            return;
        }
        let end = current.last().map_or(0, |p| p.range.end);
        parts.push(Word {
            index,
            pieces: std::mem::take(current),
            width: *used,
            space: end..end,
            space_width: 0.0,
        });
        *used = 0.0;
    };
    for piece in word.pieces {
        let mut piece = piece;
        loop {
            if used + piece.width <= width {
                used += piece.width;
                current.push(piece);
                break;
            }
            // Longest prefix (in chars) that fits what is left of the line.
            let s = para.get(piece.range.clone()).unwrap_or("");
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).skip(1).collect();
            let mut best: Option<Measured> = None;
            let (mut lo, mut hi) = (0usize, bounds.len());
            while lo < hi {
                let mid = (lo + hi).div_ceil(2);
                let Some(&cut) = bounds.get(mid - 1) else {
                    break;
                };
                let m = measure_piece(
                    para,
                    piece.range.start..piece.range.start + cut,
                    piece.level,
                    font_size,
                    measure,
                );
                if used + m.width <= width {
                    lo = mid;
                    best = Some(m);
                } else {
                    hi = mid - 1;
                }
            }
            let head = match best {
                Some(m) if lo > 0 => m,
                _ if current.is_empty() => {
                    // Not even one char fits: take one char anyway.
                    let cut = bounds.first().copied().unwrap_or(s.len());
                    measure_piece(
                        para,
                        piece.range.start..piece.range.start + cut,
                        piece.level,
                        font_size,
                        measure,
                    )
                }
                _ => {
                    flush(&mut current, &mut used, &mut parts);
                    continue;
                }
            };
            let rest = head.range.end..piece.range.end;
            used += head.width;
            current.push(head);
            flush(&mut current, &mut used, &mut parts);
            if rest.is_empty() {
                break;
            }
            piece = measure_piece(para, rest, piece.level, font_size, measure);
        }
    }
    flush(&mut current, &mut used, &mut parts);
    if let Some(last) = parts.last_mut() {
        last.space.clone_from(&word.space);
        last.space_width = word.space_width;
    }
    parts
}
