//! `sahifa layout FILE --width PX --font-size PX --json`: the reader's layout without a window.

use crate::layout::ArticleFont;
use crate::layout::json::layout_document_json;
use anyhow::Context as _;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct LayoutArgs {
    pub file: PathBuf,
    /// Width available to the text, in points.
    #[arg(long, default_value_t = 600.0)]
    pub width: f32,
    /// Body font size, in points.
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
