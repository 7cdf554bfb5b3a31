//! Line breaking in logical order: a paragraph becomes chunks between the break opportunities of the Unicode
//! Line Breaking Algorithm (UAX #14, `unicode-linebreak`) tailored as Chromium does (a break after every space,
//! its own table between two ASCII characters), and lines are filled greedily with them. A chunk wider than the
//! line is cut at grapheme boundaries (see [`super::cut`]).

use super::bidi::ParagraphLevels;
use super::measure::Measure;
use super::paragraph::{Measured, measure_piece};
use std::ops::Range;
use unicode_linebreak::BreakOpportunity;

/// How a line may end after a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum After {
    /// A line may end here.
    Allowed,
    /// A line must end here (a line separator inside a block).
    Mandatory,
}

/// A run of non-whitespace text between two places where a line may break, with the whitespace after it.
/// A whitespace-delimited word is one chunk, or several when it has break opportunities inside
/// ("middle-" + "east", "القدس/" + "غزة", or around a zero-width space).
///
/// The opportunities are those of UAX #14 tailored as browsers do: a line may always end after a space,
/// where UAX #14 would keep "word )" or "( word" together (rules LB13 to LB17): Chromium puts the ")" of
/// "word )" on the next line. So no chunk is glued to the next and each is a candidate line end.
pub(super) struct Chunk {
    /// Index of the whitespace-delimited word in the paragraph (the chunks of one word share it).
    pub(super) index: u32,
    /// Pieces of one bidi level each, in logical order.
    pub(super) pieces: Vec<Measured>,
    pub(super) width: f32,
    /// Whitespace after the chunk (paragraph-relative bytes) and its width.
    pub(super) space: Range<usize>,
    pub(super) space_width: f32,
    pub(super) after: After,
}

/// Characters at which words end (spaces and tabs; no-break spaces stay inside words).
pub fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// The break opportunities of a paragraph, consumed in increasing order.
struct Opportunities<I: Iterator<Item = (usize, BreakOpportunity)>> {
    iter: std::iter::Peekable<I>,
}

impl<I: Iterator<Item = (usize, BreakOpportunity)>> Opportunities<I> {
    /// The opportunity at byte `i`, if any; forgets those before `i` (callers ask in non-decreasing order).
    fn at(&mut self, i: usize) -> Option<BreakOpportunity> {
        while self.iter.next_if(|&(j, _)| j < i).is_some() {}
        self.iter.peek().filter(|&&(j, _)| j == i).map(|&(_, o)| o)
    }
}

/// True when a line may break before `c` at byte `i` (inside a run of non-whitespace), `before` and `before2`
/// being the two chars before it.
fn breaks_before<I: Iterator<Item = (usize, BreakOpportunity)>>(
    opportunities: &mut Opportunities<I>,
    i: usize,
    before2: Option<char>,
    before: Option<char>,
    c: char,
) -> bool {
    match before.and_then(|b| chromium_ascii_break(before2, b, c)) {
        Some(decided) => decided,
        None => opportunities.at(i).is_some(),
    }
}

/// Chromium decides a break between two printable ASCII characters with a table of its own instead of
/// UAX #14 (`kAsciiLineBreakTable` in Blink, read back here from Chromium 156 with every pair at width 0): after
/// "-" and "?" before most characters, after closing and other punctuation before "(" "<" "[" "{", and nowhere
/// else. So "https://example.com/news" does not break after "/" (UAX #14 would); "news/أخبار" still can,
/// by UAX #14. `None` when either character is not printable ASCII.
fn chromium_ascii_break(before2: Option<char>, before: char, c: char) -> Option<bool> {
    if !(before.is_ascii_graphic() && c.is_ascii_graphic()) {
        return None;
    }
    Some(match before {
        // "-5" may be a minus sign; "ABCD-1234" and "1234-5678" (long URLs) break.
        '-' if c.is_ascii_digit() => before2.is_some_and(|b| b.is_ascii_alphanumeric()),
        '-' => c.is_ascii_alphabetic() || "\"#%&'(*+-<=>@[\\^_`{|~".contains(c),
        '?' => c.is_ascii_alphanumeric() || "#$%&(*+-<=>@[\\^_`{|~".contains(c),
        '!' | '"' | '#' | '%' | '&' | ')' | '*' | '+' | ',' | '.' | ':' | ';' | '=' | '>'
        | '\\' | ']' | '|' | '}' | '~' => matches!(c, '(' | '<' | '[' | '{'),
        _ => false,
    })
}

/// Splits a paragraph into measured chunks (logical order). Leading whitespace is skipped; a run of spaces
/// counts once (browsers collapse it).
pub(super) fn chunks<M: Measure + ?Sized>(
    para: &str,
    bidi: &ParagraphLevels,
    font_size: f32,
    measure: &mut M,
) -> Vec<Chunk> {
    let level_at = |i: usize| bidi.levels.get(i).copied().unwrap_or(bidi.para_level);
    let space_width = measure.text_width(" ", font_size);
    let mut opportunities = Opportunities {
        iter: unicode_linebreak::linebreaks(para).peekable(),
    };
    let mut out: Vec<Chunk> = Vec::new();
    let mut index = 0u32;
    let mut chars = para.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if is_break_space(c) {
            // Whitespace with no chunk before it on its line (paragraph start, after a line separator).
            chars.next();
            continue;
        }
        let mut pieces = Vec::new();
        let mut piece_start = start;
        let mut piece_level = level_at(start);
        let mut end = start;
        let (mut before, mut before2) = (None, None);
        while let Some(&(i, c)) = chars.peek() {
            if i > start
                && (is_break_space(c) || breaks_before(&mut opportunities, i, before2, before, c))
            {
                break;
            }
            before2 = before;
            before = Some(c);
            let level = level_at(i);
            if level != piece_level {
                pieces.push(measure_piece(
                    para,
                    piece_start..i,
                    piece_level,
                    font_size,
                    measure,
                    false,
                ));
                piece_start = i;
                piece_level = level;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        pieces.push(measure_piece(
            para,
            piece_start..end,
            piece_level,
            font_size,
            measure,
            false,
        ));
        let mut space_end = end;
        while let Some(&(i, c)) = chars.peek() {
            if !is_break_space(c) || (i > end && opportunities.at(i).is_some()) {
                break;
            }
            space_end = i + c.len_utf8();
            chars.next();
        }
        let after = match opportunities.at(space_end) {
            Some(BreakOpportunity::Mandatory) => After::Mandatory,
            _ => After::Allowed,
        };
        out.push(Chunk {
            index,
            width: pieces.iter().map(|p| p.width).sum(),
            pieces,
            space: end..space_end,
            space_width: if space_end > end { space_width } else { 0.0 },
            after,
        });
        if space_end > end {
            index = index.saturating_add(1);
        }
    }
    out
}

/// Greedy line breaking in logical order at the chunks' ends; a chunk wider than the line goes to a line of
/// its own and is cut there as a last resort.
pub(super) fn break_lines<M: Measure + ?Sized>(
    chunks: Vec<Chunk>,
    width: f32,
    para: &str,
    font_size: f32,
    measure: &mut M,
) -> Vec<Vec<Chunk>> {
    let mut lines: Vec<Vec<Chunk>> = Vec::new();
    let mut line: Vec<Chunk> = Vec::new();
    let mut used = 0.0f32;
    for chunk in chunks {
        let mandatory = chunk.after == After::Mandatory;
        let gap = line.last().map_or(0.0, |c| c.space_width);
        if !line.is_empty() && used + gap + chunk.width > width {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        if line.is_empty() && chunk.width > width {
            used = super::cut::cut_chunk(
                chunk, width, para, font_size, measure, &mut lines, &mut line,
            );
        } else {
            used += if line.is_empty() { 0.0 } else { gap } + chunk.width;
            line.push(chunk);
        }
        if mandatory && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::chromium_ascii_break;

    /// Whether Chromium breaks inside `s` (three chars) between the second and the third.
    fn breaks(s: &str) -> Option<bool> {
        let c: Vec<char> = s.chars().collect();
        chromium_ascii_break(c.first().copied(), c[1], c[2])
    }

    #[test]
    fn ascii_pairs_break_as_in_chromium() {
        assert_eq!(breaks("a/b"), Some(false));
        assert_eq!(breaks("a+b"), Some(false));
        assert_eq!(breaks("a-b"), Some(true));
        assert_eq!(breaks("a-5"), Some(true));
        assert_eq!(breaks("(-5"), Some(false));
        assert_eq!(breaks("x?y"), Some(true));
        assert_eq!(breaks("a)("), Some(true));
        assert_eq!(breaks("ab("), Some(false));
        assert_eq!(breaks("a.b"), Some(false));
        assert_eq!(breaks("a/ب"), None);
    }
}
