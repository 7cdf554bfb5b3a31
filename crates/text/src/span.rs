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
/// Built once per export in O(n) with a small table (the counts before every [`BLOCK`] bytes: about 1/16 of the
/// text's size); a lookup counts within one block.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// `before[k]`: the code points (or UTF-16 units) that start before byte `k * BLOCK`.
    before: Vec<usize>,
    /// `chars[k]`: the code points that start before byte `k * BLOCK` (for [`CharOffsets::byte_offset`]).
    chars: Vec<usize>,
    unit: OffsetUnit,
}

/// Bytes per entry of a [`CharOffsets`] table.
const BLOCK: usize = 256;

/// True for the first byte of a UTF-8 sequence.
const fn is_lead(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// The size in `unit` of the char whose first byte is `lead`.
const fn width(lead: u8, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf16 if lead >= 0xF0 => 2,
        _ => 1,
    }
}

impl<'a> CharOffsets<'a> {
    /// Offsets in code points.
    pub fn new(text: &'a str) -> Self {
        Self::in_unit(text, OffsetUnit::CodePoints)
    }

    /// Offsets counted in `unit`.
    pub fn in_unit(text: &'a str, unit: OffsetUnit) -> Self {
        let blocks = text.len() / BLOCK + 1;
        let mut before = Vec::with_capacity(blocks);
        let mut chars = Vec::with_capacity(blocks);
        let (mut units, mut count) = (0, 0);
        for block in text.as_bytes().chunks(BLOCK) {
            before.push(units);
            chars.push(count);
            for &b in block {
                if is_lead(b) {
                    units += width(b, unit);
                    count += 1;
                }
            }
        }
        if text.len() % BLOCK == 0 {
            before.push(units);
            chars.push(count);
        }
        Self {
            text,
            before,
            chars,
            unit,
        }
    }

    /// The offset of byte `byte` in this converter's unit (a byte inside a char maps to that char's start; past
    /// the end, the text's length).
    pub fn offset(&self, byte: usize) -> usize {
        self.count(byte, &self.before, self.unit)
    }

    /// The code-point offset of byte offset `byte` (a byte inside a char maps to that char's index).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.count(byte, &self.chars, OffsetUnit::CodePoints)
    }

    /// What starts before the char holding `byte`, counted in `unit` from the table `table`.
    fn count(&self, byte: usize, table: &[usize], unit: OffsetUnit) -> usize {
        let bytes = self.text.as_bytes();
        let byte = byte.min(bytes.len());
        let block = byte / BLOCK;
        let mut at = table.get(block).copied().unwrap_or(0);
        let from = block * BLOCK;
        let mut lead = None;
        for &b in bytes.get(from..byte).unwrap_or_default() {
            if is_lead(b) {
                at += width(b, unit);
                lead = Some(b);
            }
        }
        // Inside a char: back to its start (its lead byte was counted above, or lies in an earlier block).
        if bytes.get(byte).is_some_and(|&b| !is_lead(b)) {
            let lead = lead.or_else(|| {
                bytes
                    .get(..from)
                    .and_then(|head| head.iter().rev().find(|&&b| is_lead(b)).copied())
            });
            at = at.saturating_sub(lead.map_or(1, |b| width(b, unit)));
        }
        at
    }

    /// The byte offset of code point `index` (clamped to the text length).
    pub fn byte_offset(&self, index: usize) -> usize {
        let block = self
            .chars
            .partition_point(|&c| c <= index)
            .saturating_sub(1);
        let mut count = self.chars.get(block).copied().unwrap_or(0);
        let bytes = self.text.as_bytes();
        for (k, &b) in bytes.iter().enumerate().skip(block * BLOCK) {
            if is_lead(b) {
                if count == index {
                    return k;
                }
                count += 1;
            }
        }
        bytes.len()
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

    /// The table's answers are those of counting from the start, for every byte and every index, in both units,
    /// across block edges and with chars of one to four bytes.
    #[test]
    fn char_offsets_match_counting_from_the_start() {
        let mut text = String::new();
        for i in 0..700 {
            text.push(['a', 'ب', '€', '😀', ' '][(i * 7 + i / 97) % 5]);
        }
        for text in [text.as_str(), "", "a", "😀", "بب"] {
            let starts: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let utf16: Vec<usize> = starts
                .iter()
                .map(|&i| text.get(..i).map_or(0, |h| h.encode_utf16().count()))
                .collect();
            let cp = CharOffsets::new(text);
            let u16 = CharOffsets::in_unit(text, OffsetUnit::Utf16);
            for byte in 0..text.len() + 3 {
                let index = starts.partition_point(|&s| s <= byte) - 1;
                assert_eq!(cp.char_offset(byte), index, "{byte}");
                assert_eq!(cp.offset(byte), index, "{byte}");
                assert_eq!(u16.char_offset(byte), index, "{byte}");
                assert_eq!(u16.offset(byte), utf16[index], "{byte}");
            }
            for index in 0..starts.len() + 3 {
                let byte = starts.get(index).copied().unwrap_or(text.len());
                assert_eq!(cp.byte_offset(index), byte, "{index}");
                assert_eq!(u16.byte_offset(index), byte, "{index}");
            }
        }
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
