//! `sahifa train` and `sahifa tag`.

use super::TaggerError;
use super::conll::{self, Line, Sentence};
use super::eval::Score;
use super::model::Model;
use super::train::{DEFAULT_EPOCHS, TrainOptions, train as fit};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// Scores a model on tagged sentences.
pub fn evaluate(model: &Model, sentences: &[Sentence]) -> Score {
    let mut score = Score::default();
    for s in sentences {
        score.add(&s.tags, &model.tag(&s.token_strs()));
    }
    score
}

/// `sahifa train`.
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
    if let Some(p) = std::env::var("SAHIFA_O_PENALTY")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        opts.o_penalty = p;
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
        let mut best = (evaluate(&model, dev).all.f1(), model.o_penalty);
        for step in 0..=20 {
            model.o_penalty = step as f32 * 0.5;
            let f1 = evaluate(&model, dev).all.f1();
            eprintln!(
                "O penalty {:4.1}: dev F1 {:.2}",
                model.o_penalty,
                100.0 * f1
            );
            if f1 > best.0 {
                best = (f1, model.o_penalty);
            }
        }
        model.o_penalty = best.1;
        eprintln!("best O penalty on dev: {}", best.1);
        print!("{}", evaluate(&model, dev));
        model
    } else {
        eprintln!("training on {} sentences", sentences.len());
        fit(&sentences, &opts, |epoch, _| {
            eprintln!("epoch {epoch:2} done")
        })
    };
    model.save(&args.output)?;
    eprintln!("wrote {}", args.output.display());
    Ok(())
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
/// Persons are spelled as the input spells them (`PERS` as in ANERcorp unless the input uses `PER`).
pub fn write_tagged(model: &Model, text: &str, out: &mut impl Write) -> std::io::Result<()> {
    let pers = !text.contains("-PER\n") && !text.contains("-PER\r") && !text.ends_with("-PER");
    let mut sentence: Vec<&str> = Vec::new();
    let flush = |sentence: &mut Vec<&str>, out: &mut dyn Write| -> std::io::Result<()> {
        for (token, tag) in sentence.iter().zip(model.tag(sentence)) {
            writeln!(out, "{token} {}", tag.conll(pers))?;
        }
        sentence.clear();
        Ok(())
    };
    for line in conll::lines(text) {
        match line {
            Line::Blank => {
                flush(&mut sentence, out)?;
                writeln!(out)?;
            }
            Line::Token { token, .. } => sentence.push(token),
        }
    }
    flush(&mut sentence, out)
}
