//! Short right-to-left UI strings (headings in the outline, entity names, speakers) as egui layout jobs.
//!
//! egui shapes a label as one run with a guessed direction; this splits the string into bidi runs in visual order
//! so mixed Arabic/Latin/digit strings read correctly on one line. Article text goes through `layout` instead.

use crate::layout::shaping::{display_text, visual_runs};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId};

/// A one-line job for `text` in visual order (base direction from the first strong char, Arabic by default).
pub fn job(text: &str, font: FontId, color: Color32) -> LayoutJob {
    job_with(text, &TextFormat::simple(font, color))
}

/// Like [`job`] with a full text format (background colour, underline...).
pub fn job_with(text: &str, format: &TextFormat) -> LayoutJob {
    job_in(text, format, true)
}

/// Like [`job_with`] in a right-to-left (`rtl`) or left-to-right paragraph: an English label naming an Arabic
/// speaker keeps its English words in order around the name.
pub fn job_in(text: &str, format: &TextFormat, rtl: bool) -> LayoutJob {
    let mut job = LayoutJob::default();
    let line = text.replace(['\n', '\r'], " ");
    for run in visual_runs(&line, rtl) {
        let Some(piece) = line.get(run.range) else {
            continue;
        };
        // The reader's own fix for what egui's shaper would order wrongly (neutral runs read right to left,
        // Arabic-Indic digits left to right): one display path for the article and every label.
        push_run(&mut job, &display_text(piece, run.level), format);
    }
    job
}

/// Appends one bidi run as its own section: `LayoutJob::append` would merge runs of equal format, and egui
/// shapes each section with one guessed direction, so merged runs would be shaped (and ordered) as one.
/// The run is shaped with the Arabic UI family ([`crate::layout::fonts::ui_arabic_family`]), so spaces and
/// punctuation share the font of the words around them.
fn push_run(job: &mut LayoutJob, text: &str, format: &TextFormat) {
    let start = job.text.len();
    job.text.push_str(text);
    let mut format = format.clone();
    format.font_id.family = crate::layout::fonts::ui_arabic_family();
    job.sections.push(egui::text::LayoutSection {
        leading_space: 0.0,
        byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
        format,
    });
}

/// A job for `text` wrapped to `width`: lines broken at spaces in logical order (so the first words are on the
/// first line), each line in visual order, aligned to the right.
pub fn wrapped(ctx: &egui::Context, text: &str, format: &TextFormat, width: f32) -> LayoutJob {
    let font = egui::FontId::new(
        format.font_id.size,
        crate::layout::fonts::ui_arabic_family(),
    );
    let measure = |s: &str| {
        ctx.fonts_mut(|f| {
            f.layout_no_wrap(s.to_owned(), font.clone(), format.color)
                .size()
                .x
        })
    };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && measure(&candidate) > width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    // Right-align each line by a leading space (a right-aligned galley would be placed left of its widget).
    let widths: Vec<f32> = lines.iter().map(|l| measure(l)).collect();
    let widest = widths.iter().copied().fold(0.0_f32, f32::max);
    let mut job = LayoutJob::default();
    for (i, (l, w)) in lines.iter().zip(&widths).enumerate() {
        if i > 0 {
            push_run(&mut job, "\n", format);
        }
        let part = job_with(l, format);
        for (k, section) in part.sections.into_iter().enumerate() {
            if let Some(piece) = part
                .text
                .get(section.byte_range.start.0..section.byte_range.end.0)
            {
                push_run(&mut job, piece, &section.format);
                if k == 0
                    && let Some(last) = job.sections.last_mut()
                {
                    last.leading_space = (widest - w).max(0.0);
                }
            }
        }
    }
    job
}

/// What a cached job belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JobKey {
    Section,
    Quote,
}

/// Wrapped jobs of the outline and quote list, kept between frames: a 5 MB article has thousands of headings
/// and statements, and re-measuring their words every frame would cost more than painting the article.
#[derive(Default)]
pub struct JobCache {
    map: std::collections::HashMap<(JobKey, usize), (u32, Color32, LayoutJob)>,
}

impl JobCache {
    /// Forgets every job (new document, new font).
    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// The wrapped job for `key`, made again only when the width or colour changed.
    pub fn get(
        &mut self,
        ctx: &egui::Context,
        key: (JobKey, usize),
        text: &str,
        format: &TextFormat,
        width: f32,
    ) -> LayoutJob {
        let w = width.round() as u32;
        if let Some((cw, cc, job)) = self.map.get(&key)
            && *cw == w
            && *cc == format.color
        {
            return job.clone();
        }
        let job = wrapped(ctx, text, format, width);
        self.map.insert(key, (w, format.color, job.clone()));
        job
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visual(text: &str) -> Vec<String> {
        let j = job(text, FontId::proportional(14.0), Color32::BLACK);
        j.sections
            .iter()
            .map(|s| j.text[s.byte_range.start.0..s.byte_range.end.0].to_owned())
            .collect()
    }

    #[test]
    fn latin_and_digits_keep_their_order_inside_arabic() {
        // Visual order left to right: the Latin word (logically last) comes first.
        let runs = visual("شركة Apple");
        assert_eq!(runs.first().map(String::as_str), Some("Apple"));
        assert!(runs.iter().any(|r| r.contains("شركة")));
        assert_eq!(visual("عام 2015").first().map(String::as_str), Some("2015"));
        assert_eq!(visual("سيرجي لافروف"), vec!["سيرجي لافروف".to_owned()]);
    }

    /// The x of each char of a label as egui paints it with the app's fonts.
    fn glyph_x(text: &str) -> Vec<(char, f32)> {
        use egui::epaint::text::{Fonts, TextOptions};
        let mut fonts = Fonts::new(
            TextOptions::default(),
            crate::layout::fonts::font_definitions(crate::layout::ArticleFont::default()),
        );
        let galley = fonts.with_pixels_per_point(1.0).layout_job(job(
            text,
            FontId::proportional(14.0),
            Color32::BLACK,
        ));
        galley
            .rows
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| (g.chr, g.pos.x)))
            .collect()
    }

    #[test]
    fn a_mixed_heading_is_painted_in_reading_order() {
        // Right to left: "قتل" first (rightmost), then 300 read left to right, then "ألف"; G20 and the
        // Arabic-Indic year keep their own left-to-right order.
        let x = |text: &str, c: char| {
            glyph_x(text)
                .into_iter()
                .find(|(g, _)| *g == c)
                .map_or(f32::NAN, |(_, x)| x)
        };
        let t = "قتل 300 ألف في الحرب";
        assert!(x(t, 'ق') > x(t, '3'), "قتل right of 300");
        assert!(x(t, '3') < x(t, '0'), "300 left to right");
        assert!(x(t, 'أ') < x(t, '3'), "ألف left of 300");
        assert!(
            x(t, 'ح') < x(t, 'أ'),
            "الحرب (after ألف) left of it: words in reading order"
        );
        let t = "قمة G20 في عام ٢٠١٥";
        assert!(x(t, 'G') < x(t, '2'), "G20 left to right");
        assert!(x(t, 'ق') > x(t, 'G'), "قمة right of G20");
        assert!(x(t, '٢') < x(t, '٥'), "٢٠١٥ left to right, not ٥١٠٢");
        assert!(
            x(t, '٥') < x(t, 'G'),
            "the year (logically last) is left of G20"
        );
    }
}
