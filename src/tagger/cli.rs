//! `sahifa train` and `sahifa tag`.

use super::conll::{self, Line, Sentence};
use super::docfeat::WINDOW;
use super::eval::Score;
use super::model::Model;
use super::train::{DEFAULT_EPOCHS, TrainOptions, train as fit};
use super::{Tag, TaggerError};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// Scores a model on tagged sentences, tagged in documents of [`WINDOW`] sentences as `sahifa tag` does.
pub fn evaluate(model: &Model, sentences: &[Sentence]) -> Score {
    let mut score = Score::default();
    for doc in sentences.chunks(WINDOW) {
        let tokens: Vec<Vec<&str>> = doc.iter().map(Sentence::token_strs).collect();
        for (s, tags) in doc.iter().zip(model.tag_document(&tokens)) {
            score.add(&s.tags, &tags);
        }
    }
    score
}

/// `sahifa train`. With `--dev` it trains on the first 90% of sentences, reports the last 10% per epoch and
/// per type, and tunes the decoding bias on them. Development knobs (environment): `SAHIFA_BITS`,
/// `SAHIFA_WORD_DROPOUT`, `SAHIFA_O_PENALTY`, `SAHIFA_DOC_STAGE` (`0`: no document stage), `SAHIFA_ENSEMBLE`
/// (defaults in [`TrainOptions::default`]).
pub fn train(args: &crate::cli::TrainArgs) -> anyhow::Result<()> {
    let text = read(&args.conll)?;
    let sentences = conll::read_sentences(&text);
    if sentences.is_empty() {
        return Err(TaggerError::NoData(args.conll.display().to_string()).into());
    }
    let mut opts = TrainOptions {
        epochs: args.epochs.unwrap_or(DEFAULT_EPOCHS),
        ..TrainOptions::default()
    };
    // Tuning knobs for development runs (not part of the documented interface).
    if let Some(p) = std::env::var("SAHIFA_WORD_DROPOUT")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        opts.word_dropout = p;
    }
    if let Some(b) = std::env::var("SAHIFA_BITS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        opts.bits = b;
    }
    if let Some(k) = std::env::var("SAHIFA_ENSEMBLE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        opts.ensemble = k;
    }
    if let Ok(v) = std::env::var("SAHIFA_DOC_STAGE") {
        opts.document_stage = v != "0";
    }
    if let Some(p) = std::env::var("SAHIFA_O_PENALTY")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        opts.o_penalty = p;
    }
    if let Some(k) = args.folds {
        cross_validate(&sentences, &opts, k.max(2));
        return Ok(());
    }
    let model = if args.dev {
        let split = sentences.len() - sentences.len() / 10;
        let (train_set, dev) = sentences.split_at(split);
        eprintln!(
            "training on {} sentences, development set {} sentences",
            train_set.len(),
            dev.len()
        );
        let model = fit(train_set, &opts, |epoch, m| {
            let s = evaluate(m, dev);
            eprintln!("epoch {epoch:2}: dev F1 {:.2}", 100.0 * s.all.f1());
        });
        let mut model = model;
        tune_bias(&mut model, dev);
        print!("{}", evaluate(&model, dev));
        model
    } else {
        eprintln!("training on {} sentences", sentences.len());
        fit(&sentences, &opts, |epoch, _| {
            eprintln!("epoch {epoch:2} done");
        })
    };
    model.save(&args.output)?;
    eprintln!("wrote {}", args.output.display());
    Ok(())
}

/// Trains `k` models, each without one contiguous fold of the first 90% of `sentences` (the development set is
/// left out of every fold), and prints each fold's F1 with the options' decoding bias, and their mean.
fn cross_validate(sentences: &[Sentence], opts: &TrainOptions, k: usize) {
    let usable = &sentences[..sentences.len() - sentences.len() / 10];
    let size = usable.len().div_ceil(k);
    let mut total = Score::default();
    let mut f1s = Vec::new();
    for (fold, held) in usable.chunks(size).enumerate() {
        let start = fold * size;
        let rest: Vec<Sentence> = usable[..start]
            .iter()
            .chain(&usable[start + held.len()..])
            .cloned()
            .collect();
        let model = fit(&rest, opts, |_, _| {});
        let score = evaluate(&model, held);
        eprintln!("fold {fold}: F1 {:.2}", 100.0 * score.all.f1());
        f1s.push(score.all.f1());
        total.merge(&score);
    }
    let mean = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
    println!(
        "cross-validation, {k} folds: mean F1 {:.2}, pooled F1 {:.2}",
        100.0 * mean,
        100.0 * total.all.f1()
    );
    print!("{total}");
}

/// Chooses the decoding bias on the development set by coordinate ascent: first the `O` penalty, then an extra
/// score per label. Prints the values to put in `DEFAULT_O_PENALTY` and `DEFAULT_LABEL_BIAS`.
fn tune_bias(model: &mut Model, dev: &[Sentence]) {
    let mut best = evaluate(model, dev).all.f1();
    try_bias(
        model,
        dev,
        &mut best,
        &[0],
        (0..=40).map(|k| -0.5 * k as f32),
    );
    for round in 0..2 {
        for label in 0..4 {
            let tags = [1 + 2 * label, 2 + 2 * label];
            try_bias(
                model,
                dev,
                &mut best,
                &tags,
                (-8..=8).map(|k| 0.5 * k as f32),
            );
        }
        eprintln!(
            "bias after round {round}: {:?}, dev F1 {:.2}",
            model.bias,
            100.0 * best
        );
    }
}

/// Sets the bias of `tags` to the value that scores best on `dev`, if it beats `best`.
fn try_bias(
    model: &mut Model,
    dev: &[Sentence],
    best: &mut f64,
    tags: &[usize],
    values: impl Iterator<Item = f32>,
) {
    let start = model.bias;
    let mut chosen = start;
    for v in values {
        for &t in tags {
            if let Some(b) = model.bias.get_mut(t) {
                *b = v;
            }
        }
        let f1 = evaluate(model, dev).all.f1();
        if f1 > *best + 1e-9 {
            *best = f1;
            chosen = model.bias;
        }
        model.bias = start;
    }
    model.bias = chosen;
}

/// `sahifa tag`.
pub fn tag(args: &crate::cli::TagArgs) -> anyhow::Result<()> {
    let text = read(&args.conll)?;
    let owned;
    let model = if let Some(path) = &args.model {
        owned = Model::load(path)?;
        &owned
    } else {
        Model::bundled()?
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_tagged(model, &text, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Tags every sentence of a CoNLL text and writes `TOKEN TAG` lines for the same tokens, blank lines kept.
/// Sentences are tagged in documents of [`WINDOW`] sentences (CoNLL files do not mark articles). Persons are
/// spelled as the input spells them (`PERS` as in ANERcorp unless the input uses `PER`).
pub fn write_tagged(model: &Model, text: &str, out: &mut impl Write) -> std::io::Result<()> {
    let pers = !text.contains("-PER\n") && !text.contains("-PER\r") && !text.ends_with("-PER");
    let lines: Vec<Line<'_>> = conll::lines(text).collect();
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    let mut cur = Vec::new();
    for line in &lines {
        match *line {
            Line::Blank if !cur.is_empty() => sentences.push(std::mem::take(&mut cur)),
            Line::Blank => {}
            Line::Token { token, .. } => cur.push(token),
        }
    }
    if !cur.is_empty() {
        sentences.push(cur);
    }
    let tags: Vec<Tag> = sentences
        .chunks(WINDOW)
        .flat_map(|doc| model.tag_document(doc))
        .flatten()
        .collect();
    let mut tags = tags.into_iter();
    for line in lines {
        match line {
            Line::Blank => writeln!(out)?,
            Line::Token { token, .. } => {
                let tag = tags.next().unwrap_or(Tag::O);
                writeln!(out, "{token} {}", tag.conll(pers))?;
            }
        }
    }
    Ok(())
}
