//! Arabic letter normalisation for matching only (never for display).
//!
//! Folds alef/hamza forms, ya/alef maqsura, taa marbuta; drops diacritics and tatweel. Each output char keeps
//! the byte offset of the input char it came from, so a match in normalised text maps back to the original.

/// True for Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel.
pub const fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}'..='\u{200F}')
}

/// The matching form of one char (`None` when it is dropped).
pub const fn fold_char(c: char) -> Option<char> {
    if is_ignorable(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        // Arabic-Indic and Extended digits fold to ASCII.
        '٠'..='٩' => char_from_digit(c as u32 - '٠' as u32),
        '۰'..='۹' => char_from_digit(c as u32 - '۰' as u32),
        _ => c.to_ascii_lowercase(),
    })
}

const fn char_from_digit(d: u32) -> char {
    match char::from_digit(d, 10) {
        Some(c) => c,
        None => '0',
    }
}

/// Normalises a string for matching.
pub fn normalize(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// Normalised text plus, for each output byte, the byte offset in the original of the char it came from.
pub struct Normalized {
    pub text: String,
    /// `origin[i]` is the original byte offset of the char starting at normalised byte `i`; has `text.len() + 1`
    /// entries (the last is the original length).
    origin: Vec<usize>,
}

impl Normalized {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (i, c) in original.char_indices() {
            if let Some(f) = fold_char(c) {
                text.push(f);
                origin.resize(text.len(), i);
            }
        }
        origin.push(original.len());
        Self { text, origin }
    }

    /// Maps a normalised byte range back to the original text's byte range.
    pub fn original_span(&self, start: usize, end: usize) -> crate::span::Span {
        let s = self.origin.get(start).copied().unwrap_or(0);
        // The end maps to the start of the char after the match, so trailing dropped marks stay included
        // only when they precede that char; use the origin of `end` directly.
        let e = self
            .origin
            .get(end)
            .copied()
            .unwrap_or_else(|| self.origin.last().copied().unwrap_or(0));
        crate::span::Span::new(s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_ya_taa_and_drops_marks() {
        assert_eq!(normalize("أحمد"), "احمد");
        assert_eq!(normalize("إسرائيل"), "اسراييل");
        assert_eq!(normalize("مصطفى"), "مصطفي");
        assert_eq!(normalize("القاهرة"), "القاهره");
        assert_eq!(normalize("مُحَمَّدٌ"), "محمد");
        assert_eq!(normalize("مشددًا"), "مشددا");
        assert_eq!(normalize("الســلام"), "السلام");
        assert_eq!(normalize("٢٠١٥"), "2015");
    }

    #[test]
    fn normalized_maps_back_to_original_offsets() {
        let original = "قال مُحَمَّد إنه";
        let n = Normalized::new(original);
        let start = n.text.find("محمد").unwrap();
        let span = n.original_span(start, start + "محمد".len());
        assert_eq!(span.get(original).unwrap().trim_end(), "مُحَمَّد");
    }
}
