//! Conjunction and preposition clitics (و ف ب ل ك and their combinations) in front of a name.
//!
//! A word such as "وللولايات" is looked up under each reading it allows: as written, without "و", and with the
//! fused "لل" read as the article "ال" (the span then keeps "لل", as the export format asks).

use crate::analysis::normalize::is_ignorable;

/// One reading of a word: how many original bytes the clitics take, and the normalised rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stem {
    /// Bytes of the original word left out of the entity span.
    pub skip: usize,
    /// The normalised form looked up in the lists.
    pub key: String,
    /// The most words of a list phrase that starts with `key` (0: none), filled in when the context reads the
    /// word, so the list rules skip the lookup for the many words that start no phrase.
    pub phrases: u8,
}

/// Clitic sequences that may stand before a name, in normalised letters.
const PREFIXES: [&str; 11] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// Letters a stem must keep after the clitics are removed (so "وو" or "بل" are not split).
const MIN_STEM_CHARS: usize = 2;

/// The byte length in `raw` of its first `letters` letters (diacritics and tatweel after them included).
pub fn letters_to_bytes(raw: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in raw.char_indices() {
        if is_ignorable(c) {
            continue;
        }
        if seen == letters {
            return i;
        }
        seen += 1;
    }
    raw.len()
}

/// Every reading of a word: the word itself first, then each clitic split (`key` is the normalised word).
pub fn stems(raw: &str, key: &str) -> Vec<Stem> {
    let mut out = vec![Stem {
        skip: 0,
        key: key.to_owned(),
        phrases: 0,
    }];
    // The conjunction alone, so that a fused "لل" after it is still read as the article.
    for conj in ["", "و", "ف"] {
        let Some(rest) = key.strip_prefix(conj) else {
            continue;
        };
        let Some(after) = rest.strip_prefix("لل") else {
            continue;
        };
        if after.chars().count() >= MIN_STEM_CHARS {
            out.push(Stem {
                skip: letters_to_bytes(raw, conj.chars().count()),
                key: format!("ال{after}"),
                phrases: 0,
            });
        }
    }
    for prefix in PREFIXES {
        let Some(rest) = key.strip_prefix(prefix) else {
            continue;
        };
        if rest.chars().count() < MIN_STEM_CHARS {
            continue;
        }
        out.push(Stem {
            skip: letters_to_bytes(raw, prefix.chars().count()),
            key: rest.to_owned(),
            phrases: 0,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::normalize::normalize;

    fn readings(word: &str) -> Vec<(String, String)> {
        stems(word, &normalize(word))
            .into_iter()
            .map(|s| (word[s.skip..].to_owned(), s.key))
            .collect()
    }

    #[test]
    fn conjunction_and_preposition_are_split_off() {
        let r = readings("ولافروف");
        assert!(r.contains(&("لافروف".to_owned(), "لافروف".to_owned())));
        let r = readings("بواشنطن");
        assert!(r.contains(&("واشنطن".to_owned(), "واشنطن".to_owned())));
    }

    #[test]
    fn fused_lam_keeps_its_letters_in_the_span() {
        let r = readings("وللولايات");
        assert!(r.contains(&("للولايات".to_owned(), "الولايات".to_owned())));
    }

    #[test]
    fn diacritics_on_a_clitic_stay_with_it() {
        let r = readings("وَلافروف");
        assert!(r.contains(&("لافروف".to_owned(), "لافروف".to_owned())));
    }

    #[test]
    fn short_words_are_not_split() {
        assert_eq!(readings("ول").len(), 1);
    }
}
