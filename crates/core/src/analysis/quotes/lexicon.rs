//! Word lists for speakers (titles, pronouns, honorifics, function words, institution heads), kept as text files
//! in assets/lists/quotes-*.txt and loaded once, normalised.

use crate::analysis::normalize::normalize;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// A list file: one word per line, `#` comments.
fn load(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalize)
        .collect()
}

macro_rules! list {
    ($name:ident, $file:literal) => {
        #[doc = concat!("The words of assets/lists/", $file, ", normalised.")]
        pub fn $name() -> &'static HashSet<String> {
            static S: OnceLock<HashSet<String>> = OnceLock::new();
            S.get_or_init(|| load(include_str!(concat!("../../../../../assets/lists/", $file))))
        }
    };
}

list!(titles, "quotes-titles.txt");
list!(pronouns, "quotes-pronouns.txt");
list!(honorifics, "quotes-honorifics.txt");
list!(stops, "quotes-stops.txt");
list!(org_heads, "quotes-org-heads.txt");

/// A word without a leading و and definite article, for title matching.
pub fn bare(norm: &str) -> &str {
    let s = norm
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(norm);
    s.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(s)
}

/// True for a title or role word ("الوزير", "ومدرب", "د").
pub fn is_title(norm: &str) -> bool {
    title_key(norm).is_some()
}

/// The title a word carries, without conjunction, article or possessive ("والوزير" -> "وزير", "رئيسها" -> "رئيس").
pub fn title_key(norm: &str) -> Option<&'static str> {
    // Asked of every word near every quote: the readings are slices of the word, the answer is the list's own.
    fn no_al(w: &str) -> Option<&str> {
        w.strip_prefix("ال").filter(|r| r.chars().count() >= 2)
    }
    let no_wa = norm.strip_prefix('و').filter(|r| r.chars().count() >= 2);
    let candidates = [Some(norm), no_al(norm), no_wa, no_wa.and_then(no_al)];
    let candidates = candidates.iter().flatten().copied();
    // "رئيسها", "مدربه": a title with a possessive pronoun. "مؤسسه" is the institution (مؤسسة), not "its founder"
    // (the title "مؤسس" is "موسس" normalised).
    let possessed = candidates.clone().filter_map(|c| {
        c.strip_suffix("ها")
            .or_else(|| c.strip_suffix('ه').filter(|r| *r != "موسس"))
            .filter(|r| r.chars().count() >= 3)
    });
    let titles = titles();
    candidates
        .chain(possessed)
        .find_map(|c| titles.get(c))
        .map(|c| same_office(c).unwrap_or(c.as_str()))
}

/// The title of a word with "لل" or "بال" written on it ("للباحث" -> "باحث", "بالوزير" -> "وزير"), as the article
/// may introduce a title's holder: "قال للباحث المصري فلان".
pub fn prefixed_title_key(norm: &str) -> Option<&'static str> {
    let rest = norm
        .strip_prefix("لل")
        .or_else(|| norm.strip_prefix('ب').filter(|r| r.starts_with("ال")))?;
    if rest.starts_with("ال") {
        title_key(rest)
    } else {
        title_key(&format!("ال{rest}"))
    }
}

/// Titles written two ways for one office, with the form [`title_key`] gives for both: "الناطق" and "المتحدث"
/// name the same spokesman.
fn same_office(key: &str) -> Option<&'static str> {
    match key {
        "ناطق" => Some("متحدث"),
        "ناطقه" => Some("متحدثه"),
        _ => None,
    }
}

/// Titles of honour (normalised title keys): "سمو", "معالي" say the speaker is a person of rank, not which office.
const HONOUR_TITLES: &[&str] = &[
    "صاحب",
    "سمو",
    "معالي",
    "فخامه",
    "جلاله",
    "سعاده",
    "سماحه",
    "فضيله",
    "دوله",
];

/// True for a title of honour ("سمو", "معالي", "فخامة"), as [`title_key`] gives it.
pub fn is_honour_title(key: &str) -> bool {
    HONOUR_TITLES.contains(&key)
}

/// Broken plurals and construct forms of people (normalised, without article): "خبراء", "مسؤولو".
const PEOPLE_PLURALS: &[&str] = &[
    "خبراء",
    "علماء",
    "نواب",
    "سكان",
    "اهالي",
    "شهود",
    "مسؤولو",
    "مختصو",
];

/// A sound plural in ـون of at least this many letters is taken for people ("مسؤولون", not "كون").
const SOUND_PLURAL_MIN_LETTERS: usize = 5;

/// True for a plural of people ("قانونيون", "مسؤولون", "اقتصاديون").
pub fn is_people_plural(norm: &str) -> bool {
    let b = bare(norm);
    (b.ends_with("ون") && b.chars().count() >= SOUND_PLURAL_MIN_LETTERS)
        || PEOPLE_PLURALS.contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_match_with_article_conjunction_and_possessive() {
        assert_eq!(title_key(&normalize("والوزير")), Some("وزير"));
        assert_eq!(title_key(&normalize("رئيسها")), Some("رييس"));
        assert_eq!(title_key(&normalize("وزير")), Some("وزير"));
        assert!(!is_title(&normalize("لافروف")));
        // "مؤسسة" is an institution, not "its founder".
        assert!(!is_title(&normalize("مؤسسة")));
        assert!(is_title(&normalize("المؤسس")));
        assert_eq!(title_key(&normalize("الناطقة")), Some("متحدثه"));
        assert_eq!(title_key(&normalize("والناطق")), Some("متحدث"));
        assert!(is_people_plural(&normalize("قانونيون")));
        assert!(is_people_plural(&normalize("خبراء")));
        assert!(!is_people_plural(&normalize("روسيا")));
    }

    #[test]
    fn titles_with_a_preposition_on_the_article() {
        assert_eq!(prefixed_title_key(&normalize("للوزير")), Some("وزير"));
        assert_eq!(prefixed_title_key(&normalize("بالناطق")), Some("متحدث"));
        assert_eq!(prefixed_title_key(&normalize("بوزير")), None);
        assert_eq!(prefixed_title_key(&normalize("الوزير")), None);
    }
}
