//! `sahifa train` and `sahifa tag`: their arguments, file handling and printing; the work is the tagger crate's.

use crate::analysis::entities::stacking::AnalysisRules;
use crate::tagger::conll;
use crate::tagger::eval::evaluate;
use crate::tagger::train::{
    DEFAULT_EPOCHS, TrainOptions, cross_validate, train as fit, tune_bias_folds, with_extra,
};
use crate::tagger::{Model, TaggerError};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Training data, CoNLL (`TOKEN TAG` per line).
    #[arg(long)]
    pub conll: PathBuf,
    /// Where to write the model.
    #[arg(long, short = 'o')]
    pub output: PathBuf,
    /// Hold out the last 10% of sentences and report development-set scores.
    #[arg(long)]
    pub dev: bool,
    /// Training epochs (1 to 100).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub epochs: Option<u16>,
    /// More training data in CoNLL (for example `sahifa export FOLDER --format conll` over corrected articles),
    /// added to the training part (never to the development set or a held-out fold). May be repeated.
    #[arg(long, value_name = "CONLL")]
    pub extra: Vec<PathBuf>,
    /// How many times each `--extra` sentence counts.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub extra_weight: u32,
    /// Choose the decoding bias on this many cross-validation folds of the training part (the first 90%), print it,
    /// and train with it (with `--dev`, the development tenth only reports it). Slow: one model per fold.
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u16).range(2..=20))]
    pub tune_bias_folds: Option<u16>,
    /// Cross-validate instead: split the first 90% of sentences into this many contiguous folds, train on all but
    /// one, score it, and print each fold's F1 and the mean (no model is written).
    #[arg(long, value_parser = clap::value_parser!(u16).range(2..=50))]
    pub folds: Option<u16>,
}

#[derive(Debug, Args)]
pub struct TagArgs {
    /// Input CoNLL file (the tag column is ignored).
    #[arg(long)]
    pub conll: PathBuf,
    /// Model file (default: the shipped model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// The largest CoNLL file the commands read (ANERcorp is about 3 MB).
const MAX_CONLL_BYTES: u64 = 512 * 1024 * 1024;

/// Reads a CoNLL file: a regular file (never a device or pipe that would not end) of a sane size.
fn read(path: &Path) -> anyhow::Result<String> {
    super::read_text_file(path, MAX_CONLL_BYTES, "a CoNLL file")
}

/// Refuses to write the model over any of the files it is trained from.
fn check_output(output: &Path, inputs: &[&Path]) -> anyhow::Result<()> {
    let Ok(out) = std::fs::canonicalize(output) else {
        return Ok(()); // Does not exist yet: it is none of the inputs.
    };
    for input in inputs {
        anyhow::ensure!(
            std::fs::canonicalize(input).is_ok_and(|i| i != out),
            "the model would overwrite its training data {}: choose another -o",
            input.display()
        );
    }
    Ok(())
}

/// `sahifa train`. With `--dev` it trains on the first 90% of sentences and reports the last 10% per epoch and
/// per type; `--tune-bias-folds K` chooses the decoding bias on K folds of the training part first. Development knobs (environment): `SAHIFA_BITS`,
/// `SAHIFA_WORD_DROPOUT`, `SAHIFA_O_PENALTY`, `SAHIFA_DOC_STAGE` (`0`: no document stage), `SAHIFA_ENSEMBLE`
/// (defaults in [`TrainOptions::default`]).
pub fn train(args: &TrainArgs) -> anyhow::Result<()> {
    let inputs: Vec<&Path> = std::iter::once(args.conll.as_path())
        .chain(args.extra.iter().map(PathBuf::as_path))
        .collect();
    check_output(&args.output, &inputs)?;
    let text = read(&args.conll)?;
    let sentences = conll::read_sentences(&text);
    if sentences.is_empty() {
        return Err(TaggerError::NoData(args.conll.display().to_string()).into());
    }
    let mut opts = TrainOptions {
        epochs: args.epochs.map_or(DEFAULT_EPOCHS, usize::from),
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
    let mut extra = Vec::new();
    for path in &args.extra {
        let found = conll::read_sentences(&read(path)?);
        if found.is_empty() {
            return Err(TaggerError::NoData(path.display().to_string()).into());
        }
        eprintln!("{}: {} extra sentences", path.display(), found.len());
        extra.extend(found);
    }
    let weight = args.extra_weight as usize;
    let rules = AnalysisRules;
    if let Some(k) = args.tune_bias_folds {
        let usable = &sentences[..sentences.len() - sentences.len() / 10];
        let (bias, f1) = tune_bias_folds(usable, &opts, usize::from(k), &rules, |fold| {
            eprintln!("bias folds: model {} of {k} trained", fold + 1);
        });
        opts.o_penalty = -bias[0];
        for (l, b) in opts.label_bias.iter_mut().enumerate() {
            *b = bias[1 + 2 * l];
        }
        println!(
            "bias chosen on {k} folds of the training part: O penalty {}, label bias {:?} (pooled F1 {:.2})",
            opts.o_penalty,
            opts.label_bias,
            100.0 * f1
        );
    }
    if let Some(k) = args.folds {
        // The development tenth is left out of every fold.
        let usable = &sentences[..sentences.len() - sentences.len() / 10];
        let k = usize::from(k);
        anyhow::ensure!(
            k <= usable.len(),
            "--folds {k} needs at least {k} training sentences; {} has {}",
            args.conll.display(),
            usable.len()
        );
        let mut f1s = Vec::new();
        if !extra.is_empty() {
            eprintln!("note: --extra is not used by --folds (the folds score ANERcorp alone)");
        }
        let pooled = cross_validate(usable, &opts, k, &rules, |fold, score| {
            eprintln!("fold {fold}: F1 {:.2}", 100.0 * score.all.f1());
            f1s.push(score.all.f1());
        });
        let mean = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
        println!(
            "cross-validation, {k} folds: mean F1 {:.2}, pooled F1 {:.2}",
            100.0 * mean,
            100.0 * pooled.all.f1()
        );
        print!("{pooled}");
        return Ok(());
    }
    let model = if args.dev {
        let split = sentences.len() - sentences.len() / 10;
        let (train_set, dev) = sentences.split_at(split);
        let train_set = &with_extra(train_set, &extra, weight);
        eprintln!(
            "training on {} sentences, development set {} sentences",
            train_set.len(),
            dev.len()
        );
        let model = fit(train_set, &opts, &rules, |epoch, m| {
            if let Ok(tagger) = m.with_rules(&rules) {
                let s = evaluate(&tagger, dev);
                eprintln!("epoch {epoch:2}: dev F1 {:.2}", 100.0 * s.all.f1());
            }
        });
        // The bias comes from the options (chosen on folds of the training part), never from the development set
        // the figure below reports on.
        print!("{}", evaluate(&model.with_rules(&rules)?, dev));
        model
    } else {
        let sentences = with_extra(&sentences, &extra, weight);
        eprintln!("training on {} sentences", sentences.len());
        fit(&sentences, &opts, &rules, |epoch, _| {
            eprintln!("epoch {epoch:2} done");
        })
    };
    model.save(&args.output)?;
    eprintln!("wrote {}", args.output.display());
    Ok(())
}

/// `sahifa tag`.
pub fn tag(args: &TagArgs) -> anyhow::Result<()> {
    let text = read(&args.conll)?;
    let owned;
    let model = if let Some(path) = &args.model {
        owned = Model::load(path)?;
        &owned
    } else {
        Model::bundled()?
    };
    let rules = AnalysisRules;
    let tagger = model.with_rules(&rules)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    conll::write_tagged(&tagger, &text, &mut out)?;
    out.flush()?;
    Ok(())
}
