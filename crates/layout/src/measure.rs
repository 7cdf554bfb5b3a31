//! Text measurement for the layout engine: the [`Measure`] trait, implemented by [`ScreenFonts`] (egui's fonts)
//! inside the window and by [`HeadlessFonts`] for the command line, tests and benches (same fonts, same shaper).
//!
//! A galley holds some 400 bytes a glyph, and epaint keeps every galley it lays out until the end of the frame
//! (headless: until a flush). A word without break opportunity can be a megabyte long (a base64 blob): laid out
//! whole and kept, it took 420 MB. So long texts are measured in windows of [`WINDOW`] bytes, cut between
//! graphemes, each laid out without entering the cache; so are the parts such a word is cut into.

use super::fonts::{ArticleFont, article_family, font_definitions};
use epaint::text::{Fonts, FontsView, LayoutJob, TextOptions, ViewportKey};
use epaint::{Color32, FontId};
use std::sync::Arc;
use unicode_segmentation::UnicodeSegmentation as _;

/// Texts longer than this (bytes) are measured window by window ([`windows`]), outside epaint's cache. The sum
/// of the windows' widths differs from the whole's only by the shaping across each cut (a kerning pair or a
/// joining form): a fraction of a point every 2 KB, on a text far wider than any line.
pub const WINDOW: usize = 2048;

/// `text` in consecutive windows of at least [`WINDOW`] bytes (the last one shorter), each ending at a
/// grapheme boundary (a grapheme is never split, however long).
pub fn windows(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = if rest.len() <= WINDOW {
            rest.len()
        } else {
            rest.grapheme_indices(true)
                .map(|(i, g)| i + g.len())
                .find(|&end| end >= WINDOW)
                .unwrap_or(rest.len())
        };
        let (head, tail) = rest.split_at(cut);
        rest = tail;
        Some(head)
    })
}

/// Measures text in the article font.
pub trait Measure {
    /// Advance width in points of `text` shaped as one run at `size` points.
    fn text_width(&mut self, text: &str, size: f32) -> f32;
    /// Height in points of one row of glyphs at `size` points.
    fn row_height(&mut self, size: f32) -> f32;

    /// [`Measure::text_width`] of a text measured once (the parts a long word is cut into): not worth keeping in
    /// a cache. The default is `text_width`.
    fn text_width_once(&mut self, text: &str, size: f32) -> f32 {
        self.text_width(text, size)
    }

    /// Advance widths of the glyphs of `text` shaped as one run at `size` points, in the order the shaper
    /// places them (left to right), appended to `out`. One shaping for the whole text (by [`windows`] when
    /// long), not kept in a cache: over-long words are cut with prefix sums of these instead of measuring
    /// prefixes.
    ///
    /// The default measures each char on its own (fine for fixed-width test measures).
    fn glyph_advances(&mut self, text: &str, size: f32, out: &mut Vec<f32>) {
        let mut buf = [0u8; 4];
        for c in text.chars() {
            out.push(self.text_width(c.encode_utf8(&mut buf), size));
        }
    }
}

/// A one-row layout job of `text` in the article font.
fn job(text: &str, size: f32) -> Arc<LayoutJob> {
    Arc::new(LayoutJob::simple(
        text.to_owned(),
        FontId::new(size, article_family()),
        Color32::PLACEHOLDER,
        f32::INFINITY,
    ))
}

/// The width of `text` laid out window by window without epaint's cache.
fn uncached_width(fonts: &mut Fonts, pixels_per_point: f32, text: &str, size: f32) -> f32 {
    windows(text)
        .map(|w| {
            fonts
                .layout_uncached(pixels_per_point, job(w, size))
                .size()
                .x
        })
        .sum()
}

/// The glyph advances of `text` laid out window by window without epaint's cache.
fn uncached_advances(
    fonts: &mut Fonts,
    pixels_per_point: f32,
    text: &str,
    size: f32,
    out: &mut Vec<f32>,
) {
    for w in windows(text) {
        galley_advances(&fonts.layout_uncached(pixels_per_point, job(w, size)), out);
    }
}

/// The advances of a galley's glyphs, row after row (a piece has one row).
fn galley_advances(galley: &epaint::Galley, out: &mut Vec<f32>) {
    for row in &galley.rows {
        out.extend(row.glyphs.iter().map(|g| g.advance_width));
    }
}

/// egui's fonts in the window, at the window's scale: short pieces are laid out through egui's galley cache
/// (the words a page repeats), long ones and the parts of long ones by a private copy of the same fonts, outside
/// any cache ([`WINDOW`]).
pub struct ScreenFonts<'v, 'a> {
    view: &'v mut FontsView<'a>,
    pixels_per_point: f32,
    font: ArticleFont,
}

impl<'v, 'a> ScreenFonts<'v, 'a> {
    /// `view` at `pixels_per_point`, whose definitions are [`font_definitions`]`(font)` (as the reader installs
    /// them).
    pub fn new(view: &'v mut FontsView<'a>, pixels_per_point: f32, font: ArticleFont) -> Self {
        Self {
            view,
            pixels_per_point,
            font,
        }
    }

    /// Runs `f` with the private fonts of this thread (made again when the font or options change).
    fn private<R>(&self, f: impl FnOnce(&mut Fonts) -> R) -> R {
        thread_local! {
            static PRIVATE: std::cell::RefCell<Option<(ArticleFont, TextOptions, Fonts)>> =
                const { std::cell::RefCell::new(None) };
        }
        let options = *self.view.options();
        PRIVATE.with_borrow_mut(|slot| {
            if !matches!(slot, Some((font, o, _)) if *font == self.font && *o == options) {
                *slot = None;
            }
            let (_, _, fonts) = slot.get_or_insert_with(|| {
                (
                    self.font,
                    options,
                    Fonts::new(options, font_definitions(self.font)),
                )
            });
            f(fonts)
        })
    }
}

impl Measure for ScreenFonts<'_, '_> {
    fn text_width(&mut self, text: &str, size: f32) -> f32 {
        if text.len() > WINDOW {
            return self.text_width_once(text, size);
        }
        let font_id = FontId::new(size, article_family());
        self.view
            .layout_no_wrap(text.to_owned(), font_id, Color32::PLACEHOLDER)
            .size()
            .x
    }

    fn row_height(&mut self, size: f32) -> f32 {
        FontsView::row_height(self.view, &FontId::new(size, article_family()))
    }

    fn text_width_once(&mut self, text: &str, size: f32) -> f32 {
        let ppp = self.pixels_per_point;
        self.private(|fonts| uncached_width(fonts, ppp, text, size))
    }

    fn glyph_advances(&mut self, text: &str, size: f32, out: &mut Vec<f32>) {
        let ppp = self.pixels_per_point;
        self.private(|fonts| uncached_advances(fonts, ppp, text, size, out));
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
        if text.len() > WINDOW {
            return self.text_width_once(text, size);
        }
        self.count_galley();
        let font_id = FontId::new(size, article_family());
        self.fonts
            .with_pixels_per_point(1.0)
            .layout_no_wrap(text.to_owned(), font_id, Color32::PLACEHOLDER)
            .size()
            .x
    }

    fn row_height(&mut self, size: f32) -> f32 {
        self.fonts
            .with_pixels_per_point(1.0)
            .row_height(&FontId::new(size, article_family()))
    }

    fn text_width_once(&mut self, text: &str, size: f32) -> f32 {
        uncached_width(&mut self.fonts, 1.0, text, size)
    }

    fn glyph_advances(&mut self, text: &str, size: f32, out: &mut Vec<f32>) {
        uncached_advances(&mut self.fonts, 1.0, text, size, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_text_and_never_split_a_grapheme() {
        // "e" with a combining acute accent: a grapheme of three bytes, never cut between its chars.
        let text = "e\u{301}".repeat(5_000) + "end";
        let parts: Vec<&str> = windows(&text).collect();
        assert_eq!(parts.concat(), text);
        assert!(parts.len() > 3);
        for (i, p) in parts.iter().enumerate() {
            assert!(p.starts_with('e'), "window {i} starts inside a grapheme");
            if i + 1 < parts.len() {
                assert!((WINDOW..WINDOW + 3).contains(&p.len()), "{}", p.len());
            }
        }
        assert_eq!(windows("").count(), 0);
        assert_eq!(windows("قصير").collect::<Vec<_>>(), ["قصير"]);
    }

    #[test]
    fn a_long_text_measured_by_windows_is_as_wide_as_laid_out_whole() {
        let mut fonts = HeadlessFonts::new(ArticleFont::Vazirmatn);
        let text = "Sahifa reads the news; ".repeat(400);
        let whole = fonts
            .fonts
            .with_pixels_per_point(1.0)
            .layout_no_wrap(
                text.clone(),
                FontId::new(18.0, article_family()),
                Color32::PLACEHOLDER,
            )
            .size()
            .x;
        let by_windows = fonts.text_width(&text, 18.0);
        assert!(text.len() > 4 * WINDOW);
        assert!(
            (whole - by_windows).abs() < whole * 1e-3,
            "{whole} vs {by_windows}"
        );
        let mut advances = Vec::new();
        fonts.glyph_advances(&text, 18.0, &mut advances);
        assert_eq!(advances.len(), text.chars().count());
        let sum: f32 = advances.iter().sum();
        assert!((whole - sum).abs() < whole * 1e-3, "{whole} vs {sum}");
    }
}
