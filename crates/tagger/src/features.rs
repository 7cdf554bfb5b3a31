//! Hashed features of each token in a sentence: word forms, clitic-stripped stems, affixes, shape, neighbours
//! (±2), membership in the tagger's word lists, and (stacking, [`super::rules`]) what the rule recognisers
//! and the analysis word lists say about the token and its ±1 neighbours, as handed in by a
//! [`RuleMarker`](super::rules::RuleMarker). The model records the marker's fingerprint, so a list change is
//! caught when the model is bound to the rules.
//!
//! Every feature is a 64-bit hash of (template, value); the model maps it to a weight row. The hash is a fixed
//! function of the bytes (no per-process seed), so training and tagging agree across runs and machines.

use super::lexicon::{Lexicon, NameList, WordClass};
use super::rules::RuleMark;
use sahifa_text::normalize::normalize;

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

/// Strips a definite article, alone or after a conjunction/preposition ("ال", "وال", "بال", "فال", "كال",
/// "لل", "ولل", "فلل"), when a stem of two letters or more remains. Input is normalised.
pub fn strip_article(w: &str) -> &str {
    const PREFIXES: [&str; 8] = ["وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل"];
    for p in PREFIXES {
        if let Some(rest) = w.strip_prefix(p)
            && rest.chars().nth(1).is_some()
        {
            return rest;
        }
    }
    w
}

/// Strips conjunction (و ف), preposition (ب ل ك) and article clitics greedily, keeping at least three letters
/// (two after an article). Over-strips some words ("وزير" -> "زير"): features use it beside the unstripped form.
pub fn strip_clitics(w: &str) -> &str {
    let article = strip_article(w);
    if article.len() != w.len() {
        return article;
    }
    let long_enough = |s: &str| s.chars().nth(2).is_some();
    let mut s = w;
    if let Some(rest) = s.strip_prefix(['و', 'ف'])
        && long_enough(rest)
    {
        s = rest;
    }
    if let Some(rest) = s.strip_prefix(['ب', 'ل', 'ك'])
        && long_enough(rest)
    {
        s = rest;
    }
    strip_article(s)
}

/// Coarse character shape of a token.
fn shape(raw: &str) -> u64 {
    let (mut arabic, mut digit, mut upper, mut lower, mut other) =
        (false, false, false, false, false);
    for c in raw.chars() {
        if sahifa_text::tokens::is_arabic_letter(c) {
            arabic = true;
        } else if c.is_numeric() {
            digit = true;
        } else if c.is_uppercase() {
            upper = true;
        } else if c.is_lowercase() {
            lower = true;
        } else if !sahifa_text::normalize::is_ignorable(c) {
            other = true;
        }
    }
    let first_upper = raw.chars().next().is_some_and(char::is_uppercase);
    u64::from(arabic)
        | u64::from(digit) << 1
        | u64::from(upper) << 2
        | u64::from(lower) << 3
        | u64::from(other) << 4
        | u64::from(first_upper) << 5
}

/// Per-token values that features combine.
#[derive(Clone, Copy, Default)]
struct Tok {
    raw: u64,
    norm: u64,
    stem: u64,
    stem_c: u64,
    /// Last two letters of the stem, and the clitics taken off.
    suffix: u64,
    prefix: u64,
    shape: u64,
    classes: u8,
    /// Per [`NameList`]: 0 none, 1 starts a known name of that list, 2 continues one.
    names: [u8; 3],
}

const BOS: Tok = Tok {
    raw: 1,
    norm: 1,
    stem: 1,
    stem_c: 1,
    suffix: 1,
    prefix: 1,
    shape: 1 << 8,
    classes: 0,
    names: [0; 3],
};
const EOS: Tok = Tok {
    raw: 2,
    norm: 2,
    stem: 2,
    stem_c: 2,
    suffix: 2,
    prefix: 2,
    shape: 2 << 8,
    classes: 0,
    names: [0; 3],
};

/// The features of one sentence: token `i` owns `hashes[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Clone, Debug, Default)]
pub struct SentenceFeatures {
    pub hashes: Vec<u64>,
    pub ends: Vec<usize>,
}

impl SentenceFeatures {
    /// The feature hashes of token `i` (empty when out of range).
    pub fn token(&self, i: usize) -> &[u64] {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.hashes.get(start..end).unwrap_or(&[])
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// These features with `extra[i]` appended to token `i`'s.
    #[must_use]
    pub fn with_extra(&self, extra: &[Vec<u64>]) -> Self {
        let mut out = Self::default();
        for i in 0..self.len() {
            out.hashes.extend_from_slice(self.token(i));
            if let Some(e) = extra.get(i) {
                out.hashes.extend_from_slice(e);
            }
            out.ends.push(out.hashes.len());
        }
        out
    }
}

/// Seeds of the byte hashes of a token's strings: like template ids, part of every feature hash.
mod seed {
    pub const RAW: u64 = 11;
    pub const NORMAL: u64 = 12;
    pub const STEM: u64 = 13;
    pub const CLITIC_STEM: u64 = 14;
    pub const CLITICS_TAKEN: u64 = 15;
    pub const STEM_FIRST: u64 = 16;
    pub const STEM_LAST: u64 = 17;
    pub const ENDING: u64 = 18;
}

/// Extracts the features of a sentence into `out` (cleared first); `rules` holds the rules' mark of each token.
pub fn extract(tokens: &[&str], rules: &[RuleMark], lex: &Lexicon, out: &mut SentenceFeatures) {
    extract_with(tokens, rules, lex, out, &mut WordCache::default());
}

/// What [`extract`] makes of a word by itself (its forms, their hashes, affixes, letter trigrams, list classes),
/// kept by spelling for the next sentence: a long article repeats its words. Bounded: it starts afresh past
/// [`WordCache::CAPACITY`] spellings; the values live in two buffers, not in allocations of their own.
#[derive(Default)]
pub struct WordCache<'t> {
    ids: rustc_hash::FxHashMap<&'t str, u32>,
    words: Vec<Known>,
    /// The normalised forms of the words, one after another.
    norms: String,
    /// The affix and trigram feature hashes of the words, one after another.
    hashes: Vec<u64>,
    /// See [`WordCache::generation`].
    generation: u64,
}

/// One spelling's values in a [`WordCache`] (ranges into its buffers).
struct Known {
    /// [`strip_article`] and [`strip_clitics`] of the normalised form, as ranges of [`WordCache::norms`].
    stem: std::ops::Range<u32>,
    stem_c: std::ops::Range<u32>,
    /// The token's values, without the name-list marks (those depend on the neighbours).
    tok: Tok,
    /// The key its occurrences are counted under ([`crate::docfeat`]).
    occurrence: u64,
    /// The stem's length in letters (capped at 10).
    stem_len: u8,
    /// The [`push_affixes`] of the stem and the [`push_trigrams`] of `stem_c`, ranges of [`WordCache::hashes`].
    affixes: std::ops::Range<u32>,
    trigrams: std::ops::Range<u32>,
}

/// A buffer position as stored in a [`Known`] (the cache is cleared long before 4 GB).
fn pos(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A range of a buffer as stored in a [`Known`].
fn span_of(r: std::ops::Range<u32>) -> std::ops::Range<usize> {
    r.start as usize..r.end as usize
}

impl<'t> WordCache<'t> {
    /// Spellings kept before the cache starts afresh (about 250 bytes each).
    const CAPACITY: usize = 1 << 14;

    /// The values of spelling `raw`, made if new.
    fn id(&mut self, raw: &'t str, lex: &Lexicon) -> usize {
        if let Some(&id) = self.ids.get(raw) {
            return id as usize;
        }
        let norm = normalize(raw);
        let base = self.norms.len();
        let offset = |part: &str| part.as_ptr() as usize - norm.as_ptr() as usize;
        let (stem_s, stem_c_s) = (strip_article(&norm), strip_clitics(&norm));
        let stem = pos(base + offset(stem_s))..pos(base + offset(stem_s) + stem_s.len());
        let stem_c = pos(base + offset(stem_c_s))..pos(base + offset(stem_c_s) + stem_c_s.len());
        let tok = Tok {
            raw: hash_bytes(seed::RAW, raw.as_bytes()),
            norm: hash_bytes(seed::NORMAL, norm.as_bytes()),
            stem: hash_bytes(seed::STEM, stem_s.as_bytes()),
            stem_c: hash_bytes(seed::CLITIC_STEM, stem_c_s.as_bytes()),
            suffix: hash_bytes(seed::ENDING, last_letters(stem_s, 2).as_bytes()),
            prefix: hash_bytes(
                seed::CLITICS_TAKEN,
                clitics_taken(&norm, stem_c_s).as_bytes(),
            ),
            shape: shape(raw),
            classes: word_classes(lex, &norm),
            names: [0; 3],
        };
        let at = self.hashes.len();
        push_affixes(&mut self.hashes, stem_s);
        let mid = self.hashes.len();
        push_trigrams(&mut self.hashes, stem_c_s);
        let stem_len = stem_s.chars().count().min(10) as u8;
        self.norms.push_str(&norm);
        self.words.push(Known {
            occurrence: crate::docfeat::occurrence_key_of(stem_c_s),
            stem,
            stem_c,
            tok,
            stem_len,
            affixes: pos(at)..pos(mid),
            trigrams: pos(mid)..pos(self.hashes.len()),
        });
        let id = self.words.len() - 1;
        self.ids.insert(raw, pos(id));
        id
    }

    /// Forgets every spelling (their ids are then given anew) and counts one more [`WordCache::generation`].
    fn clear(&mut self) {
        self.ids.clear();
        self.words.clear();
        self.norms.clear();
        self.hashes.clear();
        self.generation += 1;
    }

    /// How many times the cache started afresh: ids of different generations are different spellings.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Number of spellings held (their ids are `0..len`).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when no spelling is held.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The features word `id` gives by itself at the token (part of [`extract_with`]'s).
    pub fn own_features(&self, id: usize, h: &mut Vec<u64>) {
        if let Some(k) = self.words.get(id) {
            push_own(h, &k.tok, k, self);
        }
    }

    /// The features word `id` gives by itself to the token `d` words away from it ([`NEIGHBOURS`]); `None`: the
    /// start (`d < 0`) or end (`d > 0`) of the sentence in that place.
    pub fn neighbour_features(&self, id: Option<usize>, d: isize, h: &mut Vec<u64>) {
        let tok = match id {
            Some(id) => match self.words.get(id) {
                Some(k) => k.tok,
                None => return,
            },
            None if d < 0 => BOS,
            None => EOS,
        };
        push_neighbour(h, &tok, d);
    }

    /// The key the occurrences of `raw` are counted under in a document (`docfeat::occurrence_key`).
    pub fn occurrence(&mut self, raw: &'t str, lex: &Lexicon) -> u64 {
        let id = self.id(raw, lex);
        self.words.get(id).map_or(0, |k| k.occurrence)
    }

    /// The article- and clitic-stripped forms of word `id`.
    fn keys(&self, id: usize) -> (&str, &str) {
        let part =
            |r: &std::ops::Range<u32>| self.norms.get(span_of(r.clone())).unwrap_or_default();
        self.words
            .get(id)
            .map_or(("", ""), |k| (part(&k.stem), part(&k.stem_c)))
    }

    /// The affix and trigram hashes of word `id`.
    fn hashes(&self, r: &std::ops::Range<u32>) -> &[u64] {
        self.hashes.get(span_of(r.clone())).unwrap_or_default()
    }
}

/// [`extract`] with a [`WordCache`] kept from sentence to sentence (the same features).
pub fn extract_with<'t>(
    tokens: &[&'t str],
    rules: &[RuleMark],
    lex: &Lexicon,
    out: &mut SentenceFeatures,
    cache: &mut WordCache<'t>,
) {
    let mut ids = Vec::new();
    extract_parts(
        tokens,
        rules,
        lex,
        out,
        &mut ids,
        cache,
        push_token_features,
    );
}

/// Only the features of each token with its neighbours ([`push_joint`]) into `out`, and the [`WordCache`] id of
/// each token's spelling into `ids`: with [`WordCache::own_features`] and [`WordCache::neighbour_features`] of
/// those ids, the same features as [`extract_with`] (in another order).
pub fn extract_joint_with<'t>(
    tokens: &[&'t str],
    rules: &[RuleMark],
    lex: &Lexicon,
    out: &mut SentenceFeatures,
    ids: &mut Vec<usize>,
    cache: &mut WordCache<'t>,
) {
    extract_parts(
        tokens,
        rules,
        lex,
        out,
        ids,
        cache,
        |h, w, _, _, rules, i| {
            push_joint(h, w, rules, i);
        },
    );
}

/// Each token's features as `push` makes them, its spelling's id in `ids`.
fn extract_parts<'t>(
    tokens: &[&'t str],
    rules: &[RuleMark],
    lex: &Lexicon,
    out: &mut SentenceFeatures,
    ids: &mut Vec<usize>,
    cache: &mut WordCache<'t>,
    push: impl Fn(&mut Vec<u64>, &Window, &Known, &WordCache<'_>, &[RuleMark], isize),
) {
    out.hashes.clear();
    out.ends.clear();
    if cache.words.len() + tokens.len() > WordCache::CAPACITY {
        cache.clear();
    }
    ids.clear();
    ids.extend(tokens.iter().map(|t| cache.id(t, lex)));
    let cache = &*cache;
    let known: Vec<&Known> = ids.iter().filter_map(|&id| cache.words.get(id)).collect();
    let keys: Vec<(&str, &str)> = ids.iter().map(|&id| cache.keys(id)).collect();
    let toks = prepare_tokens(&known, &keys, lex);
    for (i, k) in known.iter().enumerate() {
        let w = Window::around(&toks, i);
        push(&mut out.hashes, &w, k, cache, rules, i as isize);
        out.ends.push(out.hashes.len());
    }
}

/// The [`Tok`] values of each token: its own, with the name-list marks of its place in the sentence (`keys`: each
/// token's article- and clitic-stripped forms).
fn prepare_tokens(known: &[&Known], keys: &[(&str, &str)], lex: &Lexicon) -> Vec<Tok> {
    let lists: Vec<Vec<Option<bool>>> = NameList::ALL
        .iter()
        .map(|&list| lex.name_marks(list, keys))
        .collect();
    let name_mark = |list: usize, i: usize| match lists.get(list).and_then(|m| m.get(i)) {
        Some(Some(true)) => 1,
        Some(Some(false)) => 2,
        _ => 0,
    };
    known
        .iter()
        .enumerate()
        .map(|(i, k)| Tok {
            names: [name_mark(0, i), name_mark(1, i), name_mark(2, i)],
            ..k.tok
        })
        .collect()
}

/// The clitics and article that [`strip_clitics`] took off `norm` to leave `stem_c`.
fn clitics_taken<'a>(norm: &'a str, stem_c: &str) -> &'a str {
    norm.get(..norm.len() - stem_c.len()).unwrap_or("")
}

/// The [`WordClass`] bits of a normalised word.
fn word_classes(lex: &Lexicon, norm: &str) -> u8 {
    let mut classes = 0u8;
    for (bit, class) in WordClass::ALL.iter().enumerate() {
        if lex.is(*class, norm) {
            classes |= 1 << bit;
        }
    }
    classes
}

/// A token and its neighbours up to three away ([`BOS`] and [`EOS`] beyond the sentence).
struct Window {
    p3: Tok,
    p2: Tok,
    p1: Tok,
    t: Tok,
    n1: Tok,
    n2: Tok,
    n3: Tok,
}

impl Window {
    /// The window around token `i` of `toks`.
    fn around(toks: &[Tok], i: usize) -> Self {
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
fn push_token_features(
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
fn push_own(h: &mut Vec<u64>, t: &Tok, k: &Known, cache: &WordCache<'_>) {
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
fn push_neighbour(h: &mut Vec<u64>, n: &Tok, d: isize) {
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
fn push_joint(h: &mut Vec<u64>, w: &Window, rules: &[RuleMark], i: isize) {
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
fn push_classes(h: &mut Vec<u64>, pos: u64, tok: &Tok) {
    for bit in 0..WordClass::ALL.len() as u64 {
        if tok.classes & (1 << bit) != 0 {
            h.push(feat2(Template::WindowClass, pos, bit));
        }
    }
}

/// The bias, then the token's [`IDENTITY`] forms and the clitics taken off.
fn push_word_forms(h: &mut Vec<u64>, t: &Tok) {
    h.push(feat(Template::Bias, 0));
    h.push(feat(Template::RawForm, t.raw));
    h.push(feat(Template::NormalForm, t.norm));
    h.push(feat(Template::Stem, t.stem));
    h.push(feat(Template::CliticStem, t.stem_c));
    // The clitics and article taken off ("وب", "وال"): a cue for names ("ال" rarely starts a person's name).
    h.push(feat(Template::CliticsTaken, t.prefix));
}

/// The tagger's word lists (gazetteer): the classes and name-list marks of the words up to two away.
fn push_name_lists(h: &mut Vec<u64>, w: &Window) {
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
fn push_own_name_marks(h: &mut Vec<u64>, w: &Window) {
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
fn push_rule_context(h: &mut Vec<u64>, w: &Window, rules: &[RuleMark], i: isize) {
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
fn rule_at(rules: &[RuleMark], k: isize) -> (u64, u64) {
    const OUTSIDE: u64 = 15;
    usize::try_from(k)
        .ok()
        .and_then(|k| rules.get(k))
        .map_or((OUTSIDE, 0), |m| (m.tag.index() as u64, u64::from(m.lists)))
}

/// Stacking features: the rule recognisers' tags and the bundled lists' flags of the token and its neighbours.
fn push_rule_features(h: &mut Vec<u64>, rules: &[RuleMark], i: isize) {
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
fn last_letters(w: &str, k: usize) -> &str {
    let start = w.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i);
    w.get(start..).unwrap_or(w)
}

/// Letter trigrams of `^word$`.
fn push_trigrams(h: &mut Vec<u64>, word: &str) {
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
fn push_affixes(h: &mut Vec<u64>, stem: &str) {
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
