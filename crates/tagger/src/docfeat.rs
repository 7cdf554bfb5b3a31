//! Document-level consistency: features telling the second stage how the first stage tagged the token itself
//! and the other occurrences of the same word (clitics stripped) in the same document.

use super::features::{SentenceFeatures, TemplateId, feat, feat2, hash_bytes, strip_clitics};
use super::stage::N;
use sahifa_text::normalize::normalize;
use std::collections::HashMap;

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

/// Appends document features to each sentence's features, given the first stage's tags (tag indices) for every
/// token of the document.
pub fn add(tokens: &[Vec<&str>], first: &[Vec<usize>], feats: &mut [SentenceFeatures]) {
    let keys: Vec<Vec<u64>> = tokens
        .iter()
        .map(|s| {
            s.iter()
                .map(|t| {
                    let n = normalize(t);
                    let k = strip_clitics(&n);
                    if k.chars().any(char::is_alphabetic) {
                        hash_bytes(21, k.as_bytes())
                    } else {
                        0
                    }
                })
                .collect()
        })
        .collect();
    // For each word: how often the first stage gave it each tag.
    let mut seen: HashMap<u64, [u16; N]> = HashMap::new();
    for (ks, tags) in keys.iter().zip(first) {
        for (&k, &t) in ks.iter().zip(tags) {
            if k != 0
                && let Some(c) = seen.entry(k).or_default().get_mut(t)
            {
                *c = c.saturating_add(1);
            }
        }
    }
    for ((ks, tags), f) in keys.iter().zip(first).zip(feats.iter_mut()) {
        // Which tags the first stage gave the other occurrences of each token's word (bit per tag).
        let masks: Vec<u64> = ks
            .iter()
            .zip(tags)
            .map(|(k, &own)| {
                seen.get(k).map_or(0, |counts| {
                    let mut mask = 0u64;
                    for (t, &c) in counts.iter().enumerate() {
                        // Other occurrences only: discount this token's own tag once.
                        let others = if t == own { c.saturating_sub(1) } else { c };
                        if others > 0 {
                            mask |= 1 << t;
                        }
                    }
                    mask
                })
            })
            .collect();
        let mut extra: Vec<Vec<u64>> = Vec::with_capacity(ks.len());
        for (i, (&k, &own)) in ks.iter().zip(tags).enumerate() {
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
            let mask = masks.get(i).copied().unwrap_or(0);
            if k != 0 && seen.contains_key(&k) {
                for t in 0..N {
                    if mask & (1 << t) != 0 {
                        e.push(feat(DocTemplate::OtherOccurrenceTag, t as u64));
                    }
                }
                e.push(feat(DocTemplate::OtherOccurrenceTags, mask));
                e.push(feat2(DocTemplate::OtherOccurrenceTagsOwn, mask, own as u64));
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
            extra.push(e);
        }
        *f = f.with_extra(&extra);
    }
}
