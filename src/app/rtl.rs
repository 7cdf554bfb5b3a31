//! Short right-to-left UI strings (headings in the outline, entity names, speakers) as egui layout jobs.
//!
//! egui shapes a label as one run with a guessed direction; this splits the string into bidi runs in visual order
//! so mixed Arabic/Latin/digit strings read correctly on one line. Article text goes through `layout` instead.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId};
use unicode_bidi::{BidiInfo, Level};

/// A one-line job for `text` in visual order (base direction from the first strong char, Arabic by default).
pub fn job(text: &str, font: FontId, color: Color32) -> LayoutJob {
    job_with(text, &TextFormat::simple(font, color))
}

/// Like [`job`] with a full text format (background colour, underline...).
pub fn job_with(text: &str, format: &TextFormat) -> LayoutJob {
    let mut job = LayoutJob::default();
    let line = text.replace(['\n', '\r'], " ");
    let info = BidiInfo::new(&line, Some(Level::rtl()));
    let Some(para) = info.paragraphs.first() else {
        return job;
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    for run in runs {
        let Some(piece) = line.get(run.clone()) else {
            continue;
        };
        let odd = levels.get(run.start).is_some_and(|l| l.is_rtl());
        if odd && !piece.chars().any(crate::analysis::tokens::is_arabic_letter) {
            // The shaper lays a run without Arabic letters out left to right: reverse and mirror it ourselves.
            let flipped: String = piece
                .chars()
                .rev()
                .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
                .collect();
            job.append(&flipped, 0.0, format.clone());
        } else {
            job.append(piece, 0.0, format.clone());
        }
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visual(text: &str) -> Vec<String> {
        let j = job(text, FontId::proportional(14.0), Color32::BLACK);
        j.sections
            .iter()
            .map(|s| j.text[s.byte_range.clone()].to_owned())
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
}
