//! The Unicode Bidirectional Algorithm as the reader applies it: paragraph levels from `unicode-bidi`,
//! then rules L1 (line-end whitespace) and L2 (reordering) written once here and shared by the view,
//! `sahifa layout` and the BidiCharacterTest conformance test.

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

/// A paragraph's base direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    /// Right to left: the default of an Arabic document.
    #[default]
    Rtl,
}

impl Direction {
    /// "ltr" or "rtl".
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }

    /// The paragraph embedding level of this direction (0 or 1).
    pub const fn level(self) -> u8 {
        match self {
            Self::Ltr => 0,
            Self::Rtl => 1,
        }
    }

    /// The direction of a level: odd levels are right to left.
    pub const fn of_level(level: u8) -> Self {
        if level % 2 == 1 { Self::Rtl } else { Self::Ltr }
    }
}

/// Resolved embedding levels of one paragraph, per byte of its text (before the per-line rule L1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphLevels {
    pub para_level: u8,
    /// Level of the char at each byte.
    pub levels: Vec<u8>,
    /// Original bidi class of the char at each byte.
    pub classes: Vec<BidiClass>,
}

impl ParagraphLevels {
    /// The base direction of the paragraph.
    pub const fn direction(&self) -> Direction {
        Direction::of_level(self.para_level)
    }
}

/// Levels of a paragraph of a document that reads `document` way: right to left unless mainly Latin in a
/// right-to-left document (the decision every export shares, `sahifa_text::direction`), the document's direction
/// when it has no letters ("2015").
pub fn paragraph_levels(text: &str, document: Direction) -> ParagraphLevels {
    let rtl = sahifa_core::direction::paragraph_is_rtl(text, document == Direction::Rtl);
    resolve(
        text,
        Some(if rtl { Direction::Rtl } else { Direction::Ltr }),
    )
}

/// Levels of a single paragraph (`text` holds no paragraph separator). `direction` `None` applies rules P2
/// and P3 as written (no strong character means left to right), which is what the conformance file's "auto" means.
pub fn resolve(text: &str, direction: Option<Direction>) -> ParagraphLevels {
    let default = direction.map(|d| match d {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    });
    let info = ParagraphBidiInfo::new(text, default);
    ParagraphLevels {
        para_level: info.paragraph_level.number(),
        levels: info.levels.iter().map(Level::number).collect(),
        classes: info.original_classes,
    }
}

/// Characters that rule X9 removes; rule L1 treats them like the whitespace they sit in.
pub const fn removed_by_x9(class: BidiClass) -> bool {
    use BidiClass::{BN, LRE, LRO, PDF, RLE, RLO};
    matches!(class, BN | LRE | RLE | LRO | RLO | PDF)
}

/// Rule L1 for one line, in place: segment and paragraph separators, and any run of whitespace and isolate
/// formatting characters before them or at the end of the line, go back to the paragraph level.
/// `line` is the line's text; `classes` and `levels` are its per-byte slices.
pub fn apply_l1(line: &str, classes: &[BidiClass], levels: &mut [u8], para_level: u8) {
    use BidiClass::{B, FSI, LRI, PDI, RLI, S, WS};
    let mut reset = |from: usize, to: usize| {
        if let Some(run) = levels.get_mut(from..to) {
            run.fill(para_level);
        }
    };
    let mut run_start: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let Some(&class) = classes.get(i) else {
            break;
        };
        let end = i + c.len_utf8();
        if matches!(class, WS | FSI | LRI | RLI | PDI) || removed_by_x9(class) {
            run_start.get_or_insert(i);
        } else if matches!(class, S | B) {
            reset(run_start.unwrap_or(i), end);
            run_start = None;
        } else {
            run_start = None;
        }
    }
    if let Some(start) = run_start {
        reset(start, line.len());
    }
}

/// Rule L2: the visual order (left to right) of items given their levels in logical order.
/// Returns logical indices. Items are chars for the conformance test, pieces and spaces for the view.
pub fn visual_order(levels: &[u8]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..levels.len()).collect();
    let Some(&max) = levels.iter().max() else {
        return order;
    };
    let Some(min_odd) = levels.iter().copied().filter(|l| l % 2 == 1).min() else {
        return order;
    };
    // Items move, their levels travel with them.
    let mut lv: Vec<u8> = levels.to_vec();
    let mut level = max;
    while level >= min_odd {
        let mut i = 0;
        while i < lv.len() {
            if lv.get(i).is_some_and(|&l| l >= level) {
                let start = i;
                while lv.get(i).is_some_and(|&l| l >= level) {
                    i += 1;
                }
                if let (Some(o), Some(l)) = (order.get_mut(start..i), lv.get_mut(start..i)) {
                    o.reverse();
                    l.reverse();
                }
            } else {
                i += 1;
            }
        }
        if level == 0 {
            break;
        }
        level -= 1;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l2_reverses_nested_runs() {
        // LTR paragraph: a (0), two RTL words (1) around a number (2).
        assert_eq!(visual_order(&[0, 1, 1, 2, 1]), vec![0, 4, 3, 2, 1]);
        assert_eq!(visual_order(&[1, 1, 1]), vec![2, 1, 0]);
        assert_eq!(visual_order(&[0, 0]), vec![0, 1]);
        assert!(visual_order(&[]).is_empty());
    }

    #[test]
    fn l1_resets_trailing_whitespace() {
        let line = "abc ";
        let info = resolve(line, Some(Direction::Rtl));
        let mut levels = info.levels.clone();
        apply_l1(line, &info.classes, &mut levels, info.para_level);
        assert_eq!(levels, vec![2, 2, 2, 1]);
    }

    #[test]
    fn digits_only_paragraph_takes_the_fallback_direction() {
        assert_eq!(
            paragraph_levels("2015", Direction::Rtl).direction(),
            Direction::Rtl
        );
        assert_eq!(
            paragraph_levels("2015", Direction::Ltr).direction(),
            Direction::Ltr
        );
        assert_eq!(
            paragraph_levels("Hello world مرحبا", Direction::Rtl).direction(),
            Direction::Ltr
        );
        // Mainly Arabic: right to left although it starts with a Latin word.
        assert_eq!(
            paragraph_levels("iPhone 16 هو أحدث هاتف", Direction::Rtl).direction(),
            Direction::Rtl
        );
    }
}
