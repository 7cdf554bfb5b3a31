//! `sahifa`: opens the reader window, or runs a command-line subcommand.

use clap::Parser;
use sahifa::cli::Cli;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(command) => sahifa::cli::run(command),
        None => sahifa::app::run(cli.file, cli.model),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("sahifa: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
