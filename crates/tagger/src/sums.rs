//! Weight sums kept per spelling. Most of a token's features are what its own word gives, or what one neighbour
//! gives by itself ([`WordCache::own_features`], [`WordCache::neighbour_features`]); a long article repeats its
//! words, so their weight rows are summed once per spelling and stage, and a token gathers only the rows of the
//! features of combinations ([`extract_joint_with`](super::features::extract_joint_with)).
//!
//! Only for quantised stages: their sums are integers, so summing in parts gives exactly the scores of summing
//! every feature at once, whatever the order.

use super::features::{NEIGHBOURS, WordCache};
use super::stage::{N, Stage, Sums};

/// One spelling's sums for one stage: what it gives at its own token, then at the token `NEIGHBOURS[k]` away.
type Parts = [[i32; N]; 1 + NEIGHBOURS.len()];

/// The [`Parts`] of each spelling of a [`WordCache`] (same ids, same generation), for one or two stages.
#[derive(Default)]
pub(crate) struct SpellingSums {
    generation: u64,
    stages: Vec<StageParts>,
}

/// Sums for one stage.
struct StageParts {
    /// Indexed by spelling id.
    words: Vec<Parts>,
    /// What the start (`d < 0`) or end of the sentence gives at `NEIGHBOURS[k]` away (index `1 + k`).
    outside: Parts,
}

/// The quantised weights of `stage` summed over `hashes`.
fn sum(stage: &Stage, hashes: &[u64]) -> [i32; N] {
    let mut acc = stage.zero();
    stage.add(hashes, &mut acc);
    match acc {
        Sums::Quantised(a) => a,
        Sums::Float(_) => [0; N],
    }
}

fn add_to(acc: &mut [i32; N], part: &[i32; N]) {
    for (a, p) in acc.iter_mut().zip(part) {
        *a = a.wrapping_add(*p);
    }
}

impl SpellingSums {
    /// True when every stage has quantised weights (the only ones summed in parts).
    pub(crate) fn applies(stages: &[&Stage]) -> bool {
        stages.iter().all(|s| s.quantised.is_some())
    }

    /// Makes the sums of the spellings `cache` gained since the last call (all of them after it started afresh).
    pub(crate) fn update(&mut self, cache: &WordCache<'_>, stages: &[&Stage]) {
        let mut h = Vec::new();
        if self.stages.len() != stages.len() || self.generation != cache.generation() {
            self.generation = cache.generation();
            self.stages = stages
                .iter()
                .map(|stage| {
                    let mut outside = [[0; N]; 1 + NEIGHBOURS.len()];
                    for (o, &d) in outside.iter_mut().skip(1).zip(&NEIGHBOURS) {
                        h.clear();
                        cache.neighbour_features(None, d, &mut h);
                        *o = sum(stage, &h);
                    }
                    StageParts {
                        words: Vec::new(),
                        outside,
                    }
                })
                .collect();
        }
        let start = self.stages.first().map_or(0, |p| p.words.len());
        for id in start..cache.len() {
            // Each part's features are hashed once and summed for every stage.
            for k in 0..=NEIGHBOURS.len() {
                h.clear();
                match k.checked_sub(1).and_then(|n| NEIGHBOURS.get(n)) {
                    None => cache.own_features(id, &mut h),
                    Some(&d) => cache.neighbour_features(Some(id), d, &mut h),
                }
                for (parts, stage) in self.stages.iter_mut().zip(stages) {
                    if k == 0 {
                        parts.words.push([[0; N]; 1 + NEIGHBOURS.len()]);
                    }
                    if let Some(p) = parts.words.last_mut().and_then(|p| p.get_mut(k)) {
                        *p = sum(stage, &h);
                    }
                }
            }
        }
    }

    /// Stage `stage`'s sums of the features token `i` of a sentence of spellings `ids` gets from its own word and
    /// from each neighbour by itself.
    pub(crate) fn context(&self, stage: usize, ids: &[usize], i: usize) -> Sums {
        let mut acc = [0; N];
        let Some(parts) = self.stages.get(stage) else {
            return Sums::Quantised(acc);
        };
        if let Some([own, ..]) = ids.get(i).and_then(|&id| parts.words.get(id)) {
            add_to(&mut acc, own);
        }
        for (k, &d) in NEIGHBOURS.iter().enumerate() {
            let part = i
                .checked_add_signed(d)
                .and_then(|j| ids.get(j))
                .map_or(&parts.outside, |&id| {
                    parts.words.get(id).unwrap_or(&parts.outside)
                });
            add_to(&mut acc, &part[1 + k]);
        }
        Sums::Quantised(acc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{SentenceFeatures, extract_joint_with, extract_with};
    use crate::lexicon::Lexicon;
    use crate::rules::RuleMark;
    use crate::{ListClass, Tag};
    use sahifa_text::EntityLabel;

    /// A quantised stage of 2^12 rows with arbitrary weights.
    fn stage(seed: u32) -> Stage {
        let mut s = Stage::empty_quantised(12, 0.01);
        if let Some(q) = s.quantised.as_mut() {
            for (i, w) in q.weights.iter_mut().enumerate() {
                *w = ((i as u32).wrapping_mul(2_654_435_761).wrapping_add(seed) >> 17) as i16;
            }
        }
        s
    }

    #[test]
    fn sums_in_parts_equal_the_sums_of_all_features() {
        let sentences: [&[&str]; 4] = [
            &[
                "قال",
                "وزير",
                "الخارجية",
                "الألماني",
                "في",
                "برلين",
                "أمس",
                ".",
            ],
            &["برلين"],
            &[
                "وصل",
                "الوفد",
                "إلى",
                "برلين",
                "ثم",
                "غادر",
                "إلى",
                "روما",
                "مساء",
                "الخميس",
            ],
            &["Reuters", "قالت", "2024", "«", "نعم", "»"],
        ];
        let stages = [stage(1), stage(7)];
        let refs: Vec<&Stage> = stages.iter().collect();
        let lex = Lexicon::get();
        let (mut all, mut joint) = (SentenceFeatures::default(), SentenceFeatures::default());
        let (mut cache, mut full_cache) = (WordCache::default(), WordCache::default());
        let mut parts = SpellingSums::default();
        let mut ids = Vec::new();
        for tokens in sentences {
            let mut rules = vec![RuleMark::default(); tokens.len()];
            if let Some(r) = rules.get_mut(0) {
                r.tag = Tag::B(EntityLabel::Per);
                r.lists = ListClass::Title.bit();
            }
            extract_with(tokens, &rules, lex, &mut all, &mut full_cache);
            extract_joint_with(tokens, &rules, lex, &mut joint, &mut ids, &mut cache);
            parts.update(&cache, &refs);
            assert_eq!(ids.len(), tokens.len());
            assert!(joint.hashes.len() < all.hashes.len() / 2);
            for (k, stage) in stages.iter().enumerate() {
                for i in 0..tokens.len() {
                    let mut whole = stage.zero();
                    stage.add(all.token(i), &mut whole);
                    let mut split = parts.context(k, &ids, i);
                    stage.add(joint.token(i), &mut split);
                    assert_eq!(whole, split, "stage {k}, token {i} of {tokens:?}");
                }
            }
        }
    }
}
