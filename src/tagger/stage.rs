//! One tagging stage: hashed feature weights per tag, tag transitions and BIO-constrained Viterbi decoding.

use super::Tag;
use super::features::SentenceFeatures;

/// Number of tags.
pub const N: usize = Tag::COUNT;

/// Weights of one averaged-perceptron stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// log2 of the number of weight rows.
    pub(crate) bits: u32,
    /// `N` weights per row, row = top `bits` bits of a feature hash.
    pub(crate) weights: Vec<f32>,
    /// `trans[prev * N + cur]`.
    pub(crate) trans: Vec<f32>,
    /// Score of each tag at the start of a sentence.
    pub(crate) start: Vec<f32>,
}

/// Does BIO allow tag `cur` after `prev` (`None`: at the start of a sentence)?
fn allowed(prev: Option<usize>, cur: usize) -> bool {
    Tag::from_index(cur).may_follow(prev.map(Tag::from_index))
}

impl Stage {
    /// An all-zero stage with `2^bits` weight rows.
    pub fn empty(bits: u32) -> Self {
        Self {
            bits,
            weights: vec![0.0; (1usize << bits) * N],
            trans: vec![0.0; N * N],
            start: vec![0.0; N],
        }
    }

    /// Offset of the weight row of a feature hash.
    #[inline]
    pub(crate) const fn row(&self, hash: u64) -> usize {
        (hash >> (64 - self.bits)) as usize * N
    }

    /// Per-tag emission scores of each token: `scores[i * N + tag]`.
    pub(crate) fn emissions(&self, feats: &SentenceFeatures, scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(feats.len() * N, 0.0);
        for (i, s) in scores.chunks_exact_mut(N).enumerate() {
            for &h in feats.token(i) {
                let r = self.row(h);
                if let Some(w) = self.weights.get(r..r + N) {
                    for (a, b) in s.iter_mut().zip(w) {
                        *a += b;
                    }
                }
            }
        }
    }

    /// Best tag sequence (tag indices) for the given emission scores under BIO constraints.
    pub(crate) fn viterbi(&self, scores: &[f32]) -> Vec<usize> {
        let len = scores.len() / N;
        if len == 0 {
            return Vec::new();
        }
        let mut best = vec![f32::NEG_INFINITY; len * N];
        let mut back = vec![0u8; len * N];
        for t in 0..N {
            if allowed(None, t) {
                best[t] = self.start[t] + scores[t];
            }
        }
        for i in 1..len {
            for cur in 0..N {
                let mut top = f32::NEG_INFINITY;
                let mut arg = 0;
                for prev in 0..N {
                    if !allowed(Some(prev), cur) {
                        continue;
                    }
                    let s = best[(i - 1) * N + prev] + self.trans[prev * N + cur];
                    if s > top {
                        top = s;
                        arg = prev;
                    }
                }
                best[i * N + cur] = top + scores[i * N + cur];
                back[i * N + cur] = arg as u8;
            }
        }
        let last = &best[(len - 1) * N..];
        let mut tag = (0..N)
            .max_by(|&a, &b| last[a].total_cmp(&last[b]))
            .unwrap_or(0);
        let mut path = vec![0; len];
        for i in (0..len).rev() {
            path[i] = tag;
            tag = usize::from(back[i * N + tag]);
        }
        path
    }

    /// Tags a sentence's features; `bias[tag]` is added to every token's score for `tag`.
    pub(crate) fn decode(
        &self,
        feats: &SentenceFeatures,
        bias: &[f32; N],
        scores: &mut Vec<f32>,
    ) -> Vec<usize> {
        self.emissions(feats, scores);
        if bias.iter().any(|&b| b != 0.0) {
            for s in scores.chunks_exact_mut(N) {
                for (s, b) in s.iter_mut().zip(bias) {
                    *s += b;
                }
            }
        }
        self.viterbi(scores)
    }
}
