//! The article model: the text in logical order, its blocks as byte ranges, and the outline built from them.
//!
//! Loaders produce a [`Document`]; analysis, the reader view and exports only read it.

use crate::span::Span;
use std::path::PathBuf;

/// What a block of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Title,
    Heading,
    Paragraph,
    Quote,
    Item,
}

impl BlockKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Heading => "heading",
            Self::Paragraph => "paragraph",
            Self::Quote => "quote",
            Self::Item => "item",
        }
    }
}

/// One block: a title, heading, paragraph, block quote or list item, as a byte range of [`Document::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Heading level: 1 for the title, 2.. for headings (Markdown/HTML levels kept), 0 for body blocks.
    pub level: u8,
    pub span: Span,
}

/// A node of the outline: a title or heading block and the text it governs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Index into [`Document::blocks`] of the heading (or title) block.
    pub block: usize,
    pub level: u8,
    /// From the heading's start to the start of the next heading of the same or a higher level (or the end).
    pub span: Span,
    /// The words that name the section: the heading line without the marker that leads it ("* ", "1- ", "١) ").
    /// The text keeps the marker (the block and the section span cover it); only titles leave it out.
    pub title: Span,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
}

/// Where a document came from and how it was decoded, for the status bar and error messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    /// Display name (file name, or "clipboard", "sample").
    pub name: String,
    pub path: Option<PathBuf>,
    /// "plain", "markdown" or "html".
    pub format: &'static str,
    /// "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1256".
    pub encoding: &'static str,
}

/// Identifies one loaded document for as long as the program runs: every [`Document::new`] (every load, paste or
/// sample) gets a new one, so two documents with the same block count and length are never taken for each other.
/// Views key what they derive from a document on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DocumentId(u64);

impl DocumentId {
    /// A fresh id, never handed out before in this process.
    pub fn next() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Self(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

impl Default for DocumentId {
    fn default() -> Self {
        Self::next()
    }
}

/// A loaded article. Two documents are equal when their content is (the [`id`](Document::id) is not compared).
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Which load this is (a clone keeps it: same content, same id).
    pub id: DocumentId,
    pub source: Source,
    /// The article text in logical order. Blocks are separated by a single `\n`.
    pub text: String,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
}

impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
            && self.text == other.text
            && self.blocks == other.blocks
            && self.sections == other.sections
    }
}

impl Eq for Document {}

impl Document {
    /// Builds a document and its outline from blocks (which must be sorted, non-overlapping, in `text`).
    pub fn new(source: Source, text: String, blocks: Vec<Block>) -> Self {
        let sections = build_outline(&text, &blocks);
        Self {
            id: DocumentId::next(),
            source,
            text,
            blocks,
            sections,
        }
    }

    /// A document of plain paragraphs, one per entry, joined by `\n` (tests, tools, pasted snippets).
    pub fn from_paragraphs(paragraphs: &[&str]) -> Self {
        let mut text = String::new();
        let mut blocks = Vec::with_capacity(paragraphs.len());
        for p in paragraphs {
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(p);
            blocks.push(Block {
                kind: BlockKind::Paragraph,
                level: 0,
                span: Span::new(start, text.len()),
            });
        }
        Self::new(Source::default(), text, blocks)
    }

    /// The text of a span (empty when out of range).
    pub fn slice(&self, span: Span) -> &str {
        span.get(&self.text).unwrap_or("")
    }

    /// The title: the first title block, else the first heading, else the source name.
    pub fn title(&self) -> &str {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .or_else(|| self.blocks.iter().find(|b| b.kind == BlockKind::Heading))
            .map_or(self.source.name.as_str(), |b| self.slice(b.span))
    }

    /// The words that name a section: its heading without a leading marker ("* ", "1-"); see [`Section::title`].
    pub fn section_title(&self, section: usize) -> &str {
        self.sections
            .get(section)
            .map_or("", |s| self.slice(s.title))
    }

    /// Index of the block containing byte `offset` (or the nearest one before it).
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        if self.blocks.is_empty() {
            return None;
        }
        let i = self.blocks.partition_point(|b| b.span.start <= offset);
        Some(i.saturating_sub(1))
    }

    /// The innermost section containing byte `offset`.
    pub fn section_at(&self, offset: usize) -> Option<usize> {
        self.sections
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.span.contains(offset) || (s.span.end == offset && offset == self.text.len())
            })
            .max_by_key(|(_, s)| s.level)
            .map(|(i, _)| i)
    }
}

/// How a plain-text line is led when it is a subheading or a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineMarker {
    /// "* " (a common plain-text rendering of a subheading bullet).
    Star,
    /// "1-", "١-", "2.", "3)", "4/" (digits of any script).
    Number,
    /// "• ", "- ", "– ", "▪ ": a list item.
    Bullet,
}

/// The marker that leads `line` and its length in bytes, with the spaces after it. `None` when the line is not
/// led by one, or nothing but the marker is there. A number marker is 1 to 3 digits and one of `- – . ) /` (a
/// dash may follow a space) not followed by a digit, spaces aside ("1.5 مليون", "2-1 للهلال" and "2015" are not markers); a
/// bullet needs a space after it.
pub fn line_marker(line: &str) -> Option<(LineMarker, usize)> {
    let first = line.chars().next()?;
    let len = if matches!(
        first,
        '*' | '•' | '-' | '–' | '—' | '▪' | '■' | '●' | '◄' | '►'
    ) {
        let after = line.get(first.len_utf8()..)?;
        if !after.starts_with(char::is_whitespace) {
            return None;
        }
        first.len_utf8()
    } else {
        let digits = line.chars().take_while(|c| is_digit(*c)).count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        let mut rest = line.char_indices().skip(digits).peekable();
        // "1 - " as typed with a space before the dash.
        let spaced = rest.next_if(|(_, c)| *c == ' ').is_some();
        let (at, punct) = rest.next()?;
        if spaced && !matches!(punct, '-' | '–') {
            return None;
        }
        let after = rest.map(|(_, c)| c).find(|c| !c.is_whitespace())?;
        if !matches!(punct, '-' | '–' | '.' | ')' | '/') || is_digit(after) {
            return None;
        }
        at + punct.len_utf8()
    };
    let kind = match first {
        '*' => LineMarker::Star,
        c if is_digit(c) => LineMarker::Number,
        _ => LineMarker::Bullet,
    };
    let rest = line.get(len..)?;
    let body = rest.trim_start();
    (!body.is_empty()).then_some((kind, line.len() - body.len()))
}

/// Bytes of `line` that lead its title and are not words of it: a [`line_marker`], or a dash written against
/// the first word ("-الخطة الجديدة").
fn title_marker_len(line: &str) -> usize {
    if let Some((_, len)) = line_marker(line) {
        return len;
    }
    let mut chars = line.chars();
    match (chars.next(), chars.next()) {
        (Some(dash @ ('-' | '–' | '—')), Some(c)) if c.is_alphabetic() => dash.len_utf8(),
        _ => 0,
    }
}

/// A decimal digit of the Latin, Arabic-Indic or Eastern Arabic-Indic (Persian) script.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{660}'..='\u{669}').contains(&c)
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
}

fn build_outline(text: &str, blocks: &[Block]) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !matches!(b.kind, BlockKind::Title | BlockKind::Heading) {
            continue;
        }
        let level = if b.kind == BlockKind::Title {
            1
        } else {
            b.level.max(2)
        };
        let title = if b.kind == BlockKind::Heading {
            let line = b.span.get(text).unwrap_or_default();
            Span::new(b.span.start + title_marker_len(line), b.span.end)
        } else {
            b.span // the article title is shown as written
        };
        sections.push(Section {
            block: i,
            level,
            span: Span::new(b.span.start, text.len()),
            title,
            parent: None,
            children: Vec::new(),
        });
    }
    // A section ends where the next section of the same or a higher level (smaller number) begins;
    // its parent is the nearest earlier section of a lower level.
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..sections.len() {
        let level = sections[i].level;
        while let Some(&top) = stack.last() {
            if sections[top].level >= level {
                sections[top].span.end = sections[i].span.start;
                stack.pop();
            } else {
                break;
            }
        }
        if let Some(&parent) = stack.last() {
            sections[i].parent = Some(parent);
            sections[parent].children.push(i);
        }
        stack.push(i);
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(lines: &[(BlockKind, u8, &str)]) -> Document {
        let mut text = String::new();
        let mut blocks = Vec::new();
        for (kind, level, line) in lines {
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(line);
            blocks.push(Block {
                kind: *kind,
                level: *level,
                span: Span::new(start, text.len()),
            });
        }
        Document::new(Source::default(), text, blocks)
    }

    #[test]
    fn outline_nests_headings_under_the_title() {
        use BlockKind::{Heading, Paragraph, Title};
        let d = doc(&[
            (Title, 1, "عنوان"),
            (Paragraph, 0, "فقرة"),
            (Heading, 2, "أ"),
            (Paragraph, 0, "فقرة"),
            (Heading, 3, "أ-١"),
            (Heading, 2, "ب"),
            (Paragraph, 0, "نهاية"),
        ]);
        assert_eq!(d.title(), "عنوان");
        assert_eq!(d.sections.len(), 4);
        assert_eq!(d.sections[0].children, vec![1, 3]);
        assert_eq!(d.sections[2].parent, Some(1));
        assert_eq!(d.sections[1].span.end, d.sections[3].span.start);
        assert_eq!(d.sections[3].span.end, d.text.len());
        let last = d.text.len() - 1;
        assert_eq!(d.section_at(last), Some(3));
        assert_eq!(d.section_title(2), "أ-١");
        assert_eq!(d.block_at(last), Some(6));
    }

    #[test]
    fn line_markers_lead_subheadings_and_items_but_numbers_in_words_do_not() {
        use LineMarker::{Bullet, Number, Star};
        for (line, expected) in [
            ("* الخطة الجديدة", Some((Star, 2))),
            ("1- الخطة", Some((Number, 3))),
            ("2 - الخطة", Some((Number, 4))),
            ("3 أيام - في المدينة", None),
            ("12.الخطة", Some((Number, 3))),
            ("٣) الخطة", Some((Number, "٣) ".len()))),
            ("۴/ الخطة", Some((Number, "۴/ ".len()))),
            ("• بند في قائمة", Some((Bullet, "• ".len()))),
            ("- بند في قائمة", Some((Bullet, 2))),
            ("1.5 مليون زائر", None),
            ("2-1 للفريق الضيف", None),
            ("3 - 1 للفريق الضيف", None),
            ("2015 عام التحديات", None),
            ("1000- رقم طويل", None),
            ("*بلا مسافة", None),
            ("-بلا مسافة", None),
            ("3 أيام في المدينة", None),
            ("* ", None),
        ] {
            assert_eq!(line_marker(line), expected, "{line}");
        }
    }

    #[test]
    fn section_titles_leave_the_marker_out_but_the_text_keeps_it() {
        use BlockKind::{Heading, Paragraph, Title};
        let d = doc(&[
            (Title, 1, "* عنوان المقال كما كتب"),
            (Heading, 2, "* الخطة الجديدة"),
            (Paragraph, 0, "فقرة"),
            (Heading, 2, "٢- المرحلة الثانية"),
            (Paragraph, 0, "فقرة"),
            (Heading, 2, "-الموقف الرسمي"),
            (Heading, 2, "2015 عام التحديات"),
        ]);
        let titles: Vec<&str> = (0..d.sections.len()).map(|i| d.section_title(i)).collect();
        assert_eq!(
            titles,
            [
                "* عنوان المقال كما كتب",
                "الخطة الجديدة",
                "المرحلة الثانية",
                "الموقف الرسمي",
                "2015 عام التحديات"
            ]
        );
        // The section (what the heading governs) and the heading block still start at the marker.
        assert_eq!(d.slice(d.blocks[1].span), "* الخطة الجديدة");
        assert_eq!(d.sections[1].span.start, d.blocks[1].span.start);
        assert_eq!(d.sections[1].title.end, d.blocks[1].span.end);
        assert!(d.text.contains("* الخطة الجديدة\nفقرة\n٢- المرحلة"));
    }
}
