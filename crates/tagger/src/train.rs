//! Averaged structured perceptron training (Collins 2002) with deterministic shuffling.

use super::conll::Sentence;
use super::docfeat::{self, WINDOW};
use super::eval::{Score, evaluate};
use super::features::{IDENTITY, SentenceFeatures, extract};
use super::lexicon::Lexicon;
use super::model::{Model, NOTICE, Tagger};
use super::rules::RuleMarker;
use super::stage::{N, Stage};

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// log2 of the number of weight rows (feature hash buckets).
    pub bits: u32,
    /// Seed of the sentence shuffle and of word dropout.
    pub seed: u64,
    /// Probability of hiding a token's word-form features in a training pass, so that the weights of context,
    /// affix and list features learn to recognise names the training data never showed.
    pub word_dropout: f64,
    /// Stored in the model: subtracted from the score of `O` (see [`Model::bias`]; training itself decodes without it).
    pub o_penalty: f32,
    /// Stored in the model: extra score for each label's tags (see [`DEFAULT_LABEL_BIAS`]).
    pub label_bias: [f32; 4],
    /// Train the document-level second stage (on first-stage tags from 5-fold jackknifing).
    pub document_stage: bool,
    /// Number of perceptrons trained on differently shuffled data and averaged into one (same size, steadier
    /// weights than one run).
    pub ensemble: usize,
}

/// Epochs chosen on the development set (the last 10% of ANERcorp train.txt).
pub const DEFAULT_EPOCHS: usize = 20;

/// Perceptrons averaged into the model, chosen on the development set.
pub const DEFAULT_ENSEMBLE: usize = 4;

/// The `O` penalty chosen on 5 cross-validation folds of the training part of ANERcorp (`sahifa train
/// --tune-bias-folds 5`), never on the development tenth the figures are reported on.
pub const DEFAULT_O_PENALTY: f32 = 3.5;

/// Extra bias per entity label (B and I tags), in `EntityLabel::ALL` order, chosen with [`DEFAULT_O_PENALTY`].
pub const DEFAULT_LABEL_BIAS: [f32; 4] = [2.0, -3.5, -4.0, -4.0];

impl TrainOptions {
    /// The per-tag decoding bias these options give a model.
    pub fn bias(&self) -> [f32; N] {
        let mut bias = [0.0; N];
        bias[0] = -self.o_penalty;
        for (i, b) in self.label_bias.iter().enumerate() {
            bias[1 + 2 * i] = *b;
            bias[2 + 2 * i] = *b;
        }
        bias
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            epochs: DEFAULT_EPOCHS,
            bits: 20,
            seed: 0x5348_4946_4121,
            word_dropout: 0.0,
            o_penalty: DEFAULT_O_PENALTY,
            label_bias: DEFAULT_LABEL_BIAS,
            document_stage: true,
            ensemble: DEFAULT_ENSEMBLE,
        }
    }
}

/// splitmix64: a tiny fixed PRNG, so a shuffle is the same on every machine.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Running sums for weight averaging: `avg = w - acc / c`.
struct Averager {
    weights: Vec<f64>,
    trans: Vec<f64>,
    start: Vec<f64>,
}

impl Averager {
    fn averaged(&self, stage: &Stage, c: f64) -> Stage {
        let avg = |w: &[f32], acc: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(acc)
                .map(|(&w, &a)| (f64::from(w) - a / c) as f32)
                .collect()
        };
        Stage {
            bits: stage.bits,
            weights: avg(&stage.weights, &self.weights),
            trans: avg(&stage.trans, &self.trans),
            start: avg(&stage.start, &self.start),
            quantised: None,
        }
    }
}

/// One training example: a sentence's features and gold tag indices.
type Example = (SentenceFeatures, Vec<usize>);

/// Trains a model. `on_epoch(epoch, model)` runs after each pass of the final stage (1-based) with the averaged
/// weights so far, e.g. to score a development set.
pub fn train(
    sentences: &[Sentence],
    opts: &TrainOptions,
    rules: &dyn RuleMarker,
    mut on_epoch: impl FnMut(usize, &Model),
) -> Model {
    let lex = Lexicon::get();
    let data: Vec<Example> = sentences
        .iter()
        .map(|s| {
            let mut f = SentenceFeatures::default();
            let tokens = s.token_strs();
            extract(&tokens, &rules.marks(&tokens), lex, &mut f);
            (f, s.tags.iter().map(|t| t.index()).collect())
        })
        .collect();
    let mut model = Model {
        first: Stage::empty(opts.bits),
        second: None,
        bias: opts.bias(),
        notice: NOTICE.to_owned(),
        depends_on: lex.checksum_with(rules.fingerprint()),
    };
    if !opts.document_stage {
        model.first = fit_stage(&data, opts, |epoch, stage| {
            model.first = stage.clone();
            on_epoch(epoch, &model);
        });
        return model;
    }
    let first_tags = jackknife(&data, opts);
    let first = fit_stage(&data, opts, |_, _| {});
    let mut second_data = data;
    for ((chunk, tags), sents) in second_data
        .chunks_mut(WINDOW)
        .zip(first_tags.chunks(WINDOW))
        .zip(sentences.chunks(WINDOW))
    {
        let tokens: Vec<Vec<&str>> = sents.iter().map(Sentence::token_strs).collect();
        let mut feats: Vec<SentenceFeatures> =
            chunk.iter_mut().map(|(f, _)| std::mem::take(f)).collect();
        docfeat::add(&tokens, tags, &mut feats);
        for ((f, _), new) in chunk.iter_mut().zip(feats) {
            *f = new;
        }
    }
    model.first = first;
    let second = fit_stage(&second_data, opts, |epoch, stage| {
        model.second = Some(stage.clone());
        on_epoch(epoch, &model);
    });
    model.second = Some(second);
    model
}

/// First-stage tags for every training sentence from models that did not see it (5 folds of whole windows).
fn jackknife(data: &[Example], opts: &TrainOptions) -> Vec<Vec<usize>> {
    const FOLDS: usize = 5;
    let windows = data.len().div_ceil(WINDOW);
    let mut tags = vec![Vec::new(); data.len()];
    let mut scores = Vec::new();
    for fold in 0..FOLDS {
        let in_fold = |i: usize| (i / WINDOW) * FOLDS / windows.max(1) == fold;
        let rest: Vec<Example> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| !in_fold(*i))
            .map(|(_, e)| e.clone())
            .collect();
        let stage = fit_stage(&rest, opts, |_, _| {});
        for (i, (f, _)) in data.iter().enumerate().filter(|(i, _)| in_fold(*i)) {
            if let Some(t) = tags.get_mut(i) {
                *t = stage.decode(f, &[0.0; N], &mut scores);
            }
        }
    }
    tags
}

/// Trains one stage: the mean of [`TrainOptions::ensemble`] averaged perceptrons, each on its own shuffle.
/// `on_epoch` sees, after each pass of the last run, the mean of the finished runs and that run so far.
fn fit_stage(
    data: &[Example],
    opts: &TrainOptions,
    mut on_epoch: impl FnMut(usize, &Stage),
) -> Stage {
    let runs = opts.ensemble.max(1);
    let mut stages = Vec::with_capacity(runs);
    for run in 0..runs {
        let run_opts = TrainOptions {
            seed: opts.seed.wrapping_add(0x9E37_79B9 * run as u64),
            ..opts.clone()
        };
        let last = run + 1 == runs;
        let stage = train_stage(data, &run_opts, |epoch, stage| {
            if last {
                on_epoch(epoch, &Stage::mean(stages.iter().chain([stage])));
            }
        });
        stages.push(stage);
    }
    Stage::mean(stages.iter())
}

/// Trains one stage with the averaged structured perceptron.
fn train_stage(
    data: &[Example],
    opts: &TrainOptions,
    mut on_epoch: impl FnMut(usize, &Stage),
) -> Stage {
    let mut stage = Stage::empty(opts.bits);
    let mut avg = Averager {
        weights: vec![0.0; stage.weights.len()],
        trans: vec![0.0; N * N],
        start: vec![0.0; N],
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix(opts.seed);
    let mut scores = Vec::new();
    let mut c = 1.0f64;
    let mut last = None;
    let mut dropped = Vec::new();
    let threshold = (opts.word_dropout.clamp(0.0, 1.0) * u64::MAX as f64) as u64;
    for epoch in 1..=opts.epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let Some((feats, gold)) = data.get(k) else {
                continue;
            };
            dropped.clear();
            dropped.extend((0..gold.len()).map(|_| rng.next() < threshold));
            emissions(&stage, feats, &dropped, &mut scores);
            let pred = stage.viterbi(&scores);
            if pred != *gold {
                update(&mut stage, &mut avg, feats, &dropped, gold, &pred, c);
            }
            c += 1.0;
        }
        let averaged = avg.averaged(&stage, c);
        on_epoch(epoch, &averaged);
        last = Some(averaged);
    }
    last.unwrap_or(stage)
}
/// The features of token `i` that take part in this pass (word-form features left out when dropped).
fn active<'a>(
    feats: &'a SentenceFeatures,
    dropped: &[bool],
    i: usize,
) -> impl Iterator<Item = u64> + 'a {
    let skip = if dropped.get(i).copied().unwrap_or(false) {
        IDENTITY
    } else {
        0..0
    };
    feats
        .token(i)
        .iter()
        .enumerate()
        .filter(move |(k, _)| !skip.contains(k))
        .map(|(_, &h)| h)
}

/// [`Stage::emissions`] with dropout.
fn emissions(model: &Stage, feats: &SentenceFeatures, dropped: &[bool], scores: &mut Vec<f32>) {
    scores.clear();
    scores.resize(feats.len() * N, 0.0);
    for (i, s) in scores.chunks_exact_mut(N).enumerate() {
        for h in active(feats, dropped, i) {
            let r = model.row(h);
            if let Some(w) = model.weights.get(r..r + N) {
                for (a, b) in s.iter_mut().zip(w) {
                    *a += b;
                }
            }
        }
    }
}

/// The perceptron step: reward the gold structure, penalise the predicted one.
fn update(
    model: &mut Stage,
    avg: &mut Averager,
    feats: &SentenceFeatures,
    dropped: &[bool],
    gold: &[usize],
    pred: &[usize],
    c: f64,
) {
    let bump = |w: &mut f32, a: &mut f64, d: f32| {
        *w += d;
        *a += c * f64::from(d);
    };
    for (i, (&g, &p)) in gold.iter().zip(pred).enumerate() {
        if g != p {
            for h in active(feats, dropped, i) {
                let r = model.row(h);
                bump(&mut model.weights[r + g], &mut avg.weights[r + g], 1.0);
                bump(&mut model.weights[r + p], &mut avg.weights[r + p], -1.0);
            }
        }
        let (gp, pp) = if i == 0 {
            bump(&mut model.start[g], &mut avg.start[g], 1.0);
            bump(&mut model.start[p], &mut avg.start[p], -1.0);
            continue;
        } else {
            (gold[i - 1], pred[i - 1])
        };
        if (gp, g) != (pp, p) {
            bump(
                &mut model.trans[gp * N + g],
                &mut avg.trans[gp * N + g],
                1.0,
            );
            bump(
                &mut model.trans[pp * N + p],
                &mut avg.trans[pp * N + p],
                -1.0,
            );
        }
    }
}
/// The training sentences with `extra` ones (for example a user's corrected articles, exported as CoNLL) added
/// `weight` times each: a few hundred corrected sentences then count against ANERcorp's thousands.
pub fn with_extra(train: &[Sentence], extra: &[Sentence], weight: usize) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(train.len() + extra.len() * weight);
    out.extend_from_slice(train);
    for _ in 0..weight {
        out.extend_from_slice(extra);
    }
    out
}

/// Trains `k` models, each without one contiguous fold of `sentences`, and scores each on its held-out fold
/// (`on_fold(fold, score)` as each finishes). Returns the pooled score.
pub fn cross_validate(
    sentences: &[Sentence],
    opts: &TrainOptions,
    k: usize,
    rules: &dyn RuleMarker,
    mut on_fold: impl FnMut(usize, &Score),
) -> Score {
    let (n, k) = (sentences.len(), k.clamp(1, sentences.len().max(1)));
    let mut total = Score::default();
    // Exactly `k` contiguous folds, their sizes differing by one at most.
    for fold in 0..k {
        let (start, end) = (fold * n / k, (fold + 1) * n / k);
        let held = &sentences[start..end];
        let rest: Vec<Sentence> = sentences[..start]
            .iter()
            .chain(&sentences[end..])
            .cloned()
            .collect();
        let model = train(&rest, opts, rules, |_, _| {});
        let score = evaluate(&Tagger::trusted(&model, rules), held);
        on_fold(fold, &score);
        total.merge(&score);
    }
    total
}

/// Chooses the decoding bias on `dev` by coordinate ascent: first the `O` penalty, then an extra score per label
/// (two rounds). Returns the F1 reached.
pub fn tune_bias(model: &mut Model, rules: &dyn RuleMarker, dev: &[Sentence]) -> f64 {
    let mut bias = model.bias;
    let best = ascend(&mut bias, |b| {
        model.bias = *b;
        evaluate(&Tagger::trusted(model, rules), dev).all.f1()
    });
    model.bias = bias;
    best
}

/// Chooses the decoding bias on `k` cross-validation folds of `sentences` (each fold tagged by a model trained on
/// the others, their scores pooled), so that the bias is never fitted to the sentences it is reported on.
/// Returns the bias and the pooled F1 it reaches.
pub fn tune_bias_folds(
    sentences: &[Sentence],
    opts: &TrainOptions,
    k: usize,
    rules: &dyn RuleMarker,
    mut on_fold: impl FnMut(usize),
) -> ([f32; N], f64) {
    let (n, k) = (sentences.len(), k.clamp(1, sentences.len().max(1)));
    let mut folds: Vec<(Model, &[Sentence])> = Vec::with_capacity(k);
    for fold in 0..k {
        let (start, end) = (fold * n / k, (fold + 1) * n / k);
        let rest: Vec<Sentence> = sentences[..start]
            .iter()
            .chain(&sentences[end..])
            .cloned()
            .collect();
        folds.push((train(&rest, opts, rules, |_, _| {}), &sentences[start..end]));
        on_fold(fold);
    }
    let mut bias = opts.bias();
    let best = ascend(&mut bias, |b| {
        let mut pooled = Score::default();
        for (model, held) in &mut folds {
            model.bias = *b;
            pooled.merge(&evaluate(&Tagger::trusted(model, rules), held));
        }
        pooled.all.f1()
    });
    (bias, best)
}

/// Coordinate ascent on the decoding bias: the `O` penalty over 0..-20, then twice each label's B/I bias over
/// -4..4 (steps of 0.5), keeping a value only when it raises `objective`. Returns the best objective.
fn ascend(bias: &mut [f32; N], mut objective: impl FnMut(&[f32; N]) -> f64) -> f64 {
    let mut best = objective(bias);
    let mut try_values = |bias: &mut [f32; N], tags: &[usize], values: &[f32]| {
        let start = *bias;
        let mut chosen = start;
        for &v in values {
            let mut candidate = start;
            for &t in tags {
                if let Some(b) = candidate.get_mut(t) {
                    *b = v;
                }
            }
            let f1 = objective(&candidate);
            if f1 > best + 1e-9 {
                best = f1;
                chosen = candidate;
            }
        }
        *bias = chosen;
    };
    let o_values: Vec<f32> = (0..=40).map(|k| -0.5 * k as f32).collect();
    try_values(bias, &[0], &o_values);
    let label_values: Vec<f32> = (-8..=8).map(|k| 0.5 * k as f32).collect();
    for _round in 0..2 {
        for label in 0..4 {
            try_values(bias, &[1 + 2 * label, 2 + 2 * label], &label_values);
        }
    }
    best
}
