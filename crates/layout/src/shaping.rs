//! What egui's shaper must be given so a piece comes out right: egui shapes each piece in the direction its
//! script suggests, so pieces whose wanted direction differs are reversed (and mirrored when right to left).

use std::borrow::Cow;

/// True for characters of a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko) whose Unicode script is
/// not Common or Inherited: the characters that make a shaper guess right to left.
pub fn is_rtl_script(c: char) -> bool {
    let u = u32::from(c);
    let common_in_arabic_block = matches!(
        u,
        0x0605 | 0x060C | 0x061B | 0x061C | 0x061F | 0x0640 | 0x06DD | 0x08E2
    ) || (0x064B..=0x0655).contains(&u)
        || u == 0x0670;
    if common_in_arabic_block {
        return false;
    }
    matches!(
        u,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x1_0E60..=0x1_0E7F | 0x1_EE00..=0x1_EEFF
    )
}

/// True for characters with a script of their own (not Common or Inherited), approximated: letters and
/// Arabic-Indic digits count; ASCII digits, punctuation, symbols and combining marks do not.
fn has_script(c: char) -> bool {
    if is_rtl_script(c) {
        return true;
    }
    c.is_alphabetic() && !is_combining(c)
}

fn is_combining(c: char) -> bool {
    let u = u32::from(c);
    matches!(u, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D | 0xFE00..=0xFE0F)
}

/// The direction egui's shaper will guess for a run: right to left when its first character with a script is
/// of a right-to-left script, else left to right.
pub fn shaper_guesses_rtl(text: &str) -> bool {
    text.chars()
        .find(|&c| has_script(c))
        .is_some_and(is_rtl_script)
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
    // Reverse by clusters so combining marks stay after their base.
    let mut clusters: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if i > start && !is_combining(c) {
            if let Some(cluster) = text.get(start..i) {
                clusters.push(cluster);
            }
            start = i;
        }
    }
    if let Some(last) = text.get(start..) {
        if !last.is_empty() {
            clusters.push(last);
        }
    }
    let mut out = String::with_capacity(text.len());
    for cluster in clusters.iter().rev() {
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
