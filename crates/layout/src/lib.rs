//! The right-to-left layout engine: bidi per paragraph, line breaking in logical order, visual reordering per
//! line, virtualised document layout, geometry for hit testing and highlights.
//!
//! Uses egui's font system (epaint) only to measure; never the app's state or widgets.

pub mod bidi;
mod cut;
pub mod document;
pub mod field;
pub mod fonts;
pub mod geometry;
pub mod json;
mod linebreak;
pub mod measure;
pub mod paragraph;
pub mod shaping;

pub use bidi::Direction;
pub use document::{DocumentLayout, LayoutParams};
pub use fonts::{ARTICLE_FAMILY, ArticleFont, font_definitions};
pub use geometry::Hit;
pub use measure::{HeadlessFonts, Measure, ScreenFonts};
pub use paragraph::{Line, ParagraphLayout, Piece};
