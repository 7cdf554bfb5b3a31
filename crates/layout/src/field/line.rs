//! Where a field's carets are on screen: the line's bidi runs in visual order (the labels' path,
//! [`shaping::visual_runs`]), each cut into words that are shaped on their own, with the x of every grapheme
//! boundary. Arrow keys walk these positions left or right; a click maps an x back to a caret.

use super::buffer::{Affinity, Caret};
use crate::shaping::{self, display_text, is_rtl_script};
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation as _;

/// A word, or the spaces between two words, of a run: shaped and painted as one piece.
#[derive(Clone, Debug, PartialEq)]
pub struct LineSegment {
    /// Bytes of the field's text.
    pub range: Range<usize>,
    /// Left edge from the line's left edge, in points.
    pub x: f32,
    pub width: f32,
}

/// One bidi run of the line.
#[derive(Clone, Debug, PartialEq)]
pub struct LineRun {
    pub range: Range<usize>,
    /// Resolved bidi level (odd: right to left).
    pub level: u8,
    pub x: f32,
    pub width: f32,
    /// Its segments in visual order, left to right.
    pub segments: Vec<LineSegment>,
    /// Grapheme boundaries in logical order, from `range.start` to `range.end`, with their x.
    stops: Vec<(usize, f32)>,
    /// The index in [`CaretLine::slots`] of its leftmost stop.
    first_slot: usize,
}

impl LineRun {
    pub const fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }

    /// The x of the boundary at `offset` (the nearest stop when `offset` is not one).
    fn stop_x(&self, offset: usize) -> f32 {
        let k = self.stops.partition_point(|&(o, _)| o < offset);
        self.stops
            .get(k.min(self.stops.len().saturating_sub(1)))
            .map_or(self.x, |s| s.1)
    }
}

/// A place the caret can be on screen. Where two runs meet, the place has a caret in each: `left` in the run
/// on its left, `right` in the run on its right (offset, run index); elsewhere both are the same.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Slot {
    x: f32,
    left: (usize, usize),
    right: (usize, usize),
}

/// A line of field text laid out for carets: runs, segments and caret places, left to right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaretLine {
    /// The paragraph direction.
    pub rtl: bool,
    /// Width of the whole line in points.
    pub width: f32,
    /// The runs in visual order.
    pub runs: Vec<LineRun>,
    /// Every caret place, left to right.
    slots: Vec<Slot>,
    /// Run indices sorted by logical start (to find a caret's run by binary search).
    by_start: Vec<usize>,
}

/// A segment in logical order: its bytes, width and grapheme stops (relative advances).
type Measured = (Range<usize>, f32, Vec<(usize, f32)>);

/// Segments longer than this many graphemes (a pasted string without spaces) are cut: each segment is one
/// galley, and painting a visible part of the field must not shape and draw the whole text.
const MAX_SEGMENT_GRAPHEMES: usize = 64;

impl CaretLine {
    /// Lays out `text` (one line) in a right-to-left (`rtl`) or left-to-right paragraph. `measure` gives the
    /// advance width of a string as the painter will shape it (a segment's [`display_text`]).
    pub fn build(text: &str, rtl: bool, measure: &mut dyn FnMut(&str) -> f32) -> Self {
        let mut line = Self {
            rtl,
            ..Self::default()
        };
        let mut estimates: HashMap<(&str, bool), f32> = HashMap::new();
        let mut x = 0.0f32;
        for run in shaping::visual_runs(text, rtl) {
            let Some(run_text) = text.get(run.range.clone()) else {
                continue;
            };
            let run_rtl = run.level % 2 == 1;
            // Segments in logical order with their width and grapheme stops (relative advances).
            let mut logical: Vec<Measured> = Vec::new();
            for seg in segments(run_text) {
                let Some(seg_text) = run_text.get(seg.clone()) else {
                    continue;
                };
                let width = measure(&display_text(seg_text, run.level));
                let stops = grapheme_advances(seg_text, run.level, width, &mut estimates, measure);
                let abs = run.range.start + seg.start..run.range.start + seg.end;
                logical.push((abs, width, stops));
            }
            let run_x = x;
            let mut segs: Vec<LineSegment> = Vec::with_capacity(logical.len());
            let order: Vec<usize> = if run_rtl {
                (0..logical.len()).rev().collect()
            } else {
                (0..logical.len()).collect()
            };
            let mut seg_x = vec![0.0f32; logical.len()];
            for i in order {
                let Some((range, width, _)) = logical.get(i) else {
                    continue;
                };
                if let Some(sx) = seg_x.get_mut(i) {
                    *sx = x;
                }
                segs.push(LineSegment {
                    range: range.clone(),
                    x,
                    width: *width,
                });
                x += width;
            }
            let mut stops: Vec<(usize, f32)> = Vec::new();
            for (i, (range, width, rel)) in logical.iter().enumerate() {
                let sx = seg_x.get(i).copied().unwrap_or(run_x);
                for &(o, adv) in rel {
                    if o == 0 && !stops.is_empty() {
                        continue; // shared with the previous segment's end
                    }
                    let at = if run_rtl { sx + width - adv } else { sx + adv };
                    stops.push((range.start + o, at));
                }
            }
            line.runs.push(LineRun {
                range: run.range,
                level: run.level,
                x: run_x,
                width: x - run_x,
                segments: segs,
                stops,
                first_slot: 0,
            });
        }
        line.width = x;
        line.index();
        line
    }

    /// The caret places and the by-start index.
    fn index(&mut self) {
        let mut slots: Vec<Slot> = Vec::new();
        for (ri, run) in self.runs.iter_mut().enumerate() {
            let visual: Box<dyn Iterator<Item = &(usize, f32)>> = if run.is_rtl() {
                Box::new(run.stops.iter().rev())
            } else {
                Box::new(run.stops.iter())
            };
            for (k, &(o, x)) in visual.enumerate() {
                if k == 0 {
                    if ri > 0
                        && let Some(last) = slots.last_mut()
                    {
                        last.right = (o, ri);
                        run.first_slot = slots.len() - 1;
                        continue;
                    }
                    run.first_slot = slots.len();
                }
                slots.push(Slot {
                    x,
                    left: (o, ri),
                    right: (o, ri),
                });
            }
        }
        self.slots = slots;
        let mut by_start: Vec<usize> = (0..self.runs.len()).collect();
        by_start.sort_by_key(|&i| self.runs.get(i).map_or(0, |r| r.range.start));
        self.by_start = by_start;
    }

    /// The run holding the character that starts at `offset`.
    fn run_starting_before(&self, offset: usize) -> Option<usize> {
        let k = self
            .by_start
            .partition_point(|&i| self.runs.get(i).is_some_and(|r| r.range.start <= offset));
        let i = *self.by_start.get(k.checked_sub(1)?)?;
        self.runs
            .get(i)
            .is_some_and(|r| offset < r.range.end)
            .then_some(i)
    }

    /// The run `caret` is drawn in: the one of the character after it (downstream) or before it (upstream),
    /// the other one at the ends of the text.
    fn run_of(&self, caret: Caret) -> Option<usize> {
        let after = || self.run_starting_before(caret.offset);
        let before = || {
            caret
                .offset
                .checked_sub(1)
                .and_then(|o| self.run_starting_before(o))
        };
        match caret.affinity {
            Affinity::Downstream => after().or_else(before),
            Affinity::Upstream => before().or_else(after),
        }
    }

    /// The caret in run `ri` at `offset`, with the affinity that keeps it there.
    fn caret_in(&self, offset: usize, ri: usize) -> Caret {
        let upstream = self
            .runs
            .get(ri)
            .is_some_and(|r| offset == r.range.end && offset > r.range.start);
        if upstream {
            Caret::upstream(offset)
        } else {
            Caret::downstream(offset)
        }
    }

    /// The index of the slot `caret` is at.
    fn slot_of(&self, caret: Caret) -> Option<usize> {
        let ri = self.run_of(caret)?;
        let run = self.runs.get(ri)?;
        let n = run.stops.len();
        let k = run
            .stops
            .partition_point(|&(o, _)| o < caret.offset)
            .min(n.saturating_sub(1));
        let visual = if run.is_rtl() { n - 1 - k } else { k };
        Some(run.first_slot + visual)
    }

    /// The x of `caret` from the line's left edge (0 for an empty line).
    pub fn caret_x(&self, caret: Caret) -> f32 {
        self.run_of(caret)
            .and_then(|ri| self.runs.get(ri))
            .map_or(0.0, |run| run.stop_x(caret.offset))
    }

    /// The caret one grapheme to the `left` (or right) of `caret` on screen: in a right-to-left run that is
    /// logically forward, in a left-to-right one backward. Where runs meet, the caret stays with the run it
    /// just moved through. At the ends of the line it stays where it is.
    pub fn move_visual(&self, caret: Caret, left: bool) -> Caret {
        let Some(s) = self.slot_of(caret) else {
            return caret;
        };
        let target = if left {
            s.checked_sub(1)
        } else {
            Some(s + 1).filter(|&t| t < self.slots.len())
        };
        let Some(slot) = target.and_then(|t| self.slots.get(t)) else {
            return caret;
        };
        let (offset, ri) = if left { slot.right } else { slot.left };
        self.caret_in(offset, ri)
    }

    /// The caret nearest `x` (from the line's left edge). Where two runs meet, the side of `x` picks the run.
    pub fn hit(&self, x: f32) -> Caret {
        let i = self.slots.partition_point(|s| s.x < x);
        let nearest = [i.checked_sub(1), Some(i)]
            .into_iter()
            .flatten()
            .filter_map(|j| self.slots.get(j))
            .min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()));
        let Some(slot) = nearest else {
            return Caret::default();
        };
        let (offset, ri) = if x < slot.x { slot.left } else { slot.right };
        self.caret_in(offset, ri)
    }

    /// The x ranges (left, right) covering the bytes `range`, left to right: more than one when the selection
    /// crosses runs of both directions.
    pub fn selection_ranges(&self, range: Range<usize>) -> Vec<(f32, f32)> {
        let mut out: Vec<(f32, f32)> = Vec::new();
        if range.start >= range.end {
            return out;
        }
        for run in &self.runs {
            let from = range.start.max(run.range.start);
            let to = range.end.min(run.range.end);
            if from >= to {
                continue;
            }
            let (x_from, x_to) = (run.stop_x(from), run.stop_x(to));
            let (left, right) = (x_from.min(x_to), x_from.max(x_to));
            match out.last_mut() {
                Some(last) if (last.1 - left).abs() < 0.01 => last.1 = right,
                _ => out.push((left, right)),
            }
        }
        out
    }

    /// The segments that overlap the x range `left..right`, with their run, left to right.
    pub fn segments_in(
        &self,
        left: f32,
        right: f32,
    ) -> impl Iterator<Item = (&LineRun, &LineSegment)> {
        let first = self.runs.partition_point(|r| r.x + r.width < left);
        self.runs
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |r| r.x <= right)
            .flat_map(move |r| {
                r.segments
                    .iter()
                    .filter(move |s| s.x + s.width >= left && s.x <= right)
                    .map(move |s| (r, s))
            })
    }

    /// Every caret the line has, left to right (both carets where runs meet): for tests and tools.
    pub fn carets(&self) -> Vec<Caret> {
        let mut out = Vec::with_capacity(self.slots.len() * 2);
        for s in &self.slots {
            out.push(self.caret_in(s.left.0, s.left.1));
            if s.right != s.left {
                out.push(self.caret_in(s.right.0, s.right.1));
            }
        }
        out
    }
}

/// A run cut into words and the whitespace between them (relative byte ranges, logical order), over-long words
/// cut again every [`MAX_SEGMENT_GRAPHEMES`] graphemes.
fn segments(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut count = 0usize;
    let mut space: Option<bool> = None;
    for (i, g) in text.grapheme_indices(true) {
        let is_space = g.chars().all(char::is_whitespace);
        if (space.is_some_and(|s| s != is_space) || count >= MAX_SEGMENT_GRAPHEMES) && i > start {
            out.push(start..i);
            start = i;
            count = 0;
        }
        space = Some(is_space);
        count += 1;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// The grapheme boundaries of a segment (relative bytes, logical order, from 0 to its length) with the advance
/// from its logical start. One shaping per distinct grapheme: each grapheme's share of the segment's measured
/// width is its width shaped alone, an Arabic letter between two zero-width joiners so that it takes the joined
/// form it has inside the word.
fn grapheme_advances<'t>(
    text: &'t str,
    level: u8,
    width: f32,
    estimates: &mut HashMap<(&'t str, bool), f32>,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<(usize, f32)> {
    let rtl = level % 2 == 1;
    let graphemes: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
    let mut ws: Vec<f32> = Vec::with_capacity(graphemes.len());
    if graphemes.len() > 1 {
        for &(_, g) in &graphemes {
            let w = *estimates.entry((g, rtl)).or_insert_with(|| {
                if rtl && g.chars().next().is_some_and(is_rtl_script) {
                    measure(&format!("\u{200D}{g}\u{200D}"))
                } else {
                    measure(&display_text(g, level))
                }
            });
            ws.push(w.max(0.0));
        }
    } else {
        ws.push(width);
    }
    let total: f32 = ws.iter().sum();
    let n = ws.len().max(1) as f32;
    let mut out = Vec::with_capacity(graphemes.len() + 1);
    out.push((0, 0.0));
    let mut acc = 0.0f32;
    for (k, (&(i, g), w)) in graphemes.iter().zip(&ws).enumerate() {
        acc += w;
        let adv = if total > 0.0 {
            width * acc / total
        } else {
            width * (k + 1) as f32 / n
        };
        out.push((i + g.len(), adv));
    }
    out
}
