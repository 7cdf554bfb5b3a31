//! The tagger model: hashed feature weights per tag, tag transitions, BIO-constrained Viterbi decoding, and the
//! compact versioned file format it is saved in.

use super::features::{FEATURE_VERSION, SentenceFeatures, extract};
use super::lexicon::Lexicon;
use super::{Tag, TaggerError};
use std::path::Path;
use std::sync::OnceLock;

/// Number of tags.
pub const N: usize = Tag::COUNT;

const MAGIC: &[u8; 8] = b"SAHIFNER";
const FORMAT_VERSION: u32 = 2;

/// The attribution every model trained on ANERcorp carries (CC BY-SA 4.0 requires it).
pub const NOTICE: &str = "Sahifa named-entity tagger model. Trained on ANERcorp, Benajiba et al. 2007; \
                          CAMeL Lab split, CC BY-SA 4.0. This model is shared under CC BY-SA 4.0.";

static BUNDLED: &[u8] = include_bytes!("../../assets/ner-model.bin");

/// A trained tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// log2 of the number of weight rows.
    pub(crate) bits: u32,
    /// `N` weights per row, row = top `bits` bits of a feature hash.
    pub(crate) weights: Vec<f32>,
    /// `trans[prev * N + cur]`.
    pub(crate) trans: Vec<f32>,
    /// Score of each tag at the start of a sentence.
    pub(crate) start: Vec<f32>,
    /// Subtracted from the score of `O` at every token: trades precision for recall (chosen on the dev set).
    pub o_penalty: f32,
    /// Attribution text stored in the file.
    pub notice: String,
}

/// Which transitions BIO allows: `ALLOWED[prev * N + cur]`, and which tags may start a sentence.
fn allowed(prev: Option<usize>, cur: usize) -> bool {
    Tag::from_index(cur).may_follow(prev.map(Tag::from_index))
}

impl Model {
    /// An all-zero model with `2^bits` weight rows.
    pub fn empty(bits: u32) -> Self {
        Self {
            bits,
            weights: vec![0.0; (1usize << bits) * N],
            trans: vec![0.0; N * N],
            start: vec![0.0; N],
            o_penalty: 0.0,
            notice: NOTICE.to_owned(),
        }
    }

    /// The model shipped with Sahifa (assets/ner-model.bin), decoded once.
    pub fn bundled() -> Result<&'static Self, TaggerError> {
        static MODEL: OnceLock<Result<Model, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Self::from_bytes(BUNDLED, "bundled model").map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|detail| TaggerError::Corrupt {
                what: "bundled model".to_owned(),
                detail: detail.clone(),
            })
    }

    /// Loads a model file.
    pub fn load(path: &Path) -> Result<Self, TaggerError> {
        let bytes = std::fs::read(path).map_err(|source| TaggerError::Io {
            path: path.to_owned(),
            source,
        })?;
        Self::from_bytes(&bytes, &path.display().to_string())
    }

    /// Row index of a feature hash.
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

    /// Best tag sequence for the given emission scores under BIO constraints (tag indices).
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

    /// Tags one sentence of tokens (split like ANERcorp: punctuation apart, clitics attached).
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let mut feats = SentenceFeatures::default();
        extract(tokens, Lexicon::get(), &mut feats);
        let mut scores = Vec::new();
        self.emissions(&feats, &mut scores);
        for s in scores.iter_mut().step_by(N) {
            *s -= self.o_penalty;
        }
        self.viterbi(&scores)
            .into_iter()
            .map(Tag::from_index)
            .collect()
    }

    /// Serialises the model: magic, format version, notice, feature version, word-list checksum, then the
    /// weights quantised to i16 and stored sparsely (only non-zero rows).
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(f32::MIN_POSITIVE);
        let scale = max / f32::from(i16::MAX);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(self.notice.len() as u32).to_le_bytes());
        out.extend_from_slice(self.notice.as_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&Lexicon::get().checksum().to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(N as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&self.o_penalty.to_le_bytes());
        for w in self.start.iter().chain(&self.trans) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        let rows: Vec<(usize, [i16; N])> = self
            .weights
            .chunks_exact(N)
            .enumerate()
            .filter_map(|(r, w)| {
                let mut q = [0i16; N];
                for (q, w) in q.iter_mut().zip(w) {
                    *q = (w / scale).round() as i16;
                }
                q.iter().any(|&x| x != 0).then_some((r, q))
            })
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0usize;
        for (r, q) in rows {
            write_varint(&mut out, (r - prev) as u64);
            prev = r;
            for x in q {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// Writes the model to a file.
    pub fn save(&self, path: &Path) -> Result<(), TaggerError> {
        std::fs::write(path, self.to_bytes()).map_err(|source| TaggerError::Io {
            path: path.to_owned(),
            source,
        })
    }

    /// Decodes a model written by [`Model::to_bytes`]; `what` names the source in errors.
    pub fn from_bytes(bytes: &[u8], what: &str) -> Result<Self, TaggerError> {
        let mut r = Reader { bytes, what };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(TaggerError::BadMagic(what.to_owned()));
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(TaggerError::Version {
                what: what.to_owned(),
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let notice_len = r.u32()? as usize;
        let notice = String::from_utf8_lossy(r.take(notice_len)?).into_owned();
        let features = r.u32()?;
        let checksum = r.u64()?;
        if features != FEATURE_VERSION || checksum != Lexicon::get().checksum() {
            return Err(TaggerError::FeatureMismatch {
                what: what.to_owned(),
            });
        }
        let bits = r.u32()?;
        let tags = r.u32()? as usize;
        if !(1..=28).contains(&bits) || tags != N {
            return Err(r.corrupt(format!("{bits} bits, {tags} tags")));
        }
        let scale = r.f32()?;
        let mut model = Self::empty(bits);
        model.o_penalty = r.f32()?;
        model.notice = notice;
        for w in model.start.iter_mut().chain(model.trans.iter_mut()) {
            *w = r.f32()?;
        }
        let rows = r.u32()?;
        let mut row = 0usize;
        for _ in 0..rows {
            row += usize::try_from(r.varint()?).map_err(|_| r.corrupt("row index".into()))?;
            let Some(dst) = model.weights.get_mut(row * N..(row + 1) * N) else {
                return Err(r.corrupt(format!("row {row} out of range")));
            };
            let src = r.take(2 * N)?;
            for (d, s) in dst.iter_mut().zip(src.chunks_exact(2)) {
                *d = f32::from(i16::from_le_bytes([s[0], s[1]])) * scale;
            }
        }
        if !r.bytes.is_empty() {
            return Err(r.corrupt(format!("{} trailing bytes", r.bytes.len())));
        }
        Ok(model)
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads little-endian values off the front of a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    what: &'a str,
}

impl Reader<'_> {
    fn corrupt(&self, detail: String) -> TaggerError {
        TaggerError::Corrupt {
            what: self.what.to_owned(),
            detail,
        }
    }

    fn take(&mut self, n: usize) -> Result<&[u8], TaggerError> {
        if self.bytes.len() < n {
            return Err(self.corrupt(format!("needed {n} more bytes, {} left", self.bytes.len())));
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    fn array<const K: usize>(&mut self) -> Result<[u8; K], TaggerError> {
        let mut a = [0u8; K];
        a.copy_from_slice(self.take(K)?);
        Ok(a)
    }

    fn u32(&mut self) -> Result<u32, TaggerError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, TaggerError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn f32(&mut self) -> Result<f32, TaggerError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    fn varint(&mut self) -> Result<u64, TaggerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let [b] = self.array::<1>()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.corrupt("varint too long".into()))
    }
}
