//! Assembles the document text from blocks: one `\n` between blocks, each block trimmed at its ends and nothing
//! else touched (inner spaces, punctuation, diacritics and bidi controls stay as written).

use crate::document::{Block, BlockKind, Document, Source};
use crate::span::Span;

/// Collects blocks into the document text.
#[derive(Default)]
pub(super) struct Builder {
    text: String,
    blocks: Vec<Block>,
    /// Indices of level-1 headings, to pick the title once the whole input is read.
    h1s: Vec<usize>,
}

impl Builder {
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            text: String::with_capacity(bytes),
            blocks: Vec::new(),
            h1s: Vec::new(),
        }
    }

    /// Appends a block; text spanning several lines becomes one block per line. Blank text is skipped.
    pub fn push(&mut self, kind: BlockKind, level: u8, text: &str) {
        for line in lines(text) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if !self.text.is_empty() {
                self.text.push('\n');
            }
            let start = self.text.len();
            self.text.push_str(line);
            if kind == BlockKind::Heading && level == 1 {
                self.h1s.push(self.blocks.len());
            }
            self.blocks.push(Block {
                kind,
                level,
                span: Span::new(start, self.text.len()),
            });
        }
    }

    /// Settles the title of marked-up input: a level-1 heading that opens the document, or the only one, is
    /// the title; other level-1 headings are sections (level 2, deeper levels move down one to stay below
    /// them). Without a title block or any level-1 heading, a heading that opens the document is the title.
    pub fn settle_title(&mut self) {
        if self.blocks.iter().any(|b| b.kind == BlockKind::Title) {
            self.demote(None);
            return;
        }
        let opens = self
            .blocks
            .first()
            .is_some_and(|b| b.kind == BlockKind::Heading);
        let title = match self.h1s.as_slice() {
            [0, ..] => Some(0),
            [only] => Some(*only),
            [] if opens => Some(0),
            _ => None,
        };
        self.demote(title);
        if let Some(b) = title.and_then(|i| self.blocks.get_mut(i)) {
            b.kind = BlockKind::Title;
            b.level = 1;
        }
    }

    fn demote(&mut self, title: Option<usize>) {
        if !self.h1s.iter().any(|&i| Some(i) != title) {
            return;
        }
        for b in self
            .blocks
            .iter_mut()
            .filter(|b| b.kind == BlockKind::Heading)
        {
            b.level = if b.level <= 1 {
                2
            } else {
                b.level.saturating_add(1)
            };
        }
    }

    pub fn finish(self, source: Source) -> Document {
        Document::new(source, self.text, self.blocks)
    }
}

/// Splits text into lines at every line break convention: `\r\n`, `\r`, `\n`, and the Unicode line and
/// paragraph separators (also vertical tab, form feed and NEL, which some exporters use between paragraphs).
pub(super) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        let Some(i) = s.find(is_line_break) else {
            rest = None;
            return Some(s);
        };
        let line = s.get(..i).unwrap_or_default();
        let after = s.get(i..).unwrap_or_default();
        let skip = if after.starts_with("\r\n") {
            2
        } else {
            after.chars().next().map_or(1, char::len_utf8)
        };
        rest = after.get(skip..);
        Some(line)
    })
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_break_convention_splits() {
        let got: Vec<&str> = lines("a\r\nb\rc\nd\u{2029}e").collect();
        assert_eq!(got, ["a", "b", "c", "d", "e"]);
        let got: Vec<&str> = lines("a\r\n\r\nb").collect();
        assert_eq!(got, ["a", "", "b"]);
    }

    #[test]
    fn blocks_are_trimmed_and_joined_by_one_newline() {
        let mut b = Builder::default();
        b.push(
            BlockKind::Paragraph,
            0,
            "  أول  سطر \t\r\n\r\n  ثان\u{200f} ",
        );
        let d = b.finish(Source::default());
        assert_eq!(d.text, "أول  سطر\nثان\u{200f}");
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.slice(d.blocks[1].span), "ثان\u{200f}");
    }
}
