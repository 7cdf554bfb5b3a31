//! Sahifa (صحيفة): a desktop reader for Arabic news articles.
//!
//! Flow: file -> [`load`] -> [`document::Document`] -> [`analysis::analyze`] -> [`layout`] + [`app`] (view) or
//! [`export`]. Everything but `layout` and `app` is free of egui.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod document;
pub mod export;
pub mod filter;
pub mod layout;
pub mod load;
pub mod search;
pub mod span;
pub mod tagger;
pub mod theme;
