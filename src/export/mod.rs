//! Exports of the annotated document: HTML, JSON, brat, CoNLL, doccano JSONL. Never imports the GUI.

pub mod atomic;
pub mod cli;
pub mod json;
