//! Command-line entry point.

/// Runs the subcommand.
pub fn run(args: &crate::cli::LayoutArgs) -> anyhow::Result<()> {
    let _ = args;
    anyhow::bail!("not implemented yet")
}
