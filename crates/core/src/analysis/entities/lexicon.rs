//! The word lists the binary ships (assets/lists), folded into one table of normalised phrases.
//!
//! Each phrase (words joined by one space, normalised) carries a set of [`Flags`]: a place, an organisation, a
//! given name, a title, a head word, a nationality adjective, a stop word. Lookups go word by word from a start
//! word, longest phrase first, so clitics are handled on the first word only.

use crate::analysis::normalize::normalize;
use crate::analysis::tokens::{TokenKind, tokenize};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// What a phrase of the lists is (a bit set: "علي" is a given name, "على" a stop word).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(u16);

impl Flags {
    /// A place (country, region, city).
    pub const LOC: Flags = Flags(1);
    /// A well-known organisation.
    pub const ORG: Flags = Flags(1 << 1);
    /// A given name.
    pub const GIVEN: Flags = Flags(1 << 2);
    /// A title or role before a person's name.
    pub const TITLE: Flags = Flags(1 << 3);
    /// Heads an organisation name and is part of it ("وزارة").
    pub const ORG_HEAD: Flags = Flags(1 << 4);
    /// Heads an organisation name but stays out of the span ("صحيفة").
    pub const ORG_HEAD_OUT: Flags = Flags(1 << 5);
    /// Heads a place name and is part of it ("نهر").
    pub const PLACE_HEAD: Flags = Flags(1 << 6);
    /// Heads a place name but stays out of the span ("مدينة").
    pub const PLACE_HEAD_OUT: Flags = Flags(1 << 7);
    /// A direction, part of a place name only before a known place ("شمال").
    pub const DIRECTION: Flags = Flags(1 << 8);
    /// A nationality adjective (not an entity; ends a name).
    pub const NATIONALITY: Flags = Flags(1 << 9);
    /// A function word, frequent verb or time word (ends a name).
    pub const STOP: Flags = Flags(1 << 10);
    /// An adjective that continues an organisation name ("العامة", "الأعلى").
    pub const ORG_ADJ: Flags = Flags(1 << 11);
    /// Heads an organisation whose name follows as proper-name words only, left out of the span ("شركة").
    pub const ORG_HEAD_NAME: Flags = Flags(1 << 12);
    /// Heads an organisation only before a known place, and is part of it ("أمانة" in "أمانة جدة").
    pub const ORG_HEAD_PLACE: Flags = Flags(1 << 13);
    /// A town or city of the GeoNames list: a place, but weaker than the curated lists (many towns share their
    /// name with a family: "عبدالرحمن الركبان"), so a person's name may run through it.
    pub const TOWN: Flags = Flags(1 << 14);
    /// A well-known person.
    pub const PERSON: Flags = Flags(1 << 15);

    /// True when any flag of `other` is set.
    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// Both sets of flags.
    #[must_use]
    pub const fn union(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    /// True when the two sets share a flag.
    pub const fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    const fn with(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    /// These flags less those of `other`.
    #[must_use]
    pub const fn without(self, other: Flags) -> Flags {
        Flags(self.0 & !other.0)
    }
}

/// Phrases keyed by their normalised words, with the longest phrase length per first word.
#[derive(Debug, Default)]
pub struct PhraseTable<V> {
    phrases: HashMap<String, V>,
    /// First word -> the most words of any phrase starting with it.
    first: HashMap<String, usize>,
    /// The first two to n-1 words of every phrase of three words or more: a lookup stops extending a key that no
    /// phrase continues.
    prefixes: rustc_hash::FxHashSet<String>,
}

impl<V> PhraseTable<V> {
    /// An empty table.
    pub fn new() -> Self {
        Self {
            phrases: HashMap::default(),
            first: HashMap::default(),
            prefixes: rustc_hash::FxHashSet::default(),
        }
    }

    /// The value stored for `key` (normalised words joined by one space), inserted with `make` if missing.
    pub fn entry(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let words = key.split(' ').count();
        let first = key.split(' ').next().unwrap_or(key).to_owned();
        let max = self.first.entry(first).or_insert(0);
        *max = (*max).max(words);
        let spaces: Vec<usize> = key.match_indices(' ').map(|(i, _)| i).collect();
        for &end in spaces.iter().skip(1) {
            if let Some(prefix) = key.get(..end) {
                self.prefixes.insert(prefix.to_owned());
            }
        }
        self.phrases.entry(key.to_owned()).or_insert_with(make)
    }

    /// The value of an exact phrase key.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.phrases.get(key)
    }

    /// True when no phrase was added.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The most words of a phrase starting with the word `first` (0: none starts with it).
    pub fn max_words(&self, first: &str) -> usize {
        self.first.get(first).copied().unwrap_or(0)
    }

    /// Longest phrase starting with `first` and continuing with `rest(1)`, `rest(2)`, ...; returns the number of
    /// words matched and the value. `rest(k)` is `None` where the phrase cannot continue (end, punctuation).
    pub fn longest<'r>(
        &self,
        first: &str,
        rest: impl Fn(usize) -> Option<&'r str>,
        accept: impl Fn(&V) -> bool,
    ) -> Option<(usize, &V)> {
        let max = *self.first.get(first)?;
        let mut best = self
            .phrases
            .get(first)
            .filter(|v| accept(v))
            .map(|v| (1, v));
        if max == 1 {
            return best;
        }
        let mut key = String::with_capacity(64);
        key.push_str(first);
        for k in 1..max {
            let Some(next) = rest(k) else { break };
            key.push(' ');
            key.push_str(next);
            let found = self.phrases.get(&key);
            if let Some(v) = found.filter(|v| accept(v)) {
                best = Some((k + 1, v));
            }
            // No longer phrase goes on from here.
            if k + 1 < max && !self.prefixes.contains(&key) {
                break;
            }
        }
        best
    }
}

/// All lists, folded into one phrase table.
#[derive(Debug)]
pub struct Lexicon {
    /// Every list phrase with its flags.
    pub table: PhraseTable<Flags>,
    /// Stop words spelt with a final alef maqsura ("على"), which fold onto names ("علي").
    maqsura_stops: Vec<String>,
    /// The language's most frequent words, normalised (common-words.txt). Not a feature of the tagger: it only
    /// vets the tagger's one-word names, so it is no part of [`lists_fingerprint`].
    common: std::collections::HashSet<String>,
    /// Clubs whose names are ordinary words (clubs.txt), normalised: organisations only in a sports article.
    clubs: std::collections::HashSet<String>,
    /// Clubs written with "~" in clubs.txt: teams only in a match's context ("فاز [التعاون] على ...").
    context_clubs: std::collections::HashSet<String>,
    /// Words that mark a sports article (sports-words.txt), normalised.
    sports: std::collections::HashSet<String>,
    /// Generic institutional collocations (generic-bodies.txt), as phrase keys: no organisation's name.
    generic_bodies: std::collections::HashSet<String>,
    /// Countries of the ISO list that are also common words ("مالي", "financial"), so not-entities.txt takes
    /// them from the lists: places only where the text expects a place.
    ambiguous_countries: std::collections::HashSet<String>,
    /// Countries and territories (CLDR and ISO lists), as phrase keys.
    countries: std::collections::HashSet<String>,
    /// Places written with "~" in places.txt, also common words ("نجد": "we find"; "الخبر": "the news"): places
    /// only after a place word or joined with "و" to a known place.
    ambiguous_places: std::collections::HashSet<String>,
}

const CLDR_TERRITORIES: &str = include_str!("../../../../../assets/lists/cldr-territories.txt");
const CLDR_CITIES: &str = include_str!("../../../../../assets/lists/cldr-cities.txt");
const GEONAMES_PLACES: &str = include_str!("../../../../../assets/lists/geonames-places.txt");
const ISO_COUNTRIES: &str = include_str!("../../../../../assets/lists/iso-countries.txt");
const PLACES: &str = include_str!("../../../../../assets/lists/places.txt");
const ORGANISATIONS: &str = include_str!("../../../../../assets/lists/organisations.txt");
const PERSONS: &str = include_str!("../../../../../assets/lists/persons.txt");
const GIVEN_NAMES: &str = include_str!("../../../../../assets/lists/given-names.txt");
const TITLES: &str = include_str!("../../../../../assets/lists/titles.txt");
const ORG_HEADS: &str = include_str!("../../../../../assets/lists/org-heads.txt");
const PLACE_HEADS: &str = include_str!("../../../../../assets/lists/place-heads.txt");
const NATIONALITIES: &str = include_str!("../../../../../assets/lists/nationalities.txt");
const ORG_ADJECTIVES: &str = include_str!("../../../../../assets/lists/org-adjectives.txt");
const STOPWORDS: &str = include_str!("../../../../../assets/lists/stopwords.txt");
const NOT_ENTITIES: &str = include_str!("../../../../../assets/lists/not-entities.txt");
const COMMON_WORDS: &str = include_str!("../../../../../assets/lists/common-words.txt");
const CLUBS: &str = include_str!("../../../../../assets/lists/clubs.txt");
const SPORTS_WORDS: &str = include_str!("../../../../../assets/lists/sports-words.txt");
const GENERIC_BODIES: &str = include_str!("../../../../../assets/lists/generic-bodies.txt");

/// The text of every bundled list, in a fixed order (for [`lists_fingerprint`]).
const ALL_LISTS: [&str; 15] = [
    CLDR_TERRITORIES,
    CLDR_CITIES,
    GEONAMES_PLACES,
    ISO_COUNTRIES,
    PLACES,
    ORGANISATIONS,
    PERSONS,
    GIVEN_NAMES,
    TITLES,
    ORG_HEADS,
    PLACE_HEADS,
    NATIONALITIES,
    ORG_ADJECTIVES,
    STOPWORDS,
    NOT_ENTITIES,
];

/// A fingerprint (FNV-1a) of the bundled lists' text. The trained tagger's features read these lists, so its model
/// records this value and is refused, with a clear error, after a list changes (retrain it then).
pub fn lists_fingerprint() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for list in ALL_LISTS {
        for b in list.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The entries of one list file: non-empty lines that are not `#` comments.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lookup key of a phrase: its word tokens normalised and joined by one space (`None` if it has punctuation).
pub fn phrase_key(phrase: &str) -> Option<String> {
    let mut key = String::new();
    for t in tokenize(phrase) {
        if t.kind == TokenKind::Punct {
            return None;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&normalize(t.text(phrase)));
    }
    (!key.is_empty()).then_some(key)
}

impl Lexicon {
    /// The lists bundled with the binary, built once.
    pub fn bundled() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut table = PhraseTable::new();
        let mut add = |phrase: &str, flags: Flags| {
            if let Some(key) = phrase_key(phrase) {
                let f = table.entry(&key, Flags::default);
                *f = f.with(flags);
            }
        };
        for list in [CLDR_TERRITORIES, CLDR_CITIES, ISO_COUNTRIES, PLACES] {
            entries(list).for_each(|e| add(e, Flags::LOC));
        }
        entries(GEONAMES_PLACES).for_each(|e| add(e, Flags::TOWN));
        entries(ORGANISATIONS).for_each(|e| add(e, Flags::ORG));
        entries(PERSONS).for_each(|e| add(e, Flags::PERSON));
        entries(GIVEN_NAMES).for_each(|e| add(e, Flags::GIVEN));
        entries(TITLES).for_each(|e| add(e, Flags::TITLE));
        for e in entries(ORG_HEADS) {
            if let Some(head) = e.strip_prefix('-') {
                add(head, Flags::ORG_HEAD_OUT);
            } else if let Some(head) = e.strip_prefix('=') {
                add(head, Flags::ORG_HEAD_NAME);
            } else if let Some(head) = e.strip_prefix('^') {
                add(head, Flags::ORG_HEAD_PLACE);
            } else {
                add(e, Flags::ORG_HEAD);
            }
        }
        for e in entries(PLACE_HEADS) {
            if let Some(head) = e.strip_prefix('-') {
                add(head, Flags::PLACE_HEAD_OUT);
            } else if let Some(dir) = e.strip_prefix('^') {
                add(dir, Flags::DIRECTION);
            } else {
                add(e, Flags::PLACE_HEAD);
            }
        }
        for stem in entries(NATIONALITIES) {
            for form in nationality_forms(stem) {
                add(&form, Flags::NATIONALITY);
            }
        }
        entries(ORG_ADJECTIVES).for_each(|e| add(e, Flags::ORG_ADJ));
        let mut maqsura_stops = Vec::new();
        for e in entries(STOPWORDS) {
            add(e, Flags::STOP);
            if e.ends_with('ى') {
                maqsura_stops.push(normalize(e));
            }
        }
        // Collisions with common words: the lists alone never make these entities.
        for e in entries(NOT_ENTITIES) {
            if let Some(key) = phrase_key(e) {
                let f = table.entry(&key, Flags::default);
                *f = f
                    .without(Flags::LOC)
                    .without(Flags::ORG)
                    .without(Flags::TOWN);
            }
        }
        // A nationality is no town of the GeoNames list, whatever village shares its spelling ("الغانية").
        for stem in entries(NATIONALITIES) {
            for form in nationality_forms(stem) {
                if let Some(key) = phrase_key(&form) {
                    let f = table.entry(&key, Flags::default);
                    if !f.contains(Flags::LOC) {
                        *f = f.without(Flags::TOWN);
                    }
                }
            }
        }
        let iso: std::collections::HashSet<String> =
            entries(ISO_COUNTRIES).filter_map(phrase_key).collect();
        let countries = entries(CLDR_TERRITORIES)
            .chain(entries(ISO_COUNTRIES))
            .filter_map(phrase_key)
            .collect();
        let ambiguous_countries = entries(NOT_ENTITIES)
            .filter_map(phrase_key)
            .filter(|k| iso.contains(k))
            .collect();
        let mut ambiguous_places = std::collections::HashSet::new();
        // Places written with "~" in places.txt are also common words ("نجد": "we find"; "الخبر": "the news"):
        // places only where the text expects one, whatever other list knows them.
        for key in entries(PLACES)
            .filter_map(|e| e.strip_prefix('~'))
            .filter_map(phrase_key)
        {
            let f = table.entry(&key, Flags::default);
            *f = f.without(Flags::LOC).without(Flags::TOWN);
            ambiguous_places.insert(key);
        }
        let common = entries(COMMON_WORDS).map(normalize).collect();
        let clubs = entries(CLUBS)
            .filter(|e| !e.starts_with('~'))
            .map(normalize)
            .collect();
        let context_clubs = entries(CLUBS)
            .filter_map(|e| e.strip_prefix('~'))
            .map(normalize)
            .collect();
        let sports = entries(SPORTS_WORDS).map(normalize).collect();
        let generic_bodies = entries(GENERIC_BODIES).filter_map(phrase_key).collect();
        Lexicon {
            table,
            maqsura_stops,
            common,
            clubs,
            context_clubs,
            sports,
            generic_bodies,
            ambiguous_countries,
            countries,
            ambiguous_places,
        }
    }

    /// True when a phrase key is a country that is also a common word ("مالي").
    pub fn is_ambiguous_country(&self, key: &str) -> bool {
        self.ambiguous_countries.contains(key)
    }

    /// True when a phrase key is a country or territory of the CLDR or ISO lists ("قطر", "إيطاليا").
    pub fn is_country(&self, key: &str) -> bool {
        self.countries.contains(key)
    }

    /// True when a phrase key is a place of places.txt that is also a common word ("نجد", "الخبر").
    pub fn is_ambiguous_place(&self, key: &str) -> bool {
        self.ambiguous_places.contains(key)
    }

    /// The flags of a one-word key.
    pub fn flags(&self, key: &str) -> Flags {
        self.table.get(key).copied().unwrap_or_default()
    }

    /// True when a normalised word is one of the language's most frequent words.
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common.contains(key)
    }

    /// True when a normalised word is a club whose name is an ordinary word ("الهلال").
    pub fn is_club(&self, key: &str) -> bool {
        self.clubs.contains(key)
    }

    /// True when a normalised word is a club only in a match's context ("التعاون", "نجران").
    pub fn is_context_club(&self, key: &str) -> bool {
        self.context_clubs.contains(key)
    }

    /// True when a phrase key (normalised words joined by one space) is a generic body ("مجلس الاداره").
    pub fn is_generic_body(&self, key: &str) -> bool {
        self.generic_bodies.contains(key)
    }

    /// True when a normalised word marks a sports article ("المباراة", "الدوري").
    pub fn is_sports_word(&self, key: &str) -> bool {
        self.sports.contains(key)
    }

    /// True when a word (its raw text and normalised key) is a stop word. "على" is one, "علي" is a name.
    pub fn is_stop(&self, raw: &str, key: &str) -> bool {
        if self.maqsura_stops.iter().any(|s| s == key) {
            return raw
                .chars()
                .rev()
                .find(|c| !crate::analysis::normalize::is_ignorable(*c))
                == Some('ى');
        }
        self.flags(key).contains(Flags::STOP)
    }
}

/// The inflected forms of a nationality adjective: with and without the article, feminine, plural, dual.
fn nationality_forms(stem: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(12);
    for suffix in ["", "ة", "ون", "ين", "ان", "تين", "تان"] {
        out.push(format!("{stem}{suffix}"));
        out.push(format!("ال{stem}{suffix}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_fold_into_flags() {
        let lx = Lexicon::bundled();
        assert!(lx.flags("روسيا").contains(Flags::LOC));
        assert!(
            lx.flags(&normalize("الأمريكية"))
                .contains(Flags::NATIONALITY)
        );
        assert!(lx.flags(&normalize("صحيفة")).contains(Flags::ORG_HEAD_OUT));
        assert!(!lx.flags(&normalize("العالم")).contains(Flags::LOC));
    }

    #[test]
    fn maqsura_stop_word_is_not_the_name() {
        let lx = Lexicon::bundled();
        assert!(lx.is_stop("على", "علي"));
        assert!(!lx.is_stop("علي", "علي"));
    }

    #[test]
    fn longest_phrase_wins() {
        let lx = Lexicon::bundled();
        let words = ["الولايات", "المتحده", "الامريكيه"];
        let (n, f) = lx
            .table
            .longest(
                words[0],
                |k| words.get(k).copied(),
                |f| f.contains(Flags::LOC),
            )
            .unwrap();
        assert_eq!(n, 3);
        assert!(f.contains(Flags::LOC));
    }
}
