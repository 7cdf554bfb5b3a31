//! Sahifa (صحيفة): a desktop reader for Arabic news articles. This crate is the app: the window ([`app`]) and the
//! command line ([`cli`]). Everything else lives in the workspace's library crates, re-exported here so the app and
//! its tests name them in one place:
//!
//! file -> [`load`] -> [`document::Document`] -> [`analysis::analyze`] -> [`layout`] + [`app`] (view) or [`export`].

pub mod app;
pub mod cli;

pub use sahifa_core::{
    analysis, corrections, document, export, filter, load, search, span, tagger, theme,
};
pub use sahifa_layout as layout;
