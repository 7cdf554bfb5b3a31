//! `sahifa export`.

use anyhow::Context as _;

/// Runs the subcommand.
pub fn run(args: &crate::cli::ExportArgs) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.format == "json",
        "format {} is not supported yet",
        args.format
    );
    let doc = crate::load::load_path(&args.input)?;
    let analysis = crate::analysis::analyze(&doc);
    let value = super::json::to_json(&doc, &analysis);
    let out = serde_json::to_string_pretty(&value)?;
    if args.output.as_os_str() == "-" {
        println!("{out}");
    } else {
        std::fs::write(&args.output, out)
            .with_context(|| format!("cannot write {}", args.output.display()))?;
    }
    Ok(())
}
