//! Plain-text articles: the first non-empty line is the title, every other line a paragraph, a subheading
//! (see [`super::headings`]) or a list item.

use super::builder::{Builder, lines};
use super::headings::{self, Line};
use crate::document::{Document, Source};

pub(super) fn parse(source: Source, input: &str) -> Document {
    let mut found: Vec<Line<'_>> = Vec::new();
    let mut blank_before = false;
    for line in lines(input) {
        let line = line.trim();
        if line.is_empty() {
            blank_before = true;
            continue;
        }
        found.push(Line {
            text: line,
            blank_before,
        });
        blank_before = false;
    }
    let kinds = headings::classify(&found);
    let mut builder = Builder::with_capacity(input.len());
    for (line, (kind, level)) in found.iter().zip(kinds) {
        builder.push(kind, level, line.text);
    }
    builder.finish(source)
}
