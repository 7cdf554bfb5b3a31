//! `sahifa export FILE|FOLDER --format F -o OUT`: one article to a file (or stdout, or a brat folder), or a
//! folder of articles in parallel with a summary of failures.

use super::{ExportError, Filter, Format, SpeakerFilter, batch};
use crate::analysis::EntityLabel;
use crate::cli::ExportArgs;
use anyhow::Context as _;
use std::io::Write as _;

/// The filter the options ask for.
pub fn filter_from_args(args: &ExportArgs) -> anyhow::Result<Filter> {
    let mut filter = Filter::default();
    if !args.types.is_empty() {
        filter.labels.clear();
        for t in &args.types {
            let t = t.trim().to_ascii_uppercase();
            let label = EntityLabel::parse(&t).with_context(|| {
                format!("unknown entity type \"{t}\": use PER, ORG, LOC or MISC")
            })?;
            filter.labels.insert(label);
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

/// Runs the subcommand.
pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let format: Format = args.format.parse()?;
    let filter = filter_from_args(args)?;
    if args.input.is_dir() {
        return run_folder(args, format, &filter);
    }
    let doc = crate::load::load_path(&args.input)?;
    let analysis = match &args.annotations {
        Some(path) => annotations_from(path, &doc)?,
        None => crate::analysis::analyze(&doc),
    };
    let rendered = super::render(format, &doc, &analysis, &filter)?;
    if args.output.as_os_str() == "-" {
        let super::Rendered::File(bytes) = rendered else {
            return Err(ExportError::NotToStdout {
                format: format.as_str(),
            }
            .into());
        };
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .context("cannot write to standard output")?;
        stdout.flush().context("cannot write to standard output")?;
        return Ok(());
    }
    super::write_to(&args.output, &rendered, Some(&args.input))?;
    Ok(())
}

/// The analysis stored in a JSON export, checked against the document's text.
fn annotations_from(
    path: &std::path::Path,
    doc: &crate::document::Document,
) -> anyhow::Result<crate::analysis::Analysis> {
    let json = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read annotations {}", path.display()))?;
    let (text, analysis) = super::json::parse(&json)
        .with_context(|| format!("cannot use annotations {}", path.display()))?;
    anyhow::ensure!(
        text == doc.text,
        "the annotations in {} are for another text than {}",
        path.display(),
        doc.source.name
    );
    Ok(analysis)
}

fn run_folder(args: &ExportArgs, format: Format, filter: &Filter) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.annotations.is_none(),
        "--annotations applies to one article, not to a folder"
    );
    anyhow::ensure!(
        args.output.as_os_str() != "-",
        "a folder of articles is exported into a folder: give one with -o"
    );
    let workers = args.jobs.unwrap_or_else(batch::default_workers);
    let report = batch::export_folder(&args.input, format, filter, &args.output, workers)?;
    println!("{}", report.summary());
    let total = report.exported.len() + report.failed.len();
    anyhow::ensure!(
        report.failed.is_empty(),
        "{} of {total} articles failed",
        report.failed.len()
    );
    Ok(())
}
