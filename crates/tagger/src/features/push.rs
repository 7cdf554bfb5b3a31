//! Pushing the hashed features of one token: its own forms, its neighbours, list and rule marks, affixes.

use super::{
    BOS, EOS, Known, RuleMark, Template, Tok, WordCache, WordClass, feat, feat2, hash_bytes, seed,
};

/// A token and its neighbours up to three away ([`BOS`] and [`EOS`] beyond the sentence).
pub(super) struct Window {
    pub(super) p3: Tok,
    pub(super) p2: Tok,
    pub(super) p1: Tok,
    pub(super) t: Tok,
    pub(super) n1: Tok,
    pub(super) n2: Tok,
    pub(super) n3: Tok,
}

impl Window {
    /// The window around token `i` of `toks`.
    pub(super) fn around(toks: &[Tok], i: usize) -> Self {
        let before = |k: usize| {
            i.checked_sub(k)
                .map_or(BOS, |j| toks.get(j).copied().unwrap_or(EOS))
        };
        let after = |k: usize| toks.get(i + k).copied().unwrap_or(EOS);
        Self {
            p3: before(3),
            p2: before(2),
            p1: before(1),
            t: after(0),
            n1: after(1),
            n2: after(2),
            n3: after(3),
        }
    }
}

/// Where a neighbour's [`push_neighbour`] features come from, relative to the token: three back to three ahead.
pub const NEIGHBOURS: [isize; 6] = [-3, -2, -1, 1, 2, 3];

/// All features of token `i`, in a fixed order (the order of the sums in training and of [`IDENTITY`]): those
/// of the word by itself, those each neighbour gives by itself ([`NEIGHBOURS`]), then those of the combinations.
/// The first two kinds depend on a spelling alone, so a tagger can sum their weights once per spelling
/// ([`WordCache::own_features`], [`neighbour_features`]).
pub(super) fn push_token_features(
    h: &mut Vec<u64>,
    w: &Window,
    k: &Known,
    cache: &WordCache<'_>,
    rules: &[RuleMark],
    i: isize,
) {
    push_own(h, &w.t, k, cache);
    for (d, tok) in NEIGHBOURS
        .into_iter()
        .zip([w.p3, w.p2, w.p1, w.n1, w.n2, w.n3])
    {
        push_neighbour(h, &tok, d);
    }
    push_joint(h, w, rules, i);
}

/// The features of the word by itself: its forms, affixes, shape, length, list classes and letter trigrams.
pub(super) fn push_own(h: &mut Vec<u64>, t: &Tok, k: &Known, cache: &WordCache<'_>) {
    push_word_forms(h, t);
    h.extend_from_slice(cache.hashes(&k.affixes));
    h.push(feat(Template::Shape, t.shape));
    h.push(feat(Template::StemLength, u64::from(k.stem_len)));
    push_classes(h, 0, t);
    // Letter trigrams of the whole word: transliterated foreign names have telltale letter runs.
    h.extend_from_slice(cache.hashes(&k.trigrams));
    h.push(feat2(Template::OwnAffixes, t.prefix, t.suffix));
}

/// The features neighbour `n`, `d` words away ([`NEIGHBOURS`]), gives by itself: its words and stems (up to
/// two away), its list classes, its endings and clitics (one away), the words three away (the topic of the
/// sentence: a match, a cabinet, a car launch).
pub(super) fn push_neighbour(h: &mut Vec<u64>, n: &Tok, d: isize) {
    match d {
        -1 => {
            h.push(feat(Template::PrevWord, n.norm));
            h.push(feat(Template::PrevStem, n.stem));
            push_classes(h, 1, n);
            h.push(feat2(Template::PrevAffixes, n.prefix, n.suffix));
            h.push(feat(Template::PrevEnding, n.suffix));
        }
        1 => {
            h.push(feat(Template::NextWord, n.norm));
            h.push(feat(Template::NextStem, n.stem));
            push_classes(h, 2, n);
            // Neighbours' shapes of word: a nationality adjective ("البرتغالي") after a club or a person.
            h.push(feat2(Template::NextAffixes, n.prefix, n.suffix));
            h.push(feat(Template::NextEnding, n.suffix));
            // Does the next word look like a name's continuation (no article, a list word)?
            h.push(feat2(Template::NextCliticsShape, n.prefix, n.shape));
            h.push(feat2(
                Template::NextClassesClitics,
                u64::from(n.classes),
                n.prefix,
            ));
        }
        -2 => {
            h.push(feat(Template::SecondPrevWord, n.norm));
            h.push(feat(Template::SecondPrevStem, n.stem));
            push_classes(h, 3, n);
        }
        2 => {
            h.push(feat(Template::SecondNextWord, n.norm));
            h.push(feat(Template::SecondNextStem, n.stem));
            push_classes(h, 4, n);
        }
        // Words three away, without their side.
        -3 | 3 => h.push(feat(Template::FarWord, n.norm)),
        _ => {}
    }
}

/// The features of the token with its neighbours: pairs of values, the name-list marks (they depend on the
/// sentence) and the rules' marks.
pub(super) fn push_joint(h: &mut Vec<u64>, w: &Window, rules: &[RuleMark], i: isize) {
    let (p2, p1, t, n1, n2) = (&w.p2, &w.p1, &w.t, &w.n1, &w.n2);
    h.push(feat2(Template::PrevShapePair, p1.shape, t.shape));
    h.push(feat2(Template::NextShapePair, t.shape, n1.shape));
    h.push(feat2(Template::PrevWordPair, p1.norm, t.norm));
    h.push(feat2(Template::NextWordPair, t.norm, n1.norm));
    h.push(feat2(Template::PrevStemPair, p1.stem, t.stem_c));
    push_name_lists(h, w);
    push_own_name_marks(h, w);
    h.push(feat2(Template::SurroundingWords, p1.norm, n1.norm));
    if i == 0 {
        h.push(feat(Template::SentenceStart, 0));
    }
    // A title two words back with a word between ("الرئيس الأمريكي X") and a first name before.
    h.push(feat2(
        Template::PrevClassesPair,
        u64::from(p1.classes),
        u64::from(t.classes),
    ));
    push_rule_features(h, rules, i);
    h.push(feat2(Template::SurroundingStems, p1.stem_c, n1.stem_c));
    h.push(feat2(Template::PrevStemBigram, p2.stem, p1.stem));
    h.push(feat2(Template::NextStemBigram, n1.stem, n2.stem));
    push_rule_context(h, w, rules, i);
}

/// (window position, [`WordClass`] bit) for each class of a word.
pub(super) fn push_classes(h: &mut Vec<u64>, pos: u64, tok: &Tok) {
    for bit in 0..WordClass::ALL.len() as u64 {
        if tok.classes & (1 << bit) != 0 {
            h.push(feat2(Template::WindowClass, pos, bit));
        }
    }
}

/// The bias, then the token's [`IDENTITY`] forms and the clitics taken off.
pub(super) fn push_word_forms(h: &mut Vec<u64>, t: &Tok) {
    h.push(feat(Template::Bias, 0));
    h.push(feat(Template::RawForm, t.raw));
    h.push(feat(Template::NormalForm, t.norm));
    h.push(feat(Template::Stem, t.stem));
    h.push(feat(Template::CliticStem, t.stem_c));
    // The clitics and article taken off ("وب", "وال"): a cue for names ("ال" rarely starts a person's name).
    h.push(feat(Template::CliticsTaken, t.prefix));
}

/// The tagger's word lists (gazetteer): the classes and name-list marks of the words up to two away.
pub(super) fn push_name_lists(h: &mut Vec<u64>, w: &Window) {
    for (pos, tok) in [(0u64, &w.t), (1, &w.p1), (2, &w.n1), (3, &w.p2), (4, &w.n2)] {
        let [place, org, family] = tok.names;
        if place != 0 {
            h.push(feat2(Template::WindowPlaceList, pos, u64::from(place)));
        }
        for (list, mark) in [(1u64, org), (2, family)] {
            if mark != 0 {
                h.push(feat2(
                    Template::WindowOrgFamilyList,
                    pos << 4 | list,
                    u64::from(mark),
                ));
            }
        }
    }
}

/// The place-list mark with the token's stem, and which name lists claim the token at once.
pub(super) fn push_own_name_marks(h: &mut Vec<u64>, w: &Window) {
    let t = &w.t;
    if t.names[0] != 0 {
        h.push(feat2(
            Template::PlaceListStem,
            u64::from(t.names[0]),
            t.stem,
        ));
    }
    // Which lists claim the token at once (a club named after its city is both a place and an organisation).
    if t.names != [0; 3] {
        h.push(feat2(
            Template::ListOverlap,
            u64::from(t.names[0]) << 8 | u64::from(t.names[1]) << 4 | u64::from(t.names[2]),
            u64::from(w.p1.names[2] | w.n1.names[2] << 4),
        ));
    }
}

/// The rules' verdict on the token and the previous word beside what the word is, and the lists' marks beside
/// the neighbours' rule list flags.
pub(super) fn push_rule_context(h: &mut Vec<u64>, w: &Window, rules: &[RuleMark], i: isize) {
    let (p1, t, n1) = (&w.p1, &w.t, &w.n1);
    let rule_tag = |k: isize| rule_at(rules, k).0;
    let rule_flags = |k: isize| rule_at(rules, k).1;
    // The rules' verdict on this very word (how far to trust them differs from word to word).
    h.push(feat2(Template::RuleTagStem, rule_tag(i), t.stem_c));
    h.push(feat2(Template::PrevRuleTagStem, rule_tag(i - 1), p1.stem_c));
    // A common word after a name ("راوول الهدف") is no part of it: the word itself after a name-like word.
    let given = WordClass::PersonName.bit() | WordClass::ForeignGivenName.bit();
    let nameish = |t: &Tok| u64::from(t.classes & given != 0) | u64::from(t.names[2] != 0) << 1;
    h.push(feat2(
        Template::WordAfterNameish,
        t.norm,
        nameish(p1) | rule_tag(i - 1) << 4,
    ));
    h.push(feat2(Template::StemAfterNameish, t.stem_c, nameish(p1)));
    // The lists' marks with the neighbours' list flags: a place followed by a nationality is a club
    // ("ليون الفرنسي"), a family name after a given name continues a person.
    let names = |t: &Tok| u64::from(t.names[0] | t.names[1] << 2 | t.names[2] << 4);
    let own = names(t) << 8 | u64::from(t.classes);
    h.push(feat2(Template::ListsNextRuleLists, own, rule_flags(i + 1)));
    h.push(feat2(Template::ListsPrevRuleLists, own, rule_flags(i - 1)));
    h.push(feat2(Template::NextListsPair, names(n1), names(t)));
}

/// The rules' mark of token `k` as (tag index, list bits); outside the sentence a tag no token has (15) and no
/// lists.
pub(super) fn rule_at(rules: &[RuleMark], k: isize) -> (u64, u64) {
    const OUTSIDE: u64 = 15;
    usize::try_from(k)
        .ok()
        .and_then(|k| rules.get(k))
        .map_or((OUTSIDE, 0), |m| (m.tag.index() as u64, u64::from(m.lists)))
}

/// Stacking features: the rule recognisers' tags and the bundled lists' flags of the token and its neighbours.
pub(super) fn push_rule_features(h: &mut Vec<u64>, rules: &[RuleMark], i: isize) {
    let at = |k: isize| rule_at(rules, k);
    let (p1, t, n1) = (at(i - 1), at(i), at(i + 1));
    for (pos, (tag, lists)) in [(0u64, t), (1, p1), (2, n1)] {
        h.push(feat2(Template::WindowRuleTag, pos, tag));
        for bit in 0..u64::from(u16::BITS) {
            if lists & (1 << bit) != 0 {
                h.push(feat2(Template::WindowRuleList, pos, bit));
            }
        }
    }
    h.push(feat2(Template::PrevRuleTagPair, p1.0, t.0));
    h.push(feat2(Template::NextRuleTagPair, t.0, n1.0));
    h.push(feat2(Template::RuleTagLists, t.0, t.1));
}

/// The last `k` letters of a word (all of it when shorter).
pub(super) fn last_letters(w: &str, k: usize) -> &str {
    let start = w.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i);
    w.get(start..).unwrap_or(w)
}

/// Letter trigrams of `^word$`.
pub(super) fn push_trigrams(h: &mut Vec<u64>, word: &str) {
    let mut w = [0u32; 3];
    for (k, c) in word.chars().chain(['$']).enumerate() {
        w = [w[1], w[2], c as u32];
        if k >= 1 {
            let v = u64::from(w[0]) << 42 | u64::from(w[1]) << 21 | u64::from(w[2]);
            h.push(feat(Template::LetterTrigram, v));
        }
    }
}

/// Prefixes and suffixes of one to three letters (of a stem of at least two letters more).
pub(super) fn push_affixes(h: &mut Vec<u64>, stem: &str) {
    const FIRST: [Template; 3] = [
        Template::StemFirst1,
        Template::StemFirst2,
        Template::StemFirst3,
    ];
    const LAST: [Template; 3] = [
        Template::StemLast1,
        Template::StemLast2,
        Template::StemLast3,
    ];
    let n = stem.chars().count();
    let mut ends = stem.char_indices().map(|(i, _)| i).skip(1);
    for (k, template) in (1..).zip(FIRST) {
        if n < k + 1 {
            break;
        }
        let Some(end) = ends.next() else { break };
        h.push(feat(
            template,
            hash_bytes(seed::STEM_FIRST, stem.get(..end).unwrap_or("").as_bytes()),
        ));
    }
    let starts: Vec<usize> = stem.char_indices().map(|(i, _)| i).collect();
    for (k, template) in (1..).zip(LAST) {
        if n < k + 1 {
            break;
        }
        let Some(&start) = starts.get(n - k) else {
            break;
        };
        h.push(feat(
            template,
            hash_bytes(seed::STEM_LAST, stem.get(start..).unwrap_or("").as_bytes()),
        ));
    }
}
