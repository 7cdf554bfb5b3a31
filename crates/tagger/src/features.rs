//! Hashed features of each token in a sentence: word forms, clitic-stripped stems, affixes, shape, neighbours
//! (±2), membership in the tagger's word lists, and (stacking, [`super::rules`]) what the rule recognisers
//! and the analysis word lists say about the token and its ±1 neighbours, as handed in by a
//! [`RuleMarker`](super::rules::RuleMarker). The model records the marker's fingerprint, so a list change is
//! caught when the model is bound to the rules.
//!
//! Every feature is a 64-bit hash of (template, value); the model maps it to a weight row. The hash is a fixed
//! function of the bytes (no per-process seed), so training and tagging agree across runs and machines.
//!
//! Submodules, by kind of work: `words`, `push`.

use super::lexicon::{Lexicon, NameList, WordClass};
use super::rules::RuleMark;
use sahifa_text::normalize::normalize;

mod push;
mod words;

pub use push::*;
pub use words::*;

/// Each token's features start with the bias and then its [`IDENTITY`] word-form features (raw, normalised,
/// stem, clitic-stripped stem), so training can drop them to learn how unseen words look in context.
pub const IDENTITY: std::ops::Range<usize> = 1..5;

/// Bumped whenever the feature set changes: a model records it and is refused by another version.
pub const FEATURE_VERSION: u32 = 4;

const M: u64 = 0x9E37_79B9_7F4A_7C15;

/// The murmur3 64-bit finaliser: spreads every input bit over the output.
const fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hashes bytes, 8 at a time.
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ M;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(M)
            .rotate_left(29);
    }
    let rest = chunks.remainder();
    let mut word = [0u8; 8];
    for (w, b) in word.iter_mut().zip(rest) {
        *w = *b;
    }
    h = (h ^ u64::from_le_bytes(word)).wrapping_mul(M);
    fmix(h ^ bytes.len() as u64)
}

/// What a feature captures. The discriminant is the template's id, which goes into every feature hash: renumbering
/// a template changes its hashes and invalidates every trained model (assets/ner-model.bin), so ids are never
/// reused or changed, only added (the gaps are free).
///
/// Names say what the feature pairs with the tag. "Prev"/"Next" are the neighbours one away, "Second" two away;
/// a "Pair" is two values hashed together; a "Window" template carries the position in the window as a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Template {
    /// Always on: the tag's prior.
    Bias = 0,
    /// The token as written ([`IDENTITY`] from here to [`Template::CliticStem`]).
    RawForm = 1,
    /// The normalised token.
    NormalForm = 2,
    /// The normalised token without its article ([`strip_article`]).
    Stem = 3,
    /// The normalised token without any clitic ([`strip_clitics`]).
    CliticStem = 4,
    /// The clitics and article taken off ("وب", "وال").
    CliticsTaken = 5,
    /// The first one, two and three letters of the stem.
    StemFirst1 = 7,
    StemFirst2 = 8,
    StemFirst3 = 9,
    /// The last one, two and three letters of the stem.
    StemLast1 = 11,
    StemLast2 = 12,
    StemLast3 = 13,
    /// The token's character [`shape`].
    Shape = 20,
    /// The stem's length in letters (capped at 10).
    StemLength = 21,
    /// (previous word's shape, this shape).
    PrevShapePair = 22,
    /// (this shape, next word's shape).
    NextShapePair = 23,
    /// A neighbour's normalised form.
    PrevWord = 30,
    NextWord = 31,
    SecondPrevWord = 32,
    SecondNextWord = 33,
    /// A neighbour's stem.
    PrevStem = 34,
    NextStem = 35,
    /// (previous word, this word), normalised.
    PrevWordPair = 36,
    /// (this word, next word), normalised.
    NextWordPair = 37,
    /// (previous word's stem, this word's clitic-stripped stem).
    PrevStemPair = 38,
    SecondPrevStem = 39,
    SecondNextStem = 40,
    /// (previous word, next word): the words on both sides.
    SurroundingWords = 41,
    /// A neighbour's (clitics taken off, last two letters).
    NextAffixes = 42,
    PrevAffixes = 43,
    /// A neighbour's last two letters.
    NextEnding = 44,
    PrevEnding = 45,
    /// This token's (clitics taken off, last two letters).
    OwnAffixes = 46,
    /// The token opens the sentence.
    SentenceStart = 47,
    /// (window position, [`WordClass`] bit) for each class of each word within two.
    WindowClass = 50,
    /// (window position, place-list mark) of each word within two.
    WindowPlaceList = 51,
    /// (place-list mark, stem) of the token.
    PlaceListStem = 52,
    /// (previous word's classes, this word's classes).
    PrevClassesPair = 53,
    /// (window position and list, mark) in the organisation and family-name lists.
    WindowOrgFamilyList = 54,
    /// Which name lists claim the token at once, with the neighbours' family-name marks.
    ListOverlap = 55,
    /// A letter trigram of `^stem$`.
    LetterTrigram = 60,
    /// (window position, the rules' tag) of each word within one.
    WindowRuleTag = 70,
    /// (previous word's rule tag, this word's rule tag).
    PrevRuleTagPair = 71,
    /// (window position, [`ListClass`](super::rules::ListClass) bit) of each word within one.
    WindowRuleList = 72,
    /// (this word's rule tag, next word's rule tag).
    NextRuleTagPair = 73,
    /// (the rules' tag, the rules' list bits) of the token.
    RuleTagLists = 74,
    /// The normalised word three away, either side.
    FarWord = 80,
    /// (next word's clitics taken off, next word's shape).
    NextCliticsShape = 83,
    /// (next word's classes, next word's clitics taken off).
    NextClassesClitics = 84,
    /// (previous word's clitic stem, next word's clitic stem).
    SurroundingStems = 85,
    /// (stem two back, stem one back).
    PrevStemBigram = 86,
    /// (stem one ahead, stem two ahead).
    NextStemBigram = 87,
    /// (the rules' tag, clitic stem) of the token.
    RuleTagStem = 88,
    /// (the rules' tag, clitic stem) of the previous word.
    PrevRuleTagStem = 89,
    /// (the token's name-list marks and classes, the next word's rule list bits).
    ListsNextRuleLists = 90,
    /// (the token's name-list marks and classes, the previous word's rule list bits).
    ListsPrevRuleLists = 91,
    /// (next word's name-list marks, this word's).
    NextListsPair = 92,
    /// (the word, whether the previous word looks like a name and its rule tag).
    WordAfterNameish = 93,
    /// (the clitic stem, whether the previous word looks like a name).
    StemAfterNameish = 94,
}

/// A feature template's id, the part of a feature hash that says what the value means: [`Template`] for the
/// sentence features, [`DocTemplate`](super::docfeat::DocTemplate) for the document stage.
pub trait TemplateId: Copy {
    fn id(self) -> u64;
}

impl TemplateId for Template {
    fn id(self) -> u64 {
        self as u64
    }
}

/// Combines a template id with one value.
const fn combine(template: u64, value: u64) -> u64 {
    fmix(value.wrapping_mul(M) ^ template.wrapping_mul(0xD6E8_FEB8_6659_FD93))
}

/// The feature of `template` with one value.
#[inline]
pub fn feat(template: impl TemplateId, value: u64) -> u64 {
    combine(template.id(), value)
}

/// The feature of `template` with two values.
#[inline]
pub fn feat2(template: impl TemplateId, a: u64, b: u64) -> u64 {
    combine(
        template.id(),
        a.rotate_left(23) ^ b.wrapping_mul(0xA076_1D64_78BD_642F),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docfeat;
    use crate::{ListClass, Tag};
    use sahifa_text::EntityLabel;

    /// A sentence with a title, a nationality, a person the rules found and a place, and the rules' marks.
    fn pinned_sentence() -> ([&'static str; 9], [RuleMark; 9]) {
        let tokens = [
            "قال",
            "الرئيس",
            "الفرنسي",
            "إيمانويل",
            "ماكرون",
            "في",
            "باريس",
            "أمس",
            ".",
        ];
        let mut rules = [RuleMark::default(); 9];
        rules[1].lists = ListClass::Title.bit();
        rules[3] = RuleMark {
            tag: Tag::B(EntityLabel::Per),
            lists: ListClass::GivenName.bit(),
        };
        rules[4].tag = Tag::I(EntityLabel::Per);
        rules[6] = RuleMark {
            tag: Tag::B(EntityLabel::Loc),
            lists: ListClass::Place.bit(),
        };
        (tokens, rules)
    }

    /// Hashes of FEATURE_VERSION 4, the features assets/ner-model.bin was trained on: a renumbered template or a
    /// changed hash function would make the shipped model read the wrong weights without any error.
    #[test]
    fn feature_hashes_stay_pinned() {
        let (tokens, rules) = pinned_sentence();
        let mut f = SentenceFeatures::default();
        extract(&tokens, &rules, Lexicon::get(), &mut f);
        // "ماكرون": bias and word forms first, at fixed positions (training drops IDENTITY by position).
        let macron = f.token(4);
        let head: [u64; 6] = [
            0,
            0xa3c0_2bd5_ffef_449a,
            0xcec1_15e8_790b_0edf,
            0xdec0_f4b4_6de5_fab8,
            0xe317_6236_0f27_c233,
            0xf8ef_1b7f_cba2_5e31,
        ];
        assert_eq!(macron.get(..6), Some(&head[..]));
        let pinned = [
            (Template::StemFirst1, 0x5e42_f3c1_135b_207f),
            (Template::StemLast1, 0x9dd4_47b5_c920_c7bd),
            (Template::Shape, 0x70cc_0953_2804_d3cc),
            (Template::StemLength, 0x19a9_34b6_294c_b62d),
            (Template::PrevShapePair, 0x07fd_b879_c97f_5d64),
            (Template::PrevWord, 0x5e54_7959_0a59_a5fc),
            (Template::PrevStemPair, 0x5983_c4e6_95b1_0702),
            (Template::SurroundingWords, 0x3ada_0d8c_c724_44bc),
            (Template::OwnAffixes, 0x29b7_c3ef_9850_d6b4),
            (Template::PrevClassesPair, 0x5d07_135a_49f6_243f),
            (Template::LetterTrigram, 0x0b7a_430d_6805_07f0),
            (Template::WindowRuleTag, 0x17bd_cd4b_7a9f_4af7),
            (Template::WindowRuleList, 0x5903_a725_d248_b787),
            (Template::PrevRuleTagPair, 0xdadb_ad28_4e57_093c),
            (Template::NextRuleTagPair, 0xa4b6_bc8a_a9a3_e0ea),
            (Template::RuleTagLists, 0xc013_f1f7_1396_5f7e),
            (Template::FarWord, 0x8d46_cb8b_ec2d_4e20),
            (Template::NextCliticsShape, 0x1116_62c9_ce9b_18ba),
            (Template::SurroundingStems, 0x3b7d_0fe5_a01e_13b7),
            (Template::RuleTagStem, 0x5111_4b65_0a64_2d25),
            (Template::PrevRuleTagStem, 0x815c_9b82_3dd8_6bb3),
            (Template::WordAfterNameish, 0xe2f9_9f66_3ac9_88d1),
            (Template::StemAfterNameish, 0xcc84_5d80_f118_1ed1),
            (Template::ListsNextRuleLists, 0x05cf_0b6d_04d5_4546),
            (Template::NextListsPair, 0x0552_6322_4ff1_4cd0),
        ];
        for (template, hash) in pinned {
            assert!(macron.contains(&hash), "{template:?}: {hash:#x} missing");
        }
        let start = 0x052c_b387_1fce_78a7;
        assert_eq!(feat(Template::SentenceStart, 0), start);
        assert!(f.token(0).contains(&start));
        assert!(!macron.contains(&start));
        let macron_stem = hash_bytes(seed::CLITIC_STEM, "ماكرون".as_bytes());
        let rule_tag = Tag::I(EntityLabel::Per).index() as u64;
        assert_eq!(
            feat2(Template::RuleTagStem, rule_tag, macron_stem),
            0x5111_4b65_0a64_2d25
        );
    }

    /// The document stage's features of the same sentence, pinned like [`feature_hashes_stay_pinned`].
    #[test]
    fn document_feature_hashes_stay_pinned() {
        let (tokens, rules) = pinned_sentence();
        let lex = Lexicon::get();
        let sentences = [tokens.to_vec(), vec!["ماكرون", "يزور", "باريس"]];
        let mut feats = vec![SentenceFeatures::default(); 2];
        for ((s, rules), f) in sentences
            .iter()
            .zip([&rules[..], &[RuleMark::default(); 3]])
            .zip(&mut feats)
        {
            extract(s, rules, lex, f);
        }
        let own = feats[0].token(4).len();
        // The first stage tagged "ماكرون" I-PER here and B-PER in the other sentence.
        let first = [vec![0, 0, 0, 1, 2, 0, 5, 0, 0], vec![1, 0, 0]];
        docfeat::add(&sentences, &first, &mut feats);
        // DocTemplate 70 to 77 in order (one OtherOccurrenceTag: B-PER).
        let pinned: [u64; 8] = [
            0x2bef_7bab_991b_f0ff,
            0xdadb_ad28_4e57_093c,
            0x17a3_5bf9_5023_bbf4,
            0xc7a3_ec7b_b701_7d40,
            0xa0c1_f832_9ec5_a90d,
            0xa0be_f1d0_03ff_9009,
            0x3af0_2bc9_50b6_4f64,
            0x07e9_a044_946a_df4e,
        ];
        assert_eq!(feats[0].token(4).get(own..), Some(&pinned[..]));
    }

    #[test]
    fn strips_articles_and_clitics() {
        assert_eq!(strip_article("والقاهره"), "قاهره");
        assert_eq!(strip_article("للرييس"), "رييس");
        assert_eq!(strip_article("ال"), "ال");
        assert_eq!(strip_clitics("بواشنطن"), "واشنطن");
        assert_eq!(strip_clitics("ولروسيا"), "روسيا");
        assert_eq!(strip_clitics("وبال"), "بال");
        assert_eq!(strip_clitics("في"), "في");
    }

    #[test]
    fn features_are_deterministic_and_depend_on_context() {
        let lex = Lexicon::get();
        let mut a = SentenceFeatures::default();
        let mut b = SentenceFeatures::default();
        let rules = [RuleMark::default(); 3];
        extract(&["قال", "الرئيس", "محمد"], &rules, lex, &mut a);
        extract(&["قال", "الرئيس", "محمد"], &rules, lex, &mut b);
        assert_eq!(a.hashes, b.hashes);
        assert_eq!(a.len(), 3);
        extract(&["زار", "الرئيس", "محمد"], &rules, lex, &mut b);
        assert_ne!(a.token(1), b.token(1));
        assert_eq!(a.token(0).first(), b.token(0).first());
    }
}
