//! The model file: magic bytes, format version, attribution notice, feature version and what it depends on (the
//! checksum of the word lists and of the rule marks' fingerprint, [`Model::depends_on`]),
//! then each stage's transitions and its weights quantised to i16, stored sparsely (only non-zero rows).

use super::TaggerError;
use super::features::FEATURE_VERSION;
use super::model::Model;
use super::stage::{N, Quantised, Stage};

const MAGIC: &[u8; 8] = b"SAHIFNER";
const FORMAT_VERSION: u32 = 4;

impl Model {
    /// Serialises the model (see the module docs for the layout).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(self.notice.len() as u32).to_le_bytes());
        out.extend_from_slice(self.notice.as_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&self.depends_on.to_le_bytes());
        out.extend_from_slice(&(N as u32).to_le_bytes());
        for b in self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        write_stage(&mut out, &self.first);
        out.push(u8::from(self.second.is_some()));
        if let Some(second) = &self.second {
            write_stage(&mut out, second);
        }
        out
    }

    /// Decodes a model written by [`Model::to_bytes`]; `what` names the source in errors.
    pub fn from_bytes(bytes: &[u8], what: &str) -> Result<Self, TaggerError> {
        let mut r = Reader { bytes, what };
        if r.take(MAGIC.len()).ok() != Some(MAGIC.as_slice()) {
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
        let depends_on = r.u64()?;
        if features != FEATURE_VERSION {
            return Err(TaggerError::FeatureMismatch {
                what: what.to_owned(),
            });
        }
        let tags = r.u32()? as usize;
        if tags != N {
            return Err(r.corrupt(format!("{tags} tags")));
        }
        let mut bias = [0.0; N];
        for b in &mut bias {
            *b = r.f32()?;
        }
        let first = read_stage(&mut r)?;
        let second = match r.array::<1>()? {
            [0] => None,
            [1] => Some(read_stage(&mut r)?),
            [b] => return Err(r.corrupt(format!("stage flag {b}"))),
        };
        if !r.bytes.is_empty() {
            return Err(r.corrupt(format!("{} trailing bytes", r.bytes.len())));
        }
        Ok(Self {
            first,
            second,
            bias,
            notice,
            depends_on,
        })
    }
}

fn write_stage(out: &mut Vec<u8>, stage: &Stage) {
    let owned;
    let q = if let Some(q) = &stage.quantised {
        q
    } else {
        owned = quantise(&stage.weights);
        &owned
    };
    out.extend_from_slice(&stage.bits.to_le_bytes());
    out.extend_from_slice(&q.scale.to_le_bytes());
    for w in stage.start.iter().chain(&stage.trans) {
        out.extend_from_slice(&w.to_le_bytes());
    }
    let rows: Vec<(usize, &[i16])> = q
        .weights
        .chunks_exact(N)
        .enumerate()
        .filter(|(_, w)| w.iter().any(|&x| x != 0))
        .collect();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut prev = 0usize;
    for (r, w) in rows {
        write_varint(out, (r - prev) as u64);
        prev = r;
        for x in w {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
}

/// Quantises weights to `i16` with one scale (the largest magnitude maps to `i16::MAX`).
fn quantise(weights: &[f32]) -> Quantised {
    let max = weights
        .iter()
        .fold(0f32, |m, w| m.max(w.abs()))
        .max(f32::MIN_POSITIVE);
    let scale = max / f32::from(i16::MAX);
    Quantised {
        weights: weights.iter().map(|w| (w / scale).round() as i16).collect(),
        scale,
    }
}

fn read_stage(r: &mut Reader<'_>) -> Result<Stage, TaggerError> {
    let bits = r.u32()?;
    if !(1..=28).contains(&bits) {
        return Err(r.corrupt(format!("{bits} hash bits")));
    }
    let scale = r.f32()?;
    let mut stage = Stage::empty_quantised(bits, scale);
    for w in stage.start.iter_mut().chain(stage.trans.iter_mut()) {
        *w = r.f32()?;
    }
    let rows = r.u32()?;
    let mut row = 0usize;
    let Some(q) = stage.quantised.as_mut() else {
        return Err(r.corrupt("no weights".into()));
    };
    for _ in 0..rows {
        row = usize::try_from(r.varint()?)
            .ok()
            .and_then(|d| row.checked_add(d))
            .ok_or_else(|| r.corrupt("row index".into()))?;
        let src = r.array::<{ 2 * N }>()?;
        let Some(dst) = q.weights.get_mut(row * N..(row + 1) * N) else {
            return Err(r.corrupt(format!("row {row} out of range")));
        };
        for (d, s) in dst.iter_mut().zip(src.chunks_exact(2)) {
            *d = i16::from_le_bytes([s[0], s[1]]);
        }
    }
    Ok(stage)
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
