//! Markdown articles (CommonMark through pulldown-cmark): headings keep their levels, block quotes become
//! quote blocks, list items items; inline markup is flattened to its text and code blocks become paragraphs.

use super::builder::Builder;
use super::{MAX_NESTING, Nesting};
use crate::document::{BlockKind, Document, Source};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Tables and strikethrough are flattened like other markup; a YAML front-matter block is metadata, not text.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);

/// Parses Markdown. Fails only when the input nests deeper than [`MAX_NESTING`].
pub(super) fn parse(source: Source, input: &str) -> Result<Document, Nesting> {
    if prescan_depth(input) > MAX_NESTING {
        return Err(Nesting);
    }
    let mut out = Collector {
        builder: Builder::with_capacity(input.len()),
        buffer: String::new(),
        containers: Vec::new(),
        heading: None,
        skip: 0,
    };
    let mut depth = 0usize;
    for event in Parser::new_ext(input, OPTIONS) {
        match event {
            Event::Start(tag) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(Nesting);
                }
                out.start(&tag);
            }
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                out.end(tag);
            }
            Event::Text(t) | Event::Code(t) if out.skip == 0 => out.buffer.push_str(&t),
            Event::SoftBreak if out.skip == 0 => out.buffer.push(' '),
            Event::HardBreak => out.flush(),
            _ => {} // raw HTML, rules, image alt text: not article text
        }
    }
    out.flush();
    out.builder.settle_title();
    Ok(out.builder.finish(source))
}

/// A cheap upper bound on container nesting, checked before parsing: the `>` and list markers that open a
/// line. Keeps pathological input from ever reaching the parser.
fn prescan_depth(input: &str) -> usize {
    input
        .lines()
        .map(|line| {
            let mut depth = 0;
            let mut rest = line.trim_start();
            loop {
                if let Some(r) = rest.strip_prefix('>') {
                    rest = r.trim_start();
                } else if let Some(r) = rest
                    .strip_prefix("- ")
                    .or_else(|| rest.strip_prefix("* "))
                    .or_else(|| rest.strip_prefix("+ "))
                {
                    rest = r.trim_start();
                } else {
                    break depth;
                }
                depth += 1;
            }
        })
        .max()
        .unwrap_or(0)
}

struct Collector {
    builder: Builder,
    /// Inline text of the block being read.
    buffer: String,
    /// Open block quotes and list items, innermost last.
    containers: Vec<BlockKind>,
    /// Level of the heading being read.
    heading: Option<u8>,
    /// Inside an image (its alt text) or front matter: not article text.
    skip: usize,
}

impl Collector {
    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(heading_level(*level));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.containers.push(BlockKind::Quote);
            }
            Tag::Item => {
                self.flush();
                self.containers.push(BlockKind::Item);
            }
            Tag::Paragraph
            | Tag::CodeBlock(_)
            | Tag::List(_)
            | Tag::HtmlBlock
            | Tag::TableHead
            | Tag::TableRow => self.flush(),
            Tag::Image { .. } | Tag::MetadataBlock(_) => self.skip += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) | TagEnd::Item => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::Paragraph
            | TagEnd::CodeBlock
            | TagEnd::List(_)
            | TagEnd::HtmlBlock
            | TagEnd::TableHead
            | TagEnd::TableRow => self.flush(),
            // Cells of a row are read as one line, a space apart.
            TagEnd::TableCell => self.buffer.push(' '),
            TagEnd::Image | TagEnd::MetadataBlock(_) => self.skip = self.skip.saturating_sub(1),
            _ => {}
        }
    }

    /// Ends the current block: the buffered text becomes a heading, quote, item or paragraph block.
    fn flush(&mut self) {
        if self.buffer.trim().is_empty() {
            self.buffer.clear();
            return;
        }
        let (kind, level) = match self.heading {
            Some(level) => (BlockKind::Heading, level),
            None => (
                self.containers
                    .last()
                    .copied()
                    .unwrap_or(BlockKind::Paragraph),
                0,
            ),
        };
        self.builder.push(kind, level, &self.buffer);
        self.buffer.clear();
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}
