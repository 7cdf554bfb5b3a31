//! `sahifa layout FILE --width PX --font-size PX --json`: the reader's layout without a window.

use crate::layout::ArticleFont;
use crate::layout::json::layout_document_json;
use anyhow::Context as _;
use clap::Args;
use std::ops::RangeInclusive;
use std::path::PathBuf;

/// Widths accepted by `--width`: narrower than a few glyphs is no column; wider than any screen only costs time.
pub const WIDTHS: RangeInclusive<f32> = 50.0..=100_000.0;

/// Body sizes accepted by `--font-size`. epaint rasterises every glyph it measures (titles at 1.45 times the
/// body size) into one atlas: at 20000 a layout took 52 s and 3.2 GB, at 100000 the rasteriser panicked.
pub const FONT_SIZES: RangeInclusive<f32> = 4.0..=512.0;

#[derive(Debug, Args)]
pub struct LayoutArgs {
    pub file: PathBuf,
    /// Width available to the text, in points (50 to 100000).
    #[arg(long, default_value_t = 600.0)]
    pub width: f32,
    /// Body font size, in points (4 to 512).
    #[arg(long = "font-size", default_value_t = 18.0)]
    pub font_size: f32,
    /// Article font file name (one of the bundled fonts).
    #[arg(long)]
    pub font: Option<String>,
    /// Print JSON (the only output format for now).
    #[arg(long)]
    pub json: bool,
}

/// Runs the subcommand: loads the file, lays out every block with the reader's code and prints JSON.
pub fn run(args: &LayoutArgs) -> anyhow::Result<()> {
    let font = match &args.font {
        Some(name) => ArticleFont::from_name(name).with_context(|| {
            let known: Vec<&str> = ArticleFont::ALL.iter().map(|f| f.file_name()).collect();
            format!("unknown font {name:?}; bundled fonts: {}", known.join(", "))
        })?,
        None => ArticleFont::default(),
    };
    check_bounds("--width", args.width, &WIDTHS)?;
    check_bounds("--font-size", args.font_size, &FONT_SIZES)?;
    let doc = crate::load::load_path(&args.file)?;
    let json = layout_document_json(&doc, args.width, args.font_size, font)?;
    println!("{json}");
    Ok(())
}

/// Refuses a number outside `range` (NaN included) before any work is done.
fn check_bounds(flag: &str, value: f32, range: &RangeInclusive<f32>) -> anyhow::Result<()> {
    if !range.contains(&value) {
        anyhow::bail!(
            "{flag} {value} is out of range: give a number of points from {} to {}",
            range.start(),
            range.end()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_size_100000_is_refused_up_front() {
        let err = check_bounds("--font-size", 100_000.0, &FONT_SIZES).unwrap_err();
        assert!(err.to_string().contains("from 4 to 512"), "{err}");
        for bad in [0.0, -1.0, f32::NAN, f32::INFINITY, 3.9, 512.5] {
            assert!(
                check_bounds("--font-size", bad, &FONT_SIZES).is_err(),
                "{bad}"
            );
        }
        for good in [4.0, 18.0, 512.0] {
            assert!(check_bounds("--font-size", good, &FONT_SIZES).is_ok());
        }
        assert!(check_bounds("--width", 100_001.0, &WIDTHS).is_err());
        assert!(check_bounds("--width", 50.0, &WIDTHS).is_ok());
    }
}
