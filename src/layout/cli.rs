//! `sahifa layout FILE --width PX --font-size PX --json`: the reader's layout without a window.

use super::document::{DocumentLayout, LayoutParams};
use super::fonts::ArticleFont;
use super::json::layout_json;
use super::measure::HeadlessFonts;
use anyhow::Context as _;

/// Runs the subcommand: loads the file, lays out every block with the reader's code and prints JSON.
pub fn run(args: &crate::cli::LayoutArgs) -> anyhow::Result<()> {
    let font = match &args.font {
        Some(name) => ArticleFont::from_name(name).with_context(|| {
            let known: Vec<&str> = ArticleFont::ALL.iter().map(|f| f.file_name()).collect();
            format!("unknown font {name:?}; bundled fonts: {}", known.join(", "))
        })?,
        None => ArticleFont::default(),
    };
    if !(args.width.is_finite() && args.width > 0.0) {
        anyhow::bail!("--width must be a positive number of points");
    }
    if !(args.font_size.is_finite() && args.font_size > 0.0) {
        anyhow::bail!("--font-size must be a positive number of points");
    }
    let doc = crate::load::load_path(&args.file)?;
    let json = layout_document_json(&doc, args.width, args.font_size, font)?;
    println!("{json}");
    Ok(())
}

/// The layout of `doc` as pretty JSON (the same code path as the reader view).
pub fn layout_document_json(
    doc: &crate::document::Document,
    width: f32,
    font_size: f32,
    font: ArticleFont,
) -> anyhow::Result<String> {
    let mut fonts = HeadlessFonts::new(font);
    let params = LayoutParams {
        width,
        font_size,
        font,
    };
    let mut layout = DocumentLayout::new(doc, params, &mut fonts);
    layout.ensure_all(doc, &mut fonts);
    Ok(serde_json::to_string_pretty(&layout_json(doc, &layout))?)
}
