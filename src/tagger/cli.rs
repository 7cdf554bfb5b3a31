//! `sahifa train` and `sahifa tag`.

/// `sahifa train`.
pub fn train(args: &crate::cli::TrainArgs) -> anyhow::Result<()> {
    let _ = args;
    anyhow::bail!("not implemented yet")
}

/// `sahifa tag`.
pub fn tag(args: &crate::cli::TagArgs) -> anyhow::Result<()> {
    let _ = args;
    anyhow::bail!("not implemented yet")
}
