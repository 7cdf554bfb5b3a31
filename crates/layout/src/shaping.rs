//! What egui's shaper must be given so a piece comes out right: egui shapes each piece in the direction its
//! script suggests, so pieces whose wanted direction differs are reversed (and mirrored when right to left).

use std::borrow::Cow;
use std::ops::Range;
use unicode_bidi::{BidiInfo, Level};
use unicode_script::{Script, UnicodeScript as _};
use unicode_segmentation::UnicodeSegmentation as _;

/// True for the scripts that a shaper lays out right to left (HarfBuzz's list, which harfrust and so egui
/// follow when they guess a run's direction).
const fn is_rtl(script: Script) -> bool {
    matches!(
        script,
        Script::Arabic
            | Script::Hebrew
            | Script::Syriac
            | Script::Thaana
            | Script::Cypriot
            | Script::Kharoshthi
            | Script::Phoenician
            | Script::Nko
            | Script::Lydian
            | Script::Avestan
            | Script::Imperial_Aramaic
            | Script::Inscriptional_Pahlavi
            | Script::Inscriptional_Parthian
            | Script::Old_South_Arabian
            | Script::Old_Turkic
            | Script::Samaritan
            | Script::Mandaic
            | Script::Meroitic_Cursive
            | Script::Meroitic_Hieroglyphs
            | Script::Manichaean
            | Script::Mende_Kikakui
            | Script::Nabataean
            | Script::Old_North_Arabian
            | Script::Palmyrene
            | Script::Psalter_Pahlavi
            | Script::Hatran
            | Script::Adlam
            | Script::Hanifi_Rohingya
            | Script::Old_Sogdian
            | Script::Sogdian
            | Script::Elymaic
            | Script::Chorasmian
            | Script::Yezidi
            | Script::Old_Uyghur
            | Script::Garay
            | Script::Sidetic
    )
}

/// The script of `c` when it has one of its own (not Common, Inherited or Unknown): the characters from which
/// a shaper guesses a run's direction.
fn own_script(c: char) -> Option<Script> {
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    }
}

/// True for characters of a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko, ...) whose Unicode
/// script is not Common or Inherited: the characters that make a shaper guess right to left.
pub fn is_rtl_script(c: char) -> bool {
    own_script(c).is_some_and(is_rtl)
}

/// The direction egui's shaper will guess for a run: right to left when its first character with a script of
/// its own is of a right-to-left script, else left to right.
pub fn shaper_guesses_rtl(text: &str) -> bool {
    text.chars().find_map(own_script).is_some_and(is_rtl)
}

/// The string to hand to the shaper for a piece at `level`, or `Cow::Borrowed(text)` when it can go as typed.
///
/// - An odd-level piece the shaper would shape left to right (no Arabic letter: "(", "»،", "...") is
///   reversed and its brackets mirrored, so it reads right to left.
/// - An even-level piece the shaper would shape right to left (Arabic-Indic digits "٢٠١٥") is reversed so
///   that the digits come out left to right.
pub fn display_text(text: &str, level: u8) -> Cow<'_, str> {
    let want_rtl = level % 2 == 1;
    if want_rtl == shaper_guesses_rtl(text) {
        return Cow::Borrowed(text);
    }
    // Reverse by grapheme clusters so combining marks stay after their base.
    let mut out = String::with_capacity(text.len());
    for cluster in text.graphemes(true).rev() {
        for c in cluster.chars() {
            let mirrored = if want_rtl {
                unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
            } else {
                c
            };
            out.push(mirrored);
        }
    }
    Cow::Owned(out)
}

/// One run of a single line in visual order: a logical byte range of the line at one bidi level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisualRun {
    pub range: Range<usize>,
    /// Resolved level (odd: right to left).
    pub level: u8,
}

/// The bidi runs of one line (no paragraph separator in it) in visual order, left to right, in a right-to-left
/// (`rtl`) or left-to-right paragraph: what UI labels and the text field shape, one run (or piece of a run) at a
/// time through [`display_text`]. Article paragraphs go through [`crate::bidi`] instead (they break lines).
pub fn visual_runs(line: &str, rtl: bool) -> Vec<VisualRun> {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(line, Some(base));
    let Some(para) = info.paragraphs.first() else {
        return Vec::new();
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    runs.into_iter()
        .filter(|run| !run.is_empty())
        .map(|run| VisualRun {
            level: levels.get(run.start).map_or(base.number(), Level::number),
            range: run,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtl_brackets_are_reversed_and_mirrored() {
        assert_eq!(display_text("(", 1), "(".replace('(', ")"));
        // Reversed to "،»", then » mirrored to «.
        assert_eq!(display_text("»،", 1), "،«");
        assert_eq!(
            display_text("([", 1),
            "[(".replace('[', "]").replace('(', ")")
        );
    }

    #[test]
    fn arabic_indic_digits_are_reversed_at_even_levels() {
        assert_eq!(display_text("٢٠١٥", 2), "٥١٠٢");
        assert_eq!(display_text("2015", 2), "2015");
    }

    #[test]
    fn arabic_words_and_latin_words_go_as_typed() {
        assert!(matches!(display_text("العالم.", 1), Cow::Borrowed(_)));
        assert!(matches!(display_text("World", 2), Cow::Borrowed(_)));
        assert!(matches!(display_text("«بالتأكيد»", 1), Cow::Borrowed(_)));
    }
}
