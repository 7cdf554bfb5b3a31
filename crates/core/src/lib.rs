//! Sahifa's core: everything but the window. A file becomes a [`document::Document`] ([`load`]), is analysed
//! once ([`analysis::analyze`]), then filtered ([`filter`]), searched ([`search`]) and exported ([`export`]).
//!
//! This crate never depends on egui, eframe or epaint (CI checks `cargo tree -p sahifa-core`). The text layer
//! ([`span`], [`normalize`], [`tokens`]) and the tagger ([`tagger`]) are crates below it, re-exported here.

pub mod analysis;
pub mod corrections;
pub mod document;
pub mod export;
pub mod filter;
pub mod load;
pub mod search;
pub mod theme;

pub use sahifa_tagger as tagger;
pub use sahifa_text::{direction, label, normalize, span, tokens};
