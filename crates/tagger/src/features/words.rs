//! Token preparation: clitic and article stripping, shapes, the per-sentence word cache with list lookups.

use super::{
    Lexicon, NameList, RuleMark, Window, WordClass, hash_bytes, last_letters, normalize,
    push_affixes, push_joint, push_neighbour, push_own, push_token_features, push_trigrams,
};

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
pub(super) fn shape(raw: &str) -> u64 {
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
pub(super) struct Tok {
    pub(super) raw: u64,
    pub(super) norm: u64,
    pub(super) stem: u64,
    pub(super) stem_c: u64,
    /// Last two letters of the stem, and the clitics taken off.
    pub(super) suffix: u64,
    pub(super) prefix: u64,
    pub(super) shape: u64,
    pub(super) classes: u8,
    /// Per [`NameList`]: 0 none, 1 starts a known name of that list, 2 continues one.
    pub(super) names: [u8; 3],
}

pub(super) const BOS: Tok = Tok {
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

pub(super) const EOS: Tok = Tok {
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
pub(super) mod seed {
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
    pub(super) ids: rustc_hash::FxHashMap<&'t str, u32>,
    pub(super) words: Vec<Known>,
    /// The normalised forms of the words, one after another.
    pub(super) norms: String,
    /// The affix and trigram feature hashes of the words, one after another.
    pub(super) hashes: Vec<u64>,
    /// See [`WordCache::generation`].
    pub(super) generation: u64,
}

/// One spelling's values in a [`WordCache`] (ranges into its buffers).
pub(super) struct Known {
    /// [`strip_article`] and [`strip_clitics`] of the normalised form, as ranges of [`WordCache::norms`].
    pub(super) stem: std::ops::Range<u32>,
    pub(super) stem_c: std::ops::Range<u32>,
    /// The token's values, without the name-list marks (those depend on the neighbours).
    pub(super) tok: Tok,
    /// The key its occurrences are counted under ([`crate::docfeat`]).
    pub(super) occurrence: u64,
    /// The stem's length in letters (capped at 10).
    pub(super) stem_len: u8,
    /// The [`push_affixes`] of the stem and the [`push_trigrams`] of `stem_c`, ranges of [`WordCache::hashes`].
    pub(super) affixes: std::ops::Range<u32>,
    pub(super) trigrams: std::ops::Range<u32>,
}

/// A buffer position as stored in a [`Known`] (the cache is cleared long before 4 GB).
pub(super) fn pos(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A range of a buffer as stored in a [`Known`].
pub(super) fn span_of(r: std::ops::Range<u32>) -> std::ops::Range<usize> {
    r.start as usize..r.end as usize
}

impl<'t> WordCache<'t> {
    /// Spellings kept before the cache starts afresh (about 250 bytes each).
    const CAPACITY: usize = 1 << 14;

    /// The values of spelling `raw`, made if new.
    pub(super) fn id(&mut self, raw: &'t str, lex: &Lexicon) -> usize {
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
    pub(super) fn clear(&mut self) {
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
    pub(super) fn keys(&self, id: usize) -> (&str, &str) {
        let part =
            |r: &std::ops::Range<u32>| self.norms.get(span_of(r.clone())).unwrap_or_default();
        self.words
            .get(id)
            .map_or(("", ""), |k| (part(&k.stem), part(&k.stem_c)))
    }

    /// The affix and trigram hashes of word `id`.
    pub(super) fn hashes(&self, r: &std::ops::Range<u32>) -> &[u64] {
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
pub(super) fn extract_parts<'t>(
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
pub(super) fn prepare_tokens(known: &[&Known], keys: &[(&str, &str)], lex: &Lexicon) -> Vec<Tok> {
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
pub(super) fn clitics_taken<'a>(norm: &'a str, stem_c: &str) -> &'a str {
    norm.get(..norm.len() - stem_c.len()).unwrap_or("")
}

/// The [`WordClass`] bits of a normalised word.
pub(super) fn word_classes(lex: &Lexicon, norm: &str) -> u8 {
    let mut classes = 0u8;
    for (bit, class) in WordClass::ALL.iter().enumerate() {
        if lex.is(*class, norm) {
            classes |= 1 << bit;
        }
    }
    classes
}
