//! The command line: `sahifa [FILE]` opens the window; subcommands lay out, export, train and tag without one.

//! Each sub-command owns its arguments in its own module; the library crates below expose plain functions.

pub mod export;
pub mod layout;
pub mod tagger;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

pub use export::ExportArgs;
pub use layout::LayoutArgs;
pub use tagger::{TagArgs, TrainArgs};

#[derive(Debug, Parser)]
#[command(name = "sahifa", version, about = "A reader for Arabic news articles")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article to open in the window (plain text, Markdown or HTML). Without it the sample article opens.
    pub file: Option<PathBuf>,
    /// A tagger model trained with `sahifa train` to use instead of the shipped one (remembered; View > Tagger
    /// model > Shipped model goes back).
    #[arg(long, value_name = "MODEL")]
    pub model: Option<PathBuf>,
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

/// Runs a subcommand.
pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Layout(args) => layout::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Train(args) => tagger::train(&args),
        Command::Tag(args) => tagger::tag(&args),
    }
}

/// Reads a text file the command line was given (a CoNLL corpus, annotations): only a regular file, never a device
/// or a pipe that would not end, of at most `max` bytes, even if it grows while being read. `what` names the file
/// in the messages ("a CoNLL file").
pub fn read_text_file(path: &std::path::Path, max: u64, what: &str) -> anyhow::Result<String> {
    use anyhow::Context as _;
    use std::io::Read as _;
    let shown = path.display();
    let meta = std::fs::metadata(path).with_context(|| format!("cannot read {shown}"))?;
    anyhow::ensure!(meta.is_file(), "{shown} is not a regular file: give {what}");
    let too_big =
        |size: u64| anyhow::anyhow!("{shown} is {size} bytes, more than the {max} {what} may have");
    if meta.len() > max {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .with_context(|| format!("cannot read {shown}"))?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64));
    }
    String::from_utf8(bytes).with_context(|| format!("{shown} is not UTF-8 text"))
}
