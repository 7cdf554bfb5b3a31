//! The command line: `sahifa [FILE]` opens the window; subcommands lay out, export, train and tag without one.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "sahifa", version, about = "A reader for Arabic news articles")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article to open in the window (plain text, Markdown or HTML). Without it the sample article opens.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the reader's layout of an article (the same code path as the window).
    Layout(LayoutArgs),
    /// Export the annotated article (or a folder of articles).
    Export(ExportArgs),
    /// Train the named-entity tagger on a CoNLL file.
    Train(TrainArgs),
    /// Tag a CoNLL file (one `TOKEN TAG` per line) with the named-entity tagger.
    Tag(TagArgs),
}

#[derive(Debug, Args)]
pub struct LayoutArgs {
    pub file: PathBuf,
    /// Width available to the text, in points.
    #[arg(long, default_value_t = 600.0)]
    pub width: f32,
    /// Body font size, in points.
    #[arg(long = "font-size", default_value_t = 18.0)]
    pub font_size: f32,
    /// Article font file name (one of the bundled fonts).
    #[arg(long)]
    pub font: Option<String>,
    /// Print JSON (the only output format for now).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// An article, or a folder of articles.
    pub input: PathBuf,
    /// html, json, brat, conll or jsonl.
    #[arg(long, short = 'f', default_value = "json")]
    pub format: String,
    /// Output file (`-` for stdout), or folder for brat and for a folder input.
    #[arg(long, short = 'o')]
    pub output: PathBuf,
    /// Entity types to include, comma-separated (PER,ORG,LOC,MISC); all when omitted.
    #[arg(long, value_delimiter = ',')]
    pub types: Vec<String>,
    /// Leave quoted statements out.
    #[arg(long)]
    pub no_quotes: bool,
    /// Only the quotes of this speaker: a name, or an entity id (a cluster id of the JSON export).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only the mentions of this entity (a cluster id of the JSON export) and the quotes that involve it.
    #[arg(long)]
    pub entity: Option<usize>,
    /// Use the annotations of a Sahifa JSON export (for example corrected by hand) instead of running the analysis;
    /// its text must be the article's text. Converts a JSON export into the other formats.
    #[arg(long, value_name = "JSON")]
    pub annotations: Option<PathBuf>,
    /// Worker threads for a folder input (default: the number of cores, at least 2).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

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
    /// Training epochs.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Cross-validate instead: split the first 90% of sentences into this many contiguous folds, train on all but
    /// one, score it, and print each fold's F1 and the mean (no model is written).
    #[arg(long)]
    pub folds: Option<usize>,
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

/// Runs a subcommand.
pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Layout(args) => crate::layout::cli::run(&args),
        Command::Export(args) => crate::export::cli::run(&args),
        Command::Train(args) => crate::tagger::cli::train(&args),
        Command::Tag(args) => crate::tagger::cli::tag(&args),
    }
}
