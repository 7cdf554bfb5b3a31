//! Word lists behind the tagger's gazetteer and trigger features (assets/lists/tagger/, compiled in).
//!
//! Lookups take a token's normalised form with clitics and the article stripped, so "بلندن" and "والقاهرة"
//! find "لندن" and "القاهرة". Place names may span several tokens.

use super::features::{hash_bytes, strip_article, strip_clitics};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use sahifa_text::normalize::normalize;
use std::sync::OnceLock;

const PLACES: &str = include_str!("../../../assets/lists/tagger/places.txt");
const PERSON_NAMES: &str = include_str!("../../../assets/lists/tagger/person_names.txt");
const TITLES: &str = include_str!("../../../assets/lists/tagger/titles.txt");
const ORG_HEADS: &str = include_str!("../../../assets/lists/tagger/org_heads.txt");
const PLACE_TRIGGERS: &str = include_str!("../../../assets/lists/tagger/place_triggers.txt");
const REPORTING_VERBS: &str = include_str!("../../../assets/lists/tagger/reporting_verbs.txt");
const ORGANISATIONS: &str = include_str!("../../../assets/lists/tagger/organisations.txt");
const FAMILY_NAMES: &str = include_str!("../../../assets/lists/tagger/family_names.txt");
const FOREIGN_GIVEN_NAMES: &str =
    include_str!("../../../assets/lists/tagger/foreign_given_names.txt");

/// Which list a single word belongs to (a word may be in several).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordClass {
    PersonName,
    Title,
    OrgHead,
    PlaceTrigger,
    ReportingVerb,
    ForeignGivenName,
}

impl WordClass {
    /// All classes, in a fixed order (their position is part of the feature hash).
    pub const ALL: [Self; 6] = [
        Self::PersonName,
        Self::Title,
        Self::OrgHead,
        Self::PlaceTrigger,
        Self::ReportingVerb,
        Self::ForeignGivenName,
    ];

    /// The class's bit in a word's set of classes.
    pub const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Names of one or more words, matched longest first.
#[derive(Default)]
pub struct Gazetteer {
    /// First word -> the remaining words of each name starting with it (empty for one-word names).
    names: HashMap<String, Vec<Vec<String>>>,
}

impl Gazetteer {
    fn build(list: &str) -> Self {
        let mut names: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        let mut seen = HashSet::default();
        for entry in entries(list) {
            let mut parts = entry.split_whitespace().map(key);
            let Some(first) = parts.next() else { continue };
            let rest: Vec<String> = parts.collect();
            if seen.insert((first.clone(), rest.clone())) {
                names.entry(first).or_default().push(rest);
            }
        }
        // Longest names first, so matching can stop at the first hit.
        for rests in names.values_mut() {
            rests.sort_by_key(|rest| std::cmp::Reverse(rest.len()));
        }
        Self { names }
    }

    /// Marks tokens inside known names: for each token, `Some(true)` starts a name, `Some(false)` continues
    /// one. `keys` are each token's two lookup keys: article-stripped ([`key`]) and clitic-stripped.
    pub fn marks(&self, keys: &[(&str, &str)]) -> Vec<Option<bool>> {
        let mut marks = vec![None; keys.len()];
        let mut i = 0;
        while i < keys.len() {
            let matches_at =
                |at: usize, w: &str| keys.get(at).is_some_and(|(a, b)| *a == w || *b == w);
            let len = keys
                .get(i)
                .and_then(|(a, b)| self.names.get(*a).or_else(|| self.names.get(*b)))
                .and_then(|names| {
                    names.iter().find(|rest| {
                        rest.iter()
                            .enumerate()
                            .all(|(j, w)| matches_at(i + 1 + j, w))
                    })
                })
                .map(|rest| rest.len() + 1);
            if let Some(len) = len {
                for (j, mark) in marks.iter_mut().skip(i).take(len).enumerate() {
                    *mark = Some(j == 0);
                }
                i += len;
            } else {
                i += 1;
            }
        }
        marks
    }
}

/// The multi-word name lists, in a fixed order (the position is part of the feature hash).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameList {
    Places,
    Organisations,
    FamilyNames,
}

impl NameList {
    pub const ALL: [Self; 3] = [Self::Places, Self::Organisations, Self::FamilyNames];
}

/// The compiled-in word lists, keyed by the clitic-stripped normalised form.
pub struct Lexicon {
    /// Bit set of [`WordClass`] per word.
    words: HashMap<String, u8>,
    /// One gazetteer per [`NameList`], in that order.
    names: [Gazetteer; 3],
    checksum: u64,
}

/// Lines of a list file that hold entries (comments and blank lines skipped).
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The key a word is stored and looked up under.
pub fn key(word: &str) -> String {
    strip_article(&normalize(word)).to_owned()
}

impl Lexicon {
    /// The compiled-in lists, built once.
    pub fn get() -> &'static Self {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Self::build)
    }

    fn build() -> Self {
        let mut words: HashMap<String, u8> = HashMap::default();
        let lists = [
            (WordClass::PersonName, PERSON_NAMES),
            (WordClass::Title, TITLES),
            (WordClass::OrgHead, ORG_HEADS),
            (WordClass::PlaceTrigger, PLACE_TRIGGERS),
            (WordClass::ReportingVerb, REPORTING_VERBS),
            (WordClass::ForeignGivenName, FOREIGN_GIVEN_NAMES),
        ];
        let mut checksum = 0u64;
        for (class, list) in lists {
            checksum = hash_bytes(checksum, list.as_bytes());
            for entry in entries(list) {
                *words.entry(key(entry)).or_default() |= class.bit();
            }
        }
        for list in [PLACES, ORGANISATIONS, FAMILY_NAMES] {
            checksum = hash_bytes(checksum, list.as_bytes());
        }
        Self {
            words,
            names: [
                Gazetteer::build(PLACES),
                Gazetteer::build(ORGANISATIONS),
                Gazetteer::build(FAMILY_NAMES),
            ],
            checksum,
        }
    }

    /// A checksum of the tagger's own lists and of what the rule marks depend on (a
    /// [`RuleMarker`](crate::rules::RuleMarker)'s fingerprint): a model records it and is refused by other lists.
    pub fn checksum_with(&self, rules_fingerprint: u64) -> u64 {
        hash_bytes(self.checksum, &rules_fingerprint.to_le_bytes())
    }

    /// Is the word (any clitic form) in the list of `class`?
    pub fn is(&self, class: WordClass, normalized: &str) -> bool {
        let bits = |k: &str| self.words.get(k).copied().unwrap_or(0);
        let stripped = strip_clitics(normalized);
        (bits(strip_article(normalized)) | bits(stripped)) & class.bit() != 0
    }

    /// Marks tokens inside the names of one list (see [`Gazetteer::marks`]).
    pub fn name_marks(&self, list: NameList, keys: &[(&str, &str)]) -> Vec<Option<bool>> {
        self.names[list as usize].marks(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks of one list over words, looked up as the features look them up.
    fn marks(list: NameList, words: &[&str]) -> Vec<Option<bool>> {
        let norms: Vec<String> = words.iter().map(|w| normalize(w)).collect();
        let keys: Vec<(&str, &str)> = norms
            .iter()
            .map(|n| (strip_article(n), strip_clitics(n)))
            .collect();
        Lexicon::get().name_marks(list, &keys)
    }

    #[test]
    fn finds_places_with_clitics_and_multiword_names() {
        assert_eq!(
            marks(NameList::Places, &["زار", "بلندن", "ثم", "أديس", "أبابا"]),
            vec![None, Some(true), None, Some(true), Some(false)]
        );
    }

    #[test]
    fn finds_organisations_and_family_names() {
        let lex = Lexicon::get();
        let words = ["فاز", "ومانشستر", "يونايتد", "على", "فريق", "بيكهام"];
        assert_eq!(
            marks(NameList::Organisations, &words),
            vec![None, Some(true), Some(false), None, None, None]
        );
        assert_eq!(marks(NameList::FamilyNames, &words)[5], Some(true));
        assert!(lex.is(WordClass::ForeignGivenName, &normalize("وجورج")));
        // Removed as a common word once normalised ("آلان" reads as "الآن").
        assert!(!lex.is(WordClass::ForeignGivenName, &normalize("الآن")));
    }

    #[test]
    fn word_classes_match_clitic_forms() {
        let lex = Lexicon::get();
        assert!(lex.is(WordClass::Title, &normalize("والرئيس")));
        assert!(lex.is(WordClass::OrgHead, &normalize("وزارة")));
        assert!(lex.is(WordClass::ReportingVerb, &normalize("وأكد")));
        assert!(!lex.is(WordClass::Title, &normalize("السيارات")));
    }
}
