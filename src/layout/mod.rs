//! The right-to-left layout engine: bidi per paragraph, line breaking in logical order, visual reordering per line.
//!
//! Uses egui's font system (epaint) only to measure; never the app's state or widgets.

pub mod cli;
pub mod fonts;
