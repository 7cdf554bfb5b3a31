//! Long lists drawn only where they are visible: the outline of a 10 MB article has thousands of sections and its
//! quote list tens of thousands of statements, and laying every row out every frame made scrolling stutter.
//!
//! A list keeps each row's height (measured when the row was last drawn, estimated before) and their running sum;
//! a frame finds the visible rows by binary search in it, draws those (and any row that must be drawn, such as one
//! asked to take the keyboard focus) and stands in empty space for the rest, so the scroll bar keeps its length.

/// The row heights of one list, valid for one document revision and one width.
#[derive(Clone, Debug, Default)]
pub struct RowHeights {
    /// What the heights were measured for (a hash of the list's version, width in whole points, row count).
    stamp: (u64, u32, usize),
    /// Each row's height including the spacing after it.
    heights: Vec<f32>,
    /// `tops[i]`: the sum of `heights[..i]` (one more entry than rows).
    tops: Vec<f32>,
    /// `tops` must be summed again.
    dirty: bool,
}

impl RowHeights {
    /// Starts over with `estimate` for every row when the list changed (another revision, width or row count).
    fn prepare(&mut self, stamp: (u64, u32, usize), estimate: f32) {
        if self.stamp != stamp || self.heights.len() != stamp.2 {
            self.stamp = stamp;
            self.heights = vec![estimate; stamp.2];
            self.dirty = true;
        }
        if self.dirty {
            self.tops.clear();
            self.tops.reserve(self.heights.len() + 1);
            let mut y = 0.0;
            self.tops.push(y);
            for h in &self.heights {
                y += h;
                self.tops.push(y);
            }
            self.dirty = false;
        }
    }

    /// The rows that meet the band `from..to` (in the list's own coordinates).
    fn visible(&self, from: f32, to: f32) -> std::ops::Range<usize> {
        let n = self.heights.len();
        // Row i spans tops[i]..tops[i + 1].
        let first = self.tops.partition_point(|&t| t <= from).saturating_sub(1);
        let end = self.tops.partition_point(|&t| t < to).min(n);
        first.min(end)..end
    }

    fn top(&self, i: usize) -> f32 {
        self.tops.get(i).copied().unwrap_or(0.0)
    }

    fn record(&mut self, i: usize, height: f32) {
        if let Some(h) = self.heights.get_mut(i)
            && (*h - height).abs() > 0.25
        {
            *h = height;
            self.dirty = true;
        }
    }
}

/// Draws rows `0..count` of a vertical list inside a scroll area: only those within the visible part of `ui`, plus
/// the rows in `always` (a row to focus or to scroll to). `version` changes whenever the rows' contents do (the
/// document and its revision); `estimate` is the height of a row never drawn yet.
pub fn show(
    ui: &mut egui::Ui,
    heights: &mut RowHeights,
    version: impl std::hash::Hash,
    count: usize,
    estimate: f32,
    always: &[usize],
    mut draw: impl FnMut(&mut egui::Ui, usize),
) {
    use std::hash::{DefaultHasher, Hasher as _};
    let mut hasher = DefaultHasher::new();
    version.hash(&mut hasher);
    let width = ui.available_width().round().max(0.0) as u32;
    heights.prepare((hasher.finish(), width, count), estimate);
    let origin = ui.cursor().top();
    let clip = ui.clip_rect();
    let band = heights.visible(clip.top() - origin, clip.bottom() - origin);
    let mut rows: Vec<usize> = band.collect();
    rows.extend(always.iter().copied().filter(|&i| i < count));
    rows.sort_unstable();
    rows.dedup();
    let mut y = 0.0;
    for i in rows {
        let gap = heights.top(i) - y;
        if gap > 0.0 {
            ui.add_space(gap);
        }
        let before = ui.cursor().top();
        draw(ui, i);
        let height = ui.cursor().top() - before;
        heights.record(i, height);
        // The rows below keep their places this frame; the new height counts from the next.
        y = heights.top(i + 1);
        let drawn_end = before - origin + height;
        if drawn_end > y {
            y = drawn_end;
        }
    }
    let rest = heights.top(count) - y;
    if rest > 0.0 {
        ui.add_space(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visible_rows_are_found_by_their_running_heights() {
        let mut h = RowHeights::default();
        h.prepare((1, 300, 1000), 20.0);
        assert_eq!(h.visible(0.0, 100.0), 0..5);
        assert_eq!(h.visible(205.0, 260.0), 10..13);
        assert_eq!(h.visible(19_990.0, 30_000.0), 999..1000);
        h.record(0, 100.0);
        h.prepare((1, 300, 1000), 20.0);
        assert_eq!(h.visible(0.0, 100.0), 0..1);
        assert_eq!(h.visible(100.0, 140.0), 1..3);
        // Another width or revision starts over from the estimate.
        h.prepare((1, 200, 1000), 20.0);
        assert_eq!(h.visible(0.0, 100.0), 0..5);
        h.prepare((2, 200, 0), 20.0);
        assert_eq!(h.visible(0.0, 100.0), 0..0);
    }

    #[test]
    fn only_the_rows_in_view_are_drawn() {
        let ctx = egui::Context::default();
        let mut heights = RowHeights::default();
        let mut drawn = Vec::new();
        for _ in 0..2 {
            drawn.clear();
            let raw = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(400.0, 300.0),
                )),
                ..Default::default()
            };
            let mut out = ctx.run_ui(raw, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    show(ui, &mut heights, 1, 100_000, 18.0, &[50_000], |ui, i| {
                        drawn.push(i);
                        ui.label(format!("row {i}"));
                    });
                });
            });
            // No renderer in a test: the font atlas updates are dropped on purpose.
            out.textures_delta.clear();
        }
        assert!(drawn.len() < 40, "{} rows drawn", drawn.len());
        assert_eq!(drawn.first(), Some(&0));
        assert!(drawn.contains(&50_000));
    }
}
