//! `sahifa export FILE|FOLDER --format F -o OUT`: one article to a file (or stdout, or a brat folder), or a
//! folder of articles in parallel with a summary of failures.

use crate::analysis::{Analysis, EntityLabel};
use crate::corrections;
use crate::document::Document;
use crate::export::{self, ExportError, Format, batch};
use crate::filter::{Filter, SpeakerFilter};
use anyhow::Context as _;
use clap::Args;
use std::io::Write as _;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// An article, or a folder of articles.
    pub input: PathBuf,
    /// html, json, brat, conll, jsonl, w3c (W3C Web Annotation JSON-LD), tei, webanno-tsv (INCEpTION) or
    /// label-studio (Label Studio tasks).
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
    /// Focus on this entity (a cluster id of the JSON export): only its mentions and the quotes that involve it,
    /// and in HTML the paragraphs without it dimmed (as "only" does in the window).
    #[arg(long)]
    pub entity: Option<usize>,
    /// Use the annotations of a Sahifa JSON export (for example corrected by hand) instead of running the analysis;
    /// its text must be the article's text. Converts a JSON export into the other formats.
    #[arg(long, value_name = "JSON")]
    pub annotations: Option<PathBuf>,
    /// A tagger model trained with `sahifa train` to use instead of the shipped one.
    #[arg(long, value_name = "MODEL")]
    pub model: Option<PathBuf>,
    /// Ignore the article's corrections sidecar (NAME.EXT.sahifa.json) and export the analysis as computed.
    #[arg(long)]
    pub no_corrections: bool,
    /// What JSONL offsets count: codepoints (Python) or utf16 (doccano's and Label Studio's browser counting).
    #[arg(long, value_name = "UNIT", default_value = "codepoints")]
    pub offsets: String,
    /// For a folder input: write one JSONL file (one line per article) to the -o file instead of a folder.
    #[arg(long)]
    pub one_file: bool,
    /// Worker threads for a folder input (default: the number of cores, at least 2).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

/// The filter the options ask for.
pub fn filter_from_args(args: &ExportArgs) -> anyhow::Result<Filter> {
    let mut filter = Filter::default();
    if !args.types.is_empty() {
        filter.labels = [false; 4];
        for t in &args.types {
            let t = t.trim().to_ascii_uppercase();
            let label = EntityLabel::parse(&t).with_context(|| {
                format!("unknown entity type \"{t}\": use PER, ORG, LOC or MISC")
            })?;
            filter.set_label(label, true);
        }
    }
    filter.quotes = !args.no_quotes;
    filter.speaker = args
        .speaker
        .as_deref()
        .map(|s| match s.trim().parse::<usize>() {
            Ok(id) => SpeakerFilter::Entity(id),
            Err(_) => SpeakerFilter::Name(s.trim().to_owned()),
        });
    filter.entity = args.entity;
    Ok(filter)
}

/// The format options the arguments ask for.
pub fn options_from_args(args: &ExportArgs) -> anyhow::Result<export::Options> {
    let offsets = match args.offsets.trim().to_ascii_lowercase().as_str() {
        "codepoints" | "code-points" | "chars" => export::OffsetUnit::CodePoints,
        "utf16" | "utf-16" => export::OffsetUnit::Utf16,
        other => anyhow::bail!("unknown offset unit \"{other}\": use codepoints or utf16"),
    };
    Ok(export::Options {
        offsets,
        ignore_corrections: args.no_corrections,
    })
}

/// Writes to standard output; a reader that closed the pipe early (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).context("cannot write to standard output")
        }
        _ => Ok(()),
    }
}

/// Runs the subcommand.
pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let format: Format = args.format.parse()?;
    let filter = filter_from_args(args)?;
    let options = options_from_args(args)?;
    if args.input.is_dir() {
        return run_folder(args, format, &filter, options);
    }
    anyhow::ensure!(!args.one_file, "--one-file applies to a folder of articles");
    let doc = crate::load::load_path(&args.input)?;
    let mut analysis_options = crate::analysis::Options::default();
    if let Some(path) = &args.model {
        analysis_options.model = Some(std::sync::Arc::new(crate::tagger::Model::load(path)?));
    }
    let analysis = if let Some(path) = &args.annotations {
        annotations_from(path, &doc)?
    } else if args.no_corrections {
        analysed(&doc, &analysis_options)
    } else {
        corrected(&args.input, &doc, &analysis_options)?
    };
    if args.output.as_os_str() != "-" {
        export::export_to(
            &args.output,
            format,
            &doc,
            &analysis,
            &filter,
            &export::document_stem(&doc),
            options,
            Some(&args.input),
        )?;
        return Ok(());
    }
    let rendered = export::render_named(
        format,
        &doc,
        &analysis,
        &filter,
        &export::document_stem(&doc),
        options,
    )?;
    let export::Rendered::File(bytes) = rendered else {
        return Err(ExportError::NotToStdout {
            format: format.as_str(),
        }
        .into());
    };
    write_stdout(&bytes)
}

/// The analysis as computed, its warnings on stderr.
fn analysed(doc: &Document, options: &crate::analysis::Options) -> Analysis {
    let analysis = crate::analysis::analyze_with(doc, options);
    for w in &analysis.warnings {
        eprintln!("sahifa: warning: {w}");
    }
    analysis
}

/// The analysis with the user's corrections from the article's sidecar, when it has one; notes on stderr.
fn corrected(
    article: &std::path::Path,
    doc: &Document,
    options: &crate::analysis::Options,
) -> anyhow::Result<Analysis> {
    let (analysis, notes) = corrections::corrected_analysis(article, doc, options)
        .context("use --no-corrections to export the analysis without them")?;
    for note in &notes {
        eprintln!("sahifa: warning: {note}");
    }
    Ok(analysis)
}

/// The analysis stored in a JSON export, checked against the document's text.
fn annotations_from(path: &std::path::Path, doc: &Document) -> anyhow::Result<Analysis> {
    // A Sahifa JSON export of the largest article Sahifa opens is well under this.
    const MAX_ANNOTATIONS_BYTES: u64 = 1024 * 1024 * 1024;
    let json = super::read_text_file(path, MAX_ANNOTATIONS_BYTES, "a Sahifa JSON export")?;
    let (text, analysis) = export::json::parse(&json)
        .with_context(|| format!("cannot use annotations {}", path.display()))?;
    anyhow::ensure!(
        text == doc.text,
        "the annotations in {} are for another text than {}",
        path.display(),
        doc.source.name
    );
    Ok(analysis)
}

fn run_folder(
    args: &ExportArgs,
    format: Format,
    filter: &Filter,
    options: export::Options,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.annotations.is_none(),
        "--annotations applies to one article, not to a folder"
    );
    anyhow::ensure!(
        args.output.as_os_str() != "-",
        "a folder of articles is exported into a folder: give one with -o"
    );
    let workers = args.jobs.unwrap_or_else(batch::default_workers);
    let report = if args.one_file {
        batch::export_folder_one_file(&args.input, format, filter, options, &args.output, workers)?
    } else {
        batch::export_folder(&args.input, format, filter, options, &args.output, workers)?
    };
    write_stdout(format!("{}\n", report.summary()).as_bytes())?;
    let total = report.exported.len() + report.failed.len();
    anyhow::ensure!(
        report.failed.is_empty(),
        "{} of {total} articles failed",
        report.failed.len()
    );
    Ok(())
}
