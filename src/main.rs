//! `setbrief`: parses the command line and hands over to the library.

use clap::Parser as _;
use setbrief::attendance::day::default_data_dir;
use setbrief::cli::{Cli, Command, sign_loop, validate};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Validate { format, files }) => validate(&files, format, &mut std::io::stdout().lock()),
        Some(Command::SignLoop(args)) => sign_loop(&args, &cli.data_dir.unwrap_or_else(default_data_dir)),
        None => setbrief::app::run(cli.file, cli.data_dir.unwrap_or_else(default_data_dir), cli.exit_after_first_frame),
    };
    std::process::exit(code);
}
