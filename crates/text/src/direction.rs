//! Which way a document and each of its paragraphs read: one decision for the reader, `sahifa layout` and every
//! export.
//!
//! A document is right to left unless right-to-left letters are under a quarter of its strong letters (an Arabic
//! reader's default). In a right-to-left document a paragraph is right to left unless it is mainly Latin: more
//! left-to-right letters than right-to-left ones. So "iPhone 16 هو أحدث هاتف" stays right to left although its first
//! word is Latin (the Unicode first-strong rule would make it left to right). A paragraph without letters ("2015")
//! takes the document's direction. Mirror-wise for a left-to-right document.

use unicode_bidi::{BidiClass, bidi_class};

/// Counts of strong left-to-right and right-to-left characters in (at most the first `limit` chars of) `text`.
fn strong_counts(text: &str, limit: usize) -> (usize, usize) {
    let (mut l, mut r) = (0usize, 0usize);
    for c in text.chars().take(limit) {
        match bidi_class(c) {
            BidiClass::L => l += 1,
            BidiClass::R | BidiClass::AL => r += 1,
            _ => {}
        }
    }
    (l, r)
}

/// Whether a document reads right to left (judged on its first 64 K chars).
pub fn document_is_rtl(text: &str) -> bool {
    let (l, r) = strong_counts(text, 64 * 1024);
    r.saturating_mul(3) >= l
}

/// Whether a paragraph of a document that is (or is not) right to left reads right to left.
pub fn paragraph_is_rtl(text: &str, document_rtl: bool) -> bool {
    let (l, r) = strong_counts(text, usize::MAX);
    if document_rtl { l <= r } else { r > l }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_is_right_to_left_unless_mainly_latin() {
        assert!(paragraph_is_rtl("iPhone 16 هو أحدث هاتف من الشركة", true));
        assert!(!paragraph_is_rtl(
            "The summit opened in Riyadh (الرياض) today",
            true
        ));
        assert!(paragraph_is_rtl("2015", true));
        assert!(!paragraph_is_rtl("2015", false));
        assert!(paragraph_is_rtl("قال الوزير إن", false));
        assert!(!paragraph_is_rtl("iPhone هاتف new", false));
    }

    #[test]
    fn a_document_is_right_to_left_unless_its_arabic_is_scarce() {
        assert!(document_is_rtl("عنوان الخبر\nنص عربي مع Apple"));
        assert!(!document_is_rtl(
            "An English article that quotes one word: سلام"
        ));
        assert!(document_is_rtl(""));
    }
}
