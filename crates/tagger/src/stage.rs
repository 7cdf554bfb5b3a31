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
    /// The weights as stored in a model file (`weights` is then empty): half the memory of `f32`, so the rows
    /// tagging gathers at random stay in cache more often.
    pub(crate) quantised: Option<Quantised>,
}

/// Weights quantised to `i16`: weight = `q * scale`.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantised {
    pub(crate) weights: Vec<i16>,
    pub(crate) scale: f32,
}

/// A token's running sums of feature weights, in the stage's own arithmetic (integers for quantised weights, so
/// summing in two parts gives exactly the scores of summing at once).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Sums {
    Quantised([i32; N]),
    Float([f32; N]),
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
            quantised: None,
        }
    }

    /// An all-zero stage with `2^bits` quantised weight rows (as a model file holds them).
    pub fn empty_quantised(bits: u32, scale: f32) -> Self {
        Self {
            bits,
            weights: Vec::new(),
            trans: vec![0.0; N * N],
            start: vec![0.0; N],
            quantised: Some(Quantised {
                weights: vec![0; (1usize << bits) * N],
                scale,
            }),
        }
    }

    /// The element-wise mean of the float weights of stages of the same size, as training makes them (an empty
    /// stage of 1 bit when there are none).
    pub fn mean<'a>(stages: impl Iterator<Item = &'a Self> + Clone) -> Self {
        let n = stages.clone().count().max(1) as f32;
        let mut out: Option<Self> = None;
        for s in stages {
            match &mut out {
                None => out = Some(s.clone()),
                Some(acc) => {
                    for (a, b) in acc
                        .weights
                        .iter_mut()
                        .chain(acc.trans.iter_mut())
                        .chain(acc.start.iter_mut())
                        .zip(s.weights.iter().chain(&s.trans).chain(&s.start))
                    {
                        *a += b;
                    }
                }
            }
        }
        let mut out = out.unwrap_or_else(|| Self::empty(1));
        for w in out
            .weights
            .iter_mut()
            .chain(out.trans.iter_mut())
            .chain(out.start.iter_mut())
        {
            *w /= n;
        }
        out
    }

    /// Offset of the weight row of a feature hash.
    #[inline]
    pub(crate) const fn row(&self, hash: u64) -> usize {
        (hash >> (64 - self.bits)) as usize * N
    }

    /// A token's emission sums before any feature is added.
    pub(crate) const fn zero(&self) -> Sums {
        if self.quantised.is_some() {
            Sums::Quantised([0; N])
        } else {
            Sums::Float([0.0; N])
        }
    }

    /// Adds the weight rows of the features `hashes` to `sums` (made by [`Stage::zero`] of this stage).
    #[inline]
    pub(crate) fn add(&self, hashes: &[u64], sums: &mut Sums) {
        match (sums, &self.quantised) {
            (Sums::Quantised(acc), Some(q)) => {
                for &h in hashes {
                    let r = self.row(h);
                    if let Some(w) = q.weights.get(r..r + N) {
                        for (a, &b) in acc.iter_mut().zip(w) {
                            *a += i32::from(b);
                        }
                    }
                }
            }
            (Sums::Float(acc), None) => {
                for &h in hashes {
                    let r = self.row(h);
                    if let Some(w) = self.weights.get(r..r + N) {
                        for (a, b) in acc.iter_mut().zip(w) {
                            *a += b;
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The scores of summed weights.
    #[inline]
    pub(crate) fn scores_of(&self, sums: &Sums, out: &mut [f32]) {
        match sums {
            Sums::Quantised(acc) => {
                let scale = self.quantised.as_ref().map_or(1.0, |q| q.scale);
                for (s, &a) in out.iter_mut().zip(acc) {
                    *s = a as f32 * scale;
                }
            }
            Sums::Float(acc) => {
                for (s, &a) in out.iter_mut().zip(acc) {
                    *s = a;
                }
            }
        }
    }

    /// Per-tag emission scores of each token: `scores[i * N + tag]`.
    pub(crate) fn emissions(&self, feats: &SentenceFeatures, scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(feats.len() * N, 0.0);
        for (i, s) in scores.chunks_exact_mut(N).enumerate() {
            let mut acc = self.zero();
            self.add(feats.token(i), &mut acc);
            self.scores_of(&acc, s);
        }
    }

    /// Tags a sentence whose tokens' sums of some features are `sums` (each [`Stage::add`]ed from some of its features) and whose other features
    /// are `extra[i]` for token `i`; `bias[tag]` is added to every token's score for `tag`. The same tags as
    /// [`Stage::decode`] on all the features together, without extracting the first ones again.
    pub(crate) fn decode_sums(
        &self,
        sums: &[Sums],
        extra: &[Vec<u64>],
        bias: &[f32; N],
        scores: &mut Vec<f32>,
    ) -> Vec<usize> {
        scores.clear();
        scores.resize(sums.len() * N, 0.0);
        for (i, s) in scores.chunks_exact_mut(N).enumerate() {
            let mut acc = sums.get(i).copied().unwrap_or_else(|| self.zero());
            if let Some(e) = extra.get(i) {
                self.add(e, &mut acc);
            }
            self.scores_of(&acc, s);
        }
        Self::add_bias(bias, scores);
        self.viterbi(scores)
    }

    /// Tags a sentence of emission scores `scores[i * N + tag]` (made with [`Stage::scores_of`]); `bias[tag]` is
    /// added to every token's score for `tag` first.
    pub(crate) fn decode_scores(&self, scores: &mut [f32], bias: &[f32; N]) -> Vec<usize> {
        Self::add_bias(bias, scores);
        self.viterbi(scores)
    }

    fn add_bias(bias: &[f32; N], scores: &mut [f32]) {
        if bias.iter().any(|&b| b != 0.0) {
            for s in scores.chunks_exact_mut(N) {
                for (s, b) in s.iter_mut().zip(bias) {
                    *s += b;
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
        Self::add_bias(bias, scores);
        self.viterbi(scores)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_averages_every_weight() {
        let mut a = Stage::empty(2);
        let mut b = Stage::empty(2);
        a.weights[3] = 2.0;
        b.weights[3] = 4.0;
        a.trans[1] = -1.0;
        b.start[0] = 6.0;
        let m = Stage::mean([&a, &b].into_iter());
        assert!((m.weights[3] - 3.0).abs() < 1e-6);
        assert!((m.trans[1] + 0.5).abs() < 1e-6);
        assert!((m.start[0] - 3.0).abs() < 1e-6);
        assert_eq!(m.weights.len(), a.weights.len());
    }

    #[test]
    fn quantised_weights_score_like_the_float_ones() {
        let mut f = Stage::empty(4);
        for (i, w) in f.weights.iter_mut().enumerate() {
            *w = (i as f32 * 0.37).sin() * 5.0;
        }
        let mut q = Stage::empty_quantised(4, 5.0 / f32::from(i16::MAX));
        if let Some(qw) = q.quantised.as_mut() {
            for (d, w) in qw.weights.iter_mut().zip(&f.weights) {
                *d = (w / qw.scale).round() as i16;
            }
        }
        let feats = SentenceFeatures {
            hashes: vec![1 << 60, 7 << 60, 3 << 60, 15 << 60],
            ends: vec![2, 4],
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        f.emissions(&feats, &mut a);
        q.emissions(&feats, &mut b);
        assert_eq!(a.len(), 2 * N);
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() < 1e-3, "{x} vs {y}");
        }
    }
}
