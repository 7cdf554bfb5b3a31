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

/// Normalised text, mapped back to the original: each normalised char keeps the byte offset of the original char
/// it came from.
pub struct Normalized {
    pub text: String,
    /// Runs of chars at a constant distance from their originals: `(normalised byte, original byte)` of each run's
    /// first char, in order. A new run starts after every dropped mark or shortened char, so plain text is one run
    /// (a byte offset per byte was 8 bytes of memory per byte of text).
    runs: Vec<(usize, usize)>,
    /// The original text's length (where the normalised end maps to).
    original_len: usize,
}

impl Normalized {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (i, c) in original.char_indices() {
            if let Some(f) = fold_char(c) {
                let at = text.len();
                let continues = runs.last().is_some_and(|&(n, o)| o + (at - n) == i);
                if !continues {
                    runs.push((at, i));
                }
                text.push(f);
            }
        }
        Self {
            text,
            runs,
            original_len: original.len(),
        }
    }

    /// The original byte offset of the char starting at normalised byte `at` (the original length at the end).
    fn origin(&self, mut at: usize) -> usize {
        if at >= self.text.len() {
            return self.original_len;
        }
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let run = self
            .runs
            .partition_point(|&(n, _)| n <= at)
            .saturating_sub(1);
        self.runs.get(run).map_or(0, |&(n, o)| o + (at - n))
    }

    /// Maps a normalised byte range back to the original text's byte range: from the original of the first char
    /// to the original of the char after the range (so marks dropped before that char are included).
    pub fn original_span(&self, start: usize, end: usize) -> crate::span::Span {
        crate::span::Span::new(self.origin(start), self.origin(end))
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

    /// The runs give every char the offset a table of one offset per normalised byte gave.
    #[test]
    fn normalized_runs_match_a_table_per_byte() {
        for original in [
            "قال مُحَمَّد إنه ٢٠١٥ في أحمد",
            "",
            "ـــ",
            "abc",
            "مُ",
            "ً٢a",
            "أإآ ةى مشددًا الســلام Ahmad ۱۲",
        ] {
            let n = Normalized::new(original);
            let mut table = Vec::new();
            let mut text = String::new();
            for (i, c) in original.char_indices() {
                if let Some(f) = fold_char(c) {
                    text.push(f);
                    table.resize(text.len(), i);
                }
            }
            table.push(original.len());
            assert_eq!(n.text, text);
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(n.origin(at), table[at], "{original:?} at {at}");
            }
        }
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
