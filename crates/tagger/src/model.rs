//! The tagger: a first stage tags each sentence from its own words, a second stage re-tags it knowing how the
//! first tagged the same words elsewhere in the document ([`super::docfeat`]).

use super::docfeat;
use super::features::{SentenceFeatures, WordCache, extract_joint_with, extract_with};
use super::lexicon::Lexicon;
use super::rules::{RuleMark, RuleMarker};
use super::stage::{N, Stage};
use super::sums::SpellingSums;
use super::{Tag, TaggerError};
use std::path::Path;
use std::sync::OnceLock;

/// The attribution every model trained on ANERcorp carries (CC BY-SA 4.0 requires it).
pub const NOTICE: &str = "Sahifa named-entity tagger model. Trained on ANERcorp, Benajiba et al. 2007; \
                          CAMeL Lab split, CC BY-SA 4.0. This model is shared under CC BY-SA 4.0.";

static BUNDLED: &[u8] = include_bytes!("../../../assets/ner-model.bin");

/// The largest model file [`Model::load`] reads (the shipped one is about 10 MB).
pub const MAX_MODEL_BYTES: u64 = 256 * 1024 * 1024;

/// A trained tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub(crate) first: Stage,
    /// The document-level stage, when the model has one.
    pub(crate) second: Option<Stage>,
    /// Added to each tag's score at every token of the final stage: a negative `O` bias trades precision for
    /// recall (chosen on the development set, per label).
    pub bias: [f32; N],
    /// Attribution text stored in the file.
    pub notice: String,
    /// What the features read besides the tokens: the tagger's lists and the rule marker's fingerprint
    /// ([`Lexicon::checksum_with`]). [`Model::with_rules`] refuses a marker that does not match.
    pub depends_on: u64,
}

impl Model {
    /// The model shipped with Sahifa (assets/ner-model.bin, about 10 MB), decoded once on first use (the
    /// `tagger` bench measures it: call it on a worker thread, or early, if the first article must open instantly).
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

    /// Loads a model file. Only a regular file of at most [`MAX_MODEL_BYTES`] is read (never a device or a pipe
    /// that would not end).
    pub fn load(path: &Path) -> Result<Self, TaggerError> {
        let io = |source| TaggerError::Io {
            path: path.to_owned(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        if !meta.is_file() {
            return Err(io(std::io::Error::other("not a regular file")));
        }
        if meta.len() > MAX_MODEL_BYTES {
            return Err(io(std::io::Error::other(format!(
                "{} bytes is larger than a model can be ({MAX_MODEL_BYTES})",
                meta.len()
            ))));
        }
        let bytes = std::fs::read(path).map_err(io)?;
        Self::from_bytes(&bytes, &path.display().to_string())
    }

    /// Writes the model to a file atomically: a temporary file in the same folder, renamed into place, so an
    /// interrupted save never leaves half a model.
    pub fn save(&self, path: &Path) -> Result<(), TaggerError> {
        use std::io::Write as _;
        let io = |source| TaggerError::Io {
            path: path.to_owned(),
            source,
        };
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
        tmp.write_all(&self.to_bytes()).map_err(io)?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }

    /// The model bound to the rule marks it was trained with, ready to tag. Fails with
    /// [`TaggerError::FeatureMismatch`] when the lists or rules changed since training (retrain then).
    pub fn with_rules<'a>(&'a self, rules: &'a dyn RuleMarker) -> Result<Tagger<'a>, TaggerError> {
        let lex = Lexicon::get();
        if lex.checksum_with(rules.fingerprint()) != self.depends_on {
            return Err(TaggerError::FeatureMismatch {
                what: "tagger model".to_owned(),
            });
        }
        Ok(Tagger {
            model: self,
            rules,
            lex,
        })
    }
}

/// A model bound to its rule marks ([`Model::with_rules`]).
pub struct Tagger<'a> {
    model: &'a Model,
    rules: &'a dyn RuleMarker,
    lex: &'static Lexicon,
}

impl<'a> Tagger<'a> {
    /// Binds a model to the marker it was just trained with (training and tuning, inside this crate).
    pub(crate) fn trusted(model: &'a Model, rules: &'a dyn RuleMarker) -> Self {
        Self {
            model,
            rules,
            lex: Lexicon::get(),
        }
    }

    /// Tags one sentence of tokens (split like ANERcorp: punctuation apart, clitics attached) on its own.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_document(&[tokens.to_vec()])
            .pop()
            .unwrap_or_default()
    }

    /// Tags the sentences of one document (an article): a name tagged in one sentence helps find it in the
    /// others. Returns one tag per token, sentence by sentence.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let lens: Vec<usize> = sentences.iter().map(Vec::len).collect();
        let flat = self.tag_sentences(
            &lens,
            |k| sentences.get(k).cloned().unwrap_or_default(),
            |_, tokens| self.rules.marks(tokens),
        );
        let mut rest = flat.as_slice();
        lens.iter()
            .map(|&n| {
                let (head, tail) = rest.split_at(n.min(rest.len()));
                rest = tail;
                head.to_vec()
            })
            .collect()
    }

    /// Tags a document of `lens.len()` sentences without holding them: sentence `k` has `lens[k]` tokens,
    /// `tokens(k)` gives them, and `marks(k, tokens)` their rule marks by the marker this tagger is bound to (the
    /// analysis makes them from the words it has already read). Returns one tag per token, sentences in order.
    ///
    /// Sentences are tagged in parallel; between the two stages only a few bytes per token are kept, in flat
    /// buffers: the first stage's tag, the word's occurrence key, and the second stage's weight sums of the
    /// sentence features (summed while the features are at hand, so they are extracted once).
    pub fn tag_sentences<'t>(
        &self,
        lens: &[usize],
        tokens: impl Fn(usize) -> Vec<&'t str> + Sync,
        marks: impl Fn(usize, &[&'t str]) -> Vec<RuleMark> + Sync,
    ) -> Vec<Tag> {
        use rayon::prelude::*;
        let model = self.model;
        let total: usize = lens.iter().sum();
        let first_bias = if model.second.is_some() {
            [0.0; N]
        } else {
            model.bias
        };
        let mut first = vec![0u8; total];
        let mut keys = vec![0u64; total];
        let mut sums = match &model.second {
            Some(second) => vec![second.zero(); total],
            None => Vec::new(),
        };
        let sentence_sums = split(&mut sums, lens);
        let stages: Vec<&Stage> = std::iter::once(&model.first)
            .chain(model.second.as_ref())
            .collect();
        // Quantised stages sum the weights of what each spelling gives by itself once ([`SpellingSums`]).
        let in_parts = SpellingSums::applies(&stages);
        split(&mut first, lens)
            .into_par_iter()
            .zip(split(&mut keys, lens))
            .zip(sentence_sums)
            .enumerate()
            .for_each_init(
                || {
                    (
                        SentenceFeatures::default(),
                        Vec::new(),
                        WordCache::default(),
                        SpellingSums::default(),
                        Vec::new(),
                    )
                },
                |(f, scores, cache, parts, ids), (k, ((tags, ks), sums))| {
                    let toks = tokens(k);
                    let m = marks(k, &toks);
                    let decoded = if in_parts {
                        extract_joint_with(&toks, &m, self.lex, f, ids, cache);
                        parts.update(cache, &stages);
                        scores.clear();
                        scores.resize(ids.len() * N, 0.0);
                        for (i, s) in scores.chunks_exact_mut(N).enumerate() {
                            let mut acc = parts.context(0, ids, i);
                            model.first.add(f.token(i), &mut acc);
                            model.first.scores_of(&acc, s);
                        }
                        model.first.decode_scores(scores, &first_bias)
                    } else {
                        extract_with(&toks, &m, self.lex, f, cache);
                        model.first.decode(f, &first_bias, scores)
                    };
                    for (t, d) in tags.iter_mut().zip(decoded) {
                        *t = d as u8;
                    }
                    for (key, t) in ks.iter_mut().zip(&toks) {
                        *key = cache.occurrence(t, self.lex);
                    }
                    if let Some(second) = &model.second {
                        for (i, s) in sums.iter_mut().enumerate() {
                            // Summed in a local (registers), stored once.
                            let mut acc = if in_parts {
                                parts.context(1, ids, i)
                            } else {
                                second.zero()
                            };
                            second.add(f.token(i), &mut acc);
                            *s = acc;
                        }
                    }
                },
            );
        let Some(second) = &model.second else {
            return first
                .into_iter()
                .map(|t| Tag::from_index(t.into()))
                .collect();
        };
        let seen = docfeat::DocCounts::from_flat(&keys, &first);
        let mut out = vec![Tag::O; total];
        split(&mut out, lens)
            .into_par_iter()
            .zip(pieces(&sums, lens))
            .zip(pieces(&keys, lens))
            .zip(pieces(&first, lens))
            .for_each_init(Vec::new, |scores, (((out, sums), ks), tags)| {
                let tags: Vec<usize> = tags.iter().map(|&t| usize::from(t)).collect();
                let extra = seen.sentence_features(ks, &tags);
                let decoded = second.decode_sums(sums, &extra, &model.bias, scores);
                for (o, d) in out.iter_mut().zip(decoded) {
                    *o = Tag::from_index(d);
                }
            });
        out
    }
}

/// `buf` cut into consecutive pieces of `lens[k]` items (the last ones short if `buf` is).
fn split<'b, T>(mut buf: &'b mut [T], lens: &[usize]) -> Vec<&'b mut [T]> {
    lens.iter()
        .map(|&n| {
            let rest = std::mem::take(&mut buf);
            let (head, tail) = rest.split_at_mut(n.min(rest.len()));
            buf = tail;
            head
        })
        .collect()
}

/// [`split`] for reading.
fn pieces<'b, T>(mut buf: &'b [T], lens: &[usize]) -> Vec<&'b [T]> {
    lens.iter()
        .map(|&n| {
            let (head, tail) = buf.split_at(n.min(buf.len()));
            buf = tail;
            head
        })
        .collect()
}
