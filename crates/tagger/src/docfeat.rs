//! Document-level consistency: features telling the second stage how the first stage tagged the token itself
//! and the other occurrences of the same word (clitics stripped) in the same document.

use super::features::{SentenceFeatures, TemplateId, feat, feat2, hash_bytes, strip_clitics};
use super::stage::N;
use rustc_hash::FxHashMap as HashMap;
use sahifa_text::normalize::normalize;

/// What a document feature captures. The discriminant is the template's id in the feature hash, fixed like
/// [`Template`](super::features::Template)'s. Ids 70 to 74 are also sentence templates (the rules' tags): the
/// values differ, and the shipped model was trained with these hashes, so they stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum DocTemplate {
    /// The first stage's tag of the token.
    FirstTag = 70,
    /// (the first stage's tag of the previous token, of this one).
    FirstTagAfterPrev = 71,
    /// (the first stage's tag of this token, of the next one).
    FirstTagBeforeNext = 72,
    /// A tag the first stage gave another occurrence of the word (one feature per tag).
    OtherOccurrenceTag = 73,
    /// The set of tags the first stage gave the other occurrences of the word.
    OtherOccurrenceTags = 74,
    /// (the other occurrences' tags, this token's tag).
    OtherOccurrenceTagsOwn = 75,
    /// (the previous word's other occurrences' tags, this token's tag).
    PrevOtherTagsOwn = 76,
    /// (the next word's other occurrences' tags, this token's tag).
    NextOtherTagsOwn = 77,
}

impl TemplateId for DocTemplate {
    fn id(self) -> u64 {
        self as u64
    }
}

/// Sentences grouped as one document when the input has no document boundaries (CoNLL files).
pub const WINDOW: usize = 20;

/// Seed of the byte hash of a word's clitic-stripped form (part of the feature hashes, like a template id).
const OCCURRENCE_SEED: u64 = 21;

/// How often the first stage gave each tag to the occurrences of each word key.
type TagCounts = HashMap<u64, [u16; N]>;

/// Appends document features to each sentence's features, given the first stage's tags (tag indices) for every
/// token of the document.
pub fn add(tokens: &[Vec<&str>], first: &[Vec<usize>], feats: &mut [SentenceFeatures]) {
    let keys: Vec<Vec<u64>> = tokens.iter().map(|s| sentence_keys(s)).collect();
    let seen = DocCounts::new(&keys, first);
    for ((ks, tags), f) in keys.iter().zip(first).zip(feats.iter_mut()) {
        *f = f.with_extra(&seen.sentence_features(ks, tags));
    }
}

/// How the first stage tagged every word of a document: what the document features of each sentence are computed
/// from ([`DocCounts::sentence_features`]), so a long document can be tagged sentence by sentence in parallel
/// without holding every sentence's features at once.
pub struct DocCounts(TagCounts);

impl DocCounts {
    /// Counts the first stage's tags per word key; `keys` are [`sentence_keys`] of each sentence.
    pub fn new(keys: &[Vec<u64>], first: &[Vec<usize>]) -> Self {
        Self(count_first_tags(
            keys.iter().flatten().copied(),
            first.iter().flatten().copied(),
        ))
    }

    /// [`DocCounts::new`] from every token's key and first-stage tag, the document's sentences one after another.
    pub fn from_flat(keys: &[u64], first: &[u8]) -> Self {
        Self(count_first_tags(
            keys.iter().copied(),
            first.iter().map(|&t| usize::from(t)),
        ))
    }

    /// The document features of each token of one sentence with word keys `ks` and first-stage `tags`.
    pub fn sentence_features(&self, ks: &[u64], tags: &[usize]) -> Vec<Vec<u64>> {
        let seen = &self.0;
        let masks: Vec<u64> = ks
            .iter()
            .zip(tags)
            .map(|(k, &own)| other_tags(seen, *k, own))
            .collect();
        ks.iter()
            .zip(tags)
            .enumerate()
            .map(|(i, (&k, &own))| token_features(seen, k, tags, &masks, i, own))
            .collect()
    }
}

/// The occurrence keys of a sentence's tokens (see [`DocCounts`]).
pub fn sentence_keys(tokens: &[&str]) -> Vec<u64> {
    tokens.iter().map(|t| occurrence_key(t)).collect()
}

/// The key under which a token's occurrences are counted: its hashed clitic-stripped form, 0 (not counted) when
/// it has no letter.
pub(crate) fn occurrence_key(token: &str) -> u64 {
    occurrence_key_of(strip_clitics(&normalize(token)))
}

/// [`occurrence_key`] of a token whose normalised, clitic-stripped form is `k`.
pub(crate) fn occurrence_key_of(k: &str) -> u64 {
    if k.chars().any(char::is_alphabetic) {
        hash_bytes(OCCURRENCE_SEED, k.as_bytes())
    } else {
        0
    }
}

/// For each word key: how often the first stage gave it each tag (keys and tags token by token).
fn count_first_tags(
    keys: impl Iterator<Item = u64>,
    first: impl Iterator<Item = usize>,
) -> TagCounts {
    let mut seen = TagCounts::default();
    for (k, t) in keys.zip(first) {
        if k != 0
            && let Some(c) = seen.entry(k).or_default().get_mut(t)
        {
            *c = c.saturating_add(1);
        }
    }
    seen
}

/// Which tags the first stage gave the other occurrences of word `key` (bit per tag), its own tag `own` at this
/// token discounted once.
fn other_tags(seen: &TagCounts, key: u64, own: usize) -> u64 {
    seen.get(&key).map_or(0, |counts| {
        let mut mask = 0u64;
        for (t, &c) in counts.iter().enumerate() {
            let others = if t == own { c.saturating_sub(1) } else { c };
            if others > 0 {
                mask |= 1 << t;
            }
        }
        mask
    })
}

/// The document features of token `i` of a sentence with first-stage `tags` (`own` at `i`), word key `key` and
/// other-occurrence tag sets `masks`.
fn token_features(
    seen: &TagCounts,
    key: u64,
    tags: &[usize],
    masks: &[u64],
    i: usize,
    own: usize,
) -> Vec<u64> {
    let prev = if i == 0 {
        N
    } else {
        tags.get(i - 1).copied().unwrap_or(N)
    };
    let next = tags.get(i + 1).copied().unwrap_or(N);
    let mut e = vec![
        feat(DocTemplate::FirstTag, own as u64),
        feat2(DocTemplate::FirstTagAfterPrev, prev as u64, own as u64),
        feat2(DocTemplate::FirstTagBeforeNext, own as u64, next as u64),
    ];
    if key != 0 && seen.contains_key(&key) {
        let mask = masks.get(i).copied().unwrap_or(0);
        push_other_occurrences(&mut e, mask, own);
    }
    // The neighbours' other occurrences: a following word never seen inside a name ends this one.
    let at = |j: Option<usize>| j.and_then(|j| masks.get(j)).copied().unwrap_or(1 << 15);
    e.push(feat2(
        DocTemplate::PrevOtherTagsOwn,
        at(i.checked_sub(1)),
        own as u64,
    ));
    e.push(feat2(
        DocTemplate::NextOtherTagsOwn,
        at(Some(i + 1)),
        own as u64,
    ));
    e
}

/// The tags the first stage gave the word's other occurrences (`mask`), alone and with this token's tag.
fn push_other_occurrences(e: &mut Vec<u64>, mask: u64, own: usize) {
    for t in 0..N {
        if mask & (1 << t) != 0 {
            e.push(feat(DocTemplate::OtherOccurrenceTag, t as u64));
        }
    }
    e.push(feat(DocTemplate::OtherOccurrenceTags, mask));
    e.push(feat2(DocTemplate::OtherOccurrenceTagsOwn, mask, own as u64));
}
