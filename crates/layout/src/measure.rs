//! Text measurement for the layout engine: the [`Measure`] trait, implemented by egui's fonts inside the window
//! and by [`HeadlessFonts`] for the command line, tests and benches (same fonts, same shaper).

use super::fonts::{ArticleFont, article_family, font_definitions};
use epaint::text::{Fonts, FontsView, TextOptions, ViewportKey};
use epaint::{Color32, FontId};

/// Measures text in the article font.
pub trait Measure {
    /// Advance width in points of `text` shaped as one run at `size` points.
    fn text_width(&mut self, text: &str, size: f32) -> f32;
    /// Height in points of one row of glyphs at `size` points.
    fn row_height(&mut self, size: f32) -> f32;

    /// Advance widths of the glyphs of `text` shaped as one run at `size` points, in the order the shaper
    /// places them (left to right), appended to `out`. One shaping for the whole text: over-long words are
    /// cut with prefix sums of these instead of measuring prefixes.
    ///
    /// The default measures each char on its own (fine for fixed-width test measures).
    fn glyph_advances(&mut self, text: &str, size: f32, out: &mut Vec<f32>) {
        let mut buf = [0u8; 4];
        for c in text.chars() {
            out.push(self.text_width(c.encode_utf8(&mut buf), size));
        }
    }
}

/// The advances of a galley's glyphs, row after row (a piece has one row).
fn galley_advances(galley: &epaint::Galley, out: &mut Vec<f32>) {
    for row in &galley.rows {
        out.extend(row.glyphs.iter().map(|g| g.advance_width));
    }
}

impl Measure for FontsView<'_> {
    fn text_width(&mut self, text: &str, size: f32) -> f32 {
        let font_id = FontId::new(size, article_family());
        self.layout_no_wrap(text.to_owned(), font_id, Color32::PLACEHOLDER)
            .size()
            .x
    }

    fn row_height(&mut self, size: f32) -> f32 {
        FontsView::row_height(self, &FontId::new(size, article_family()))
    }

    fn glyph_advances(&mut self, text: &str, size: f32, out: &mut Vec<f32>) {
        let font_id = FontId::new(size, article_family());
        let galley = self.layout_no_wrap(text.to_owned(), font_id, Color32::PLACEHOLDER);
        galley_advances(&galley, out);
    }
}

/// epaint fonts without a window, at 1 point per pixel: what `sahifa layout`, tests and benches measure with.
pub struct HeadlessFonts {
    fonts: Fonts,
    font: ArticleFont,
    since_flush: usize,
}

/// Galleys laid out between two flushes of epaint's cache (which otherwise grows without bound headless).
const FLUSH_EVERY: usize = 20_000;

impl HeadlessFonts {
    /// Loads the bundled fonts with `font` first in the article family.
    pub fn new(font: ArticleFont) -> Self {
        Self {
            fonts: Fonts::new(TextOptions::default(), font_definitions(font)),
            font,
            since_flush: 0,
        }
    }

    /// The article font these fonts put first.
    pub const fn font(&self) -> ArticleFont {
        self.font
    }
}

impl HeadlessFonts {
    /// Counts a galley and flushes epaint's cache every [`FLUSH_EVERY`] of them.
    fn count_galley(&mut self) {
        self.since_flush += 1;
        if self.since_flush >= FLUSH_EVERY {
            self.since_flush = 0;
            self.fonts
                .begin_pass(TextOptions::default(), ViewportKey::default());
        }
    }
}

impl Measure for HeadlessFonts {
    fn text_width(&mut self, text: &str, size: f32) -> f32 {
        self.count_galley();
        self.fonts.with_pixels_per_point(1.0).text_width(text, size)
    }

    fn row_height(&mut self, size: f32) -> f32 {
        Measure::row_height(&mut self.fonts.with_pixels_per_point(1.0), size)
    }

    fn glyph_advances(&mut self, text: &str, size: f32, out: &mut Vec<f32>) {
        // Usually right after `text_width` of the same text: epaint's galley cache answers without shaping.
        self.count_galley();
        self.fonts
            .with_pixels_per_point(1.0)
            .glyph_advances(text, size, out);
    }
}
