//! The window: menus, outline, reader, panels. Reads the document, analysis and layout; owns no analysis.

pub mod reader;

use std::path::PathBuf;

/// Opens the window on `file`, or on the sample article.
#[allow(clippy::needless_pass_by_value)]
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let _ = file;
    anyhow::bail!("not implemented yet")
}
