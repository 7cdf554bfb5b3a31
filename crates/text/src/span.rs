//! Byte ranges into the logical document text, the one position type of the whole crate.
//!
//! Every block, section, entity, quote, search hit and selection is a [`Span`] of byte offsets into
//! `Document::text`. Code-point offsets exist only at export time, through [`CharOffsets`].

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the logical (typed-order) text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn encloses(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Shift by `delta` bytes (for spans computed on a slice of the text).
    #[must_use]
    pub const fn offset(self, delta: usize) -> Span {
        Span::new(self.start + delta, self.end + delta)
    }

    /// The text this span covers, or `None` when it is out of range or not on char boundaries.
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// What an exported offset counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OffsetUnit {
    /// Unicode code points (Python's `str` indices; JSON, brat, Web Annotation).
    #[default]
    CodePoints,
    /// UTF-16 code units (JavaScript and Java strings: doccano's and Label Studio's browser counting, UIMA).
    Utf16,
}

/// Converts byte offsets of one text to code-point or UTF-16 offsets, the only converter of the workspace.
///
/// Built once per export in O(n); each lookup is a binary search over char starts.
pub struct CharOffsets {
    /// Byte offset of every char start, plus the text length at the end.
    starts: Vec<usize>,
    /// For [`OffsetUnit::Utf16`], the UTF-16 offset of every char start, plus the text's UTF-16 length.
    utf16: Option<Vec<usize>>,
}

impl CharOffsets {
    /// Offsets in code points.
    pub fn new(text: &str) -> Self {
        Self::in_unit(text, OffsetUnit::CodePoints)
    }

    /// Offsets counted in `unit`.
    pub fn in_unit(text: &str, unit: OffsetUnit) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        let utf16 = (unit == OffsetUnit::Utf16).then(|| {
            let mut at = 0;
            let mut out = Vec::with_capacity(starts.len());
            for c in text.chars() {
                out.push(at);
                at += c.len_utf16();
            }
            out.push(at);
            out
        });
        Self { starts, utf16 }
    }

    /// The offset of byte `byte` in this converter's unit (a byte inside a char maps to that char's start).
    pub fn offset(&self, byte: usize) -> usize {
        let index = self.char_offset(byte);
        match &self.utf16 {
            Some(units) => units.get(index).copied().unwrap_or(0),
            None => index,
        }
    }

    /// The code-point offset of byte offset `byte` (a byte inside a char maps to that char's index).
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte offset of code point `index` (clamped to the text length).
    pub fn byte_offset(&self, index: usize) -> usize {
        self.starts
            .get(index)
            .copied()
            .unwrap_or_else(|| self.starts.last().copied().unwrap_or(0))
    }

    /// `(start, end)` in this converter's unit (code points for [`CharOffsets::new`]).
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.offset(span.start), self.offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points_not_bytes() {
        let text = "روسيا and 2015";
        let co = CharOffsets::new(text);
        let start = text.find("and").unwrap();
        assert_eq!(co.char_offset(start), 6);
        assert_eq!(co.byte_offset(6), start);
        assert_eq!(co.span(Span::new(0, "روسيا".len())), (0, 5));
        assert_eq!(co.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let text = "أ😀ب";
        let cp = CharOffsets::new(text);
        let u16 = CharOffsets::in_unit(text, OffsetUnit::Utf16);
        let b = Span::new(text.find('ب').unwrap(), text.len());
        assert_eq!(cp.span(b), (2, 3));
        assert_eq!(u16.span(b), (3, 4));
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[3..4]).unwrap(), "ب");
    }

    #[test]
    fn span_overlap_and_enclose() {
        let a = Span::new(0, 10);
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert!(a.encloses(Span::new(2, 10)));
        assert_eq!(Span::new(5, 3).len(), 0);
    }
}
