//! `setbrief`: parses the command line and hands over to the library.

use clap::Parser as _;
use setbrief::cli::{Cli, Command, validate};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Validate { format, files }) => validate(&files, format, &mut std::io::stdout().lock()),
        None => setbrief::app::run(cli.file, cli.exit_after_first_frame),
    };
    std::process::exit(code);
}
